/* Corral callable and descriptor objects: functions, builtin functions,
 * bound methods, cells, code, modules, property, staticmethod,
 * classmethod and super. */
#include "vm.h"

#include <stdio.h>

/* -------------------------------------------------------------- function */

static void func_trace(Vm *vm, Obj *o)
{
    FuncObj *f = (FuncObj *)o;
    gc_mark(vm, OBJ_VAL(f->code));
    gc_mark(vm, f->globals);
    gc_mark(vm, f->defaults);
    gc_mark(vm, f->kwdefaults);
    gc_mark(vm, f->closure);
    gc_mark(vm, f->name);
    gc_mark(vm, f->qualname);
    gc_mark(vm, f->dict);
    gc_mark(vm, f->doc);
    gc_mark(vm, f->module);
    gc_mark(vm, f->annotations);
}

static Value func_repr(Vm *vm, Value v)
{
    FuncObj *f = (FuncObj *)AS_OBJ(v);
    char buf[64];
    snprintf(buf, sizeof buf, " at %p>", (void *)v);
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, "<function ");
    sb_append_value_str(&sb, f->qualname);
    sb_append_cstr(&sb, buf);
    return sb_finish(&sb);
}

static Value func_getattr(Vm *vm, Value self, Value name)
{
    FuncObj *f = (FuncObj *)AS_OBJ(self);
    if (f->dict) {
        Value r = dict_get_str(vm, f->dict, name);
        if (r)
            return r;
    }
    const char *n = STR_DATA(name);
    if (n[0] != '_')
        return VAL_NULL;
    if (str_eq_cstr(name, "__name__"))
        return f->name;
    if (str_eq_cstr(name, "__qualname__"))
        return f->qualname;
    if (str_eq_cstr(name, "__doc__"))
        return f->doc ? f->doc : VAL_NONE;
    if (str_eq_cstr(name, "__module__"))
        return f->module ? f->module : VAL_NONE;
    if (str_eq_cstr(name, "__defaults__"))
        return f->defaults ? f->defaults : VAL_NONE;
    if (str_eq_cstr(name, "__kwdefaults__"))
        return f->kwdefaults ? f->kwdefaults : VAL_NONE;
    if (str_eq_cstr(name, "__annotations__")) {
        if (!f->annotations && !(f->annotations = dict_new(vm)))
            return VAL_NULL;
        return f->annotations;
    }
    if (str_eq_cstr(name, "__dict__")) {
        if (!f->dict && !(f->dict = dict_new(vm)))
            return VAL_NULL;
        return f->dict;
    }
    if (str_eq_cstr(name, "__wrapped__"))
        return VAL_NULL;
    return VAL_NULL;
}

/* descriptor protocol: f.__get__(obj, type=None) binds f like attribute access does */
static Value func_get(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "__get__", nargs - 1, kw, 1, 2) < 0)
        return VAL_NULL;
    if (args[1] == VAL_NONE)
        return args[0];
    return method_new(vm, args[0], args[1]);
}

static Value callable_call(Vm *vm, Value self, Value *args, int nargs, Value kwnames)
{
    return vm_call(vm, self, args, nargs, kwnames);
}

static const BuiltinFunc function_methods[] = {
    BUILTIN_METHOD("__get__", func_get),
};

const TypeObj t_function = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "function", .base = &t_object, .layout = K_FUNC,
    .basicsize = sizeof(FuncObj), .repr = func_repr, .trace = func_trace, .getattr = func_getattr,
    .methods = function_methods, .nmethods = 1, .call = callable_call,
};

/* Function attributes that live in FuncObj fields rather than in __dict__.
 * Returns 1 if handled (0 or -1 as obj_setattr), 0 if 'name' is not one. */
int func_setattr_special(Vm *vm, Value fn, Value name, Value value, int *result)
{
    FuncObj *f = (FuncObj *)AS_OBJ(fn);
    Value *field = NULL;
    bool must_be_str = false, tuple_or_none = false, dict_or_none = false;
    if (str_eq_cstr(name, "__name__")) { field = &f->name; must_be_str = true; }
    else if (str_eq_cstr(name, "__qualname__")) { field = &f->qualname; must_be_str = true; }
    else if (str_eq_cstr(name, "__doc__")) field = &f->doc;
    else if (str_eq_cstr(name, "__module__")) field = &f->module;
    else if (str_eq_cstr(name, "__defaults__")) { field = &f->defaults; tuple_or_none = true; }
    else if (str_eq_cstr(name, "__kwdefaults__")) { field = &f->kwdefaults; dict_or_none = true; }
    else if (str_eq_cstr(name, "__annotations__")) { field = &f->annotations; dict_or_none = true; }
    if (!field)
        return 0;
    *result = -1;
    if (!value) {
        if (must_be_str) {
            vm_raise(vm, &t_TypeError, "%S must be set to a string object", name);
            return 1;
        }
        *field = (field == &f->doc || field == &f->module) ? VAL_NONE : VAL_NULL;
        *result = 0;
        return 1;
    }
    if (must_be_str && !IS_STR(value)) {
        vm_raise(vm, &t_TypeError, "%S must be set to a string object", name);
        return 1;
    }
    if (tuple_or_none && value != VAL_NONE && !IS_TUPLE(value)) {
        vm_raise(vm, &t_TypeError, "__defaults__ must be set to a tuple object");
        return 1;
    }
    if (dict_or_none && value != VAL_NONE && !IS_DICT(value)) {
        vm_raise(vm, &t_TypeError, "%S must be set to a dict object", name);
        return 1;
    }
    *field = ((tuple_or_none || dict_or_none) && value == VAL_NONE) ? VAL_NULL : value;
    *result = 0;
    return 1;
}

/* ------------------------------------------------------ builtin function */

static void builtin_trace(Vm *vm, Obj *o)
{
    BuiltinFunc *b = (BuiltinFunc *)o;
    gc_mark(vm, b->self);
}

static Value builtin_repr(Vm *vm, Value v)
{
    BuiltinFunc *b = (BuiltinFunc *)AS_OBJ(v);
    char buf[160];
    if (b->self && !IS_TYPE(b->self, &t_module)) {
        const char *tn = IS_OBJ(b->self) && type_is_subtype(AS_OBJ(b->self)->type, &t_type)
                             ? type_name((const TypeObj *)AS_OBJ(b->self)) : type_name_of(b->self);
        snprintf(buf, sizeof buf, "<built-in method %s of %s object at %p>", b->name,
                 IS_OBJ(b->self) && type_is_subtype(AS_OBJ(b->self)->type, &t_type) ? "type" : tn, (void *)b->self);
    } else {
        snprintf(buf, sizeof buf, "<built-in function %s>", b->name);
    }
    return str_from_cstr(vm, buf);
}

static Value builtin_getattr(Vm *vm, Value self, Value name)
{
    BuiltinFunc *b = (BuiltinFunc *)AS_OBJ(self);
    if (str_eq_cstr(name, "__name__") || str_eq_cstr(name, "__qualname__"))
        return str_from_cstr(vm, b->name);
    if (str_eq_cstr(name, "__self__"))
        return b->self ? b->self : VAL_NONE;
    if (str_eq_cstr(name, "__doc__"))
        return VAL_NONE;
    return VAL_NULL;
}

const TypeObj t_builtin_function = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "builtin_function_or_method", .base = &t_object,
    .layout = K_BUILTIN, .basicsize = sizeof(BuiltinFunc), .repr = builtin_repr, .trace = builtin_trace,
    .getattr = builtin_getattr, .call = callable_call,
};

Value builtin_new(Vm *vm, const char *name, NativeFn fn, Value self, const void *data)
{
    BuiltinFunc *b = (BuiltinFunc *)obj_alloc(vm, &t_builtin_function, sizeof(BuiltinFunc));
    if (!b)
        return VAL_NULL;
    b->name = name;
    b->fn = fn;
    b->kind = FN_METHOD;
    b->self = self;
    b->data = data;
    return OBJ_VAL(b);
}

/* A copy of 'bf' (static table entry or slot wrapper, which carries extra
 * fields after the BuiltinFunc) bound to 'self'. */
Value builtin_bind(Vm *vm, const BuiltinFunc *bf, Value self)
{
    size_t size = bf->hdr.size < sizeof(BuiltinFunc) ? sizeof(BuiltinFunc) : bf->hdr.size;
    BuiltinFunc *b = (BuiltinFunc *)obj_alloc(vm, &t_builtin_function, size);
    if (!b)
        return VAL_NULL;
    memcpy((char *)b + sizeof(Obj), (const char *)bf + sizeof(Obj), size - sizeof(Obj));
    b->self = self;
    return OBJ_VAL(b);
}

/* ---------------------------------------------------------------- method */

static void method_trace(Vm *vm, Obj *o)
{
    MethodObj *m = (MethodObj *)o;
    gc_mark(vm, m->func);
    gc_mark(vm, m->self);
}

static Value method_repr(Vm *vm, Value v)
{
    MethodObj *m = (MethodObj *)AS_OBJ(v);
    Value qn = obj_getattr_cstr(vm, m->func, "__qualname__");
    if (!qn)
        return VAL_NULL;
    Value sr = obj_repr(vm, m->self);
    if (!sr)
        return VAL_NULL;
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, "<bound method ");
    sb_append_value_str(&sb, qn);
    sb_append_cstr(&sb, " of ");
    sb_append_value_str(&sb, sr);
    sb_append_cstr(&sb, ">");
    return sb_finish(&sb);
}

static Value method_getattr(Vm *vm, Value self, Value name)
{
    MethodObj *m = (MethodObj *)AS_OBJ(self);
    if (str_eq_cstr(name, "__self__"))
        return m->self;
    if (str_eq_cstr(name, "__func__"))
        return m->func;
    return obj_getattr_opt(vm, m->func, name);
}

static Value method_richcompare(Vm *vm, Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !IS_TYPE(b, &t_method))
        return VAL_NOTIMPL;
    MethodObj *x = (MethodObj *)AS_OBJ(a), *y = (MethodObj *)AS_OBJ(b);
    bool eq = x->func == y->func && x->self == y->self;
    return VAL_BOOL(op == CMP_EQ ? eq : !eq);
}

static int method_hash(Vm *vm, Value v, int64_t *out)
{
    MethodObj *m = (MethodObj *)AS_OBJ(v);
    *out = (int64_t)(((uint64_t)m->func >> 4) ^ ((uint64_t)m->self >> 4));
    if (*out == -1)
        *out = -2;
    return 0;
}

const TypeObj t_method = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "method", .base = &t_object, .layout = K_METHOD,
    .basicsize = sizeof(MethodObj), .repr = method_repr, .trace = method_trace, .getattr = method_getattr,
    .richcompare = method_richcompare, .hash = method_hash, .call = callable_call,
};

Value method_new(Vm *vm, Value func, Value self)
{
    MethodObj *m = (MethodObj *)obj_alloc(vm, &t_method, sizeof(MethodObj));
    if (!m)
        return VAL_NULL;
    m->func = func;
    m->self = self;
    return OBJ_VAL(m);
}

/* ------------------------------------------------------------------ cell */

static void cell_trace(Vm *vm, Obj *o) { gc_mark(vm, ((CellObj *)o)->value); }

const TypeObj t_cell = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "cell", .base = &t_object, .layout = K_CELL,
    .basicsize = sizeof(CellObj), .trace = cell_trace,
};

Value cell_new(Vm *vm, Value v)
{
    CellObj *c = (CellObj *)obj_alloc(vm, &t_cell, sizeof(CellObj));
    if (!c)
        return VAL_NULL;
    c->value = v;
    return OBJ_VAL(c);
}

/* ------------------------------------------------------------------ code */

static void code_trace(Vm *vm, Obj *o)
{
    CodeObj *c = (CodeObj *)o;
    for (uint32_t i = 0; i < c->nconsts; i++)
        gc_mark(vm, c->consts[i]);
    for (uint32_t i = 0; i < c->nnames; i++)
        gc_mark(vm, c->names[i]);
    for (uint32_t i = 0; i < c->nlocals; i++)
        gc_mark(vm, c->varnames[i]);
    for (uint32_t i = 0; i < c->ncellvars; i++)
        gc_mark(vm, c->cellvars[i]);
    for (uint32_t i = 0; i < c->nfreevars; i++)
        gc_mark(vm, c->freevars[i]);
    gc_mark(vm, c->name);
    gc_mark(vm, c->qualname);
    gc_mark(vm, c->filename);
    gc_mark(vm, c->source);
}

static void code_finalize(Vm *vm, Obj *o)
{
    CodeObj *c = (CodeObj *)o;
    mem_free(vm, c->code, sizeof(uint32_t) * c->ncode);
    mem_free(vm, c->consts, sizeof(Value) * c->nconsts);
    mem_free(vm, c->names, sizeof(Value) * c->nnames);
    mem_free(vm, c->varnames, sizeof(Value) * c->nlocals);
    mem_free(vm, c->cellvars, sizeof(Value) * c->ncellvars);
    mem_free(vm, c->freevars, sizeof(Value) * c->nfreevars);
    mem_free(vm, c->lines, sizeof(LineEntry) * c->nlines);
}

const TypeObj t_code = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "code", .base = &t_object, .layout = K_CODE,
    .basicsize = sizeof(CodeObj), .trace = code_trace, .finalize = code_finalize,
};

/* ---------------------------------------------------------------- module */

static void module_trace(Vm *vm, Obj *o)
{
    gc_mark(vm, ((ModuleObj *)o)->dict);
    gc_mark(vm, ((ModuleObj *)o)->name);
    gc_mark(vm, ((ModuleObj *)o)->code);
}

static Value module_getattr(Vm *vm, Value self, Value name)
{
    ModuleObj *m = (ModuleObj *)AS_OBJ(self);
    Value r = dict_get_str(vm, m->dict, name);
    if (r)
        return r;
    if (str_eq_cstr(name, "__dict__"))
        return m->dict;
    if (vm_exc_pending(vm))
        return VAL_NULL;
    /* not found: raise here so the generic path doesn't look at instance dicts */
    return vm_raise(vm, &t_AttributeError, "module '%S' has no attribute '%S'", m->name, name);
}

static Value module_repr(Vm *vm, Value v)
{
    ModuleObj *m = (ModuleObj *)AS_OBJ(v);
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, "<module '");
    sb_append_value_str(&sb, m->name);
    sb_append_cstr(&sb, "' (built-in)>");
    return sb_finish(&sb);
}

const TypeObj t_module = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "module", .base = &t_object, .layout = K_MODULE,
    .basicsize = sizeof(ModuleObj), .trace = module_trace, .getattr = module_getattr, .repr = module_repr,
};

Value module_new(Vm *vm, const char *name)
{
    ModuleObj *m = (ModuleObj *)obj_alloc(vm, &t_module, sizeof(ModuleObj));
    if (!m)
        return VAL_NULL;
    Value mv = OBJ_VAL(m);
    if (!(m->name = str_from_cstr(vm, name)) || !(m->dict = dict_new(vm)))
        return VAL_NULL;
    if (dict_set_cstr(vm, m->dict, "__name__", m->name) < 0)
        return VAL_NULL;
    return mv;
}

/* -------------------------------------------------------------- property */

static void property_trace(Vm *vm, Obj *o)
{
    PropertyObj *p = (PropertyObj *)o;
    gc_mark(vm, p->fget);
    gc_mark(vm, p->fset);
    gc_mark(vm, p->fdel);
    gc_mark(vm, p->doc);
}

static Value property_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Value a[4];
    if (arg_parse(vm, "property", args, nargs, kwnames, names, 0, 0, a) < 0)
        return VAL_NULL;
    PropertyObj *p = (PropertyObj *)obj_alloc(vm, type, type->basicsize);
    if (!p)
        return VAL_NULL;
    p->fget = a[0] ? a[0] : VAL_NONE;
    p->fset = a[1] ? a[1] : VAL_NONE;
    p->fdel = a[2] ? a[2] : VAL_NONE;
    p->doc = a[3] ? a[3] : VAL_NONE;
    return OBJ_VAL(p);
}

static Value property_copy_with(Vm *vm, Value self, int which, Value fn)
{
    PropertyObj *old = (PropertyObj *)AS_OBJ(self);
    PropertyObj *p = (PropertyObj *)obj_alloc(vm, AS_OBJ(self)->type, AS_OBJ(self)->type->basicsize);
    if (!p)
        return VAL_NULL;
    p->fget = old->fget;
    p->fset = old->fset;
    p->fdel = old->fdel;
    p->doc = old->doc;
    if (which == 0)
        p->fget = fn;
    else if (which == 1)
        p->fset = fn;
    else
        p->fdel = fn;
    return OBJ_VAL(p);
}

static Value property_getter(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "getter", nargs, kw, 2, 2) < 0)
        return VAL_NULL;
    return property_copy_with(vm, args[0], 0, args[1]);
}
static Value property_setter(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "setter", nargs, kw, 2, 2) < 0)
        return VAL_NULL;
    return property_copy_with(vm, args[0], 1, args[1]);
}
static Value property_deleter(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "deleter", nargs, kw, 2, 2) < 0)
        return VAL_NULL;
    return property_copy_with(vm, args[0], 2, args[1]);
}
static Value property_fget(Vm *vm, Value *args, int nargs, Value kw) { return ((PropertyObj *)AS_OBJ(args[0]))->fget; }
static Value property_fdel(Vm *vm, Value *args, int nargs, Value kw) { return ((PropertyObj *)AS_OBJ(args[0]))->fdel; }
static Value property_doc(Vm *vm, Value *args, int nargs, Value kw)
{
    PropertyObj *p = (PropertyObj *)AS_OBJ(args[0]);
    if (p->doc && p->doc != VAL_NONE)
        return p->doc;
    if (p->fget && p->fget != VAL_NONE) {
        Value d = obj_getattr_opt(vm, p->fget, vm_intern(vm, "__doc__", 7));
        if (d)
            return d;
        vm_exc_clear(vm);
    }
    return VAL_NONE;
}
static Value property_fset(Vm *vm, Value *args, int nargs, Value kw) { return ((PropertyObj *)AS_OBJ(args[0]))->fset; }
static Value property_get(Vm *vm, Value *args, int nargs, Value kw)
{
    if (nargs < 2 || args[1] == VAL_NONE)
        return args[0];
    PropertyObj *p = (PropertyObj *)AS_OBJ(args[0]);
    return vm_call(vm, p->fget, &args[1], 1, VAL_NULL);
}

static const BuiltinFunc property_methods[] = {
    BUILTIN_METHOD("getter", property_getter),
    BUILTIN_METHOD("setter", property_setter),
    BUILTIN_METHOD("deleter", property_deleter),
    BUILTIN_METHOD("__get__", property_get),
    BUILTIN_GETTER("fget", property_fget),
    BUILTIN_GETTER("fset", property_fset),
    BUILTIN_GETTER("fdel", property_fdel),
    BUILTIN_GETTER("__doc__", property_doc),
};

const TypeObj t_property = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "property", .base = &t_object, .layout = K_PROPERTY,
    .basicsize = sizeof(PropertyObj), .flags = TF_BASETYPE, .methods = property_methods,
    .nmethods = sizeof property_methods / sizeof property_methods[0], .new_ = property_new,
    .trace = property_trace,
};

/* -------------------------------------------------- staticmethod/classmethod */

static void wrapper_trace(Vm *vm, Obj *o) { gc_mark(vm, ((WrapperObj *)o)->func); }

static Value wrapper_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, type_name(type), nargs, kwnames, 1, 1) < 0)
        return VAL_NULL;
    WrapperObj *w = (WrapperObj *)obj_alloc(vm, type, type->basicsize);
    if (!w)
        return VAL_NULL;
    w->func = args[0];
    return OBJ_VAL(w);
}

static Value wrapper_func(Vm *vm, Value *args, int nargs, Value kw) { return ((WrapperObj *)AS_OBJ(args[0]))->func; }

static Value staticmethod_call(Vm *vm, Value self, Value *args, int nargs, Value kwnames)
{
    return vm_call(vm, ((WrapperObj *)AS_OBJ(self))->func, args, nargs, kwnames);
}

static const BuiltinFunc wrapper_methods[] = {
    BUILTIN_GETTER("__func__", wrapper_func),
};

const TypeObj t_staticmethod = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "staticmethod", .base = &t_object,
    .layout = K_STATICMETHOD, .basicsize = sizeof(WrapperObj), .flags = TF_BASETYPE,
    .methods = wrapper_methods, .nmethods = 1, .new_ = wrapper_new, .trace = wrapper_trace,
    .call = staticmethod_call,
};

const TypeObj t_classmethod = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "classmethod", .base = &t_object,
    .layout = K_CLASSMETHOD, .basicsize = sizeof(WrapperObj), .flags = TF_BASETYPE,
    .methods = wrapper_methods, .nmethods = 1, .new_ = wrapper_new, .trace = wrapper_trace,
};

/* ----------------------------------------------------------------- super */

static void super_trace(Vm *vm, Obj *o)
{
    SuperObj *s = (SuperObj *)o;
    gc_mark(vm, s->obj);
    if (s->type)
        gc_mark(vm, OBJ_VAL(s->type));
    if (s->obj_type)
        gc_mark(vm, OBJ_VAL(s->obj_type));
}

static Value super_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames))
        return vm_raise(vm, &t_TypeError, "super() takes no keyword arguments");
    Value cls, obj;
    if (nargs == 0) {
        /* zero-argument form: the calling frame's first argument and its __class__ cell */
        Frame *f = vm->frame;
        if (!f || !f->code || !(f->code->flags & CO_NEWLOCALS))
            return vm_raise(vm, &t_RuntimeError, "super(): no arguments");
        if (f->code->argcount == 0 && !(f->code->flags & CO_VARARGS))
            return vm_raise(vm, &t_RuntimeError, "super(): no arguments");
        obj = f->slots[0];
        if (!obj) {
            /* the first argument may have been moved into a cell */
            for (uint32_t i = 0; i < f->code->ncellvars; i++)
                if (str_eq(f->code->cellvars[i], f->code->varnames[0])) {
                    obj = ((CellObj *)AS_OBJ(FRAME_CELLS(f)[i]))->value;
                    break;
                }
        }
        if (!obj)
            return vm_raise(vm, &t_RuntimeError, "super(): arg[0] deleted");
        cls = VAL_NULL;
        for (uint32_t i = 0; i < f->code->nfreevars; i++)
            if (str_eq_cstr(f->code->freevars[i], "__class__")) {
                Value cell = FRAME_CELLS(f)[f->code->ncellvars + i];
                cls = ((CellObj *)AS_OBJ(cell))->value;
                break;
            }
        if (!cls)
            return vm_raise(vm, &t_RuntimeError, "super(): __class__ cell not found");
    } else if (nargs == 2 || nargs == 1) {
        cls = args[0];
        obj = nargs == 2 ? args[1] : VAL_NONE;
    } else {
        return vm_raise(vm, &t_TypeError, "super() takes at most 2 arguments (%d given)", nargs);
    }
    if (!IS_OBJ(cls) || !type_is_subtype(AS_OBJ(cls)->type, &t_type))
        return vm_raise(vm, &t_TypeError, "super() argument 1 must be a type, not %s", type_name_of(cls));
    const TypeObj *ct = (const TypeObj *)AS_OBJ(cls);
    const TypeObj *ot;
    if (IS_OBJ(obj) && type_is_subtype(AS_OBJ(obj)->type, &t_type) && type_is_subtype((const TypeObj *)AS_OBJ(obj), ct))
        ot = (const TypeObj *)AS_OBJ(obj);
    else if (type_is_subtype(TYPE_OF(obj), ct))
        ot = TYPE_OF(obj);
    else
        return vm_raise(vm, &t_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    SuperObj *s = (SuperObj *)obj_alloc(vm, &t_super, sizeof(SuperObj));
    if (!s)
        return VAL_NULL;
    s->type = ct;
    s->obj = obj;
    s->obj_type = ot;
    return OBJ_VAL(s);
}

Value slot_wrapper_lookup(Vm *vm, const TypeObj *t, Value name);

static Value super_getattr(Vm *vm, Value self, Value name)
{
    SuperObj *s = (SuperObj *)AS_OBJ(self);
    const TypeObj *start = s->obj_type;
    Value attr = VAL_NULL;
    /* search the MRO of obj_type after s->type */
    if (start->flags & TF_HEAPTYPE) {
        Value mro = start->mro;
        size_t i = 0, n = TUPLE_LEN(mro);
        while (i < n && (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[i]) != s->type)
            i++;
        for (i++; i < n && !attr; i++) {
            const TypeObj *t = (const TypeObj *)AS_OBJ(TUPLE_ITEMS(mro)[i]);
            if (t->flags & TF_HEAPTYPE) {
                attr = dict_get_str(vm, t->dict, name);
            } else {
                attr = type_lookup(vm, t, name);
                break;
            }
        }
    } else {
        const TypeObj *t = s->type->base;
        if (t)
            attr = type_lookup(vm, t, name);
    }
    if (!attr) {
        if (vm_exc_pending(vm))
            return VAL_NULL;
        return vm_raise(vm, &t_AttributeError, "'super' object has no attribute '%S'", name);
    }
    if (!IS_OBJ(attr))
        return attr;
    const TypeObj *at = AS_OBJ(attr)->type;
    bool is_class_access = s->obj == OBJ_VAL(s->obj_type);
    if (at == &t_function)
        return is_class_access ? attr : method_new(vm, attr, s->obj);
    if (at == &t_classmethod)
        return method_new(vm, ((WrapperObj *)AS_OBJ(attr))->func, OBJ_VAL(s->obj_type));
    if (at == &t_staticmethod)
        return ((WrapperObj *)AS_OBJ(attr))->func;
    if (at == &t_property) {
        PropertyObj *p = (PropertyObj *)AS_OBJ(attr);
        return vm_call(vm, p->fget, &s->obj, 1, VAL_NULL);
    }
    if (at == &t_builtin_function) {
        const BuiltinFunc *bf = (const BuiltinFunc *)AS_OBJ(attr);
        if (bf->kind == FN_METHOD && !bf->self)
            return builtin_bind(vm, bf, s->obj);
        if (bf->kind == FN_CLASS)
            return builtin_bind(vm, bf, OBJ_VAL(s->obj_type));
        if (bf->kind == FN_GETTER) {
            Value a = s->obj;
            return bf->fn(vm, &a, 1, VAL_NULL);
        }
    }
    return attr;
}

static Value super_repr(Vm *vm, Value v)
{
    SuperObj *s = (SuperObj *)AS_OBJ(v);
    char buf[200];
    snprintf(buf, sizeof buf, "<super: <class '%s'>, <%s object>>", type_name(s->type), type_name(s->obj_type));
    return str_from_cstr(vm, buf);
}

const TypeObj t_super = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "super", .base = &t_object, .layout = K_SUPER,
    .basicsize = sizeof(SuperObj), .new_ = super_new, .getattr = super_getattr, .trace = super_trace,
    .repr = super_repr,
};
