/* Corral objects: the generic protocols (repr, hash, compare, attributes,
 * items, iteration, operators), the `object` and `type` types, class
 * creation with C3 linearisation, and argument parsing for natives.
 *
 * Dispatch rule: for a heap (user) type, a Python-level dunder found in a
 * heap class of its MRO wins; otherwise the native slot of the type is
 * used (heap types copy the slots of their layout base when created).
 */
#include "vm.h"
#include "opcodes.h"

#include <stdarg.h>
#include <stdio.h>

const SingletonObj corral_none = {STATIC_OBJ_HEADER(&t_none, SingletonObj)};
const SingletonObj corral_notimpl = {STATIC_OBJ_HEADER(&t_notimpl, SingletonObj)};
const SingletonObj corral_ellipsis = {STATIC_OBJ_HEADER(&t_ellipsis, SingletonObj)};

/* ------------------------------------------------------------ type names */

const char *type_name(const TypeObj *t)
{
    if (t->name)
        return t->name;
    if (IS_STR(t->name_v))
        return STR_DATA(t->name_v);
    return "?";
}

const char *type_name_of(Value v) { return type_name(TYPE_OF(v)); }

/* ------------------------------------------------------------- subtyping */

bool type_is_subtype(const TypeObj *a, const TypeObj *b)
{
    if (a == b || b == &t_object)
        return true;
    /* ExceptionGroup derives from both BaseExceptionGroup and Exception; static
     * types have one base, so the second one is spelled out here */
    if (b == &t_BaseExceptionGroup && type_is_subtype(a, &t_ExceptionGroup))
        return true;
    if (a->flags & TF_HEAPTYPE) {
        if (IS_TUPLE(a->mro)) {
            for (size_t i = 0; i < TUPLE_LEN(a->mro); i++)
                if ((const TypeObj *)AS_OBJ(TUPLE_ITEMS(a->mro)[i]) == b)
                    return true;
            return false;
        }
    }
    for (const TypeObj *t = a->base; t; t = t->base)
        if (t == b)
            return true;
    return false;
}

bool obj_isinstance_type(Value v, const TypeObj *t) { return type_is_subtype(TYPE_OF(v), t); }

static bool is_type_value(Value v)
{
    return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &t_type);
}

bool is_exception_type(Value v)
{
    return is_type_value(v) && type_is_subtype((const TypeObj *)AS_OBJ(v), &t_BaseException);
}

bool is_exception_instance(Value v) { return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &t_BaseException); }

bool is_intlike(Value v)
{
    if (IS_SMALLINT(v) || v == VAL_TRUE || v == VAL_FALSE)
        return true;
    return IS_OBJ(v) && AS_OBJ(v)->type->layout == K_INT;
}

/* ---------------------------------------------------------- MRO lookup */

static Value static_methods_lookup(const TypeObj *t, Value name)
{
    const char *s = STR_DATA(name);
    size_t len = STR_LEN(name);
    for (uint32_t i = 0; i < t->nmethods; i++) {
        const char *m = t->methods[i].name;
        if (strlen(m) == len && memcmp(m, s, len) == 0)
            return OBJ_VAL(&t->methods[i]);
    }
    return VAL_NULL;
}

Value slot_wrapper_lookup(Vm *vm, const TypeObj *t, Value name);

Value type_lookup(Vm *vm, const TypeObj *type, Value name)
{
    if (!name)
        return VAL_NULL;
    if (type->flags & TF_HEAPTYPE) {
        Value mro = type->mro;
        for (size_t i = 0; i < TUPLE_LEN(mro); i++) {
            const TypeObj *t = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
            Value r;
            if (t->flags & TF_HEAPTYPE)
                r = dict_get_str(vm, t->dict, name);
            else
                r = static_methods_lookup(t, name);
            if (r)
                return r;
        }
        /* slot wrappers of the static part of the MRO */
        for (size_t i = 0; i < TUPLE_LEN(mro); i++) {
            const TypeObj *t = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
            if (!(t->flags & TF_HEAPTYPE)) {
                return slot_wrapper_lookup(vm, t, name);
            }
        }
        return VAL_NULL;
    }
    for (const TypeObj *t = type; t; t = t->base) {
        Value r = static_methods_lookup(t, name);
        if (r)
            return r;
    }
    return slot_wrapper_lookup(vm, type, name);
}

Value type_lookup_cstr(Vm *vm, const TypeObj *type, const char *name)
{
    Value n = vm_intern(vm, name, strlen(name));
    if (!n) {
        vm_exc_clear(vm);
        return VAL_NULL;
    }
    return type_lookup(vm, type, n);
}

/* Python-level dunder defined in a heap class of type's MRO (before any
 * static class), or VAL_NULL. */
static Value heap_dunder(Vm *vm, const TypeObj *type, const char *name)
{
    if (!(type->flags & TF_HEAPTYPE))
        return VAL_NULL;
    Value mro = type->mro;
    for (size_t i = 0; i < TUPLE_LEN(mro); i++) {
        const TypeObj *t = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
        if (!(t->flags & TF_HEAPTYPE))
            return VAL_NULL;
        Value r = dict_get_cstr(vm, t->dict, name);
        if (r)
            return r;
    }
    return VAL_NULL;
}

Value type_heap_attr_cstr(Vm *vm, const TypeObj *type, const char *name)
{
    return heap_dunder(vm, type, name);
}

/* The attribute hooks user classes of a heap type's MRO define, cached
 * until any class attribute changes. */
static uint32_t type_hooks(Vm *vm, const TypeObj *type)
{
    if (!(type->flags & TF_HEAPTYPE))
        return 0;
    TypeObj *t = (TypeObj *)type;
    if (t->hook_version != vm->class_version + 1) {
        uint32_t f = 0;
        if (heap_dunder(vm, t, "__getattribute__"))
            f |= HOOK_GETATTRIBUTE;
        if (heap_dunder(vm, t, "__getattr__"))
            f |= HOOK_GETATTR;
        if (heap_dunder(vm, t, "__setattr__"))
            f |= HOOK_SETATTR;
        if (heap_dunder(vm, t, "__delattr__"))
            f |= HOOK_DELATTR;
        t->hook_flags = f;
        t->hook_version = vm->class_version + 1;
    }
    return t->hook_flags;
}

/* Call a dunder found by heap_dunder with self bound. */
static Value call_dunder(Vm *vm, Value func, Value self, Value *args, int nargs)
{
    Value buf[8];
    if (nargs > 7)
        return vm_raise(vm, &t_SystemError, "too many dunder args");
    /* staticmethod/classmethod wrappers */
    if (IS_TYPE(func, &t_staticmethod)) {
        return vm_call(vm, ((WrapperObj *)AS_OBJ(func))->func, args, nargs, VAL_NULL);
    }
    if (IS_TYPE(func, &t_classmethod)) {
        buf[0] = OBJ_VAL(TYPE_OF(self));
        for (int i = 0; i < nargs; i++)
            buf[i + 1] = args[i];
        return vm_call(vm, ((WrapperObj *)AS_OBJ(func))->func, buf, nargs + 1, VAL_NULL);
    }
    if (func == VAL_NONE)
        return vm_raise(vm, &t_TypeError, "'NoneType' object is not callable");
    buf[0] = self;
    for (int i = 0; i < nargs; i++)
        buf[i + 1] = args[i];
    return vm_call(vm, func, buf, nargs + 1, VAL_NULL);
}

/* --------------------------------------------------------------- repr/str */

static Value default_repr(Vm *vm, Value v)
{
    char buf[64];
    const TypeObj *t = TYPE_OF(v);
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, "<");
    if ((t->flags & TF_HEAPTYPE) && t->module && strcmp(t->module, "builtins") != 0) {
        sb_append_cstr(&sb, t->module);
        sb_append_cstr(&sb, ".");
    } else if (t->flags & TF_HEAPTYPE) {
        sb_append_cstr(&sb, "__main__.");
    }
    if ((t->flags & TF_HEAPTYPE) && IS_STR(t->qualname_v))
        sb_append_value_str(&sb, t->qualname_v);
    else
        sb_append_cstr(&sb, type_name(t));
    snprintf(buf, sizeof buf, " object at %p>", (void *)v);
    sb_append_cstr(&sb, buf);
    return sb_finish(&sb);
}

Value obj_repr(Vm *vm, Value v)
{
    const TypeObj *t = TYPE_OF(v);
    Value f = heap_dunder(vm, t, "__repr__");
    Value r;
    if (f) {
        r = call_dunder(vm, f, v, NULL, 0);
    } else if (t->repr) {
        if (++vm->repr_depth > 900) {
            vm->repr_depth--;
            return vm_raise(vm, &t_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        }
        r = t->repr(vm, v);
        vm->repr_depth--;
        return r;
    } else {
        return default_repr(vm, v);
    }
    if (r && !IS_STR(r) && !(IS_OBJ(r) && AS_OBJ(r)->type->layout == K_STR))
        return vm_raise(vm, &t_TypeError, "__repr__ returned non-string (type %s)", type_name_of(r));
    return r;
}

Value obj_str(Vm *vm, Value v)
{
    if (IS_STR(v))
        return v;
    const TypeObj *t = TYPE_OF(v);
    Value f = heap_dunder(vm, t, "__str__");
    Value r;
    if (f) {
        r = call_dunder(vm, f, v, NULL, 0);
        if (r && !IS_STR(r) && !(IS_OBJ(r) && AS_OBJ(r)->type->layout == K_STR))
            return vm_raise(vm, &t_TypeError, "__str__ returned non-string (type %s)", type_name_of(r));
        return r;
    }
    if (t->str)
        return t->str(vm, v);
    return obj_repr(vm, v);
}

Value obj_ascii(Vm *vm, Value v)
{
    Value r = obj_repr(vm, v);
    if (!r || AS_STR(r)->ascii)
        return r;
    StrBuf sb;
    sb_init(&sb, vm);
    const char *p = STR_DATA(r), *end = p + STR_LEN(r);
    while (p < end) {
        uint32_t cp;
        p += utf8_decode(p, &cp);
        char buf[16];
        if (cp < 0x80)
            sb_append_char(&sb, (char)cp);
        else {
            if (cp < 0x100)
                snprintf(buf, sizeof buf, "\\x%02x", cp);
            else if (cp < 0x10000)
                snprintf(buf, sizeof buf, "\\u%04x", cp);
            else
                snprintf(buf, sizeof buf, "\\U%08x", cp);
            sb_append_cstr(&sb, buf);
        }
    }
    return sb_finish(&sb);
}

/* ------------------------------------------------------------------- hash */

int obj_hash(Vm *vm, Value v, int64_t *out)
{
    if (IS_SMALLINT(v)) {
        *out = int_hash(v);
        return 0;
    }
    const TypeObj *t = TYPE_OF(v);
    if (t->flags & TF_HEAPTYPE) {
        Value f = heap_dunder(vm, t, "__hash__");
        if (f == VAL_NONE)
            goto unhashable;
        if (f) {
            Value r = call_dunder(vm, f, v, NULL, 0);
            if (!r)
                return -1;
            if (!is_intlike(r)) {
                vm_raise(vm, &t_TypeError, "__hash__ method should return an integer");
                return -1;
            }
            int64_t h;
            if (!int_to_i64(r, &h))
                h = int_hash(r);
            if (h == -1)
                h = -2;
            *out = h;
            return 0;
        }
    }
    if (t->hash)
        return t->hash(vm, v, out);
    if (t->richcompare && !(t->flags & TF_HEAPTYPE))
        goto unhashable;
    {
        uint64_t x = (uint64_t)v;
        x = (x >> 4) | (x << 60);
        *out = (int64_t)(x == (uint64_t)-1 ? (uint64_t)-2 : x);
        return 0;
    }
unhashable:
    vm_raise(vm, &t_TypeError, "unhashable type: '%s'", type_name(t));
    return -1;
}

/* ---------------------------------------------------------------- truth */

int obj_truthy(Vm *vm, Value v)
{
    if (v == VAL_TRUE)
        return 1;
    if (v == VAL_FALSE || v == VAL_NONE)
        return 0;
    if (IS_SMALLINT(v))
        return SMALLINT_VALUE(v) != 0;
    const TypeObj *t = AS_OBJ(v)->type;
    if (t->flags & TF_HEAPTYPE) {
        Value f = heap_dunder(vm, t, "__bool__");
        if (f) {
            Value r = call_dunder(vm, f, v, NULL, 0);
            if (!r)
                return -1;
            if (!IS_BOOL(r)) {
                vm_raise(vm, &t_TypeError, "__bool__ should return bool, returned %s", type_name_of(r));
                return -1;
            }
            return r == VAL_TRUE;
        }
        f = heap_dunder(vm, t, "__len__");
        if (f) {
            int64_t n = obj_len(vm, v);
            return n < 0 ? -1 : n > 0;
        }
    }
    if (t->truthy)
        return t->truthy(vm, v);
    if (t->len) {
        int64_t n = t->len(vm, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ----------------------------------------------------------- comparison */

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const cmp_dunders[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
static const int cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

static Value try_compare(Vm *vm, Value a, Value b, int op)
{
    const TypeObj *t = TYPE_OF(a);
    if (t->flags & TF_HEAPTYPE) {
        Value f = heap_dunder(vm, t, cmp_dunders[op]);
        if (f)
            return call_dunder(vm, f, a, &b, 1);
        if (op == CMP_NE) {
            Value eq = heap_dunder(vm, t, "__eq__");
            if (eq) {
                Value r = call_dunder(vm, eq, a, &b, 1);
                if (!r || r == VAL_NOTIMPL)
                    return r;
                int tr = obj_truthy(vm, r);
                if (tr < 0)
                    return VAL_NULL;
                return VAL_BOOL(!tr);
            }
        }
    }
    if (t->richcompare)
        return t->richcompare(vm, a, b, op);
    return VAL_NOTIMPL;
}

Value obj_richcompare(Vm *vm, Value a, Value b, int op)
{
    const TypeObj *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    bool reflected_first = ta != tb && type_is_subtype(tb, ta) && (tb->flags & TF_HEAPTYPE);
    Value r;
    if (reflected_first) {
        r = try_compare(vm, b, a, cmp_swapped[op]);
        if (r != VAL_NOTIMPL)
            return r;
    }
    r = try_compare(vm, a, b, op);
    if (r != VAL_NOTIMPL)
        return r;
    if (!reflected_first) {
        r = try_compare(vm, b, a, cmp_swapped[op]);
        if (r != VAL_NOTIMPL)
            return r;
    }
    if (op == CMP_EQ)
        return VAL_BOOL(a == b);
    if (op == CMP_NE)
        return VAL_BOOL(a != b);
    return vm_raise(vm, &t_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_symbols[op], type_name(ta), type_name(tb));
}

int obj_richcompare_bool(Vm *vm, Value a, Value b, int op)
{
    if (a == b) {
        if (op == CMP_EQ)
            return 1;
        if (op == CMP_NE)
            return 0;
    }
    if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
        int64_t x = SMALLINT_VALUE(a), y = SMALLINT_VALUE(b);
        switch (op) {
        case CMP_LT: return x < y;
        case CMP_LE: return x <= y;
        case CMP_EQ: return x == y;
        case CMP_NE: return x != y;
        case CMP_GT: return x > y;
        default: return x >= y;
        }
    }
    Value r = obj_richcompare(vm, a, b, op);
    if (!r)
        return -1;
    if (r == VAL_TRUE)
        return 1;
    if (r == VAL_FALSE)
        return 0;
    return obj_truthy(vm, r);
}

int obj_eq(Vm *vm, Value a, Value b)
{
    if (a == b)
        return 1;
    if (IS_STR(a) && IS_STR(b))
        return str_eq(a, b);
    return obj_richcompare_bool(vm, a, b, CMP_EQ);
}

/* ------------------------------------------------------------ attributes */

Value *str_dict_slot(Value s);
Value *bytes_dict_slot(Value b);

static Value *instance_dict_slot(Value obj)
{
    if (!IS_OBJ(obj))
        return NULL;
    const TypeObj *t = AS_OBJ(obj)->type;
    if ((t->flags & TF_HEAPTYPE) && t->layout == K_STR)
        return str_dict_slot(obj);
    if ((t->flags & TF_HEAPTYPE) && t->layout == K_BYTES)
        return bytes_dict_slot(obj);
    if (!t->dict_offset)
        return NULL;
    return (Value *)((char *)AS_OBJ(obj) + t->dict_offset);
}

/* Bind a class attribute found on the type of 'obj' (descriptor protocol). */
static Value bind_attr(Vm *vm, Value attr, Value obj, const TypeObj *owner_type)
{
    if (!IS_OBJ(attr))
        return attr;
    const TypeObj *at = AS_OBJ(attr)->type;
    if (at == &t_function)
        return method_new(vm, attr, obj);
    if (at == &t_builtin_function) {
        const BuiltinFunc *bf = (const BuiltinFunc *)AS_OBJ(attr);
        if (bf->self)
            return attr;
        switch (bf->kind) {
        case FN_METHOD: return builtin_bind(vm, bf, obj);
        case FN_CLASS: return builtin_bind(vm, bf, OBJ_VAL(owner_type));
        case FN_GETTER: { Value a = obj; return bf->fn(vm, &a, 1, VAL_NULL); }
        default: return attr;
        }
    }
    if (at == &t_staticmethod)
        return ((WrapperObj *)AS_OBJ(attr))->func;
    if (at == &t_classmethod)
        return method_new(vm, ((WrapperObj *)AS_OBJ(attr))->func, OBJ_VAL(owner_type));
    if (at == &t_property) {
        PropertyObj *p = (PropertyObj *)AS_OBJ(attr);
        if (p->fget == VAL_NULL || p->fget == VAL_NONE)
            return vm_raise(vm, &t_AttributeError, "property object has no getter");
        return vm_call(vm, p->fget, &obj, 1, VAL_NULL);
    }
    /* user-defined descriptors: __get__ */
    if (at->flags & TF_HEAPTYPE) {
        Value get = heap_dunder(vm, at, "__get__");
        if (get) {
            Value args[2] = {obj, OBJ_VAL(owner_type)};
            return call_dunder(vm, get, attr, args, 2);
        }
    }
    return attr;
}

static bool is_data_descriptor(Value attr)
{
    if (!IS_OBJ(attr))
        return false;
    const TypeObj *at = AS_OBJ(attr)->type;
    if (at == &t_property)
        return true;
    if (at == &t_builtin_function && ((const BuiltinFunc *)AS_OBJ(attr))->kind == FN_GETTER)
        return true;
    return false;
}

Value type_getattr(Vm *vm, Value self, Value name);

static Value generic_getattr_opt(Vm *vm, Value obj, Value name);

Value obj_getattr_opt(Vm *vm, Value obj, Value name)
{
    if (!name)
        return VAL_NULL;   /* interning the name failed: MemoryError is pending */
    const TypeObj *t = TYPE_OF(obj);
    if (type_hooks(vm, t) & HOOK_GETATTRIBUTE) {
        Value ga = heap_dunder(vm, t, "__getattribute__");
        if (ga) {
            Value r = call_dunder(vm, ga, obj, &name, 1);
            if (r || !vm_exc_matches(vm, &t_AttributeError))
                return r;
            Value gattr = heap_dunder(vm, t, "__getattr__");
            if (!gattr)
                return VAL_NULL;
            vm_exc_clear(vm);
            return call_dunder(vm, gattr, obj, &name, 1);
        }
    }
    return generic_getattr_opt(vm, obj, name);
}

static bool slot_allowed(Vm *vm, const TypeObj *t, Value name)
{
    Value mro = t->mro;
    for (size_t i = 0; i < TUPLE_LEN(mro); i++) {
        const TypeObj *c = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
        if (!(c->flags & TF_HEAPTYPE))
            break;
        Value slots = dict_get_cstr(vm, c->dict, "__slots__");
        if (!slots)
            continue;
        if (IS_STR(slots)) {
            if (str_eq(slots, name))
                return true;
        } else if (IS_TUPLE(slots) || IS_LIST(slots)) {
            Value *items = IS_TUPLE(slots) ? TUPLE_ITEMS(slots) : AS_LIST(slots)->items;
            size_t n = IS_TUPLE(slots) ? TUPLE_LEN(slots) : AS_LIST(slots)->len;
            for (size_t k = 0; k < n; k++)
                if (IS_STR(items[k]) && str_eq(items[k], name))
                    return true;
        }
    }
    return false;
}

static Value generic_getattr_opt(Vm *vm, Value obj, Value name)
{
    const TypeObj *t = TYPE_OF(obj);
    if (t->getattr) {
        Value r = t->getattr(vm, obj, name);
        if (r || vm_exc_pending(vm))
            return r;
    }
    Value attr = type_lookup(vm, t, name);
    if (attr && is_data_descriptor(attr))
        return bind_attr(vm, attr, obj, t);
    Value *dslot = instance_dict_slot(obj);
    if (dslot && *dslot) {
        Value r = dict_get_str(vm, *dslot, name);
        if (r)
            return r;
    }
    if (attr)
        return bind_attr(vm, attr, obj, t);
    if ((type_hooks(vm, t) & (HOOK_GETATTR | HOOK_GETATTRIBUTE)) == HOOK_GETATTR) {
        Value ga = heap_dunder(vm, t, "__getattr__");
        if (ga)
            return call_dunder(vm, ga, obj, &name, 1);
    }
    return VAL_NULL;
}

void exc_attach_attribute_info(Vm *vm, Value exc, Value obj, Value name);
int func_setattr_special(Vm *vm, Value fn, Value name, Value value, int *result);

static Value attribute_error_raise(Vm *vm, Value obj, Value name);

static Value attribute_error(Vm *vm, Value obj, Value name)
{
    attribute_error_raise(vm, obj, name);
    exc_attach_attribute_info(vm, vm->exc, obj, name);
    return VAL_NULL;
}

static Value attribute_error_raise(Vm *vm, Value obj, Value name)
{
    if (IS_TYPE(obj, &t_module)) {
        ModuleObj *m = (ModuleObj *)AS_OBJ(obj);
        return vm_raise(vm, &t_AttributeError, "module '%S' has no attribute '%S'", m->name, name);
    }
    if (is_type_value(obj))
        return vm_raise(vm, &t_AttributeError, "type object '%s' has no attribute '%S'",
                        type_name((const TypeObj *)AS_OBJ(obj)), name);
    return vm_raise(vm, &t_AttributeError, "'%s' object has no attribute '%S'", type_name_of(obj), name);
}

Value obj_getattr(Vm *vm, Value obj, Value name)
{
    if (!name)
        return VAL_NULL;
    Value r = obj_getattr_opt(vm, obj, name);
    if (r || vm_exc_pending(vm))
        return r;
    return attribute_error(vm, obj, name);
}

Value obj_getattr_cstr(Vm *vm, Value obj, const char *name)
{
    Value n = vm_intern(vm, name, strlen(name));
    if (!n)
        return VAL_NULL;
    return obj_getattr(vm, obj, n);
}

int obj_setattr(Vm *vm, Value obj, Value name, Value value)
{
    const TypeObj *t = TYPE_OF(obj);
    if (is_type_value(obj) && (type_hooks(vm, t) & (value ? HOOK_SETATTR : HOOK_DELATTR))) {
        /* a metaclass may control assignment to its classes (enum does) */
        Value hook = heap_dunder(vm, t, value ? "__setattr__" : "__delattr__");
        if (hook) {
            Value args[2] = {name, value};
            return call_dunder(vm, hook, obj, args, value ? 2 : 1) ? 0 : -1;
        }
    }
    if (is_type_value(obj)) {
        TypeObj *ty = (TypeObj *)AS_OBJ(obj);
        if (!(ty->flags & TF_HEAPTYPE)) {
            vm_raise(vm, &t_TypeError, "cannot set '%S' attribute of immutable type '%s'", name, type_name(ty));
            return -1;
        }
        vm->class_version++;
        if (value)
            return dict_set(vm, ty->dict, name, value);
        int r = dict_del(vm, ty->dict, name);
        if (r == 0) {
            vm_raise(vm, &t_AttributeError, "type object '%s' has no attribute '%S'", type_name(ty), name);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }
    if (type_hooks(vm, t) & (value ? HOOK_SETATTR : HOOK_DELATTR)) {
        Value sa = heap_dunder(vm, t, value ? "__setattr__" : "__delattr__");
        if (sa) {
            Value args[2] = {name, value};
            Value r = call_dunder(vm, sa, obj, args, value ? 2 : 1);
            return r ? 0 : -1;
        }
    }
    if (t->layout == K_EXC && STR_DATA(name)[0] == '_' && value) {
        ExcObj *e = (ExcObj *)AS_OBJ(obj);
        if (str_eq_cstr(name, "__traceback__")) {
            Value r = vm_call_method(vm, obj, "with_traceback", &value, 1);
            return r ? 0 : -1;
        }
        if (str_eq_cstr(name, "__cause__") || str_eq_cstr(name, "__context__")) {
            if (value != VAL_NONE && !is_exception_instance(value)) {
                vm_raise(vm, &t_TypeError, "exception %s must be None or derive from BaseException",
                         str_eq_cstr(name, "__cause__") ? "cause" : "context");
                return -1;
            }
            Value v2 = value == VAL_NONE ? VAL_NULL : value;
            if (str_eq_cstr(name, "__cause__")) {
                e->cause = v2;
                e->suppress_context = 1;
            } else {
                e->context = v2;
            }
            return 0;
        }
        if (str_eq_cstr(name, "__suppress_context__")) {
            int tr = obj_truthy(vm, value);
            if (tr < 0)
                return -1;
            e->suppress_context = tr;
            return 0;
        }
    }
    Value attr = type_lookup(vm, t, name);
    if (attr && IS_TYPE(attr, &t_property)) {
        PropertyObj *p = (PropertyObj *)AS_OBJ(attr);
        Value fn = value ? p->fset : p->fdel;
        if (!fn || fn == VAL_NONE) {
            vm_raise(vm, &t_AttributeError, "property '%S' of '%s' object has no %s", name,
                     type_name(t), value ? "setter" : "deleter");
            return -1;
        }
        Value args[2] = {obj, value};
        Value r = vm_call(vm, fn, args, value ? 2 : 1, VAL_NULL);
        return r ? 0 : -1;
    }
    if (attr && IS_OBJ(attr) && (AS_OBJ(attr)->type->flags & TF_HEAPTYPE)) {
        Value set = heap_dunder(vm, AS_OBJ(attr)->type, value ? "__set__" : "__delete__");
        if (set) {
            Value args[2] = {obj, value};
            Value r = call_dunder(vm, set, attr, args, value ? 2 : 1);
            return r ? 0 : -1;
        }
    }
    Value *dslot = instance_dict_slot(obj);
    if ((t->flags & TF_SLOTS) && !slot_allowed(vm, t, name)) {
        vm_raise(vm, &t_AttributeError, "'%s' object has no attribute '%S'", type_name(t), name);
        return -1;
    }
    if (!dslot) {
        if (attr && is_data_descriptor(attr)) {
            vm_raise(vm, &t_AttributeError, "attribute '%S' of '%s' objects is not writable", name, type_name(t));
            return -1;
        }
        if (IS_TYPE(obj, &t_function)) {
            int special;
            if (func_setattr_special(vm, obj, name, value, &special))
                return special;
            FuncObj *f = (FuncObj *)AS_OBJ(obj);
            if (!f->dict && !(f->dict = dict_new(vm)))
                return -1;
            dslot = &f->dict;
        } else if (IS_TYPE(obj, &t_module)) {
            dslot = &((ModuleObj *)AS_OBJ(obj))->dict;
        } else {
            if (attr)
                vm_raise(vm, &t_AttributeError, "'%s' object attribute '%S' is read-only", type_name(t), name);
            else
                vm_raise(vm, &t_AttributeError, "'%s' object has no attribute '%S'", type_name(t), name);
            return -1;
        }
    }
    if (!*dslot) {
        if (!value) {
            attribute_error(vm, obj, name);
            return -1;
        }
        if (!(*dslot = dict_new(vm)))
            return -1;
    }
    if (value)
        return dict_set(vm, *dslot, name, value);
    int r = dict_del(vm, *dslot, name);
    if (r == 0) {
        attribute_error(vm, obj, name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

/* ----------------------------------------------------------------- items */

Value obj_getitem(Vm *vm, Value obj, Value key)
{
    const TypeObj *t = TYPE_OF(obj);
    Value f = heap_dunder(vm, t, "__getitem__");
    if (f)
        return call_dunder(vm, f, obj, &key, 1);
    if (t->getitem)
        return t->getitem(vm, obj, key);
    if (is_type_value(obj)) {
        /* list[int], dict[str, int]: generic aliases are just the type here */
        const TypeObj *ty = (const TypeObj *)AS_OBJ(obj);
        Value cg = type_lookup_cstr(vm, ty, "__class_getitem__");
        if (cg)
            return vm_call(vm, bind_attr(vm, cg, obj, ty), &key, 1, VAL_NULL);
        if (!(ty->flags & TF_HEAPTYPE))
            return obj;
        return vm_raise(vm, &t_TypeError, "type '%s' is not subscriptable", type_name(ty));
    }
    return vm_raise(vm, &t_TypeError, "'%s' object is not subscriptable", type_name(t));
}

int obj_setitem(Vm *vm, Value obj, Value key, Value value)
{
    const TypeObj *t = TYPE_OF(obj);
    Value f = heap_dunder(vm, t, value ? "__setitem__" : "__delitem__");
    if (f) {
        Value args[2] = {key, value};
        return call_dunder(vm, f, obj, args, value ? 2 : 1) ? 0 : -1;
    }
    if (t->setitem)
        return t->setitem(vm, obj, key, value);
    if (value)
        vm_raise(vm, &t_TypeError, "'%s' object does not support item assignment", type_name(t));
    else
        vm_raise(vm, &t_TypeError, "'%s' object doesn't support item deletion", type_name(t));
    return -1;
}

int64_t obj_len(Vm *vm, Value v)
{
    const TypeObj *t = TYPE_OF(v);
    Value f = heap_dunder(vm, t, "__len__");
    if (f) {
        Value r = call_dunder(vm, f, v, NULL, 0);
        if (!r)
            return -1;
        if (!is_intlike(r)) {
            vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(r));
            return -1;
        }
        int64_t n;
        if (!int_to_i64(r, &n)) {
            vm_raise(vm, &t_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        if (n < 0) {
            vm_raise(vm, &t_ValueError, "__len__() should return >= 0");
            return -1;
        }
        return n;
    }
    if (t->len)
        return t->len(vm, v);
    vm_raise(vm, &t_TypeError, "object of type '%s' has no len()", type_name(t));
    return -1;
}

/* Iterator over an object that only has __getitem__ (the old protocol). */
static Value seqiter_next(Vm *vm, Value it)
{
    IterObj *o = (IterObj *)AS_OBJ(it);
    if (!o->seq)
        return VAL_NULL;
    Value r = obj_getitem(vm, o->seq, MAKE_SMALLINT(o->index));
    if (!r) {
        if (vm_exc_matches(vm, &t_IndexError) || vm_exc_matches(vm, &t_StopIteration)) {
            vm_exc_clear(vm);
            o->seq = VAL_NULL;
        }
        return VAL_NULL;
    }
    o->index++;
    return r;
}

static Value iter_self(Vm *vm, Value v) { return v; }

static void iterobj_trace(Vm *vm, Obj *o)
{
    IterObj *it = (IterObj *)o;
    gc_mark(vm, it->seq);
    gc_mark(vm, it->a);
    gc_mark(vm, it->b);
    gc_mark(vm, it->c);
}

const TypeObj t_seq_iterator = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "iterator", .base = &t_object,
    .layout = K_ITER, .basicsize = sizeof(IterObj), .iter = iter_self, .iternext = seqiter_next,
    .trace = iterobj_trace,
};

Value obj_iter(Vm *vm, Value v)
{
    const TypeObj *t = TYPE_OF(v);
    Value f = heap_dunder(vm, t, "__iter__");
    if (f == VAL_NONE)
        goto not_iterable;
    if (f) {
        Value r = call_dunder(vm, f, v, NULL, 0);
        if (!r)
            return VAL_NULL;
        const TypeObj *rt = TYPE_OF(r);
        if (!rt->iternext && !heap_dunder(vm, rt, "__next__"))
            return vm_raise(vm, &t_TypeError, "iter() returned non-iterator of type '%s'", type_name(rt));
        return r;
    }
    if (t->iter)
        return t->iter(vm, v);
    if (heap_dunder(vm, t, "__getitem__") || (t->getitem && t != &t_dict && !is_type_value(v))) {
        IterObj *it = (IterObj *)obj_alloc(vm, &t_seq_iterator, sizeof(IterObj));
        if (!it)
            return VAL_NULL;
        it->seq = v;
        return OBJ_VAL(it);
    }
not_iterable:
    return vm_raise(vm, &t_TypeError, "'%s' object is not iterable", type_name(t));
}

Value obj_iternext(Vm *vm, Value it)
{
    const TypeObj *t = TYPE_OF(it);
    Value f = heap_dunder(vm, t, "__next__");
    if (f) {
        Value r = call_dunder(vm, f, it, NULL, 0);
        if (!r && vm_exc_matches(vm, &t_StopIteration))
            vm_exc_clear(vm);
        return r;
    }
    if (t->iternext) {
        /* Native consumers (sum, max, list(...), str.join ...) can drain a
           native iterator without running a bytecode; the tick keeps the
           run's time, fuel and interrupt limits in force there too.  The
           VM's FOR_ITER calls iternext directly and ticks per bytecode. */
        if (vm_tick(vm) < 0)
            return VAL_NULL;
        return t->iternext(vm, it);
    }
    return vm_raise(vm, &t_TypeError, "'%s' object is not an iterator", type_name(t));
}

int obj_contains(Vm *vm, Value container, Value item)
{
    const TypeObj *t = TYPE_OF(container);
    Value f = heap_dunder(vm, t, "__contains__");
    if (f) {
        Value r = call_dunder(vm, f, container, &item, 1);
        if (!r)
            return -1;
        return obj_truthy(vm, r);
    }
    if (t->contains)
        return t->contains(vm, container, item);
    Value it = obj_iter(vm, container);
    if (!it) {
        if (vm_exc_matches(vm, &t_TypeError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &t_TypeError, "argument of type '%s' is not iterable", type_name(t));
        }
        return -1;
    }
    for (;;) {
        Value x = obj_iternext(vm, it);
        if (!x)
            return vm_exc_pending(vm) ? -1 : 0;
        int eq = obj_eq(vm, x, item);
        if (eq != 0)
            return eq;
        if (vm_tick(vm) < 0)
            return -1;
    }
}

bool obj_is_callable(Value v)
{
    if (!IS_OBJ(v))
        return false;
    const TypeObj *t = AS_OBJ(v)->type;
    if (t->call || t == &t_function || t == &t_builtin_function || t == &t_method || type_is_subtype(t, &t_type))
        return true;
    if (t->flags & TF_HEAPTYPE) {
        Value mro = t->mro;
        for (size_t i = 0; i < TUPLE_LEN(mro); i++) {
            const TypeObj *c = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
            if (!(c->flags & TF_HEAPTYPE))
                break;
            HashTable *ht = &AS_DICT(c->dict)->table;
            for (size_t j = 0; j < ht->nentries; j++)
                if (ht->entries[j].key && IS_STR(ht->entries[j].key) && str_eq_cstr(ht->entries[j].key, "__call__"))
                    return true;
        }
    }
    return false;
}

Value obj_call(Vm *vm, Value callable, Value *args, int nargs, Value kwnames)
{
    return vm_call(vm, callable, args, nargs, kwnames);
}

int obj_index(Vm *vm, Value v, int64_t *out)
{
    if (IS_SMALLINT(v)) {
        *out = SMALLINT_VALUE(v);
        return 0;
    }
    if (is_intlike(v)) {
        if (int_to_i64(v, out))
            return 0;
        vm_raise(vm, &t_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    Value f = heap_dunder(vm, TYPE_OF(v), "__index__");
    if (f) {
        Value r = call_dunder(vm, f, v, NULL, 0);
        if (!r)
            return -1;
        if (!is_intlike(r)) {
            vm_raise(vm, &t_TypeError, "__index__ returned non-int (type %s)", type_name_of(r));
            return -1;
        }
        return obj_index(vm, r, out);
    }
    vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(v));
    return -1;
}

Value obj_format(Vm *vm, Value v, Value spec)
{
    const TypeObj *t = TYPE_OF(v);
    Value f = heap_dunder(vm, t, "__format__");
    if (f) {
        Value r = call_dunder(vm, f, v, &spec, 1);
        if (r && !IS_STR(r))
            return vm_raise(vm, &t_TypeError, "__format__ must return a str, not %s", type_name_of(r));
        return r;
    }
    if (t->layout == K_STR && !(t->flags & TF_HEAPTYPE) ? true : IS_STR(v))
        return format_str(vm, v, spec);
    if (t == &t_bool && STR_LEN(spec) == 0)
        return obj_str(vm, v);
    if (is_intlike(v) && !(t->flags & TF_HEAPTYPE && heap_dunder(vm, t, "__str__")))
        return format_int(vm, v, spec);
    if (IS_FLOAT(v) || (IS_OBJ(v) && t->layout == K_FLOAT))
        return format_float(vm, ((FloatObj *)AS_OBJ(v))->value, spec);
    if (STR_LEN(spec) != 0)
        return vm_raise(vm, &t_TypeError, "unsupported format string passed to %s.__format__", type_name(t));
    return obj_str(vm, v);
}

/* ------------------------------------------------------------ operators */

static const char *const binop_symbols[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
static const char *const binop_dunders[] = {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__",
    "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__"};
static const char *const binop_rdunders[] = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__",
    "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__"};
static const char *const binop_idunders[] = {"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__",
    "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"};

static Value try_binop_side(Vm *vm, const TypeObj *t, int op, Value a, Value b, Value self, bool reflected)
{
    int base = op & 15;
    if (t->flags & TF_HEAPTYPE) {
        Value f = heap_dunder(vm, t, reflected ? binop_rdunders[base] : binop_dunders[base]);
        if (f) {
            Value other = reflected ? a : b;
            return call_dunder(vm, f, self, &other, 1);
        }
    }
    if (t->binop)
        return t->binop(vm, base, a, b);
    return VAL_NOTIMPL;
}

Value obj_binary_op(Vm *vm, int op, Value a, Value b)
{
    int base = op & 15;
    const TypeObj *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    Value r;
    if (op & BINOP_INPLACE) {
        if (ta->flags & TF_HEAPTYPE) {
            Value f = heap_dunder(vm, ta, binop_idunders[base]);
            if (f) {
                r = call_dunder(vm, f, a, &b, 1);
                if (r != VAL_NOTIMPL)
                    return r;
            }
        }
        if (ta->binop && !(ta->flags & TF_HEAPTYPE && heap_dunder(vm, ta, binop_dunders[base]))) {
            r = ta->binop(vm, op, a, b);
            if (r != VAL_NOTIMPL)
                return r;
            if (ta == tb)
                goto fail;
        }
    }
    bool b_first = ta != tb && (tb->flags & TF_HEAPTYPE) && type_is_subtype(tb, ta) &&
                   heap_dunder(vm, tb, binop_rdunders[base]);
    if (b_first) {
        r = try_binop_side(vm, tb, base, a, b, b, true);
        if (r != VAL_NOTIMPL)
            return r;
    }
    r = try_binop_side(vm, ta, base, a, b, a, false);
    if (r != VAL_NOTIMPL)
        return r;
    if (ta != tb && !b_first) {
        r = try_binop_side(vm, tb, base, a, b, b, true);
        if (r != VAL_NOTIMPL)
            return r;
    }
fail:
    if (base == BINOP_POW && !(op & BINOP_INPLACE))
        return vm_raise(vm, &t_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                        type_name(ta), type_name(tb));
    return vm_raise(vm, &t_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", binop_symbols[base],
                    (op & BINOP_INPLACE) ? "=" : "", type_name(ta), type_name(tb));
}

Value obj_unary_op(Vm *vm, int op, Value a)
{
    if (op == UNARY_NOT) {
        int t = obj_truthy(vm, a);
        return t < 0 ? VAL_NULL : VAL_BOOL(!t);
    }
    const TypeObj *t = TYPE_OF(a);
    static const char *const names[] = {"__neg__", "__pos__", "", "__invert__"};
    static const char *const symbols[] = {"-", "+", "", "~"};
    Value f = heap_dunder(vm, t, names[op]);
    if (f)
        return call_dunder(vm, f, a, NULL, 0);
    if (t->unaryop) {
        Value r = t->unaryop(vm, op, a);
        if (r != VAL_NOTIMPL)
            return r;
    }
    return vm_raise(vm, &t_TypeError, "bad operand type for unary %s: '%s'", symbols[op], type_name(t));
}

/* --------------------------------------------------------- slot wrappers */

/* Native slots of static types exposed as dunder methods, so that
 * super().__init__(...), int.__add__(1, 2) or object.__repr__(x) work. */
typedef enum {
    SW_REPR, SW_STR, SW_HASH, SW_EQ, SW_NE, SW_LT, SW_LE, SW_GT, SW_GE, SW_LEN, SW_GETITEM,
    SW_SETITEM, SW_DELITEM, SW_CONTAINS, SW_ITER, SW_NEXT, SW_INIT, SW_NEW, SW_SETATTR,
    SW_GETATTRIBUTE, SW_DELATTR, SW_BOOL, SW_FORMAT, SW_BINOP, SW_RBINOP, SW_CALL, SW_INIT_SUBCLASS,
    SW_NEG, SW_POS, SW_INVERT
} SlotWrapperKind;

typedef struct SlotWrapperData { int kind; int op; } SlotWrapperData;

static const SlotWrapperData sw_table[] = {
    {SW_REPR, 0}, {SW_STR, 0}, {SW_HASH, 0}, {SW_EQ, CMP_EQ}, {SW_NE, CMP_NE}, {SW_LT, CMP_LT},
    {SW_LE, CMP_LE}, {SW_GT, CMP_GT}, {SW_GE, CMP_GE}, {SW_LEN, 0}, {SW_GETITEM, 0}, {SW_SETITEM, 0},
    {SW_DELITEM, 0}, {SW_CONTAINS, 0}, {SW_ITER, 0}, {SW_NEXT, 0}, {SW_INIT, 0}, {SW_NEW, 0},
    {SW_SETATTR, 0}, {SW_GETATTRIBUTE, 0}, {SW_DELATTR, 0}, {SW_BOOL, 0}, {SW_FORMAT, 0},
    {SW_CALL, 0}, {SW_INIT_SUBCLASS, 0}, {SW_NEG, UNARY_NEG}, {SW_POS, UNARY_POS}, {SW_INVERT, UNARY_INVERT},
};
static const char *const sw_names[] = {
    "__repr__", "__str__", "__hash__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
    "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "__next__",
    "__init__", "__new__", "__setattr__", "__getattribute__", "__delattr__", "__bool__", "__format__",
    "__call__", "__init_subclass__", "__neg__", "__pos__", "__invert__",
};
static const SlotWrapperData sw_binops[BINOP__COUNT] = {
    {SW_BINOP, 0}, {SW_BINOP, 1}, {SW_BINOP, 2}, {SW_BINOP, 3}, {SW_BINOP, 4}, {SW_BINOP, 5}, {SW_BINOP, 6},
    {SW_BINOP, 7}, {SW_BINOP, 8}, {SW_BINOP, 9}, {SW_BINOP, 10}, {SW_BINOP, 11}, {SW_BINOP, 12},
};
static const SlotWrapperData sw_rbinops[BINOP__COUNT] = {
    {SW_RBINOP, 0}, {SW_RBINOP, 1}, {SW_RBINOP, 2}, {SW_RBINOP, 3}, {SW_RBINOP, 4}, {SW_RBINOP, 5},
    {SW_RBINOP, 6}, {SW_RBINOP, 7}, {SW_RBINOP, 8}, {SW_RBINOP, 9}, {SW_RBINOP, 10}, {SW_RBINOP, 11},
    {SW_RBINOP, 12},
};

Value object_init_impl(Vm *vm, Value self, Value *args, int nargs, Value kwnames);
Value type_call_impl(Vm *vm, Value type, Value *args, int nargs, Value kwnames);
Value object_new_impl(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames, bool check_args);

/* The slot wrapper native: data = SlotWrapperData, the type is found from
 * self at call time (slots are looked up by walking from the defining type). */
typedef struct SlotWrapperFunc { BuiltinFunc bf; const TypeObj *owner; } SlotWrapperFunc;

static Value sw_dispatch(Vm *vm, const TypeObj *owner, const SlotWrapperData *d, Value *args, int nargs, Value kwnames)
{
    const char *nm = d->kind == SW_BINOP ? binop_dunders[d->op] : d->kind == SW_RBINOP ? binop_rdunders[d->op] : "slot";
    if (nargs < 1 && d->kind != SW_NEW)
        return vm_raise(vm, &t_TypeError, "descriptor '%s' of '%s' object needs an argument", nm, type_name(owner));
    Value self = args[0];
    int64_t h;
    Value r;
    switch (d->kind) {
    case SW_REPR:
        if (owner->repr)
            return owner->repr(vm, self);
        return default_repr(vm, self);
    case SW_STR:
        if (owner->str)
            return owner->str(vm, self);
        return owner->repr ? owner->repr(vm, self) : obj_repr(vm, self);
    case SW_HASH:
        if (owner->hash) {
            if (owner->hash(vm, self, &h) < 0)
                return VAL_NULL;
        } else {
            uint64_t x = (uint64_t)self;
            h = (int64_t)((x >> 4) | (x << 60));
        }
        return int_from_i64(vm, h);
    case SW_EQ: case SW_NE: case SW_LT: case SW_LE: case SW_GT: case SW_GE:
        if (arg_check(vm, "comparison", nargs, kwnames, 2, 2) < 0)
            return VAL_NULL;
        if (owner->richcompare)
            return owner->richcompare(vm, self, args[1], d->op);
        if (d->op == CMP_EQ)
            return self == args[1] ? VAL_TRUE : VAL_NOTIMPL;
        if (d->op == CMP_NE) {
            Value eq = obj_richcompare(vm, self, args[1], CMP_EQ);
            if (!eq || eq == VAL_NOTIMPL)
                return eq;
            int t = obj_truthy(vm, eq);
            return t < 0 ? VAL_NULL : VAL_BOOL(!t);
        }
        return VAL_NOTIMPL;
    case SW_LEN: {
        if (!owner->len)
            break;
        int64_t n = owner->len(vm, self);
        return n < 0 ? VAL_NULL : int_from_i64(vm, n);
    }
    case SW_GETITEM:
        if (!owner->getitem || nargs != 2)
            break;
        return owner->getitem(vm, self, args[1]);
    case SW_SETITEM:
        if (!owner->setitem || nargs != 3)
            break;
        return owner->setitem(vm, self, args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
    case SW_DELITEM:
        if (!owner->setitem || nargs != 2)
            break;
        return owner->setitem(vm, self, args[1], VAL_NULL) < 0 ? VAL_NULL : VAL_NONE;
    case SW_CONTAINS: {
        if (!owner->contains || nargs != 2)
            break;
        int c = owner->contains(vm, self, args[1]);
        return c < 0 ? VAL_NULL : VAL_BOOL(c);
    }
    case SW_ITER:
        if (!owner->iter)
            break;
        return owner->iter(vm, self);
    case SW_NEXT:
        if (!owner->iternext)
            break;
        r = owner->iternext(vm, self);
        if (!r && !vm_exc_pending(vm))
            return vm_raise_value(vm, OBJ_VAL(&t_StopIteration));
        return r;
    case SW_INIT:
        return object_init_impl(vm, self, args + 1, nargs - 1, kwnames);
    case SW_NEW: {
        if (nargs < 1 || !is_type_value(args[0]))
            return vm_raise(vm, &t_TypeError, "%s.__new__(X): X is not a type object", type_name(owner));
        const TypeObj *sub = (const TypeObj *)AS_OBJ(args[0]);
        if (owner->new_)
            return owner->new_(vm, sub, args + 1, nargs - 1, kwnames);
        return object_new_impl(vm, sub, args + 1, nargs - 1, kwnames, false);
    }
    case SW_SETATTR:
        if (nargs != 3)
            break;
        {
            if (is_type_value(self)) {
                TypeObj *ty = (TypeObj *)AS_OBJ(self);
                if (!(ty->flags & TF_HEAPTYPE))
                    return vm_raise(vm, &t_TypeError, "cannot set '%S' attribute of immutable type '%s'", args[1],
                                    type_name(ty));
                vm->class_version++;
                return dict_set(vm, ty->dict, args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
            }
            /* bypass user __setattr__: store in the instance dict or use a data descriptor */
            Value *dslot = instance_dict_slot(self);
            Value attr = type_lookup(vm, TYPE_OF(self), args[1]);
            if (attr && IS_TYPE(attr, &t_property)) {
                PropertyObj *p = (PropertyObj *)AS_OBJ(attr);
                if (!p->fset || p->fset == VAL_NONE)
                    return vm_raise(vm, &t_AttributeError, "property '%S' of '%s' object has no setter", args[1], type_name_of(self));
                Value a2[2] = {self, args[2]};
                return vm_call(vm, p->fset, a2, 2, VAL_NULL) ? VAL_NONE : VAL_NULL;
            }
            if (!dslot)
                return vm_raise(vm, &t_AttributeError, "'%s' object has no attribute '%S'", type_name_of(self), args[1]);
            if (!*dslot && !(*dslot = dict_new(vm)))
                return VAL_NULL;
            return dict_set(vm, *dslot, args[1], args[2]) < 0 ? VAL_NULL : VAL_NONE;
        }
    case SW_DELATTR:
        if (nargs != 2)
            break;
        {
            Value *dslot = instance_dict_slot(self);
            int rr = dslot && *dslot ? dict_del(vm, *dslot, args[1]) : 0;
            if (rr < 0)
                return VAL_NULL;
            if (rr == 0)
                return attribute_error(vm, self, args[1]);
            return VAL_NONE;
        }
    case SW_GETATTRIBUTE:
        if (nargs != 2)
            break;
        {
            Value attr = type_lookup(vm, TYPE_OF(self), args[1]);
            if (attr && is_data_descriptor(attr))
                return bind_attr(vm, attr, self, TYPE_OF(self));
            Value *dslot = instance_dict_slot(self);
            if (dslot && *dslot) {
                Value v = dict_get_str(vm, *dslot, args[1]);
                if (v)
                    return v;
            }
            if (attr)
                return bind_attr(vm, attr, self, TYPE_OF(self));
            return attribute_error(vm, self, args[1]);
        }
    case SW_BOOL: {
        int t = owner->truthy ? owner->truthy(vm, self) : 1;
        return t < 0 ? VAL_NULL : VAL_BOOL(t);
    }
    case SW_FORMAT:
        if (nargs != 2 || !IS_STR(args[1]))
            return vm_raise(vm, &t_TypeError, "__format__() argument must be str");
        if (owner == &t_object) {
            if (STR_LEN(args[1]))
                return vm_raise(vm, &t_TypeError, "unsupported format string passed to %s.__format__", type_name_of(self));
            return obj_str(vm, self);
        }
        return obj_format(vm, self, args[1]);
    case SW_BINOP:
        if (!owner->binop || nargs != 2)
            break;
        return owner->binop(vm, d->op, self, args[1]);
    case SW_RBINOP:
        if (!owner->binop || nargs != 2)
            break;
        return owner->binop(vm, d->op, args[1], self);
    case SW_CALL:
        /* the owner's own call slot: type.__call__ must not re-enter a metaclass __call__ */
        if (owner->call)
            return owner->call(vm, self, args + 1, nargs - 1, kwnames);
        return vm_call(vm, self, args + 1, nargs - 1, kwnames);
    case SW_INIT_SUBCLASS:
        return VAL_NONE;
    case SW_NEG: case SW_POS: case SW_INVERT:
        if (!owner->unaryop)
            break;
        return owner->unaryop(vm, d->op, self);
    }
    return vm_raise(vm, &t_TypeError, "'%s' object does not support this operation", type_name(owner));
}

static Value slot_wrapper_native(Vm *vm, Value *args, int nargs, Value kwnames);

Value slot_wrapper_lookup(Vm *vm, const TypeObj *t, Value name)
{
    if (STR_LEN(name) < 5 || STR_DATA(name)[0] != '_' || STR_DATA(name)[1] != '_')
        return VAL_NULL;
    const SlotWrapperData *found = NULL;
    const char *static_name = NULL;
    for (size_t i = 0; i < sizeof sw_names / sizeof sw_names[0]; i++)
        if (str_eq_cstr(name, sw_names[i])) {
            found = &sw_table[i];
            static_name = sw_names[i];
            break;
        }
    if (!found)
        for (int i = 0; i < BINOP__COUNT; i++) {
            if (str_eq_cstr(name, binop_dunders[i])) { found = &sw_binops[i]; static_name = binop_dunders[i]; break; }
            if (str_eq_cstr(name, binop_rdunders[i])) { found = &sw_rbinops[i]; static_name = binop_rdunders[i]; break; }
        }
    if (!found)
        return VAL_NULL;
    /* find the type in the static chain that provides the slot */
    const TypeObj *owner = t;
    switch (found->kind) {
    case SW_LEN: while (owner && !owner->len) owner = owner->base; break;
    case SW_GETITEM: case SW_SETITEM: case SW_DELITEM: while (owner && !owner->getitem && !owner->setitem) owner = owner->base; break;
    case SW_CONTAINS: while (owner && !owner->contains) owner = owner->base; break;
    case SW_ITER: while (owner && !owner->iter) owner = owner->base; break;
    case SW_NEXT: while (owner && !owner->iternext) owner = owner->base; break;
    case SW_BINOP: case SW_RBINOP: while (owner && !owner->binop) owner = owner->base; break;
    case SW_CALL: while (owner && !owner->call) owner = owner->base; break;
    case SW_NEG: case SW_POS: case SW_INVERT: while (owner && !owner->unaryop) owner = owner->base; break;
    case SW_REPR: while (owner && !owner->repr && owner != &t_object) owner = owner->base; break;
    case SW_HASH:
        while (owner && !owner->hash && owner != &t_object) {
            if (owner->richcompare)
                return VAL_NONE;
            owner = owner->base;
        }
        break;
    default: break;
    }
    if (!owner)
        return VAL_NULL;
    BuiltinFunc *bf = (BuiltinFunc *)obj_alloc(vm, &t_builtin_function, sizeof(SlotWrapperFunc));
    if (!bf) {
        vm_exc_clear(vm);
        return VAL_NULL;
    }
    bf->name = static_name;
    bf->fn = slot_wrapper_native;
    bf->kind = found->kind == SW_NEW ? FN_STATIC : FN_METHOD;
    bf->data = found;
    ((SlotWrapperFunc *)bf)->owner = owner;
    return OBJ_VAL(bf);
}

static Value slot_wrapper_native(Vm *vm, Value *args, int nargs, Value kwnames)
{
    /* The VM passes the function object in vm->current_native so natives with
     * data can find it. */
    BuiltinFunc *bf = (BuiltinFunc *)AS_OBJ(vm->current_native);
    const SlotWrapperData *d = bf->data;
    const TypeObj *owner = ((SlotWrapperFunc *)bf)->owner;
    return sw_dispatch(vm, owner, d, args, nargs, kwnames);
}

/* ----------------------------------------------------------- arg parsing */

int arg_check(Vm *vm, const char *fname, int nargs, Value kwnames, int min, int max)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        vm_raise(vm, &t_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs < min || nargs > max) {
        if (min == max) {
            if (min == 0)
                vm_raise(vm, &t_TypeError, "%s() takes no arguments (%d given)", fname, nargs);
            else if (min == 1)
                vm_raise(vm, &t_TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
            else
                vm_raise(vm, &t_TypeError, "%s expected %d arguments, got %d", fname, min, nargs);
        } else if (nargs < min) {
            vm_raise(vm, &t_TypeError, "%s expected at least %d argument%s, got %d", fname, min, min == 1 ? "" : "s", nargs);
        } else {
            vm_raise(vm, &t_TypeError, "%s expected at most %d argument%s, got %d", fname, max, max == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    return 0;
}

int arg_parse(Vm *vm, const char *fname, Value *args, int nargs, Value kwnames,
              const char *const *names, int npos_only, int nrequired, Value *out)
{
    int nparams = 0;
    while (names[nparams])
        nparams++;
    for (int i = 0; i < nparams; i++)
        out[i] = VAL_NULL;
    if (nargs > nparams) {
        vm_raise(vm, &t_TypeError, "%s() takes at most %d argument%s (%d given)", fname, nparams,
                 nparams == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < nargs; i++)
        out[i] = args[i];
    if (kwnames) {
        for (size_t k = 0; k < TUPLE_LEN(kwnames); k++) {
            Value kn = TUPLE_ITEMS(kwnames)[k];
            int idx = -1;
            for (int i = npos_only; i < nparams; i++)
                if (str_eq_cstr(kn, names[i])) {
                    idx = i;
                    break;
                }
            if (idx < 0) {
                for (int i = 0; i < npos_only; i++)
                    if (str_eq_cstr(kn, names[i])) {
                        vm_raise(vm, &t_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%S'", fname, kn);
                        return -1;
                    }
                vm_raise(vm, &t_TypeError, "%s() got an unexpected keyword argument '%S'", fname, kn);
                return -1;
            }
            if (out[idx]) {
                vm_raise(vm, &t_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, names[idx], idx + 1);
                return -1;
            }
            out[idx] = args[nargs + k];
        }
    }
    for (int i = 0; i < nrequired; i++)
        if (!out[i]) {
            if (i < npos_only || i < nargs)
                vm_raise(vm, &t_TypeError, "%s() takes at least %d positional argument%s (%d given)", fname,
                         nrequired, nrequired == 1 ? "" : "s", nargs);
            else
                vm_raise(vm, &t_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            return -1;
        }
    return 0;
}

/* ---------------------------------------------------------- object type */

Value object_new_impl(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames, bool check_args)
{
    if (type->flags & TF_ABSTRACT_NEW || (!(type->flags & TF_HEAPTYPE) && type != &t_object))
        return vm_raise(vm, &t_TypeError, "cannot create '%s' instances", type_name(type));
    Obj *o = obj_alloc(vm, type, type->basicsize ? type->basicsize : sizeof(InstanceObj));
    return o ? OBJ_VAL(o) : VAL_NULL;
}

Value object_init_impl(Vm *vm, Value self, Value *args, int nargs, Value kwnames)
{
    if ((nargs > 0 || (kwnames && TUPLE_LEN(kwnames))) && !is_type_value(self)) {
        /* CPython: extra arguments are an error unless only __new__ was overridden */
        const TypeObj *t = TYPE_OF(self);
        Value initf = type_lookup_cstr(vm, t, "__init__");
        Value newf = type_lookup_cstr(vm, t, "__new__");
        bool init_overridden = initf && !IS_TYPE(initf, &t_builtin_function);
        bool new_overridden = newf && !IS_TYPE(newf, &t_builtin_function);
        if (init_overridden || !new_overridden)
            return vm_raise(vm, &t_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    return VAL_NONE;
}

static Value object_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (nargs || (kwnames && TUPLE_LEN(kwnames)))
        return vm_raise(vm, &t_TypeError, "object() takes no arguments");
    return object_new_impl(vm, type, args, nargs, kwnames, true);
}

static Value object_class_getter(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return OBJ_VAL(TYPE_OF(args[0]));
}

static Value object_dict_getter(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Value *slot = instance_dict_slot(args[0]);
    if (!slot || (TYPE_OF(args[0])->flags & TF_SLOTS))
        return vm_raise(vm, &t_AttributeError, "'%s' object has no attribute '__dict__'", type_name_of(args[0]));
    if (!*slot && !(*slot = dict_new(vm)))
        return VAL_NULL;
    return *slot;
}

static Value object_dir(Vm *vm, Value *args, int nargs, Value kwnames);
Value obj_dir(Vm *vm, Value obj);

static const BuiltinFunc object_methods[] = {
    BUILTIN_GETTER("__class__", object_class_getter),
    BUILTIN_GETTER("__dict__", object_dict_getter),
    BUILTIN_METHOD("__dir__", object_dir),
};

static void instance_trace(Vm *vm, Obj *o) { (void)vm; (void)o; }

const TypeObj t_object = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "object", .base = NULL, .layout = K_OBJECT,
    .basicsize = sizeof(InstanceObj), .flags = TF_BASETYPE, .methods = object_methods,
    .nmethods = sizeof object_methods / sizeof object_methods[0], .new_ = object_new_slot,
    .trace = instance_trace,
};

/* dir(): names from the instance dict and the class MRO, sorted. */
static Value object_dir(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs != 1)
        return vm_raise(vm, &t_TypeError, "__dir__() takes no arguments");
    return obj_dir(vm, args[0]);
}

Value obj_dir(Vm *vm, Value obj)
{
    Value names = set_new(vm, &t_set);
    if (!names)
        return VAL_NULL;
    Value *dslot = instance_dict_slot(obj);
    if (dslot && *dslot) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(*dslot, &pos, &k, &v))
            if (set_add(vm, names, k) < 0)
                return VAL_NULL;
    }
    const TypeObj *t = is_type_value(obj) ? (const TypeObj *)AS_OBJ(obj) : TYPE_OF(obj);
    if (IS_TYPE(obj, &t_module)) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(((ModuleObj *)AS_OBJ(obj))->dict, &pos, &k, &v))
            if (set_add(vm, names, k) < 0)
                return VAL_NULL;
        t = NULL;
    }
    if (t && (t->flags & TF_HEAPTYPE)) {
        /* heap classes of the MRO, then the static tail through ->base */
        Value mro = t->mro;
        const TypeObj *tail = NULL;
        for (size_t i = 0; i < TUPLE_LEN(mro); i++) {
            const TypeObj *c = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
            if (!(c->flags & TF_HEAPTYPE)) {
                if (!tail)
                    tail = c;
                continue;
            }
            size_t pos = 0;
            Value k, v;
            while (dict_next(c->dict, &pos, &k, &v))
                if (set_add(vm, names, k) < 0)
                    return VAL_NULL;
        }
        t = tail;
    }
    while (t) {
        if (t->flags & TF_HEAPTYPE) {
            size_t pos = 0;
            Value k, v;
            while (dict_next(t->dict, &pos, &k, &v))
                if (set_add(vm, names, k) < 0)
                    return VAL_NULL;
        } else {
            for (uint32_t i = 0; i < t->nmethods; i++) {
                Value s = str_from_cstr(vm, t->methods[i].name);
                if (!s || set_add(vm, names, s) < 0)
                    return VAL_NULL;
            }
        }
        t = t->base;
    }
    Value list = list_from_iterable(vm, names);
    if (!list || list_sort(vm, list, VAL_NULL, false) < 0)
        return VAL_NULL;
    return list;
}

/* ------------------------------------------------------------ type type */

static Value type_repr(Vm *vm, Value v)
{
    const TypeObj *t = (const TypeObj *)AS_OBJ(v);
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, "<class '");
    if (t->flags & TF_HEAPTYPE) {
        sb_append_cstr(&sb, t->module ? t->module : "__main__");
        sb_append_cstr(&sb, ".");
        sb_append_value_str(&sb, t->qualname_v ? t->qualname_v : t->name_v);
    } else {
        if (t->module && strcmp(t->module, "builtins") != 0) {
            sb_append_cstr(&sb, t->module);
            sb_append_cstr(&sb, ".");
        }
        sb_append_cstr(&sb, type_name(t));
    }
    sb_append_cstr(&sb, "'>");
    return sb_finish(&sb);
}

static void type_trace(Vm *vm, Obj *o)
{
    TypeObj *t = (TypeObj *)o;
    gc_mark(vm, t->name_v);
    gc_mark(vm, t->qualname_v);
    gc_mark(vm, t->bases);
    gc_mark(vm, t->mro);
    gc_mark(vm, t->dict);
    if (t->base)
        gc_mark(vm, OBJ_VAL(t->base));
}

static Value mro_tuple_of_static(Vm *vm, const TypeObj *t)
{
    size_t n = 0;
    for (const TypeObj *c = t; c; c = c->base)
        n++;
    Value tup = tuple_new(vm, n);
    if (!tup)
        return VAL_NULL;
    size_t i = 0;
    for (const TypeObj *c = t; c; c = c->base)
        TUPLE_ITEMS(tup)[i++] = OBJ_VAL(c);
    return tup;
}

/* An attribute defined in a heap class of type's MRO (not in a static base). */
static Value heap_class_attr(Vm *vm, const TypeObj *type, Value name)
{
    Value mro = type->mro;
    for (size_t i = 0; i < TUPLE_LEN(mro); i++) {
        const TypeObj *t = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
        if (!(t->flags & TF_HEAPTYPE))
            return VAL_NULL;
        Value r = dict_get_str(vm, t->dict, name);
        if (r)
            return r;
    }
    return VAL_NULL;
}

Value type_getattr(Vm *vm, Value self, Value name)
{
    const TypeObj *t = (const TypeObj *)AS_OBJ(self);
    const TypeObj *metatype = TYPE_OF(self);
    if (metatype->flags & TF_HEAPTYPE) {
        Value mattr = heap_class_attr(vm, metatype, name);
        if (mattr && is_data_descriptor(mattr))
            return bind_attr(vm, mattr, self, metatype);
    }
    const char *n = STR_DATA(name);
    if (n[0] == '_' && n[1] == '_') {
        if (str_eq_cstr(name, "__name__"))
            return (t->flags & TF_HEAPTYPE) ? t->name_v : str_from_cstr(vm, t->name);
        if (str_eq_cstr(name, "__qualname__"))
            return (t->flags & TF_HEAPTYPE) ? t->qualname_v : str_from_cstr(vm, t->name);
        if (str_eq_cstr(name, "__module__")) {
            if (t->flags & TF_HEAPTYPE) {
                Value m = dict_get_cstr(vm, t->dict, "__module__");
                if (m)
                    return m;
            }
            return str_from_cstr(vm, t->module ? t->module : "builtins");
        }
        if (str_eq_cstr(name, "__mro__"))
            return (t->flags & TF_HEAPTYPE) ? t->mro : mro_tuple_of_static(vm, t);
        if (str_eq_cstr(name, "__bases__")) {
            if (t->flags & TF_HEAPTYPE)
                return t->bases;
            if (!t->base)
                return tuple_new(vm, 0);
            Value b = OBJ_VAL(t->base);
            return tuple_from_array(vm, &b, 1);
        }
        if (str_eq_cstr(name, "__base__"))
            return t->base ? OBJ_VAL(t->base) : VAL_NONE;
        if (str_eq_cstr(name, "__dict__")) {
            if (t->flags & TF_HEAPTYPE)
                return dict_copy(vm, t->dict);
            Value d = dict_new(vm);
            if (!d)
                return VAL_NULL;
            for (uint32_t i = 0; i < t->nmethods; i++)
                if (dict_set_cstr(vm, d, t->methods[i].name, OBJ_VAL(&t->methods[i])) < 0)
                    return VAL_NULL;
            return d;
        }
        if (str_eq_cstr(name, "__doc__")) {
            if (t->flags & TF_HEAPTYPE) {
                Value m = dict_get_cstr(vm, t->dict, "__doc__");
                return m ? m : VAL_NONE;
            }
            return VAL_NONE;
        }
        if (str_eq_cstr(name, "__class__"))
            return OBJ_VAL(TYPE_OF(self));
        if (str_eq_cstr(name, "__subclasses__"))
            return VAL_NULL;
    }
    /* class attribute lookup along the type's own MRO */
    Value attr = type_lookup(vm, t, name);
    if (attr) {
        if (IS_OBJ(attr)) {
            const TypeObj *at = AS_OBJ(attr)->type;
            if (at == &t_staticmethod)
                return ((WrapperObj *)AS_OBJ(attr))->func;
            if (at == &t_classmethod)
                return method_new(vm, ((WrapperObj *)AS_OBJ(attr))->func, self);
            if (at == &t_builtin_function) {
                const BuiltinFunc *bf = (const BuiltinFunc *)AS_OBJ(attr);
                if (bf->kind == FN_CLASS && !bf->self)
                    return builtin_bind(vm, bf, self);
                if (bf->kind == FN_METHOD && !bf->self) {
                    Value u = builtin_bind(vm, bf, self);
                    if (u)
                        ((BuiltinFunc *)AS_OBJ(u))->kind = FN_UNBOUND;
                    return u;
                }
            }
            if ((at->flags & TF_HEAPTYPE) && at != &t_type) {
                Value get = heap_dunder(vm, at, "__get__");
                if (get) {
                    Value args[2] = {VAL_NONE, self};
                    return call_dunder(vm, get, attr, args, 2);
                }
            }
        }
        return attr;
    }
    /* attributes of the metaclass (properties and methods bound to the class) */
    const TypeObj *meta = TYPE_OF(self);
    if (meta->flags & TF_HEAPTYPE) {
        Value mattr = type_lookup(vm, meta, name);
        if (mattr)
            return bind_attr(vm, mattr, self, meta);
    }
    return VAL_NULL;
}

/* type.__new__(metatype, name, bases, ns) */
static Value type_new_slot(Vm *vm, const TypeObj *metatype, Value *args, int nargs, Value kwnames)
{
    if (nargs == 1 && metatype == &t_type)
        return OBJ_VAL(TYPE_OF(args[0]));
    if (nargs != 3)
        return vm_raise(vm, &t_TypeError, "type.__new__() takes exactly 3 arguments (%d given)", nargs);
    if (!IS_TUPLE(args[1]))
        return vm_raise(vm, &t_TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name_of(args[1]));
    if (!IS_DICT(args[2]))
        return vm_raise(vm, &t_TypeError, "type.__new__() argument 3 must be dict, not %s", type_name_of(args[2]));
    Value kw = VAL_NULL;
    if (kwnames && TUPLE_LEN(kwnames)) {
        if (!(kw = dict_new(vm)))
            return VAL_NULL;
        for (size_t i = 0; i < TUPLE_LEN(kwnames); i++)
            if (dict_set(vm, kw, TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0)
                return VAL_NULL;
    }
    return type_new_heap_ex(vm, args[0], args[1], args[2], metatype, true, kw);
}

static Value type_call_slot(Vm *vm, Value self, Value *args, int nargs, Value kwnames)
{
    return type_call_impl(vm, self, args, nargs, kwnames);
}

static int type_hash(Vm *vm, Value self, int64_t *out)
{
    uint64_t x = (uint64_t)self;
    *out = (int64_t)((x >> 4) | (x << 60));
    if (*out == -1)
        *out = -2;
    return 0;
}

static Value type_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (op == CMP_EQ)
        return VAL_BOOL(a == b);
    if (op == CMP_NE)
        return VAL_BOOL(a != b);
    return VAL_NOTIMPL;
}

/* types.UnionType: X | Y of types (isinstance treats it like a tuple). */
typedef struct UnionObj { Obj hdr; Value args; } UnionObj;

static void union_trace(Vm *vm, Obj *o) { gc_mark(vm, ((UnionObj *)o)->args); }

static Value union_repr(Vm *vm, Value v)
{
    Value args = ((UnionObj *)AS_OBJ(v))->args;
    StrBuf sb;
    sb_init(&sb, vm);
    for (size_t i = 0; i < TUPLE_LEN(args); i++) {
        if (i)
            sb_append_cstr(&sb, " | ");
        const TypeObj *t = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(args)[i]);
        if (t == &t_none)
            sb_append_cstr(&sb, "None");
        else if ((t->flags & TF_HEAPTYPE) && t->module) {
            sb_append_cstr(&sb, t->module);
            sb_append_char(&sb, '.');
            sb_append_value_str(&sb, t->qualname_v);
        } else if (t->flags & TF_HEAPTYPE) {
            sb_append_cstr(&sb, "__main__.");
            sb_append_value_str(&sb, t->qualname_v);
        } else
            sb_append_cstr(&sb, type_name(t));
    }
    return sb_finish(&sb);
}

static Value union_binop(Vm *vm, int op, Value a, Value b);

static Value union_getattr(Vm *vm, Value self, Value name)
{
    if (str_eq_cstr(name, "__args__"))
        return ((UnionObj *)AS_OBJ(self))->args;
    return VAL_NULL;
}

const TypeObj t_union = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "types.UnionType", .base = &t_object, .layout = K_OTHER,
    .basicsize = sizeof(UnionObj), .repr = union_repr, .trace = union_trace, .binop = union_binop,
    .getattr = union_getattr,
};

/* Append the members of a union operand (a type, None or a union) to list l. */
static int union_collect(Vm *vm, Value l, Value v)
{
    if (IS_TYPE(v, &t_union)) {
        Value args = ((UnionObj *)AS_OBJ(v))->args;
        for (size_t i = 0; i < TUPLE_LEN(args); i++)
            if (union_collect(vm, l, TUPLE_ITEMS(args)[i]) < 0)
                return -1;
        return 0;
    }
    if (v == VAL_NONE)
        v = OBJ_VAL(&t_none);
    ListObj *lo = AS_LIST(l);
    for (size_t i = 0; i < lo->len; i++)
        if (lo->items[i] == v)
            return 0;
    return list_append(vm, l, v);
}

static bool union_operand(Value v) { return is_type_value(v) || v == VAL_NONE || IS_TYPE(v, &t_union); }

static Value union_binop(Vm *vm, int op, Value a, Value b)
{
    if ((op & 15) != BINOP_OR || !union_operand(a) || !union_operand(b))
        return VAL_NOTIMPL;
    Value l = list_new(vm, 4);
    if (!l || union_collect(vm, l, a) < 0 || union_collect(vm, l, b) < 0)
        return VAL_NULL;
    UnionObj *u = (UnionObj *)obj_alloc(vm, &t_union, sizeof(UnionObj));
    if (!u)
        return VAL_NULL;
    u->args = tuple_from_array(vm, AS_LIST(l)->items, AS_LIST(l)->len);
    return u->args ? OBJ_VAL(u) : VAL_NULL;
}

static Value type_binop(Vm *vm, int op, Value a, Value b)
{
    return union_binop(vm, op, a, b);
}

static Value type_mro_method(Vm *vm, Value *args, int nargs, Value kwnames)
{
    const TypeObj *t = (const TypeObj *)AS_OBJ(args[0]);
    Value m = (t->flags & TF_HEAPTYPE) ? t->mro : mro_tuple_of_static(vm, t);
    return m ? list_from_iterable(vm, m) : VAL_NULL;
}

static const BuiltinFunc type_methods[] = {
    BUILTIN_METHOD("mro", type_mro_method),
};

const TypeObj t_type = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "type", .base = &t_object, .layout = K_TYPE,
    .basicsize = sizeof(TypeObj), .flags = TF_BASETYPE, .methods = type_methods,
    .nmethods = sizeof type_methods / sizeof type_methods[0],
    .repr = type_repr, .hash = type_hash, .richcompare = type_richcompare, .call = type_call_slot,
    .new_ = type_new_slot,
    .getattr = type_getattr, .trace = type_trace, .binop = type_binop,
};

/* --------------------------------------------------------- None & co */

static Value none_repr(Vm *vm, Value v) { return str_from_cstr(vm, "None"); }
static Value notimpl_repr(Vm *vm, Value v) { return str_from_cstr(vm, "NotImplemented"); }
static Value ellipsis_repr(Vm *vm, Value v) { return str_from_cstr(vm, "Ellipsis"); }
static int false_truthy(Vm *vm, Value v) { return 0; }
static int identity_hash(Vm *vm, Value self, int64_t *out) { return type_hash(vm, self, out); }
static Value none_binop(Vm *vm, int op, Value a, Value b) { return union_binop(vm, op, a, b); }

static Value none_new(Vm *vm, const TypeObj *t, Value *args, int nargs, Value kw)
{
    if (nargs || kw)
        return vm_raise(vm, &t_TypeError, "NoneType takes no arguments");
    return VAL_NONE;
}

const TypeObj t_none = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "NoneType", .base = &t_object, .layout = K_NONE,
    .basicsize = sizeof(SingletonObj), .repr = none_repr, .truthy = false_truthy, .hash = identity_hash,
    .new_ = none_new, .binop = none_binop,
};
const TypeObj t_notimpl = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "NotImplementedType", .base = &t_object,
    .layout = K_NOTIMPL, .basicsize = sizeof(SingletonObj), .repr = notimpl_repr, .hash = identity_hash,
};
const TypeObj t_ellipsis = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "ellipsis", .base = &t_object, .layout = K_ELLIPSIS,
    .basicsize = sizeof(SingletonObj), .repr = ellipsis_repr, .hash = identity_hash,
};

/* -------------------------------------------------------- class creation */

/* fn(*argt, **kwdict) */
static Value call_with_kwargs_dict(Vm *vm, Value fn, Value argt, Value kwdict)
{
    size_t npos = TUPLE_LEN(argt), nkw = dict_len(kwdict);
    Value *buf = mem_alloc(vm, sizeof(Value) * (npos + nkw + 1));
    Value kwnames = buf ? tuple_new(vm, nkw) : VAL_NULL;
    if (!kwnames) {
        if (buf)
            mem_free(vm, buf, sizeof(Value) * (npos + nkw + 1));
        return VAL_NULL;
    }
    memcpy(buf, TUPLE_ITEMS(argt), sizeof(Value) * npos);
    size_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(kwdict, &pos, &k, &v)) {
        TUPLE_ITEMS(kwnames)[i] = k;
        buf[npos + i] = v;
        i++;
    }
    Value r = vm_call(vm, fn, buf, (int)npos, kwnames);
    mem_free(vm, buf, sizeof(Value) * (npos + nkw + 1));
    return r;
}

/* C3 linearisation of heap type 'type' with bases tuple. */
static Value compute_mro(Vm *vm, Value self, Value bases)
{
    size_t nb = TUPLE_LEN(bases);
    /* sequences to merge: mro(b) for each base, then bases */
    Value seqs = list_new(vm, nb + 1);
    if (!seqs)
        return VAL_NULL;
    for (size_t i = 0; i < nb; i++) {
        const TypeObj *b = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(bases)[i]);
        Value m = (b->flags & TF_HEAPTYPE) ? b->mro : mro_tuple_of_static(vm, b);
        if (!m)
            return VAL_NULL;
        Value l = list_from_iterable(vm, m);
        if (!l || list_append(vm, seqs, l) < 0)
            return VAL_NULL;
    }
    Value bl = list_from_iterable(vm, bases);
    if (!bl || list_append(vm, seqs, bl) < 0)
        return VAL_NULL;
    Value result = list_new(vm, 8);
    if (!result || list_append(vm, result, self) < 0)
        return VAL_NULL;
    ListObj *sl = AS_LIST(seqs);
    size_t *heads = mem_alloc(vm, sizeof(size_t) * sl->len);
    if (!heads)
        return VAL_NULL;
    memset(heads, 0, sizeof(size_t) * sl->len);
    for (;;) {
        bool all_empty = true;
        Value candidate = VAL_NULL;
        for (size_t i = 0; i < sl->len && !candidate; i++) {
            ListObj *s = AS_LIST(sl->items[i]);
            if (heads[i] >= s->len)
                continue;
            all_empty = false;
            Value c = s->items[heads[i]];
            bool in_tail = false;
            for (size_t j = 0; j < sl->len && !in_tail; j++) {
                ListObj *s2 = AS_LIST(sl->items[j]);
                for (size_t k = heads[j] + 1; k < s2->len; k++)
                    if (s2->items[k] == c) {
                        in_tail = true;
                        break;
                    }
            }
            if (!in_tail)
                candidate = c;
        }
        if (all_empty)
            break;
        if (!candidate) {
            mem_free(vm, heads, sizeof(size_t) * sl->len);
            StrBuf sb;
            sb_init(&sb, vm);
            sb_append_cstr(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
            for (size_t i = 0; i < nb; i++) {
                sb_append_cstr(&sb, i ? ", " : " ");
                sb_append_cstr(&sb, type_name((const TypeObj *)AS_OBJ(TUPLE_ITEMS(bases)[i])));
            }
            Value msg = sb_finish(&sb);
            if (!msg)
                return VAL_NULL;
            return vm_raise(vm, &t_TypeError, "%S", msg);
        }
        if (list_append(vm, result, candidate) < 0) {
            mem_free(vm, heads, sizeof(size_t) * sl->len);
            return VAL_NULL;
        }
        for (size_t i = 0; i < sl->len; i++) {
            ListObj *s = AS_LIST(sl->items[i]);
            if (heads[i] < s->len && s->items[heads[i]] == candidate)
                heads[i]++;
        }
    }
    mem_free(vm, heads, sizeof(size_t) * sl->len);
    return tuple_from_array(vm, AS_LIST(result)->items, AS_LIST(result)->len);
}

static const TypeObj *layout_base(const TypeObj *t)
{
    while (t && (t->flags & TF_HEAPTYPE))
        t = t->base;
    return t;
}

/* Create a heap type: type(name, bases, dict).  'ns' is copied. */
Value type_new_heap(Vm *vm, Value name, Value bases, Value ns, const TypeObj *metatype)
{
    return type_new_heap_ex(vm, name, bases, ns, metatype, true, VAL_NULL);
}

Value type_new_heap_ex(Vm *vm, Value name, Value bases, Value ns, const TypeObj *metatype, bool run_hooks,
                       Value init_subclass_kwargs)
{
    if (!IS_STR(name))
        return vm_raise(vm, &t_TypeError, "type.__new__() argument 1 must be str, not %s", type_name_of(name));
    if (TUPLE_LEN(bases) == 0) {
        Value o = OBJ_VAL(&t_object);
        bases = tuple_from_array(vm, &o, 1);
        if (!bases)
            return VAL_NULL;
    }
    const TypeObj *solid = NULL;
    for (size_t i = 0; i < TUPLE_LEN(bases); i++) {
        Value b = TUPLE_ITEMS(bases)[i];
        if (!is_type_value(b))
            return vm_raise(vm, &t_TypeError, "bases must be types");
        const TypeObj *bt = (const TypeObj *)AS_OBJ(b);
        if (!(bt->flags & TF_BASETYPE) && !(bt->flags & TF_HEAPTYPE))
            return vm_raise(vm, &t_TypeError, "type '%s' is not an acceptable base type", type_name(bt));
        for (size_t j = 0; j < i; j++)
            if (TUPLE_ITEMS(bases)[j] == b)
                return vm_raise(vm, &t_TypeError, "duplicate base class %s", type_name(bt));
        const TypeObj *lb = layout_base(bt);
        if (!solid || (solid == &t_object)) {
            solid = lb;
        } else if (lb != &t_object && lb != solid && !type_is_subtype(solid, lb)) {
            if (type_is_subtype(lb, solid))
                solid = lb;
            else if (!(lb->layout == K_EXC && solid->layout == K_EXC && lb->basicsize == solid->basicsize))
                return vm_raise(vm, &t_TypeError, "multiple bases have instance lay-out conflict");
        }
    }
    TypeObj *t = (TypeObj *)obj_alloc(vm, metatype, metatype->basicsize > sizeof(TypeObj) ? metatype->basicsize : sizeof(TypeObj));
    if (!t)
        return VAL_NULL;
    const TypeObj *first = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(bases)[0]);
    /* the primary base: the first base whose layout is the solid base's */
    const TypeObj *primary = first;
    for (size_t i = 0; i < TUPLE_LEN(bases); i++) {
        const TypeObj *bt = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(bases)[i]);
        if (layout_base(bt) == solid) {
            primary = bt;
            break;
        }
    }
    /* inherit native slots from the solid base */
    const TypeObj *src = solid;
    t->repr = src->repr;
    t->str = src->str;
    t->hash = src->hash;
    t->richcompare = src->richcompare;
    t->iter = src->iter;
    t->iternext = src->iternext;
    t->call = src->call;
    t->new_ = src->new_;
    t->len = src->len;
    t->getitem = src->getitem;
    t->setitem = src->setitem;
    t->contains = src->contains;
    t->truthy = src->truthy;
    t->trace = NULL;       /* found along ->base by the GC */
    t->finalize = NULL;
    t->getattr = src->getattr;
    t->binop = src->binop;
    t->unaryop = src->unaryop;
    t->name = NULL;
    t->name_v = name;
    t->qualname_v = name;
    t->base = primary;
    t->bases = bases;
    t->flags = TF_HEAPTYPE | TF_BASETYPE;
    t->layout = solid->layout;
    t->module = NULL;
    /* instance layout: the solid base's struct, plus a __dict__ slot if it has none */
    const TypeObj *pb = primary;
    if (pb->flags & TF_HEAPTYPE) {
        t->basicsize = pb->basicsize;
        t->dict_offset = pb->dict_offset;
    } else if (solid->dict_offset || solid == &t_object) {
        t->basicsize = solid->basicsize;
        t->dict_offset = solid == &t_object ? offsetof(InstanceObj, dict) : solid->dict_offset;
    } else {
        t->basicsize = (solid->basicsize + 7u) & ~7u;
        t->dict_offset = t->basicsize;
        t->basicsize += sizeof(Value);
    }
    /* classes made by a metaclass keep their attributes in TypeObj.dict */
    if (solid == &t_type) {
        t->dict_offset = 0;
        t->basicsize = sizeof(TypeObj);
    }
    /* a variable-size layout cannot carry a trailing dict slot */
    if (solid->layout == K_INT || solid->layout == K_STR || solid->layout == K_TUPLE || solid->layout == K_BYTES) {
        t->dict_offset = 0;
        t->basicsize = solid->basicsize;
    }
    t->dict = dict_copy(vm, ns);
    if (!t->dict)
        return VAL_NULL;
    Value mro = compute_mro(vm, OBJ_VAL(t), bases);
    if (!mro)
        return VAL_NULL;
    t->mro = mro;
    Value qn = dict_get_cstr(vm, t->dict, "__qualname__");
    if (qn && IS_STR(qn)) {
        t->qualname_v = qn;
        dict_del(vm, t->dict, qn);
        Value key = str_from_cstr(vm, "__qualname__");
        if (!key || dict_del(vm, t->dict, key) < 0)
            return VAL_NULL;
    }
    /* __slots__ in this class and every heap class above it: no __dict__ */
    if (dict_get_cstr(vm, t->dict, "__slots__") && solid == &t_object) {
        bool all = true;
        for (size_t i = 1; i < TUPLE_LEN(mro); i++) {
            const TypeObj *c = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
            if ((c->flags & TF_HEAPTYPE) && !(c->flags & TF_SLOTS))
                all = false;
        }
        if (all)
            t->flags |= TF_SLOTS;
    }
    Value mod = dict_get_cstr(vm, t->dict, "__module__");
    if (mod && IS_STR(mod) && !str_eq_cstr(mod, "__main__"))
        t->module = STR_DATA(mod);
    /* __eq__ without __hash__ makes instances unhashable */
    if (dict_get_cstr(vm, t->dict, "__eq__") && !dict_get_cstr(vm, t->dict, "__hash__"))
        if (dict_set_cstr(vm, t->dict, "__hash__", VAL_NONE) < 0)
            return VAL_NULL;
    /* functions named __init_subclass__ / __class_getitem__ are implicit classmethods */
    static const char *const implicit_cm[] = {"__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 2; i++) {
        Value f = dict_get_cstr(vm, t->dict, implicit_cm[i]);
        if (f && IS_TYPE(f, &t_function)) {
            WrapperObj *w = (WrapperObj *)obj_alloc(vm, &t_classmethod, sizeof(WrapperObj));
            if (!w)
                return VAL_NULL;
            w->func = f;
            if (dict_set_cstr(vm, t->dict, implicit_cm[i], OBJ_VAL(w)) < 0)
                return VAL_NULL;
        }
    }
    Value nf = dict_get_cstr(vm, t->dict, "__new__");
    if (nf && IS_TYPE(nf, &t_function)) {
        WrapperObj *w = (WrapperObj *)obj_alloc(vm, &t_staticmethod, sizeof(WrapperObj));
        if (!w)
            return VAL_NULL;
        w->func = nf;
        if (dict_set_cstr(vm, t->dict, "__new__", OBJ_VAL(w)) < 0)
            return VAL_NULL;
    }
    if (!run_hooks)
        return OBJ_VAL(t);
    /* __set_name__ on attributes */
    size_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, &pos, &k, &v)) {
        if (IS_OBJ(v) && (AS_OBJ(v)->type->flags & TF_HEAPTYPE)) {
            Value sn = heap_dunder(vm, AS_OBJ(v)->type, "__set_name__");
            if (sn) {
                Value args[2] = {OBJ_VAL(t), k};
                if (!call_dunder(vm, sn, v, args, 2))
                    return VAL_NULL;
            }
        }
    }
    /* __init_subclass__ of the parent */
    if (TUPLE_LEN(mro) > 1) {
        const TypeObj *parent = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[1]);
        Value isc = type_lookup_cstr(vm, parent, "__init_subclass__");
        Value kw = init_subclass_kwargs && dict_len(init_subclass_kwargs) ? init_subclass_kwargs : VAL_NULL;
        if (isc && IS_TYPE(isc, &t_classmethod)) {
            Value self = OBJ_VAL(t);
            Value r;
            if (kw) {
                Value d = dict_new(vm);
                if (!d || dict_update(vm, d, kw) < 0)
                    return VAL_NULL;
                Value argt = tuple_from_array(vm, &self, 1);
                r = argt ? call_with_kwargs_dict(vm, ((WrapperObj *)AS_OBJ(isc))->func, argt, d) : VAL_NULL;
            } else {
                r = vm_call(vm, ((WrapperObj *)AS_OBJ(isc))->func, &self, 1, VAL_NULL);
            }
            if (!r)
                return VAL_NULL;
        } else if (kw) {
            return vm_raise(vm, &t_TypeError, "%S.__init_subclass__() takes no keyword arguments", t->qualname_v);
        }
    }
    return OBJ_VAL(t);
}

/* type(obj) / type(name, bases, dict) / instantiation of any type. */
Value type_call_impl(Vm *vm, Value typev, Value *args, int nargs, Value kwnames)
{
    const TypeObj *type = (const TypeObj *)AS_OBJ(typev);
    int nkw = kwnames ? (int)TUPLE_LEN(kwnames) : 0;
    if (type == &t_type) {
        if (nargs == 1 && nkw == 0)
            return OBJ_VAL(TYPE_OF(args[0]));
        if (nargs == 3) {
            if (!IS_TUPLE(args[1]))
                return vm_raise(vm, &t_TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name_of(args[1]));
            if (!IS_DICT(args[2]))
                return vm_raise(vm, &t_TypeError, "type.__new__() argument 3 must be dict, not %s", type_name_of(args[2]));
            return type_new_heap(vm, args[0], args[1], args[2], &t_type);
        }
        return vm_raise(vm, &t_TypeError, "type() takes 1 or 3 arguments");
    }
    Value self;
    if (type->flags & TF_HEAPTYPE) {
        Value newf = type_lookup_cstr(vm, type, "__new__");
        if (newf && IS_TYPE(newf, &t_staticmethod)) {
            self = vm_call_prepended(vm, ((WrapperObj *)AS_OBJ(newf))->func, typev, args, nargs, kwnames);
            if (!self)
                return VAL_NULL;
            if (!type_is_subtype(TYPE_OF(self), type))
                return self;
        } else {
            Value initf = type_lookup_cstr(vm, type, "__init__");
            bool user_init = initf && !IS_TYPE(initf, &t_builtin_function);
            const TypeObj *lb = layout_base(type);
            /* immutable builtins take their value in __new__, whatever __init__ does */
            bool immutable = lb->layout == K_INT || lb->layout == K_STR || lb->layout == K_BYTES ||
                             lb->layout == K_TUPLE || lb->layout == K_FLOAT || lb->layout == K_COMPLEX ||
                             lb == &t_frozenset;
            bool pass_args = !user_init || immutable;
            if (lb->new_ && lb != &t_object) {
                self = lb->new_(vm, type, args, pass_args ? nargs : 0, pass_args ? kwnames : VAL_NULL);
                if (self && user_init && lb->layout == K_EXC) {
                    /* BaseException.__new__ stores args even when __init__ is overridden */
                    Value t = tuple_from_array(vm, args, (size_t)nargs);
                    if (!t)
                        return VAL_NULL;
                    ((ExcObj *)AS_OBJ(self))->args = t;
                }
            } else {
                if (!user_init && (nargs || nkw))
                    return vm_raise(vm, &t_TypeError, "%s() takes no arguments", type_name(type));
                self = object_new_impl(vm, type, args, nargs, kwnames, false);
            }
            if (!self)
                return VAL_NULL;
        }
        Value initf = type_lookup_cstr(vm, type, "__init__");
        if (initf && !IS_TYPE(initf, &t_builtin_function)) {
            Value r = vm_call_prepended(vm, initf, self, args, nargs, kwnames);
            if (!r)
                return VAL_NULL;
            if (r != VAL_NONE)
                return vm_raise(vm, &t_TypeError, "__init__() should return None, not '%s'", type_name_of(r));
        }
        return self;
    }
    if (!type->new_)
        return vm_raise(vm, &t_TypeError, "cannot create '%s' instances", type_name(type));
    return type->new_(vm, type, args, nargs, kwnames);
}
