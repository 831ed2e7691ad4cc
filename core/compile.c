/* Bytecode compiler: AST (ast.h) + scopes (symtable.c) -> CodeObj.
 *
 * Each code object is built in a Unit: a flat list of instructions whose
 * jump arguments are label ids until assembly, which resolves labels to
 * absolute instruction indexes, computes the maximum stack depth and block
 * nesting by a flow pass over every reachable instruction, and builds the
 * line table.  'finally' bodies and other cleanups are compiled inline on
 * every exit path using a compile-time stack of frame blocks (FBlock).
 */
#include <stdio.h>
#include <string.h>

#include "compile_internal.h"
#include "opcodes.h"

#define MAX_FBLOCKS 20

typedef struct Instr {
    uint8_t op;
    uint8_t is_label_arg;
    uint32_t arg;
    int line;
} Instr;

typedef enum {
    FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_HANDLER, FB_HANDLER_CLEANUP, FB_WITH, FB_ASYNC_WITH, FB_POP_VALUE
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int continue_label, break_label;
    Node *node;          /* FB_FINALLY_TRY: the Try node; FB_HANDLER: the ExceptHandler */
} FBlock;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    Scope *scope;
    Instr *instrs; int ninstrs, instrs_cap;
    int *labels; int nlabels, labels_cap;
    Value *consts; int nconsts, consts_cap;
    Value *names; int nnames, names_cap;
    Value *varnames; int nvarnames;
    Value *cellnames; int ncellnames;
    Value *freenames; int nfreenames;
    Value names_map;        /* dict str -> index */
    Value str_consts;       /* dict str -> index */
    Value int_consts;       /* dict small int -> index */
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    Value name, qualname;
    int firstlineno;
    int line;
    uint32_t argcount, posonlyargcount, kwonlyargcount, flags;
    bool awaits;            /* an await was emitted (top-level await makes the module a coroutine) */
};

typedef struct Compiler {
    Vm *vm;
    Scratch scratch;
    SymTable st;
    SyntaxErrorInfo *err;
    const char *src; size_t srclen;
    Value filename;
    Value source;
    Unit *u;
    int failed;
    bool allow_top_level_await;
    bool future_annotations;   /* from __future__ import annotations */
    int depth;                 /* recursion depth of the compile_* visitors */
} Compiler;

/* ------------------------------------------------------------- errors */

static void nomem(Compiler *c) {
    if (c->failed) return;
    c->failed = 1;
    if (c->err) {
        memset(c->err, 0, sizeof *c->err);
        snprintf(c->err->type, sizeof c->err->type, "MemoryError");
        c->err->is_memory_error = 1;
    }
}

static bool too_deep(Compiler *c) {
    if (c->depth <= COMPILE_MAX_DEPTH) return false;
    if (!c->failed) {
        c->failed = 1;
        if (c->err) {
            memset(c->err, 0, sizeof *c->err);
            snprintf(c->err->type, sizeof c->err->type, "RecursionError");
            snprintf(c->err->msg, sizeof c->err->msg, "maximum recursion depth exceeded during compilation");
            c->err->is_recursion_error = 1;
        }
    }
    return true;
}

static void error_at(Compiler *c, const Node *n, const char *msg) {
    if (c->failed) return;
    c->failed = 1;
    syntax_error_at(c->err, c->src, c->srclen, n ? n->lineno : 1, n ? n->col_offset : 0,
                    n ? n->end_lineno : 1, n ? n->end_col_offset : 0, msg);
}

/* ------------------------------------------------------------ helpers */

static void *grow_array(Compiler *c, void *items, int len, int *cap, size_t elsize) {
    if (len < *cap) return items;
    int ncap = *cap ? *cap * 2 : 16;
    void *n = scratch_alloc(&c->scratch, (size_t)ncap * elsize);
    if (!n) { nomem(c); return NULL; }
    if (len) memcpy(n, items, (size_t)len * elsize);
    *cap = ncap;
    return n;
}

static Value intern(Compiler *c, const char *s, size_t len) {
    if (c->failed) return VAL_NULL;
    Value v = vm_intern(c->vm, s, len);
    if (!v) nomem(c);
    return v;
}

static Value intern_cstr(Compiler *c, const char *s) { return intern(c, s, strlen(s)); }

static bool is_function_scope(const Scope *s) {
    return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA || s->kind == SCOPE_COMPREHENSION;
}

/* mangle a private name for the current unit */
static const char *mangle(Compiler *c, const char *name, size_t len, size_t *out_len) {
    Scope *s = c->u->scope;
    const char *cls = s->kind == SCOPE_CLASS ? s->name : s->class_name;
    size_t cls_len = s->kind == SCOPE_CLASS ? s->name_len : s->class_name_len;
    const char *m = scope_mangle(&c->scratch, cls, cls_len, name, len, out_len);
    if (!m) { nomem(c); *out_len = len; return name; }
    return m;
}

/* ------------------------------------------------------------- emission */

static int emit(Compiler *c, int op, uint32_t arg) {
    if (c->failed) return -1;
    Unit *u = c->u;
    Instr *ni = grow_array(c, u->instrs, u->ninstrs, &u->instrs_cap, sizeof(Instr));
    if (!ni) return -1;
    u->instrs = ni;
    if (arg > INSTR_ARG_MAX) { error_at(c, NULL, "too many constants or names in one code object"); return -1; }
    Instr *in = &u->instrs[u->ninstrs++];
    in->op = (uint8_t)op;
    in->arg = arg;
    in->is_label_arg = 0;
    in->line = u->line;
    return 0;
}

static void emit_op(Compiler *c, int op) { emit(c, op, 0); }

static int new_label(Compiler *c) {
    if (c->failed) return 0;
    Unit *u = c->u;
    int *nl = grow_array(c, u->labels, u->nlabels, &u->labels_cap, sizeof(int));
    if (!nl) return 0;
    u->labels = nl;
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void bind_label(Compiler *c, int label) {
    if (c->failed) return;
    c->u->labels[label] = c->u->ninstrs;
}

static void emit_jump(Compiler *c, int op, int label) {
    if (emit(c, op, (uint32_t)label) == 0) c->u->instrs[c->u->ninstrs - 1].is_label_arg = 1;
}

static int add_const_raw(Compiler *c, Value v) {
    if (c->failed || !v) { if (!v) nomem(c); return 0; }
    Unit *u = c->u;
    Value *nc = grow_array(c, u->consts, u->nconsts, &u->consts_cap, sizeof(Value));
    if (!nc) return 0;
    u->consts = nc;
    u->consts[u->nconsts] = v;
    return u->nconsts++;
}

static int lookup_map(Compiler *c, Value *map, Value key) {
    if (!*map) {
        *map = dict_new(c->vm);
        if (!*map) { nomem(c); return -2; }
        return -1;
    }
    Value r = dict_get(c->vm, *map, key);
    if (r) return (int)SMALLINT_VALUE(r);
    if (vm_exc_pending(c->vm)) { vm_exc_clear(c->vm); nomem(c); return -2; }
    return -1;
}

static int add_const(Compiler *c, Value v) {
    if (c->failed) return 0;
    if (!v) { nomem(c); return 0; }
    Unit *u = c->u;
    Value *map = NULL;
    if (IS_STR(v)) map = &u->str_consts;
    else if (IS_SMALLINT(v)) map = &u->int_consts;
    if (map) {
        int k = lookup_map(c, map, v);
        if (k >= 0) return k;
        if (k == -2) return 0;
        int idx = add_const_raw(c, v);
        if (!c->failed && dict_set(c->vm, *map, v, MAKE_SMALLINT(idx)) < 0) nomem(c);
        return idx;
    }
    if (v == VAL_NONE || v == VAL_TRUE || v == VAL_FALSE || v == VAL_ELLIPSIS) {
        for (int i = 0; i < u->nconsts; i++)
            if (u->consts[i] == v) return i;
    }
    return add_const_raw(c, v);
}

static void emit_const(Compiler *c, Value v) {
    int k = add_const(c, v);
    emit(c, OP_LOAD_CONST, (uint32_t)k);
}

static int add_name(Compiler *c, Value name) {
    if (c->failed || !name) return 0;
    Unit *u = c->u;
    int k = lookup_map(c, &u->names_map, name);
    if (k >= 0) return k;
    if (k == -2) return 0;
    Value *nn = grow_array(c, u->names, u->nnames, &u->names_cap, sizeof(Value));
    if (!nn) return 0;
    u->names = nn;
    u->names[u->nnames] = name;
    if (dict_set(c->vm, u->names_map, name, MAKE_SMALLINT(u->nnames)) < 0) { nomem(c); return 0; }
    return u->nnames++;
}

static void emit_name_op(Compiler *c, int op, const char *name, size_t len) {
    Value v = intern(c, name, len);
    emit(c, op, (uint32_t)add_name(c, v));
}

static int deref_index(Compiler *c, Unit *u, Value name) {
    for (int i = 0; i < u->ncellnames; i++)
        if (u->cellnames[i] == name) return i;
    for (int i = 0; i < u->nfreenames; i++)
        if (u->freenames[i] == name) return u->ncellnames + i;
    return -1;
}

/* ------------------------------------------------------------- fblocks */

static int push_fblock(Compiler *c, const Node *n, FBlockKind kind, int cont, int brk, Node *node) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) {
        error_at(c, n, "too many statically nested blocks");
        return -1;
    }
    FBlock *fb = &u->fblocks[u->nfblocks++];
    fb->kind = kind;
    fb->continue_label = cont;
    fb->break_label = brk;
    fb->node = node;
    return 0;
}

static void pop_fblock(Compiler *c) {
    if (c->u->nfblocks > 0) c->u->nfblocks--;
}

/* ------------------------------------------------------------ units */

static Value str_concat3(Compiler *c, Value a, const char *mid, const char *b, size_t blen) {
    if (c->failed) return VAL_NULL;
    size_t alen = STR_LEN(a), mlen = strlen(mid);
    char *buf = scratch_alloc(&c->scratch, alen + mlen + blen + 1);
    if (!buf) { nomem(c); return VAL_NULL; }
    memcpy(buf, STR_DATA(a), alen);
    memcpy(buf + alen, mid, mlen);
    memcpy(buf + alen + mlen, b, blen);
    return intern(c, buf, alen + mlen + blen);
}

static Unit *push_unit(Compiler *c, Scope *scope, Value name, Value qualname, int firstlineno) {
    if (c->failed) return NULL;
    Unit *u = scratch_alloc(&c->scratch, sizeof(Unit));
    if (!u) { nomem(c); return NULL; }
    u->parent = c->u;
    u->scope = scope;
    u->name = name;
    u->qualname = qualname;
    u->firstlineno = firstlineno;
    u->line = firstlineno;
    c->u = u;
    /* varnames: parameters first, then other fast locals */
    if (is_function_scope(scope)) {
        u->varnames = scratch_alloc(&c->scratch, (size_t)(scope->nsyms + 1) * sizeof(Value));
        if (!u->varnames) { nomem(c); return u; }
        for (int i = 0; i < scope->nsyms; i++) scope->syms[i].fast_index = -1;
        for (int i = 0; i < scope->nparams; i++) {
            Symbol *sym = &scope->syms[scope->params[i]];
            sym->fast_index = u->nvarnames;
            u->varnames[u->nvarnames++] = intern(c, sym->name, sym->len);
        }
        for (int i = 0; i < scope->nsyms; i++) {
            Symbol *sym = &scope->syms[i];
            if (sym->scope == SYM_LOCAL && sym->fast_index < 0) {
                sym->fast_index = u->nvarnames;
                u->varnames[u->nvarnames++] = intern(c, sym->name, sym->len);
            }
        }
    }
    int ncell = scope->ncellvars + (scope->needs_class_closure ? 1 : 0);
    u->cellnames = scratch_alloc(&c->scratch, (size_t)(ncell + 1) * sizeof(Value));
    u->freenames = scratch_alloc(&c->scratch, (size_t)(scope->nfreevars + 1) * sizeof(Value));
    if (!u->cellnames || !u->freenames) { nomem(c); return u; }
    if (scope->needs_class_closure) u->cellnames[u->ncellnames++] = intern_cstr(c, "__class__");
    for (int i = 0; i < scope->ncellvars; i++)
        u->cellnames[u->ncellnames++] = intern(c, scope->cellvars[i]->name, scope->cellvars[i]->len);
    for (int i = 0; i < scope->nfreevars; i++)
        u->freenames[u->nfreenames++] = intern(c, scope->freevars[i]->name, scope->freevars[i]->len);
    return u;
}

/* --------------------------------------------------------------- assembly */

int compile_stack_effect(int op, uint32_t arg, int jump) {
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_ROT_THREE: case OP_DELETE_FAST: case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME: case OP_DELETE_DEREF: case OP_LOAD_ATTR: case OP_UNARY_OP: case OP_JUMP:
    case OP_GET_ITER: case OP_LIST_TO_TUPLE: case OP_POP_BLOCK: case OP_POP_EXCEPT:
    case OP_CHECK_EXC_MATCH: case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER: case OP_GET_AWAITABLE:
    case OP_SETUP_ANNOTATIONS: case OP_RETURN_GENERATOR: case OP_COPY_FREE_VARS:
        return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_GLOBAL: case OP_STORE_NAME: case OP_STORE_DEREF:
    case OP_DELETE_ATTR: case OP_BINARY_SUBSCR: case OP_BINARY_OP: case OP_COMPARE_OP: case OP_IS_OP:
    case OP_CONTAINS_OP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_RETURN_VALUE: case OP_LIST_APPEND: case OP_SET_ADD:
    case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_RERAISE:
    case OP_IMPORT_NAME: case OP_IMPORT_STAR: case OP_PRINT_EXPR:
        return -1;
    case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_GLOBAL: case OP_LOAD_NAME:
    case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_LOAD_CLOSURE: case OP_LOAD_METHOD:
    case OP_LOAD_BUILD_CLASS: case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH: case OP_WITH_EXCEPT:
    case OP_IMPORT_FROM: case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
        return 1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_MATCH_CLASS:
        return -2;
    case OP_STORE_SUBSCR:
        return -3;
    case OP_BUILD_SLICE: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        return 1 - (int)arg;
    case OP_BUILD_MAP: return 1 - 2 * (int)arg;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_UNPACK_SEQUENCE: return (int)arg - 1;
    case OP_UNPACK_EX: return (int)(arg & 0xff) + (int)(arg >> 8);
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_CALL: return -(int)arg;
    case OP_CALL_KW: case OP_CALL_METHOD: return -(int)arg - 1;
    case OP_CALL_METHOD_KW: return -(int)arg - 2;
    case OP_CALL_EX: return (arg & 1) ? -2 : -1;
    case OP_MAKE_FUNCTION: {
        int n = 0;
        for (int b = 0; b < 4; b++) n += (arg >> b) & 1;
        return -n;
    }
    case OP_SETUP_TRY: return jump ? 1 : 0;
    case OP_RAISE_VARARGS: return -(int)arg;
    case OP_SEND: return jump ? -1 : 0;
    default: return 0;
    }
}

static bool is_jump_op(int op) {
    switch (op) {
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER: case OP_SETUP_TRY: case OP_SEND:
        return true;
    default: return false;
    }
}

static bool is_terminator(int op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS;
}

static int block_effect(int op) {
    if (op == OP_SETUP_TRY) return 1;
    if (op == OP_POP_BLOCK || op == OP_POP_EXCEPT) return -1;
    return 0;
}

/* Flow pass: exact max stack depth and block nesting over reachable code. */
static void flow_analysis(Compiler *c, Unit *u, uint32_t *stacksize, uint32_t *maxblocks) {
    int n = u->ninstrs;
    int *depth = scratch_alloc(&c->scratch, (size_t)(n + 1) * 2 * sizeof(int));
    int *work = scratch_alloc(&c->scratch, (size_t)(n + 1) * sizeof(int));
    if (!depth || !work) { nomem(c); return; }
    int *blocks = depth + n + 1;
    for (int i = 0; i <= n; i++) depth[i] = -1;
    int nwork = 0, maxd = 0, maxb = 0, mismatch = -1;
    if (n > 0) { depth[0] = 0; blocks[0] = 0; work[nwork++] = 0; }
    while (nwork > 0) {
        int pc = work[--nwork];
        int d = depth[pc], b = blocks[pc];
        for (;;) {
            if (pc >= n) break;
            Instr *in = &u->instrs[pc];
            if (is_jump_op(in->op)) {
                int target = (int)in->arg;
                int td = d + compile_stack_effect(in->op, in->arg, 1);
                int tb = b + block_effect(in->op);
                if (td > maxd) maxd = td;
                if (tb > maxb) maxb = tb;
                if (target >= 0 && target <= n && depth[target] < 0) {
                    depth[target] = td;
                    blocks[target] = tb;
                    work[nwork++] = target;
                } else if (target >= 0 && target <= n && (depth[target] != td || blocks[target] != tb)) {
                    mismatch = pc;
                }
            }
            if (is_terminator(in->op)) break;
            d += compile_stack_effect(in->op, in->arg, 0);
            b += block_effect(in->op);
            if (d > maxd) maxd = d;
            if (b > maxb) maxb = b;
            pc++;
            if (pc < n && depth[pc] >= 0) {
                if (depth[pc] != d || blocks[pc] != b) mismatch = pc;
                break;
            }
            if (pc <= n) { depth[pc] = d; blocks[pc] = b; }
        }
    }
    if (mismatch >= 0) {
        /* a compiler bug: paths disagree about the stack; refuse to emit bad code */
        char msg[96];
        snprintf(msg, sizeof msg, "internal compiler error: inconsistent stack depth at instruction %d", mismatch);
        error_at(c, NULL, msg);
    }
    *stacksize = (uint32_t)maxd;
    *maxblocks = (uint32_t)maxb;
}

static Value *copy_values(Compiler *c, const Value *src, int n) {
    if (n == 0) return NULL;
    Value *dst = mem_alloc(c->vm, (size_t)n * sizeof(Value));
    if (!dst) { nomem(c); return NULL; }
    memcpy(dst, src, (size_t)n * sizeof(Value));
    return dst;
}

static CodeObj *assemble(Compiler *c) {
    Unit *u = c->u;
    if (c->failed) return NULL;
    /* resolve labels */
    for (int i = 0; i < u->ninstrs; i++) {
        Instr *in = &u->instrs[i];
        if (in->is_label_arg) {
            int pc = u->labels[in->arg];
            if (pc < 0) pc = u->ninstrs;   /* unreachable dangling label: never taken */
            in->arg = (uint32_t)pc;
            in->is_label_arg = 0;
        }
    }
    uint32_t stacksize = 0, maxblocks = 0;
    flow_analysis(c, u, &stacksize, &maxblocks);
    if (c->failed) return NULL;
    CodeObj *co = (CodeObj *)obj_alloc(c->vm, &t_code, sizeof(CodeObj));
    if (!co) { nomem(c); return NULL; }
    co->ncode = (uint32_t)u->ninstrs;
    co->code = u->ninstrs ? mem_alloc(c->vm, (size_t)u->ninstrs * sizeof(uint32_t)) : NULL;
    if (u->ninstrs && !co->code) { nomem(c); return NULL; }
    int nlines = 0;
    for (int i = 0; i < u->ninstrs; i++) {
        co->code[i] = MAKE_INSTR(u->instrs[i].op, u->instrs[i].arg);
        if (i == 0 || u->instrs[i].line != u->instrs[i - 1].line) nlines++;
    }
    co->lines = nlines ? mem_alloc(c->vm, (size_t)nlines * sizeof(LineEntry)) : NULL;
    if (nlines && !co->lines) { nomem(c); return NULL; }
    for (int i = 0; i < u->ninstrs; i++) {
        if (i == 0 || u->instrs[i].line != u->instrs[i - 1].line) {
            co->lines[co->nlines].pc = (uint32_t)i;
            co->lines[co->nlines].line = (uint32_t)(u->instrs[i].line > 0 ? u->instrs[i].line : 0);
            co->nlines++;
        }
    }
    co->consts = copy_values(c, u->consts, u->nconsts); co->nconsts = (uint32_t)u->nconsts;
    co->names = copy_values(c, u->names, u->nnames); co->nnames = (uint32_t)u->nnames;
    co->varnames = copy_values(c, u->varnames, u->nvarnames); co->nlocals = (uint32_t)u->nvarnames;
    co->cellvars = copy_values(c, u->cellnames, u->ncellnames); co->ncellvars = (uint32_t)u->ncellnames;
    co->freevars = copy_values(c, u->freenames, u->nfreenames); co->nfreevars = (uint32_t)u->nfreenames;
    if (c->failed) return NULL;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->flags = u->flags;
    co->stacksize = stacksize;
    co->maxblocks = maxblocks;
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = c->filename;
    co->firstlineno = (uint32_t)(u->firstlineno > 0 ? u->firstlineno : 1);
    co->source = c->source ? c->source : VAL_NULL;
    return co;
}

static CodeObj *pop_unit(Compiler *c) {
    CodeObj *co = assemble(c);
    c->u = c->u->parent;
    return co;
}

/* ------------------------------------------------------------- forward */

static void compile_expr(Compiler *c, Node *n);
static void compile_stmt(Compiler *c, Node *n);
static void compile_stmts(Compiler *c, NodeList l);
static void compile_store(Compiler *c, Node *target);
static void compile_jump_if(Compiler *c, Node *e, int label, bool cond);

/* ----------------------------------------------------------------- names */

static void compile_name(Compiler *c, Node *n, const char *id, size_t idlen, ExprContext ctx) {
    if (c->failed) return;
    if (ctx != CTX_LOAD && idlen == 9 && memcmp(id, "__debug__", 9) == 0) {
        error_at(c, n, "cannot assign to __debug__");
        return;
    }
    size_t len;
    const char *name = mangle(c, id, idlen, &len);
    Unit *u = c->u;
    Scope *s = u->scope;
    Symbol *sym = scope_lookup(s, name, len);
    int scope = sym ? sym->scope : SYM_GLOBAL_IMPLICIT;
    bool fn = is_function_scope(s);
    int op;
    switch (scope) {
    case SYM_FREE: case SYM_CELL: {
        Value v = intern(c, name, len);
        int idx = deref_index(c, u, v);
        if (idx < 0) { error_at(c, n, "internal compiler error: missing cell"); return; }
        if (ctx == CTX_LOAD) op = s->kind == SCOPE_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF;
        else op = ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
        emit(c, op, (uint32_t)idx);
        return;
    }
    case SYM_LOCAL:
        if (fn && sym->fast_index >= 0) {
            op = ctx == CTX_LOAD ? OP_LOAD_FAST : ctx == CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST;
            emit(c, op, (uint32_t)sym->fast_index);
            return;
        }
        op = ctx == CTX_LOAD ? OP_LOAD_NAME : ctx == CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME;
        break;
    case SYM_GLOBAL_EXPLICIT:
        op = ctx == CTX_LOAD ? OP_LOAD_GLOBAL : ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL;
        break;
    default:   /* implicit global */
        if (fn) op = ctx == CTX_LOAD ? OP_LOAD_GLOBAL : ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL;
        else op = ctx == CTX_LOAD ? OP_LOAD_NAME : ctx == CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME;
        break;
    }
    emit_name_op(c, op, name, len);
}

static void store_name_str(Compiler *c, Node *n, const char *id, size_t len) {
    compile_name(c, n, id, len, CTX_STORE);
}

/* ------------------------------------------------------------- constants */

static Value make_constant(Compiler *c, Node *n) {
    if (c->failed) return VAL_NULL;
    Vm *vm = c->vm;
    Value v = VAL_NULL;
    switch (n->v.Constant.kind) {
    case CONST_NONE: return VAL_NONE;
    case CONST_TRUE: return VAL_TRUE;
    case CONST_FALSE: return VAL_FALSE;
    case CONST_ELLIPSIS: return VAL_ELLIPSIS;
    case CONST_INT: v = int_from_literal(vm, n->v.Constant.text.s, n->v.Constant.text.len); break;
    case CONST_FLOAT: v = float_new(vm, n->v.Constant.f); break;
    case CONST_IMAG: {
        ComplexObj *co = (ComplexObj *)obj_alloc(vm, &t_complex, sizeof(ComplexObj));
        if (co) { co->real = 0.0; co->imag = n->v.Constant.f; v = OBJ_VAL(co); }
        break;
    }
    case CONST_STR:
        if (n->v.Constant.text.len <= 64) v = vm_intern(vm, n->v.Constant.text.s, n->v.Constant.text.len);
        else v = str_new(vm, n->v.Constant.text.s, n->v.Constant.text.len);
        break;
    case CONST_BYTES: v = bytes_new(vm, (const uint8_t *)n->v.Constant.text.s, n->v.Constant.text.len); break;
    }
    if (!v) {
        /* e.g. an int literal beyond the digit limit: CPython reports the
         * ValueError's message as a SyntaxError with a hint */
        if (vm_exc_pending(vm) && !vm_exc_matches(vm, &t_MemoryError)) {
            Value exc = vm_exc_fetch(vm);
            Value msg = obj_str(vm, exc);
            vm_exc_clear(vm);
            char buf[256];
            snprintf(buf, sizeof buf, "%s - Consider hexadecimal for huge integer literals to avoid decimal "
                     "conversion limits.", msg && IS_STR(msg) ? STR_DATA(msg) : "invalid literal");
            error_at(c, n, buf);
            return VAL_NULL;
        }
        vm_exc_clear(vm);
        nomem(c);
    }
    return v;
}

static bool is_const_tuple(Node *n) {
    if (n->kind == N_Constant) return true;
    if (n->kind != N_Tuple) return false;
    for (int i = 0; i < n->v.List.elts.len; i++)
        if (!is_const_tuple(n->v.List.elts.items[i])) return false;
    return true;
}

static Value fold_const(Compiler *c, Node *n) {
    if (n->kind == N_Constant) return make_constant(c, n);
    int len = n->v.List.elts.len;
    Value *items = scratch_alloc(&c->scratch, (size_t)(len + 1) * sizeof(Value));
    if (!items) { nomem(c); return VAL_NULL; }
    for (int i = 0; i < len; i++) {
        items[i] = fold_const(c, n->v.List.elts.items[i]);
        if (!items[i]) return VAL_NULL;
    }
    Value t = tuple_from_array(c->vm, items, (size_t)len);
    if (!t) nomem(c);
    return t;
}

static bool is_docstring(Node *stmt) {
    return stmt && stmt->kind == N_Expr && stmt->v.Expr.value->kind == N_Constant &&
           stmt->v.Expr.value->v.Constant.kind == CONST_STR;
}

/* ------------------------------------------------------------ sequences */

static bool has_starred(NodeList elts) {
    for (int i = 0; i < elts.len; i++)
        if (elts.items[i]->kind == N_Starred) return true;
    return false;
}

/* list/tuple/set displays; kind: N_List, N_Tuple, N_Set */
static void compile_sequence(Compiler *c, Node *n, NodeList elts, NodeKind kind) {
    if (!has_starred(elts)) {
        if (kind == N_Tuple && elts.len > 0 && is_const_tuple(n)) {
            emit_const(c, fold_const(c, n));
            return;
        }
        for (int i = 0; i < elts.len; i++) compile_expr(c, elts.items[i]);
        emit(c, kind == N_Set ? OP_BUILD_SET : kind == N_List ? OP_BUILD_LIST : OP_BUILD_TUPLE, (uint32_t)elts.len);
        return;
    }
    int lead = 0;
    while (lead < elts.len && elts.items[lead]->kind != N_Starred) compile_expr(c, elts.items[lead++]);
    emit(c, kind == N_Set ? OP_BUILD_SET : OP_BUILD_LIST, (uint32_t)lead);
    for (int i = lead; i < elts.len; i++) {
        Node *e = elts.items[i];
        if (e->kind == N_Starred) {
            compile_expr(c, e->v.Starred.value);
            emit(c, kind == N_Set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            compile_expr(c, e);
            emit(c, kind == N_Set ? OP_SET_ADD : OP_LIST_APPEND, 1);
        }
    }
    if (kind == N_Tuple) emit_op(c, OP_LIST_TO_TUPLE);
}

static void compile_dict(Compiler *c, Node *n) {
    NodeList keys = n->v.Dict.keys, values = n->v.Dict.values;
    int lead = 0;
    while (lead < keys.len && keys.items[lead]) {
        compile_expr(c, keys.items[lead]);
        compile_expr(c, values.items[lead]);
        lead++;
    }
    emit(c, OP_BUILD_MAP, (uint32_t)lead);
    for (int i = lead; i < keys.len; i++) {
        if (keys.items[i]) {
            compile_expr(c, keys.items[i]);
            compile_expr(c, values.items[i]);
            emit(c, OP_MAP_ADD, 1);
        } else {
            compile_expr(c, values.items[i]);
            emit(c, OP_DICT_UPDATE, 1);
        }
    }
}

/* ---------------------------------------------------------------- calls */

static bool call_has_star(NodeList args, NodeList keywords) {
    if (has_starred(args)) return true;
    for (int i = 0; i < keywords.len; i++)
        if (!keywords.items[i]->v.keyword.arg.s) return true;
    return false;
}

static bool check_keywords(Compiler *c, NodeList keywords) {
    for (int i = 0; i < keywords.len; i++) {
        AstStr a = keywords.items[i]->v.keyword.arg;
        if (!a.s) continue;
        for (int j = i + 1; j < keywords.len; j++) {
            AstStr b = keywords.items[j]->v.keyword.arg;
            if (b.s && a.len == b.len && memcmp(a.s, b.s, a.len) == 0) {
                char msg[200];
                snprintf(msg, sizeof msg, "keyword argument repeated: %.*s", (int)b.len, b.s);
                error_at(c, keywords.items[j], msg);
                return false;
            }
        }
    }
    return true;
}

/* Emit the arguments and the call.  The callable (and for method calls the
 * self slot) is already on the stack, followed by 'npushed' positional
 * arguments.  method: LOAD_METHOD was used. */
static void compile_call_tail(Compiler *c, Node *n, int npushed, NodeList args, NodeList keywords, bool method,
                              int call_line) {
    if (!check_keywords(c, keywords)) return;
    if (!call_has_star(args, keywords)) {
        for (int i = 0; i < args.len; i++) compile_expr(c, args.items[i]);
        int nkw = keywords.len;
        if (nkw) {
            Value *names = scratch_alloc(&c->scratch, (size_t)nkw * sizeof(Value));
            if (!names) { nomem(c); return; }
            for (int i = 0; i < nkw; i++) {
                compile_expr(c, keywords.items[i]->v.keyword.value);
                names[i] = intern(c, keywords.items[i]->v.keyword.arg.s, keywords.items[i]->v.keyword.arg.len);
            }
            if (c->failed) return;
            Value t = tuple_from_array(c->vm, names, (size_t)nkw);
            emit_const(c, t);
            c->u->line = call_line;
            emit(c, method ? OP_CALL_METHOD_KW : OP_CALL_KW, (uint32_t)(npushed + args.len + nkw));
        } else {
            c->u->line = call_line;
            emit(c, method ? OP_CALL_METHOD : OP_CALL, (uint32_t)(npushed + args.len));
        }
        return;
    }
    /* general form: f argstuple [kwargs] CALL_EX.  A lone f(*x) passes x as
     * is: CALL_EX converts it and reports a non-iterable with the callable's
     * name, as CPython does. */
    if (npushed == 0 && args.len == 1 && args.items[0]->kind == N_Starred) {
        compile_expr(c, args.items[0]->v.Starred.value);
        goto keywords_part;
    }
    emit(c, OP_BUILD_LIST, (uint32_t)npushed);
    for (int i = 0; i < args.len; i++) {
        Node *a = args.items[i];
        if (a->kind == N_Starred) {
            compile_expr(c, a->v.Starred.value);
            emit(c, OP_LIST_EXTEND, 1);
        } else {
            compile_expr(c, a);
            emit(c, OP_LIST_APPEND, 1);
        }
    }
    emit_op(c, OP_LIST_TO_TUPLE);
keywords_part:
    if (keywords.len) {
        emit(c, OP_BUILD_MAP, 0);
        int i = 0;
        while (i < keywords.len) {
            Node *k = keywords.items[i];
            if (!k->v.keyword.arg.s) {
                compile_expr(c, k->v.keyword.value);
                emit(c, OP_DICT_MERGE, 1);
                i++;
                continue;
            }
            int count = 0;
            while (i < keywords.len && keywords.items[i]->v.keyword.arg.s) {
                Node *kw = keywords.items[i];
                emit_const(c, intern(c, kw->v.keyword.arg.s, kw->v.keyword.arg.len));
                compile_expr(c, kw->v.keyword.value);
                count++;
                i++;
            }
            emit(c, OP_BUILD_MAP, (uint32_t)count);
            emit(c, OP_DICT_MERGE, 1);
        }
        c->u->line = call_line;
        emit(c, OP_CALL_EX, 1);
    } else {
        c->u->line = call_line;
        emit(c, OP_CALL_EX, 0);
    }
}

static void compile_call(Compiler *c, Node *n) {
    Node *f = n->v.Call.func;
    if (f->kind == N_Attribute && f->v.Attribute.ctx == CTX_LOAD &&
        !call_has_star(n->v.Call.args, n->v.Call.keywords)) {
        compile_expr(c, f->v.Attribute.value);
        size_t len;
        const char *name = mangle(c, f->v.Attribute.attr.s, f->v.Attribute.attr.len, &len);
        /* CPython 3.11 reports method calls at the line of the method name */
        int meth_line = f->end_lineno > 0 ? f->end_lineno : n->lineno;
        c->u->line = meth_line;
        emit_name_op(c, OP_LOAD_METHOD, name, len);
        c->u->line = n->lineno;
        compile_call_tail(c, n, 0, n->v.Call.args, n->v.Call.keywords, true, meth_line);
        return;
    }
    compile_expr(c, f);
    compile_call_tail(c, n, 0, n->v.Call.args, n->v.Call.keywords, false, n->lineno);
}

/* ---------------------------------------------------------- comparisons */

static void emit_compare_op(Compiler *c, CmpOpKind op) {
    switch (op) {
    case CMPOP_EQ: emit(c, OP_COMPARE_OP, CMP_EQ); break;
    case CMPOP_NOTEQ: emit(c, OP_COMPARE_OP, CMP_NE); break;
    case CMPOP_LT: emit(c, OP_COMPARE_OP, CMP_LT); break;
    case CMPOP_LTE: emit(c, OP_COMPARE_OP, CMP_LE); break;
    case CMPOP_GT: emit(c, OP_COMPARE_OP, CMP_GT); break;
    case CMPOP_GTE: emit(c, OP_COMPARE_OP, CMP_GE); break;
    case CMPOP_IS: emit(c, OP_IS_OP, 0); break;
    case CMPOP_ISNOT: emit(c, OP_IS_OP, 1); break;
    case CMPOP_IN: emit(c, OP_CONTAINS_OP, 0); break;
    case CMPOP_NOTIN: emit(c, OP_CONTAINS_OP, 1); break;
    }
}

static void compile_compare(Compiler *c, Node *n) {
    int nops = n->v.Compare.nops;
    compile_expr(c, n->v.Compare.left);
    if (nops == 1) {
        compile_expr(c, n->v.Compare.comparators.items[0]);
        c->u->line = n->lineno;
        emit_compare_op(c, n->v.Compare.ops[0]);
        return;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < nops - 1; i++) {
        compile_expr(c, n->v.Compare.comparators.items[i]);
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        emit_compare_op(c, n->v.Compare.ops[i]);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expr(c, n->v.Compare.comparators.items[nops - 1]);
    emit_compare_op(c, n->v.Compare.ops[nops - 1]);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit_op(c, OP_POP_TOP);
    bind_label(c, end);
}

/* Jump to 'label' if the truth of e equals cond; falls through otherwise. */
static void compile_jump_if_inner(Compiler *c, Node *e, int label, bool cond);

static void compile_jump_if(Compiler *c, Node *e, int label, bool cond) {
    if (c->failed) return;
    c->depth++;
    if (!too_deep(c)) compile_jump_if_inner(c, e, label, cond);
    c->depth--;
}

static void compile_jump_if_inner(Compiler *c, Node *e, int label, bool cond) {
    if (e->kind == N_UnaryOp && e->v.UnaryOp.op == UOP_NOT) {
        compile_jump_if(c, e->v.UnaryOp.operand, label, !cond);
        return;
    }
    if (e->kind == N_BoolOp) {
        bool is_or = e->v.BoolOp.op == BOOL_OR;
        NodeList vals = e->v.BoolOp.values;
        if (is_or == cond) {
            /* any operand deciding the jump jumps directly */
            for (int i = 0; i < vals.len; i++) compile_jump_if(c, vals.items[i], label, cond);
        } else {
            int skip = new_label(c);
            for (int i = 0; i < vals.len - 1; i++) compile_jump_if(c, vals.items[i], skip, !cond);
            compile_jump_if(c, vals.items[vals.len - 1], label, cond);
            bind_label(c, skip);
        }
        return;
    }
    if (e->kind == N_Compare && e->v.Compare.nops == 1 &&
        (e->v.Compare.ops[0] == CMPOP_IS || e->v.Compare.ops[0] == CMPOP_ISNOT) &&
        e->v.Compare.comparators.items[0]->kind == N_Constant &&
        e->v.Compare.comparators.items[0]->v.Constant.kind == CONST_NONE) {
        /* x is None / x is not None */
        bool is_none = (e->v.Compare.ops[0] == CMPOP_IS) == cond;
        compile_expr(c, e->v.Compare.left);
        int saved = c->u->line;
        c->u->line = e->lineno;
        emit_jump(c, is_none ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE, label);
        c->u->line = saved;
        return;
    }
    if (e->kind == N_Constant && (e->v.Constant.kind == CONST_TRUE || e->v.Constant.kind == CONST_FALSE)) {
        bool v = e->v.Constant.kind == CONST_TRUE;
        if (v == cond) emit_jump(c, OP_JUMP, label);
        return;
    }
    compile_expr(c, e);
    emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

/* ------------------------------------------------------------- f-strings */

static void compile_formatted(Compiler *c, Node *n) {
    compile_expr(c, n->v.FormattedValue.value);
    uint32_t arg = 0;
    switch (n->v.FormattedValue.conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: arg = 0; break;
    }
    if (n->v.FormattedValue.format_spec) {
        compile_expr(c, n->v.FormattedValue.format_spec);
        arg |= 4;
    }
    emit(c, OP_FORMAT_VALUE, arg);
}

static void compile_joined(Compiler *c, Node *n) {
    NodeList vals = n->v.JoinedStr.values;
    if (vals.len == 0) { emit_const(c, intern(c, "", 0)); return; }
    if (vals.len == 1 && vals.items[0]->kind == N_FormattedValue) {
        compile_formatted(c, vals.items[0]);
        return;
    }
    for (int i = 0; i < vals.len; i++) compile_expr(c, vals.items[i]);
    emit(c, OP_BUILD_STRING, (uint32_t)vals.len);
}

/* ------------------------------------------------------- yield / await */

static void emit_send_loop(Compiler *c) {
    int send = new_label(c), done = new_label(c);
    bind_label(c, send);
    emit_jump(c, OP_SEND, done);
    emit_op(c, OP_YIELD_VALUE);
    emit_jump(c, OP_JUMP, send);
    bind_label(c, done);
}

static void emit_await(Compiler *c) {
    if (c->u) c->u->awaits = true;
    emit_op(c, OP_GET_AWAITABLE);
    emit_const(c, VAL_NONE);
    emit_send_loop(c);
}

static bool check_await(Compiler *c, Node *n) {
    Scope *s = c->u->scope;
    const char *outside = n->kind == N_AsyncWith ? "'async with' outside async function"
                          : n->kind == N_AsyncFor ? "'async for' outside async function"
                                                  : "'await' outside function";
    if (s->kind == SCOPE_MODULE) {
        if (c->allow_top_level_await) return true;
        error_at(c, n, outside);
        return false;
    }
    if (s->kind == SCOPE_CLASS) {
        error_at(c, n, outside);
        return false;
    }
    /* a comprehension containing await is checked as an async comprehension */
    if (s->kind == SCOPE_COMPREHENSION) return true;
    if (!s->is_coroutine) {
        error_at(c, n, n->kind == N_AsyncWith ? "'async with' outside async function"
                       : n->kind == N_AsyncFor ? "'async for' outside async function"
                                               : "'await' outside async function");
        return false;
    }
    return true;
}

/* --------------------------------------------------- functions & lambdas */

static Value qualname_for(Compiler *c, Scope *child, const char *name, size_t len) {
    Unit *u = c->u;
    Scope *p = u->scope;
    if (p->kind == SCOPE_MODULE) return intern(c, name, len);
    if (child->kind == SCOPE_FUNCTION || child->kind == SCOPE_CLASS) {
        size_t mlen;
        const char *m = mangle(c, name, len, &mlen);
        Symbol *sym = scope_lookup(p, m, mlen);
        if (sym && sym->scope == SYM_GLOBAL_EXPLICIT) return intern(c, name, len);
    }
    if (!u->qualname) return intern(c, name, len);
    return str_concat3(c, u->qualname, is_function_scope(p) ? ".<locals>." : ".", name, len);
}

/* Push the closure tuple for 'co' (if it has free variables); returns the
 * MAKE_FUNCTION flag bit for it. */
static uint32_t emit_closure(Compiler *c, CodeObj *co, const Node *n) {
    if (!co || co->nfreevars == 0) return 0;
    for (uint32_t i = 0; i < co->nfreevars; i++) {
        int idx = deref_index(c, c->u, co->freevars[i]);
        if (idx < 0) { error_at(c, n, "internal compiler error: closure variable not found"); return 0; }
        emit(c, OP_LOAD_CLOSURE, (uint32_t)idx);
    }
    emit(c, OP_BUILD_TUPLE, co->nfreevars);
    return 8;
}

static void emit_make_function(Compiler *c, CodeObj *co, uint32_t flags, const Node *n) {
    if (c->failed || !co) return;
    flags |= emit_closure(c, co, n);
    emit_const(c, OBJ_VAL(co));
    emit(c, OP_MAKE_FUNCTION, flags);
}

/* defaults tuple and kw-defaults dict; returns MAKE_FUNCTION flags */
static uint32_t compile_defaults(Compiler *c, Node *args) {
    if (!args) return 0;
    uint32_t flags = 0;
    NodeList d = args->v.arguments.defaults;
    if (d.len) {
        for (int i = 0; i < d.len; i++) compile_expr(c, d.items[i]);
        emit(c, OP_BUILD_TUPLE, (uint32_t)d.len);
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < args->v.arguments.kwonlyargs.len; i++) {
        Node *def = i < args->v.arguments.kw_defaults.len ? args->v.arguments.kw_defaults.items[i] : NULL;
        if (!def) continue;
        Node *a = args->v.arguments.kwonlyargs.items[i];
        size_t len;
        const char *name = mangle(c, a->v.arg.arg.s, a->v.arg.arg.len, &len);
        emit_const(c, intern(c, name, len));
        compile_expr(c, def);
        nkw++;
    }
    if (nkw) {
        emit(c, OP_BUILD_MAP, (uint32_t)nkw);
        flags |= 2;
    }
    return flags;
}

static void compile_annotation(Compiler *c, Node *ann);

static int annotate_args(Compiler *c, NodeList args) {
    int n = 0;
    for (int i = 0; i < args.len; i++) {
        Node *a = args.items[i];
        if (!a->v.arg.annotation) continue;
        size_t len;
        const char *name = mangle(c, a->v.arg.arg.s, a->v.arg.arg.len, &len);
        emit_const(c, intern(c, name, len));
        compile_annotation(c, a->v.arg.annotation);
        n++;
    }
    return n;
}

/* __annotations__ dict of a def, evaluated at definition time like CPython
 * (in its order: args, posonlyargs, *args, kwonlyargs, **kwargs, return);
 * returns the MAKE_FUNCTION flag bit. */
static uint32_t compile_annotations(Compiler *c, Node *args, Node *returns) {
    int n = 0;
    if (args) {
        n += annotate_args(c, args->v.arguments.args);
        n += annotate_args(c, args->v.arguments.posonlyargs);
        if (args->v.arguments.vararg) {
            NodeList one = { &args->v.arguments.vararg, 1 };
            n += annotate_args(c, one);
        }
        n += annotate_args(c, args->v.arguments.kwonlyargs);
        if (args->v.arguments.kwarg) {
            NodeList one = { &args->v.arguments.kwarg, 1 };
            n += annotate_args(c, one);
        }
    }
    if (returns) {
        emit_const(c, intern_cstr(c, "return"));
        compile_annotation(c, returns);
        n++;
    }
    if (!n) return 0;
    emit(c, OP_BUILD_MAP, (uint32_t)n);
    return 4;
}

static void set_arg_counts(Unit *u, Node *args) {
    if (!args) return;
    u->posonlyargcount = (uint32_t)args->v.arguments.posonlyargs.len;
    u->argcount = (uint32_t)(args->v.arguments.posonlyargs.len + args->v.arguments.args.len);
    u->kwonlyargcount = (uint32_t)args->v.arguments.kwonlyargs.len;
    if (args->v.arguments.vararg) u->flags |= CO_VARARGS;
    if (args->v.arguments.kwarg) u->flags |= CO_VARKEYWORDS;
}

static uint32_t scope_code_flags(Scope *s) {
    uint32_t f = CO_NEWLOCALS;
    if (s->is_coroutine && s->is_generator) f |= CO_ASYNC_GENERATOR;
    else if (s->is_coroutine) f |= CO_COROUTINE;
    else if (s->is_generator) f |= CO_GENERATOR;
    return f;
}

/* copy parameters that are cells into their cells at function entry */
static void emit_cell_params(Compiler *c) {
    Scope *s = c->u->scope;
    for (int i = 0; i < s->nparams; i++) {
        Symbol *sym = &s->syms[s->params[i]];
        if (sym->scope != SYM_CELL) continue;
        int idx = deref_index(c, c->u, intern(c, sym->name, sym->len));
        emit(c, OP_LOAD_FAST, (uint32_t)sym->fast_index);
        emit(c, OP_STORE_DEREF, (uint32_t)idx);
    }
}

static CodeObj *compile_function_code(Compiler *c, Node *n, const char *fname, size_t flen,
                                      Node *args, NodeList *body, Node *lambda_body) {
    Scope *s = scope_child(c->u->scope, n);
    if (!s) { error_at(c, n, "internal compiler error: missing scope"); return NULL; }
    Value name = intern(c, fname, flen);
    Value qual = qualname_for(c, s, fname, flen);
    int first = n->lineno;
    if (n->kind != N_Lambda && n->v.FunctionDef.decorator_list.len)
        first = n->v.FunctionDef.decorator_list.items[0]->lineno;
    Unit *u = push_unit(c, s, name, qual, first);
    if (!u) return NULL;
    u->line = n->lineno;
    u->flags = scope_code_flags(s);
    set_arg_counts(u, args);
    int start = 0;
    if (body && body->len && is_docstring(body->items[0])) {
        add_const(c, make_constant(c, body->items[0]->v.Expr.value));
        start = 1;
    } else {
        add_const(c, VAL_NONE);
    }
    emit_cell_params(c);
    if (body) {
        for (int i = start; i < body->len; i++) compile_stmt(c, body->items[i]);
    } else {
        compile_expr(c, lambda_body);
        if (s->is_generator) emit_op(c, OP_POP_TOP);
        else emit_op(c, OP_RETURN_VALUE);
    }
    emit_const(c, VAL_NONE);
    emit_op(c, OP_RETURN_VALUE);
    return pop_unit(c);
}

static void compile_lambda(Compiler *c, Node *n) {
    uint32_t flags = compile_defaults(c, n->v.Lambda.args);
    CodeObj *co = compile_function_code(c, n, "<lambda>", 8, n->v.Lambda.args, NULL, n->v.Lambda.body);
    c->u->line = n->lineno;
    emit_make_function(c, co, flags, n);
}

/* --------------------------------------------------------- comprehensions */

static void compile_comp_generator(Compiler *c, Node *n, int gi, int depth) {
    NodeList gens = n->v.Comp.generators;
    Node *g = gens.items[gi];
    int start = new_label(c), end = new_label(c);
    if (gi == 0) {
        emit(c, OP_LOAD_FAST, 0);
    } else {
        compile_expr(c, g->v.comprehension.iter);
        if (g->v.comprehension.is_async) {
            emit_name_op(c, OP_LOAD_METHOD, "__aiter__", 9);
            emit(c, OP_CALL_METHOD, 0);
        } else {
            emit_op(c, OP_GET_ITER);
        }
    }
    bool is_async = g->v.comprehension.is_async;
    int stop = 0;
    if (is_async) {
        /* same protocol as the async for statement */
        stop = new_label(c);
        bind_label(c, start);
        emit_jump(c, OP_SETUP_TRY, stop);
        emit(c, OP_COPY, 1);
        emit_name_op(c, OP_LOAD_METHOD, "__anext__", 9);
        emit(c, OP_CALL_METHOD, 0);
        emit_await(c);
        emit_op(c, OP_POP_BLOCK);
    } else {
        bind_label(c, start);
        emit_jump(c, OP_FOR_ITER, end);
    }
    compile_store(c, g->v.comprehension.target);
    for (int i = 0; i < g->v.comprehension.ifs.len; i++)
        compile_jump_if(c, g->v.comprehension.ifs.items[i], start, false);
    if (gi + 1 < gens.len) {
        compile_comp_generator(c, n, gi + 1, depth + 1);
    } else {
        switch (n->kind) {
        case N_GeneratorExp:
            compile_expr(c, n->v.Comp.elt);
            emit_op(c, OP_YIELD_VALUE);
            emit_op(c, OP_POP_TOP);
            break;
        case N_ListComp:
            compile_expr(c, n->v.Comp.elt);
            emit(c, OP_LIST_APPEND, (uint32_t)depth + 1);
            break;
        case N_SetComp:
            compile_expr(c, n->v.Comp.elt);
            emit(c, OP_SET_ADD, (uint32_t)depth + 1);
            break;
        default:
            compile_expr(c, n->v.Comp.key);
            compile_expr(c, n->v.Comp.value);
            emit(c, OP_MAP_ADD, (uint32_t)depth + 1);
            break;
        }
    }
    emit_jump(c, OP_JUMP, start);
    if (is_async) {
        int done = new_label(c);
        bind_label(c, stop);             /* ait exc */
        emit_name_op(c, OP_LOAD_GLOBAL, "StopAsyncIteration", 18);
        emit_op(c, OP_CHECK_EXC_MATCH);
        emit_jump(c, OP_POP_JUMP_IF_TRUE, done);
        emit_op(c, OP_RERAISE);
        bind_label(c, done);
        emit_op(c, OP_POP_TOP);
        emit_op(c, OP_POP_EXCEPT);
        emit_op(c, OP_POP_TOP);
    }
    bind_label(c, end);
}

static void compile_comprehension(Compiler *c, Node *n) {
    Scope *s = scope_child(c->u->scope, n);
    if (!s) { error_at(c, n, "internal compiler error: missing scope"); return; }
    if (s->is_coroutine && n->kind != N_GeneratorExp) {
        Scope *e = c->u->scope;
        bool ok = (e->kind == SCOPE_FUNCTION && e->is_coroutine) || e->kind == SCOPE_COMPREHENSION ||
                  (e->kind == SCOPE_MODULE && c->allow_top_level_await);
        if (!ok) {
            error_at(c, n, "asynchronous comprehension outside of an asynchronous function");
            return;
        }
    }
    const char *cname = s->name;
    Value qual = qualname_for(c, s, cname, strlen(cname));
    Unit *u = push_unit(c, s, intern_cstr(c, cname), qual, n->lineno);
    if (!u) return;
    u->line = n->lineno;
    u->flags = scope_code_flags(s) | CO_COMPREHENSION;
    u->argcount = 1;
    add_const(c, VAL_NONE);   /* consts[0] of function-like code is the docstring slot */
    if (n->kind == N_ListComp) emit(c, OP_BUILD_LIST, 0);
    else if (n->kind == N_SetComp) emit(c, OP_BUILD_SET, 0);
    else if (n->kind == N_DictComp) emit(c, OP_BUILD_MAP, 0);
    compile_comp_generator(c, n, 0, 1);
    if (n->kind == N_GeneratorExp) emit_const(c, VAL_NONE);
    emit_op(c, OP_RETURN_VALUE);
    CodeObj *co = pop_unit(c);
    c->u->line = n->lineno;
    emit_make_function(c, co, 0, n);
    Node *first = n->v.Comp.generators.items[0];
    compile_expr(c, first->v.comprehension.iter);
    if (first->v.comprehension.is_async) {
        emit_name_op(c, OP_LOAD_METHOD, "__aiter__", 9);
        emit(c, OP_CALL_METHOD, 0);
    } else {
        emit_op(c, OP_GET_ITER);
    }
    c->u->line = n->lineno;
    emit(c, OP_CALL, 1);
    if (s->is_coroutine && n->kind != N_GeneratorExp) emit_await(c);
}

/* ------------------------------------------------------------ expressions */

static void compile_slice_key(Compiler *c, Node *s) {
    if (s->kind != N_Slice) { compile_expr(c, s); return; }
    if (s->v.Slice.lower) compile_expr(c, s->v.Slice.lower); else emit_const(c, VAL_NONE);
    if (s->v.Slice.upper) compile_expr(c, s->v.Slice.upper); else emit_const(c, VAL_NONE);
    if (s->v.Slice.step) { compile_expr(c, s->v.Slice.step); emit(c, OP_BUILD_SLICE, 3); }
    else emit(c, OP_BUILD_SLICE, 2);
}

static void compile_expr_inner(Compiler *c, Node *n) {
    switch (n->kind) {
    case N_BoolOp: {
        int end = new_label(c);
        NodeList vals = n->v.BoolOp.values;
        int op = n->v.BoolOp.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < vals.len - 1; i++) {
            compile_expr(c, vals.items[i]);
            emit_jump(c, op, end);
        }
        compile_expr(c, vals.items[vals.len - 1]);
        bind_label(c, end);
        break;
    }
    case N_NamedExpr:
        compile_expr(c, n->v.NamedExpr.value);
        emit(c, OP_COPY, 1);
        compile_store(c, n->v.NamedExpr.target);
        break;
    case N_BinOp:
        compile_expr(c, n->v.BinOp.left);
        compile_expr(c, n->v.BinOp.right);
        emit(c, OP_BINARY_OP, (uint32_t)n->v.BinOp.op);
        break;
    case N_UnaryOp: {
        Node *o = n->v.UnaryOp.operand;
        if (n->v.UnaryOp.op == UOP_USUB && o->kind == N_Constant &&
            (o->v.Constant.kind == CONST_INT || o->v.Constant.kind == CONST_FLOAT)) {
            /* fold negative literals like CPython's optimizer */
            Value v = make_constant(c, o);
            if (!v) return;
            Value neg = o->v.Constant.kind == CONST_INT ? int_neg(c->vm, v) : float_new(c->vm, -FLOAT_VALUE(v));
            if (!neg) { vm_exc_clear(c->vm); nomem(c); return; }
            emit_const(c, neg);
            break;
        }
        compile_expr(c, n->v.UnaryOp.operand);
        emit(c, OP_UNARY_OP, (uint32_t)n->v.UnaryOp.op);
        break;
    }
    case N_Lambda: compile_lambda(c, n); break;
    case N_IfExp: {
        int orelse = new_label(c), end = new_label(c);
        compile_jump_if(c, n->v.IfExp.test, orelse, false);
        compile_expr(c, n->v.IfExp.body);
        emit_jump(c, OP_JUMP, end);
        bind_label(c, orelse);
        compile_expr(c, n->v.IfExp.orelse);
        bind_label(c, end);
        break;
    }
    case N_Dict: compile_dict(c, n); break;
    case N_Set: compile_sequence(c, n, n->v.Set.elts, N_Set); break;
    case N_ListComp: case N_SetComp: case N_DictComp: case N_GeneratorExp:
        compile_comprehension(c, n);
        break;
    case N_Await:
        if (!check_await(c, n)) return;
        compile_expr(c, n->v.Await.value);
        emit_await(c);
        break;
    case N_Yield:
        if (!is_function_scope(c->u->scope)) { error_at(c, n, "'yield' outside function"); return; }
        if (n->v.Yield.value) compile_expr(c, n->v.Yield.value);
        else emit_const(c, VAL_NONE);
        emit_op(c, OP_YIELD_VALUE);
        break;
    case N_YieldFrom:
        if (!is_function_scope(c->u->scope)) { error_at(c, n, "'yield' outside function"); return; }
        if (c->u->scope->is_coroutine) { error_at(c, n, "'yield from' inside async function"); return; }
        compile_expr(c, n->v.Yield.value);
        emit_op(c, OP_GET_YIELD_FROM_ITER);
        emit_const(c, VAL_NONE);
        emit_send_loop(c);
        break;
    case N_Compare: compile_compare(c, n); break;
    case N_Call: compile_call(c, n); break;
    case N_FormattedValue: compile_formatted(c, n); break;
    case N_JoinedStr: compile_joined(c, n); break;
    case N_Constant: emit_const(c, make_constant(c, n)); break;
    case N_Attribute: {
        compile_expr(c, n->v.Attribute.value);
        size_t len;
        const char *name = mangle(c, n->v.Attribute.attr.s, n->v.Attribute.attr.len, &len);
        if (n->v.Attribute.ctx == CTX_LOAD) {
            c->u->line = n->end_lineno > 0 ? n->end_lineno : n->lineno;
            emit_name_op(c, OP_LOAD_ATTR, name, len);
        } else if (n->v.Attribute.ctx == CTX_STORE) {
            emit_name_op(c, OP_STORE_ATTR, name, len);
        } else {
            emit_name_op(c, OP_DELETE_ATTR, name, len);
        }
        break;
    }
    case N_Subscript:
        compile_expr(c, n->v.Subscript.value);
        compile_slice_key(c, n->v.Subscript.slice);
        emit_op(c, n->v.Subscript.ctx == CTX_LOAD ? OP_BINARY_SUBSCR
                   : n->v.Subscript.ctx == CTX_STORE ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR);
        break;
    case N_Starred:
        error_at(c, n, n->v.Starred.ctx == CTX_STORE ? "starred assignment target must be in a list or tuple"
                                                     : "can't use starred expression here");
        break;
    case N_Name:
        if (n->v.Name.ctx == CTX_LOAD && n->v.Name.id.len == 9 && memcmp(n->v.Name.id.s, "__debug__", 9) == 0) {
            emit_const(c, VAL_TRUE);   /* folded like CPython */
            break;
        }
        compile_name(c, n, n->v.Name.id.s, n->v.Name.id.len, n->v.Name.ctx);
        break;
    case N_List: compile_sequence(c, n, n->v.List.elts, N_List); break;
    case N_Tuple: compile_sequence(c, n, n->v.List.elts, N_Tuple); break;
    case N_Slice: compile_slice_key(c, n); break;
    default:
        error_at(c, n, "internal compiler error: unexpected expression node");
        break;
    }
}

static void compile_expr(Compiler *c, Node *n) {
    if (c->failed || !n) return;
    c->depth++;
    if (!too_deep(c)) {
        int saved = c->u->line;
        if (n->lineno > 0) c->u->line = n->lineno;
        compile_expr_inner(c, n);
        c->u->line = saved;
    }
    c->depth--;
}

/* ----------------------------------------------------------- assignment */

static void compile_unpack_store(Compiler *c, Node *target, NodeList elts) {
    int star = -1;
    for (int i = 0; i < elts.len; i++) {
        if (elts.items[i]->kind == N_Starred) {
            if (star >= 0) { error_at(c, elts.items[i], "multiple starred expressions in assignment"); return; }
            star = i;
        }
    }
    if (star >= 0) {
        int after = elts.len - star - 1;
        if (star > 255 || after > 0xffff) { error_at(c, target, "too many expressions in star-unpacking assignment"); return; }
        emit(c, OP_UNPACK_EX, (uint32_t)star | ((uint32_t)after << 8));
    } else {
        emit(c, OP_UNPACK_SEQUENCE, (uint32_t)elts.len);
    }
    for (int i = 0; i < elts.len; i++) {
        Node *e = elts.items[i];
        compile_store(c, e->kind == N_Starred ? e->v.Starred.value : e);
    }
}

/* Store the value on top of the stack into target. */
static void compile_store_inner(Compiler *c, Node *t);

static void compile_store(Compiler *c, Node *t) {
    if (c->failed) return;
    c->depth++;
    if (!too_deep(c)) compile_store_inner(c, t);
    c->depth--;
}

static void compile_store_inner(Compiler *c, Node *t) {
    int saved = c->u->line;
    c->u->line = t->lineno;
    switch (t->kind) {
    case N_Name: compile_name(c, t, t->v.Name.id.s, t->v.Name.id.len, CTX_STORE); break;
    case N_Attribute: {
        compile_expr(c, t->v.Attribute.value);
        size_t len;
        const char *name = mangle(c, t->v.Attribute.attr.s, t->v.Attribute.attr.len, &len);
        emit_name_op(c, OP_STORE_ATTR, name, len);
        break;
    }
    case N_Subscript:
        compile_expr(c, t->v.Subscript.value);
        compile_slice_key(c, t->v.Subscript.slice);
        emit_op(c, OP_STORE_SUBSCR);
        break;
    case N_Tuple: case N_List: compile_unpack_store(c, t, t->v.List.elts); break;
    case N_Starred: error_at(c, t, "starred assignment target must be in a list or tuple"); break;
    default: error_at(c, t, "cannot assign to expression"); break;
    }
    c->u->line = saved;
}

static void compile_delete_target(Compiler *c, Node *t) {
    switch (t->kind) {
    case N_Name: compile_name(c, t, t->v.Name.id.s, t->v.Name.id.len, CTX_DEL); break;
    case N_Attribute: {
        compile_expr(c, t->v.Attribute.value);
        size_t len;
        const char *name = mangle(c, t->v.Attribute.attr.s, t->v.Attribute.attr.len, &len);
        emit_name_op(c, OP_DELETE_ATTR, name, len);
        break;
    }
    case N_Subscript:
        compile_expr(c, t->v.Subscript.value);
        compile_slice_key(c, t->v.Subscript.slice);
        emit_op(c, OP_DELETE_SUBSCR);
        break;
    case N_Tuple: case N_List:
        for (int i = 0; i < t->v.List.elts.len; i++) compile_delete_target(c, t->v.List.elts.items[i]);
        break;
    default: error_at(c, t, "cannot delete expression"); break;
    }
}

static void compile_augassign(Compiler *c, Node *n) {
    Node *t = n->v.AugAssign.target;
    uint32_t op = (uint32_t)n->v.AugAssign.op + BINOP_INPLACE;
    switch (t->kind) {
    case N_Name:
        compile_name(c, t, t->v.Name.id.s, t->v.Name.id.len, CTX_LOAD);
        compile_expr(c, n->v.AugAssign.value);
        c->u->line = n->lineno;
        emit(c, OP_BINARY_OP, op);
        compile_name(c, t, t->v.Name.id.s, t->v.Name.id.len, CTX_STORE);
        break;
    case N_Attribute: {
        compile_expr(c, t->v.Attribute.value);
        emit(c, OP_COPY, 1);
        size_t len;
        const char *name = mangle(c, t->v.Attribute.attr.s, t->v.Attribute.attr.len, &len);
        emit_name_op(c, OP_LOAD_ATTR, name, len);
        compile_expr(c, n->v.AugAssign.value);
        c->u->line = n->lineno;
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_SWAP, 2);
        emit_name_op(c, OP_STORE_ATTR, name, len);
        break;
    }
    case N_Subscript:
        compile_expr(c, t->v.Subscript.value);
        compile_slice_key(c, t->v.Subscript.slice);
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        emit_op(c, OP_BINARY_SUBSCR);
        compile_expr(c, n->v.AugAssign.value);
        c->u->line = n->lineno;
        emit(c, OP_BINARY_OP, op);
        emit_op(c, OP_ROT_THREE);
        emit_op(c, OP_STORE_SUBSCR);
        break;
    default:
        error_at(c, t, "'expression' is an illegal expression for augmented assignment");
        break;
    }
}

/* ------------------------------------------------------------ unwinding */

static void emit_with_exit_call(Compiler *c, bool is_async) {
    emit_const(c, VAL_NONE);
    emit_const(c, VAL_NONE);
    emit_const(c, VAL_NONE);
    emit(c, OP_CALL, 3);
    if (is_async) emit_await(c);
    emit_op(c, OP_POP_TOP);
}

static void clear_handler_name(Compiler *c, Node *h) {
    if (!h || !h->v.ExceptHandler.name.s) return;
    emit_const(c, VAL_NONE);
    compile_name(c, h, h->v.ExceptHandler.name.s, h->v.ExceptHandler.name.len, CTX_STORE);
    compile_name(c, h, h->v.ExceptHandler.name.s, h->v.ExceptHandler.name.len, CTX_DEL);
}

/* Emit the cleanup for leaving fblock 'fb' early.  preserve_tos: a return
 * value sits on top of the stack and must survive. */
static void unwind_fblock(Compiler *c, FBlock *fb, bool preserve_tos) {
    switch (fb->kind) {
    case FB_WHILE: break;
    case FB_FOR: case FB_ASYNC_FOR: case FB_POP_VALUE:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit_op(c, OP_POP_TOP);
        break;
    case FB_TRY_EXCEPT: case FB_HANDLER_CLEANUP:
        emit_op(c, OP_POP_BLOCK);
        break;
    case FB_FINALLY_TRY: {
        emit_op(c, OP_POP_BLOCK);
        /* the finally body runs without its own fblock so that a return
         * inside it does not run it again */
        Unit *u = c->u;
        int idx = (int)(fb - u->fblocks), saved_n = u->nfblocks;
        FBlock saved[MAX_FBLOCKS];
        memcpy(saved, u->fblocks + idx, (size_t)(saved_n - idx) * sizeof(FBlock));
        u->nfblocks = idx;
        compile_stmts(c, saved[0].node->v.Try.finalbody);
        memcpy(u->fblocks + idx, saved, (size_t)(saved_n - idx) * sizeof(FBlock));
        u->nfblocks = saved_n;
        break;
    }
    case FB_FINALLY_END:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit_op(c, OP_POP_TOP);
        emit_op(c, OP_POP_EXCEPT);
        break;
    case FB_HANDLER:
        emit_op(c, OP_POP_EXCEPT);
        clear_handler_name(c, fb->node);
        break;
    case FB_WITH: case FB_ASYNC_WITH:
        emit_op(c, OP_POP_BLOCK);
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit_with_exit_call(c, fb->kind == FB_ASYNC_WITH);
        break;
    }
}

/* Unwind every fblock above the innermost loop (loop != NULL) or all of
 * them; returns the loop fblock index or -1. */
static int unwind_to_loop(Compiler *c, bool preserve_tos, bool want_loop) {
    Unit *u = c->u;
    for (int i = u->nfblocks - 1; i >= 0; i--) {
        FBlock *fb = &u->fblocks[i];
        if (want_loop && (fb->kind == FB_WHILE || fb->kind == FB_FOR || fb->kind == FB_ASYNC_FOR)) return i;
        unwind_fblock(c, fb, preserve_tos);
        if (c->failed) return -1;
    }
    return -1;
}

static int find_loop(Unit *u) {
    for (int i = u->nfblocks - 1; i >= 0; i--) {
        FBlockKind k = u->fblocks[i].kind;
        if (k == FB_WHILE || k == FB_FOR || k == FB_ASYNC_FOR) return i;
    }
    return -1;
}

static void compile_break_continue(Compiler *c, Node *n, bool is_break) {
    Unit *u = c->u;
    if (find_loop(u) < 0) {
        error_at(c, n, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    int saved_n = u->nfblocks;
    int li = unwind_to_loop(c, false, true);
    if (c->failed || li < 0) return;
    FBlock loop = u->fblocks[li];
    if (is_break) {
        unwind_fblock(c, &loop, false);
        emit_jump(c, OP_JUMP, loop.break_label);
    } else {
        emit_jump(c, OP_JUMP, loop.continue_label);
    }
    u->nfblocks = saved_n;
}

static void compile_return(Compiler *c, Node *n) {
    Unit *u = c->u;
    if (!is_function_scope(u->scope)) { error_at(c, n, "'return' outside function"); return; }
    Node *v = n->v.Return.value;
    if (v && u->scope->is_coroutine && u->scope->is_generator) {
        error_at(c, n, "'return' with value in async generator");
        return;
    }
    bool preserve = v && v->kind != N_Constant;
    if (preserve) compile_expr(c, v);
    int saved_n = u->nfblocks;
    unwind_to_loop(c, preserve, false);
    u->nfblocks = saved_n;
    c->u->line = n->lineno;
    if (!preserve) {
        if (v) emit_const(c, make_constant(c, v));
        else emit_const(c, VAL_NONE);
    }
    emit_op(c, OP_RETURN_VALUE);
}

/* ------------------------------------------------------------- statements */

static void compile_stmts(Compiler *c, NodeList l) {
    for (int i = 0; i < l.len && !c->failed; i++) compile_stmt(c, l.items[i]);
}

static void compile_if(Compiler *c, Node *n) {
    int orelse = new_label(c), end = new_label(c);
    compile_jump_if(c, n->v.If.test, orelse, false);
    compile_stmts(c, n->v.If.body);
    if (n->v.If.orelse.len) {
        emit_jump(c, OP_JUMP, end);
        bind_label(c, orelse);
        compile_stmts(c, n->v.If.orelse);
    } else {
        bind_label(c, orelse);
    }
    bind_label(c, end);
}

static void compile_while(Compiler *c, Node *n) {
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    bind_label(c, top);
    compile_jump_if(c, n->v.While.test, orelse, false);
    if (push_fblock(c, n, FB_WHILE, top, end, NULL) < 0) return;
    compile_stmts(c, n->v.While.body);
    pop_fblock(c);
    c->u->line = n->lineno;
    emit_jump(c, OP_JUMP, top);
    bind_label(c, orelse);
    compile_stmts(c, n->v.While.orelse);
    bind_label(c, end);
}

static void compile_for(Compiler *c, Node *n) {
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    compile_expr(c, n->v.For.iter);
    c->u->line = n->lineno;
    emit_op(c, OP_GET_ITER);
    bind_label(c, top);
    emit_jump(c, OP_FOR_ITER, orelse);
    compile_store(c, n->v.For.target);
    if (push_fblock(c, n, FB_FOR, top, end, NULL) < 0) return;
    compile_stmts(c, n->v.For.body);
    pop_fblock(c);
    c->u->line = n->lineno;
    emit_jump(c, OP_JUMP, top);
    bind_label(c, orelse);
    compile_stmts(c, n->v.For.orelse);
    bind_label(c, end);
}

/* async for: no dedicated opcodes, so __aiter__/__anext__ are called
 * explicitly and StopAsyncIteration ends the loop. */
static void compile_async_for(Compiler *c, Node *n) {
    if (!check_await(c, n)) return;
    int top = new_label(c), stop = new_label(c), done = new_label(c), end = new_label(c);
    compile_expr(c, n->v.For.iter);
    c->u->line = n->lineno;
    emit_name_op(c, OP_LOAD_METHOD, "__aiter__", 9);
    emit(c, OP_CALL_METHOD, 0);
    bind_label(c, top);
    emit_jump(c, OP_SETUP_TRY, stop);
    emit(c, OP_COPY, 1);
    emit_name_op(c, OP_LOAD_METHOD, "__anext__", 9);
    emit(c, OP_CALL_METHOD, 0);
    emit_await(c);
    emit_op(c, OP_POP_BLOCK);
    compile_store(c, n->v.For.target);
    if (push_fblock(c, n, FB_ASYNC_FOR, top, end, NULL) < 0) return;
    compile_stmts(c, n->v.For.body);
    pop_fblock(c);
    c->u->line = n->lineno;
    emit_jump(c, OP_JUMP, top);
    bind_label(c, stop);                 /* ait exc */
    emit_name_op(c, OP_LOAD_GLOBAL, "StopAsyncIteration", 18);
    emit_op(c, OP_CHECK_EXC_MATCH);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, done);
    emit_op(c, OP_RERAISE);
    bind_label(c, done);
    emit_op(c, OP_POP_TOP);
    emit_op(c, OP_POP_EXCEPT);
    emit_op(c, OP_POP_TOP);
    compile_stmts(c, n->v.For.orelse);
    bind_label(c, end);
}

static void compile_try_except(Compiler *c, Node *n) {
    int handler = new_label(c), end = new_label(c);
    NodeList handlers = n->v.Try.handlers;
    emit_jump(c, OP_SETUP_TRY, handler);
    if (push_fblock(c, n, FB_TRY_EXCEPT, -1, -1, NULL) < 0) return;
    compile_stmts(c, n->v.Try.body);
    pop_fblock(c);
    emit_op(c, OP_POP_BLOCK);
    compile_stmts(c, n->v.Try.orelse);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, handler);              /* exc */
    for (int i = 0; i < handlers.len && !c->failed; i++) {
        Node *h = handlers.items[i];
        c->u->line = h->lineno;
        if (!h->v.ExceptHandler.type && i + 1 < handlers.len) {
            error_at(c, h, "default 'except:' must be last");
            return;
        }
        int next = new_label(c);
        if (h->v.ExceptHandler.type) {
            compile_expr(c, h->v.ExceptHandler.type);
            emit_op(c, OP_CHECK_EXC_MATCH);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->v.ExceptHandler.name.s) {
            int cleanup = new_label(c);
            compile_name(c, h, h->v.ExceptHandler.name.s, h->v.ExceptHandler.name.len, CTX_STORE);
            emit_jump(c, OP_SETUP_TRY, cleanup);
            if (push_fblock(c, h, FB_HANDLER, -1, -1, h) < 0) return;
            if (push_fblock(c, h, FB_HANDLER_CLEANUP, -1, -1, NULL) < 0) return;
            compile_stmts(c, h->v.ExceptHandler.body);
            pop_fblock(c);
            pop_fblock(c);
            emit_op(c, OP_POP_BLOCK);
            emit_op(c, OP_POP_EXCEPT);
            clear_handler_name(c, h);
            emit_jump(c, OP_JUMP, end);
            bind_label(c, cleanup);      /* exc2 */
            clear_handler_name(c, h);
            emit_op(c, OP_RERAISE);
        } else {
            emit_op(c, OP_POP_TOP);
            if (push_fblock(c, h, FB_HANDLER, -1, -1, NULL) < 0) return;
            compile_stmts(c, h->v.ExceptHandler.body);
            pop_fblock(c);
            emit_op(c, OP_POP_EXCEPT);
            emit_jump(c, OP_JUMP, end);
        }
        bind_label(c, next);
    }
    emit_op(c, OP_RERAISE);
    bind_label(c, end);
}

/* try/except*: the exception (wrapped in a group if it is not one) is split
 * clause by clause by the runtime helpers __eg_begin__/__eg_match__/
 * __eg_raised__/__eg_finish__ (builtins.c), which keep their state in a
 * list on the stack:  exc state. */
static void compile_try_star(Compiler *c, Node *n) {
    int handler = new_label(c), end = new_label(c), done = new_label(c);
    NodeList handlers = n->v.Try.handlers;
    emit_jump(c, OP_SETUP_TRY, handler);
    if (push_fblock(c, n, FB_TRY_EXCEPT, -1, -1, NULL) < 0) return;
    compile_stmts(c, n->v.Try.body);
    pop_fblock(c);
    emit_op(c, OP_POP_BLOCK);
    compile_stmts(c, n->v.Try.orelse);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, handler);                       /* exc */
    emit_name_op(c, OP_LOAD_GLOBAL, "__eg_begin__", 12);
    emit(c, OP_COPY, 2);
    emit(c, OP_CALL, 1);                          /* exc state */
    for (int i = 0; i < handlers.len && !c->failed; i++) {
        Node *h = handlers.items[i];
        c->u->line = h->lineno;
        if (!h->v.ExceptHandler.type) {
            error_at(c, h, "expected one or more exception types");
            return;
        }
        int next = new_label(c), skip = new_label(c), hfail = new_label(c);
        emit_name_op(c, OP_LOAD_GLOBAL, "__eg_match__", 12);
        emit(c, OP_COPY, 2);
        compile_expr(c, h->v.ExceptHandler.type);
        emit(c, OP_CALL, 2);                      /* exc state match */
        emit(c, OP_COPY, 1);
        emit_jump(c, OP_POP_JUMP_IF_NONE, skip);
        if (h->v.ExceptHandler.name.s)
            compile_name(c, h, h->v.ExceptHandler.name.s, h->v.ExceptHandler.name.len, CTX_STORE);
        else
            emit_op(c, OP_POP_TOP);
        emit_jump(c, OP_SETUP_TRY, hfail);        /* exc state */
        if (push_fblock(c, h, FB_TRY_EXCEPT, -1, -1, NULL) < 0) return;
        compile_stmts(c, h->v.ExceptHandler.body);
        pop_fblock(c);
        emit_op(c, OP_POP_BLOCK);
        if (h->v.ExceptHandler.name.s)
            clear_handler_name(c, h);
        emit_jump(c, OP_JUMP, next);
        bind_label(c, hfail);                     /* exc state raised */
        if (h->v.ExceptHandler.name.s)
            clear_handler_name(c, h);
        emit_name_op(c, OP_LOAD_GLOBAL, "__eg_raised__", 13);
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 3);
        emit(c, OP_CALL, 2);
        emit_op(c, OP_POP_TOP);
        emit_op(c, OP_POP_EXCEPT);
        emit_jump(c, OP_JUMP, next);
        bind_label(c, skip);                      /* exc state None */
        emit_op(c, OP_POP_TOP);
        bind_label(c, next);                      /* exc state */
    }
    emit_name_op(c, OP_LOAD_GLOBAL, "__eg_finish__", 13);
    emit(c, OP_SWAP, 2);
    emit(c, OP_CALL, 1);                          /* exc result */
    emit(c, OP_COPY, 1);
    emit_jump(c, OP_POP_JUMP_IF_NONE, done);
    emit_op(c, OP_RERAISE);
    bind_label(c, done);
    emit_op(c, OP_POP_TOP);
    emit_op(c, OP_POP_TOP);
    emit_op(c, OP_POP_EXCEPT);
    bind_label(c, end);
}

static void compile_try(Compiler *c, Node *n) {
    if (n->kind == N_TryStar && !n->v.Try.finalbody.len) {
        compile_try_star(c, n);
        return;
    }
    if (!n->v.Try.finalbody.len) { compile_try_except(c, n); return; }
    int exc_path = new_label(c), end = new_label(c);
    emit_jump(c, OP_SETUP_TRY, exc_path);
    if (push_fblock(c, n, FB_FINALLY_TRY, -1, -1, n) < 0) return;
    if (n->v.Try.handlers.len) {
        if (n->kind == N_TryStar) compile_try_star(c, n);
        else compile_try_except(c, n);
    } else compile_stmts(c, n->v.Try.body);
    pop_fblock(c);
    emit_op(c, OP_POP_BLOCK);
    compile_stmts(c, n->v.Try.finalbody);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, exc_path);             /* exc */
    if (push_fblock(c, n, FB_FINALLY_END, -1, -1, NULL) < 0) return;
    compile_stmts(c, n->v.Try.finalbody);
    pop_fblock(c);
    emit_op(c, OP_RERAISE);
    bind_label(c, end);
}

static void compile_with_item(Compiler *c, Node *n, int i, bool is_async) {
    Node *item = n->v.With.items.items[i];
    int exc_path = new_label(c), suppress = new_label(c), end = new_label(c);
    compile_expr(c, item->v.withitem.context_expr);
    c->u->line = n->lineno;
    if (is_async) {
        emit(c, OP_COPY, 1);
        emit_name_op(c, OP_LOAD_ATTR, "__aexit__", 9);
        emit(c, OP_SWAP, 2);
        emit_name_op(c, OP_LOAD_METHOD, "__aenter__", 10);
        emit(c, OP_CALL_METHOD, 0);
        emit_await(c);
    } else {
        emit_op(c, OP_BEFORE_WITH);      /* exit enter_result */
    }
    /* the handler's stack level must be just [exit], so the enter result is
     * consumed before SETUP_TRY */
    if (item->v.withitem.optional_vars) compile_store(c, item->v.withitem.optional_vars);
    else emit_op(c, OP_POP_TOP);
    emit_jump(c, OP_SETUP_TRY, exc_path);
    if (push_fblock(c, n, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1, NULL) < 0) return;
    if (i + 1 < n->v.With.items.len) compile_with_item(c, n, i + 1, is_async);
    else compile_stmts(c, n->v.With.body);
    pop_fblock(c);
    c->u->line = n->lineno;
    emit_op(c, OP_POP_BLOCK);
    emit_with_exit_call(c, is_async);
    emit_jump(c, OP_JUMP, end);
    bind_label(c, exc_path);             /* exit exc */
    emit_op(c, OP_WITH_EXCEPT);          /* exit exc result */
    if (is_async) emit_await(c);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit_op(c, OP_RERAISE);
    bind_label(c, suppress);
    emit_op(c, OP_POP_TOP);
    emit_op(c, OP_POP_EXCEPT);
    emit_op(c, OP_POP_TOP);
    bind_label(c, end);
}

static void compile_import(Compiler *c, Node *n) {
    for (int i = 0; i < n->v.Import.names.len; i++) {
        Node *a = n->v.Import.names.items[i];
        const char *name = a->v.alias.name.s;
        size_t len = a->v.alias.name.len;
        emit_const(c, MAKE_SMALLINT(0));
        emit_const(c, VAL_NONE);
        emit_name_op(c, OP_IMPORT_NAME, name, len);
        if (a->v.alias.asname.s) {
            /* import a.b.c as d: walk to the submodule */
            const char *p = memchr(name, '.', len);
            while (p) {
                const char *start = p + 1;
                const char *next = memchr(start, '.', len - (size_t)(start - name));
                size_t clen = next ? (size_t)(next - start) : len - (size_t)(start - name);
                emit_name_op(c, OP_IMPORT_FROM, start, clen);
                emit(c, OP_SWAP, 2);
                emit_op(c, OP_POP_TOP);
                p = next;
            }
            store_name_str(c, a, a->v.alias.asname.s, a->v.alias.asname.len);
        } else {
            const char *dot = memchr(name, '.', len);
            store_name_str(c, a, name, dot ? (size_t)(dot - name) : len);
        }
    }
}

static bool is_future_import(Node *s);
static bool find_annotations(NodeList body);

static void compile_import_from(Compiler *c, Node *n) {
    NodeList names = n->v.ImportFrom.names;
    if (is_future_import(n)) return;   /* compile-time directive only (checked up front) */
    Value *fromlist = scratch_alloc(&c->scratch, (size_t)(names.len + 1) * sizeof(Value));
    if (!fromlist) { nomem(c); return; }
    for (int i = 0; i < names.len; i++)
        fromlist[i] = intern(c, names.items[i]->v.alias.name.s, names.items[i]->v.alias.name.len);
    if (c->failed) return;
    emit_const(c, MAKE_SMALLINT(n->v.ImportFrom.level));
    Value t = tuple_from_array(c->vm, fromlist, (size_t)names.len);
    emit_const(c, t);
    AstStr mod = n->v.ImportFrom.module;
    emit_name_op(c, OP_IMPORT_NAME, mod.s ? mod.s : "", mod.s ? mod.len : 0);
    if (names.len == 1 && names.items[0]->v.alias.name.len == 1 && names.items[0]->v.alias.name.s[0] == '*') {
        if (c->u->scope->kind != SCOPE_MODULE) {
            error_at(c, n, "import * only allowed at module level");
            return;
        }
        emit_op(c, OP_IMPORT_STAR);
        return;
    }
    for (int i = 0; i < names.len; i++) {
        Node *a = names.items[i];
        emit_name_op(c, OP_IMPORT_FROM, a->v.alias.name.s, a->v.alias.name.len);
        if (a->v.alias.asname.s) store_name_str(c, a, a->v.alias.asname.s, a->v.alias.asname.len);
        else store_name_str(c, a, a->v.alias.name.s, a->v.alias.name.len);
    }
    emit_op(c, OP_POP_TOP);
}

static void compile_funcdef(Compiler *c, Node *n) {
    NodeList decos = n->v.FunctionDef.decorator_list;
    for (int i = 0; i < decos.len; i++) compile_expr(c, decos.items[i]);
    c->u->line = n->lineno;
    uint32_t flags = compile_defaults(c, n->v.FunctionDef.args);
    flags |= compile_annotations(c, n->v.FunctionDef.args, n->v.FunctionDef.returns);
    CodeObj *co = compile_function_code(c, n, n->v.FunctionDef.name.s, n->v.FunctionDef.name.len,
                                        n->v.FunctionDef.args, &n->v.FunctionDef.body, NULL);
    c->u->line = n->lineno;
    emit_make_function(c, co, flags, n);
    for (int i = decos.len - 1; i >= 0; i--) {
        c->u->line = decos.items[i]->lineno;
        emit(c, OP_CALL, 1);
    }
    c->u->line = n->lineno;
    store_name_str(c, n, n->v.FunctionDef.name.s, n->v.FunctionDef.name.len);
}

static void compile_classdef(Compiler *c, Node *n) {
    NodeList decos = n->v.ClassDef.decorator_list;
    for (int i = 0; i < decos.len; i++) compile_expr(c, decos.items[i]);
    c->u->line = n->lineno;
    Scope *s = scope_child(c->u->scope, n);
    if (!s) { error_at(c, n, "internal compiler error: missing scope"); return; }
    const char *cname = n->v.ClassDef.name.s;
    size_t clen = n->v.ClassDef.name.len;
    Value name = intern(c, cname, clen);
    Value qual = qualname_for(c, s, cname, clen);
    int first = decos.len ? decos.items[0]->lineno : n->lineno;
    Unit *u = push_unit(c, s, name, qual, first);
    if (!u) return;
    u->line = n->lineno;
    u->flags = CO_CLASS_BODY;
    emit_name_op(c, OP_LOAD_NAME, "__name__", 8);
    emit_name_op(c, OP_STORE_NAME, "__module__", 10);
    emit_const(c, qual);
    emit_name_op(c, OP_STORE_NAME, "__qualname__", 12);
    NodeList body = n->v.ClassDef.body;
    if (find_annotations(body)) emit_op(c, OP_SETUP_ANNOTATIONS);
    int start = 0;
    if (body.len && is_docstring(body.items[0])) {
        c->u->line = body.items[0]->lineno;
        emit_const(c, make_constant(c, body.items[0]->v.Expr.value));
        emit_name_op(c, OP_STORE_NAME, "__doc__", 7);
        start = 1;
    }
    for (int i = start; i < body.len; i++) compile_stmt(c, body.items[i]);
    if (s->needs_class_closure) {
        emit(c, OP_LOAD_CLOSURE, 0);
        emit_name_op(c, OP_STORE_NAME, "__classcell__", 13);
    }
    emit_const(c, VAL_NONE);
    emit_op(c, OP_RETURN_VALUE);
    CodeObj *co = pop_unit(c);
    c->u->line = n->lineno;
    emit_op(c, OP_LOAD_BUILD_CLASS);
    emit_make_function(c, co, 0, n);
    emit_const(c, name);
    compile_call_tail(c, n, 2, n->v.ClassDef.bases, n->v.ClassDef.keywords, false, n->lineno);
    for (int i = decos.len - 1; i >= 0; i--) {
        c->u->line = decos.items[i]->lineno;
        emit(c, OP_CALL, 1);
    }
    c->u->line = n->lineno;
    store_name_str(c, n, cname, clen);
}

static void compile_assert(Compiler *c, Node *n) {
    int end = new_label(c);
    compile_jump_if(c, n->v.Assert.test, end, true);
    c->u->line = n->lineno;
    emit_op(c, OP_LOAD_ASSERTION_ERROR);
    if (n->v.Assert.msg) {
        compile_expr(c, n->v.Assert.msg);
        emit(c, OP_CALL, 1);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    bind_label(c, end);
}

/* Annotations are evaluated and recorded in __annotations__ only in module
 * and class bodies (as CPython does); in functions they are ignored. */
static void compile_annotation(Compiler *c, Node *ann) {
    if (!c->future_annotations || !c->src) {
        compile_expr(c, ann);
        return;
    }
    /* PEP 563: the annotation's source text */
    const char *p = c->src, *end = c->src + c->srclen;
    for (int l = 1; l < ann->lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *q = p;
    for (int l = ann->lineno; l < ann->end_lineno && q < end; l++) {
        const char *nl = memchr(q, '\n', (size_t)(end - q));
        q = nl ? nl + 1 : end;
    }
    const char *start = p + ann->col_offset, *stop = q + ann->end_col_offset;
    if (start > end || stop > end || stop < start) { compile_expr(c, ann); return; }
    Value text = str_new(c->vm, start, (size_t)(stop - start));
    if (!text) { nomem(c); return; }
    emit_const(c, text);
}

static void compile_annassign(Compiler *c, Node *n) {
    Node *t = n->v.AnnAssign.target;
    if (t->kind == N_Name && t->v.Name.id.len == 9 && memcmp(t->v.Name.id.s, "__debug__", 9) == 0) {
        error_at(c, t, "cannot assign to __debug__");
        return;
    }
    if (n->v.AnnAssign.value) {
        compile_expr(c, n->v.AnnAssign.value);
        compile_store(c, t);
    }
    ScopeKind k = c->u->scope->kind;
    if (k != SCOPE_MODULE && k != SCOPE_CLASS) return;
    if (t->kind == N_Name && n->v.AnnAssign.simple) {
        compile_annotation(c, n->v.AnnAssign.annotation);
        c->u->line = n->lineno;
        emit_name_op(c, OP_LOAD_NAME, "__annotations__", 15);
        size_t len;
        const char *name = mangle(c, t->v.Name.id.s, t->v.Name.id.len, &len);
        emit_const(c, intern(c, name, len));
        emit_op(c, OP_STORE_SUBSCR);
    } else if (!c->future_annotations) {
        compile_expr(c, n->v.AnnAssign.annotation);
        emit_op(c, OP_POP_TOP);
    }
}

/* Does a module/class body contain annotated names (outside nested scopes)? */
static bool find_annotations(NodeList body) {
    for (int i = 0; i < body.len; i++) {
        Node *s = body.items[i];
        switch (s->kind) {
        case N_AnnAssign: return true;
        case N_For: case N_AsyncFor:
            if (find_annotations(s->v.For.body) || find_annotations(s->v.For.orelse)) return true;
            break;
        case N_While: case N_If:
            if (find_annotations(s->v.If.body) || find_annotations(s->v.If.orelse)) return true;
            break;
        case N_With: case N_AsyncWith:
            if (find_annotations(s->v.With.body)) return true;
            break;
        case N_Try: case N_TryStar:
            if (find_annotations(s->v.Try.body) || find_annotations(s->v.Try.orelse) ||
                find_annotations(s->v.Try.finalbody)) return true;
            for (int j = 0; j < s->v.Try.handlers.len; j++)
                if (find_annotations(s->v.Try.handlers.items[j]->v.ExceptHandler.body)) return true;
            break;
        case N_Match:
            for (int j = 0; j < s->v.Match.cases.len; j++)
                if (find_annotations(s->v.Match.cases.items[j]->v.match_case.body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

static bool is_future_import(Node *s) {
    return s->kind == N_ImportFrom && s->v.ImportFrom.module.s && s->v.ImportFrom.level == 0 &&
           strcmp(s->v.ImportFrom.module.s, "__future__") == 0;
}

/* 'from __future__ import ...' must come first (after a docstring); the
 * features CPython 3.11 knows are all either mandatory or 'annotations'. */
static void check_future_imports(Compiler *c, NodeList body) {
    static const char *const known[] = { "nested_scopes", "generators", "division", "absolute_import",
                                         "with_statement", "print_function", "unicode_literals",
                                         "barry_as_FLUFL", "generator_stop", "annotations", NULL };
    bool in_prologue = true;
    for (int i = 0; i < body.len && !c->failed; i++) {
        Node *s = body.items[i];
        if (i == 0 && is_docstring(s)) continue;
        if (!is_future_import(s)) { in_prologue = false; continue; }
        if (!in_prologue) {
            error_at(c, s, "from __future__ imports must occur at the beginning of the file");
            return;
        }
        for (int j = 0; j < s->v.ImportFrom.names.len; j++) {
            AstStr nm = s->v.ImportFrom.names.items[j]->v.alias.name;
            bool ok = false;
            for (int k = 0; known[k]; k++)
                if (strlen(known[k]) == nm.len && memcmp(known[k], nm.s, nm.len) == 0) ok = true;
            if (nm.len == 6 && memcmp(nm.s, "braces", 6) == 0) {
                error_at(c, s, "not a chance");
                return;
            }
            if (!ok) {
                char msg[160];
                snprintf(msg, sizeof msg, "future feature %.*s is not defined", (int)nm.len, nm.s);
                error_at(c, s, msg);
                return;
            }
            if (nm.len == 11 && memcmp(nm.s, "annotations", 11) == 0) c->future_annotations = true;
        }
    }
}

static void compile_match(Compiler *c, Node *n);

static void compile_stmt_inner(Compiler *c, Node *n);

static void compile_stmt(Compiler *c, Node *n) {
    if (c->failed || !n) return;
    c->depth++;
    if (!too_deep(c)) compile_stmt_inner(c, n);
    c->depth--;
}

static void compile_stmt_inner(Compiler *c, Node *n) {
    c->u->line = n->lineno;
    switch (n->kind) {
    case N_FunctionDef: case N_AsyncFunctionDef: compile_funcdef(c, n); break;
    case N_ClassDef: compile_classdef(c, n); break;
    case N_Return: compile_return(c, n); break;
    case N_Delete:
        for (int i = 0; i < n->v.Delete.targets.len; i++) compile_delete_target(c, n->v.Delete.targets.items[i]);
        break;
    case N_Assign: {
        NodeList t = n->v.Assign.targets;
        compile_expr(c, n->v.Assign.value);
        for (int i = 0; i < t.len; i++) {
            if (i + 1 < t.len) emit(c, OP_COPY, 1);
            compile_store(c, t.items[i]);
        }
        break;
    }
    case N_AugAssign: compile_augassign(c, n); break;
    case N_AnnAssign: compile_annassign(c, n); break;
    case N_For: compile_for(c, n); break;
    case N_AsyncFor: compile_async_for(c, n); break;
    case N_While: compile_while(c, n); break;
    case N_If: compile_if(c, n); break;
    case N_With: compile_with_item(c, n, 0, false); break;
    case N_AsyncWith:
        if (!check_await(c, n)) return;
        compile_with_item(c, n, 0, true);
        break;
    case N_Match: compile_match(c, n); break;
    case N_Raise: {
        uint32_t argc = 0;
        if (n->v.Raise.exc) { compile_expr(c, n->v.Raise.exc); argc = 1; }
        if (n->v.Raise.cause) { compile_expr(c, n->v.Raise.cause); argc = 2; }
        c->u->line = n->lineno;
        emit(c, OP_RAISE_VARARGS, argc);
        break;
    }
    case N_Try: case N_TryStar: compile_try(c, n); break;
    case N_Assert: compile_assert(c, n); break;
    case N_Import: compile_import(c, n); break;
    case N_ImportFrom: compile_import_from(c, n); break;
    case N_Global: case N_Nonlocal: case N_Pass: break;
    case N_Expr:
        if (n->v.Expr.value->kind == N_Constant) break;   /* no effect (stray strings, '...') */
        compile_expr(c, n->v.Expr.value);
        emit_op(c, OP_POP_TOP);
        break;
    case N_Break: compile_break_continue(c, n, true); break;
    case N_Continue: compile_break_continue(c, n, false); break;
    default: error_at(c, n, "internal compiler error: unexpected statement node"); break;
    }
}

/* ------------------------------------------------------------------ match */

/* Pattern context: fail_pop[k] is a label that pops k stack items and then
 * goes to the failure target of the case; on_top counts the items above
 * that target's stack level (the value being matched included).  Names
 * are stored as soon as they are captured (CPython defers the stores until
 * the whole pattern matched; either way a failed match may leave names
 * bound, which the language allows). */
typedef struct PatCtx {
    int *fail_pop;
    int nfail, cap;
    int on_top;
} PatCtx;

static void compile_pattern(Compiler *c, PatCtx *pc, Node *p);

static int fail_pop_label(Compiler *c, PatCtx *pc, int pops) {
    while (pc->nfail <= pops) {
        int *nf = grow_array(c, pc->fail_pop, pc->nfail, &pc->cap, sizeof(int));
        if (!nf) return 0;
        pc->fail_pop = nf;
        pc->fail_pop[pc->nfail++] = new_label(c);
    }
    return pc->fail_pop[pops];
}

static void jump_to_fail_pop(Compiler *c, PatCtx *pc, int op, int pops) {
    int label = fail_pop_label(c, pc, pops);
    emit_jump(c, op, label);
}

static void emit_fail_pops(Compiler *c, PatCtx *pc) {
    if (pc->nfail == 0) return;
    for (int k = pc->nfail - 1; k > 0; k--) {
        bind_label(c, pc->fail_pop[k]);
        emit_op(c, OP_POP_TOP);
    }
    bind_label(c, pc->fail_pop[0]);
    pc->nfail = 0;
    pc->fail_pop = NULL;
    pc->cap = 0;
}

static void pattern_store(Compiler *c, PatCtx *pc, Node *p, AstStr name) {
    if (name.s) compile_name(c, p, name.s, name.len, CTX_STORE);
    else emit_op(c, OP_POP_TOP);
    pc->on_top--;
}

static void pattern_subpatterns(Compiler *c, PatCtx *pc, NodeList pats) {
    for (int i = 0; i < pats.len && !c->failed; i++) compile_pattern(c, pc, pats.items[i]);
}

static void compile_pattern_sequence(Compiler *c, PatCtx *pc, Node *p) {
    NodeList pats = p->v.MatchSequence.patterns;
    int star = -1;
    for (int i = 0; i < pats.len; i++) {
        if (pats.items[i]->kind == N_MatchStar) {
            if (star >= 0) { error_at(c, pats.items[i], "multiple starred names in sequence pattern"); return; }
            star = i;
        }
    }
    emit_op(c, OP_MATCH_SEQUENCE);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE, pc->on_top);
    emit_op(c, OP_GET_LEN);
    if (star < 0) {
        emit_const(c, MAKE_SMALLINT(pats.len));
        emit(c, OP_COMPARE_OP, CMP_EQ);
    } else {
        emit_const(c, MAKE_SMALLINT(pats.len - 1));
        emit(c, OP_COMPARE_OP, CMP_GE);
    }
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE, pc->on_top);
    if (star < 0) emit(c, OP_UNPACK_SEQUENCE, (uint32_t)pats.len);
    else emit(c, OP_UNPACK_EX, (uint32_t)star | ((uint32_t)(pats.len - star - 1) << 8));
    pc->on_top += pats.len - 1;
    pattern_subpatterns(c, pc, pats);
}

static void compile_pattern_mapping(Compiler *c, PatCtx *pc, Node *p) {
    NodeList keys = p->v.MatchMapping.keys, pats = p->v.MatchMapping.patterns;
    int n = keys.len;
    emit_op(c, OP_MATCH_MAPPING);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE, pc->on_top);
    if (n == 0 && !p->v.MatchMapping.rest.s) {
        emit_op(c, OP_POP_TOP);
        pc->on_top--;
        return;
    }
    if (n > 0) {
        emit_op(c, OP_GET_LEN);
        emit_const(c, MAKE_SMALLINT(n));
        emit(c, OP_COMPARE_OP, CMP_GE);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE, pc->on_top);
    }
    for (int i = 0; i < n; i++) {
        Node *k = keys.items[i];
        if (k->kind != N_Constant && k->kind != N_Attribute && k->kind != N_UnaryOp && k->kind != N_BinOp) {
            error_at(c, k, "mapping pattern keys may only match literals and attribute lookups");
            return;
        }
        compile_expr(c, k);
    }
    emit(c, OP_BUILD_TUPLE, (uint32_t)n);     /* subj keys */
    pc->on_top++;
    if (n > 0) {
        emit_op(c, OP_MATCH_KEYS);            /* subj keys values|None */
        pc->on_top++;
        emit(c, OP_COPY, 1);
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_NONE, pc->on_top);
        emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n);
        pc->on_top += n - 1;
        pattern_subpatterns(c, pc, pats);
    }
    /* subj keys */
    if (p->v.MatchMapping.rest.s) {
        /* rest = dict(subject) minus the matched keys */
        emit(c, OP_BUILD_MAP, 0);
        emit(c, OP_SWAP, 3);
        emit(c, OP_DICT_UPDATE, 2);           /* rest keys */
        emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n);
        for (int size = n; size > 0; size--) {
            emit(c, OP_COPY, (uint32_t)(1 + size));
            emit(c, OP_SWAP, 2);
            emit_op(c, OP_DELETE_SUBSCR);
        }
        pc->on_top--;                         /* keys tuple gone, rest replaces subject */
        pattern_store(c, pc, p, p->v.MatchMapping.rest);
    } else {
        emit_op(c, OP_POP_TOP);
        emit_op(c, OP_POP_TOP);
        pc->on_top -= 2;
    }
}

static void compile_pattern_class(Compiler *c, PatCtx *pc, Node *p) {
    NodeList pats = p->v.MatchClass.patterns, kpats = p->v.MatchClass.kwd_patterns;
    AstStrList kw = p->v.MatchClass.kwd_attrs;
    compile_expr(c, p->v.MatchClass.cls);
    Value *names = scratch_alloc(&c->scratch, (size_t)(kw.len + 1) * sizeof(Value));
    if (!names) { nomem(c); return; }
    for (int i = 0; i < kw.len; i++) names[i] = intern(c, kw.items[i].s, kw.items[i].len);
    if (c->failed) return;
    emit_const(c, tuple_from_array(c->vm, names, (size_t)kw.len));
    emit(c, OP_MATCH_CLASS, (uint32_t)pats.len);   /* attrs|None */
    emit(c, OP_COPY, 1);
    jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_NONE, pc->on_top);
    int total = pats.len + kpats.len;
    if (total == 0) {
        emit_op(c, OP_POP_TOP);
        pc->on_top--;
        return;
    }
    emit(c, OP_UNPACK_SEQUENCE, (uint32_t)total);
    pc->on_top += total - 1;
    pattern_subpatterns(c, pc, pats);
    pattern_subpatterns(c, pc, kpats);
}

static void compile_pattern_or(Compiler *c, PatCtx *pc, Node *p) {
    NodeList alts = p->v.MatchOr.patterns;
    int end = new_label(c);
    for (int i = 0; i < alts.len && !c->failed; i++) {
        PatCtx sub = { NULL, 0, 0, 1 };
        emit(c, OP_COPY, 1);
        compile_pattern(c, &sub, alts.items[i]);
        emit_op(c, OP_POP_TOP);
        emit_jump(c, OP_JUMP, end);
        emit_fail_pops(c, &sub);
    }
    jump_to_fail_pop(c, pc, OP_JUMP, pc->on_top);
    bind_label(c, end);
    pc->on_top--;
}

/* Match the value on top of the stack against p, consuming it. */
static void compile_pattern_inner(Compiler *c, PatCtx *pc, Node *p);

static void compile_pattern(Compiler *c, PatCtx *pc, Node *p) {
    if (c->failed) return;
    c->depth++;
    if (!too_deep(c)) compile_pattern_inner(c, pc, p);
    c->depth--;
}

static void compile_pattern_inner(Compiler *c, PatCtx *pc, Node *p) {
    int saved = c->u->line;
    c->u->line = p->lineno;
    switch (p->kind) {
    case N_MatchValue:
        compile_expr(c, p->v.MatchValue.value);
        emit(c, OP_COMPARE_OP, CMP_EQ);
        pc->on_top--;
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE, pc->on_top);
        break;
    case N_MatchSingleton: {
        ConstKind k = p->v.MatchSingleton.kind;
        emit_const(c, k == CONST_NONE ? VAL_NONE : k == CONST_TRUE ? VAL_TRUE : VAL_FALSE);
        emit(c, OP_IS_OP, 0);
        pc->on_top--;
        jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE, pc->on_top);
        break;
    }
    case N_MatchSequence: compile_pattern_sequence(c, pc, p); break;
    case N_MatchMapping: compile_pattern_mapping(c, pc, p); break;
    case N_MatchClass: compile_pattern_class(c, pc, p); break;
    case N_MatchStar: pattern_store(c, pc, p, p->v.MatchStar.name); break;
    case N_MatchAs:
        if (p->v.MatchAs.pattern) {
            emit(c, OP_COPY, 1);
            pc->on_top++;
            compile_pattern(c, pc, p->v.MatchAs.pattern);
        }
        pattern_store(c, pc, p, p->v.MatchAs.name);
        break;
    case N_MatchOr: compile_pattern_or(c, pc, p); break;
    default: error_at(c, p, "internal compiler error: unexpected pattern node"); break;
    }
    c->u->line = saved;
}

static void compile_match(Compiler *c, Node *n) {
    int end = new_label(c);
    NodeList cases = n->v.Match.cases;
    compile_expr(c, n->v.Match.subject);
    for (int i = 0; i < cases.len && !c->failed; i++) {
        Node *mc = cases.items[i];
        Node *pat = mc->v.match_case.pattern;
        bool wildcard = pat->kind == N_MatchAs && !pat->v.MatchAs.pattern;
        if (wildcard && !mc->v.match_case.guard && i + 1 < cases.len) {
            if (pat->v.MatchAs.name.s) {
                char msg[200];
                snprintf(msg, sizeof msg, "name capture '%.*s' makes remaining patterns unreachable",
                         (int)pat->v.MatchAs.name.len, pat->v.MatchAs.name.s);
                error_at(c, pat, msg);
            } else {
                error_at(c, pat, "wildcard makes remaining patterns unreachable");
            }
            return;
        }
        PatCtx pc = { NULL, 0, 0, 1 };
        c->u->line = pat->lineno;
        emit(c, OP_COPY, 1);
        compile_pattern(c, &pc, pat);
        if (mc->v.match_case.guard) {
            compile_jump_if(c, mc->v.match_case.guard, fail_pop_label(c, &pc, 0), false);
        }
        emit_op(c, OP_POP_TOP);                   /* the subject */
        compile_stmts(c, mc->v.match_case.body);
        emit_jump(c, OP_JUMP, end);
        emit_fail_pops(c, &pc);
    }
    emit_op(c, OP_POP_TOP);
    bind_label(c, end);
}

/* ----------------------------------------------------------------- module */

CodeObj *compile_module_ex(Vm *vm, Node *module, const char *filename, Value source,
                           const CompileOptions *opt, SyntaxErrorInfo *err) {
    Compiler cc;
    Compiler *c = &cc;
    memset(c, 0, sizeof *c);
    c->vm = vm;
    c->err = err;
    c->source = source;
    if (source && IS_STR(source)) { c->src = STR_DATA(source); c->srclen = STR_LEN(source); }
    c->allow_top_level_await = opt && opt->allow_top_level_await;
    scratch_init(&c->scratch, vm);
    CodeObj *result = NULL;
    c->filename = intern_cstr(c, filename ? filename : "<string>");
    if (c->failed) goto done;

    c->st.vm = vm;
    c->st.scratch = &c->scratch;
    c->st.err = err;
    c->st.source = c->src;
    c->st.source_len = c->srclen;
    if (symtable_build(&c->st, module) < 0) { c->failed = 1; goto done; }

    Unit *u = push_unit(c, c->st.top, intern_cstr(c, "<module>"), VAL_NULL, 1);
    if (!u) goto done;
    u->qualname = u->name;
    u->flags = CO_MODULE;
    if (module->kind == N_Expression) {
        compile_expr(c, module->v.Expression.body);
        emit_op(c, OP_RETURN_VALUE);
    } else {
        NodeList body = module->v.Module.body;
        check_future_imports(c, body);
        if (find_annotations(body)) emit_op(c, OP_SETUP_ANNOTATIONS);
        int start = 0;
        if (body.len && is_docstring(body.items[0])) {
            c->u->line = body.items[0]->lineno;
            emit_const(c, make_constant(c, body.items[0]->v.Expr.value));
            emit_name_op(c, OP_STORE_NAME, "__doc__", 7);
            if (body.len > 1) start = 1;
        }
        /* the module's result is the value of a final expression statement */
        int last = body.len - 1;
        bool last_is_expr = last >= start && body.items[last]->kind == N_Expr;
        for (int i = start; i < body.len && !c->failed; i++) {
            if (i == last && last_is_expr) {
                c->u->line = body.items[i]->lineno;
                compile_expr(c, body.items[i]->v.Expr.value);
                emit_op(c, OP_RETURN_VALUE);
            } else {
                compile_stmt(c, body.items[i]);
            }
        }
        if (!last_is_expr) {
            emit_const(c, VAL_NONE);
            emit_op(c, OP_RETURN_VALUE);
        }
    }
    if (c->allow_top_level_await && c->u && c->u->awaits) c->u->flags |= CO_COROUTINE;
    result = pop_unit(c);
done:
    if (c->failed) result = NULL;
    if (vm_exc_pending(vm) && !result) vm_exc_clear(vm);
    scratch_free(&c->scratch);
    return result;
}

CodeObj *compile_module(Vm *vm, Node *module, const char *filename, Value source, SyntaxErrorInfo *err) {
    return compile_module_ex(vm, module, filename, source, NULL, err);
}
