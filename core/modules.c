/* Corral module machinery: importing registered C and Python modules. */
#include "modules.h"

#include <stdio.h>

int module_add(Vm *vm, Value module, const char *name, Value value)
{
    if (!value)
        return -1;
    return dict_set_cstr(vm, ((ModuleObj *)AS_OBJ(module))->dict, name, value);
}

int module_add_functions(Vm *vm, Value module, const BuiltinFunc *table, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (module_add(vm, module, table[i].name, OBJ_VAL(&table[i])) < 0)
            return -1;
    return 0;
}

Value module_dict(Value module) { return ((ModuleObj *)AS_OBJ(module))->dict; }

static const ModuleDef *find_module(Value name)
{
    for (size_t i = 0; i < corral_module_registry_len; i++)
        if (str_eq_cstr(name, corral_module_registry[i]->name))
            return corral_module_registry[i];
    return NULL;
}

static Value load_python_module(Vm *vm, const ModuleDef *def)
{
    Value m = module_new(vm, def->name);
    if (!m)
        return VAL_NULL;
    /* registered before running so that circular imports see it */
    Value key = str_from_cstr(vm, def->name);
    if (!key || dict_set(vm, vm->modules, key, m) < 0)
        return VAL_NULL;
    char filename[160];
    snprintf(filename, sizeof filename, "<frozen %s>", def->name);
    SyntaxErrorInfo err;
    CodeObj *code = vm_compile(vm, def->source, strlen(def->source), filename, &err);
    if (code)
        ((ModuleObj *)AS_OBJ(m))->code = OBJ_VAL(code);
    if (!code || !vm_exec_in_module(vm, code, module_dict(m))) {
        Value saved = vm->exc;
        dict_del(vm, vm->modules, key);
        vm->exc = saved;
        return VAL_NULL;
    }
    return m;
}

static Value not_found(Vm *vm, Value name)
{
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, "No module named '");
    sb_append_value_str(&sb, name);
    sb_append_cstr(&sb, "'");
    Value msg = sb_finish(&sb);
    if (!msg)
        return VAL_NULL;
    Value exc = type_call_impl(vm, OBJ_VAL(&t_ModuleNotFoundError), &msg, 1, VAL_NULL);
    if (!exc)
        return VAL_NULL;
    ExcObj *eo = (ExcObj *)AS_OBJ(exc);
    if (!(eo->dict = dict_new(vm)) || dict_set_cstr(vm, eo->dict, "name", name) < 0)
        return VAL_NULL;
    return vm_raise_value(vm, exc);
}

Value import_module(Vm *vm, Value name)
{
    Value m = dict_get_str(vm, vm->modules, name);
    if (m)
        return m;
    /* a dotted name imports its parent first, like CPython */
    const char *dot = memchr(STR_DATA(name), '.', STR_LEN(name));
    Value parent = VAL_NULL;
    if (dot) {
        const char *last = STR_DATA(name) + STR_LEN(name);
        while (last > STR_DATA(name) && last[-1] != '.')
            last--;
        Value pname = str_new(vm, STR_DATA(name), (size_t)(last - 1 - STR_DATA(name)));
        if (!pname || !(parent = import_module(vm, pname)))
            return VAL_NULL;
    }
    const ModuleDef *def = find_module(name);
    if (!def)
        return not_found(vm, name);
    if (def->init) {
        m = def->init(vm);
        if (!m || dict_set(vm, vm->modules, name, m) < 0)
            return VAL_NULL;
    } else {
        m = load_python_module(vm, def);
        if (!m)
            return VAL_NULL;
    }
    if (parent) {
        const char *last = STR_DATA(name) + STR_LEN(name);
        while (last[-1] != '.')
            last--;
        if (dict_set_cstr(vm, module_dict(parent), last, m) < 0)
            return VAL_NULL;
    }
    return m;
}
