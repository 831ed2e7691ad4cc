/* Corral core: the run (Vm), frames and the interpreter loop.
 *
 * A Vm owns one run: its heap (every object allocated through its
 * allocator hook), its frames, limits, output buffer and pending
 * exception.  Nothing is global: two threads may drive two Vms at once.
 *
 * Frames live on the VM's own frame chain, not on the C stack: a
 * Python-to-Python call pushes a Frame and the loop in vm_execute()
 * continues.  Natives that call back into Python (vm_call) run a nested
 * loop that stops when the frame it pushed returns.
 */
#ifndef CORRAL_VM_H
#define CORRAL_VM_H

#include "object.h"
#include "ast.h"

typedef void *(*AllocFn)(void *user, void *ptr, size_t old_size, size_t new_size);
typedef uint64_t (*ClockFn)(void *user);   /* monotonic nanoseconds */

enum { BLOCK_TRY = 1, BLOCK_HANDLER = 2 };
typedef struct Block {
    uint32_t kind;
    uint32_t handler;     /* TRY: handler pc */
    uint32_t level;       /* value-stack depth to restore */
    Value saved_exc;      /* HANDLER: previously handled exception (or VAL_NULL) */
} Block;

typedef struct GenObj GenObj;

enum {
    FRAME_NESTED_ENTRY = 1u << 0,  /* returning from this frame ends a nested vm_execute */
    FRAME_INIT = 1u << 1,          /* __init__ call: result must be None; push 'self' instead */
    FRAME_DISCARD = 1u << 2,       /* the caller does not want the result */
    FRAME_GEN_FOR = 1u << 3,       /* generator resumed by FOR_ITER of the previous frame */
    FRAME_GEN_SEND = 1u << 4,      /* generator resumed by SEND of the previous frame */
    FRAME_GEN_CALL = 1u << 5,      /* generator resumed by gen.send()/next(gen) called from the previous frame */
    FRAME_CLASS_BODY = 1u << 6,    /* class body run by the loop: init_self holds (name, bases, metaclass) */
    FRAME_GEN_DRAIN = 1u << 7,     /* generator drained into the list init_self, then the caller's CALL re-runs */
};

typedef struct Frame {
    struct Frame *prev;
    CodeObj *code;
    FuncObj *func;          /* NULL for module code */
    Value globals;          /* dict */
    Value locals;           /* dict for module/class bodies, VAL_NULL for functions */
    Value init_self;        /* FRAME_INIT: the instance being initialised */
    GenObj *gen;            /* owning generator, or NULL */
    uint32_t pc;            /* index of the next instruction */
    uint32_t sp;            /* value-stack depth (stack = slots + nslots_fixed) */
    uint32_t nblocks;
    uint32_t flags;         /* FRAME_* */
    uint32_t nslots;        /* nlocals + ncells + nfree */
    uint32_t alloc_size;
    Block *blocks;          /* code->maxblocks entries, inside this allocation */
    Value slots[];          /* fast locals, then cells (cellvars, freevars), then the value stack */
} Frame;

#define FRAME_STACK(f) ((f)->slots + (f)->nslots)
#define FRAME_CELLS(f) ((f)->slots + (f)->code->nlocals)

/* Generator / coroutine */
enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };
struct GenObj {
    Obj hdr;
    Frame *frame;           /* NULL once finished */
    int state;
    Value name, qualname;
    Value saved_exc_info;   /* the generator's handled exception while suspended */
    Value caller_exc_info;  /* the resumer's handled exception while running */
};

/* Why vm_execute stopped */
typedef enum {
    VM_RETURN = 0,    /* the entry frame returned (result in *out) */
    VM_ERROR,         /* an exception escaped (vm->exc) */
    VM_LIMIT,         /* a limit stopped the run (vm->limit_kind) */
    VM_PAUSE,         /* a host call is pending (vm->pending) */
} VmStatus;

enum { PAUSE_NONE = 0, PAUSE_CALL, PAUSE_FUTURES, PAUSE_PRINT };

/* A host function declared at compile time: calling it pauses the run. */
typedef struct ExternalObj { Obj hdr; Value name; } ExternalObj;
extern const TypeObj t_external;

/* A host call answered as "pending": awaitable until the host resolves it. */
enum { FUTURE_PENDING = 0, FUTURE_DONE, FUTURE_FAILED };
typedef struct FutureObj { Obj hdr; uint64_t id; int state; Value value; } FutureObj;
extern const TypeObj t_future;

typedef enum {
    LIMIT_NONE = 0, LIMIT_MEMORY, LIMIT_ALLOCATIONS, LIMIT_TIME, LIMIT_FUEL,
    LIMIT_RECURSION, LIMIT_INTERRUPT
} LimitKind;

typedef struct VmOptions {
    AllocFn alloc; void *alloc_user;
    ClockFn clock; void *clock_user;
    size_t max_memory;          /* bytes, 0 = unlimited */
    uint64_t max_allocations;   /* 0 = unlimited */
    uint64_t max_time_ns;       /* 0 = unlimited */
    uint64_t max_fuel;          /* instructions, 0 = unlimited */
    uint32_t max_recursion;     /* frames, 0 = default 1000 */
    size_t gc_interval;         /* bytes allocated between collections, 0 = default */
    int pause_on_print;         /* each print() pauses the run (PAUSE_PRINT) */
    /* where print() goes; NULL = buffer on the run (vm->out) for the host to drain */
    void (*write)(void *user, const char *s, size_t len);
    void *write_user;
} VmOptions;

struct Vm {
    VmOptions opt;
    /* heap */
    Obj *heap;                  /* all collectable objects */
    size_t bytes_in_use;
    size_t peak_bytes;
    uint64_t allocations;       /* total allocations made */
    size_t bytes_since_gc;
    size_t gc_threshold;
    int native_depth;           /* natives on the C stack: GC only when 0 */
    int gc_disabled;
    /* limits */
    uint64_t fuel_used;
    uint64_t start_time_ns;
    uint32_t tick_counter;
    LimitKind limit_kind;
    volatile int interrupt_requested;
    /* execution */
    Frame *frame;               /* innermost frame */
    uint32_t depth;             /* frames on the chain */
    uint32_t max_depth;        /* sys.setrecursionlimit may lower it, never above vm_start_recursion_limit() */
    int c_depth;                /* nested vm_execute loops */
    Value exc;                  /* exception being raised, or VAL_NULL */
    Value exc_info;             /* exception being handled (for __context__), or VAL_NULL */
    Value memory_error;         /* preallocated MemoryError instance */
    Value builtins;             /* dict */
    Value modules;              /* dict: name -> module */
    Value main_globals;         /* dict */
    Value interned;             /* dict: str -> str (identifier interning) */
    Value extra_roots;          /* list of values kept alive for the host */
    /* output */
    char *out; size_t out_len, out_cap;
    /* misc */
    Value filename;
    Value source;               /* main source text (for tracebacks) */
    void *gc_state;             /* only during a collection */
    int repr_depth;             /* nesting of repr() of containers */
    /* recently freed frames by size class (64-byte steps), reused by calls;
     * they stay counted as allocated memory */
    Frame *frame_cache[64];
    uint8_t frame_cache_len[64];
    Value current_native;       /* the builtin function object being called (for natives with data) */
    uint64_t class_version;     /* bumped when any class attribute changes (attribute hook caches) */
    /* host interaction (see vm_step) */
    int pause_kind;             /* PAUSE_* of the last VM_PAUSE */
    int print_pause;            /* print() asked for a pause after it returns */
    Value pending_name;         /* PAUSE_CALL: host function name (str) */
    Value pending_args;         /* PAUSE_CALL: tuple */
    Value pending_kwargs;       /* PAUSE_CALL: dict */
    uint64_t pending_call_id;
    uint64_t next_call_id;
    Value futures;              /* dict: call id (int) -> Future, for unresolved and resolved futures */
    Value waiting;              /* PAUSE_FUTURES: list of awaited call ids */
};

Vm *vm_new(const VmOptions *opt);   /* NULL on allocation failure */
void vm_free(Vm *vm);
/* Continue a paused run: 'value' (or VAL_NULL) is the answer to a pending
 * host call; with 'throwing' the pending exception (vm->exc) is raised at
 * the call site instead. */
VmStatus vm_resume(Vm *vm, Value value, bool throwing, Value *result);
/* Create a future for a host call answered as pending. */
Value future_new(Vm *vm, uint64_t id);
/* Run code as the module __main__ (globals = vm->main_globals). */
VmStatus vm_run_module(Vm *vm, CodeObj *code, Value *result);
/* Parse and compile source into a code object; on a syntax error returns
 * NULL with *err filled and a SyntaxError pending on vm. */
CodeObj *vm_compile(Vm *vm, const char *src, size_t len, const char *filename, SyntaxErrorInfo *err);
/* vm_compile with 'await' allowed at module level (host-driven async runs). */
CodeObj *vm_compile_ex(Vm *vm, const char *src, size_t len, const char *filename, bool top_level_await,
                       SyntaxErrorInfo *err);
/* Format the pending/given exception with its traceback like CPython into a str. */
Value vm_format_exception(Vm *vm, Value exc);
/* Append to the run's output buffer (print). */
int vm_write_out(Vm *vm, const char *s, size_t len);
void gc_collect(Vm *vm);
void gc_free_object(Vm *vm, Obj *o);
void gc_free_all(Vm *vm);
void gc_mark_frame_chain(Vm *vm, Frame *f);
Value builtin_bind(Vm *vm, const BuiltinFunc *bf, Value self);
Value type_new_heap(Vm *vm, Value name, Value bases, Value ns, const TypeObj *metatype);
/* type_new_heap, optionally without running __set_name__/__init_subclass__
 * hooks (snapshot loading), with the class keywords for __init_subclass__ (a dict or VAL_NULL). */
Value type_new_heap_ex(Vm *vm, Value name, Value bases, Value ns, const TypeObj *metatype, bool run_hooks,
                       Value init_subclass_kwargs);
/* Frames for snapshot loading: allocate (slots zeroed, not linked) and free. */
Frame *vm_frame_new(Vm *vm, CodeObj *code, FuncObj *func, Value globals, Value locals);
void vm_frame_free(Vm *vm, Frame *f);
Value type_call_impl(Vm *vm, Value type, Value *args, int nargs, Value kwnames);
Value vm_call_class_body(Vm *vm, FuncObj *fn, Value ns);
Value vm_call_prepended(Vm *vm, Value fn, Value first, Value *args, int nargs, Value kwnames);
int build_class_begin(Vm *vm, Value *args, int nargs, Value kwnames, Value *ns_out, Value *info_out);
Value build_class_finish(Vm *vm, Value info, Value ns);
Value bi_build_class(Vm *vm, Value *args, int nargs, Value kwnames);
bool builtin_consumes_iterable(Value callable);
Value vm_exec_in_module(Vm *vm, CodeObj *code, Value globals);
/* Builtins and modules */
int builtins_init(Vm *vm);
Value import_module(Vm *vm, Value name);   /* ModuleNotFoundError "No module named 'x'" */
Value build_class(Vm *vm, Value *args, int nargs, Value kwnames);
/* Create a new str interned in the run (identifiers). */
Value vm_intern(Vm *vm, const char *s, size_t len);
/* Generators */
/* Resume a generator with v; VAL_NULL + no exception = exhausted, with the
 * return value (StopIteration.value) in *retval. */
Value gen_send(Vm *vm, Value gen, Value v, Value *retval);

/* ------------------------------------------------------------- compiler */

/* Compile a parsed module to a code object allocated in vm.  On error
 * returns NULL and fills *err (SyntaxError with CPython's message). */
CodeObj *compile_module(Vm *vm, Node *module, const char *filename, Value source, SyntaxErrorInfo *err);

#endif
