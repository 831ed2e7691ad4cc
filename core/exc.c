/* Corral exceptions: CPython 3.11's builtin exception types, raising with
 * formatted messages, and traceback text exactly like CPython's. */
#include "vm.h"

#include <stdarg.h>
#include <stdio.h>

/* ------------------------------------------------------------ the types */

Value exc_traceback_object(Vm *vm, Value exc);
extern const TypeObj t_traceback;

static void exc_trace(Vm *vm, Obj *o)
{
    ExcObj *e = (ExcObj *)o;
    gc_mark(vm, e->dict);
    gc_mark(vm, e->args);
    gc_mark(vm, e->traceback);
    gc_mark(vm, e->cause);
    gc_mark(vm, e->context);
    gc_mark(vm, e->notes);
}

/* OSError(errno, strerror) constructs the subclass for errno, as CPython. */
static const TypeObj *oserror_subclass(Value *args, int nargs)
{
    int64_t err;
    if (nargs < 2 || !int_to_i64(args[0], &err))
        return NULL;
    switch (err) {
    case 2: return &t_FileNotFoundError;
    case 1: case 13: return &t_PermissionError;
    case 110: return &t_TimeoutError;
    case 32: case 103: case 104: case 111: return &t_ConnectionError;
    default: return NULL;
    }
}

static Value exc_new_slot(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) && !(type->flags & TF_HEAPTYPE))
        return vm_raise(vm, &t_TypeError, "%s() takes no keyword arguments", type_name(type));
    if (type == &t_OSError) {
        const TypeObj *sub = oserror_subclass(args, nargs);
        if (sub)
            type = sub;
    }
    ExcObj *e = (ExcObj *)obj_alloc(vm, type, type->basicsize);
    if (!e)
        return VAL_NULL;
    Value ev = OBJ_VAL(e);
    e->args = tuple_from_array(vm, args, (size_t)nargs);
    if (!e->args)
        return VAL_NULL;
    return ev;
}

static Value vm_str_printf(Vm *vm, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return str_from_cstr(vm, buf);
}

static Value exc_str(Vm *vm, Value v)
{
    ExcObj *e = (ExcObj *)AS_OBJ(v);
    size_t n = IS_TUPLE(e->args) ? TUPLE_LEN(e->args) : 0;
    if (type_is_subtype(AS_OBJ(v)->type, &t_KeyError) && n == 1)
        return obj_repr(vm, TUPLE_ITEMS(e->args)[0]);
    if (n >= 2 && n <= 3 && type_is_subtype(AS_OBJ(v)->type, &t_OSError) && is_intlike(TUPLE_ITEMS(e->args)[0])) {
        Value es = obj_str(vm, TUPLE_ITEMS(e->args)[0]);
        Value ms = es ? obj_str(vm, TUPLE_ITEMS(e->args)[1]) : VAL_NULL;
        Value fs = ms && n == 3 ? obj_repr(vm, TUPLE_ITEMS(e->args)[2]) : VAL_NULL;
        if (!ms || (n == 3 && !fs))
            return VAL_NULL;
        if (n == 3)
            return vm_str_printf(vm, "[Errno %s] %s: %s", STR_DATA(es), STR_DATA(ms), STR_DATA(fs));
        return vm_str_printf(vm, "[Errno %s] %s", STR_DATA(es), STR_DATA(ms));
    }
    if (n == 5 && type_is_subtype(AS_OBJ(v)->type, &t_UnicodeEncodeError)) {
        Value *a = TUPLE_ITEMS(e->args);
        int64_t start = 0, end = 0;
        if (IS_STR(a[0]) && IS_STR(a[1]) && int_to_i64(a[2], &start) && int_to_i64(a[3], &end) && IS_STR(a[4]) &&
            start >= 0 && (size_t)start < AS_STR(a[1])->nchars) {
            uint32_t cp = str_char_at(a[1], (size_t)start);
            char buf[128];
            if (end == start + 1) {
                if (cp < 0x100)
                    snprintf(buf, sizeof buf, "character '\\x%02x' in position %lld", cp, (long long)start);
                else if (cp < 0x10000)
                    snprintf(buf, sizeof buf, "character '\\u%04x' in position %lld", cp, (long long)start);
                else
                    snprintf(buf, sizeof buf, "character '\\U%08x' in position %lld", cp, (long long)start);
            } else {
                snprintf(buf, sizeof buf, "characters in position %lld-%lld", (long long)start, (long long)end - 1);
            }
            return vm_str_printf(vm, "'%s' codec can't encode %s: %s", STR_DATA(a[0]), buf, STR_DATA(a[4]));
        }
    }
    if (n == 5 && type_is_subtype(AS_OBJ(v)->type, &t_UnicodeDecodeError)) {
        /* (encoding, object, start, end, reason) */
        Value *a = TUPLE_ITEMS(e->args);
        int64_t start = 0, end = 0;
        if (IS_STR(a[0]) && IS_BYTES(a[1]) && int_to_i64(a[2], &start) && int_to_i64(a[3], &end) && IS_STR(a[4]) &&
            start >= 0 && (size_t)start < AS_BYTES(a[1])->len) {
            char buf[64];
            if (end == start + 1) {
                snprintf(buf, sizeof buf, "byte 0x%02x in position %lld", AS_BYTES(a[1])->data[start], (long long)start);
                return vm_str_printf(vm, "'%s' codec can't decode %s: %s", STR_DATA(a[0]), buf, STR_DATA(a[4]));
            }
            snprintf(buf, sizeof buf, "bytes in position %lld-%lld", (long long)start, (long long)end - 1);
            return vm_str_printf(vm, "'%s' codec can't decode %s: %s", STR_DATA(a[0]), buf, STR_DATA(a[4]));
        }
    }
    if (n == 0)
        return str_new(vm, "", 0);
    if (n == 1)
        return obj_str(vm, TUPLE_ITEMS(e->args)[0]);
    return obj_str(vm, e->args);
}

static Value exc_repr(Vm *vm, Value v)
{
    ExcObj *e = (ExcObj *)AS_OBJ(v);
    StrBuf sb;
    sb_init(&sb, vm);
    const TypeObj *t = AS_OBJ(v)->type;
    if ((t->flags & TF_HEAPTYPE) && t->name_v)
        sb_append_value_str(&sb, t->name_v);
    else
        sb_append_cstr(&sb, type_name(t));
    size_t n = IS_TUPLE(e->args) ? TUPLE_LEN(e->args) : 0;
    if (n == 1) {
        Value r = obj_repr(vm, TUPLE_ITEMS(e->args)[0]);
        if (!r) {
            sb_free(&sb);
            return VAL_NULL;
        }
        sb_append_cstr(&sb, "(");
        sb_append_value_str(&sb, r);
        sb_append_cstr(&sb, ")");
    } else {
        Value r = obj_repr(vm, e->args ? e->args : VAL_NONE);
        if (!r) {
            sb_free(&sb);
            return VAL_NULL;
        }
        if (n == 0)
            sb_append_cstr(&sb, "()");
        else
            sb_append_value_str(&sb, r);
    }
    return sb_finish(&sb);
}

static Value exc_init(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs < 1)
        return vm_raise(vm, &t_TypeError, "descriptor '__init__' of 'BaseException' object needs an argument");
    ExcObj *e = (ExcObj *)AS_OBJ(args[0]);
    Value t = tuple_from_array(vm, args + 1, (size_t)(nargs - 1));
    if (!t)
        return VAL_NULL;
    e->args = t;
    return VAL_NONE;
}

/* Traceback objects are opaque in Corral: they carry the recorded entries
 * (code, line) of an exception, and no frames. */
typedef struct TracebackObj { Obj hdr; Value entries; } TracebackObj;

static void traceback_trace(Vm *vm, Obj *o) { gc_mark(vm, ((TracebackObj *)o)->entries); }

static Value traceback_lineno(Vm *vm, Value *args, int nargs, Value kw)
{
    TracebackObj *tb = (TracebackObj *)AS_OBJ(args[0]);
    ListObj *l = AS_LIST(tb->entries);
    /* the outermost entry is the traceback's own line (it was recorded last) */
    return l->len ? TUPLE_ITEMS(l->items[l->len - 1])[1] : VAL_NONE;
}

static const BuiltinFunc traceback_methods[] = {
    BUILTIN_GETTER("tb_lineno", traceback_lineno),
};

const TypeObj t_traceback = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "traceback", .base = &t_object, .layout = K_OTHER,
    .basicsize = sizeof(TracebackObj), .methods = traceback_methods, .nmethods = 1, .trace = traceback_trace,
};

Value exc_traceback_object(Vm *vm, Value exc)
{
    if (!is_exception_instance(exc))
        return VAL_NONE;
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    if (!e->traceback || !IS_LIST(e->traceback) || AS_LIST(e->traceback)->len == 0)
        return VAL_NONE;
    TracebackObj *tb = (TracebackObj *)obj_alloc(vm, &t_traceback, sizeof(TracebackObj));
    if (!tb)
        return VAL_NULL;
    tb->entries = list_from_array(vm, AS_LIST(e->traceback)->items, AS_LIST(e->traceback)->len);
    return tb->entries ? OBJ_VAL(tb) : VAL_NULL;
}

static Value exc_with_traceback(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "with_traceback", nargs, kwnames, 2, 2) < 0)
        return VAL_NULL;
    ExcObj *e = (ExcObj *)AS_OBJ(args[0]);
    if (args[1] == VAL_NONE) {
        e->traceback = VAL_NULL;
    } else if (IS_TYPE(args[1], &t_traceback)) {
        Value l = ((TracebackObj *)AS_OBJ(args[1]))->entries;
        e->traceback = list_from_array(vm, AS_LIST(l)->items, AS_LIST(l)->len);
        if (!e->traceback)
            return VAL_NULL;
    } else {
        return vm_raise(vm, &t_TypeError, "__traceback__ must be a traceback or None");
    }
    return args[0];
}

static Value exc_add_note(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "add_note", nargs, kwnames, 2, 2) < 0)
        return VAL_NULL;
    if (!IS_STR(args[1]))
        return vm_raise(vm, &t_TypeError, "note must be a str, not '%s'", type_name_of(args[1]));
    ExcObj *e = (ExcObj *)AS_OBJ(args[0]);
    if (!e->notes && !(e->notes = list_new(vm, 1)))
        return VAL_NULL;
    return list_append(vm, e->notes, args[1]) < 0 ? VAL_NULL : VAL_NONE;
}

static Value exc_get_args(Vm *vm, Value *args, int nargs, Value kw) { return ((ExcObj *)AS_OBJ(args[0]))->args; }
static Value exc_get_cause(Vm *vm, Value *args, int nargs, Value kw)
{
    Value c = ((ExcObj *)AS_OBJ(args[0]))->cause;
    return c ? c : VAL_NONE;
}
static Value exc_get_context(Vm *vm, Value *args, int nargs, Value kw)
{
    Value c = ((ExcObj *)AS_OBJ(args[0]))->context;
    return c ? c : VAL_NONE;
}
static Value exc_get_suppress(Vm *vm, Value *args, int nargs, Value kw)
{
    return VAL_BOOL(((ExcObj *)AS_OBJ(args[0]))->suppress_context);
}
static Value exc_get_traceback(Vm *vm, Value *args, int nargs, Value kw)
{
    return exc_traceback_object(vm, args[0]);
}
static Value exc_get_notes(Vm *vm, Value *args, int nargs, Value kw)
{
    ExcObj *e = (ExcObj *)AS_OBJ(args[0]);
    if (!e->notes)
        return vm_raise(vm, &t_AttributeError, "'%s' object has no attribute '__notes__'", type_name_of(args[0]));
    return e->notes;
}
static Value exc_first_arg_or_none(Vm *vm, Value *args, int nargs, Value kw)
{
    ExcObj *e = (ExcObj *)AS_OBJ(args[0]);
    if (IS_TUPLE(e->args) && TUPLE_LEN(e->args) > 0)
        return TUPLE_ITEMS(e->args)[0];
    return VAL_NONE;
}

static const BuiltinFunc exc_methods[] = {
    BUILTIN_METHOD("__init__", exc_init),
    BUILTIN_METHOD("with_traceback", exc_with_traceback),
    BUILTIN_METHOD("add_note", exc_add_note),
    BUILTIN_GETTER("args", exc_get_args),
    BUILTIN_GETTER("__cause__", exc_get_cause),
    BUILTIN_GETTER("__context__", exc_get_context),
    BUILTIN_GETTER("__suppress_context__", exc_get_suppress),
    BUILTIN_GETTER("__traceback__", exc_get_traceback),
    BUILTIN_GETTER("__notes__", exc_get_notes),
};

static Value exc_dict_attr(Vm *vm, Value self, const char *key)
{
    ExcObj *e = (ExcObj *)AS_OBJ(self);
    Value v = e->dict ? dict_get_cstr(vm, e->dict, key) : VAL_NULL;
    return v ? v : VAL_NONE;
}
static Value exc_get_name(Vm *vm, Value *args, int nargs, Value kw) { return exc_dict_attr(vm, args[0], "name"); }
static Value exc_get_obj(Vm *vm, Value *args, int nargs, Value kw) { return exc_dict_attr(vm, args[0], "obj"); }
static Value exc_get_path(Vm *vm, Value *args, int nargs, Value kw) { return exc_dict_attr(vm, args[0], "path"); }
static Value exc_get_msg(Vm *vm, Value *args, int nargs, Value kw)
{
    ExcObj *e = (ExcObj *)AS_OBJ(args[0]);
    Value v = e->dict ? dict_get_cstr(vm, e->dict, "msg") : VAL_NULL;
    if (v)
        return v;
    return IS_TUPLE(e->args) && TUPLE_LEN(e->args) ? TUPLE_ITEMS(e->args)[0] : VAL_NONE;
}
static Value exc_get_syntax_attr(Vm *vm, Value *args, int nargs, Value kw)
{
    const BuiltinFunc *bf = (const BuiltinFunc *)AS_OBJ(vm->current_native);
    return exc_dict_attr(vm, args[0], bf->name);
}

static Value exc_arg_getter(Vm *vm, Value self, size_t index)
{
    ExcObj *e = (ExcObj *)AS_OBJ(self);
    if (IS_TUPLE(e->args) && TUPLE_LEN(e->args) > index)
        return TUPLE_ITEMS(e->args)[index];
    return VAL_NONE;
}
static Value oserror_errno(Vm *vm, Value *args, int nargs, Value kw)
{
    ExcObj *e = (ExcObj *)AS_OBJ(args[0]);
    return IS_TUPLE(e->args) && TUPLE_LEN(e->args) >= 2 ? TUPLE_ITEMS(e->args)[0] : VAL_NONE;
}
static Value oserror_strerror(Vm *vm, Value *args, int nargs, Value kw)
{
    ExcObj *e = (ExcObj *)AS_OBJ(args[0]);
    return IS_TUPLE(e->args) && TUPLE_LEN(e->args) >= 2 ? TUPLE_ITEMS(e->args)[1] : VAL_NONE;
}
static Value oserror_filename(Vm *vm, Value *args, int nargs, Value kw)
{
    ExcObj *e = (ExcObj *)AS_OBJ(args[0]);
    return IS_TUPLE(e->args) && TUPLE_LEN(e->args) >= 3 ? TUPLE_ITEMS(e->args)[2] : VAL_NONE;
}
static Value unicode_encoding(Vm *vm, Value *args, int nargs, Value kw) { return exc_arg_getter(vm, args[0], 0); }
static Value unicode_object(Vm *vm, Value *args, int nargs, Value kw) { return exc_arg_getter(vm, args[0], 1); }
static Value unicode_start(Vm *vm, Value *args, int nargs, Value kw) { return exc_arg_getter(vm, args[0], 2); }
static Value unicode_end(Vm *vm, Value *args, int nargs, Value kw) { return exc_arg_getter(vm, args[0], 3); }
static Value unicode_reason(Vm *vm, Value *args, int nargs, Value kw) { return exc_arg_getter(vm, args[0], 4); }

static const BuiltinFunc oserror_methods[] = {
    BUILTIN_GETTER("errno", oserror_errno),
    BUILTIN_GETTER("strerror", oserror_strerror),
    BUILTIN_GETTER("filename", oserror_filename),
};
static const BuiltinFunc unicodeerror_methods[] = {
    BUILTIN_GETTER("encoding", unicode_encoding),
    BUILTIN_GETTER("object", unicode_object),
    BUILTIN_GETTER("start", unicode_start),
    BUILTIN_GETTER("end", unicode_end),
    BUILTIN_GETTER("reason", unicode_reason),
};

static const BuiltinFunc importerror_methods[] = {
    BUILTIN_GETTER("name", exc_get_name),
    BUILTIN_GETTER("path", exc_get_path),
    BUILTIN_GETTER("msg", exc_get_msg),
};
static const BuiltinFunc nameerror_methods[] = {
    BUILTIN_GETTER("name", exc_get_name),
};
static const BuiltinFunc attributeerror_methods[] = {
    BUILTIN_GETTER("name", exc_get_name),
    BUILTIN_GETTER("obj", exc_get_obj),
};
static const BuiltinFunc syntaxerror_methods[] = {
    BUILTIN_GETTER("msg", exc_get_msg),
    BUILTIN_GETTER("filename", exc_get_syntax_attr),
    BUILTIN_GETTER("lineno", exc_get_syntax_attr),
    BUILTIN_GETTER("offset", exc_get_syntax_attr),
    BUILTIN_GETTER("text", exc_get_syntax_attr),
    BUILTIN_GETTER("end_lineno", exc_get_syntax_attr),
    BUILTIN_GETTER("end_offset", exc_get_syntax_attr),
};

/* ---------------------------------------------------- exception groups */

bool is_exception_group(Value v)
{
    return is_exception_instance(v) && (type_is_subtype(TYPE_OF(v), &t_BaseExceptionGroup) ||
                                        type_is_subtype(TYPE_OF(v), &t_ExceptionGroup));
}

/* The sub-exceptions of a group (a tuple). */
static Value group_exceptions(Vm *vm, Value g)
{
    ExcObj *e = (ExcObj *)AS_OBJ(g);
    if (!IS_TUPLE(e->args) || TUPLE_LEN(e->args) < 2)
        return tuple_new(vm, 0);
    Value ex = TUPLE_ITEMS(e->args)[1];
    if (IS_TUPLE(ex))
        return ex;
    Value l = list_from_iterable(vm, ex);
    return l ? tuple_from_array(vm, AS_LIST(l)->items, AS_LIST(l)->len) : VAL_NULL;
}

static Value group_new_checked(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames))
        return vm_raise(vm, &t_TypeError, "%s() takes no keyword arguments", type_name(type));
    if (nargs != 2)
        return vm_raise(vm, &t_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", nargs);
    if (!IS_STR(args[0]))
        return vm_raise(vm, &t_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                        type_name_of(args[0]));
    Value seq = args[1];
    if (!IS_LIST(seq) && !IS_TUPLE(seq))
        return vm_raise(vm, &t_TypeError, "second argument (exceptions) must be a sequence");
    Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : TUPLE_ITEMS(seq);
    size_t n = IS_LIST(seq) ? AS_LIST(seq)->len : TUPLE_LEN(seq);
    if (n == 0)
        return vm_raise(vm, &t_ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool all_exceptions = true;
    for (size_t i = 0; i < n; i++) {
        if (!is_exception_instance(items[i]))
            return vm_raise(vm, &t_ValueError, "Item %d of second argument (exceptions) is not an exception", (int)i);
        if (!type_is_subtype(TYPE_OF(items[i]), &t_Exception))
            all_exceptions = false;
    }
    if (type == &t_BaseExceptionGroup && all_exceptions)
        type = &t_ExceptionGroup;
    else if (type_is_subtype(type, &t_ExceptionGroup) && !all_exceptions)
        return vm_raise(vm, &t_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    ExcObj *e = (ExcObj *)obj_alloc(vm, type, type->basicsize);
    if (!e)
        return VAL_NULL;
    Value ev = OBJ_VAL(e);
    e->args = tuple_pack2(vm, args[0], seq);
    return e->args ? ev : VAL_NULL;
}

static Value group_message(Vm *vm, Value *args, int nargs, Value kw) { return exc_arg_getter(vm, args[0], 0); }
static Value group_exceptions_getter(Vm *vm, Value *args, int nargs, Value kw) { return group_exceptions(vm, args[0]); }

/* Does exception e satisfy a split condition (type, tuple of types or predicate)? */
static int group_condition(Vm *vm, Value cond, Value e)
{
    if (is_exception_type(cond) || IS_TUPLE(cond)) {
        if (IS_TUPLE(cond)) {
            for (size_t i = 0; i < TUPLE_LEN(cond); i++)
                if (is_exception_type(TUPLE_ITEMS(cond)[i]) &&
                    type_is_subtype(TYPE_OF(e), (const TypeObj *)AS_OBJ(TUPLE_ITEMS(cond)[i])))
                    return 1;
            return 0;
        }
        return type_is_subtype(TYPE_OF(e), (const TypeObj *)AS_OBJ(cond));
    }
    Value r = vm_call(vm, cond, &e, 1, VAL_NULL);
    return r ? obj_truthy(vm, r) : -1;
}

/* A new group like g (same type and message) with 'excs'. */
static Value group_derive(Vm *vm, Value g, Value excs)
{
    Value args[2] = {TUPLE_ITEMS(((ExcObj *)AS_OBJ(g))->args)[0], excs};
    const TypeObj *t = TYPE_OF(g);
    if (t->flags & TF_HEAPTYPE)
        t = type_is_subtype(t, &t_ExceptionGroup) ? &t_ExceptionGroup : &t_BaseExceptionGroup;
    Value r = group_new_checked(vm, t, args, 2, VAL_NULL);
    if (r) {
        ExcObj *src = (ExcObj *)AS_OBJ(g), *dst = (ExcObj *)AS_OBJ(r);
        dst->traceback = src->traceback;
        dst->cause = src->cause;
        dst->context = src->context;
        dst->notes = src->notes;
    }
    return r;
}

/* split: (match, rest), each a group or None; recursive over nested groups. */
int exc_group_split(Vm *vm, Value g, Value cond, Value *match, Value *rest)
{
    *match = *rest = VAL_NONE;
    int whole = group_condition(vm, cond, g);
    if (whole < 0)
        return -1;
    if (whole) {
        *match = g;
        return 0;
    }
    Value excs = group_exceptions(vm, g);
    Value ml = excs ? list_new(vm, 4) : VAL_NULL;
    Value rl = ml ? list_new(vm, 4) : VAL_NULL;
    if (!rl)
        return -1;
    for (size_t i = 0; i < TUPLE_LEN(excs); i++) {
        Value e = TUPLE_ITEMS(excs)[i], m = VAL_NONE, r = VAL_NONE;
        if (is_exception_group(e)) {
            if (exc_group_split(vm, e, cond, &m, &r) < 0)
                return -1;
        } else {
            int c = group_condition(vm, cond, e);
            if (c < 0)
                return -1;
            if (c)
                m = e;
            else
                r = e;
        }
        if (m != VAL_NONE && list_append(vm, ml, m) < 0)
            return -1;
        if (r != VAL_NONE && list_append(vm, rl, r) < 0)
            return -1;
    }
    if (AS_LIST(ml)->len && !(*match = group_derive(vm, g, ml)))
        return -1;
    if (AS_LIST(rl)->len && !(*rest = group_derive(vm, g, rl)))
        return -1;
    return 0;
}

static Value group_split(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "split", nargs - 1, kw, 1, 1) < 0)
        return VAL_NULL;
    Value m, r;
    if (exc_group_split(vm, args[0], args[1], &m, &r) < 0)
        return VAL_NULL;
    return tuple_pack2(vm, m, r);
}

static Value group_subgroup(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "subgroup", nargs - 1, kw, 1, 1) < 0)
        return VAL_NULL;
    Value m, r;
    if (exc_group_split(vm, args[0], args[1], &m, &r) < 0)
        return VAL_NULL;
    return m;
}

static Value group_derive_method(Vm *vm, Value *args, int nargs, Value kw)
{
    if (arg_check(vm, "derive", nargs - 1, kw, 1, 1) < 0)
        return VAL_NULL;
    return group_derive(vm, args[0], args[1]);
}

static Value group_str(Vm *vm, Value v)
{
    Value excs = group_exceptions(vm, v);
    Value msg = exc_arg_getter(vm, v, 0);
    if (!excs || !IS_STR(msg))
        return VAL_NULL;
    size_t n = TUPLE_LEN(excs);
    return vm_str_printf(vm, "%s (%zu sub-exception%s)", STR_DATA(msg), n, n == 1 ? "" : "s");
}

static const BuiltinFunc group_methods[] = {
    BUILTIN_GETTER("message", group_message),
    BUILTIN_GETTER("exceptions", group_exceptions_getter),
    BUILTIN_METHOD("split", group_split),
    BUILTIN_METHOD("subgroup", group_subgroup),
    BUILTIN_METHOD("derive", group_derive_method),
};

static const BuiltinFunc stopiteration_methods[] = {
    BUILTIN_GETTER("value", exc_first_arg_or_none),
};
static const BuiltinFunc systemexit_methods[] = {
    BUILTIN_GETTER("code", exc_first_arg_or_none),
};

#define EXC_TYPE_COMMON(nm, basetype) \
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = #nm, .base = &t_##basetype, .layout = K_EXC, \
    .basicsize = sizeof(ExcObj), .dict_offset = offsetof(ExcObj, dict), .flags = TF_BASETYPE, \
    .new_ = exc_new_slot, .repr = exc_repr, .str = exc_str, .trace = exc_trace

/* One definition per type of CORRAL_EXCEPTION_TYPES (object.h), in its order. */
const TypeObj t_BaseException = {EXC_TYPE_COMMON(BaseException, object), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_SystemExit = {EXC_TYPE_COMMON(SystemExit, BaseException), .methods = systemexit_methods, .nmethods = sizeof systemexit_methods / sizeof systemexit_methods[0]};
const TypeObj t_KeyboardInterrupt = {EXC_TYPE_COMMON(KeyboardInterrupt, BaseException), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_GeneratorExit = {EXC_TYPE_COMMON(GeneratorExit, BaseException), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_BaseExceptionGroup = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "BaseExceptionGroup", .base = &t_BaseException, .layout = K_EXC,
    .basicsize = sizeof(ExcObj), .dict_offset = offsetof(ExcObj, dict), .flags = TF_BASETYPE,
    .new_ = group_new_checked, .repr = exc_repr, .str = group_str, .trace = exc_trace,
    .methods = group_methods, .nmethods = sizeof group_methods / sizeof group_methods[0]};
const TypeObj t_Exception = {EXC_TYPE_COMMON(Exception, BaseException), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_ExceptionGroup = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "ExceptionGroup", .base = &t_Exception, .layout = K_EXC,
    .basicsize = sizeof(ExcObj), .dict_offset = offsetof(ExcObj, dict), .flags = TF_BASETYPE,
    .new_ = group_new_checked, .repr = exc_repr, .str = group_str, .trace = exc_trace,
    .methods = group_methods, .nmethods = sizeof group_methods / sizeof group_methods[0]};
const TypeObj t_StopIteration = {EXC_TYPE_COMMON(StopIteration, Exception), .methods = stopiteration_methods, .nmethods = sizeof stopiteration_methods / sizeof stopiteration_methods[0]};
const TypeObj t_StopAsyncIteration = {EXC_TYPE_COMMON(StopAsyncIteration, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_ArithmeticError = {EXC_TYPE_COMMON(ArithmeticError, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_FloatingPointError = {EXC_TYPE_COMMON(FloatingPointError, ArithmeticError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_OverflowError = {EXC_TYPE_COMMON(OverflowError, ArithmeticError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_ZeroDivisionError = {EXC_TYPE_COMMON(ZeroDivisionError, ArithmeticError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_AssertionError = {EXC_TYPE_COMMON(AssertionError, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_AttributeError = {EXC_TYPE_COMMON(AttributeError, Exception), .methods = attributeerror_methods, .nmethods = sizeof attributeerror_methods / sizeof attributeerror_methods[0]};
const TypeObj t_BufferError = {EXC_TYPE_COMMON(BufferError, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_EOFError = {EXC_TYPE_COMMON(EOFError, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_ImportError = {EXC_TYPE_COMMON(ImportError, Exception), .methods = importerror_methods, .nmethods = sizeof importerror_methods / sizeof importerror_methods[0]};
const TypeObj t_ModuleNotFoundError = {EXC_TYPE_COMMON(ModuleNotFoundError, ImportError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_LookupError = {EXC_TYPE_COMMON(LookupError, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_IndexError = {EXC_TYPE_COMMON(IndexError, LookupError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_KeyError = {EXC_TYPE_COMMON(KeyError, LookupError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_MemoryError = {EXC_TYPE_COMMON(MemoryError, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_NameError = {EXC_TYPE_COMMON(NameError, Exception), .methods = nameerror_methods, .nmethods = sizeof nameerror_methods / sizeof nameerror_methods[0]};
const TypeObj t_UnboundLocalError = {EXC_TYPE_COMMON(UnboundLocalError, NameError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_OSError = {EXC_TYPE_COMMON(OSError, Exception), .methods = oserror_methods, .nmethods = sizeof oserror_methods / sizeof oserror_methods[0]};
const TypeObj t_FileNotFoundError = {EXC_TYPE_COMMON(FileNotFoundError, OSError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_PermissionError = {EXC_TYPE_COMMON(PermissionError, OSError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_TimeoutError = {EXC_TYPE_COMMON(TimeoutError, OSError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_ConnectionError = {EXC_TYPE_COMMON(ConnectionError, OSError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_ReferenceError = {EXC_TYPE_COMMON(ReferenceError, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_RuntimeError = {EXC_TYPE_COMMON(RuntimeError, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_NotImplementedError = {EXC_TYPE_COMMON(NotImplementedError, RuntimeError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_RecursionError = {EXC_TYPE_COMMON(RecursionError, RuntimeError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_SyntaxError = {EXC_TYPE_COMMON(SyntaxError, Exception), .methods = syntaxerror_methods, .nmethods = sizeof syntaxerror_methods / sizeof syntaxerror_methods[0]};
const TypeObj t_IndentationError = {EXC_TYPE_COMMON(IndentationError, SyntaxError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_TabError = {EXC_TYPE_COMMON(TabError, IndentationError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_SystemError = {EXC_TYPE_COMMON(SystemError, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_TypeError = {EXC_TYPE_COMMON(TypeError, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_ValueError = {EXC_TYPE_COMMON(ValueError, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_UnicodeError = {EXC_TYPE_COMMON(UnicodeError, ValueError), .methods = unicodeerror_methods, .nmethods = sizeof unicodeerror_methods / sizeof unicodeerror_methods[0]};
const TypeObj t_UnicodeDecodeError = {EXC_TYPE_COMMON(UnicodeDecodeError, UnicodeError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_UnicodeEncodeError = {EXC_TYPE_COMMON(UnicodeEncodeError, UnicodeError), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_Warning = {EXC_TYPE_COMMON(Warning, Exception), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_UserWarning = {EXC_TYPE_COMMON(UserWarning, Warning), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_DeprecationWarning = {EXC_TYPE_COMMON(DeprecationWarning, Warning), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};
const TypeObj t_RuntimeWarning = {EXC_TYPE_COMMON(RuntimeWarning, Warning), .methods = exc_methods, .nmethods = sizeof exc_methods / sizeof exc_methods[0]};

/* ----------------------------------------------------------- raising */

Value exc_new(Vm *vm, const TypeObj *type, Value args)
{
    Value *items = args ? TUPLE_ITEMS(args) : NULL;
    int n = args ? (int)TUPLE_LEN(args) : 0;
    return type_call_impl(vm, OBJ_VAL(type), items, n, VAL_NULL);
}

Value exc_new_msg(Vm *vm, const TypeObj *type, const char *msg)
{
    Value s = str_from_cstr(vm, msg);
    if (!s)
        return VAL_NULL;
    return type_call_impl(vm, OBJ_VAL(type), &s, 1, VAL_NULL);
}

static int format_into(Vm *vm, StrBuf *sb, const char *fmt, va_list ap)
{
    char num[64];
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            sb_append_char(sb, *p);
            continue;
        }
        p++;
        switch (*p) {
        case 's': sb_append_cstr(sb, va_arg(ap, const char *)); break;
        case 'd': snprintf(num, sizeof num, "%d", va_arg(ap, int)); sb_append_cstr(sb, num); break;
        case 'c': sb_append_char(sb, (char)va_arg(ap, int)); break;
        case '%': sb_append_char(sb, '%'); break;
        case 'l':
            if (p[1] == 'l' && p[2] == 'd') {
                p += 2;
                snprintf(num, sizeof num, "%lld", va_arg(ap, long long));
            } else if (p[1] == 'd') {
                p += 1;
                snprintf(num, sizeof num, "%ld", va_arg(ap, long));
            }
            sb_append_cstr(sb, num);
            break;
        case 'z':
            if (p[1] == 'd')
                snprintf(num, sizeof num, "%zd", va_arg(ap, ptrdiff_t));
            else
                snprintf(num, sizeof num, "%zu", va_arg(ap, size_t));
            p++;
            sb_append_cstr(sb, num);
            break;
        case 'R': case 'S': {
            Value v = va_arg(ap, Value);
            Value s = *p == 'R' ? obj_repr(vm, v) : obj_str(vm, v);
            if (!s)
                return -1;
            sb_append_value_str(sb, s);
            break;
        }
        case 'T': sb_append_cstr(sb, type_name_of(va_arg(ap, Value))); break;
        default: sb_append_char(sb, '%'); sb_append_char(sb, *p); break;
        }
    }
    return 0;
}

static void set_context(Vm *vm, Value exc)
{
    /* implicit chaining: the exception being handled becomes __context__ */
    if (vm->exc_info && vm->exc_info != exc && is_exception_instance(exc)) {
        ExcObj *e = (ExcObj *)AS_OBJ(exc);
        if (!e->context) {
            /* avoid cycles */
            Value c = vm->exc_info;
            while (c) {
                if (c == exc)
                    return;
                c = ((ExcObj *)AS_OBJ(c))->context;
            }
            e->context = vm->exc_info;
        }
    }
}

Value vm_raise(Vm *vm, const TypeObj *type, const char *fmt, ...)
{
    StrBuf sb;
    sb_init(&sb, vm);
    va_list ap;
    va_start(ap, fmt);
    int r = format_into(vm, &sb, fmt, ap);
    va_end(ap);
    if (r < 0) {
        sb_free(&sb);
        return VAL_NULL;   /* the error raised while formatting stays pending */
    }
    Value msg = sb_finish(&sb);
    if (!msg)
        return VAL_NULL;
    Value exc = type_call_impl(vm, OBJ_VAL(type), &msg, 1, VAL_NULL);
    if (!exc)
        return VAL_NULL;
    set_context(vm, exc);
    vm->exc = exc;
    return VAL_NULL;
}

Value vm_raise_value(Vm *vm, Value exc)
{
    if (is_exception_type(exc)) {
        exc = type_call_impl(vm, exc, NULL, 0, VAL_NULL);
        if (!exc)
            return VAL_NULL;
    }
    if (!is_exception_instance(exc))
        return vm_raise(vm, &t_TypeError, "exceptions must derive from BaseException");
    set_context(vm, exc);
    vm->exc = exc;
    return VAL_NULL;
}

Value vm_raise_memory(Vm *vm)
{
    vm->exc = vm->memory_error;
    if (vm->memory_error) {
        ExcObj *e = (ExcObj *)AS_OBJ(vm->memory_error);
        e->traceback = VAL_NULL;
        e->context = VAL_NULL;
        e->cause = VAL_NULL;
    }
    return VAL_NULL;
}

bool vm_exc_pending(Vm *vm) { return vm->exc != VAL_NULL; }

bool vm_exc_matches(Vm *vm, const TypeObj *type)
{
    return vm->exc && type_is_subtype(TYPE_OF(vm->exc), type);
}

void vm_exc_clear(Vm *vm) { vm->exc = VAL_NULL; }

Value vm_exc_fetch(Vm *vm)
{
    Value e = vm->exc;
    vm->exc = VAL_NULL;
    return e;
}

/* ----------------------------------------------------------- traceback */

/* Source line 'line' (1-based) of 'source', stripped of surrounding whitespace. */
static void append_source_line(StrBuf *sb, Value source, uint32_t line)
{
    if (!source || !IS_STR(source))
        return;
    const char *p = STR_DATA(source), *end = p + STR_LEN(source);
    for (uint32_t l = 1; l < line && p < end; p++)
        if (*p == '\n')
            l++;
    if (p >= end)
        return;
    const char *e = p;
    while (e < end && *e != '\n')
        e++;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f'))
        p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\f'))
        e--;
    if (e == p)
        return;
    sb_append_cstr(sb, "    ");
    sb_append(sb, p, (size_t)(e - p));
    sb_append_char(sb, '\n');
}

static Value attribute_suggestion(Vm *vm, ExcObj *e);
Value obj_dir(Vm *vm, Value obj);

static void append_suggestion(Vm *vm, StrBuf *sb, Value exc)
{
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    if (!e->dict)
        return;
    Value s = VAL_NULL;
    if (type_is_subtype(TYPE_OF(exc), &t_NameError))
        s = dict_get_cstr(vm, e->dict, "__suggestion__");
    else if (type_is_subtype(TYPE_OF(exc), &t_AttributeError))
        s = attribute_suggestion(vm, e);
    if (s && IS_STR(s)) {
        sb_append_cstr(sb, ". Did you mean: '");
        sb_append_value_str(sb, s);
        sb_append_cstr(sb, "'?");
    }
}

static void append_exception_only(Vm *vm, StrBuf *sb, Value exc)
{
    const TypeObj *t = TYPE_OF(exc);
    if ((t->flags & TF_HEAPTYPE)) {
        Value mod = dict_get_cstr(vm, t->dict, "__module__");
        if (mod && IS_STR(mod) && !str_eq_cstr(mod, "__main__") && !str_eq_cstr(mod, "builtins")) {
            sb_append_value_str(sb, mod);
            sb_append_char(sb, '.');
        }
        sb_append_value_str(sb, t->qualname_v ? t->qualname_v : t->name_v);
    } else {
        sb_append_cstr(sb, type_name(t));
    }
    /* SyntaxError: the location block */
    if (type_is_subtype(t, &t_SyntaxError)) {
        ExcObj *e = (ExcObj *)AS_OBJ(exc);
        Value d = e->dict;
        Value msg = d ? dict_get_cstr(vm, d, "msg") : VAL_NULL;
        if (msg && IS_STR(msg)) {
            sb_append_cstr(sb, ": ");
            sb_append_value_str(sb, msg);
            sb_append_char(sb, '\n');
            return;
        }
    }
    Value s = obj_str(vm, exc);
    if (!s) {
        vm_exc_clear(vm);
        sb_append_cstr(sb, ": <exception str() failed>\n");
        return;
    }
    if (STR_LEN(s)) {
        sb_append_cstr(sb, ": ");
        sb_append_value_str(sb, s);
    }
    append_suggestion(vm, sb, exc);
    sb_append_char(sb, '\n');
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    if (e->notes && IS_LIST(e->notes)) {
        for (size_t i = 0; i < AS_LIST(e->notes)->len; i++) {
            Value n = AS_LIST(e->notes)->items[i];
            if (IS_STR(n)) {
                sb_append_value_str(sb, n);
                sb_append_char(sb, '\n');
            }
        }
    }
}

static void append_syntax_location(Vm *vm, StrBuf *sb, Value exc)
{
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    if (!e->dict)
        return;
    Value fn = dict_get_cstr(vm, e->dict, "filename");
    Value ln = dict_get_cstr(vm, e->dict, "lineno");
    Value text = dict_get_cstr(vm, e->dict, "text");
    Value off = dict_get_cstr(vm, e->dict, "offset");
    if (!fn || !ln || !IS_STR(fn))
        return;
    char buf[64];
    sb_append_cstr(sb, "  File \"");
    sb_append_value_str(sb, fn);
    int64_t line = 0;
    int_to_i64(ln, &line);
    snprintf(buf, sizeof buf, "\", line %lld\n", (long long)line);
    sb_append_cstr(sb, buf);
    if (text && IS_STR(text) && STR_LEN(text)) {
        const char *p = STR_DATA(text), *end = p + STR_LEN(text);
        while (end > p && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' '))
            end--;
        const char *start = p;
        while (start < end && (*start == ' ' || *start == '\t' || *start == '\f'))
            start++;
        if (start < end) {
            sb_append_cstr(sb, "    ");
            sb_append(sb, start, (size_t)(end - start));
            sb_append_char(sb, '\n');
            int64_t o = 0;
            if (off && int_to_i64(off, &o) && o > 0) {
                /* caret under the offending character (characters, not bytes) */
                int64_t stripped = 0;
                for (const char *q = p; q < start; q++)
                    stripped++;
                int64_t col = o - 1 - stripped;
                if (col < 0)
                    col = 0;
                sb_append_cstr(sb, "    ");
                for (int64_t i = 0; i < col; i++)
                    sb_append_char(sb, ' ');
                sb_append_cstr(sb, "^\n");
            }
        }
    }
}

/* Traceback frames of exc (without the header), innermost last. */
static void append_frames(Vm *vm, StrBuf *sb, Value exc)
{
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    ListObj *tb = AS_LIST(e->traceback);
    CodeObj *prev_code = NULL;
    int64_t prev_line = -1;
    size_t repeat = 0;
    /* entries were recorded while unwinding (innermost first): print outermost first */
    for (size_t k = tb->len; k-- > 0;) {
        Value ent = tb->items[k];
        CodeObj *code = (CodeObj *)AS_OBJ(TUPLE_ITEMS(ent)[0]);
        int64_t line = SMALLINT_VALUE(TUPLE_ITEMS(ent)[1]);
        if (code == prev_code && line == prev_line) {
            repeat++;
            if (repeat >= 3)
                continue;
        } else {
            if (repeat >= 3) {
                char buf[96];
                size_t more = repeat - 2;
                snprintf(buf, sizeof buf, "  [Previous line repeated %zu more time%s]\n", more, more == 1 ? "" : "s");
                sb_append_cstr(sb, buf);
            }
            repeat = 0;
        }
        prev_code = code;
        prev_line = line;
        char buf[64];
        sb_append_cstr(sb, "  File \"");
        sb_append_value_str(sb, code->filename);
        snprintf(buf, sizeof buf, "\", line %lld, in ", (long long)line);
        sb_append_cstr(sb, buf);
        sb_append_value_str(sb, code->name);
        sb_append_char(sb, '\n');
        append_source_line(sb, code->source, (uint32_t)line);
    }
    if (repeat >= 3) {
        char buf[96];
        size_t more = repeat - 2;
        snprintf(buf, sizeof buf, "  [Previous line repeated %zu more time%s]\n", more, more == 1 ? "" : "s");
        sb_append_cstr(sb, buf);
    }
}

static bool has_traceback(Value exc)
{
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    return e->traceback && IS_LIST(e->traceback) && AS_LIST(e->traceback)->len;
}

/* Exception-group nesting while printing, as CPython's traceback module:
 * every line of a group's report is indented two spaces per level and
 * carries a margin character ("| ", or "+ " on a top-level header). */
typedef struct PrintCtx { int group_depth; bool need_close; } PrintCtx;

static void emit(StrBuf *out, PrintCtx *ctx, const char *text, size_t len, char margin)
{
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *stop = eol ? eol + 1 : end;
        for (int i = 0; i < 2 * ctx->group_depth; i++)
            sb_append_char(out, ' ');
        if (ctx->group_depth) {
            sb_append_char(out, margin);
            sb_append_char(out, ' ');
        }
        sb_append(out, p, (size_t)(stop - p));
        p = stop;
    }
}

static void emit_cstr(StrBuf *out, PrintCtx *ctx, const char *text, char margin)
{
    emit(out, ctx, text, strlen(text), margin);
}

static void emit_buf(Vm *vm, StrBuf *out, PrintCtx *ctx, StrBuf *tmp, char margin)
{
    if (tmp->data)
        emit(out, ctx, tmp->data, tmp->len, margin);
    sb_free(tmp);
    sb_init(tmp, vm);
}

enum { MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10 };

static void format_exception(Vm *vm, StrBuf *out, PrintCtx *ctx, Value exc, int chain_depth);

static void format_single(Vm *vm, StrBuf *out, PrintCtx *ctx, Value exc)
{
    StrBuf tmp;
    sb_init(&tmp, vm);
    if (!is_exception_group(exc)) {
        if (has_traceback(exc)) {
            sb_append_cstr(&tmp, "Traceback (most recent call last):\n");
            append_frames(vm, &tmp, exc);
        }
        if (type_is_subtype(TYPE_OF(exc), &t_SyntaxError))
            append_syntax_location(vm, &tmp, exc);
        append_exception_only(vm, &tmp, exc);
        emit_buf(vm, out, ctx, &tmp, '|');
        sb_free(&tmp);
        return;
    }
    bool toplevel = ctx->group_depth == 0;
    if (toplevel)
        ctx->group_depth++;
    if (has_traceback(exc)) {
        emit_cstr(out, ctx, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
        append_frames(vm, &tmp, exc);
        emit_buf(vm, out, ctx, &tmp, '|');
    }
    append_exception_only(vm, &tmp, exc);
    emit_buf(vm, out, ctx, &tmp, '|');
    sb_free(&tmp);
    Value excs = group_exceptions(vm, exc);
    if (!excs) {
        vm_exc_clear(vm);
        return;
    }
    size_t count = TUPLE_LEN(excs);
    size_t n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    ctx->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool truncated = i >= MAX_GROUP_WIDTH;
        if (i == n - 1)
            ctx->need_close = true;   /* a nested group printed last closes for us */
        char title[64];
        if (truncated)
            snprintf(title, sizeof title, "...");
        else
            snprintf(title, sizeof title, "%zu", i + 1);
        for (int k = 0; k < 2 * ctx->group_depth; k++)
            sb_append_char(out, ' ');
        sb_append_cstr(out, i == 0 ? "+-" : "  ");
        sb_append_cstr(out, "+---------------- ");
        sb_append_cstr(out, title);
        sb_append_cstr(out, " ----------------\n");
        ctx->group_depth++;
        if (!truncated) {
            if (ctx->group_depth > MAX_GROUP_DEPTH)
                emit_cstr(out, ctx, "... (max_group_depth is 10)\n", '|');
            else
                format_exception(vm, out, ctx, TUPLE_ITEMS(excs)[i], 0);
        } else {
            char more[96];
            size_t rest = count - MAX_GROUP_WIDTH;
            snprintf(more, sizeof more, "and %zu more exception%s\n", rest, rest == 1 ? "" : "s");
            emit_cstr(out, ctx, more, '|');
        }
        if (i == n - 1 && ctx->need_close) {
            for (int k = 0; k < 2 * ctx->group_depth; k++)
                sb_append_char(out, ' ');
            sb_append_cstr(out, "+------------------------------------\n");
            ctx->need_close = false;
        }
        ctx->group_depth--;
    }
    if (toplevel)
        ctx->group_depth = 0;
}

static void format_exception(Vm *vm, StrBuf *out, PrintCtx *ctx, Value exc, int chain_depth)
{
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    if (chain_depth < 100) {
        if (e->cause && is_exception_instance(e->cause)) {
            format_exception(vm, out, ctx, e->cause, chain_depth + 1);
            emit_cstr(out, ctx, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if (e->context && is_exception_instance(e->context) && !e->suppress_context) {
            format_exception(vm, out, ctx, e->context, chain_depth + 1);
            emit_cstr(out, ctx, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
    }
    format_single(vm, out, ctx, exc);
}

Value vm_format_exception(Vm *vm, Value exc)
{
    if (!exc)
        exc = vm->exc;
    if (!exc)
        return str_new(vm, "", 0);
    Value saved = vm->exc;
    vm->exc = VAL_NULL;
    StrBuf sb;
    sb_init(&sb, vm);
    PrintCtx ctx = {0};
    format_exception(vm, &sb, &ctx, exc, 0);
    Value r = sb_finish(&sb);
    vm->exc = saved;
    return r;
}

/* Record that 'exc' passed through frame code at line (called innermost first while unwinding). */
void exc_add_traceback(Vm *vm, Value exc, CodeObj *code, uint32_t line)
{
    if (!is_exception_instance(exc) || exc == vm->memory_error)
        return;
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    Value saved = vm->exc;
    if (!e->traceback) {
        e->traceback = list_new(vm, 4);
        if (!e->traceback) {
            vm->exc = saved;
            return;
        }
    }
    Value ent = tuple_pack2(vm, OBJ_VAL(code), MAKE_SMALLINT(line));
    if (!ent || list_append(vm, e->traceback, ent) < 0) {
        vm->exc = saved;
        return;
    }
}

/* ---------------------------------------------------------- suggestions */

/* "Did you mean" suggestions with CPython 3.11's weighted Levenshtein
 * distance (case changes cost less than other edits; at most a third of
 * the characters may change). */
enum { SUGGEST_MAX_ITEMS = 750, SUGGEST_MAX_LEN = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z')
        b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t edit_distance(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
    size_t buffer[SUGGEST_MAX_LEN];
    if (an == bn && memcmp(a, b, an) == 0)
        return 0;
    while (an && bn && a[0] == b[0]) {
        a++; an--; b++; bn--;
    }
    while (an && bn && a[an - 1] == b[bn - 1]) {
        an--; bn--;
    }
    if (an == 0 || bn == 0)
        return (an + bn) * MOVE_COST;
    if (an > SUGGEST_MAX_LEN || bn > SUGGEST_MAX_LEN)
        return max_cost + 1;
    if (bn < an) {
        const char *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < an; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* Best candidate among 'items' (n str Values) for 'name', or VAL_NULL. */
static Value best_suggestion(Value name, const Value *items, size_t n)
{
    if (n >= SUGGEST_MAX_ITEMS)
        return VAL_NULL;
    Value best = VAL_NULL;
    size_t best_distance = (size_t)-1 / 2;
    for (size_t i = 0; i < n; i++) {
        Value item = items[i];
        if (!IS_STR(item) || str_eq(item, name))
            continue;
        size_t max_distance = (STR_LEN(name) + STR_LEN(item) + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance)
            max_distance = best_distance - 1;
        size_t d = edit_distance(STR_DATA(name), STR_LEN(name), STR_DATA(item), STR_LEN(item), max_distance);
        if (d > max_distance)
            continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

static Value suggestion_from_dict_keys(Vm *vm, Value name, Value dict)
{
    size_t n = dict_len(dict);
    if (n >= SUGGEST_MAX_ITEMS)
        return VAL_NULL;
    Value keys = list_new(vm, n);
    if (!keys)
        return VAL_NULL;
    size_t pos = 0;
    Value k, v;
    while (dict_next(dict, &pos, &k, &v))
        if (list_append(vm, keys, k) < 0)
            return VAL_NULL;
    return best_suggestion(name, AS_LIST(keys)->items, AS_LIST(keys)->len);
}

/* NameError raised in frame f: record the name and a suggestion now, while
 * the frame exists. */
void exc_attach_name_suggestion(Vm *vm, Value exc, Value name, Frame *f)
{
    if (!is_exception_instance(exc))
        return;
    Value saved = vm->exc;
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    if (!e->dict && !(e->dict = dict_new(vm)))
        goto done;
    if (dict_set_cstr(vm, e->dict, "name", name) < 0)
        goto done;
    Value s = VAL_NULL;
    if (f && f->code->nlocals)
        s = best_suggestion(name, f->code->varnames, f->code->nlocals);
    if (!s && f)
        s = suggestion_from_dict_keys(vm, name, f->locals ? f->locals : f->globals);
    if (!s && f && f->locals)
        s = suggestion_from_dict_keys(vm, name, f->globals);
    if (!s)
        s = suggestion_from_dict_keys(vm, name, vm->builtins);
    if (s)
        dict_set_cstr(vm, e->dict, "__suggestion__", s);
done:
    vm->exc = saved;
}

void exc_attach_attribute_info(Vm *vm, Value exc, Value obj, Value name)
{
    if (!is_exception_instance(exc))
        return;
    Value saved = vm->exc;
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    if (!e->dict && !(e->dict = dict_new(vm)))
        goto done;
    if (dict_set_cstr(vm, e->dict, "name", name) < 0 || dict_set_cstr(vm, e->dict, "obj", obj) < 0)
        goto done;
done:
    vm->exc = saved;
}

static Value attribute_suggestion(Vm *vm, ExcObj *e)
{
    Value name = dict_get_cstr(vm, e->dict, "name");
    Value obj = dict_get_cstr(vm, e->dict, "obj");
    if (!name || !obj || !IS_STR(name))
        return VAL_NULL;
    Value saved = vm->exc;
    Value l = obj_dir(vm, obj);
    Value r = VAL_NULL;
    if (l && list_sort(vm, l, VAL_NULL, false) == 0)
        r = best_suggestion(name, AS_LIST(l)->items, AS_LIST(l)->len);
    vm->exc = saved;
    return r;
}
