/* _corral_support: what the Python module sys cannot express in Python:
 * getrecursionlimit() / setrecursionlimit(n), the run's frame limit, which sys
 * can lower and raise again but never above the limit the run began with.
 */
#include "modules.h"

static Value support_getrecursionlimit(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs || (kwnames && TUPLE_LEN(kwnames)))
        return vm_raise(vm, &t_TypeError, "getrecursionlimit() takes no arguments (%d given)", nargs);
    return int_from_i64(vm, (int64_t)vm->max_depth);
}

static Value support_setrecursionlimit(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames))
        return vm_raise(vm, &t_TypeError, "setrecursionlimit() takes no keyword arguments");
    if (nargs != 1)
        return vm_raise(vm, &t_TypeError, "setrecursionlimit() takes exactly one argument (%d given)", nargs);
    if (IS_OBJ(args[0]) && AS_OBJ(args[0])->type == &t_float)
        return vm_raise(vm, &t_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (obj_index(vm, args[0], &n) < 0)
        return VAL_NULL;
    if (n < 1)
        return vm_raise(vm, &t_ValueError, "recursion limit must be greater or equal than 1");
    /* the cap comes from the run's options, which nothing in the program
       can reach */
    int64_t cap = vm_start_recursion_limit(vm);
    if (n > cap)
        n = cap;
    if (n <= (int64_t)vm->depth)
        return vm_raise(vm, &t_RecursionError,
                        "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                        (int)n, (int)vm->depth);
    vm->max_depth = (uint32_t)n;
    return VAL_NONE;
}

static const BuiltinFunc support_functions[] = {
    BUILTIN_STATIC("getrecursionlimit", support_getrecursionlimit),
    BUILTIN_STATIC("setrecursionlimit", support_setrecursionlimit),
};

static Value support_init(Vm *vm)
{
    Value m = module_new(vm, "_corral_support");
    if (!m || module_add_functions(vm, m, support_functions, sizeof support_functions / sizeof support_functions[0]) < 0)
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_corral_support = {"_corral_support", support_init, NULL};
