/* Recursive-descent parser for Python 3.11 producing the AST of ast.h.
 * Follows CPython's PEG grammar closely enough that trees (ast.dump) and
 * positions match, and reproduces CPython's messages for common syntax
 * errors.  Tokens are pulled lazily from the lexer into a buffer that is
 * compacted between top-level statements, so memory stays proportional to
 * the longest statement, not to the source. */
#include "ast.h"
#include "lex.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Parser {
    Arena *arena;
    Lexer lx;
    Token *toks;
    int ntoks, cap, pos;
    SyntaxErrorInfo *err;
    int failed;
    int depth, max_depth;
    int fstring_depth;     /* >0 while parsing an f-string replacement field */
    int in_try;            /* speculative parse: errors are discarded by the caller */
    int furthest;          /* furthest token index fetched outside speculation (CPython's fill-1) */
    const char *fs_tok, *fs_pos, *fs_last_nl;   /* f-string location scan cache */
    int fs_lines;
    const char *src_end;
} Parser;

typedef struct { Node **items; int len, cap; } Vec;

#define CHECK(x) do { if (!(x) || p->failed) return NULL; } while (0)

/* ------------------------------------------------------------ utilities */

static void memory_error(Parser *p)
{
    if (p->failed && p->err->is_memory_error) return;
    memset(p->err, 0, sizeof *p->err);
    snprintf(p->err->type, sizeof p->err->type, "MemoryError");
    p->err->is_memory_error = 1;
    p->failed = 1;
}

static void *palloc(Parser *p, size_t n)
{
    void *r = arena_alloc(p->arena, n);
    if (!r) memory_error(p);
    return r;
}

static int vec_push(Parser *p, Vec *v, Node *n)
{
    if (v->len == v->cap) {
        int nc = v->cap ? v->cap * 2 : 4;
        Node **ni = palloc(p, sizeof(Node *) * (size_t)nc);
        if (!ni) return -1;
        if (v->len) memcpy(ni, v->items, sizeof(Node *) * (size_t)v->len);
        v->items = ni;
        v->cap = nc;
    }
    v->items[v->len++] = n;
    return 0;
}

static NodeList vlist(Vec v) { NodeList l = { v.items, v.len }; return l; }

static void *tok_realloc(Parser *p, void *ptr, size_t old_size, size_t new_size)
{
    if (p->arena->alloc) return p->arena->alloc(p->arena->alloc_user, ptr, old_size, new_size);
    if (new_size == 0) { free(ptr); return NULL; }
    return realloc(ptr, new_size);
}

/* Token at pos+k, lexing as needed.  Returned pointers are invalidated by
 * the next call that fetches further tokens. */
static Token *peek_slow(Parser *p, int k);

static inline Token *peek(Parser *p, int k)
{
    int i = p->pos + k;
    if (i < p->ntoks) {
        if (i > p->furthest && !p->in_try) p->furthest = i;
        return &p->toks[i];
    }
    return peek_slow(p, k);
}

static Token *peek_slow(Parser *p, int k)
{
    while (p->pos + k >= p->ntoks) {
        if (p->ntoks > 0 && (p->toks[p->ntoks - 1].kind == TK_ENDMARKER || p->toks[p->ntoks - 1].kind == TK_ERROR))
            return &p->toks[p->ntoks - 1];
        if (p->ntoks == p->cap) {
            int nc = p->cap ? p->cap * 2 : 256;
            /* the token window counts against the arena's byte limit too */
            if (p->arena->limit_bytes && p->arena->used_bytes + sizeof(Token) * (size_t)nc > p->arena->limit_bytes) {
                memory_error(p);
                static const Token limit_tok = { .kind = TK_ERROR };
                return (Token *)&limit_tok;
            }
            Token *nt = tok_realloc(p, p->toks, sizeof(Token) * (size_t)p->cap, sizeof(Token) * (size_t)nc);
            if (!nt) {
                memory_error(p);
                static const Token err_tok = { .kind = TK_ERROR };
                return (Token *)&err_tok;
            }
            p->toks = nt;
            p->cap = nc;
        }
        p->toks[p->ntoks].kind = (unsigned char)lex_next(&p->lx, &p->toks[p->ntoks]);
        p->ntoks++;
    }
    if (!p->in_try && p->pos + k > p->furthest) p->furthest = p->pos + k;
    return &p->toks[p->pos + k];
}

static Token *cur(Parser *p) { return peek(p, 0); }
static Token *prev(Parser *p) { return &p->toks[p->pos - 1]; }

static void compact_tokens(Parser *p)
{
    if (p->pos > 0 && p->pos <= p->ntoks) {
        memmove(p->toks, p->toks + p->pos, sizeof(Token) * (size_t)(p->ntoks - p->pos));
        p->ntoks -= p->pos;
        p->furthest -= p->pos;
        if (p->furthest < 0) p->furthest = 0;
        p->pos = 0;
    }
}

static int is_op(Parser *p, int op) { Token *t = cur(p); return t->kind == TK_OP && t->op == op; }
static int is_kw(Parser *p, int kw) { Token *t = cur(p); return t->kind == TK_NAME && t->kw == kw; }
static int peek_op(Parser *p, int k, int op) { Token *t = peek(p, k); return t->kind == TK_OP && t->op == op; }
static int peek_kw(Parser *p, int k, int kw) { Token *t = peek(p, k); return t->kind == TK_NAME && t->kw == kw; }
static int is_name_text(Token *t, const char *s)
{
    return t->kind == TK_NAME && t->kw == 0 && (int)strlen(s) == t->len && memcmp(t->start, s, (size_t)t->len) == 0;
}
static int accept_op(Parser *p, int op) { if (is_op(p, op)) { p->pos++; return 1; } return 0; }
static int accept_kw(Parser *p, int kw) { if (is_kw(p, kw)) { p->pos++; return 1; } return 0; }

static int char_col(const Token *t, int bytecol, int first_line)
{
    /* byte column -> character column on the token's line */
    const char *ls = first_line ? t->line_start : NULL;
    if (!ls) return bytecol;
    return lex_char_count(ls, ls + bytecol);
}

static void set_error_v(Parser *p, const char *type, int lineno, int offset, int end_lineno,
                        int end_offset, const char *line_start, const char *fmt, va_list ap)
{
    if (p->failed) return;
    char buf[256];
    int n = 0;
    if (p->fstring_depth && strcmp(type, "SyntaxError") == 0) n = snprintf(buf, sizeof buf, "f-string: ");
    vsnprintf(buf + n, sizeof buf - (size_t)n, fmt, ap);
    lex_set_error(p->err, type, buf, line_start, p->src_end, lineno, offset, end_lineno, end_offset);
    p->failed = 1;
}

/* line start pointer for a 1-based line number near the current token (for
 * character-offset conversion and the error's text) */
static const char *find_line_start(Parser *p, int lineno)
{
    for (int i = p->pos < p->ntoks ? p->pos : p->ntoks - 1; i >= 0; i--) {
        if (p->toks[i].lineno == lineno && p->toks[i].line_start) return p->toks[i].line_start;
        if (p->toks[i].lineno < lineno) break;
    }
    for (int i = 0; i < p->ntoks; i++)
        if (p->toks[i].lineno == lineno && p->toks[i].line_start) return p->toks[i].line_start;
    return NULL;
}

static int bytes_to_chars(Parser *p, int lineno, int bytecol)
{
    const char *ls = find_line_start(p, lineno);
    if (!ls || bytecol <= 0) return bytecol;
    /* columns on the first line of an f-string sub-parse are shifted */
    if (p->fstring_depth && lineno == p->lx.first_lineno) return bytecol;
    const char *e = ls;
    int n = 0;
    while (e < p->src_end && n < bytecol) { e++; n++; }
    return lex_char_count(ls, e);
}

static void error_at(Parser *p, const char *type, int l, int off, int el, int eoff, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_error_v(p, type, l, off, el, eoff, find_line_start(p, l), fmt, ap);
    va_end(ap);
}

static void error_nodes(Parser *p, const Node *a, const Node *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int c = bytes_to_chars(p, a->lineno, a->col_offset) + 1;
    int ec = bytes_to_chars(p, b->end_lineno, b->end_col_offset) + 1;
    if (p->fstring_depth) {
        if (a->lineno == p->lx.first_lineno) c -= p->lx.first_col_shift;
        if (b->end_lineno == p->lx.first_lineno) ec -= p->lx.first_col_shift;
    }
    set_error_v(p, "SyntaxError", a->lineno, c, b->end_lineno, ec, find_line_start(p, a->lineno), fmt, ap);
    va_end(ap);
}

static void error_tok_v(Parser *p, const char *type, const Token *t, const char *fmt, va_list ap)
{
    if (t->kind == TK_ERROR) { p->failed = 1; return; }
    if (t->kind == TK_INDENT || t->kind == TK_DEDENT || t->kind == TK_ENDMARKER) {
        /* CPython: tokens without a start report the tokenizer's position */
        const char *ls = t->line_start;
        int off = ls ? lex_char_count(ls, t->start) : 0;
        if (t->kind == TK_ENDMARKER && ls) {
            const char *e = ls;
            while (e < p->src_end && *e != '\n') e++;
            off = lex_char_count(ls, e) + (e < p->src_end ? 1 : 0);
        }
        set_error_v(p, type, t->lineno, off, t->lineno, -1, ls, fmt, ap);
        return;
    }
    int c = char_col(t, t->col, 1);
    int ec = t->end_lineno == t->lineno ? char_col(t, t->end_col, 1) : t->end_col;
    if (p->fstring_depth && t->lineno == p->lx.first_lineno) {
        c = t->col - p->lx.first_col_shift;
        ec = t->end_col - p->lx.first_col_shift;
    }
    set_error_v(p, type, t->lineno, c + 1, t->end_lineno, ec + 1, t->line_start, fmt, ap);
}

static void error_tok(Parser *p, const Token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_tok_v(p, "SyntaxError", t, fmt, ap);
    va_end(ap);
}

static void indent_error_tok(Parser *p, const Token *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_tok_v(p, "IndentationError", t, fmt, ap);
    va_end(ap);
}

static void *syntax_error(Parser *p)
{
    Token *t = cur(p);
    /* generic errors point at the furthest token read, as CPython's do */
    if (p->furthest > p->pos && p->furthest < p->ntoks && t->kind != TK_INDENT && t->kind != TK_DEDENT)
        t = &p->toks[p->furthest];
    if (t->kind == TK_ERROR) { p->failed = 1; return NULL; }
    if (t->kind == TK_INDENT) {
        indent_error_tok(p, t, "unexpected indent");
        return NULL;
    }
    if (t->kind == TK_DEDENT) {
        indent_error_tok(p, t, "unexpected unindent");
        return NULL;
    }
    error_tok(p, t, "invalid syntax");
    return NULL;
}

static void *expect_op(Parser *p, int op)
{
    if (accept_op(p, op)) return (void *)1;
    return syntax_error(p);
}

static void *expect_forced(Parser *p, int op, const char *text)
{
    if (accept_op(p, op)) return (void *)1;
    if (cur(p)->kind == TK_ERROR) { p->failed = 1; return NULL; }
    error_tok(p, cur(p), "expected '%s'", text);
    return NULL;
}

/* ':' where CPython says "expected ':'" only before a NEWLINE */
static void *expect_colon_nl(Parser *p)
{
    if (accept_op(p, P_COLON)) return (void *)1;
    if (cur(p)->kind == TK_NEWLINE) { error_tok(p, cur(p), "expected ':'"); return NULL; }
    return syntax_error(p);
}

static int enter(Parser *p)
{
    if (++p->depth > p->max_depth) {
        if (!p->failed) {
            memset(p->err, 0, sizeof *p->err);
            snprintf(p->err->type, sizeof p->err->type, "RecursionError");
            snprintf(p->err->msg, sizeof p->err->msg, "maximum recursion depth exceeded during compilation");
            p->err->is_recursion_error = 1;
            p->failed = 1;
        }
        return 0;
    }
    return 1;
}
#define LEAVE(p) ((p)->depth--)

/* ------------------------------------------------------------ node makers */

/* Nodes are allocated only as large as their kind's union member: a
 * Name needs ~40 bytes where sizeof(Node) is ~140, which matters for
 * multi-megabyte sources.  Nodes must therefore never be copied whole. */
#define VSIZE(member) (offsetof(Node, v) + sizeof(((Node *)0)->v.member))
static size_t node_size(NodeKind k)
{
    switch (k) {
    case N_Module: case N_Interactive: return VSIZE(Module);
    case N_Expression: return VSIZE(Expression);
    case N_FunctionDef: case N_AsyncFunctionDef: return VSIZE(FunctionDef);
    case N_ClassDef: return VSIZE(ClassDef);
    case N_Return: return VSIZE(Return);
    case N_Delete: return VSIZE(Delete);
    case N_Assign: return VSIZE(Assign);
    case N_AugAssign: return VSIZE(AugAssign);
    case N_AnnAssign: return VSIZE(AnnAssign);
    case N_For: case N_AsyncFor: return VSIZE(For);
    case N_While: return VSIZE(While);
    case N_If: return VSIZE(If);
    case N_With: case N_AsyncWith: return VSIZE(With);
    case N_Match: return VSIZE(Match);
    case N_Raise: return VSIZE(Raise);
    case N_Try: case N_TryStar: return VSIZE(Try);
    case N_Assert: return VSIZE(Assert);
    case N_Import: return VSIZE(Import);
    case N_ImportFrom: return VSIZE(ImportFrom);
    case N_Global: case N_Nonlocal: return VSIZE(Global);
    case N_Expr: return VSIZE(Expr);
    case N_Pass: case N_Break: case N_Continue: return offsetof(Node, v);
    case N_BoolOp: return VSIZE(BoolOp);
    case N_NamedExpr: return VSIZE(NamedExpr);
    case N_BinOp: return VSIZE(BinOp);
    case N_UnaryOp: return VSIZE(UnaryOp);
    case N_Lambda: return VSIZE(Lambda);
    case N_IfExp: return VSIZE(IfExp);
    case N_Dict: return VSIZE(Dict);
    case N_Set: return VSIZE(Set);
    case N_ListComp: case N_SetComp: case N_DictComp: case N_GeneratorExp: return VSIZE(Comp);
    case N_Await: return VSIZE(Await);
    case N_Yield: case N_YieldFrom: return VSIZE(Yield);
    case N_Compare: return VSIZE(Compare);
    case N_Call: return VSIZE(Call);
    case N_FormattedValue: return VSIZE(FormattedValue);
    case N_JoinedStr: return VSIZE(JoinedStr);
    case N_Constant: return VSIZE(Constant);
    case N_Attribute: return VSIZE(Attribute);
    case N_Subscript: return VSIZE(Subscript);
    case N_Starred: return VSIZE(Starred);
    case N_Name: return VSIZE(Name);
    case N_List: case N_Tuple: return VSIZE(List);
    case N_Slice: return VSIZE(Slice);
    case N_comprehension: return VSIZE(comprehension);
    case N_ExceptHandler: return VSIZE(ExceptHandler);
    case N_arguments: return VSIZE(arguments);
    case N_arg: return VSIZE(arg);
    case N_keyword: return VSIZE(keyword);
    case N_alias: return VSIZE(alias);
    case N_withitem: return VSIZE(withitem);
    case N_match_case: return VSIZE(match_case);
    case N_MatchValue: return VSIZE(MatchValue);
    case N_MatchSingleton: return VSIZE(MatchSingleton);
    case N_MatchSequence: return VSIZE(MatchSequence);
    case N_MatchMapping: return VSIZE(MatchMapping);
    case N_MatchClass: return VSIZE(MatchClass);
    case N_MatchStar: return VSIZE(MatchStar);
    case N_MatchAs: return VSIZE(MatchAs);
    case N_MatchOr: return VSIZE(MatchOr);
    default: return sizeof(Node);
    }
}

static Node *nd(Parser *p, NodeKind k, int l, int c, int el, int ec)
{
    Node *n = palloc(p, node_size(k));
    if (!n) return NULL;
    n->kind = k;
    n->lineno = l; n->col_offset = c; n->end_lineno = el; n->end_col_offset = ec;
    return n;
}

static Node *nd_tok(Parser *p, NodeKind k, const Token *s)
{
    return nd(p, k, s->lineno, s->col, prev(p)->end_lineno, prev(p)->end_col);
}

static Node *nd_node(Parser *p, NodeKind k, const Node *s)
{
    return nd(p, k, s->lineno, s->col_offset, prev(p)->end_lineno, prev(p)->end_col);
}

/* node from a start position to the end of the last consumed token, like
 * CPython's EXTRA (so enclosing parentheses of operands are included) */
static Node *nd_from(Parser *p, NodeKind k, int sl, int sc)
{
    return nd(p, k, sl, sc, prev(p)->end_lineno, prev(p)->end_col);
}
#define START_POS int s_l = cur(p)->lineno, s_c = cur(p)->col

static Node *nd_span(Parser *p, NodeKind k, const Node *s, const Node *e)
{
    return nd(p, k, s->lineno, s->col_offset, e->end_lineno, e->end_col_offset);
}

static AstStr tok_str(Parser *p, const Token *t)
{
    AstStr s = { NULL, 0 };
    char *d = arena_strdup(p->arena, t->start, (size_t)t->len);
    if (!d) { memory_error(p); return s; }
    s.s = d;
    s.len = (size_t)t->len;
    return s;
}

static Node *name_node(Parser *p, const Token *t, ExprContext ctx)
{
    Node *n = nd(p, N_Name, t->lineno, t->col, t->end_lineno, t->end_col);
    if (!n) return NULL;
    n->v.Name.id = tok_str(p, t);
    n->v.Name.ctx = ctx;
    return p->failed ? NULL : n;
}

/* NAME that is not a keyword */
static int is_plain_name(Token *t) { return t->kind == TK_NAME && t->kw == 0; }

static Token *expect_name(Parser *p)
{
    Token *t = cur(p);
    if (is_plain_name(t)) { p->pos++; return prev(p); }
    syntax_error(p);
    return NULL;
}

/* --------------------------------------------------------- forward decls */

static Node *expression(Parser *p);
static Node *named_expression(Parser *p);
static Node *named_expression_checked(Parser *p);
static int is_bitwise_or_level(const Node *e);
static Node *star_expressions(Parser *p);
static Node *star_named_expression(Parser *p);
static Node *disjunction(Parser *p);
static Node *bitwise_or(Parser *p);
static Node *primary(Parser *p);
static Node *atom(Parser *p);
static Node *yield_expr(Parser *p);
static Node *lambdef(Parser *p);
static Node *parse_strings(Parser *p);
static Node *statement_block(Parser *p, NodeList *out, const Token *kw_tok, const char *what);
static int statements(Parser *p, Vec *body, int top_level);
static Node *arguments_def(Parser *p, int is_lambda);
static Node *slices(Parser *p);
static int comprehension_clauses(Parser *p, Vec *gens);
static Node *pattern_top(Parser *p);

/* --------------------------------------------------------- target checks */

static const char *expr_name(const Node *e)
{
    switch (e->kind) {
    case N_Attribute: return "attribute";
    case N_Subscript: return "subscript";
    case N_Starred: return "starred";
    case N_Name: return "name";
    case N_List: return "list";
    case N_Tuple: return "tuple";
    case N_Lambda: return "lambda";
    case N_Call: return "function call";
    case N_BoolOp: case N_BinOp: case N_UnaryOp: return "expression";
    case N_GeneratorExp: return "generator expression";
    case N_Yield: case N_YieldFrom: return "yield expression";
    case N_Await: return "await expression";
    case N_ListComp: return "list comprehension";
    case N_SetComp: return "set comprehension";
    case N_DictComp: return "dict comprehension";
    case N_Dict: return "dict literal";
    case N_Set: return "set display";
    case N_JoinedStr: case N_FormattedValue: return "f-string expression";
    case N_Constant:
        switch (e->v.Constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case N_Compare: return "comparison";
    case N_IfExp: return "conditional expression";
    case N_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* the first sub-expression that cannot be a target (NULL if all can) */
static const Node *invalid_target(const Node *e, ExprContext ctx)
{
    switch (e->kind) {
    case N_List: case N_Tuple:
        for (int i = 0; i < e->v.List.elts.len; i++) {
            const Node *r = invalid_target(e->v.List.elts.items[i], ctx);
            if (r) return r;
        }
        return NULL;
    case N_Starred:
        if (ctx == CTX_DEL) return e;
        return invalid_target(e->v.Starred.value, ctx);
    case N_Compare:
        /* `for x in y` parsed as comparison is handled by callers */
        return e;
    case N_Name: case N_Attribute: case N_Subscript:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Node *e, ExprContext ctx)
{
    switch (e->kind) {
    case N_Name: e->v.Name.ctx = ctx; break;
    case N_Attribute: e->v.Attribute.ctx = ctx; break;
    case N_Subscript: e->v.Subscript.ctx = ctx; break;
    case N_Starred: e->v.Starred.ctx = ctx; set_ctx(e->v.Starred.value, ctx); break;
    case N_List: case N_Tuple:
        e->v.List.ctx = ctx;
        for (int i = 0; i < e->v.List.elts.len; i++) set_ctx(e->v.List.elts.items[i], ctx);
        break;
    default: break;
    }
}

/* validate and store; returns 0 on error (error set) */
static int check_target(Parser *p, Node *e, ExprContext ctx)
{
    const Node *bad = invalid_target(e, ctx);
    if (bad) {
        if (ctx == CTX_DEL) error_nodes(p, bad, bad, "cannot delete %s", expr_name(bad));
        else error_nodes(p, bad, bad, "cannot assign to %s", expr_name(bad));
        return 0;
    }
    set_ctx(e, ctx);
    return 1;
}

/* ------------------------------------------------------------ expressions */

static Node *make_constant(Parser *p, const Token *t, ConstKind k)
{
    Node *n = nd(p, N_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
    if (n) n->v.Constant.kind = k;
    return n;
}

static Node *number_node(Parser *p, const Token *t)
{
    Node *n = make_constant(p, t, CONST_INT);
    CHECK(n);
    char *buf = palloc(p, (size_t)t->len + 1);
    CHECK(buf);
    size_t m = 0;
    for (int i = 0; i < t->len; i++) if (t->start[i] != '_') buf[m++] = t->start[i];
    buf[m] = 0;
    int is_hex = m > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X');
    char last = buf[m - 1];
    if (last == 'j' || last == 'J') {
        n->v.Constant.kind = CONST_IMAG;
        buf[m - 1] = 0;
        n->v.Constant.f = strtod(buf, NULL);
        buf[m - 1] = last;
    } else if (!is_hex && (strchr(buf, '.') || strchr(buf, 'e') || strchr(buf, 'E'))) {
        n->v.Constant.kind = CONST_FLOAT;
        n->v.Constant.f = strtod(buf, NULL);
    }
    n->v.Constant.text.s = buf;
    n->v.Constant.text.len = m;
    return n;
}

/* CPython's invalid_expression: inside brackets `a b` suggests a missing
 * comma.  'last' is the expression just parsed; returns 1 if the error was
 * raised. */
static int comma_hint(Parser *p, Node *last)
{
    Token *c = cur(p);
    if (p->failed || c->kind == TK_ERROR || c->kind == TK_NEWLINE || (c->kind == TK_OP && !(c->op == P_LPAR || c->op == P_LSQB || c->op == P_LBRACE || c->op == P_MINUS || c->op == P_PLUS || c->op == P_TILDE || c->op == P_ELLIPSIS)))
        return 0;
    if (c->kind == TK_NAME && c->kw && c->kw != KW_not && c->kw != KW_lambda && c->kw != KW_await &&
        c->kw != KW_None && c->kw != KW_True && c->kw != KW_False)
        return 0;
    if (c->kind != TK_NAME && c->kind != TK_NUMBER && c->kind != TK_STRING && c->kind != TK_OP) return 0;
    switch (last->kind) {
    case N_Starred: case N_IfExp: case N_Lambda: case N_NamedExpr: case N_Yield: case N_YieldFrom:
    case N_GeneratorExp: case N_keyword:
        return 0;
    case N_Name: {
        const char *id = last->v.Name.id.s;
        if (c->kind == TK_STRING) return 0;   /* NAME STRING */
        if (!strcmp(id, "match") || !strcmp(id, "case") || !strcmp(id, "_")) return 0;
        if (!strcmp(id, "print") || !strcmp(id, "exec")) return 0;
        break;
    }
    default: break;
    }
    int save = p->pos;
    SyntaxErrorInfo keep = *p->err;
    p->in_try++;
    Node *b = expression(p);
    p->in_try--;
    if (b && !p->failed && p->pos > 0 && p->toks[p->pos - 1].level > 0) {
        error_nodes(p, last, b, "invalid syntax. Perhaps you forgot a comma?");
        return 1;
    }
    if (p->lx.failed || p->err->is_memory_error || p->err->is_recursion_error) { p->failed = 1; return 1; }
    p->failed = 0;
    *p->err = keep;
    p->pos = save;
    return 0;
}

static Node *atom(Parser *p)
{
    Token *t = cur(p);
    Token st = *t;
    switch (t->kind) {
    case TK_NAME:
        switch (t->kw) {
        case 0: p->pos++; return name_node(p, &st, CTX_LOAD);
        case KW_True: p->pos++; return make_constant(p, &st, CONST_TRUE);
        case KW_False: p->pos++; return make_constant(p, &st, CONST_FALSE);
        case KW_None: p->pos++; return make_constant(p, &st, CONST_NONE);
        default: return syntax_error(p);
        }
    case TK_NUMBER:
        p->pos++;
        return number_node(p, &st);
    case TK_STRING:
        return parse_strings(p);
    case TK_OP:
        break;
    default:
        return syntax_error(p);
    }
    if (st.op == P_ELLIPSIS) { p->pos++; return make_constant(p, &st, CONST_ELLIPSIS); }
    if (st.op == P_LPAR) {
        p->pos++;
        if (accept_op(p, P_RPAR)) {
            Node *n = nd_tok(p, N_Tuple, &st);
            if (n) n->v.List.ctx = CTX_LOAD;
            return n;
        }
        if (is_kw(p, KW_yield)) {
            Node *y = yield_expr(p);
            CHECK(y);
            CHECK(expect_op(p, P_RPAR));
            return y;
        }
        if (is_op(p, P_DOUBLESTAR)) {
            Token ds = *cur(p);
            p->pos++;
            Node *v = bitwise_or(p);
            CHECK(v);
            error_tok(p, &ds, "cannot use double starred expression here");
            return NULL;
        }
        Node *first = star_named_expression(p);
        CHECK(first);
        if (is_kw(p, KW_for) || is_kw(p, KW_async)) {
            if (first->kind == N_Starred) {
                error_nodes(p, first, first, "iterable unpacking cannot be used in comprehension");
                return NULL;
            }
            Vec gens = {0};
            CHECK(comprehension_clauses(p, &gens) == 0);
            CHECK(expect_op(p, P_RPAR));
            Node *g = nd_tok(p, N_GeneratorExp, &st);
            CHECK(g);
            g->v.Comp.elt = first;
            g->v.Comp.generators = vlist(gens);
            return g;
        }
        if (is_op(p, P_RPAR)) {
            p->pos++;
            if (first->kind == N_Starred) {
                error_nodes(p, first, first, "cannot use starred expression here");
                return NULL;
            }
            return first;
        }
        if (is_op(p, P_COMMA)) {
            Vec elts = {0};
            CHECK(vec_push(p, &elts, first) == 0);
            while (accept_op(p, P_COMMA)) {
                if (is_op(p, P_RPAR)) break;
                Node *e = star_named_expression(p);
                CHECK(e);
                CHECK(vec_push(p, &elts, e) == 0);
            }
            if (!is_op(p, P_RPAR) && comma_hint(p, elts.items[elts.len - 1])) return NULL;
            CHECK(expect_op(p, P_RPAR));
            Node *n = nd_tok(p, N_Tuple, &st);
            CHECK(n);
            n->v.List.elts = vlist(elts);
            n->v.List.ctx = CTX_LOAD;
            return n;
        }
        if (comma_hint(p, first)) return NULL;
        return syntax_error(p);
    }
    if (st.op == P_LSQB) {
        p->pos++;
        Vec elts = {0};
        if (!is_op(p, P_RSQB)) {
            Node *first = star_named_expression(p);
            CHECK(first);
            if (is_kw(p, KW_for) || is_kw(p, KW_async)) {
                if (first->kind == N_Starred) {
                    error_nodes(p, first, first, "iterable unpacking cannot be used in comprehension");
                    return NULL;
                }
                Vec gens = {0};
                CHECK(comprehension_clauses(p, &gens) == 0);
                CHECK(expect_op(p, P_RSQB));
                Node *g = nd_tok(p, N_ListComp, &st);
                CHECK(g);
                g->v.Comp.elt = first;
                g->v.Comp.generators = vlist(gens);
                return g;
            }
            CHECK(vec_push(p, &elts, first) == 0);
            while (accept_op(p, P_COMMA)) {
                if (is_op(p, P_RSQB)) break;
                Node *e = star_named_expression(p);
                CHECK(e);
                CHECK(vec_push(p, &elts, e) == 0);
            }
            if (!is_op(p, P_RSQB) && comma_hint(p, elts.items[elts.len - 1])) return NULL;
        }
        CHECK(expect_op(p, P_RSQB));
        Node *n = nd_tok(p, N_List, &st);
        CHECK(n);
        n->v.List.elts = vlist(elts);
        n->v.List.ctx = CTX_LOAD;
        return n;
    }
    if (st.op == P_LBRACE) {
        p->pos++;
        if (accept_op(p, P_RBRACE)) {
            return nd_tok(p, N_Dict, &st);
        }
        Vec keys = {0}, values = {0};
        int is_dict;
        Node *k = NULL, *v = NULL;
        if (accept_op(p, P_DOUBLESTAR)) {
            v = bitwise_or(p);
            CHECK(v);
            is_dict = 1;
        } else {
            k = star_named_expression(p);
            CHECK(k);
            is_dict = is_op(p, P_COLON);
            if (is_dict) {
                if (k->kind == N_Starred) return syntax_error(p);
                p->pos++;
                if (is_op(p, P_RBRACE) || is_op(p, P_COMMA)) {
                    error_tok(p, prev(p), "expression expected after dictionary key and ':'");
                    return NULL;
                }
                v = expression(p);
                CHECK(v);
            }
        }
        if (is_dict) {
            if (k && (is_kw(p, KW_for) || is_kw(p, KW_async))) {
                Vec gens = {0};
                CHECK(comprehension_clauses(p, &gens) == 0);
                CHECK(expect_op(p, P_RBRACE));
                Node *g = nd_tok(p, N_DictComp, &st);
                CHECK(g);
                g->v.Comp.key = k;
                g->v.Comp.value = v;
                g->v.Comp.generators = vlist(gens);
                return g;
            }
            if (!k && (is_kw(p, KW_for) || is_kw(p, KW_async))) {
                error_tok(p, &st, "dict unpacking cannot be used in dict comprehension");
                return NULL;
            }
            CHECK(vec_push(p, &keys, k) == 0);
            CHECK(vec_push(p, &values, v) == 0);
            while (accept_op(p, P_COMMA)) {
                if (0) break;
                if (is_op(p, P_RBRACE)) break;
                if (accept_op(p, P_DOUBLESTAR)) {
                    v = bitwise_or(p);
                    CHECK(v);
                    k = NULL;
                } else {
                    k = expression(p);
                    CHECK(k);
                    if (!is_op(p, P_COLON)) {
                        if (is_op(p, P_RBRACE) || is_op(p, P_COMMA)) {
                            int c = bytes_to_chars(p, k->end_lineno, k->end_col_offset);
                            error_at(p, "SyntaxError", k->end_lineno, c, k->end_lineno, 0, "':' expected after dictionary key");
                            return NULL;
                        }
                        return syntax_error(p);
                    }
                    p->pos++;
                    if (is_op(p, P_RBRACE) || is_op(p, P_COMMA)) {
                        error_tok(p, prev(p), "expression expected after dictionary key and ':'");
                        return NULL;
                    }
                    v = expression(p);
                    CHECK(v);
                }
                CHECK(vec_push(p, &keys, k) == 0);
                CHECK(vec_push(p, &values, v) == 0);
            }
            if (!is_op(p, P_RBRACE) && comma_hint(p, values.items[values.len - 1])) return NULL;
            CHECK(expect_op(p, P_RBRACE));
            Node *n = nd_tok(p, N_Dict, &st);
            CHECK(n);
            n->v.Dict.keys = vlist(keys);
            n->v.Dict.values = vlist(values);
            return n;
        }
        if (is_kw(p, KW_for) || is_kw(p, KW_async)) {
            if (k->kind == N_Starred) {
                error_nodes(p, k, k, "iterable unpacking cannot be used in comprehension");
                return NULL;
            }
            Vec gens = {0};
            CHECK(comprehension_clauses(p, &gens) == 0);
            CHECK(expect_op(p, P_RBRACE));
            Node *g = nd_tok(p, N_SetComp, &st);
            CHECK(g);
            g->v.Comp.elt = k;
            g->v.Comp.generators = vlist(gens);
            return g;
        }
        Vec elts = {0};
        CHECK(vec_push(p, &elts, k) == 0);
        while (accept_op(p, P_COMMA)) {
            if (is_op(p, P_RBRACE)) break;
            Node *e = star_named_expression(p);
            CHECK(e);
            CHECK(vec_push(p, &elts, e) == 0);
        }
        if (!is_op(p, P_RBRACE) && comma_hint(p, elts.items[elts.len - 1])) return NULL;
        CHECK(expect_op(p, P_RBRACE));
        Node *n = nd_tok(p, N_Set, &st);
        CHECK(n);
        n->v.Set.elts = vlist(elts);
        return n;
    }
    return syntax_error(p);
}

/* call arguments after '(' ; fills args/keywords; consumes ')' */
static int call_args(Parser *p, const Token *lpar, Vec *args, Vec *kws, int allow_genexp)
{
    int seen_kw = 0, seen_dstar = 0;
    const char *pending_msg = NULL;   /* CPython reports these at the closing token */
    while (!is_op(p, P_RPAR)) {
        Token st = *cur(p);
        if (accept_op(p, P_STAR)) {
            Node *v = expression(p);
            if (!v || p->failed) return -1;
            Node *s = nd_tok(p, N_Starred, &st);
            if (!s) return -1;
            s->v.Starred.value = v;
            s->v.Starred.ctx = CTX_LOAD;
            if (seen_dstar) {
                error_tok(p, &st, "iterable argument unpacking follows keyword argument unpacking");
                return -1;
            }
            if (vec_push(p, args, s)) return -1;
        } else if (accept_op(p, P_DOUBLESTAR)) {
            Node *v = expression(p);
            if (!v || p->failed) return -1;
            Node *k = nd_tok(p, N_keyword, &st);
            if (!k) return -1;
            k->v.keyword.value = v;
            seen_dstar = 1;
            if (vec_push(p, kws, k)) return -1;
        } else if (is_plain_name(cur(p)) && peek_op(p, 1, P_EQUAL)) {
            p->pos += 2;
            Node *v = expression(p);
            if (!v || p->failed) return -1;
            Node *k = nd_tok(p, N_keyword, &st);
            if (!k) return -1;
            k->v.keyword.arg = tok_str(p, &st);
            k->v.keyword.value = v;
            if (is_kw(p, KW_for) || is_kw(p, KW_async)) {
                Node a, b;
                memset(&a, 0, sizeof a); memset(&b, 0, sizeof b);
                a.lineno = st.lineno; a.col_offset = st.col;
                b.end_lineno = st.lineno; b.end_col_offset = st.end_col + 1;
                error_nodes(p, &a, &b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return -1;
            }
            seen_kw = 1;
            if (vec_push(p, kws, k)) return -1;
        } else {
            Node *e = named_expression(p);
            if (!e || p->failed) return -1;
            if (is_op(p, P_EQUAL) && e->kind != N_NamedExpr) {
                Token eq = *cur(p);
                if (e->kind == N_Constant && (e->v.Constant.kind == CONST_TRUE || e->v.Constant.kind == CONST_FALSE || e->v.Constant.kind == CONST_NONE)) {
                    Node tmp;
                    memset(&tmp, 0, sizeof tmp);
                    tmp.end_lineno = eq.end_lineno; tmp.end_col_offset = eq.end_col;
                    error_nodes(p, e, &tmp, "cannot assign to %s", expr_name(e));
                } else {
                    Node tmp;
                    memset(&tmp, 0, sizeof tmp);
                    tmp.end_lineno = eq.end_lineno; tmp.end_col_offset = eq.end_col;
                    error_nodes(p, e, &tmp, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                return -1;
            }
            if (is_kw(p, KW_for) || is_kw(p, KW_async)) {
                Token for_tok = *cur(p);
                Vec gens = {0};
                if (comprehension_clauses(p, &gens)) return -1;
                if (!allow_genexp && !is_op(p, P_COMMA)) { error_tok(p, &for_tok, "invalid syntax"); return -1; }
                Node *g;
                if (args->len == 0 && kws->len == 0 && is_op(p, P_RPAR)) {
                    g = nd(p, N_GeneratorExp, lpar->lineno, lpar->col, cur(p)->end_lineno, cur(p)->end_col);
                } else {
                    g = nd_node(p, N_GeneratorExp, e);
                }
                if (!g) return -1;
                g->v.Comp.elt = e;
                g->v.Comp.generators = vlist(gens);
                if (args->len != 0 || kws->len != 0 || !is_op(p, P_RPAR) || !allow_genexp) {
                    Node *lastc = gens.len ? gens.items[gens.len - 1] : NULL;
                    Node *end = !lastc ? e
                              : lastc->v.comprehension.ifs.len ? lastc->v.comprehension.ifs.items[lastc->v.comprehension.ifs.len - 1]
                                                               : lastc->v.comprehension.iter;
                    error_nodes(p, e, end, "Generator expression must be parenthesized");
                    return -1;
                }
                e = g;
            } else if ((seen_kw || seen_dstar) && !pending_msg) {
                pending_msg = seen_dstar ? "positional argument follows keyword argument unpacking"
                                         : "positional argument follows keyword argument";
            }
            if (vec_push(p, args, e)) return -1;
        }
        if (!accept_op(p, P_COMMA)) {
            if (!is_op(p, P_RPAR)) {
                Node *last = args->len ? args->items[args->len - 1] : NULL;
                if (kws->len && (!last || kws->items[kws->len - 1]->lineno > last->lineno ||
                    (kws->items[kws->len - 1]->lineno == last->lineno && kws->items[kws->len - 1]->col_offset > last->col_offset)))
                    last = kws->items[kws->len - 1]->v.keyword.value;
                if (last && comma_hint(p, last)) return -1;
            }
            break;
        }
    }
    if (pending_msg && is_op(p, P_RPAR)) {
        error_tok(p, cur(p), "%s", pending_msg);
        return -1;
    }
    if (!expect_op(p, P_RPAR)) return -1;
    return 0;
}

static Node *primary_tail(Parser *p, Node *e, int s_l, int s_c)
{
    for (;;) {
        Token *t = cur(p);
        if (t->kind != TK_OP) return e;
        if (t->op == P_DOT) {
            p->pos++;
            Token *nt = expect_name(p);
            CHECK(nt);
            Token name = *nt;
            Node *a = nd_from(p, N_Attribute, s_l, s_c);
            CHECK(a);
            a->v.Attribute.value = e;
            a->v.Attribute.attr = tok_str(p, &name);
            a->v.Attribute.ctx = CTX_LOAD;
            e = a;
        } else if (t->op == P_LPAR) {
            Token lpar = *t;
            p->pos++;
            Vec args = {0}, kws = {0};
            CHECK(call_args(p, &lpar, &args, &kws, 1) == 0);
            Node *c = nd_from(p, N_Call, s_l, s_c);
            CHECK(c);
            c->v.Call.func = e;
            c->v.Call.args = vlist(args);
            c->v.Call.keywords = vlist(kws);
            e = c;
        } else if (t->op == P_LSQB) {
            p->pos++;
            Node *s = slices(p);
            CHECK(s);
            if (!is_op(p, P_RSQB) && comma_hint(p, s->kind == N_Tuple && s->v.List.elts.len ? s->v.List.elts.items[s->v.List.elts.len - 1] : s)) return NULL;
            CHECK(expect_op(p, P_RSQB));
            Node *n = nd_from(p, N_Subscript, s_l, s_c);
            CHECK(n);
            n->v.Subscript.value = e;
            n->v.Subscript.slice = s;
            n->v.Subscript.ctx = CTX_LOAD;
            e = n;
        } else {
            return e;
        }
    }
}

static Node *primary(Parser *p)
{
    START_POS;
    Node *e = atom(p);
    CHECK(e);
    return primary_tail(p, e, s_l, s_c);
}

static Node *slice_item(Parser *p)
{
    Token st = *cur(p);
    START_POS;
    Node *lower = NULL, *upper = NULL, *step = NULL;
    if (!is_op(p, P_COLON)) {
        if (is_op(p, P_STAR)) {
            /* a[*x] is 3.11 syntax (PEP 646) */
            p->pos++;
            Node *v = bitwise_or(p);
            CHECK(v);
            Node *s = nd_tok(p, N_Starred, &st);
            CHECK(s);
            s->v.Starred.value = v;
            s->v.Starred.ctx = CTX_LOAD;
            return s;
        }
        lower = named_expression(p);
        CHECK(lower);
        if (!is_op(p, P_COLON)) return lower;
    }
    p->pos++;   /* ':' */
    if (!is_op(p, P_COLON) && !is_op(p, P_COMMA) && !is_op(p, P_RSQB)) {
        upper = expression(p);
        CHECK(upper);
    }
    if (accept_op(p, P_COLON)) {
        if (!is_op(p, P_COMMA) && !is_op(p, P_RSQB)) {
            step = expression(p);
            CHECK(step);
        }
    }
    Node *s = nd_from(p, N_Slice, s_l, s_c);
    CHECK(s);
    s->v.Slice.lower = lower;
    s->v.Slice.upper = upper;
    s->v.Slice.step = step;
    return s;
}

static Node *slices(Parser *p)
{
    START_POS;
    Node *first = slice_item(p);
    CHECK(first);
    if (!is_op(p, P_COMMA)) {
        if (first->kind == N_Starred) {
            /* a[*x] is a one-element tuple */
            Node *t = nd_from(p, N_Tuple, s_l, s_c);
            CHECK(t);
            Vec v = {0};
            CHECK(vec_push(p, &v, first) == 0);
            t->v.List.elts = vlist(v);
            return t;
        }
        return first;
    }
    Vec elts = {0};
    CHECK(vec_push(p, &elts, first) == 0);
    while (accept_op(p, P_COMMA)) {
        if (is_op(p, P_RSQB)) break;
        Node *e = slice_item(p);
        CHECK(e);
        CHECK(vec_push(p, &elts, e) == 0);
    }
    Node *t = nd_from(p, N_Tuple, s_l, s_c);
    CHECK(t);
    t->v.List.elts = vlist(elts);
    t->v.List.ctx = CTX_LOAD;
    return t;
}

static Node *await_primary(Parser *p)
{
    if (is_kw(p, KW_await)) {
        Token st = *cur(p);
        p->pos++;
        Node *v = primary(p);
        CHECK(v);
        Node *n = nd_tok(p, N_Await, &st);
        CHECK(n);
        n->v.Await.value = v;
        return n;
    }
    return primary(p);
}

static Node *factor(Parser *p);

static Node *power(Parser *p)
{
    START_POS;
    Node *l = await_primary(p);
    CHECK(l);
    if (accept_op(p, P_DOUBLESTAR)) {
        if (!enter(p)) return NULL;
        Node *r = factor(p);
        LEAVE(p);
        CHECK(r);
        Node *n = nd_from(p, N_BinOp, s_l, s_c);
        CHECK(n);
        n->v.BinOp.left = l; n->v.BinOp.op = OP_POW; n->v.BinOp.right = r;
        return n;
    }
    return l;
}

static Node *factor(Parser *p)
{
    Token *t = cur(p);
    if (t->kind == TK_OP && (t->op == P_PLUS || t->op == P_MINUS || t->op == P_TILDE)) {
        Token st = *t;
        p->pos++;
        if (!enter(p)) return NULL;
        Node *operand = factor(p);
        LEAVE(p);
        CHECK(operand);
        Node *n = nd_tok(p, N_UnaryOp, &st);
        CHECK(n);
        n->v.UnaryOp.op = st.op == P_PLUS ? UOP_UADD : st.op == P_MINUS ? UOP_USUB : UOP_INVERT;
        n->v.UnaryOp.operand = operand;
        return n;
    }
    return power(p);
}

static int binop_of(Token *t, int level)
{
    if (t->kind != TK_OP) return -1;
    switch (level) {
    case 0: return t->op == P_VBAR ? OP_BITOR : -1;
    case 1: return t->op == P_CIRCUMFLEX ? OP_BITXOR : -1;
    case 2: return t->op == P_AMPER ? OP_BITAND : -1;
    case 3: return t->op == P_LEFTSHIFT ? OP_LSHIFT : t->op == P_RIGHTSHIFT ? OP_RSHIFT : -1;
    case 4: return t->op == P_PLUS ? OP_ADD : t->op == P_MINUS ? OP_SUB : -1;
    case 5:
        switch (t->op) {
        case P_STAR: return OP_MULT; case P_SLASH: return OP_DIV; case P_DOUBLESLASH: return OP_FLOORDIV;
        case P_PERCENT: return OP_MOD; case P_AT: return OP_MATMULT;
        }
        return -1;
    }
    return -1;
}

static Node *binary(Parser *p, int level)
{
    START_POS;
    Node *l = level == 5 ? factor(p) : binary(p, level + 1);
    CHECK(l);
    for (;;) {
        int op = binop_of(cur(p), level);
        if (op < 0) return l;
        p->pos++;
        Node *r = level == 5 ? factor(p) : binary(p, level + 1);
        CHECK(r);
        Node *n = nd_from(p, N_BinOp, s_l, s_c);
        CHECK(n);
        n->v.BinOp.left = l; n->v.BinOp.op = (BinOpKind)op; n->v.BinOp.right = r;
        l = n;
    }
}

static Node *bitwise_or(Parser *p) { return binary(p, 0); }

static int compare_op(Parser *p, int *op)
{
    Token *t = cur(p);
    if (t->kind == TK_OP) {
        switch (t->op) {
        case P_EQEQUAL: *op = CMPOP_EQ; break;
        case P_NOTEQUAL:
            if (t->len == 2 && t->start[0] == '<') return 0;  /* '<>' only with barry_as_FLUFL */
            *op = CMPOP_NOTEQ; break;
        case P_LESS: *op = CMPOP_LT; break;
        case P_LESSEQUAL: *op = CMPOP_LTE; break;
        case P_GREATER: *op = CMPOP_GT; break;
        case P_GREATEREQUAL: *op = CMPOP_GTE; break;
        default: return 0;
        }
        p->pos++;
        return 1;
    }
    if (t->kind == TK_NAME) {
        if (t->kw == KW_in) { *op = CMPOP_IN; p->pos++; return 1; }
        if (t->kw == KW_not && peek_kw(p, 1, KW_in)) { *op = CMPOP_NOTIN; p->pos += 2; return 1; }
        if (t->kw == KW_is) {
            if (peek_kw(p, 1, KW_not)) { *op = CMPOP_ISNOT; p->pos += 2; return 1; }
            *op = CMPOP_IS; p->pos++; return 1;
        }
    }
    return 0;
}

static Node *comparison(Parser *p)
{
    START_POS;
    Node *l = bitwise_or(p);
    CHECK(l);
    int op;
    if (!compare_op(p, &op)) return l;
    int nops = 0, cap = 4;
    CmpOpKind *ops = palloc(p, sizeof(CmpOpKind) * (size_t)cap);
    CHECK(ops);
    Vec comps = {0};
    do {
        if (nops == cap) {
            CmpOpKind *n2 = palloc(p, sizeof(CmpOpKind) * (size_t)cap * 2);
            CHECK(n2);
            memcpy(n2, ops, sizeof(CmpOpKind) * (size_t)nops);
            ops = n2;
            cap *= 2;
        }
        ops[nops++] = (CmpOpKind)op;
        Node *r = bitwise_or(p);
        CHECK(r);
        CHECK(vec_push(p, &comps, r) == 0);
    } while (compare_op(p, &op));
    Node *n = nd_from(p, N_Compare, s_l, s_c);
    CHECK(n);
    n->v.Compare.left = l;
    n->v.Compare.nops = nops;
    n->v.Compare.ops = ops;
    n->v.Compare.comparators = vlist(comps);
    return n;
}

static Node *inversion(Parser *p)
{
    if (is_kw(p, KW_not)) {
        Token st = *cur(p);
        p->pos++;
        if (!enter(p)) return NULL;
        Node *o = inversion(p);
        LEAVE(p);
        CHECK(o);
        Node *n = nd_tok(p, N_UnaryOp, &st);
        CHECK(n);
        n->v.UnaryOp.op = UOP_NOT;
        n->v.UnaryOp.operand = o;
        return n;
    }
    return comparison(p);
}

static Node *boolop(Parser *p, int is_or)
{
    START_POS;
    Node *first = is_or ? boolop(p, 0) : inversion(p);
    CHECK(first);
    int kw = is_or ? KW_or : KW_and;
    if (!is_kw(p, kw)) return first;
    Vec vals = {0};
    CHECK(vec_push(p, &vals, first) == 0);
    while (accept_kw(p, kw)) {
        Node *e = is_or ? boolop(p, 0) : inversion(p);
        CHECK(e);
        CHECK(vec_push(p, &vals, e) == 0);
    }
    Node *n = nd_from(p, N_BoolOp, s_l, s_c);
    CHECK(n);
    n->v.BoolOp.op = is_or ? BOOL_OR : BOOL_AND;
    n->v.BoolOp.values = vlist(vals);
    return n;
}

static Node *disjunction(Parser *p) { return boolop(p, 1); }

static Node *expression(Parser *p)
{
    START_POS;
    if (!enter(p)) return NULL;
    Node *r;
    if (is_kw(p, KW_lambda)) {
        r = lambdef(p);
        LEAVE(p);
        return r;
    }
    Node *body = disjunction(p);
    if (!body || p->failed) { LEAVE(p); return NULL; }
    if (is_kw(p, KW_if)) {
        p->pos++;
        Node *test = disjunction(p);
        if (!test || p->failed) { LEAVE(p); return NULL; }
        if (!accept_kw(p, KW_else)) {
            LEAVE(p);
            Token *c = cur(p);
            if (c->kind == TK_ERROR) { p->failed = 1; return NULL; }
            error_nodes(p, body, test, "expected 'else' after 'if' expression");
            return NULL;
        }
        Node *orelse = expression(p);
        if (!orelse || p->failed) { LEAVE(p); return NULL; }
        r = nd_from(p, N_IfExp, s_l, s_c);
        if (r) { r->v.IfExp.test = test; r->v.IfExp.body = body; r->v.IfExp.orelse = orelse; }
        LEAVE(p);
        return r;
    }
    LEAVE(p);
    return body;
}

static Node *named_expression(Parser *p)
{
    if (is_plain_name(cur(p)) && peek_op(p, 1, P_COLONEQUAL)) {
        Token nt = *cur(p);
        p->pos += 2;
        Node *target = name_node(p, &nt, CTX_STORE);
        CHECK(target);
        Node *v = expression(p);
        CHECK(v);
        Node *n = nd_tok(p, N_NamedExpr, &nt);
        CHECK(n);
        n->v.NamedExpr.target = target;
        n->v.NamedExpr.value = v;
        return n;
    }
    Node *e = expression(p);
    CHECK(e);
    if (is_op(p, P_COLONEQUAL)) {
        error_nodes(p, e, e, "cannot use assignment expressions with %s", expr_name(e));
        return NULL;
    }
    return e;
}

/* named_expression where CPython's invalid_named_expression applies:
 * `x = 1` or `f() = 1` used as an expression */
static Node *named_expression_checked(Parser *p)
{
    START_POS;
    Node *e = named_expression(p);
    CHECK(e);
    if (!is_op(p, P_EQUAL) || e->kind == N_NamedExpr) return e;
    int is_name = e->kind == N_Name && e->lineno == s_l && e->col_offset == s_c;
    int parenthesized = !(e->lineno == s_l && e->col_offset == s_c);
    if (!is_name && !parenthesized && !is_bitwise_or_level(e)) return e;
    if (!is_name && (e->kind == N_List || e->kind == N_Tuple || e->kind == N_GeneratorExp ||
                     (e->kind == N_Constant && (e->v.Constant.kind == CONST_TRUE || e->v.Constant.kind == CONST_FALSE || e->v.Constant.kind == CONST_NONE))))
        return e;
    int save = p->pos;
    SyntaxErrorInfo keep = *p->err;
    p->in_try++;
    p->pos++;
    Node *rhs = bitwise_or(p);
    p->in_try--;
    int ok = rhs && !p->failed && !is_op(p, P_EQUAL) && !is_op(p, P_COLONEQUAL);
    if (p->lx.failed || p->err->is_memory_error) { p->failed = 1; return NULL; }
    p->failed = 0;
    *p->err = keep;
    if (ok) {
        if (is_name) error_nodes(p, e, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        else error_nodes(p, e, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(e));
        return NULL;
    }
    p->pos = save;
    return e;
}

static Node *star_named_expression(Parser *p)
{
    if (is_op(p, P_STAR)) {
        Token st = *cur(p);
        p->pos++;
        Node *v = bitwise_or(p);
        CHECK(v);
        Node *n = nd_tok(p, N_Starred, &st);
        CHECK(n);
        n->v.Starred.value = v;
        n->v.Starred.ctx = CTX_LOAD;
        return n;
    }
    return named_expression_checked(p);
}

static Node *star_expression(Parser *p)
{
    if (is_op(p, P_STAR)) {
        Token st = *cur(p);
        p->pos++;
        Node *v = bitwise_or(p);
        CHECK(v);
        Node *n = nd_tok(p, N_Starred, &st);
        CHECK(n);
        n->v.Starred.value = v;
        n->v.Starred.ctx = CTX_LOAD;
        return n;
    }
    return expression(p);
}

static int starts_expression(Parser *p)
{
    Token *t = cur(p);
    switch (t->kind) {
    case TK_NAME:
        return t->kw == 0 || t->kw == KW_None || t->kw == KW_True || t->kw == KW_False ||
               t->kw == KW_not || t->kw == KW_lambda || t->kw == KW_await || t->kw == KW_yield;
    case TK_NUMBER: case TK_STRING: return 1;
    case TK_OP:
        switch (t->op) {
        case P_LPAR: case P_LSQB: case P_LBRACE: case P_MINUS: case P_PLUS: case P_TILDE:
        case P_STAR: case P_ELLIPSIS: return 1;
        }
        return 0;
    default: return 0;
    }
}

/* star_expressions: tuple without parentheses when there is a comma */
static Node *star_expressions(Parser *p)
{
    START_POS;
    Node *first = star_expression(p);
    CHECK(first);
    if (!is_op(p, P_COMMA)) return first;
    Vec elts = {0};
    CHECK(vec_push(p, &elts, first) == 0);
    while (accept_op(p, P_COMMA)) {
        if (!starts_expression(p) || is_kw(p, KW_yield)) break;
        Node *e = star_expression(p);
        CHECK(e);
        CHECK(vec_push(p, &elts, e) == 0);
    }
    Node *t = nd_from(p, N_Tuple, s_l, s_c);
    CHECK(t);
    t->v.List.elts = vlist(elts);
    t->v.List.ctx = CTX_LOAD;
    return t;
}

/* expressions (no star) with optional tuple, e.g. for subject / return */
static Node *yield_expr(Parser *p)
{
    Token st = *cur(p);
    p->pos++;   /* 'yield' */
    if (accept_kw(p, KW_from)) {
        Node *v = expression(p);
        CHECK(v);
        Node *n = nd_tok(p, N_YieldFrom, &st);
        CHECK(n);
        n->v.Yield.value = v;
        return n;
    }
    Node *v = NULL;
    if (starts_expression(p) && !is_kw(p, KW_yield)) {
        v = star_expressions(p);
        CHECK(v);
    }
    Node *n = nd_tok(p, N_Yield, &st);
    CHECK(n);
    n->v.Yield.value = v;
    return n;
}

/* targets for 'for' and comprehensions: star_targets up to 'in' */
static Node *star_targets(Parser *p)
{
    START_POS;
    Vec elts = {0};
    Node *first = NULL;
    int trailing = 0;
    for (;;) {
        Token st = *cur(p);
        Node *e;
        if (accept_op(p, P_STAR)) {
            Node *v = bitwise_or(p);
            CHECK(v);
            e = nd_tok(p, N_Starred, &st);
            CHECK(e);
            e->v.Starred.value = v;
        } else {
            e = bitwise_or(p);
            CHECK(e);
        }
        if (!first) first = e;
        CHECK(vec_push(p, &elts, e) == 0);
        trailing = 0;
        if (!accept_op(p, P_COMMA)) break;
        trailing = 1;
        if (is_kw(p, KW_in) || is_op(p, P_EQUAL)) break;
    }
    Node *r;
    if (elts.len == 1 && !trailing) {
        r = first;
    } else {
        r = nd_from(p, N_Tuple, s_l, s_c);
        CHECK(r);
        r->v.List.elts = vlist(elts);
    }
    if (!check_target(p, r, CTX_STORE)) return NULL;
    return r;
}

static int comprehension_clauses(Parser *p, Vec *gens)
{
    while (is_kw(p, KW_for) || (is_kw(p, KW_async) && peek_kw(p, 1, KW_for))) {
        int is_async = accept_kw(p, KW_async);
        p->pos++;   /* for */
        Node *target = star_targets(p);
        if (!target || p->failed) return -1;
        if (!accept_kw(p, KW_in)) {
            if (cur(p)->kind != TK_ERROR) syntax_error(p);
            p->failed = 1;
            return -1;
        }
        Node *iter = disjunction(p);
        if (!iter || p->failed) return -1;
        Vec ifs = {0};
        while (accept_kw(p, KW_if)) {
            Node *c = disjunction(p);
            if (!c || p->failed) return -1;
            if (vec_push(p, &ifs, c)) return -1;
        }
        Node *g = nd(p, N_comprehension, 0, 0, 0, 0);
        if (!g) return -1;
        g->v.comprehension.target = target;
        g->v.comprehension.iter = iter;
        g->v.comprehension.ifs = vlist(ifs);
        g->v.comprehension.is_async = is_async;
        if (vec_push(p, gens, g)) return -1;
    }
    return 0;
}

static Node *lambdef(Parser *p)
{
    Token st = *cur(p);
    p->pos++;
    Node *args = arguments_def(p, 1);
    CHECK(args);
    CHECK(expect_op(p, P_COLON));
    Node *body = expression(p);
    CHECK(body);
    Node *n = nd_tok(p, N_Lambda, &st);
    CHECK(n);
    n->v.Lambda.args = args;
    n->v.Lambda.body = body;
    return n;
}

/* one parameter: NAME [':' annotation] */
static Node *param(Parser *p, int is_lambda, int allow_star_annotation)
{
    Token *nt = cur(p);
    if (!is_plain_name(nt)) return syntax_error(p);
    Token name = *nt;
    p->pos++;
    Node *ann = NULL;
    if (!is_lambda && accept_op(p, P_COLON)) {
        if (allow_star_annotation && is_op(p, P_STAR)) {
            Token s = *cur(p);
            p->pos++;
            Node *v = bitwise_or(p);
            CHECK(v);
            ann = nd_tok(p, N_Starred, &s);
            CHECK(ann);
            ann->v.Starred.value = v;
        } else {
            ann = expression(p);
            CHECK(ann);
        }
    }
    Node *a = nd_tok(p, N_arg, &name);
    CHECK(a);
    a->v.arg.arg = tok_str(p, &name);
    a->v.arg.annotation = ann;
    return a;
}

/* parameters up to ')' (def) or ':' (lambda); closing token not consumed */
static Node *arguments_def(Parser *p, int is_lambda)
{
    int close = is_lambda ? P_COLON : P_RPAR;
    Vec posonly = {0}, args = {0}, kwonly = {0}, kwdefaults = {0}, defaults = {0};
    Node *vararg = NULL, *kwarg = NULL;
    int seen_star = 0, seen_default = 0, seen_slash = 0;
    if (is_lambda && is_op(p, P_LPAR)) {
        /* `lambda (x): ...` */
        int k = 1;
        while (is_plain_name(peek(p, k)) && (peek_op(p, k + 1, P_COMMA) || peek_op(p, k + 1, P_RPAR))) {
            k += 1;
            if (peek_op(p, k, P_COMMA)) k++;
            if (peek_op(p, k, P_RPAR)) {
                Node a, b;
                Token *lp = peek(p, 0), *rp = peek(p, k);
                memset(&a, 0, sizeof a); memset(&b, 0, sizeof b);
                a.lineno = lp->lineno; a.col_offset = lp->col;
                b.end_lineno = rp->end_lineno; b.end_col_offset = rp->end_col;
                error_nodes(p, &a, &b, "Lambda expression parameters cannot be parenthesized");
                return NULL;
            }
        }
    }
    while (!is_op(p, close)) {
        Token st = *cur(p);
        if (kwarg) {
            if (cur(p)->kind == TK_ERROR) { p->failed = 1; return NULL; }
            error_tok(p, cur(p), "arguments cannot follow var-keyword argument");
            return NULL;
        }
        if (accept_op(p, P_SLASH)) {
            if (seen_slash) { error_tok(p, &st, "/ may appear only once"); return NULL; }
            if (seen_star) { error_tok(p, &st, "/ must be ahead of *"); return NULL; }
            if (args.len == 0) { error_tok(p, &st, "at least one argument must precede /"); return NULL; }
            seen_slash = 1;
            posonly = args;
            memset(&args, 0, sizeof args);
        } else if (accept_op(p, P_STAR)) {
            if (seen_star) {
                /* CPython names this only when the second '*' looks like a parameter start */
                Token *a = cur(p);
                int looks = (a->kind == TK_OP && a->op == P_COMMA) ||
                            (is_plain_name(a) && (peek_op(p, 1, P_COMMA) || peek_op(p, 1, close) ||
                                                  (!is_lambda && peek_op(p, 1, P_COLON))));
                if (looks) error_tok(p, &st, "* argument may appear only once");
                else syntax_error(p);
                return NULL;
            }
            seen_star = 1;
            if (is_op(p, P_COMMA)) {
                if (peek_op(p, 1, close) || peek_op(p, 1, P_DOUBLESTAR)) {
                    error_tok(p, &st, "named arguments must follow bare *");
                    return NULL;
                }
            } else if (is_op(p, close)) {
                error_tok(p, &st, "named arguments must follow bare *");
                return NULL;
            } else {
                vararg = param(p, is_lambda, 1);
                CHECK(vararg);
                if (is_op(p, P_EQUAL)) {
                    error_tok(p, cur(p), "var-positional argument cannot have default value");
                    return NULL;
                }
            }
        } else if (accept_op(p, P_DOUBLESTAR)) {
            kwarg = param(p, is_lambda, 0);
            CHECK(kwarg);
            if (is_op(p, P_EQUAL)) {
                error_tok(p, cur(p), "var-keyword argument cannot have default value");
                return NULL;
            }
        } else {
            Node *a = param(p, is_lambda, 0);
            CHECK(a);
            Node *def = NULL;
            if (accept_op(p, P_EQUAL)) {
                def = expression(p);
                CHECK(def);
            }
            if (seen_star) {
                CHECK(vec_push(p, &kwonly, a) == 0);
                CHECK(vec_push(p, &kwdefaults, def) == 0);
            } else {
                if (def) {
                    seen_default = 1;
                    CHECK(vec_push(p, &defaults, def) == 0);
                } else if (seen_default) {
                    error_nodes(p, a, a, "non-default argument follows default argument");
                    return NULL;
                }
                CHECK(vec_push(p, &args, a) == 0);
            }
        }
        if (!accept_op(p, P_COMMA)) break;
    }
    if (!is_op(p, close)) return syntax_error(p);
    Node *n = nd(p, N_arguments, 0, 0, 0, 0);
    CHECK(n);
    n->v.arguments.posonlyargs = vlist(posonly);
    n->v.arguments.args = vlist(args);
    n->v.arguments.vararg = vararg;
    n->v.arguments.kwonlyargs = vlist(kwonly);
    n->v.arguments.kw_defaults = vlist(kwdefaults);
    n->v.arguments.kwarg = kwarg;
    n->v.arguments.defaults = vlist(defaults);
    return n;
}

/* ------------------------------------------------------------- strings */

typedef struct {
    char *buf;
    size_t len, cap;
} SBuf;

static int sb_put(Parser *p, SBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 64;
        while (nc < b->len + n + 1) nc *= 2;
        char *nb = palloc(p, nc);
        if (!nb) return -1;
        if (b->len) memcpy(nb, b->buf, b->len);
        b->buf = nb;
        b->cap = nc;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = 0;
    return 0;
}

static int sb_put_cp(Parser *p, SBuf *b, unsigned cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) { u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[2] = (char)(0x80 | (cp & 0x3F)); n = 3; }
    else { u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)); u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4; }
    return sb_put(p, b, u, n);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decode escapes of a (non-raw) literal body.  Errors are reported at the
 * token after the strings, like CPython's RAISE_SYNTAX_ERROR. */
static int decode_escapes(Parser *p, SBuf *out, const char *s, size_t n, int is_bytes, const Token *err_tok)
{
    size_t i = 0;
    while (i < n) {
        const char *bs = memchr(s + i, '\\', n - i);
        size_t run = bs ? (size_t)(bs - (s + i)) : n - i;
        if (run && sb_put(p, out, s + i, run)) return -1;
        i += run;
        if (i >= n) break;
        size_t esc_start = i;
        i++;   /* backslash */
        if (i >= n) {
            /* trailing lone backslash can't happen (the quote would be escaped) */
            if (sb_put(p, out, "\\", 1)) return -1;
            break;
        }
        char c = s[i++];
        unsigned v;
        const char *bad = NULL;
        int width = 0;
        switch (c) {
        case '\n': break;
        case '\\': if (sb_put(p, out, "\\", 1)) return -1; break;
        case '\'': if (sb_put(p, out, "'", 1)) return -1; break;
        case '"': if (sb_put(p, out, "\"", 1)) return -1; break;
        case 'a': if (sb_put(p, out, "\a", 1)) return -1; break;
        case 'b': if (sb_put(p, out, "\b", 1)) return -1; break;
        case 'f': if (sb_put(p, out, "\f", 1)) return -1; break;
        case 'n': if (sb_put(p, out, "\n", 1)) return -1; break;
        case 'r': if (sb_put(p, out, "\r", 1)) return -1; break;
        case 't': if (sb_put(p, out, "\t", 1)) return -1; break;
        case 'v': if (sb_put(p, out, "\v", 1)) return -1; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (unsigned)(s[i++] - '0');
            if (is_bytes) { char ch = (char)(v & 0xFF); if (sb_put(p, out, &ch, 1)) return -1; }
            else if (sb_put_cp(p, out, v)) return -1;
            break;
        case 'x': width = 2; bad = "truncated \\xXX escape"; goto hex;
        case 'u': if (is_bytes) goto unknown; width = 4; bad = "truncated \\uXXXX escape"; goto hex;
        case 'U': if (is_bytes) goto unknown; width = 8; bad = "truncated \\UXXXXXXXX escape"; goto hex;
        hex:
            v = 0;
            for (int k = 0; k < width; k++) {
                int h = i < n ? hexval((unsigned char)s[i]) : -1;
                if (h < 0) {
                    if (is_bytes) {
                        error_tok(p, err_tok, "(value error) invalid \\x escape at position %zu", esc_start);
                    } else {
                        error_tok(p, err_tok, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                                  esc_start, i - 1, bad);
                    }
                    return -1;
                }
                v = v * 16 + (unsigned)h;
                i++;
            }
            if (is_bytes) { char ch = (char)v; if (sb_put(p, out, &ch, 1)) return -1; }
            else {
                if (v > 0x10FFFF) {
                    error_tok(p, err_tok, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                              esc_start, i - 1);
                    return -1;
                }
                if (sb_put_cp(p, out, v)) return -1;
            }
            break;
        case 'N':
            if (is_bytes) goto unknown;
            {
                size_t e = i;
                if (e < n && s[e] == '{') {
                    while (e < n && s[e] != '}') e++;
                    if (e < n) {
                        unsigned cp;
                        if (lex_lookup_char_name(s + i + 1, e - i - 1, &cp)) {
                            if (sb_put_cp(p, out, cp)) return -1;
                            i = e + 1;
                            break;
                        }
                        error_tok(p, err_tok, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: unknown Unicode character name",
                                  esc_start, e);
                        return -1;
                    }
                }
                error_tok(p, err_tok, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: malformed \\N character escape",
                          esc_start, i - 1 + (i < n && s[i] == '{' ? 1 : 0));
                return -1;
            }
        default:
        unknown:
            if (sb_put(p, out, s + esc_start, i - esc_start)) return -1;
            break;
        }
    }
    return 0;
}

typedef struct {
    Vec values;          /* JoinedStr parts */
    SBuf last;           /* pending literal text */
    int has_last;
    int fmode;
    int first_is_u;
    Node *loc;           /* position source for generated nodes */
    Node *finish_loc;    /* position of the trailing literal (format specs: their token) */
} FState;

static int fstate_flush(Parser *p, FState *st, int at_finish)
{
    if (!st->has_last) return 0;
    if (st->last.len == 0) { st->has_last = 0; return 0; }
    Node *l = at_finish && st->finish_loc ? st->finish_loc : st->loc;
    Node *c = nd(p, N_Constant, l->lineno, l->col_offset, l->end_lineno, l->end_col_offset);
    if (!c) return -1;
    c->v.Constant.kind = CONST_STR;
    c->v.Constant.text.s = st->last.buf;
    c->v.Constant.text.len = st->last.len;
    c->v.Constant.is_u = st->first_is_u;
    if (vec_push(p, &st->values, c)) return -1;
    memset(&st->last, 0, sizeof st->last);
    st->has_last = 0;
    return 0;
}

static int fstate_add_text(Parser *p, FState *st, const char *s, size_t n)
{
    if (n == 0) return 0;
    st->has_last = 1;
    return sb_put(p, &st->last, s, n);
}

static Node *parse_fstring_expr_source(Parser *p, const Token *t, const char *expr_start,
                                       const char *expr_end);

static int fstring_parse(Parser *p, FState *st, const char **str, const char *end, int raw,
                         int recurse_lvl, const Token *t, const Token *err_tok);

/* one '{...}' replacement field; *str points at '{' */
static Node *fstring_find_expr(Parser *p, const char **str, const char *end, int raw, int recurse_lvl,
                               const Token *t, const Token *err_tok, FState *outer)
{
    if (recurse_lvl >= 2) { error_tok(p, err_tok, "f-string: expressions nested too deeply"); return NULL; }
    const char *s = *str + 1;
    const char *expr_start = s;
    char parenstack[200];
    int nested = 0, quote_char = 0, string_type = 0;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') { error_tok(p, err_tok, "f-string expression part cannot include a backslash"); return NULL; }
        if (quote_char) {
            if (ch == quote_char) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) { s += 2; string_type = 0; quote_char = 0; continue; }
                    continue;
                }
                string_type = 0;
                quote_char = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) { string_type = 3; s += 2; }
            else string_type = 1;
            quote_char = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (nested >= 200) { error_tok(p, err_tok, "f-string: too many nested parenthesis"); return NULL; }
            parenstack[nested++] = ch;
        } else if (ch == '#') {
            error_tok(p, err_tok, "f-string expression part cannot include '#'");
            return NULL;
        } else if (nested == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end) {
                char next = s[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    s++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!nested) { error_tok(p, err_tok, "f-string: unmatched '%c'", ch); return NULL; }
            nested--;
            int opening = parenstack[nested];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                error_tok(p, err_tok, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, opening);
                return NULL;
            }
        }
    }
    const char *expr_end = s;
    if (quote_char) { error_tok(p, err_tok, "f-string: unterminated string"); return NULL; }
    if (nested) { error_tok(p, err_tok, "f-string: unmatched '%c'", parenstack[nested - 1]); return NULL; }
    if (s >= end) { error_tok(p, err_tok, "f-string: expecting '}'"); return NULL; }
    {
        const char *q = expr_start;
        while (q < expr_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r')) q++;
        if (q == expr_end) { error_tok(p, err_tok, "f-string: empty expression not allowed"); return NULL; }
    }
    Node *value = parse_fstring_expr_source(p, t, expr_start, expr_end);
    CHECK(value);
    const char *expr_text = NULL;
    size_t expr_text_len = 0;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r' || *s == '\v')) s++;
        if (s >= end) { error_tok(p, err_tok, "f-string: expecting '}'"); return NULL; }
        expr_text = expr_start;
        expr_text_len = (size_t)(s - expr_start);
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end) { error_tok(p, err_tok, "f-string: expecting '}'"); return NULL; }
        conversion = (unsigned char)*s++;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            error_tok(p, err_tok, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return NULL;
        }
    }
    Node *format_spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end) { error_tok(p, err_tok, "f-string: expecting '}'"); return NULL; }
        FState spec = {0};
        spec.fmode = 1;
        spec.first_is_u = outer->first_is_u;
        spec.loc = outer->loc;
        /* CPython gives the spec (and its trailing literal) the position of the string token */
        Node *tloc = nd(p, N_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
        CHECK(tloc);
        spec.finish_loc = tloc;
        if (fstring_parse(p, &spec, &s, end, raw, recurse_lvl + 1, t, err_tok)) return NULL;
        if (fstate_flush(p, &spec, 1)) return NULL;
        format_spec = nd(p, N_JoinedStr, t->lineno, t->col, t->end_lineno, t->end_col);
        CHECK(format_spec);
        format_spec->v.JoinedStr.values = vlist(spec.values);
    }
    if (s >= end || *s != '}') { error_tok(p, err_tok, "f-string: expecting '}'"); return NULL; }
    s++;
    if (expr_text) {
        if (fstate_add_text(p, outer, expr_text, expr_text_len)) return NULL;
        if (!format_spec && conversion == -1) conversion = 'r';
    }
    *str = s;
    Node *fv = nd(p, N_FormattedValue, outer->loc->lineno, outer->loc->col_offset, outer->loc->end_lineno, outer->loc->end_col_offset);
    CHECK(fv);
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = format_spec;
    return fv;
}

static int fstring_parse(Parser *p, FState *st, const char **str, const char *end, int raw,
                         int recurse_lvl, const Token *t, const Token *err_tok)
{
    for (;;) {
        /* literal part */
        const char *s = *str, *lit_start = s;
        int doubled = 0;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}') {}
                        continue;
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurse_lvl == 0) {
                    if (s < end && *s == ch) { doubled = 1; break; }
                    if (ch == '}') {
                        error_tok(p, err_tok, "f-string: single '}' is not allowed");
                        return -1;
                    }
                }
                s--;
                break;
            }
        }
        const char *lit_end = s;
        if (lit_end > lit_start) {
            if (raw) { if (fstate_add_text(p, st, lit_start, (size_t)(lit_end - lit_start))) return -1; }
            else {
                SBuf tmp = {0};
                if (decode_escapes(p, &tmp, lit_start, (size_t)(lit_end - lit_start), 0, err_tok)) return -1;
                if (fstate_add_text(p, st, tmp.buf, tmp.len)) return -1;
            }
        }
        if (doubled) { *str = s + 1; continue; }
        *str = s;
        if (s >= end || *s == '}') break;
        /* '{' */
        Node *e = fstring_find_expr(p, str, end, raw, recurse_lvl, t, err_tok, st);
        if (!e || p->failed) return -1;
        if (fstate_flush(p, st, 0)) return -1;
        if (vec_push(p, &st->values, e)) return -1;
    }
    if (recurse_lvl == 0 && *str < end) { error_tok(p, err_tok, "f-string: unexpected end of string"); return -1; }
    if (recurse_lvl != 0 && (*str >= end || **str != '}')) { error_tok(p, err_tok, "f-string: expecting '}'"); return -1; }
    return 0;
}

static Node *parse_strings(Parser *p)
{
    Token first = *cur(p);
    int ntok = 0;
    while (peek(p, ntok)->kind == TK_STRING) ntok++;
    Token last = *peek(p, ntok - 1);
    Token after = *peek(p, ntok);   /* CPython reports string errors at the next token */
    if (after.kind == TK_ERROR) { p->failed = 1; return NULL; }
    Node loc;
    memset(&loc, 0, sizeof loc);
    loc.lineno = first.lineno; loc.col_offset = first.col;
    loc.end_lineno = last.end_lineno; loc.end_col_offset = last.end_col;
    Node *locp = palloc(p, sizeof(Node));
    CHECK(locp);
    memcpy(locp, &loc, sizeof loc);
    FState st = {0};
    st.loc = locp;
    SBuf bytes = {0};
    int bytesmode = -1;
    for (int i = 0; i < ntok; i++) {
        Token t = *peek(p, i);
        const char *s = t.start;
        int is_b = 0, is_r = 0, is_f = 0, is_u = 0;
        while (*s != '\'' && *s != '"') {
            switch (*s) {
            case 'b': case 'B': is_b = 1; break;
            case 'r': case 'R': is_r = 1; break;
            case 'f': case 'F': is_f = 1; break;
            case 'u': case 'U': is_u = 1; break;
            }
            s++;
        }
        if (i == 0) st.first_is_u = is_u;
        size_t prefix = (size_t)(s - t.start);
        size_t q = (t.len - (int)prefix >= 6 && s[0] == s[1] && s[1] == s[2]) ? 3 : 1;
        const char *body = s + q;
        const char *body_end = t.start + t.len - q;
        if (bytesmode >= 0 && bytesmode != is_b) {
            error_tok(p, &after, "cannot mix bytes and nonbytes literals");
            return NULL;
        }
        bytesmode = is_b;
        if (is_b) {
            for (const char *c = body; c < body_end; c++) {
                if ((unsigned char)*c >= 0x80) {
                    error_tok(p, &t, "bytes can only contain ASCII literal characters");
                    return NULL;
                }
            }
            if (is_r) { if (sb_put(p, &bytes, body, (size_t)(body_end - body))) return NULL; }
            else if (decode_escapes(p, &bytes, body, (size_t)(body_end - body), 1, &after)) return NULL;
        } else if (is_f) {
            st.fmode = 1;
            const char *cursor = body;
            if (fstring_parse(p, &st, &cursor, body_end, is_r, 0, &t, &after)) return NULL;
        } else if (is_r) {
            if (fstate_add_text(p, &st, body, (size_t)(body_end - body))) return NULL;
            if (body_end == body) st.has_last = 1;
        } else {
            SBuf tmp = {0};
            if (decode_escapes(p, &tmp, body, (size_t)(body_end - body), 0, &after)) return NULL;
            if (fstate_add_text(p, &st, tmp.buf, tmp.len)) return NULL;
            st.has_last = 1;
        }
    }
    p->pos += ntok;
    if (bytesmode == 1) {
        Node *c = nd(p, N_Constant, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
        CHECK(c);
        c->v.Constant.kind = CONST_BYTES;
        c->v.Constant.text.s = bytes.buf ? bytes.buf : "";
        c->v.Constant.text.len = bytes.len;
        return c;
    }
    if (!st.fmode) {
        Node *c = nd(p, N_Constant, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
        CHECK(c);
        c->v.Constant.kind = CONST_STR;
        c->v.Constant.text.s = st.last.buf ? st.last.buf : "";
        c->v.Constant.text.len = st.last.len;
        c->v.Constant.is_u = st.first_is_u;
        return c;
    }
    if (fstate_flush(p, &st, 1)) return NULL;
    Node *j = nd(p, N_JoinedStr, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
    CHECK(j);
    j->v.JoinedStr.values = vlist(st.values);
    return j;
}

/* Parse the replacement expression with a sub-parser on "(expr)\n", the
 * way CPython 3.11 does, so positions come out the same. */
static Node *parse_fstring_expr_source(Parser *p, const Token *t, const char *expr_start,
                                       const char *expr_end)
{
    size_t len = (size_t)(expr_end - expr_start);
    char *buf = palloc(p, len + 4);
    CHECK(buf);
    buf[0] = '(';
    memcpy(buf + 1, expr_start, len);
    buf[len + 1] = ')';
    buf[len + 2] = '\n';
    buf[len + 3] = 0;
    /* location: lines before the '{' within the token, and columns */
    int lines = 0, cols = 0;
    const char *brace = expr_start - 1;
    /* scan state is cached per string token so many fields stay linear */
    if (p->fs_tok != t->start || p->fs_pos > brace) {
        p->fs_tok = t->start;
        p->fs_pos = t->start;
        p->fs_lines = 0;
        p->fs_last_nl = NULL;
    }
    for (; p->fs_pos < brace; p->fs_pos++)
        if (*p->fs_pos == '\n') { p->fs_lines++; p->fs_last_nl = p->fs_pos; }
    int newline_after_brace = 1;
    for (const char *q = expr_start; q < expr_end && *q != '}' && *q != '\n'; q++) {
        if (*q != ' ' && *q != '\t' && *q != '\f') { newline_after_brace = 0; break; }
    }
    if (!newline_after_brace) {
        const char *q = *brace == '\n' ? brace : p->fs_last_nl ? p->fs_last_nl : t->start;
        cols += (int)(brace - q);
        if (*q == '\n') cols -= 1;
    }
    lines = p->fs_lines;

    Parser sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.err = p->err;
    sub.depth = p->depth;
    sub.max_depth = p->max_depth;
    sub.fstring_depth = p->fstring_depth + 1;
    sub.src_end = buf + len + 3;
    lex_init(&sub.lx, buf, len + 3, p->err);
    sub.lx.lineno = t->lineno + lines;
    sub.lx.first_lineno = t->lineno + lines;
    sub.lx.first_col_shift = lines != 0 ? cols : t->col + cols;
    /* the sub-source starts inside a bracket, so no INDENT/NEWLINE logic applies */
    Node *e = NULL;
    Token *ft = cur(&sub);
    if (!sub.failed && ft->kind != TK_ERROR) {
        /* CPython's fstring rule: star_expressions over "(expr)" */
        e = star_expressions(&sub);
        if (e && !sub.failed && cur(&sub)->kind != TK_NEWLINE) { syntax_error(&sub); e = NULL; }
    } else {
        sub.failed = 1;
    }
    if (sub.toks) tok_realloc(&sub, sub.toks, sizeof(Token) * (size_t)sub.cap, 0);
    if (sub.failed || !e) {
        p->failed = 1;
        return NULL;
    }
    return e;
}

/* ----------------------------------------------------------- statements */

static Node *simple_stmt(Parser *p);

static int check_legacy_print(Parser *p, Node *e)
{
    /* `print x` / `exec x`: CPython's invalid_legacy_expression */
    if (e->kind != N_Name) return 0;
    const char *id = e->v.Name.id.s;
    if (strcmp(id, "print") != 0 && strcmp(id, "exec") != 0) return 0;
    if (!starts_expression(p) || is_op(p, P_LPAR)) return 0;
    int save = p->pos;
    SyntaxErrorInfo keep = *p->err;
    p->in_try++;
    Node *b = star_expressions(p);
    p->in_try--;
    if (b && !p->failed) {
        error_nodes(p, e, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?", id, id);
        return 1;
    }
    if (p->lx.failed) return 1;
    p->failed = 0;
    *p->err = keep;
    p->pos = save;
    return 0;
}

static int is_bitwise_or_level(const Node *e)
{
    switch (e->kind) {
    case N_BoolOp: case N_Compare: case N_IfExp: case N_Lambda: case N_NamedExpr: case N_Starred:
    case N_Yield: case N_YieldFrom:
        return 0;
    case N_UnaryOp: return e->v.UnaryOp.op != UOP_NOT;
    default: return 1;
    }
}

static Node *assignment_rest(Parser *p, Node *first, Token *start)
{
    /* first '=' seen */
    Vec targets = {0};
    Node *value = first;
    int count = 0;
    while (is_op(p, P_EQUAL)) {
        p->pos++;
        /* validate value as a target */
        int parenthesized = count == 0 && !(value->lineno == start->lineno && value->col_offset == start->col);
        if ((value->kind == N_Yield || value->kind == N_YieldFrom) && !parenthesized) {
            error_nodes(p, value, value, "assignment to yield expression not possible");
            return NULL;
        }
        const Node *bad = invalid_target(value, CTX_STORE);
        if (bad) {
            /* CPython's invalid_named_expression fires first for `x() = y` */
            int last_of_tuple = value->kind == N_Tuple && !parenthesized && value->v.List.elts.len > 1 &&
                                bad == value->v.List.elts.items[value->v.List.elts.len - 1];
            if (last_of_tuple) value = (Node *)bad;
            if (count == 0 && value == bad && (is_bitwise_or_level(value) || parenthesized || last_of_tuple) &&
                !(value->kind == N_Constant && (value->v.Constant.kind == CONST_TRUE || value->v.Constant.kind == CONST_FALSE || value->v.Constant.kind == CONST_NONE)) &&
                value->kind != N_GeneratorExp) {
                int save = p->pos;
                SyntaxErrorInfo keep = *p->err;
                p->in_try++;
                Node *rhs = bitwise_or(p);
                p->in_try--;
                int ok = rhs && !p->failed && !is_op(p, P_EQUAL) && !is_op(p, P_COLONEQUAL);
                if (p->lx.failed) return NULL;
                p->failed = 0;
                *p->err = keep;
                p->pos = save;
                if (ok) {
                    error_nodes(p, value, value, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(value));
                    return NULL;
                }
            }
            error_nodes(p, bad, bad, "cannot assign to %s", expr_name(bad));
            return NULL;
        }
        set_ctx(value, CTX_STORE);
        CHECK(vec_push(p, &targets, value) == 0);
        count++;
        if (is_kw(p, KW_yield)) value = yield_expr(p);
        else value = star_expressions(p);
        CHECK(value);
    }
    Node *n = nd_tok(p, N_Assign, start);
    CHECK(n);
    n->v.Assign.targets = vlist(targets);
    n->v.Assign.value = value;
    return n;
}

static int augassign_op(Token *t)
{
    if (t->kind != TK_OP) return -1;
    switch (t->op) {
    case P_PLUSEQUAL: return OP_ADD; case P_MINEQUAL: return OP_SUB; case P_STAREQUAL: return OP_MULT;
    case P_ATEQUAL: return OP_MATMULT; case P_SLASHEQUAL: return OP_DIV; case P_PERCENTEQUAL: return OP_MOD;
    case P_AMPEREQUAL: return OP_BITAND; case P_VBAREQUAL: return OP_BITOR; case P_CIRCUMFLEXEQUAL: return OP_BITXOR;
    case P_LEFTSHIFTEQUAL: return OP_LSHIFT; case P_RIGHTSHIFTEQUAL: return OP_RSHIFT;
    case P_DOUBLESTAREQUAL: return OP_POW; case P_DOUBLESLASHEQUAL: return OP_FLOORDIV;
    }
    return -1;
}

static Node *expr_stmt(Parser *p)
{
    Token start = *cur(p);
    int parenthesized_name = is_op(p, P_LPAR);
    Node *e;
    if (is_kw(p, KW_yield)) e = yield_expr(p);
    else e = star_expressions(p);
    CHECK(e);
    if (is_op(p, P_EQUAL)) return assignment_rest(p, e, &start);
    int aug = augassign_op(cur(p));
    if (aug >= 0) {
        if (e->kind != N_Name && e->kind != N_Attribute && e->kind != N_Subscript) {
            error_nodes(p, e, e, "'%s' is an illegal expression for augmented assignment", expr_name(e));
            return NULL;
        }
        p->pos++;
        set_ctx(e, CTX_STORE);
        Node *v = is_kw(p, KW_yield) ? yield_expr(p) : star_expressions(p);
        CHECK(v);
        Node *n = nd_tok(p, N_AugAssign, &start);
        CHECK(n);
        n->v.AugAssign.target = e;
        n->v.AugAssign.op = (BinOpKind)aug;
        n->v.AugAssign.value = v;
        return n;
    }
    if (is_op(p, P_COLON)) {
        if (e->kind == N_Tuple) {
            Node *first = e->v.List.elts.len ? e->v.List.elts.items[0] : e;
            error_nodes(p, first, first, "only single target (not tuple) can be annotated");
            return NULL;
        }
        if (e->kind == N_List) {
            error_nodes(p, e, e, "only single target (not list) can be annotated");
            return NULL;
        }
        if (e->kind != N_Name && e->kind != N_Attribute && e->kind != N_Subscript) {
            error_nodes(p, e, e, "illegal target for annotation");
            return NULL;
        }
        p->pos++;
        Node *ann = expression(p);
        CHECK(ann);
        Node *v = NULL;
        if (accept_op(p, P_EQUAL)) {
            v = is_kw(p, KW_yield) ? yield_expr(p) : star_expressions(p);
            CHECK(v);
        }
        set_ctx(e, CTX_STORE);
        Node *n = nd_tok(p, N_AnnAssign, &start);
        CHECK(n);
        n->v.AnnAssign.target = e;
        n->v.AnnAssign.annotation = ann;
        n->v.AnnAssign.value = v;
        n->v.AnnAssign.simple = (e->kind == N_Name && !parenthesized_name);
        return n;
    }
    if (check_legacy_print(p, e)) return NULL;
    Node *n = nd_tok(p, N_Expr, &start);
    CHECK(n);
    n->v.Expr.value = e;
    return n;
}

static int dotted_name(Parser *p, AstStr *out)
{
    Token *t = expect_name(p);
    if (!t) return -1;
    const char *s = t->start;
    const char *e = t->start + t->len;
    while (is_op(p, P_DOT) && is_plain_name(peek(p, 1))) {
        p->pos += 2;
        e = prev(p)->start + prev(p)->len;
    }
    /* the dotted name may span whitespace: rebuild without it */
    SBuf b = {0};
    const char *q = s;
    while (q < e) {
        if (*q == ' ' || *q == '\t' || *q == '\\' || *q == '\n' || *q == '\f') { q++; continue; }
        if (*q == '#') { while (q < e && *q != '\n') q++; continue; }
        if (sb_put(p, &b, q, 1)) return -1;
        q++;
    }
    out->s = b.buf;
    out->len = b.len;
    return 0;
}

static Node *import_stmt(Parser *p)
{
    Token start = *cur(p);
    p->pos++;
    Vec names = {0};
    do {
        Token st = *cur(p);
        Node *a = nd(p, N_alias, 0, 0, 0, 0);
        CHECK(a);
        CHECK(dotted_name(p, &a->v.alias.name) == 0);
        if (accept_kw(p, KW_as)) {
            Token *nt = expect_name(p);
            CHECK(nt);
            a->v.alias.asname = tok_str(p, nt);
        }
        a->lineno = st.lineno; a->col_offset = st.col;
        a->end_lineno = prev(p)->end_lineno; a->end_col_offset = prev(p)->end_col;
        CHECK(vec_push(p, &names, a) == 0);
    } while (accept_op(p, P_COMMA));
    Node *n = nd_tok(p, N_Import, &start);
    CHECK(n);
    n->v.Import.names = vlist(names);
    return n;
}

static Node *from_stmt(Parser *p)
{
    Token start = *cur(p);
    p->pos++;
    int level = 0;
    for (;;) {
        if (accept_op(p, P_DOT)) level++;
        else if (accept_op(p, P_ELLIPSIS)) level += 3;
        else break;
    }
    AstStr module = { NULL, 0 };
    if (!is_kw(p, KW_import)) CHECK(dotted_name(p, &module) == 0);
    else if (level == 0) return syntax_error(p);
    if (!accept_kw(p, KW_import)) return syntax_error(p);
    Vec names = {0};
    if (is_op(p, P_STAR)) {
        Token st = *cur(p);
        p->pos++;
        Node *a = nd_tok(p, N_alias, &st);
        CHECK(a);
        a->v.alias.name.s = "*";
        a->v.alias.name.len = 1;
        CHECK(vec_push(p, &names, a) == 0);
    } else {
        int paren = accept_op(p, P_LPAR);
        do {
            if (paren && is_op(p, P_RPAR) && names.len) break;
            if (!paren && names.len && cur(p)->kind == TK_NEWLINE) {
                error_tok(p, cur(p), "trailing comma not allowed without surrounding parentheses");
                return NULL;
            }
            Token *nt = expect_name(p);
            CHECK(nt);
            Token st = *nt;
            Node *a = nd_tok(p, N_alias, &st);
            CHECK(a);
            a->v.alias.name = tok_str(p, &st);
            if (accept_kw(p, KW_as)) {
                Token *an = expect_name(p);
                CHECK(an);
                a->v.alias.asname = tok_str(p, an);
                a->end_lineno = prev(p)->end_lineno; a->end_col_offset = prev(p)->end_col;
            }
            CHECK(vec_push(p, &names, a) == 0);
        } while (accept_op(p, P_COMMA));
        if (paren) CHECK(expect_op(p, P_RPAR));
        else if (prev(p)->kind == TK_OP && prev(p)->op == P_COMMA) {
            error_tok(p, prev(p), "trailing comma not allowed without surrounding parentheses");
            return NULL;
        }
    }
    Node *n = nd_tok(p, N_ImportFrom, &start);
    CHECK(n);
    n->v.ImportFrom.module = module;
    n->v.ImportFrom.names = vlist(names);
    n->v.ImportFrom.level = level;
    return n;
}

static Node *del_targets(Parser *p)
{
    Token start = *cur(p);
    p->pos++;
    Vec targets = {0};
    for (;;) {
        Node *e = bitwise_or(p);
        CHECK(e);
        if (!check_target(p, e, CTX_DEL)) return NULL;
        CHECK(vec_push(p, &targets, e) == 0);
        if (!accept_op(p, P_COMMA)) break;
        if (!starts_expression(p)) break;
    }
    if (!is_op(p, P_SEMI) && cur(p)->kind != TK_NEWLINE) {
        /* `del f()` style: CPython names the offending expression */
        Node *e = NULL;
        int save = p->pos;
        (void)save;
        (void)e;
        return syntax_error(p);
    }
    Node *n = nd_tok(p, N_Delete, &start);
    CHECK(n);
    n->v.Delete.targets = vlist(targets);
    return n;
}

static Node *simple_stmt(Parser *p)
{
    Token *t = cur(p);
    Token start = *t;
    if (t->kind == TK_NAME) {
        switch (t->kw) {
        case KW_pass: p->pos++; return nd_tok(p, N_Pass, &start);
        case KW_break: p->pos++; return nd_tok(p, N_Break, &start);
        case KW_continue: p->pos++; return nd_tok(p, N_Continue, &start);
        case KW_return: {
            p->pos++;
            Node *v = NULL;
            if (starts_expression(p)) { v = star_expressions(p); CHECK(v); }
            Node *n = nd_tok(p, N_Return, &start);
            CHECK(n);
            n->v.Return.value = v;
            return n;
        }
        case KW_raise: {
            p->pos++;
            Node *exc = NULL, *cause = NULL;
            if (starts_expression(p)) {
                exc = expression(p);
                CHECK(exc);
                if (accept_kw(p, KW_from)) { cause = expression(p); CHECK(cause); }
            }
            Node *n = nd_tok(p, N_Raise, &start);
            CHECK(n);
            n->v.Raise.exc = exc;
            n->v.Raise.cause = cause;
            return n;
        }
        case KW_global: case KW_nonlocal: {
            p->pos++;
            int cap = 4, len = 0;
            AstStr *names = palloc(p, sizeof(AstStr) * (size_t)cap);
            CHECK(names);
            do {
                Token *nt = expect_name(p);
                CHECK(nt);
                if (len == cap) {
                    AstStr *nn = palloc(p, sizeof(AstStr) * (size_t)cap * 2);
                    CHECK(nn);
                    memcpy(nn, names, sizeof(AstStr) * (size_t)len);
                    names = nn;
                    cap *= 2;
                }
                names[len++] = tok_str(p, prev(p));
            } while (accept_op(p, P_COMMA));
            Node *n = nd_tok(p, start.kw == KW_global ? N_Global : N_Nonlocal, &start);
            CHECK(n);
            n->v.Global.names.items = names;
            n->v.Global.names.len = len;
            return n;
        }
        case KW_del: return del_targets(p);
        case KW_assert: {
            p->pos++;
            Node *test = expression(p);
            CHECK(test);
            Node *msg = NULL;
            if (accept_op(p, P_COMMA)) { msg = expression(p); CHECK(msg); }
            Node *n = nd_tok(p, N_Assert, &start);
            CHECK(n);
            n->v.Assert.test = test;
            n->v.Assert.msg = msg;
            return n;
        }
        case KW_import: return import_stmt(p);
        case KW_from: return from_stmt(p);
        default: break;
        }
    }
    if (!starts_expression(p)) return syntax_error(p);
    return expr_stmt(p);
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int simple_stmts(Parser *p, Vec *body)
{
    for (;;) {
        Node *s = simple_stmt(p);
        if (!s || p->failed) return -1;
        if (vec_push(p, body, s)) return -1;
        if (accept_op(p, P_SEMI)) {
            if (cur(p)->kind == TK_NEWLINE) break;
            continue;
        }
        break;
    }
    if (cur(p)->kind != TK_NEWLINE) { syntax_error(p); return -1; }
    p->pos++;
    return 0;
}

static Node *compound_or_simple(Parser *p, Vec *body);

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static Node *statement_block(Parser *p, NodeList *out, const Token *kw_tok, const char *what)
{
    Vec body = {0};
    if (cur(p)->kind == TK_NEWLINE) {
        p->pos++;
        if (cur(p)->kind != TK_INDENT) {
            if (cur(p)->kind == TK_ERROR) { p->failed = 1; return NULL; }
            indent_error_tok(p, cur(p), "expected an indented block after %s on line %d", what, kw_tok->lineno);
            return NULL;
        }
        p->pos++;
        if (!enter(p)) return NULL;
        while (cur(p)->kind != TK_DEDENT) {
            if (cur(p)->kind == TK_ENDMARKER || cur(p)->kind == TK_ERROR) { LEAVE(p); p->failed = 1; if (cur(p)->kind != TK_ERROR) syntax_error(p); return NULL; }
            if (!compound_or_simple(p, &body)) { LEAVE(p); return NULL; }
        }
        LEAVE(p);
        p->pos++;
    } else {
        if (simple_stmts(p, &body)) return NULL;
    }
    *out = vlist(body);
    return (Node *)1;
}

/* a compound statement ends at its last consumed token other than
 * NEWLINE/INDENT/DEDENT (so a trailing ';' counts, as in CPython) */
static void set_end_from_list(Parser *p, Node *n, NodeList l)
{
    if (l.len == 0) return;
    for (int i = p->pos - 1; i >= 0; i--) {
        Token *t = &p->toks[i];
        if (t->kind == TK_NEWLINE || t->kind == TK_INDENT || t->kind == TK_DEDENT) continue;
        n->end_lineno = t->end_lineno;
        n->end_col_offset = t->end_col;
        return;
    }
}

static Node *if_stmt(Parser *p, int is_elif)
{
    Token start = *cur(p);
    p->pos++;
    Node *test = named_expression_checked(p);
    CHECK(test);
    CHECK(expect_colon_nl(p));
    Node *n = nd(p, N_If, start.lineno, start.col, 0, 0);
    CHECK(n);
    n->v.If.test = test;
    CHECK(statement_block(p, &n->v.If.body, &start, is_elif ? "'elif' statement" : "'if' statement"));
    set_end_from_list(p, n, n->v.If.body);
    if (is_kw(p, KW_elif)) {
        Node *e = if_stmt(p, 1);
        CHECK(e);
        Vec v = {0};
        CHECK(vec_push(p, &v, e) == 0);
        n->v.If.orelse = vlist(v);
        set_end_from_list(p, n, n->v.If.orelse);
    } else if (is_kw(p, KW_else)) {
        Token et = *cur(p);
        p->pos++;
        CHECK(expect_forced(p, P_COLON, ":"));
        CHECK(statement_block(p, &n->v.If.orelse, &et, "'else' statement"));
        set_end_from_list(p, n, n->v.If.orelse);
    }
    return n;
}

static Node *while_stmt(Parser *p)
{
    Token start = *cur(p);
    p->pos++;
    Node *test = named_expression_checked(p);
    CHECK(test);
    CHECK(expect_colon_nl(p));
    Node *n = nd(p, N_While, start.lineno, start.col, 0, 0);
    CHECK(n);
    n->v.While.test = test;
    CHECK(statement_block(p, &n->v.While.body, &start, "'while' statement"));
    set_end_from_list(p, n, n->v.While.body);
    if (is_kw(p, KW_else)) {
        Token et = *cur(p);
        p->pos++;
        CHECK(expect_forced(p, P_COLON, ":"));
        CHECK(statement_block(p, &n->v.While.orelse, &et, "'else' statement"));
        set_end_from_list(p, n, n->v.While.orelse);
    }
    return n;
}

static Node *for_stmt(Parser *p, const Token *async_tok)
{
    Token start = async_tok ? *async_tok : *cur(p);
    Token for_tok = *cur(p);
    p->pos++;
    Node *target = star_targets(p);
    CHECK(target);
    if (!accept_kw(p, KW_in)) return syntax_error(p);
    Node *iter = star_expressions(p);
    CHECK(iter);
    CHECK(expect_forced(p, P_COLON, ":"));
    Node *n = nd(p, async_tok ? N_AsyncFor : N_For, start.lineno, start.col, 0, 0);
    CHECK(n);
    n->v.For.target = target;
    n->v.For.iter = iter;
    CHECK(statement_block(p, &n->v.For.body, &for_tok, "'for' statement"));
    set_end_from_list(p, n, n->v.For.body);
    if (is_kw(p, KW_else)) {
        Token et = *cur(p);
        p->pos++;
        CHECK(expect_forced(p, P_COLON, ":"));
        CHECK(statement_block(p, &n->v.For.orelse, &et, "'else' statement"));
        set_end_from_list(p, n, n->v.For.orelse);
    }
    return n;
}

/* `as` targets for with items: a single star_target (not a bare tuple) */
static Node *with_item_single(Parser *p)
{
    Node *ctx = expression(p);
    CHECK(ctx);
    Node *vars = NULL;
    if (accept_kw(p, KW_as)) {
        Token st = *cur(p);
        Node *e;
        if (accept_op(p, P_STAR)) {
            Node *v = bitwise_or(p);
            CHECK(v);
            e = nd_tok(p, N_Starred, &st);
            CHECK(e);
            e->v.Starred.value = v;
        } else {
            e = bitwise_or(p);
            CHECK(e);
        }
        if (!is_op(p, P_COMMA) && !is_op(p, P_RPAR) && !is_op(p, P_COLON)) {
            if (comma_hint(p, e)) return NULL;
            return syntax_error(p);
        }
        if (!check_target(p, e, CTX_STORE)) return NULL;
        vars = e;
    }
    Node *w = nd(p, N_withitem, 0, 0, 0, 0);
    CHECK(w);
    w->v.withitem.context_expr = ctx;
    w->v.withitem.optional_vars = vars;
    return w;
}

static Node *with_stmt(Parser *p, const Token *async_tok)
{
    Token start = async_tok ? *async_tok : *cur(p);
    Token with_tok = *cur(p);
    p->pos++;
    Vec items = {0};
    int done = 0;
    if (is_op(p, P_LPAR)) {
        /* try: '(' with_item (',' with_item)* [','] ')' ':' */
        int save = p->pos;
        SyntaxErrorInfo keep = *p->err;
        p->in_try++;
        p->pos++;
        Vec tmp = {0};
        int ok = 1;
        for (;;) {
            Node *w = with_item_single(p);
            if (!w || p->failed) { ok = 0; break; }
            if (vec_push(p, &tmp, w)) { ok = 0; break; }
            if (!accept_op(p, P_COMMA)) break;
            if (is_op(p, P_RPAR)) break;
        }
        if (ok && accept_op(p, P_RPAR) && is_op(p, P_COLON)) {
            items = tmp;
            done = 1;
        }
        p->in_try--;
        if (!done) {
            if (p->lx.failed || p->err->is_memory_error || p->err->is_recursion_error) { p->failed = 1; return NULL; }
            if (p->failed && strstr(p->err->msg, "forgot a comma")) return NULL;
            p->failed = 0;
            *p->err = keep;
            p->pos = save;
        }
    }
    if (!done) {
        do {
            Node *w = with_item_single(p);
            CHECK(w);
            CHECK(vec_push(p, &items, w) == 0);
        } while (accept_op(p, P_COMMA));
    }
    CHECK(expect_colon_nl(p));
    Node *n = nd(p, async_tok ? N_AsyncWith : N_With, start.lineno, start.col, 0, 0);
    CHECK(n);
    n->v.With.items = vlist(items);
    CHECK(statement_block(p, &n->v.With.body, &with_tok, "'with' statement"));
    set_end_from_list(p, n, n->v.With.body);
    return n;
}

static Node *try_stmt(Parser *p)
{
    Token start = *cur(p);
    p->pos++;
    CHECK(expect_forced(p, P_COLON, ":"));
    Node *n = nd(p, N_Try, start.lineno, start.col, 0, 0);
    CHECK(n);
    CHECK(statement_block(p, &n->v.Try.body, &start, "'try' statement"));
    set_end_from_list(p, n, n->v.Try.body);
    Vec handlers = {0};
    int star = -1;
    while (is_kw(p, KW_except)) {
        Token et = *cur(p);
        p->pos++;
        int this_star = accept_op(p, P_STAR);
        if (star >= 0 && star != this_star) {
            Node a, b;
            memset(&a, 0, sizeof a);
            a.lineno = et.lineno; a.col_offset = et.col;
            b.end_lineno = prev(p)->end_lineno; b.end_col_offset = prev(p)->end_col;
            error_nodes(p, &a, &b, "cannot have both 'except' and 'except*' on the same 'try'");
            return NULL;
        }
        star = this_star;
        Node *type = NULL;
        AstStr name = { NULL, 0 };
        if (!is_op(p, P_COLON)) {
            type = expression(p);
            CHECK(type);
            if (is_op(p, P_COMMA)) {
                /* `except A, B:` */
                Vec elts = {0};
                CHECK(vec_push(p, &elts, type) == 0);
                while (accept_op(p, P_COMMA)) {
                    Node *e = expression(p);
                    CHECK(e);
                    CHECK(vec_push(p, &elts, e) == 0);
                }
                Node *last = elts.items[elts.len - 1];
                error_nodes(p, type, last, "multiple exception types must be parenthesized");
                return NULL;
            }
            if (accept_kw(p, KW_as)) {
                Token *nt = expect_name(p);
                CHECK(nt);
                name = tok_str(p, nt);
            }
        } else if (this_star) {
            error_tok(p, cur(p), "expected one or more exception types");
            return NULL;
        }
        CHECK(expect_colon_nl(p));
        Node *h = nd(p, N_ExceptHandler, et.lineno, et.col, 0, 0);
        CHECK(h);
        h->v.ExceptHandler.type = type;
        h->v.ExceptHandler.name = name;
        CHECK(statement_block(p, &h->v.ExceptHandler.body, &et, this_star ? "'except*' statement" : "'except' statement"));
        set_end_from_list(p, h, h->v.ExceptHandler.body);
        CHECK(vec_push(p, &handlers, h) == 0);
        n->end_lineno = h->end_lineno;
        n->end_col_offset = h->end_col_offset;
    }
    if (star == 1) n->kind = N_TryStar;
    if (handlers.len == 0 && !is_kw(p, KW_finally)) {
        if (cur(p)->kind == TK_ERROR) { p->failed = 1; return NULL; }
        error_tok(p, cur(p), "expected 'except' or 'finally' block");
        return NULL;
    }
    n->v.Try.handlers = vlist(handlers);
    if (is_kw(p, KW_else)) {
        Token et = *cur(p);
        if (handlers.len == 0) return syntax_error(p);
        p->pos++;
        CHECK(expect_forced(p, P_COLON, ":"));
        CHECK(statement_block(p, &n->v.Try.orelse, &et, "'else' statement"));
        set_end_from_list(p, n, n->v.Try.orelse);
    }
    if (is_kw(p, KW_finally)) {
        Token ft = *cur(p);
        p->pos++;
        CHECK(expect_forced(p, P_COLON, ":"));
        CHECK(statement_block(p, &n->v.Try.finalbody, &ft, "'finally' statement"));
        set_end_from_list(p, n, n->v.Try.finalbody);
    }
    if (handlers.len == 0 && n->v.Try.finalbody.len == 0) {
        if (cur(p)->kind == TK_ERROR) { p->failed = 1; return NULL; }
        error_tok(p, cur(p), "expected 'except' or 'finally' block");
        return NULL;
    }
    return n;
}

static Node *funcdef(Parser *p, Vec *decorators, const Token *async_tok)
{
    Token start = async_tok ? *async_tok : *cur(p);
    Token def_tok = *cur(p);
    p->pos++;
    Token *nt = expect_name(p);
    CHECK(nt);
    Token name = *nt;
    CHECK(expect_forced(p, P_LPAR, "("));
    Node *args = arguments_def(p, 0);
    CHECK(args);
    CHECK(expect_op(p, P_RPAR));
    Node *returns = NULL;
    if (is_op(p, P_RARROW)) {
        int save = p->pos;
        SyntaxErrorInfo keep = *p->err;
        p->pos++;
        p->in_try++;
        returns = expression(p);
        p->in_try--;
        if (!returns || p->failed) {
            if (p->lx.failed || p->err->is_memory_error || p->err->is_recursion_error) { p->failed = 1; return NULL; }
            p->failed = 0;
            *p->err = keep;
            p->pos = save;
            returns = NULL;
        }
    }
    CHECK(expect_forced(p, P_COLON, ":"));
    Node *n = nd(p, async_tok ? N_AsyncFunctionDef : N_FunctionDef, start.lineno, start.col, 0, 0);
    CHECK(n);
    n->v.FunctionDef.name = tok_str(p, &name);
    n->v.FunctionDef.args = args;
    n->v.FunctionDef.returns = returns;
    n->v.FunctionDef.decorator_list = vlist(*decorators);
    CHECK(statement_block(p, &n->v.FunctionDef.body, &def_tok, "function definition"));
    set_end_from_list(p, n, n->v.FunctionDef.body);
    return n;
}

static Node *classdef(Parser *p, Vec *decorators)
{
    Token start = *cur(p);
    p->pos++;
    Token *nt = expect_name(p);
    CHECK(nt);
    Token name = *nt;
    Vec bases = {0}, kws = {0};
    if (is_op(p, P_LPAR)) {
        Token lpar = *cur(p);
        p->pos++;
        CHECK(call_args(p, &lpar, &bases, &kws, 0) == 0);
    }
    CHECK(expect_colon_nl(p));
    Node *n = nd(p, N_ClassDef, start.lineno, start.col, 0, 0);
    CHECK(n);
    n->v.ClassDef.name = tok_str(p, &name);
    n->v.ClassDef.bases = vlist(bases);
    n->v.ClassDef.keywords = vlist(kws);
    n->v.ClassDef.decorator_list = vlist(*decorators);
    CHECK(statement_block(p, &n->v.ClassDef.body, &start, "class definition"));
    set_end_from_list(p, n, n->v.ClassDef.body);
    return n;
}

/* ---------------------------------------------------------------- match */

static Node *pattern(Parser *p);
static Node *closed_pattern(Parser *p);

static Node *signed_number(Parser *p)
{
    Token st = *cur(p);
    int neg = accept_op(p, P_MINUS);
    if (cur(p)->kind != TK_NUMBER) return syntax_error(p);
    Token nt = *cur(p);
    p->pos++;
    Node *num = number_node(p, &nt);
    CHECK(num);
    if (!neg) return num;
    Node *u = nd_tok(p, N_UnaryOp, &st);
    CHECK(u);
    u->v.UnaryOp.op = UOP_USUB;
    u->v.UnaryOp.operand = num;
    return u;
}

/* literal or value expression usable as a pattern value / mapping key */
static Node *literal_expr(Parser *p)
{
    Token *t = cur(p);
    if (t->kind == TK_STRING) return parse_strings(p);
    if (t->kind == TK_NUMBER || (t->kind == TK_OP && t->op == P_MINUS)) {
        Node *l = signed_number(p);
        CHECK(l);
        if (is_op(p, P_PLUS) || is_op(p, P_MINUS)) {
            int op = is_op(p, P_PLUS) ? OP_ADD : OP_SUB;
            p->pos++;
            if (cur(p)->kind != TK_NUMBER) return syntax_error(p);
            Token nt = *cur(p);
            p->pos++;
            Node *r = number_node(p, &nt);
            CHECK(r);
            if (r->v.Constant.kind != CONST_IMAG) {
                error_nodes(p, r, r, "imaginary number required in complex literal");
                return NULL;
            }
            Node *b = nd_span(p, N_BinOp, l, r);
            CHECK(b);
            b->v.BinOp.left = l; b->v.BinOp.op = (BinOpKind)op; b->v.BinOp.right = r;
            return b;
        }
        return l;
    }
    return syntax_error(p);
}

static Node *name_or_attr(Parser *p)
{
    Token nt = *cur(p);
    p->pos++;
    Node *e = name_node(p, &nt, CTX_LOAD);
    CHECK(e);
    while (is_op(p, P_DOT)) {
        p->pos++;
        Token *at = expect_name(p);
        CHECK(at);
        Token a = *at;
        Node *n = nd_node(p, N_Attribute, e);
        CHECK(n);
        n->v.Attribute.value = e;
        n->v.Attribute.attr = tok_str(p, &a);
        n->v.Attribute.ctx = CTX_LOAD;
        e = n;
    }
    return e;
}

static Node *sequence_patterns(Parser *p, int close, const Token *st)
{
    Vec pats = {0};
    int seen_comma = 0;
    while (!is_op(p, close)) {
        Node *pt = pattern(p);   /* maybe_star_pattern */
        CHECK(pt);
        CHECK(vec_push(p, &pats, pt) == 0);
        if (!accept_op(p, P_COMMA)) break;
        seen_comma = 1;
    }
    CHECK(expect_op(p, close));
    if (close == P_RPAR && pats.len == 1 && !seen_comma && pats.items[0]->kind != N_MatchStar) {
        return pats.items[0];   /* group pattern */
    }
    Node *n = nd_tok(p, N_MatchSequence, st);
    CHECK(n);
    n->v.MatchSequence.patterns = vlist(pats);
    return n;
}

static Node *closed_pattern(Parser *p)
{
    Token *t = cur(p);
    Token st = *t;
    if (t->kind == TK_OP && t->op == P_STAR) {
        p->pos++;
        Token *nt = expect_name(p);
        CHECK(nt);
        Token name = *nt;
        Node *n = nd_tok(p, N_MatchStar, &st);
        CHECK(n);
        if (!(name.len == 1 && name.start[0] == '_')) n->v.MatchStar.name = tok_str(p, &name);
        return n;
    }
    if (t->kind == TK_NUMBER || t->kind == TK_STRING || (t->kind == TK_OP && t->op == P_MINUS)) {
        Node *v = literal_expr(p);
        CHECK(v);
        Node *n = nd_span(p, N_MatchValue, v, v);
        CHECK(n);
        n->v.MatchValue.value = v;
        return n;
    }
    if (t->kind == TK_NAME && (t->kw == KW_None || t->kw == KW_True || t->kw == KW_False)) {
        p->pos++;
        Node *n = nd_tok(p, N_MatchSingleton, &st);
        CHECK(n);
        n->v.MatchSingleton.kind = st.kw == KW_None ? CONST_NONE : st.kw == KW_True ? CONST_TRUE : CONST_FALSE;
        return n;
    }
    if (t->kind == TK_OP && t->op == P_LPAR) { p->pos++; return sequence_patterns(p, P_RPAR, &st); }
    if (t->kind == TK_OP && t->op == P_LSQB) { p->pos++; return sequence_patterns(p, P_RSQB, &st); }
    if (t->kind == TK_OP && t->op == P_LBRACE) {
        p->pos++;
        Vec keys = {0}, pats = {0};
        AstStr rest = { NULL, 0 };
        while (!is_op(p, P_RBRACE)) {
            if (accept_op(p, P_DOUBLESTAR)) {
                Token *nt = expect_name(p);
                CHECK(nt);
                rest = tok_str(p, nt);
                accept_op(p, P_COMMA);
                break;
            }
            Node *k;
            if (is_plain_name(cur(p))) {
                k = name_or_attr(p);
                CHECK(k);
                if (k->kind != N_Attribute) return syntax_error(p);
            } else if (is_kw(p, KW_None) || is_kw(p, KW_True) || is_kw(p, KW_False)) {
                Token kt = *cur(p);
                p->pos++;
                k = make_constant(p, &kt, kt.kw == KW_None ? CONST_NONE : kt.kw == KW_True ? CONST_TRUE : CONST_FALSE);
                CHECK(k);
            } else {
                k = literal_expr(p);
                CHECK(k);
            }
            CHECK(expect_op(p, P_COLON));
            Node *pt = pattern(p);
            CHECK(pt);
            CHECK(vec_push(p, &keys, k) == 0);
            CHECK(vec_push(p, &pats, pt) == 0);
            if (!accept_op(p, P_COMMA)) break;
        }
        CHECK(expect_op(p, P_RBRACE));
        Node *n = nd_tok(p, N_MatchMapping, &st);
        CHECK(n);
        n->v.MatchMapping.keys = vlist(keys);
        n->v.MatchMapping.patterns = vlist(pats);
        n->v.MatchMapping.rest = rest;
        return n;
    }
    if (is_plain_name(t)) {
        int dotted = peek_op(p, 1, P_DOT);
        Node *e = name_or_attr(p);
        CHECK(e);
        if (is_op(p, P_LPAR)) {
            p->pos++;
            Vec pats = {0}, kpats = {0};
            int cap = 4, nk = 0;
            AstStr *kattrs = palloc(p, sizeof(AstStr) * (size_t)cap);
            CHECK(kattrs);
            while (!is_op(p, P_RPAR)) {
                if (is_plain_name(cur(p)) && peek_op(p, 1, P_EQUAL)) {
                    Token kn = *cur(p);
                    p->pos += 2;
                    Node *pt = pattern(p);
                    CHECK(pt);
                    if (nk == cap) {
                        AstStr *n2 = palloc(p, sizeof(AstStr) * (size_t)cap * 2);
                        CHECK(n2);
                        memcpy(n2, kattrs, sizeof(AstStr) * (size_t)nk);
                        kattrs = n2;
                        cap *= 2;
                    }
                    kattrs[nk++] = tok_str(p, &kn);
                    CHECK(vec_push(p, &kpats, pt) == 0);
                } else {
                    Node *pt = pattern(p);
                    CHECK(pt);
                    if (nk) {
                        error_nodes(p, pt, pt, "positional patterns follow keyword patterns");
                        return NULL;
                    }
                    CHECK(vec_push(p, &pats, pt) == 0);
                }
                if (!accept_op(p, P_COMMA)) break;
            }
            CHECK(expect_op(p, P_RPAR));
            Node *n = nd_node(p, N_MatchClass, e);
            CHECK(n);
            n->v.MatchClass.cls = e;
            n->v.MatchClass.patterns = vlist(pats);
            n->v.MatchClass.kwd_attrs.items = kattrs;
            n->v.MatchClass.kwd_attrs.len = nk;
            n->v.MatchClass.kwd_patterns = vlist(kpats);
            return n;
        }
        if (dotted) {
            Node *n = nd_span(p, N_MatchValue, e, e);
            CHECK(n);
            n->v.MatchValue.value = e;
            return n;
        }
        /* capture or wildcard */
        Node *n = nd_span(p, N_MatchAs, e, e);
        CHECK(n);
        if (!(e->v.Name.id.len == 1 && e->v.Name.id.s[0] == '_')) n->v.MatchAs.name = e->v.Name.id;
        return n;
    }
    return syntax_error(p);
}

/* or_pattern ['as' NAME] */
static Node *pattern(Parser *p)
{
    START_POS;
    if (!enter(p)) return NULL;
    Node *first = closed_pattern(p);
    if (!first || p->failed) { LEAVE(p); return NULL; }
    Node *r = first;
    if (is_op(p, P_VBAR)) {
        Vec alts = {0};
        CHECK(vec_push(p, &alts, first) == 0);
        while (accept_op(p, P_VBAR)) {
            Node *a = closed_pattern(p);
            if (!a || p->failed) { LEAVE(p); return NULL; }
            CHECK(vec_push(p, &alts, a) == 0);
        }
        r = nd_from(p, N_MatchOr, s_l, s_c);
        if (!r) { LEAVE(p); return NULL; }
        r->v.MatchOr.patterns = vlist(alts);
    }
    if (accept_kw(p, KW_as)) {
        Token *nt = cur(p);
        if (!is_plain_name(nt)) { LEAVE(p); return syntax_error(p); }
        Token name = *nt;
        p->pos++;
        if (name.len == 1 && name.start[0] == '_') {
            LEAVE(p);
            error_tok(p, &name, "cannot use '_' as a target");
            return NULL;
        }
        Node *a = nd_from(p, N_MatchAs, s_l, s_c);
        if (!a) { LEAVE(p); return NULL; }
        a->v.MatchAs.pattern = r;
        a->v.MatchAs.name = tok_str(p, &name);
        r = a;
    }
    LEAVE(p);
    return r;
}

/* patterns: open_sequence_pattern | pattern */
static Node *pattern_top(Parser *p)
{
    Token st = *cur(p);
    Node *first = pattern(p);
    CHECK(first);
    if (!is_op(p, P_COMMA)) return first;
    Vec pats = {0};
    CHECK(vec_push(p, &pats, first) == 0);
    while (accept_op(p, P_COMMA)) {
        if (is_op(p, P_COLON) || is_kw(p, KW_if)) break;
        Node *pt = pattern(p);
        CHECK(pt);
        CHECK(vec_push(p, &pats, pt) == 0);
    }
    Node *n = nd_tok(p, N_MatchSequence, &st);
    CHECK(n);
    n->v.MatchSequence.patterns = vlist(pats);
    return n;
}

/* returns NULL without error if this is not a match statement */
static Node *match_stmt(Parser *p)
{
    Token start = *cur(p);
    int save = p->pos;
    SyntaxErrorInfo keep = *p->err;
    p->pos++;
    p->in_try++;
    Node *subject = NULL;
    if (starts_expression(p) && !is_kw(p, KW_yield)) {
        if (is_op(p, P_STAR)) subject = star_expressions(p);
        else {
            subject = named_expression(p);
            if (subject && !p->failed && is_op(p, P_COMMA)) {
                Vec elts = {0};
                vec_push(p, &elts, subject);
                while (accept_op(p, P_COMMA)) {
                    if (!starts_expression(p)) break;
                    Node *e = star_named_expression(p);
                    if (!e || p->failed) break;
                    vec_push(p, &elts, e);
                }
                if (!p->failed) {
                    Node *t = nd_node(p, N_Tuple, subject);
                    if (t) { t->v.List.elts = vlist(elts); t->v.List.ctx = CTX_LOAD; }
                    subject = t;
                }
            }
        }
    }
    p->in_try--;
    if (subject && !p->failed && cur(p)->kind == TK_NEWLINE && peek(p, -(p->pos - save) + 1)->kind != TK_OP) {
        error_tok(p, cur(p), "expected ':'");
        return NULL;
    }
    if (!subject || p->failed || !is_op(p, P_COLON) || peek(p, 1)->kind != TK_NEWLINE) {
        if (p->lx.failed || p->err->is_memory_error) { p->failed = 1; return NULL; }
        p->failed = 0;
        *p->err = keep;
        p->pos = save;
        return NULL;
    }
    p->pos += 2;   /* ':' NEWLINE */
    if (cur(p)->kind != TK_INDENT) {
        if (cur(p)->kind == TK_ERROR) { p->failed = 1; return NULL; }
        indent_error_tok(p, cur(p), "expected an indented block after 'match' statement on line %d", start.lineno);
        return NULL;
    }
    p->pos++;
    Vec cases = {0};
    Node *n = nd(p, N_Match, start.lineno, start.col, 0, 0);
    CHECK(n);
    while (cur(p)->kind != TK_DEDENT) {
        Token ct = *cur(p);
        if (!is_name_text(&ct, "case")) return syntax_error(p);
        p->pos++;
        Node *pat = pattern_top(p);
        CHECK(pat);
        Node *guard = NULL;
        if (accept_kw(p, KW_if)) { guard = named_expression(p); CHECK(guard); }
        CHECK(expect_op(p, P_COLON));
        Node *mc = nd(p, N_match_case, 0, 0, 0, 0);
        CHECK(mc);
        mc->v.match_case.pattern = pat;
        mc->v.match_case.guard = guard;
        CHECK(statement_block(p, &mc->v.match_case.body, &ct, "'case' statement"));
        CHECK(vec_push(p, &cases, mc) == 0);
        set_end_from_list(p, n, mc->v.match_case.body);
    }
    p->pos++;
    n->v.Match.subject = subject;
    n->v.Match.cases = vlist(cases);
    return n;
}

static Node *compound_or_simple(Parser *p, Vec *body)
{
    Token *t = cur(p);
    if (t->kind == TK_ERROR) { p->failed = 1; return NULL; }
    Node *s = NULL;
    if (t->kind == TK_OP && t->op == P_AT) {
        Vec decos = {0};
        while (is_op(p, P_AT)) {
            p->pos++;
            Node *d = named_expression(p);
            CHECK(d);
            CHECK(vec_push(p, &decos, d) == 0);
            if (cur(p)->kind != TK_NEWLINE) return syntax_error(p);
            p->pos++;
        }
        if (is_kw(p, KW_def)) s = funcdef(p, &decos, NULL);
        else if (is_kw(p, KW_class)) s = classdef(p, &decos);
        else if (is_kw(p, KW_async) && peek_kw(p, 1, KW_def)) {
            Token at = *cur(p);
            p->pos++;
            s = funcdef(p, &decos, &at);
        } else return syntax_error(p);
    } else if (t->kind == TK_NAME) {
        Vec none = {0};
        switch (t->kw) {
        case KW_if: s = if_stmt(p, 0); break;
        case KW_while: s = while_stmt(p); break;
        case KW_for: s = for_stmt(p, NULL); break;
        case KW_with: s = with_stmt(p, NULL); break;
        case KW_try: s = try_stmt(p); break;
        case KW_def: s = funcdef(p, &none, NULL); break;
        case KW_class: s = classdef(p, &none); break;
        case KW_async: {
            Token at = *t;
            if (peek_kw(p, 1, KW_def)) { p->pos++; s = funcdef(p, &none, &at); }
            else if (peek_kw(p, 1, KW_for)) { p->pos++; s = for_stmt(p, &at); }
            else if (peek_kw(p, 1, KW_with)) { p->pos++; s = with_stmt(p, &at); }
            else return syntax_error(p);
            break;
        }
        case 0:
            if (is_name_text(t, "match")) {
                s = match_stmt(p);
                if (p->failed) return NULL;
                if (s) break;
            }
            /* fallthrough */
        default:
            if (simple_stmts(p, body)) return NULL;
            return (Node *)1;
        }
    } else if (t->kind == TK_INDENT) {
        indent_error_tok(p, t, "unexpected indent");
        return NULL;
    } else {
        if (simple_stmts(p, body)) return NULL;
        return (Node *)1;
    }
    CHECK(s);
    CHECK(vec_push(p, body, s) == 0);
    return s;
}

static int statements(Parser *p, Vec *body, int top_level)
{
    for (;;) {
        if (top_level) compact_tokens(p);
        Token *t = cur(p);
        if (t->kind == TK_ENDMARKER) return 0;
        if (t->kind == TK_ERROR) { p->failed = 1; return -1; }
        if (t->kind == TK_NEWLINE) { p->pos++; continue; }  /* cannot happen: blank lines are skipped */
        if (!compound_or_simple(p, body)) return -1;
    }
}

/* ---------------------------------------------------------- entry point */

/* After a parser error CPython keeps tokenizing: a tokenizer error later in
 * the file wins, and so does an unclosed bracket opened before the error line. */
static void check_rest_for_tokenizer_errors(Parser *p)
{
    if (p->lx.failed || p->err->is_memory_error || p->err->is_recursion_error) return;
    SyntaxErrorInfo saved = *p->err;
    int err_line = p->furthest < p->ntoks && p->ntoks > 0 ? p->toks[p->furthest].lineno : saved.lineno;
    if (p->ntoks > 0 && p->toks[p->ntoks - 1].lineno > err_line) err_line = p->toks[p->ntoks - 1].lineno;
    Token t;
    for (;;) {
        int k = lex_next(&p->lx, &t);
        if (k == TK_ERROR) {
            if (p->lx.eof_in_parens) {
                if (p->lx.err->lineno < err_line) return;  /* unclosed-paren error already written */
                *p->err = saved;
            }
            return;
        }
        if (k == TK_ENDMARKER) break;
    }
    *p->err = saved;
}

static int validate_utf8(const char *src, size_t len, SyntaxErrorInfo *err)
{
    const unsigned char *s = (const unsigned char *)src, *e = s + len;
    const unsigned char *line = s;
    int lineno = 1;
    while (s < e) {
        if (*s < 0x80) {
            if (*s == '\n') { lineno++; line = s + 1; }
            s++;
            continue;
        }
        unsigned cp;
        int n = lex_utf8_decode(s, e, &cp);
        if (n) { s += n; continue; }
        /* classify like Python's utf-8 codec */
        const char *why = "invalid start byte";
        unsigned c = *s;
        int need = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (need) {
            int i = 1;
            for (; i < need && s + i < e; i++) {
                unsigned b = s[i];
                unsigned lo = 0x80, hi = 0xBF;
                if (i == 1) {
                    if (c == 0xE0) lo = 0xA0;
                    else if (c == 0xED) hi = 0x9F;
                    else if (c == 0xF0) lo = 0x90;
                    else if (c == 0xF4) hi = 0x8F;
                }
                if (b < lo || b > hi) break;
            }
            why = (s + i >= e && i < need) ? "unexpected end of data" : "invalid continuation byte";
        }
        char msg[200];
        snprintf(msg, sizeof msg, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                 c, (int)(s - line), why);
        lex_set_error(err, "SyntaxError", msg, (const char *)line, (const char *)e, lineno, 1 + 0 * (int)(s - line), lineno, -1);
        err->text[0] = 0;
        return -1;
    }
    return 0;
}

Node *parse_module(Arena *arena, const char *source, size_t len, const char *filename,
                   int max_nesting, SyntaxErrorInfo *err)
{
    (void)filename;
    memset(err, 0, sizeof *err);
    if (len >= 3 && (unsigned char)source[0] == 0xEF && (unsigned char)source[1] == 0xBB && (unsigned char)source[2] == 0xBF) {
        source += 3;
        len -= 3;
    }
    if (memchr(source, 0, len)) {
        lex_set_error(err, "SyntaxError", "source code string cannot contain null bytes", NULL, NULL, 0, 0, 0, 0);
        return NULL;
    }
    if (validate_utf8(source, len, err)) return NULL;
    /* normalise newlines and guarantee a final '\n', as CPython's string tokenizer does */
    int need_copy = len == 0 || source[len - 1] != '\n' || memchr(source, '\r', len) != NULL;
    if (need_copy) {
        char *buf = arena_alloc(arena, len + 2);
        if (!buf) {
            snprintf(err->type, sizeof err->type, "MemoryError");
            err->is_memory_error = 1;
            return NULL;
        }
        size_t m = 0;
        for (size_t i = 0; i < len; i++) {
            char c = source[i];
            if (c == '\r') {
                if (i + 1 < len && source[i + 1] == '\n') continue;
                c = '\n';
            }
            buf[m++] = c;
        }
        if (m == 0 || buf[m - 1] != '\n') buf[m++] = '\n';
        buf[m] = 0;
        source = buf;
        len = m;
    }
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.err = err;
    p.src_end = source + len;
    int nesting = max_nesting > 0 ? max_nesting : 200;
    p.max_depth = nesting * 15;
    lex_init(&p.lx, source, len, err);
    p.lx.max_level = nesting < LEX_MAXLEVEL ? nesting : LEX_MAXLEVEL;
    Vec body = {0};
    Node *mod = NULL;
    if (statements(&p, &body, 1) == 0 && !p.failed) {
        mod = nd(&p, N_Module, 0, 0, 0, 0);
        if (mod) mod->v.Module.body = vlist(body);
    }
    if (!mod || p.failed) {
        if (!p.failed && !err->msg[0]) memory_error(&p);
        check_rest_for_tokenizer_errors(&p);
        mod = NULL;
    }
    if (arena->failed && !err->is_memory_error) {
        memset(err, 0, sizeof *err);
        snprintf(err->type, sizeof err->type, "MemoryError");
        err->is_memory_error = 1;
        mod = NULL;
    }
    if (p.toks) tok_realloc(&p, p.toks, sizeof(Token) * (size_t)p.cap, 0);
    return mod;
}
