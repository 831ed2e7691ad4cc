/* Scope analysis: which names are local, global, free or cell in each
 * scope.  Follows CPython 3.11's symtable.c rules (see symtable.h). */
#include "symtable.h"

#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------- scratch arena */

struct ScratchChunk {
    ScratchChunk *next;
    size_t size, used;
    /* data follows, 16-aligned */
};

#define CHUNK_HEADER ((sizeof(ScratchChunk) + 15) & ~(size_t)15)
#define CHUNK_DEFAULT 16384

void scratch_init(Scratch *s, Vm *vm) {
    s->vm = vm;
    s->chunks = NULL;
    s->failed = 0;
}

void *scratch_alloc(Scratch *s, size_t size) {
    size = (size + 15) & ~(size_t)15;
    if (size == 0) size = 16;
    ScratchChunk *c = s->chunks;
    if (!c || c->size - c->used < size) {
        size_t cap = size > CHUNK_DEFAULT / 2 ? size : CHUNK_DEFAULT;
        c = mem_alloc(s->vm, CHUNK_HEADER + cap);
        if (!c) { s->failed = 1; return NULL; }
        c->size = cap;
        c->used = 0;
        /* a big one-off block goes behind the current chunk so the current
         * chunk's free space stays usable */
        if (size > CHUNK_DEFAULT / 2 && s->chunks) {
            c->next = s->chunks->next;
            s->chunks->next = c;
        } else {
            c->next = s->chunks;
            s->chunks = c;
        }
    }
    char *p = (char *)c + CHUNK_HEADER + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

void scratch_free(Scratch *s) {
    ScratchChunk *c = s->chunks;
    while (c) {
        ScratchChunk *next = c->next;
        mem_free(s->vm, c, CHUNK_HEADER + c->size);
        c = next;
    }
    s->chunks = NULL;
}

/* Grow an array held in the scratch arena (the old block is abandoned). */
static void *grow(Scratch *s, void *items, int len, int *cap, size_t elsize) {
    if (len < *cap) return items;
    int ncap = *cap ? *cap * 2 : 8;
    void *n = scratch_alloc(s, (size_t)ncap * elsize);
    if (!n) return NULL;
    if (len) memcpy(n, items, (size_t)len * elsize);
    *cap = ncap;
    return n;
}

/* ------------------------------------------------------------- errors */

void syntax_error_at(SyntaxErrorInfo *err, const char *source, size_t source_len,
                     int lineno, int col_offset, int end_lineno, int end_col_offset,
                     const char *msg) {
    if (!err) return;
    memset(err, 0, sizeof *err);
    snprintf(err->type, sizeof err->type, "%s", "SyntaxError");
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    err->offset = col_offset + 1;
    err->end_offset = end_col_offset + 1;
    if (!source || lineno < 1) return;
    /* find the line and convert byte offsets to character offsets */
    const char *p = source, *end = source + source_len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) { p = end; break; }
        p = nl + 1;
    }
    const char *eol = p;
    while (eol < end && *eol != '\n') eol++;
    size_t n = (size_t)(eol - p);
    if (n >= sizeof err->text - 1) n = sizeof err->text - 2;
    memcpy(err->text, p, n);
    err->text[n] = '\n';
    err->text[n + 1] = 0;
    int chars = 0;
    for (int i = 0; i < col_offset && p + i < eol; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80) chars++;
    err->offset = chars + 1;
    if (end_lineno == lineno) {
        int echars = 0;
        for (int i = 0; i < end_col_offset && p + i < eol; i++)
            if (((unsigned char)p[i] & 0xC0) != 0x80) echars++;
        err->end_offset = echars + 1;
    }
}

static void st_error(SymTable *st, const Node *n, const char *fmt, const char *name, size_t len) {
    if (st->failed) return;
    char msg[256];
    if (name) snprintf(msg, sizeof msg, fmt, (int)len, name);
    else snprintf(msg, sizeof msg, "%s", fmt);
    syntax_error_at(st->err, st->source, st->source_len, n ? n->lineno : 1, n ? n->col_offset : 0,
                    n ? n->end_lineno : 1, n ? n->end_col_offset : 0, msg);
    st->failed = 1;
}

static void st_too_deep(SymTable *st) {
    if (st->failed) return;
    if (st->err) {
        memset(st->err, 0, sizeof *st->err);
        snprintf(st->err->type, sizeof st->err->type, "RecursionError");
        snprintf(st->err->msg, sizeof st->err->msg, "maximum recursion depth exceeded during compilation");
        st->err->is_recursion_error = 1;
    }
    st->failed = 1;
}

static void st_nomem(SymTable *st) {
    if (st->failed) return;
    if (st->err) {
        memset(st->err, 0, sizeof *st->err);
        snprintf(st->err->type, sizeof st->err->type, "MemoryError");
        st->err->is_memory_error = 1;
    }
    st->failed = 1;
}

/* ------------------------------------------------------------- symbols */

static uint32_t name_hash(const char *s, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

Symbol *scope_lookup(Scope *s, const char *name, size_t len) {
    if (!s->index_size) return NULL;
    uint32_t mask = (uint32_t)s->index_size - 1;
    for (uint32_t i = name_hash(name, len) & mask;; i = (i + 1) & mask) {
        int k = s->index[i];
        if (k < 0) return NULL;
        Symbol *sym = &s->syms[k];
        if (sym->len == len && memcmp(sym->name, name, len) == 0) return sym;
    }
}

static int rebuild_index(SymTable *st, Scope *s, int size) {
    int *idx = scratch_alloc(st->scratch, (size_t)size * sizeof(int));
    if (!idx) { st_nomem(st); return -1; }
    for (int i = 0; i < size; i++) idx[i] = -1;
    uint32_t mask = (uint32_t)size - 1;
    for (int k = 0; k < s->nsyms; k++) {
        uint32_t i = name_hash(s->syms[k].name, s->syms[k].len) & mask;
        while (idx[i] >= 0) i = (i + 1) & mask;
        idx[i] = k;
    }
    s->index = idx;
    s->index_size = size;
    return 0;
}

/* Symbols are never removed and syms[] may move: callers re-look-up after adding. */
static Symbol *add_symbol(SymTable *st, Scope *s, const char *name, size_t len, unsigned flags) {
    Symbol *sym = scope_lookup(s, name, len);
    if (sym) { sym->flags |= flags; return sym; }
    Symbol *ns = grow(st->scratch, s->syms, s->nsyms, &s->syms_cap, sizeof(Symbol));
    if (!ns) { st_nomem(st); return NULL; }
    s->syms = ns;
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->len = len;
    sym->flags = flags;
    sym->scope = SYM_UNRESOLVED;
    if (s->nsyms * 2 > s->index_size) {
        if (rebuild_index(st, s, s->index_size ? s->index_size * 2 : 16) < 0) return NULL;
    } else {
        uint32_t mask = (uint32_t)s->index_size - 1;
        uint32_t i = name_hash(name, len) & mask;
        while (s->index[i] >= 0) i = (i + 1) & mask;
        s->index[i] = s->nsyms - 1;
    }
    return sym;
}

const char *scope_mangle(Scratch *scratch, const char *class_name, size_t class_len,
                         const char *name, size_t len, size_t *out_len) {
    *out_len = len;
    if (!class_name || len < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name[len - 1] == '_' && name[len - 2] == '_') return name;
    if (memchr(name, '.', len)) return name;
    /* strip leading underscores of the class name; all-underscore classes don't mangle */
    while (class_len && *class_name == '_') { class_name++; class_len--; }
    if (!class_len) return name;
    char *m = scratch_alloc(scratch, 1 + class_len + len + 1);
    if (!m) return NULL;
    m[0] = '_';
    memcpy(m + 1, class_name, class_len);
    memcpy(m + 1 + class_len, name, len);
    m[1 + class_len + len] = 0;
    *out_len = 1 + class_len + len;
    return m;
}

static Symbol *add_def(SymTable *st, const char *name, size_t len, unsigned flags) {
    size_t mlen;
    const char *m = scope_mangle(st->scratch, st->cur->class_name, st->cur->class_name_len, name, len, &mlen);
    if (!m) { st_nomem(st); return NULL; }
    return add_symbol(st, st->cur, m, mlen, flags);
}

static Scope *new_scope(SymTable *st, ScopeKind kind, Node *node, const char *name, size_t len) {
    Scope *s = scratch_alloc(st->scratch, sizeof(Scope));
    if (!s) { st_nomem(st); return NULL; }
    s->kind = kind;
    s->node = node;
    s->name = name;
    s->name_len = len;
    s->parent = st->cur;
    if (st->cur) {
        Scope *p = st->cur;
        Scope **nc = grow(st->scratch, p->children, p->nchildren, &p->children_cap, sizeof(Scope *));
        if (!nc) { st_nomem(st); return NULL; }
        p->children = nc;
        p->children[p->nchildren++] = s;
        if (p->kind == SCOPE_CLASS) {
            s->class_name = p->name;
            s->class_name_len = p->name_len;
        } else {
            s->class_name = p->class_name;
            s->class_name_len = p->class_name_len;
        }
    }
    return s;
}

Scope *scope_child(Scope *s, const Node *node) {
    int k = s->child_cursor;
    if (k < s->nchildren && s->children[k]->node == node) {
        s->child_cursor = k + 1;
        return s->children[k];
    }
    for (int i = 0; i < s->nchildren; i++) {
        if (s->children[i]->node == node) {
            s->child_cursor = i + 1;
            return s->children[i];
        }
    }
    return NULL;
}

/* ------------------------------------------------------------ visitors */

static void visit_expr(SymTable *st, Node *n);
static void visit_stmt(SymTable *st, Node *n);
static void visit_pattern(SymTable *st, Node *n);
static void visit_comp_target_flags(SymTable *st, Node *target);

static void visit_exprs(SymTable *st, NodeList l) {
    for (int i = 0; i < l.len && !st->failed; i++)
        if (l.items[i]) visit_expr(st, l.items[i]);
}

static void visit_stmts(SymTable *st, NodeList l) {
    for (int i = 0; i < l.len && !st->failed; i++) visit_stmt(st, l.items[i]);
}

static void add_param(SymTable *st, Scope *s, Node *arg) {
    if (!arg || st->failed) return;
    size_t mlen;
    const char *m = scope_mangle(st->scratch, s->class_name, s->class_name_len,
                                 arg->v.arg.arg.s, arg->v.arg.arg.len, &mlen);
    if (!m) { st_nomem(st); return; }
    Symbol *old = scope_lookup(s, m, mlen);
    if (old && (old->flags & DEF_PARAM)) {
        st_error(st, arg, "duplicate argument '%.*s' in function definition", m, mlen);
        return;
    }
    Symbol *sym = add_symbol(st, s, m, mlen, DEF_PARAM);
    if (!sym) return;
    s->params[s->nparams++] = (int)(sym - s->syms);
}

static void add_params(SymTable *st, Scope *s, Node *args) {
    if (!args) return;
    int total = args->v.arguments.posonlyargs.len + args->v.arguments.args.len +
                args->v.arguments.kwonlyargs.len + 2;
    s->params = scratch_alloc(st->scratch, (size_t)total * sizeof(int));
    if (!s->params) { st_nomem(st); return; }
    for (int i = 0; i < args->v.arguments.posonlyargs.len; i++) add_param(st, s, args->v.arguments.posonlyargs.items[i]);
    for (int i = 0; i < args->v.arguments.args.len; i++) add_param(st, s, args->v.arguments.args.items[i]);
    for (int i = 0; i < args->v.arguments.kwonlyargs.len; i++) add_param(st, s, args->v.arguments.kwonlyargs.items[i]);
    if (args->v.arguments.vararg) { add_param(st, s, args->v.arguments.vararg); s->has_varargs = true; }
    if (args->v.arguments.kwarg) { add_param(st, s, args->v.arguments.kwarg); s->has_varkw = true; }
}


static void visit_defaults(SymTable *st, Node *args) {
    if (!args) return;
    visit_exprs(st, args->v.arguments.defaults);
    visit_exprs(st, args->v.arguments.kw_defaults);
}

static const char *comp_name(NodeKind k) {
    switch (k) {
    case N_ListComp: return "<listcomp>";
    case N_SetComp: return "<setcomp>";
    case N_DictComp: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static void visit_comprehension(SymTable *st, Node *n) {
    NodeList gens = n->v.Comp.generators;
    if (gens.len == 0) return;
    Node *first = gens.items[0];
    visit_expr(st, first->v.comprehension.iter);
    const char *name = comp_name(n->kind);
    Scope *s = new_scope(st, SCOPE_COMPREHENSION, n, name, strlen(name));
    if (!s) return;
    Scope *saved = st->cur;
    st->cur = s;
    if (n->kind == N_GeneratorExp) s->is_generator = true;
    s->params = scratch_alloc(st->scratch, sizeof(int));
    if (!s->params) { st_nomem(st); st->cur = saved; return; }
    Symbol *dot0 = add_symbol(st, s, ".0", 2, DEF_PARAM);
    if (dot0) s->params[s->nparams++] = (int)(dot0 - s->syms);
    for (int i = 0; i < gens.len && !st->failed; i++) {
        Node *g = gens.items[i];
        if (g->v.comprehension.is_async) s->is_coroutine = true;
        visit_expr(st, g->v.comprehension.target);
        visit_comp_target_flags(st, g->v.comprehension.target);
        if (i > 0) visit_expr(st, g->v.comprehension.iter);
        visit_exprs(st, g->v.comprehension.ifs);
    }
    if (n->v.Comp.elt) visit_expr(st, n->v.Comp.elt);
    if (n->v.Comp.key) visit_expr(st, n->v.Comp.key);
    if (n->v.Comp.value) visit_expr(st, n->v.Comp.value);
    if (s->has_await) s->is_coroutine = true;
    st->cur = saved;
    /* an async list/set/dict comprehension nested in another comprehension
     * is awaited there, which makes the outer one asynchronous too */
    if (s->is_coroutine && n->kind != N_GeneratorExp && saved->kind == SCOPE_COMPREHENSION) {
        saved->is_coroutine = true;
        saved->has_await = true;
    }
}

static void visit_walrus_target(SymTable *st, Node *target) {
    Scope *s = st->cur;
    const char *name = target->v.Name.id.s;
    size_t len = target->v.Name.id.len;
    if (s->kind != SCOPE_COMPREHENSION) {
        add_def(st, name, len, DEF_LOCAL);
        return;
    }
    Symbol *it = scope_lookup(s, name, len);
    if (it && (it->flags & DEF_COMP_ITER)) {
        st_error(st, target, "assignment expression cannot rebind comprehension iteration variable '%.*s'", name, len);
        return;
    }
    Scope *e = s;
    while (e->kind == SCOPE_COMPREHENSION) e = e->parent;
    if (e->kind == SCOPE_CLASS) {
        st_error(st, target, "assignment expression within a comprehension cannot be used in a class body", NULL, 0);
        return;
    }
    if (e->kind == SCOPE_MODULE) {
        add_symbol(st, s, name, len, DEF_GLOBAL);
        add_symbol(st, e, name, len, DEF_LOCAL);
    } else {
        Symbol *es = scope_lookup(e, name, len);
        if (es && (es->flags & DEF_GLOBAL)) {
            add_symbol(st, s, name, len, DEF_GLOBAL);
        } else {
            add_symbol(st, s, name, len, DEF_NONLOCAL);
            add_symbol(st, e, name, len, DEF_LOCAL);
        }
    }
}

static void visit_expr_inner(SymTable *st, Node *n);

static void visit_expr(SymTable *st, Node *n) {
    if (!n || st->failed) return;
    if (++st->depth > COMPILE_MAX_DEPTH) { st_too_deep(st); return; }
    visit_expr_inner(st, n);
    st->depth--;
}

static void visit_expr_inner(SymTable *st, Node *n) {
    switch (n->kind) {
    case N_BoolOp: visit_exprs(st, n->v.BoolOp.values); break;
    case N_NamedExpr:
        visit_expr(st, n->v.NamedExpr.value);
        visit_walrus_target(st, n->v.NamedExpr.target);
        break;
    case N_BinOp: visit_expr(st, n->v.BinOp.left); visit_expr(st, n->v.BinOp.right); break;
    case N_UnaryOp: visit_expr(st, n->v.UnaryOp.operand); break;
    case N_Lambda: {
        visit_defaults(st, n->v.Lambda.args);
        Scope *s = new_scope(st, SCOPE_LAMBDA, n, "<lambda>", 8);
        if (!s) return;
        Scope *saved = st->cur;
        st->cur = s;
        add_params(st, s, n->v.Lambda.args);
        visit_expr(st, n->v.Lambda.body);
        st->cur = saved;
        break;
    }
    case N_IfExp:
        visit_expr(st, n->v.IfExp.test);
        visit_expr(st, n->v.IfExp.body);
        visit_expr(st, n->v.IfExp.orelse);
        break;
    case N_Dict: visit_exprs(st, n->v.Dict.keys); visit_exprs(st, n->v.Dict.values); break;
    case N_Set: visit_exprs(st, n->v.Set.elts); break;
    case N_ListComp: case N_SetComp: case N_DictComp: case N_GeneratorExp:
        visit_comprehension(st, n);
        break;
    case N_Await:
        st->cur->has_await = true;
        visit_expr(st, n->v.Await.value);
        break;
    case N_Yield: case N_YieldFrom: {
        Scope *s = st->cur;
        if (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS) {
            st_error(st, n, n->kind == N_Yield ? "'yield' outside function" : "'yield from' outside function", NULL, 0);
            return;
        }
        if (s->kind == SCOPE_COMPREHENSION) {
            const char *what = "list comprehension";
            if (s->node->kind == N_SetComp) what = "set comprehension";
            else if (s->node->kind == N_DictComp) what = "dict comprehension";
            else if (s->node->kind == N_GeneratorExp) what = "generator expression";
            char msg[80];
            snprintf(msg, sizeof msg, "'yield' inside %s", what);
            st_error(st, n, msg, NULL, 0);
            return;
        }
        s->is_generator = true;
        visit_expr(st, n->v.Yield.value);
        break;
    }
    case N_Compare: visit_expr(st, n->v.Compare.left); visit_exprs(st, n->v.Compare.comparators); break;
    case N_Call:
        visit_expr(st, n->v.Call.func);
        visit_exprs(st, n->v.Call.args);
        for (int i = 0; i < n->v.Call.keywords.len; i++)
            visit_expr(st, n->v.Call.keywords.items[i]->v.keyword.value);
        break;
    case N_FormattedValue:
        visit_expr(st, n->v.FormattedValue.value);
        visit_expr(st, n->v.FormattedValue.format_spec);
        break;
    case N_JoinedStr: visit_exprs(st, n->v.JoinedStr.values); break;
    case N_Constant: break;
    case N_Attribute: visit_expr(st, n->v.Attribute.value); break;
    case N_Subscript: visit_expr(st, n->v.Subscript.value); visit_expr(st, n->v.Subscript.slice); break;
    case N_Starred: visit_expr(st, n->v.Starred.value); break;
    case N_Name: {
        const char *id = n->v.Name.id.s;
        size_t len = n->v.Name.id.len;
        if (n->v.Name.ctx == CTX_LOAD) {
            add_def(st, id, len, DEF_USE);
            /* super() needs the implicit __class__ cell of the enclosing class */
            if (len == 5 && memcmp(id, "super", 5) == 0 &&
                st->cur->kind != SCOPE_MODULE && st->cur->kind != SCOPE_CLASS)
                add_symbol(st, st->cur, "__class__", 9, DEF_USE);
        } else {
            add_def(st, id, len, DEF_LOCAL);
        }
        break;
    }
    case N_List: case N_Tuple: visit_exprs(st, n->v.List.elts); break;
    case N_Slice:
        visit_expr(st, n->v.Slice.lower);
        visit_expr(st, n->v.Slice.upper);
        visit_expr(st, n->v.Slice.step);
        break;
    default: break;
    }
}

static void visit_comp_target_flags(SymTable *st, Node *target) {
    /* names bound by 'for' clauses of a comprehension */
    if (!target) return;
    if (target->kind == N_Name) {
        Symbol *s = scope_lookup(st->cur, target->v.Name.id.s, target->v.Name.id.len);
        if (s) s->flags |= DEF_COMP_ITER;
    } else if (target->kind == N_Tuple || target->kind == N_List) {
        for (int i = 0; i < target->v.List.elts.len; i++) visit_comp_target_flags(st, target->v.List.elts.items[i]);
    } else if (target->kind == N_Starred) {
        visit_comp_target_flags(st, target->v.Starred.value);
    }
}

static void visit_pattern_inner(SymTable *st, Node *p);

static void visit_pattern(SymTable *st, Node *p) {
    if (!p || st->failed) return;
    if (++st->depth > COMPILE_MAX_DEPTH) { st_too_deep(st); return; }
    visit_pattern_inner(st, p);
    st->depth--;
}

static void visit_pattern_inner(SymTable *st, Node *p) {
    switch (p->kind) {
    case N_MatchValue: visit_expr(st, p->v.MatchValue.value); break;
    case N_MatchSingleton: break;
    case N_MatchSequence:
        for (int i = 0; i < p->v.MatchSequence.patterns.len; i++) visit_pattern(st, p->v.MatchSequence.patterns.items[i]);
        break;
    case N_MatchMapping:
        visit_exprs(st, p->v.MatchMapping.keys);
        for (int i = 0; i < p->v.MatchMapping.patterns.len; i++) visit_pattern(st, p->v.MatchMapping.patterns.items[i]);
        if (p->v.MatchMapping.rest.s) add_def(st, p->v.MatchMapping.rest.s, p->v.MatchMapping.rest.len, DEF_LOCAL);
        break;
    case N_MatchClass:
        visit_expr(st, p->v.MatchClass.cls);
        for (int i = 0; i < p->v.MatchClass.patterns.len; i++) visit_pattern(st, p->v.MatchClass.patterns.items[i]);
        for (int i = 0; i < p->v.MatchClass.kwd_patterns.len; i++) visit_pattern(st, p->v.MatchClass.kwd_patterns.items[i]);
        break;
    case N_MatchStar:
        if (p->v.MatchStar.name.s) add_def(st, p->v.MatchStar.name.s, p->v.MatchStar.name.len, DEF_LOCAL);
        break;
    case N_MatchAs:
        visit_pattern(st, p->v.MatchAs.pattern);
        if (p->v.MatchAs.name.s) add_def(st, p->v.MatchAs.name.s, p->v.MatchAs.name.len, DEF_LOCAL);
        break;
    case N_MatchOr:
        for (int i = 0; i < p->v.MatchOr.patterns.len; i++) visit_pattern(st, p->v.MatchOr.patterns.items[i]);
        break;
    default: break;
    }
}

static void visit_function(SymTable *st, Node *n, Node *args, NodeList body, const char *name, size_t len,
                           bool is_async) {
    Scope *s = new_scope(st, SCOPE_FUNCTION, n, name, len);
    if (!s) return;
    s->is_coroutine = is_async;
    Scope *saved = st->cur;
    st->cur = s;
    add_params(st, s, args);
    visit_stmts(st, body);
    st->cur = saved;
}

static void visit_global_nonlocal(SymTable *st, Node *n, bool is_global) {
    Scope *s = st->cur;
    if (!is_global && s->kind == SCOPE_MODULE) {
        st_error(st, n, "nonlocal declaration not allowed at module level", NULL, 0);
        return;
    }
    AstStrList names = n->v.Global.names;
    const char *kind = is_global ? "global" : "nonlocal";
    for (int i = 0; i < names.len && !st->failed; i++) {
        size_t mlen;
        const char *m = scope_mangle(st->scratch, s->class_name, s->class_name_len, names.items[i].s,
                                     names.items[i].len, &mlen);
        if (!m) { st_nomem(st); return; }
        Symbol *old = scope_lookup(s, m, mlen);
        unsigned cur = old ? old->flags : 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            char fmt[128];
            if (cur & DEF_PARAM) snprintf(fmt, sizeof fmt, "name '%%.*s' is parameter and %s", kind);
            else if (cur & DEF_USE) snprintf(fmt, sizeof fmt, "name '%%.*s' is used prior to %s declaration", kind);
            else if (cur & DEF_ANNOT) snprintf(fmt, sizeof fmt, "annotated name '%%.*s' can't be %s", kind);
            else snprintf(fmt, sizeof fmt, "name '%%.*s' is assigned to before %s declaration", kind);
            st_error(st, n, fmt, m, mlen);
            return;
        }
        if (is_global && (cur & DEF_NONLOCAL)) {
            st_error(st, n, "name '%.*s' is nonlocal and global", m, mlen);
            return;
        }
        if (!is_global && (cur & DEF_GLOBAL)) {
            st_error(st, n, "name '%.*s' is nonlocal and global", m, mlen);
            return;
        }
        Symbol *sym = add_symbol(st, s, m, mlen, is_global ? DEF_GLOBAL : DEF_NONLOCAL);
        if (sym && !sym->decl) sym->decl = n;
    }
}

static void visit_alias_target(SymTable *st, Node *alias, bool from_import) {
    const char *name = alias->v.alias.asname.s ? alias->v.alias.asname.s : alias->v.alias.name.s;
    size_t len = alias->v.alias.asname.s ? alias->v.alias.asname.len : alias->v.alias.name.len;
    if (!alias->v.alias.asname.s && !from_import) {
        const char *dot = memchr(name, '.', len);
        if (dot) len = (size_t)(dot - name);
    }
    if (from_import && len == 1 && name[0] == '*') return;
    add_def(st, name, len, DEF_LOCAL);
}

static void visit_stmt_inner(SymTable *st, Node *n);

static void visit_stmt(SymTable *st, Node *n) {
    if (!n || st->failed) return;
    if (++st->depth > COMPILE_MAX_DEPTH) { st_too_deep(st); return; }
    visit_stmt_inner(st, n);
    st->depth--;
}

static void visit_stmt_inner(SymTable *st, Node *n) {
    switch (n->kind) {
    case N_FunctionDef: case N_AsyncFunctionDef:
        add_def(st, n->v.FunctionDef.name.s, n->v.FunctionDef.name.len, DEF_LOCAL);
        visit_exprs(st, n->v.FunctionDef.decorator_list);
        visit_defaults(st, n->v.FunctionDef.args);
        visit_function(st, n, n->v.FunctionDef.args, n->v.FunctionDef.body, n->v.FunctionDef.name.s,
                       n->v.FunctionDef.name.len, n->kind == N_AsyncFunctionDef);
        break;
    case N_ClassDef: {
        add_def(st, n->v.ClassDef.name.s, n->v.ClassDef.name.len, DEF_LOCAL);
        visit_exprs(st, n->v.ClassDef.bases);
        for (int i = 0; i < n->v.ClassDef.keywords.len; i++)
            visit_expr(st, n->v.ClassDef.keywords.items[i]->v.keyword.value);
        visit_exprs(st, n->v.ClassDef.decorator_list);
        Scope *s = new_scope(st, SCOPE_CLASS, n, n->v.ClassDef.name.s, n->v.ClassDef.name.len);
        if (!s) return;
        Scope *saved = st->cur;
        st->cur = s;
        visit_stmts(st, n->v.ClassDef.body);
        st->cur = saved;
        break;
    }
    case N_Return: visit_expr(st, n->v.Return.value); break;
    case N_Delete: visit_exprs(st, n->v.Delete.targets); break;
    case N_Assign: visit_expr(st, n->v.Assign.value); visit_exprs(st, n->v.Assign.targets); break;
    case N_AugAssign:
        visit_expr(st, n->v.AugAssign.value);
        visit_expr(st, n->v.AugAssign.target);
        if (n->v.AugAssign.target->kind == N_Name)
            add_def(st, n->v.AugAssign.target->v.Name.id.s, n->v.AugAssign.target->v.Name.id.len, DEF_USE);
        break;
    case N_AnnAssign: {
        Node *t = n->v.AnnAssign.target;
        if (t->kind == N_Name) {
            Symbol *old = scope_lookup(st->cur, t->v.Name.id.s, t->v.Name.id.len);
            if (old && (old->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && n->v.AnnAssign.simple) {
                st_error(st, n, (old->flags & DEF_GLOBAL) ? "annotated name '%.*s' can't be global"
                                                          : "annotated name '%.*s' can't be nonlocal",
                         t->v.Name.id.s, t->v.Name.id.len);
                return;
            }
            add_def(st, t->v.Name.id.s, t->v.Name.id.len, DEF_LOCAL | (n->v.AnnAssign.simple ? DEF_ANNOT : 0));
        } else {
            visit_expr(st, t);
        }
        visit_expr(st, n->v.AnnAssign.value);
        break;
    }
    case N_For: case N_AsyncFor:
        visit_expr(st, n->v.For.target);
        visit_expr(st, n->v.For.iter);
        visit_stmts(st, n->v.For.body);
        visit_stmts(st, n->v.For.orelse);
        if (n->kind == N_AsyncFor) st->cur->has_await = true;
        break;
    case N_While: case N_If:
        visit_expr(st, n->v.While.test);
        visit_stmts(st, n->v.While.body);
        visit_stmts(st, n->v.While.orelse);
        break;
    case N_With: case N_AsyncWith:
        for (int i = 0; i < n->v.With.items.len; i++) {
            Node *item = n->v.With.items.items[i];
            visit_expr(st, item->v.withitem.context_expr);
            visit_expr(st, item->v.withitem.optional_vars);
        }
        visit_stmts(st, n->v.With.body);
        if (n->kind == N_AsyncWith) st->cur->has_await = true;
        break;
    case N_Match:
        visit_expr(st, n->v.Match.subject);
        for (int i = 0; i < n->v.Match.cases.len; i++) {
            Node *c = n->v.Match.cases.items[i];
            visit_pattern(st, c->v.match_case.pattern);
            visit_expr(st, c->v.match_case.guard);
            visit_stmts(st, c->v.match_case.body);
        }
        break;
    case N_Raise: visit_expr(st, n->v.Raise.exc); visit_expr(st, n->v.Raise.cause); break;
    case N_Try: case N_TryStar:
        visit_stmts(st, n->v.Try.body);
        for (int i = 0; i < n->v.Try.handlers.len; i++) {
            Node *h = n->v.Try.handlers.items[i];
            visit_expr(st, h->v.ExceptHandler.type);
            if (h->v.ExceptHandler.name.s)
                add_def(st, h->v.ExceptHandler.name.s, h->v.ExceptHandler.name.len, DEF_LOCAL);
            visit_stmts(st, h->v.ExceptHandler.body);
        }
        visit_stmts(st, n->v.Try.orelse);
        visit_stmts(st, n->v.Try.finalbody);
        break;
    case N_Assert: visit_expr(st, n->v.Assert.test); visit_expr(st, n->v.Assert.msg); break;
    case N_Import:
        for (int i = 0; i < n->v.Import.names.len; i++) visit_alias_target(st, n->v.Import.names.items[i], false);
        break;
    case N_ImportFrom:
        for (int i = 0; i < n->v.ImportFrom.names.len; i++) visit_alias_target(st, n->v.ImportFrom.names.items[i], true);
        break;
    case N_Global: visit_global_nonlocal(st, n, true); break;
    case N_Nonlocal: visit_global_nonlocal(st, n, false); break;
    case N_Expr: visit_expr(st, n->v.Expr.value); break;
    default: break;
    }
}

/* ------------------------------------------------------------ analysis */

/* Find the scope that binds a name used freely in 's', walking outwards
 * past class bodies (whose names are invisible to inner scopes, except the
 * implicit __class__ cell).  Returns NULL if the name is global. */
static Scope *find_binder(Scope *s, const char *name, size_t len) {
    bool is_class_cell = len == 9 && memcmp(name, "__class__", 9) == 0;
    for (Scope *p = s->parent; p; p = p->parent) {
        if (p->kind == SCOPE_MODULE) return NULL;
        if (p->kind == SCOPE_CLASS) {
            if (is_class_cell) return p;
            continue;
        }
        Symbol *sym = scope_lookup(p, name, len);
        if (!sym) continue;
        if (sym->flags & DEF_GLOBAL) return NULL;
        if (sym->flags & (DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL)) return p;
    }
    return NULL;
}

/* Mark the path from 's' (exclusive) to 'binder' (exclusive) as passing the
 * free variable through, and the binder as providing a cell. */
static void link_free(SymTable *st, Scope *s, Scope *binder, const char *name, size_t len) {
    for (Scope *p = s->parent; p && p != binder; p = p->parent) {
        Symbol *sym = scope_lookup(p, name, len);
        if (p->kind == SCOPE_CLASS) {
            if (!sym) {
                sym = add_symbol(st, p, name, len, DEF_FREE_PASS);
                if (!sym) return;
                sym->scope = SYM_FREE;
            } else if (sym->scope != SYM_FREE) {
                sym->flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if (!sym) {
            sym = add_symbol(st, p, name, len, DEF_FREE_PASS);
            if (!sym) return;
        }
        sym->scope = SYM_FREE;
    }
    if (!binder) return;
    if (binder->kind == SCOPE_CLASS) {
        binder->needs_class_closure = true;
        return;
    }
    Symbol *b = scope_lookup(binder, name, len);
    if (b && b->scope == SYM_LOCAL) b->scope = SYM_CELL;
    else if (b && b->scope == SYM_UNRESOLVED && !(b->flags & DEF_NONLOCAL)) b->scope = SYM_CELL;
}

static void analyze_scope(SymTable *st, Scope *s) {
    for (int i = 0; i < s->nsyms && !st->failed; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->scope != SYM_UNRESOLVED) continue;   /* set by an inner scope already */
        unsigned f = sym->flags;
        if (f & DEF_GLOBAL) {
            if (f & DEF_NONLOCAL) {
                st_error(st, sym->decl ? sym->decl : s->node, "name '%.*s' is nonlocal and global", sym->name, sym->len);
                return;
            }
            sym->scope = SYM_GLOBAL_EXPLICIT;
        } else if (f & DEF_NONLOCAL) {
            Scope *b = find_binder(s, sym->name, sym->len);
            if (!b || b->kind == SCOPE_CLASS) {
                st_error(st, sym->decl ? sym->decl : s->node, "no binding for nonlocal '%.*s' found",
                         sym->name, sym->len);
                return;
            }
            sym->scope = SYM_FREE;
            link_free(st, s, b, sym->name, sym->len);
        } else if (f & (DEF_LOCAL | DEF_PARAM)) {
            sym->scope = SYM_LOCAL;
        } else if (s->kind == SCOPE_MODULE) {
            sym->scope = SYM_GLOBAL_IMPLICIT;
        } else {
            Scope *b = find_binder(s, sym->name, sym->len);
            if (b) {
                sym->scope = SYM_FREE;
                link_free(st, s, b, sym->name, sym->len);
            } else {
                sym->scope = SYM_GLOBAL_IMPLICIT;
            }
        }
    }
    for (int i = 0; i < s->nchildren && !st->failed; i++) analyze_scope(st, s->children[i]);
}

static int sym_cmp(const Symbol *a, const Symbol *b) {
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->name, b->name, n);
    if (c) return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

static void sort_syms(const Symbol **v, int n) {
    for (int i = 1; i < n; i++) {
        const Symbol *x = v[i];
        int j = i - 1;
        while (j >= 0 && sym_cmp(v[j], x) > 0) { v[j + 1] = v[j]; j--; }
        v[j + 1] = x;
    }
}

static void collect_vars(SymTable *st, Scope *s) {
    int ncell = 0, nfree = 0;
    for (int i = 0; i < s->nsyms; i++) {
        if (s->syms[i].scope == SYM_CELL) ncell++;
        if (s->syms[i].scope == SYM_FREE || (s->syms[i].flags & DEF_FREE_CLASS)) nfree++;
    }
    s->cellvars = scratch_alloc(st->scratch, (size_t)(ncell + 1) * sizeof(Symbol *));
    s->freevars = scratch_alloc(st->scratch, (size_t)(nfree + 1) * sizeof(Symbol *));
    if (!s->cellvars || !s->freevars) { st_nomem(st); return; }
    for (int i = 0; i < s->nsyms; i++) {
        if (s->syms[i].scope == SYM_CELL) s->cellvars[s->ncellvars++] = &s->syms[i];
        if (s->syms[i].scope == SYM_FREE || (s->syms[i].flags & DEF_FREE_CLASS))
            s->freevars[s->nfreevars++] = &s->syms[i];
    }
    sort_syms(s->cellvars, s->ncellvars);
    sort_syms(s->freevars, s->nfreevars);
    for (int i = 0; i < s->nchildren && !st->failed; i++) collect_vars(st, s->children[i]);
}

int symtable_build(SymTable *st, Node *module) {
    st->failed = 0;
    st->cur = NULL;
    Scope *top = new_scope(st, SCOPE_MODULE, module, "top", 3);
    if (!top) return -1;
    st->top = top;
    st->cur = top;
    if (module->kind == N_Expression) visit_expr(st, module->v.Expression.body);
    else visit_stmts(st, module->v.Module.body);
    st->cur = NULL;
    if (st->failed) return -1;
    analyze_scope(st, top);
    if (st->failed) return -1;
    collect_vars(st, top);
    return st->failed ? -1 : 0;
}
