/* Corral core: values, objects and types.
 *
 * This header is the contract between every file in core/.  Nothing here is
 * public API (that is abi/include/corral.h); nothing here is global mutable
 * state: every function that allocates or raises takes the run (Vm *).
 *
 * VALUES.  A Value is one machine word:
 *   - small int:  low bit 1, the integer in the upper 63 bits (SMALLINT_MIN..MAX)
 *   - VAL_NULL:   0, "no value"; returned by functions to signal that an
 *                 exception is pending on vm->exc (like CPython's NULL)
 *   - object:     an 8-aligned pointer to an Obj.
 * None, True, False, Ellipsis and NotImplemented are immutable static
 * objects (VAL_NONE, ...).  Always go through the macros below so the
 * representation can change.
 *
 * ERRORS.  Functions returning Value return VAL_NULL with an exception set
 * (vm_raise*).  Functions returning int return -1 on error (0/1 otherwise)
 * unless documented differently.
 *
 * GC.  Precise mark and sweep, run only at VM safe points when no native
 * function is on the C stack (vm->native_depth == 0).  Therefore a native
 * function may keep Values in C locals freely while it runs, including
 * across vm_call() back into Python.  Objects flagged OBJ_FROZEN (static
 * objects and the constants/code of a compiled program) are never marked,
 * swept or written; they may only point to other frozen objects.
 */
#ifndef CORRAL_OBJECT_H
#define CORRAL_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uintptr_t Value;
typedef struct Vm Vm;
typedef struct Obj Obj;
typedef struct TypeObj TypeObj;

/* ---------------------------------------------------------------- values */

#define VAL_NULL ((Value)0)
#define SMALLINT_MAX ((int64_t)(((uint64_t)1 << 61) - 1))
#define SMALLINT_MIN (-SMALLINT_MAX - 1)
#define IS_SMALLINT(v) (((v) & 1) != 0)
#define SMALLINT_VALUE(v) ((int64_t)(intptr_t)(v) >> 1)
#define MAKE_SMALLINT(i) ((Value)(((uint64_t)(int64_t)(i) << 1) | 1))
#define SMALLINT_FITS(i) ((i) >= SMALLINT_MIN && (i) <= SMALLINT_MAX)
#define IS_OBJ(v) ((v) != 0 && ((v) & 7) == 0)
#define AS_OBJ(v) ((Obj *)(v))
#define OBJ_VAL(o) ((Value)(o))

/* ---------------------------------------------------------------- objects */

enum {
    OBJ_MARKED = 1u << 0, /* GC mark bit */
    OBJ_FROZEN = 1u << 1, /* static or program-owned: never marked/swept/mutated */
};

struct Obj {
    const TypeObj *type;
    Obj *gc_next;       /* the run's list of all heap objects */
    uint32_t gc_flags;  /* OBJ_MARKED, OBJ_FROZEN */
    uint32_t size;      /* allocated size of this object in bytes */
};

/* Static object header initializer (for const objects defined in C). */
#define STATIC_OBJ_HEADER(typeptr, structtype) \
    { (typeptr), NULL, OBJ_FROZEN, (uint32_t)sizeof(structtype) }

#define TYPE_OF(v) (IS_SMALLINT(v) ? &t_int : AS_OBJ(v)->type)

/* Layout kinds: what C struct an instance is.  A heap (user) type has the
 * layout of its nearest builtin base. */
typedef enum {
    K_OBJECT, K_TYPE, K_NONE, K_NOTIMPL, K_ELLIPSIS, K_BOOL, K_INT, K_FLOAT,
    K_COMPLEX, K_STR, K_BYTES, K_BYTEARRAY, K_LIST, K_TUPLE, K_DICT, K_SET,
    K_RANGE, K_SLICE, K_FUNC, K_BUILTIN, K_METHOD, K_CELL, K_CODE, K_GEN,
    K_MODULE, K_PROPERTY, K_STATICMETHOD, K_CLASSMETHOD, K_SUPER, K_EXC,
    K_ITER, K_DICTVIEW, K_OTHER
} ObjKind;

/* Native function calling convention (vectorcall-like).  args[0..nargs-1]
 * are positional; if kwnames != VAL_NULL it is a tuple of str and the
 * keyword values follow at args[nargs .. nargs+len(kwnames)-1].  For
 * methods args[0] is self.  Returns a new value or VAL_NULL on error. */
typedef Value (*NativeFn)(Vm *vm, Value *args, int nargs, Value kwnames);

enum {
    FN_METHOD = 0,       /* plain function or method: binds self on attribute access */
    FN_STATIC = 1,       /* staticmethod: no binding */
    FN_CLASS = 2,        /* classmethod: binds the type */
    FN_GETTER = 3,       /* data descriptor: fn(vm, &self, 1, NULL) computes the attribute */
    FN_UNBOUND = 4,      /* a method taken from its class (str.upper): 'self' holds the owner
                            type and calls check that args[0] is an instance of it */
};

/* builtin_function_or_method.  Static method tables are arrays of these. */
typedef struct BuiltinFunc {
    Obj hdr;
    const char *name;
    NativeFn fn;
    int kind;           /* FN_* */
    Value self;         /* bound self for builtin methods created at run time, or VAL_NULL */
    const void *data;   /* per-function data for natives that need it */
} BuiltinFunc;

#define BUILTIN_METHOD(nm, f) \
    { STATIC_OBJ_HEADER(&t_builtin_function, BuiltinFunc), nm, f, FN_METHOD, 0, NULL }
#define BUILTIN_STATIC(nm, f) \
    { STATIC_OBJ_HEADER(&t_builtin_function, BuiltinFunc), nm, f, FN_STATIC, 0, NULL }
#define BUILTIN_CLASSMETHOD(nm, f) \
    { STATIC_OBJ_HEADER(&t_builtin_function, BuiltinFunc), nm, f, FN_CLASS, 0, NULL }
#define BUILTIN_GETTER(nm, f) \
    { STATIC_OBJ_HEADER(&t_builtin_function, BuiltinFunc), nm, f, FN_GETTER, 0, NULL }

enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Type flags */
enum {
    TF_HEAPTYPE = 1u << 0,   /* created by a class statement */
    TF_BASETYPE = 1u << 1,   /* may be subclassed */
    TF_ABSTRACT_NEW = 1u << 2, /* cannot be instantiated from Python ("cannot create 'X' instances") */
    TF_SLOTS = 1u << 3,        /* __slots__ everywhere in the MRO: only the named attributes, no __dict__ */
};

struct TypeObj {
    Obj hdr;
    const char *name;          /* static types: the name; heap types: NULL (see name_v) */
    Value name_v;              /* heap types: str __name__ */
    Value qualname_v;          /* heap types: str __qualname__ */
    const TypeObj *base;       /* primary base (static single inheritance chain; layout) */
    Value bases;               /* heap types: tuple of bases */
    Value mro;                 /* heap types: tuple (C3); static: VAL_NULL (walk ->base) */
    Value dict;                /* heap types: dict of class attributes */
    const BuiltinFunc *methods; /* static types: method/getter table ... */
    uint32_t nmethods;          /* ... and its length */
    uint32_t flags;            /* TF_* */
    uint32_t layout;           /* ObjKind of instances */
    uint32_t basicsize;        /* instance size in bytes */
    uint32_t dict_offset;      /* offset of the instance's Value __dict__, 0 if none */
    const char *module;        /* "builtins" for static types unless set */

    /* Native slots.  NULL means "not supported" (or inherit via base where
     * the central dispatcher in object.c says so).  For heap types these are
     * inherited from the layout base at class creation; Python-level dunders
     * in the class dict take priority in the dispatchers. */
    Value (*repr)(Vm *vm, Value self);
    Value (*str)(Vm *vm, Value self);
    /* returns 0 and sets *out, or -1 on error */
    int (*hash)(Vm *vm, Value self, int64_t *out);
    /* returns a Value (possibly VAL_NOTIMPL) or VAL_NULL on error */
    Value (*richcompare)(Vm *vm, Value a, Value b, int op);
    Value (*iter)(Vm *vm, Value self);
    /* returns the next item; VAL_NULL with no exception pending = exhausted;
     * VAL_NULL with an exception = error */
    Value (*iternext)(Vm *vm, Value self);
    Value (*call)(Vm *vm, Value self, Value *args, int nargs, Value kwnames);
    /* constructor: type(...) for static types; args exclude the type */
    Value (*new_)(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames);
    /* len(): returns >=0, or -1 on error */
    int64_t (*len)(Vm *vm, Value self);
    Value (*getitem)(Vm *vm, Value self, Value key);
    /* value == VAL_NULL means delete; returns 0 or -1 */
    int (*setitem)(Vm *vm, Value self, Value key, Value value);
    /* returns 1/0, or -1 on error */
    int (*contains)(Vm *vm, Value self, Value item);
    /* truth value: 1/0, or -1 on error; NULL -> use len, else true */
    int (*truthy)(Vm *vm, Value self);
    /* GC: mark every Value the object holds with gc_mark() */
    void (*trace)(Vm *vm, Obj *self);
    /* free out-of-line buffers (not the object itself) */
    void (*finalize)(Vm *vm, Obj *self);
    /* attribute hooks for layouts with special attributes (modules, functions,
     * types); NULL uses the generic lookup. getattr returns VAL_NULL with no
     * exception set when the attribute is absent. */
    Value (*getattr)(Vm *vm, Value self, Value name);
    /* Binary operator for operands where this type is either side: called
     * first for type(a), then (if different) for type(b).  'op' is a BINOP_*
     * possibly + BINOP_INPLACE (mask with & 15 if in-place makes no
     * difference).  Returns VAL_NOTIMPL if the combination is not supported
     * (the dispatcher then raises "unsupported operand type(s) for +: 'int'
     * and 'str'"), VAL_NULL on error. */
    Value (*binop)(Vm *vm, int op, Value a, Value b);
    /* UNARY_NEG/POS/INVERT; VAL_NOTIMPL if unsupported ("bad operand type for unary -: 'str'") */
    Value (*unaryop)(Vm *vm, int op, Value a);
    /* heap types: which attribute hooks (HOOK_*) user classes of the MRO
     * define, valid while hook_version == vm->class_version + 1 */
    uint32_t hook_flags;
    uint64_t hook_version;
};

/* Attribute hooks cached per heap type (see type_hooks in object.c). */
enum { HOOK_GETATTRIBUTE = 1u << 0, HOOK_GETATTR = 1u << 1, HOOK_SETATTR = 1u << 2, HOOK_DELATTR = 1u << 3 };

/* --------------------------------------------------------- static singletons */

typedef struct { Obj hdr; } SingletonObj;
typedef struct { Obj hdr; int value; } BoolObj;

extern const SingletonObj corral_none, corral_notimpl, corral_ellipsis;
extern const BoolObj corral_true, corral_false;
#define VAL_NONE ((Value)&corral_none)
#define VAL_NOTIMPL ((Value)&corral_notimpl)
#define VAL_ELLIPSIS ((Value)&corral_ellipsis)
#define VAL_TRUE ((Value)&corral_true)
#define VAL_FALSE ((Value)&corral_false)
#define VAL_BOOL(b) ((b) ? VAL_TRUE : VAL_FALSE)
#define IS_BOOL(v) ((v) == VAL_TRUE || (v) == VAL_FALSE)

/* ------------------------------------------------------------ object structs */

typedef struct IntObj {      /* big integer; see bigint.c for the digit format */
    Obj hdr;
    int64_t ndigits;         /* number of digits; the sign is in 'negative' */
    int negative;
    uint32_t digits[];       /* little-endian base 2^32 magnitude, no leading zeros */
} IntObj;

typedef struct { Obj hdr; double value; } FloatObj;
typedef struct { Obj hdr; double real, imag; } ComplexObj;

typedef struct StrObj {
    Obj hdr;
    size_t len;              /* bytes of UTF-8 */
    size_t nchars;           /* code points */
    int64_t hash;            /* -1 until computed */
    uint8_t ascii;           /* all bytes < 0x80: index by byte */
    char data[];             /* NUL-terminated UTF-8 */
} StrObj;

typedef struct BytesObj {    /* bytes (immutable) */
    Obj hdr;
    size_t len;
    int64_t hash;
    uint8_t data[];          /* NUL-terminated for convenience */
} BytesObj;

typedef struct ByteArrayObj { Obj hdr; size_t len, cap; uint8_t *data; } ByteArrayObj;

typedef struct TupleObj { Obj hdr; size_t len; int64_t hash; Value items[]; } TupleObj;

typedef struct ListObj { Obj hdr; size_t len, cap; Value *items; } ListObj;

/* Insertion-ordered hash table shared by dict and set (see objdict.c). */
typedef struct DictEntry { int64_t hash; Value key; Value value; } DictEntry;
typedef struct HashTable {
    size_t used;             /* live entries */
    size_t nentries;         /* entries incl. deleted (key == VAL_NULL) */
    size_t entries_cap;
    size_t index_size;       /* power of two, 0 when empty */
    DictEntry *entries;
    int64_t *index;          /* -1 empty, -2 dummy, else entry position */
    uint64_t version;        /* bumped on every mutation (iteration safety) */
} HashTable;

typedef struct DictObj { Obj hdr; HashTable table; } DictObj;
typedef struct SetObj { Obj hdr; HashTable table; } SetObj;  /* value fields unused */

typedef struct RangeObj { Obj hdr; Value start, stop, step; int64_t len; int small; } RangeObj;
typedef struct SliceObj { Obj hdr; Value start, stop, step; } SliceObj;

typedef struct CellObj { Obj hdr; Value value; /* VAL_NULL = empty */ } CellObj;

/* code object flags */
enum {
    CO_VARARGS = 1u << 0,
    CO_VARKEYWORDS = 1u << 1,
    CO_GENERATOR = 1u << 2,
    CO_COROUTINE = 1u << 3,
    CO_NEWLOCALS = 1u << 4,   /* function scope (fast locals) vs module/class (dict) */
    CO_MODULE = 1u << 5,
    CO_CLASS_BODY = 1u << 6,
    CO_COMPREHENSION = 1u << 7,
    CO_ASYNC_GENERATOR = 1u << 8,
};

typedef struct LineEntry { uint32_t pc; uint32_t line; } LineEntry;

/* Bytecode: an array of 32-bit instructions, opcode in the low 8 bits and
 * the argument in the high 24 bits (see opcodes.h). */
typedef struct CodeObj {
    Obj hdr;
    uint32_t *code; uint32_t ncode;
    Value *consts; uint32_t nconsts;     /* str, int, float, complex, bytes, tuple, frozenset, None, bools, Ellipsis, code */
    Value *names; uint32_t nnames;       /* str: global/attribute/import names */
    Value *varnames; uint32_t nlocals;   /* str: fast locals; arguments first */
    Value *cellvars; uint32_t ncellvars; /* str: locals captured by inner scopes */
    Value *freevars; uint32_t nfreevars; /* str: captured from enclosing scopes */
    uint32_t argcount;       /* positional args incl. positional-only */
    uint32_t posonlyargcount;
    uint32_t kwonlyargcount;
    uint32_t flags;          /* CO_* */
    uint32_t stacksize;      /* max value-stack depth */
    uint32_t maxblocks;      /* max try-block nesting */
    Value name, qualname, filename;  /* str */
    uint32_t firstlineno;
    LineEntry *lines; uint32_t nlines;  /* sorted by pc: line of instructions from pc on */
    Value source;            /* str: whole source text (for traceback lines) or VAL_NULL */
} CodeObj;

typedef struct FuncObj {
    Obj hdr;
    CodeObj *code;
    Value globals;           /* dict */
    Value defaults;          /* tuple or VAL_NULL */
    Value kwdefaults;        /* dict or VAL_NULL */
    Value closure;           /* tuple of cells or VAL_NULL */
    Value name, qualname;    /* str */
    Value dict;              /* dict or VAL_NULL (function attributes) */
    Value doc;
    Value module;
    Value annotations;
} FuncObj;

typedef struct MethodObj { Obj hdr; Value func; Value self; } MethodObj;

typedef struct ModuleObj { Obj hdr; Value dict; Value name; Value code; /* Python modules: their code */ } ModuleObj;

typedef struct PropertyObj { Obj hdr; Value fget, fset, fdel, doc; } PropertyObj;
typedef struct WrapperObj { Obj hdr; Value func; } WrapperObj;   /* staticmethod / classmethod */
typedef struct SuperObj { Obj hdr; const TypeObj *type; Value obj; const TypeObj *obj_type; } SuperObj;

typedef struct ExcObj {
    Obj hdr;
    Value dict;              /* instance __dict__ (VAL_NULL until needed) */
    Value args;              /* tuple */
    Value traceback;         /* list of (CodeObj*, line) pairs as a list of 2-tuples, innermost last, or VAL_NULL */
    Value cause, context;    /* exception or VAL_NULL */
    int suppress_context;
    Value notes;             /* reserved */
} ExcObj;

/* Generic native iterator: each iterator type stores what it needs here. */
typedef struct IterObj {
    Obj hdr;
    Value seq;               /* the iterated object (or first helper value) */
    Value a, b, c;           /* extra state (e.g. function, second iterator) */
    int64_t index, end, step;
    uint64_t version;        /* hash-table version at creation (dict iterators) */
} IterObj;

typedef struct DictViewObj { Obj hdr; Value dict; } DictViewObj;

/* Heap instance of a user class whose layout base is object. */
typedef struct InstanceObj { Obj hdr; Value dict; } InstanceObj;

/* -------------------------------------------------------------- builtin types */

extern const TypeObj t_object, t_type, t_none, t_notimpl, t_ellipsis, t_bool,
    t_int, t_float, t_complex, t_str, t_bytes, t_bytearray, t_list, t_tuple, t_dict,
    t_set, t_frozenset, t_range, t_slice, t_function, t_builtin_function,
    t_method, t_cell, t_code, t_generator, t_coroutine, t_module, t_property,
    t_staticmethod, t_classmethod, t_super, t_dict_keys, t_dict_values,
    t_dict_items, t_list_iterator, t_tuple_iterator, t_range_iterator,
    t_str_iterator, t_bytes_iterator, t_dict_keyiterator, t_dict_valueiterator,
    t_dict_itemiterator, t_set_iterator, t_enumerate, t_zip, t_map, t_filter,
    t_reversed, t_list_reverseiterator, t_callable_iterator;

/* Exceptions: every CPython 3.11 builtin exception type as t_<Name>. */
#define CORRAL_EXCEPTION_TYPES(X) \
    X(BaseException, object) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(BaseExceptionGroup, BaseException) \
    X(Exception, BaseException) \
    X(ExceptionGroup, Exception) \
    X(StopIteration, Exception) \
    X(StopAsyncIteration, Exception) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(BufferError, Exception) \
    X(EOFError, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(FileNotFoundError, OSError) \
    X(PermissionError, OSError) \
    X(TimeoutError, OSError) \
    X(ConnectionError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(Warning, Exception) \
    X(UserWarning, Warning) \
    X(DeprecationWarning, Warning) \
    X(RuntimeWarning, Warning)

#define DECLARE_EXC_TYPE(name, base) extern const TypeObj t_##name;
CORRAL_EXCEPTION_TYPES(DECLARE_EXC_TYPE)
#undef DECLARE_EXC_TYPE

/* ------------------------------------------------------------- allocation */

/* Allocate a heap object of 'size' bytes (>= sizeof(Obj)) with its header
 * filled in; the rest is zeroed.  Accounts against the run's limits.
 * Returns NULL with MemoryError set on failure. */
Obj *obj_alloc(Vm *vm, const TypeObj *type, size_t size);
/* Raw accounted buffers for out-of-line storage (list items, hash tables).
 * mem_realloc(vm, p, old, new): new == 0 frees.  Returns NULL with
 * MemoryError set on failure (the old block is then untouched). */
void *mem_alloc(Vm *vm, size_t size);
void *mem_realloc(Vm *vm, void *p, size_t old_size, size_t new_size);
void mem_free(Vm *vm, void *p, size_t size);
/* Check up front that 'bytes' more can be allocated (size estimates for
 * huge results); raises MemoryError and returns -1 if not. */
int mem_check(Vm *vm, size_t bytes);
/* GC helper for trace slots */
void gc_mark(Vm *vm, Value v);

/* --------------------------------------------------------------- errors */

/* Raise an exception of 'type' with a printf-like message.  Formats:
 * %s (C string), %d (int), %ld (long), %lld (long long), %zd/%zu, %c,
 * %R (repr of a Value), %S (str of a Value), %T (type name of a Value), %%.
 * Always returns VAL_NULL so callers can 'return vm_raise(...)'. */
Value vm_raise(Vm *vm, const TypeObj *type, const char *fmt, ...);
/* Raise an existing exception instance or class. */
Value vm_raise_value(Vm *vm, Value exc);
/* Raise a prebuilt MemoryError (never allocates). */
Value vm_raise_memory(Vm *vm);
bool vm_exc_pending(Vm *vm);
/* True if the pending exception is an instance of 'type' (or subclass). */
bool vm_exc_matches(Vm *vm, const TypeObj *type);
void vm_exc_clear(Vm *vm);
/* Take ownership of the pending exception (clears it). */
Value vm_exc_fetch(Vm *vm);
/* Create an exception instance: type(*args) with args a tuple (or VAL_NULL). */
Value exc_new(Vm *vm, const TypeObj *type, Value args);
Value exc_new_msg(Vm *vm, const TypeObj *type, const char *msg);

/* --------------------------------------------------------------- calling */

/* Call any callable with positional args (and kwnames as in NativeFn).
 * Python functions run in a nested VM loop until they return. */
Value vm_call(Vm *vm, Value callable, Value *args, int nargs, Value kwnames);
/* Look up a method on obj's type and call it with obj prepended; if the
 * type has no such attribute, raises AttributeError. */
Value vm_call_method(Vm *vm, Value obj, const char *name, Value *args, int nargs);
/* Like vm_call_method but returns VAL_NULL *without* an exception when the
 * method does not exist (*found = 0). */
Value vm_call_method_opt(Vm *vm, Value obj, const char *name, Value *args, int nargs, int *found);
/* Parse arguments for natives: checks positional count in [min,max] and that
 * no keywords were passed; error messages in CPython's wording using 'fname'. */
int arg_check(Vm *vm, const char *fname, int nargs, Value kwnames, int min, int max);
/* General parser: names[] are parameter names (NULL-terminated), the first
 * 'npos_only' positional-only; fills out[] (VAL_NULL for missing optional
 * ones); 'nrequired' first are required.  Returns 0 or -1. */
int arg_parse(Vm *vm, const char *fname, Value *args, int nargs, Value kwnames,
              const char *const *names, int npos_only, int nrequired, Value *out);
/* Charge one unit of work inside long native loops: fuel, time, interrupt.
 * Returns -1 if a limit stopped the run (an exception-like stop is pending). */
int vm_tick(Vm *vm);
/* The frame limit the run was started with: the host's max_recursion, or
   CPython's default of 1000. */
uint32_t vm_start_recursion_limit(const Vm *vm);
/* Native work that runs no bytecode but scans 'bytes' of memory (substring
   search, ...): advances the time check's cadence so a loop of such calls
   cannot outrun the run's time limit.  Fuel is not charged.  0, or -1 with
   the limit stop raised. */
int vm_charge_work(Vm *vm, size_t bytes);

/* ------------------------------------------------------ generic protocols */

Value obj_repr(Vm *vm, Value v);               /* repr(v) -> str */
Value obj_str(Vm *vm, Value v);                /* str(v) -> str */
Value obj_ascii(Vm *vm, Value v);
int obj_hash(Vm *vm, Value v, int64_t *out);   /* TypeError: unhashable type: 'list' */
int obj_truthy(Vm *vm, Value v);               /* 1/0/-1 */
/* Rich comparison with CPython's reflected-operand rules; returns a Value
 * (VAL_TRUE/VAL_FALSE/any object) or VAL_NULL.  Ordering of unsupported
 * types raises "'<' not supported between instances of 'int' and 'str'". */
Value obj_richcompare(Vm *vm, Value a, Value b, int op);
int obj_richcompare_bool(Vm *vm, Value a, Value b, int op);  /* identity shortcut for EQ/NE */
int obj_eq(Vm *vm, Value a, Value b);          /* 1/0/-1, identity implies equal */
Value obj_getattr(Vm *vm, Value obj, Value name);   /* AttributeError wording as CPython */
Value obj_getattr_cstr(Vm *vm, Value obj, const char *name);
/* Returns VAL_NULL with no exception if missing (other errors propagate). */
Value obj_getattr_opt(Vm *vm, Value obj, Value name);
int obj_setattr(Vm *vm, Value obj, Value name, Value value);   /* value VAL_NULL = delete */
Value obj_getitem(Vm *vm, Value obj, Value key);
int obj_setitem(Vm *vm, Value obj, Value key, Value value);    /* value VAL_NULL = delete */
int64_t obj_len(Vm *vm, Value v);              /* TypeError: object of type 'int' has no len() */
Value obj_iter(Vm *vm, Value v);               /* TypeError: 'int' object is not iterable */
/* Next item; VAL_NULL + no exception = exhausted. */
Value obj_iternext(Vm *vm, Value it);
int obj_contains(Vm *vm, Value container, Value item);
Value obj_call(Vm *vm, Value callable, Value *args, int nargs, Value kwnames);
bool obj_is_callable(Value v);
/* Binary/unary operators; op is a BINOP_* from opcodes.h. */
Value obj_binary_op(Vm *vm, int op, Value a, Value b);
Value obj_unary_op(Vm *vm, int op, Value a);
/* Convert iterable to a new list. */
Value list_from_iterable(Vm *vm, Value iterable);
/* Index conversion: __index__ of ints; TypeError "'X' object cannot be interpreted as an integer" */
int obj_index(Vm *vm, Value v, int64_t *out);
Value obj_format(Vm *vm, Value v, Value spec);  /* format(v, spec) */
/* Name of v's type as C string (valid while v lives). */
const char *type_name_of(Value v);
const char *type_name(const TypeObj *t);

/* ------------------------------------------------------------------ types */

bool type_is_subtype(const TypeObj *a, const TypeObj *b);
bool obj_isinstance_type(Value v, const TypeObj *t);
#define IS_TYPE(v, tp) (IS_OBJ(v) && AS_OBJ(v)->type == (tp))
/* Look up an attribute along the MRO of 'type' (no descriptors applied);
 * returns VAL_NULL if absent (never raises). */
Value type_lookup(Vm *vm, const TypeObj *type, Value name);
Value type_lookup_cstr(Vm *vm, const TypeObj *type, const char *name);
/* An attribute defined in a heap (user) class of type's MRO, before any
 * builtin class; VAL_NULL if none (never raises, never allocates). */
Value type_heap_attr_cstr(Vm *vm, const TypeObj *type, const char *name);
bool is_exception_type(Value v);
bool is_exception_instance(Value v);

/* ------------------------------------------------------------------- int */

#define IS_INT(v) (IS_SMALLINT(v) || IS_TYPE(v, &t_int))
/* int or bool (or an int subclass) */
bool is_intlike(Value v);
Value int_from_i64(Vm *vm, int64_t i);
Value int_from_u64(Vm *vm, uint64_t u);
/* OverflowError "cannot convert float infinity to integer" / ValueError for nan */
Value int_from_double(Vm *vm, double d);
/* true and *out set if v fits in int64 */
bool int_to_i64(Value v, int64_t *out);
/* OverflowError "int too large to convert to float" */
int int_to_double(Vm *vm, Value v, double *out);
/* int(s, base): 'base' 0 or 2..36; whitespace and underscores as CPython;
 * ValueError "invalid literal for int() with base 10: 'x'"; 4300-digit limit
 * "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit" */
Value int_from_string(Vm *vm, const char *s, size_t len, int base);
/* Parse a Python int literal as written in source (prefixes 0x/0o/0b, no underscores, no sign). */
Value int_from_literal(Vm *vm, const char *s, size_t len);
/* str(int) / bin / oct / hex digits (base 2, 8, 10, 16), with sign, without
 * prefix; base 10 obeys the 4300-digit limit (ValueError
 * "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit") */
Value int_to_string(Vm *vm, Value v, int base);
Value int_add(Vm *vm, Value a, Value b);
Value int_sub(Vm *vm, Value a, Value b);
Value int_mul(Vm *vm, Value a, Value b);
Value int_floordiv(Vm *vm, Value a, Value b);  /* ZeroDivisionError "integer division or modulo by zero" */
Value int_mod(Vm *vm, Value a, Value b);       /* "integer modulo by zero" in 3.11? see bigint.c */
Value int_truediv(Vm *vm, Value a, Value b);   /* -> float; "division by zero" */
/* a ** b (b >= 0) or pow(a, b, m) with m != VAL_NULL; negative b without m returns a float */
Value int_pow(Vm *vm, Value a, Value b, Value m);
Value int_neg(Vm *vm, Value a);
Value int_abs(Vm *vm, Value a);
Value int_invert(Vm *vm, Value a);
Value int_lshift(Vm *vm, Value a, Value b);    /* ValueError "negative shift count" */
Value int_rshift(Vm *vm, Value a, Value b);
Value int_and(Vm *vm, Value a, Value b);
Value int_or(Vm *vm, Value a, Value b);
Value int_xor(Vm *vm, Value a, Value b);
int int_cmp(Value a, Value b);                 /* -1, 0, 1 */
int int_sign(Value a);
int64_t int_hash(Value a);                     /* CPython's: modulo 2^61-1, -1 -> -2 */
int64_t int_bit_length(Value a);
/* Normalize a bigint result: returns a small int if it fits. */
Value int_normalize(Vm *vm, IntObj *o);
/* Float comparisons with exact int semantics: cmp(int, double), -2 for nan */
int int_cmp_double(Value a, double d);

/* ----------------------------------------------------------------- float */

#define IS_FLOAT(v) (IS_OBJ(v) && AS_OBJ(v)->type == &t_float)
#define FLOAT_VALUE(v) (((FloatObj *)AS_OBJ(v))->value)
Value float_new(Vm *vm, double d);
/* Shortest repr that round-trips, exactly as CPython: '1.0', '1e+16', 'inf', 'nan', '-0.0' */
size_t float_repr_buf(double d, char *buf, size_t bufsize);
Value float_repr(Vm *vm, double d);
/* float(str): ValueError "could not convert string to float: 'x'" */
Value float_from_string(Vm *vm, Value str);
int64_t float_hash(double d);                  /* CPython's numeric hash */
/* round(x, ndigits) exactly as CPython (correctly rounded, half-even) */
Value float_round(Vm *vm, double x, Value ndigits);

/* ----------------------------------------------------------- formatting */

/* format.c: the format-spec mini-language, '%' formatting and str.format. */
/* format(v, spec) for int (and bool), float and str values; other types go
 * through __format__ in obj_format.  ValueError/TypeError as CPython:
 * "Unknown format code 'd' for object of type 'float'", "Invalid format specifier" */
Value format_int(Vm *vm, Value v, Value spec);
Value format_float(Vm *vm, double d, Value spec);
Value format_str(Vm *vm, Value s, Value spec);
/* fmt % args for str (args: a tuple, a mapping or a single value).
 * TypeError "not all arguments converted during string formatting",
 * "not enough arguments for format string", "%d format: a real number is required, not str" */
Value format_percent(Vm *vm, Value fmt, Value args);
/* fmt.format(*args, **kwargs) (args as NativeFn: args[0] is fmt).
 * IndexError "Replacement index 1 out of range for positional args tuple", KeyError 'x' */
Value format_str_method(Vm *vm, Value *args, int nargs, Value kwnames);

/* ------------------------------------------------------------------- str */

#define IS_STR(v) (IS_OBJ(v) && AS_OBJ(v)->type == &t_str)
#define AS_STR(v) ((StrObj *)AS_OBJ(v))
#define STR_DATA(v) (AS_STR(v)->data)
#define STR_LEN(v) (AS_STR(v)->len)
/* Copies len bytes of valid UTF-8 (not checked: callers guarantee validity). */
Value str_new(Vm *vm, const char *s, size_t len);
Value str_from_cstr(Vm *vm, const char *s);
/* Allocate an uninitialised str of 'len' bytes for the caller to fill, then str_finish. */
Value str_alloc(Vm *vm, size_t len);
void str_finish(Value s);    /* computes nchars/ascii after filling */
int64_t str_hash(Value s);
bool str_eq(Value a, Value b);
bool str_eq_cstr(Value a, const char *s);
int str_cmp(Value a, Value b);   /* code-point order */
Value str_concat(Vm *vm, Value a, Value b);
/* Python repr of a str: quotes and escapes exactly as CPython */
Value str_repr(Vm *vm, Value s);
/* Code point at index i (0 <= i < nchars) */
uint32_t str_char_at(Value s, size_t i);
/* Byte offset of code point index i */
size_t str_byte_offset(Value s, size_t i);
/* str of one code point */
Value str_from_codepoint(Vm *vm, uint32_t cp);
/* Encode one code point as UTF-8 into buf (4 bytes), returns length. */
int utf8_encode(uint32_t cp, char *buf);
/* Decode one code point at s (valid UTF-8), returns byte length. */
int utf8_decode(const char *s, uint32_t *cp);
/* Validate UTF-8; returns true if valid. */
bool utf8_valid(const char *s, size_t len);

/* A growable byte buffer for building strings (accounted). */
typedef struct StrBuf { Vm *vm; char *data; size_t len, cap; int failed; } StrBuf;
void sb_init(StrBuf *sb, Vm *vm);
int sb_append(StrBuf *sb, const char *s, size_t len);   /* -1 on MemoryError */
int sb_append_cstr(StrBuf *sb, const char *s);
int sb_append_char(StrBuf *sb, char c);
int sb_append_codepoint(StrBuf *sb, uint32_t cp);
int sb_append_value_str(StrBuf *sb, Value str);      /* appends a str Value's bytes */
Value sb_finish(StrBuf *sb);   /* -> str Value (frees buffer); VAL_NULL on error */
void sb_free(StrBuf *sb);

/* ----------------------------------------------------------------- bytes */

#define IS_BYTES(v) (IS_OBJ(v) && AS_OBJ(v)->type == &t_bytes)
#define AS_BYTES(v) ((BytesObj *)AS_OBJ(v))
Value bytes_new(Vm *vm, const uint8_t *data, size_t len);
Value bytes_repr(Vm *vm, Value b);   /* b'...' as CPython */

/* ----------------------------------------------------------------- tuple */

#define IS_TUPLE(v) (IS_OBJ(v) && AS_OBJ(v)->type == &t_tuple)
#define AS_TUPLE(v) ((TupleObj *)AS_OBJ(v))
#define TUPLE_LEN(v) (AS_TUPLE(v)->len)
#define TUPLE_ITEMS(v) (AS_TUPLE(v)->items)
Value tuple_new(Vm *vm, size_t len);               /* items VAL_NONE-filled */
Value tuple_from_array(Vm *vm, const Value *items, size_t len);
Value tuple_pack2(Vm *vm, Value a, Value b);

/* ------------------------------------------------------------------ list */

#define IS_LIST(v) (IS_OBJ(v) && AS_OBJ(v)->type == &t_list)
#define AS_LIST(v) ((ListObj *)AS_OBJ(v))
Value list_new(Vm *vm, size_t capacity);   /* empty list */
Value list_from_array(Vm *vm, const Value *items, size_t len);
int list_append(Vm *vm, Value list, Value item);
int list_extend(Vm *vm, Value list, Value iterable);
/* Sort in place with optional key function and reverse; stable (timsort or
 * merge sort); calls back into Python for key/__lt__. */
int list_sort(Vm *vm, Value list, Value key, bool reverse);

/* ------------------------------------------------------------------ dict */

#define IS_DICT(v) (IS_OBJ(v) && AS_OBJ(v)->type == &t_dict)
#define AS_DICT(v) ((DictObj *)AS_OBJ(v))
Value dict_new(Vm *vm);
/* Lookup: returns the value, or VAL_NULL (no exception) if missing; on error
 * VAL_NULL with an exception pending (check vm_exc_pending). */
Value dict_get(Vm *vm, Value dict, Value key);
Value dict_get_cstr(Vm *vm, Value dict, const char *key);   /* str keys only, never raises */
/* Fast path for str keys with a known hash; never calls Python. */
Value dict_get_str(Vm *vm, Value dict, Value strkey);
int dict_set(Vm *vm, Value dict, Value key, Value value);
int dict_set_cstr(Vm *vm, Value dict, const char *key, Value value);
/* Returns 1 if deleted, 0 if missing, -1 on error. */
int dict_del(Vm *vm, Value dict, Value key);
size_t dict_len(Value dict);
/* Iterate: *pos starts at 0; returns false at the end. */
bool dict_next(Value dict, size_t *pos, Value *key, Value *value);
Value dict_copy(Vm *vm, Value dict);
int dict_update(Vm *vm, Value dict, Value other);   /* other: mapping or iterable of pairs */

/* Hash table primitives (shared by dict and set). */
int ht_lookup(Vm *vm, HashTable *ht, Value key, int64_t hash, size_t *entry_pos); /* 1 found, 0 missing, -1 error */
int ht_insert(Vm *vm, HashTable *ht, Value key, int64_t hash, Value value);
int ht_delete(Vm *vm, HashTable *ht, Value key, int64_t hash);   /* 1/0/-1 */
void ht_free(Vm *vm, HashTable *ht);
void ht_clear(Vm *vm, HashTable *ht);

/* ------------------------------------------------------------------- set */

#define IS_SET(v) (IS_OBJ(v) && (AS_OBJ(v)->type == &t_set || AS_OBJ(v)->type == &t_frozenset))
Value set_new(Vm *vm, const TypeObj *type);   /* &t_set or &t_frozenset */
int set_add(Vm *vm, Value set, Value key);
int set_contains(Vm *vm, Value set, Value key);   /* 1/0/-1 */
int set_update(Vm *vm, Value set, Value iterable);

/* ------------------------------------------------------------ misc objects */

Value slice_new(Vm *vm, Value start, Value stop, Value step);
/* Compute start/stop/step/slicelength for a sequence of 'length' like
 * PySlice_GetIndicesEx; returns -1 on error (ValueError "slice step cannot be zero"). */
int slice_indices(Vm *vm, Value slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen);
Value range_new(Vm *vm, Value start, Value stop, Value step);
Value cell_new(Vm *vm, Value v);
Value method_new(Vm *vm, Value func, Value self);
Value builtin_new(Vm *vm, const char *name, NativeFn fn, Value self, const void *data);
Value module_new(Vm *vm, const char *name);

/* Sequence helpers shared by list/tuple/str: normalise an index (negative
 * from the end); returns -1 on IndexError with message "<what> index out of range". */
int seq_index(Vm *vm, Value index, int64_t len, const char *what, int64_t *out);

#endif
