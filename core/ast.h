/* Corral AST: mirrors CPython 3.11's `ast` module node for node, so that
 * `ast.dump()` of CPython is the oracle for the parser (see tests/astdump).
 * All nodes, lists and strings live in one Arena owned by the caller of
 * parse_module(); nothing here is a heap object of the run.
 *
 * Positions: lineno is 1-based, col_offset is a 0-based UTF-8 byte offset,
 * exactly as CPython reports them.
 */
#ifndef CORRAL_AST_H
#define CORRAL_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------ arena */

typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *chunks;
    size_t used_bytes;        /* total bytes handed out */
    size_t limit_bytes;       /* 0 = unlimited; exceeding it fails the allocation */
    /* allocator hook (same shape as the run's); NULL = malloc/realloc/free */
    void *(*alloc)(void *user, void *ptr, size_t old_size, size_t new_size);
    void *alloc_user;
    int failed;               /* an allocation failed (MemoryError) */
} Arena;

void arena_init(Arena *a);
void *arena_alloc(Arena *a, size_t size);   /* zeroed, 8-aligned; NULL on failure */
char *arena_strdup(Arena *a, const char *s, size_t len);  /* NUL-terminated copy */
void arena_free(Arena *a);

/* ------------------------------------------------------------------ nodes */

typedef struct Node Node;
typedef struct { Node **items; int len; } NodeList;
typedef struct { const char *s; size_t len; } AstStr;   /* UTF-8, NUL-terminated */
typedef struct { AstStr *items; int len; } AstStrList;

typedef enum {
    /* mod */
    N_Module, N_Expression, N_Interactive,
    /* stmt */
    N_FunctionDef, N_AsyncFunctionDef, N_ClassDef, N_Return, N_Delete, N_Assign,
    N_AugAssign, N_AnnAssign, N_For, N_AsyncFor, N_While, N_If, N_With, N_AsyncWith,
    N_Match, N_Raise, N_Try, N_TryStar, N_Assert, N_Import, N_ImportFrom, N_Global,
    N_Nonlocal, N_Expr, N_Pass, N_Break, N_Continue,
    /* expr */
    N_BoolOp, N_NamedExpr, N_BinOp, N_UnaryOp, N_Lambda, N_IfExp, N_Dict, N_Set,
    N_ListComp, N_SetComp, N_DictComp, N_GeneratorExp, N_Await, N_Yield, N_YieldFrom,
    N_Compare, N_Call, N_FormattedValue, N_JoinedStr, N_Constant, N_Attribute,
    N_Subscript, N_Starred, N_Name, N_List, N_Tuple, N_Slice,
    /* helpers */
    N_comprehension, N_ExceptHandler, N_arguments, N_arg, N_keyword, N_alias,
    N_withitem, N_match_case,
    /* patterns */
    N_MatchValue, N_MatchSingleton, N_MatchSequence, N_MatchMapping, N_MatchClass,
    N_MatchStar, N_MatchAs, N_MatchOr,
    N__COUNT
} NodeKind;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;
typedef enum { BOOL_AND, BOOL_OR } BoolOpKind;
/* same order as BINOP_* in opcodes.h */
typedef enum { OP_ADD, OP_SUB, OP_MULT, OP_MATMULT, OP_DIV, OP_FLOORDIV, OP_MOD,
               OP_POW, OP_LSHIFT, OP_RSHIFT, OP_BITAND, OP_BITOR, OP_BITXOR } BinOpKind;
typedef enum { UOP_USUB, UOP_UADD, UOP_NOT, UOP_INVERT } UnaryOpKind;  /* same order as UNARY_* */
typedef enum { CMPOP_EQ, CMPOP_NOTEQ, CMPOP_LT, CMPOP_LTE, CMPOP_GT, CMPOP_GTE,
               CMPOP_IS, CMPOP_ISNOT, CMPOP_IN, CMPOP_NOTIN } CmpOpKind;

typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,      /* text: the literal as written minus underscores, e.g. "0x1F", "123" */
    CONST_FLOAT,    /* f */
    CONST_IMAG,     /* f is the imaginary part (literal "3j") */
    CONST_STR,      /* text: decoded UTF-8 (may contain NUL; use len) */
    CONST_BYTES     /* text: raw bytes */
} ConstKind;

struct Node {
    NodeKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct { NodeList body; } Module;                    /* also Interactive */
        struct { Node *body; } Expression;
        /* FunctionDef / AsyncFunctionDef */
        struct { AstStr name; Node *args; NodeList body; NodeList decorator_list; Node *returns; } FunctionDef;
        struct { AstStr name; NodeList bases; NodeList keywords; NodeList body; NodeList decorator_list; } ClassDef;
        struct { Node *value; } Return;                      /* value may be NULL */
        struct { NodeList targets; } Delete;
        struct { NodeList targets; Node *value; } Assign;
        struct { Node *target; BinOpKind op; Node *value; } AugAssign;
        struct { Node *target; Node *annotation; Node *value; int simple; } AnnAssign;
        /* For / AsyncFor */
        struct { Node *target; Node *iter; NodeList body; NodeList orelse; } For;
        struct { Node *test; NodeList body; NodeList orelse; } While;
        struct { Node *test; NodeList body; NodeList orelse; } If;
        /* With / AsyncWith; items are N_withitem */
        struct { NodeList items; NodeList body; } With;
        struct { Node *subject; NodeList cases; } Match;     /* cases: N_match_case */
        struct { Node *exc; Node *cause; } Raise;            /* both may be NULL */
        /* Try / TryStar; handlers are N_ExceptHandler */
        struct { NodeList body; NodeList handlers; NodeList orelse; NodeList finalbody; } Try;
        struct { Node *test; Node *msg; } Assert;
        struct { NodeList names; } Import;                   /* N_alias */
        struct { AstStr module; /* s == NULL if absent */ NodeList names; int level; } ImportFrom;
        struct { AstStrList names; } Global;                 /* also Nonlocal */
        struct { Node *value; } Expr;

        struct { BoolOpKind op; NodeList values; } BoolOp;
        struct { Node *target; Node *value; } NamedExpr;
        struct { Node *left; BinOpKind op; Node *right; } BinOp;
        struct { UnaryOpKind op; Node *operand; } UnaryOp;
        struct { Node *args; Node *body; } Lambda;
        struct { Node *test; Node *body; Node *orelse; } IfExp;
        /* keys[i] == NULL means `**values[i]` */
        struct { NodeList keys; NodeList values; } Dict;
        struct { NodeList elts; } Set;
        /* ListComp / SetComp / GeneratorExp: elt; DictComp: key + value */
        struct { Node *elt; Node *key; Node *value; NodeList generators; } Comp;
        struct { Node *value; } Await;
        struct { Node *value; } Yield;                       /* value may be NULL; also YieldFrom */
        struct { Node *left; int nops; CmpOpKind *ops; NodeList comparators; } Compare;
        struct { Node *func; NodeList args; NodeList keywords; } Call;
        /* conversion: -1 none, 's', 'r', 'a'; format_spec: N_JoinedStr or NULL */
        struct { Node *value; int conversion; Node *format_spec; } FormattedValue;
        struct { NodeList values; } JoinedStr;               /* N_Constant (str) and N_FormattedValue */
        struct { ConstKind kind; AstStr text; double f; int is_u; } Constant;
        struct { Node *value; AstStr attr; ExprContext ctx; } Attribute;
        struct { Node *value; Node *slice; ExprContext ctx; } Subscript;
        struct { Node *value; ExprContext ctx; } Starred;
        struct { AstStr id; ExprContext ctx; } Name;
        struct { NodeList elts; ExprContext ctx; } List;     /* also Tuple */
        struct { Node *lower; Node *upper; Node *step; } Slice;

        struct { Node *target; Node *iter; NodeList ifs; int is_async; } comprehension;
        struct { Node *type; AstStr name; /* s NULL if none */ NodeList body; } ExceptHandler;
        /* posonlyargs/args/kwonlyargs are N_arg; defaults align with the end of
         * posonlyargs+args; kw_defaults[i] is NULL when kwonlyargs[i] has none */
        struct { NodeList posonlyargs; NodeList args; Node *vararg; NodeList kwonlyargs;
                 NodeList kw_defaults; Node *kwarg; NodeList defaults; } arguments;
        struct { AstStr arg; Node *annotation; } arg;
        struct { AstStr arg; /* s NULL for **kwargs */ Node *value; } keyword;
        struct { AstStr name; AstStr asname; /* s NULL if absent */ } alias;
        struct { Node *context_expr; Node *optional_vars; } withitem;
        struct { Node *pattern; Node *guard; NodeList body; } match_case;

        struct { Node *value; } MatchValue;
        struct { ConstKind kind; } MatchSingleton;           /* CONST_NONE/TRUE/FALSE */
        struct { NodeList patterns; } MatchSequence;
        struct { NodeList keys; NodeList patterns; AstStr rest; } MatchMapping;
        struct { Node *cls; NodeList patterns; AstStrList kwd_attrs; NodeList kwd_patterns; } MatchClass;
        struct { AstStr name; } MatchStar;                   /* s NULL for `*_` */
        struct { Node *pattern; AstStr name; } MatchAs;      /* both may be NULL */
        struct { NodeList patterns; } MatchOr;
    } v;
};

/* ----------------------------------------------------------------- errors */

/* A compile-time error (lexer, parser or compiler), reported as CPython
 * would: type is "SyntaxError", "IndentationError" or "TabError";
 * lineno/offset are 1-based (offset counts characters, as CPython's
 * SyntaxError.offset); text is the offending source line (may be empty). */
typedef struct SyntaxErrorInfo {
    char type[32];
    char msg[256];
    int lineno, offset, end_lineno, end_offset;
    char text[512];
    int is_memory_error;     /* failure was an allocation failure, not bad syntax */
    int is_recursion_error;  /* nesting too deep for the parser ("too many nested parentheses" is a SyntaxError instead) */
} SyntaxErrorInfo;

/* Parse a whole module.  Returns the N_Module node, or NULL with *err
 * filled.  'filename' is used only for messages.  'max_nesting' bounds
 * nesting of brackets/blocks/expressions (0 = default 200 like CPython's
 * parser). */
Node *parse_module(Arena *arena, const char *source, size_t len, const char *filename,
                   int max_nesting, SyntaxErrorInfo *err);

/* Dump a node in the exact format of CPython's ast.dump(node) (no
 * attributes, no indent) into a malloc'd string.  Used by tests. */
char *ast_dump(const Node *node);

#endif
