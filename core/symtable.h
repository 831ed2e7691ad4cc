/* Scope analysis for the compiler (symtable.c).
 *
 * One Scope per module, class body, function, lambda and comprehension
 * (comprehensions are function scopes whose first argument is the implicit
 * iterator '.0', as in CPython 3.11).  Every name used in a scope gets a
 * Symbol whose 'scope' field tells the compiler which opcodes to use.
 * All memory comes from a Scratch arena (accounted through the run's
 * allocator) and is released in one go when compilation ends.
 */
#ifndef CORRAL_SYMTABLE_H
#define CORRAL_SYMTABLE_H

#include "vm.h"

/* ------------------------------------------------------- scratch arena */

typedef struct ScratchChunk ScratchChunk;
typedef struct Scratch {
    Vm *vm;
    ScratchChunk *chunks;
    int failed;               /* an allocation failed (MemoryError) */
} Scratch;

void scratch_init(Scratch *s, Vm *vm);
void *scratch_alloc(Scratch *s, size_t size);   /* zeroed; NULL on failure */
void scratch_free(Scratch *s);

/* ------------------------------------------------------------- scopes */

typedef enum {
    SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_LAMBDA, SCOPE_COMPREHENSION
} ScopeKind;

/* how the compiler accesses a name */
enum {
    SYM_UNRESOLVED = 0,
    SYM_LOCAL,            /* fast local (functions) or locals dict (module/class) */
    SYM_GLOBAL_EXPLICIT,  /* declared 'global' */
    SYM_GLOBAL_IMPLICIT,  /* not bound anywhere visible: globals then builtins */
    SYM_FREE,             /* bound in an enclosing function: a cell from the closure */
    SYM_CELL,             /* local captured by an inner scope */
};

/* what the source does with a name in a scope */
enum {
    DEF_LOCAL = 1u << 0,       /* assigned, deleted, imported, def/class name */
    DEF_PARAM = 1u << 1,
    DEF_GLOBAL = 1u << 2,      /* 'global' statement */
    DEF_NONLOCAL = 1u << 3,    /* 'nonlocal' statement (or walrus in a comprehension) */
    DEF_USE = 1u << 4,         /* loaded */
    DEF_FREE_PASS = 1u << 5,   /* only passed through to an inner scope */
    DEF_FREE_CLASS = 1u << 6,  /* class scope: also a free variable for inner scopes */
    DEF_ANNOT = 1u << 7,
    DEF_COMP_ITER = 1u << 8,
};

typedef struct Symbol {
    const char *name;
    size_t len;
    unsigned flags;
    int scope;                /* SYM_* */
    int fast_index;           /* compiler: index in varnames, -1 if none */
    const Node *decl;         /* the global/nonlocal statement, for error positions */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    Node *node;               /* the defining node (N_Module, N_FunctionDef, N_Lambda, N_ListComp...) */
    const char *name;         /* "top", function/class name, "<lambda>", "<listcomp>"... */
    size_t name_len;
    Scope *parent;
    Scope **children; int nchildren, children_cap;
    int child_cursor;         /* scope_child(): children are usually asked for in order */
    Symbol *syms; int nsyms, syms_cap;
    int *index; int index_size;   /* open-addressing hash over syms (power of two) */
    const char *class_name;   /* nearest enclosing class name for private-name mangling, or NULL */
    size_t class_name_len;
    bool is_generator;        /* contains yield */
    bool is_coroutine;        /* async def, or a comprehension containing await/async for */
    bool has_await;
    bool needs_class_closure; /* class body: provides the __class__ cell */
    bool has_varargs, has_varkw;
    /* parameters in varnames order (posonly, args, kwonly, *args, **kwargs),
     * as indexes into syms (syms may move while the table is built) */
    int *params; int nparams;
    /* sorted lists filled by the analysis */
    const Symbol **cellvars; int ncellvars;
    const Symbol **freevars; int nfreevars;
};

typedef struct SymTable {
    Vm *vm;
    Scratch *scratch;
    SyntaxErrorInfo *err;
    const char *source; size_t source_len;   /* for error text (may be NULL) */
    Scope *top;
    Scope *cur;
    int failed;               /* error reported in *err */
    int depth;                /* visitor recursion depth (bounded like CPython's) */
} SymTable;

/* CPython 3.11 allows 3 * its recursion limit of nested AST visits while
 * compiling; deeper code is a RecursionError. */
#define COMPILE_MAX_DEPTH 3000

/* Build and analyse the scopes of a module.  Returns 0, or -1 with *err
 * filled (st->err). */
int symtable_build(SymTable *st, Node *module);
/* The child scope created for 'node' (function, class, lambda, comprehension). */
Scope *scope_child(Scope *s, const Node *node);
Symbol *scope_lookup(Scope *s, const char *name, size_t len);
/* Private-name mangling (__x inside class C -> _C__x); returns name itself
 * when no mangling applies.  *out_len receives the length. */
const char *scope_mangle(Scratch *scratch, const char *class_name, size_t class_len,
                         const char *name, size_t len, size_t *out_len);
/* Fill a SyntaxErrorInfo as CPython would for a node position. */
void syntax_error_at(SyntaxErrorInfo *err, const char *source, size_t source_len,
                     int lineno, int col_offset, int end_lineno, int end_col_offset,
                     const char *msg);

#endif
