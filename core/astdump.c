/* ast_dump: the exact text of CPython 3.11's ast.dump(node) (and, for the
 * parser tests, ast.dump(node, include_attributes=True)).  The result is a
 * malloc'd string, as ast.h specifies: this is a test/debug facility that
 * runs outside any Vm. */
#include "ast.h"
#include "astdump.h"
#include "lex.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *buf;
    size_t len, cap;
    int failed;
    int attrs;
} Out;

static void put(Out *o, const char *s, size_t n)
{
    if (o->failed) return;
    if (o->len + n + 1 > o->cap) {
        size_t nc = o->cap ? o->cap * 2 : 256;
        while (nc < o->len + n + 1) nc *= 2;
        char *nb = realloc(o->buf, nc);
        if (!nb) { o->failed = 1; return; }
        o->buf = nb;
        o->cap = nc;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = 0;
}

static void puts_(Out *o, const char *s) { put(o, s, strlen(s)); }

static void putf_int(Out *o, long v)
{
    char b[32];
    snprintf(b, sizeof b, "%ld", v);
    puts_(o, b);
}

/* ---- int literal text -> decimal */
static void put_int_text(Out *o, const char *t, size_t n)
{
    int base = 10;
    size_t i = 0;
    if (n > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) { base = 16; i = 2; }
    else if (n > 1 && t[0] == '0' && (t[1] == 'o' || t[1] == 'O')) { base = 8; i = 2; }
    else if (n > 1 && t[0] == '0' && (t[1] == 'b' || t[1] == 'B')) { base = 2; i = 2; }
    if (base == 10) {
        while (i + 1 < n && t[i] == '0') i++;
        put(o, t + i, n - i);
        return;
    }
    /* limbs in base 1e9, little endian */
    size_t cap = n / 2 + 2, len = 1;
    unsigned *limbs = calloc(cap, sizeof(unsigned));
    if (!limbs) { o->failed = 1; return; }
    for (; i < n; i++) {
        int c = t[i];
        unsigned d = (unsigned)(c >= '0' && c <= '9' ? c - '0' : (c | 32) - 'a' + 10);
        unsigned long long carry = d;
        for (size_t k = 0; k < len; k++) {
            unsigned long long v = (unsigned long long)limbs[k] * (unsigned)base + carry;
            limbs[k] = (unsigned)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) { limbs[len++] = (unsigned)(carry % 1000000000u); carry /= 1000000000u; }
    }
    char b[16];
    snprintf(b, sizeof b, "%u", limbs[len - 1]);
    puts_(o, b);
    for (size_t k = len - 1; k-- > 0;) {
        snprintf(b, sizeof b, "%09u", limbs[k]);
        puts_(o, b);
    }
    free(limbs);
}

/* ---- float repr (shortest round-trip, Python's 'r' formatting) */
static void float_repr(char *out, size_t outsz, double v, int for_complex)
{
    if (isinf(v)) { snprintf(out, outsz, "%s", v < 0 ? "-inf" : "inf"); return; }
    if (isnan(v)) { snprintf(out, outsz, "nan"); return; }
    char digits[40];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(digits, sizeof digits, "%.*e", prec - 1, v);
        if (strtod(digits, NULL) == v) break;
    }
    /* digits: [-]d.ddde[+-]XX */
    char mant[40];
    int mlen = 0, neg = 0;
    const char *q = digits;
    if (*q == '-') { neg = 1; q++; }
    while (*q && *q != 'e') { if (*q != '.') mant[mlen++] = *q; q++; }
    mant[mlen] = 0;
    int exp10 = atoi(q + 1);
    while (mlen > 1 && mant[mlen - 1] == '0') mant[--mlen] = 0;
    int decpt = exp10 + 1;   /* position of decimal point relative to mant start */
    char res[64];
    int r = 0;
    if (neg) res[r++] = '-';
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            res[r++] = '0'; res[r++] = '.';
            for (int k = 0; k < -decpt; k++) res[r++] = '0';
            for (int k = 0; k < mlen; k++) res[r++] = mant[k];
        } else {
            for (int k = 0; k < decpt; k++) res[r++] = k < mlen ? mant[k] : '0';
            if (mlen > decpt) {
                res[r++] = '.';
                for (int k = decpt; k < mlen; k++) res[r++] = mant[k];
            } else if (!for_complex) {
                res[r++] = '.'; res[r++] = '0';
            }
        }
        res[r] = 0;
    } else {
        res[r++] = mant[0];
        if (mlen > 1) {
            res[r++] = '.';
            for (int k = 1; k < mlen; k++) res[r++] = mant[k];
        }
        int e = decpt - 1;
        r += snprintf(res + r, sizeof res - (size_t)r, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    snprintf(out, outsz, "%s", res);
}

static void put_str_repr(Out *o, const char *s, size_t n, int is_bytes)
{
    int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    if (is_bytes) puts_(o, "b");
    put(o, &quote, 1);
    char b[16];
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)quote || c == '\\') { put(o, "\\", 1); put(o, (char *)&c, 1); i++; continue; }
        if (c == '\t') { puts_(o, "\\t"); i++; continue; }
        if (c == '\n') { puts_(o, "\\n"); i++; continue; }
        if (c == '\r') { puts_(o, "\\r"); i++; continue; }
        if (c < 0x20 || c == 0x7F || (is_bytes && c >= 0x80)) {
            snprintf(b, sizeof b, "\\x%02x", c);
            puts_(o, b);
            i++;
            continue;
        }
        if (c < 0x80) { put(o, (char *)&c, 1); i++; continue; }
        unsigned cp;
        int len = lex_utf8_decode((const unsigned char *)s + i, (const unsigned char *)s + n, &cp);
        if (!len && c == 0xED && i + 2 < n && ((unsigned char)s[i + 1] & 0xE0) == 0xA0 && ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
            cp = 0xD000 | (((unsigned)s[i + 1] & 0x3F) << 6) | ((unsigned)s[i + 2] & 0x3F);
            snprintf(b, sizeof b, "\\u%04x", cp);
            puts_(o, b);
            i += 3;
            continue;
        }
        if (!len) { snprintf(b, sizeof b, "\\x%02x", c); puts_(o, b); i++; continue; }
        if (lex_is_printable(cp)) put(o, s + i, (size_t)len);
        else if (cp < 0x100) { snprintf(b, sizeof b, "\\x%02x", cp); puts_(o, b); }
        else if (cp < 0x10000) { snprintf(b, sizeof b, "\\u%04x", cp); puts_(o, b); }
        else { snprintf(b, sizeof b, "\\U%08x", cp); puts_(o, b); }
        i += (size_t)len;
    }
    put(o, &quote, 1);
}

static void dump(Out *o, const Node *n);

static void dump_list(Out *o, NodeList l)
{
    puts_(o, "[");
    for (int i = 0; i < l.len; i++) {
        if (i) puts_(o, ", ");
        if (l.items[i]) dump(o, l.items[i]);
        else puts_(o, "None");
    }
    puts_(o, "]");
}

static void dump_strlist(Out *o, AstStrList l)
{
    puts_(o, "[");
    for (int i = 0; i < l.len; i++) {
        if (i) puts_(o, ", ");
        put_str_repr(o, l.items[i].s, l.items[i].len, 0);
    }
    puts_(o, "]");
}

typedef struct { Out *o; int n; } Fields;

static void sep(Fields *f) { if (f->n++) puts_(f->o, ", "); }
static void f_node(Fields *f, const char *name, const Node *v)
{
    if (!v) return;
    sep(f); puts_(f->o, name); puts_(f->o, "="); dump(f->o, v);
}
static void f_list(Fields *f, const char *name, NodeList l)
{
    sep(f); puts_(f->o, name); puts_(f->o, "="); dump_list(f->o, l);
}
static void f_str(Fields *f, const char *name, AstStr s)
{
    if (!s.s) return;
    sep(f); puts_(f->o, name); puts_(f->o, "="); put_str_repr(f->o, s.s, s.len, 0);
}
static void f_raw(Fields *f, const char *name, const char *text)
{
    sep(f); puts_(f->o, name); puts_(f->o, "="); puts_(f->o, text);
}
static void f_int(Fields *f, const char *name, long v)
{
    sep(f); puts_(f->o, name); puts_(f->o, "="); putf_int(f->o, v);
}

static const char *ctx_name(ExprContext c)
{
    return c == CTX_STORE ? "Store()" : c == CTX_DEL ? "Del()" : "Load()";
}

static const char *binop_name(BinOpKind k)
{
    static const char *const names[] = { "Add()", "Sub()", "Mult()", "MatMult()", "Div()", "FloorDiv()",
                                         "Mod()", "Pow()", "LShift()", "RShift()", "BitAnd()", "BitOr()", "BitXor()" };
    return (unsigned)k < 13 ? names[k] : "?";
}

static const char *cmpop_name(CmpOpKind k)
{
    static const char *const names[] = { "Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()", "IsNot()", "In()", "NotIn()" };
    return (unsigned)k < 10 ? names[k] : "?";
}

static const char *unop_name(UnaryOpKind k)
{
    static const char *const names[] = { "USub()", "UAdd()", "Not()", "Invert()" };
    return (unsigned)k < 4 ? names[k] : "?";
}

static void dump_constant_value(Out *o, const Node *n)
{
    char b[64];
    switch (n->v.Constant.kind) {
    case CONST_NONE: puts_(o, "None"); break;
    case CONST_TRUE: puts_(o, "True"); break;
    case CONST_FALSE: puts_(o, "False"); break;
    case CONST_ELLIPSIS: puts_(o, "Ellipsis"); break;
    case CONST_INT: put_int_text(o, n->v.Constant.text.s, n->v.Constant.text.len); break;
    case CONST_FLOAT: float_repr(b, sizeof b, n->v.Constant.f, 0); puts_(o, b); break;
    case CONST_IMAG: float_repr(b, sizeof b, n->v.Constant.f, 1); puts_(o, b); puts_(o, "j"); break;
    case CONST_STR: put_str_repr(o, n->v.Constant.text.s, n->v.Constant.text.len, 0); break;
    case CONST_BYTES: put_str_repr(o, n->v.Constant.text.s, n->v.Constant.text.len, 1); break;
    }
}

static int has_attributes(NodeKind k)
{
    switch (k) {
    case N_Module: case N_Expression: case N_Interactive: case N_comprehension: case N_arguments:
    case N_withitem: case N_match_case:
        return 0;
    default:
        return 1;
    }
}

static const char *const kind_names[N__COUNT] = {
    "Module", "Expression", "Interactive",
    "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign",
    "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith",
    "Match", "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom", "Global",
    "Nonlocal", "Expr", "Pass", "Break", "Continue",
    "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set",
    "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom",
    "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute",
    "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
    "comprehension", "ExceptHandler", "arguments", "arg", "keyword", "alias",
    "withitem", "match_case",
    "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass",
    "MatchStar", "MatchAs", "MatchOr",
};

static void dump(Out *o, const Node *n)
{
    if ((unsigned)n->kind >= N__COUNT) { puts_(o, "?"); return; }
    puts_(o, kind_names[n->kind]);
    puts_(o, "(");
    Fields f = { o, 0 };
    switch (n->kind) {
    case N_Module:
        f_list(&f, "body", n->v.Module.body);
        f_raw(&f, "type_ignores", "[]");
        break;
    case N_Interactive:
        f_list(&f, "body", n->v.Module.body);
        break;
    case N_Expression:
        f_node(&f, "body", n->v.Expression.body);
        break;
    case N_FunctionDef: case N_AsyncFunctionDef:
        f_str(&f, "name", n->v.FunctionDef.name);
        f_node(&f, "args", n->v.FunctionDef.args);
        f_list(&f, "body", n->v.FunctionDef.body);
        f_list(&f, "decorator_list", n->v.FunctionDef.decorator_list);
        f_node(&f, "returns", n->v.FunctionDef.returns);
        break;
    case N_ClassDef:
        f_str(&f, "name", n->v.ClassDef.name);
        f_list(&f, "bases", n->v.ClassDef.bases);
        f_list(&f, "keywords", n->v.ClassDef.keywords);
        f_list(&f, "body", n->v.ClassDef.body);
        f_list(&f, "decorator_list", n->v.ClassDef.decorator_list);
        break;
    case N_Return: f_node(&f, "value", n->v.Return.value); break;
    case N_Delete: f_list(&f, "targets", n->v.Delete.targets); break;
    case N_Assign:
        f_list(&f, "targets", n->v.Assign.targets);
        f_node(&f, "value", n->v.Assign.value);
        break;
    case N_AugAssign:
        f_node(&f, "target", n->v.AugAssign.target);
        f_raw(&f, "op", binop_name(n->v.AugAssign.op));
        f_node(&f, "value", n->v.AugAssign.value);
        break;
    case N_AnnAssign:
        f_node(&f, "target", n->v.AnnAssign.target);
        f_node(&f, "annotation", n->v.AnnAssign.annotation);
        f_node(&f, "value", n->v.AnnAssign.value);
        f_int(&f, "simple", n->v.AnnAssign.simple);
        break;
    case N_For: case N_AsyncFor:
        f_node(&f, "target", n->v.For.target);
        f_node(&f, "iter", n->v.For.iter);
        f_list(&f, "body", n->v.For.body);
        f_list(&f, "orelse", n->v.For.orelse);
        break;
    case N_While: case N_If:
        f_node(&f, "test", n->v.If.test);
        f_list(&f, "body", n->v.If.body);
        f_list(&f, "orelse", n->v.If.orelse);
        break;
    case N_With: case N_AsyncWith:
        f_list(&f, "items", n->v.With.items);
        f_list(&f, "body", n->v.With.body);
        break;
    case N_Match:
        f_node(&f, "subject", n->v.Match.subject);
        f_list(&f, "cases", n->v.Match.cases);
        break;
    case N_Raise:
        f_node(&f, "exc", n->v.Raise.exc);
        f_node(&f, "cause", n->v.Raise.cause);
        break;
    case N_Try: case N_TryStar:
        f_list(&f, "body", n->v.Try.body);
        f_list(&f, "handlers", n->v.Try.handlers);
        f_list(&f, "orelse", n->v.Try.orelse);
        f_list(&f, "finalbody", n->v.Try.finalbody);
        break;
    case N_Assert:
        f_node(&f, "test", n->v.Assert.test);
        f_node(&f, "msg", n->v.Assert.msg);
        break;
    case N_Import: f_list(&f, "names", n->v.Import.names); break;
    case N_ImportFrom:
        f_str(&f, "module", n->v.ImportFrom.module);
        f_list(&f, "names", n->v.ImportFrom.names);
        f_int(&f, "level", n->v.ImportFrom.level);
        break;
    case N_Global: case N_Nonlocal:
        sep(&f); puts_(o, "names="); dump_strlist(o, n->v.Global.names);
        break;
    case N_Expr: f_node(&f, "value", n->v.Expr.value); break;
    case N_Pass: case N_Break: case N_Continue: break;
    case N_BoolOp:
        f_raw(&f, "op", n->v.BoolOp.op == BOOL_AND ? "And()" : "Or()");
        f_list(&f, "values", n->v.BoolOp.values);
        break;
    case N_NamedExpr:
        f_node(&f, "target", n->v.NamedExpr.target);
        f_node(&f, "value", n->v.NamedExpr.value);
        break;
    case N_BinOp:
        f_node(&f, "left", n->v.BinOp.left);
        f_raw(&f, "op", binop_name(n->v.BinOp.op));
        f_node(&f, "right", n->v.BinOp.right);
        break;
    case N_UnaryOp:
        f_raw(&f, "op", unop_name(n->v.UnaryOp.op));
        f_node(&f, "operand", n->v.UnaryOp.operand);
        break;
    case N_Lambda:
        f_node(&f, "args", n->v.Lambda.args);
        f_node(&f, "body", n->v.Lambda.body);
        break;
    case N_IfExp:
        f_node(&f, "test", n->v.IfExp.test);
        f_node(&f, "body", n->v.IfExp.body);
        f_node(&f, "orelse", n->v.IfExp.orelse);
        break;
    case N_Dict:
        f_list(&f, "keys", n->v.Dict.keys);
        f_list(&f, "values", n->v.Dict.values);
        break;
    case N_Set: f_list(&f, "elts", n->v.Set.elts); break;
    case N_ListComp: case N_SetComp: case N_GeneratorExp:
        f_node(&f, "elt", n->v.Comp.elt);
        f_list(&f, "generators", n->v.Comp.generators);
        break;
    case N_DictComp:
        f_node(&f, "key", n->v.Comp.key);
        f_node(&f, "value", n->v.Comp.value);
        f_list(&f, "generators", n->v.Comp.generators);
        break;
    case N_Await: case N_Yield: case N_YieldFrom:
        f_node(&f, "value", n->v.Yield.value);
        break;
    case N_Compare:
        f_node(&f, "left", n->v.Compare.left);
        sep(&f); puts_(o, "ops=[");
        for (int i = 0; i < n->v.Compare.nops; i++) {
            if (i) puts_(o, ", ");
            puts_(o, cmpop_name(n->v.Compare.ops[i]));
        }
        puts_(o, "]");
        f_list(&f, "comparators", n->v.Compare.comparators);
        break;
    case N_Call:
        f_node(&f, "func", n->v.Call.func);
        f_list(&f, "args", n->v.Call.args);
        f_list(&f, "keywords", n->v.Call.keywords);
        break;
    case N_FormattedValue:
        f_node(&f, "value", n->v.FormattedValue.value);
        f_int(&f, "conversion", n->v.FormattedValue.conversion);
        f_node(&f, "format_spec", n->v.FormattedValue.format_spec);
        break;
    case N_JoinedStr: f_list(&f, "values", n->v.JoinedStr.values); break;
    case N_Constant:
        sep(&f); puts_(o, "value="); dump_constant_value(o, n);
        if (n->v.Constant.is_u && n->v.Constant.kind == CONST_STR) f_raw(&f, "kind", "'u'");
        break;
    case N_Attribute:
        f_node(&f, "value", n->v.Attribute.value);
        f_str(&f, "attr", n->v.Attribute.attr);
        f_raw(&f, "ctx", ctx_name(n->v.Attribute.ctx));
        break;
    case N_Subscript:
        f_node(&f, "value", n->v.Subscript.value);
        f_node(&f, "slice", n->v.Subscript.slice);
        f_raw(&f, "ctx", ctx_name(n->v.Subscript.ctx));
        break;
    case N_Starred:
        f_node(&f, "value", n->v.Starred.value);
        f_raw(&f, "ctx", ctx_name(n->v.Starred.ctx));
        break;
    case N_Name:
        f_str(&f, "id", n->v.Name.id);
        f_raw(&f, "ctx", ctx_name(n->v.Name.ctx));
        break;
    case N_List: case N_Tuple:
        f_list(&f, "elts", n->v.List.elts);
        f_raw(&f, "ctx", ctx_name(n->v.List.ctx));
        break;
    case N_Slice:
        f_node(&f, "lower", n->v.Slice.lower);
        f_node(&f, "upper", n->v.Slice.upper);
        f_node(&f, "step", n->v.Slice.step);
        break;
    case N_comprehension:
        f_node(&f, "target", n->v.comprehension.target);
        f_node(&f, "iter", n->v.comprehension.iter);
        f_list(&f, "ifs", n->v.comprehension.ifs);
        f_int(&f, "is_async", n->v.comprehension.is_async);
        break;
    case N_ExceptHandler:
        f_node(&f, "type", n->v.ExceptHandler.type);
        f_str(&f, "name", n->v.ExceptHandler.name);
        f_list(&f, "body", n->v.ExceptHandler.body);
        break;
    case N_arguments:
        f_list(&f, "posonlyargs", n->v.arguments.posonlyargs);
        f_list(&f, "args", n->v.arguments.args);
        f_node(&f, "vararg", n->v.arguments.vararg);
        f_list(&f, "kwonlyargs", n->v.arguments.kwonlyargs);
        f_list(&f, "kw_defaults", n->v.arguments.kw_defaults);
        f_node(&f, "kwarg", n->v.arguments.kwarg);
        f_list(&f, "defaults", n->v.arguments.defaults);
        break;
    case N_arg:
        f_str(&f, "arg", n->v.arg.arg);
        f_node(&f, "annotation", n->v.arg.annotation);
        break;
    case N_keyword:
        f_str(&f, "arg", n->v.keyword.arg);
        f_node(&f, "value", n->v.keyword.value);
        break;
    case N_alias:
        f_str(&f, "name", n->v.alias.name);
        f_str(&f, "asname", n->v.alias.asname);
        break;
    case N_withitem:
        f_node(&f, "context_expr", n->v.withitem.context_expr);
        f_node(&f, "optional_vars", n->v.withitem.optional_vars);
        break;
    case N_match_case:
        f_node(&f, "pattern", n->v.match_case.pattern);
        f_node(&f, "guard", n->v.match_case.guard);
        f_list(&f, "body", n->v.match_case.body);
        break;
    case N_MatchValue: f_node(&f, "value", n->v.MatchValue.value); break;
    case N_MatchSingleton:
        f_raw(&f, "value", n->v.MatchSingleton.kind == CONST_NONE ? "None" : n->v.MatchSingleton.kind == CONST_TRUE ? "True" : "False");
        break;
    case N_MatchSequence: f_list(&f, "patterns", n->v.MatchSequence.patterns); break;
    case N_MatchMapping:
        f_list(&f, "keys", n->v.MatchMapping.keys);
        f_list(&f, "patterns", n->v.MatchMapping.patterns);
        f_str(&f, "rest", n->v.MatchMapping.rest);
        break;
    case N_MatchClass:
        f_node(&f, "cls", n->v.MatchClass.cls);
        f_list(&f, "patterns", n->v.MatchClass.patterns);
        sep(&f); puts_(o, "kwd_attrs="); dump_strlist(o, n->v.MatchClass.kwd_attrs);
        f_list(&f, "kwd_patterns", n->v.MatchClass.kwd_patterns);
        break;
    case N_MatchStar: f_str(&f, "name", n->v.MatchStar.name); break;
    case N_MatchAs:
        f_node(&f, "pattern", n->v.MatchAs.pattern);
        f_str(&f, "name", n->v.MatchAs.name);
        break;
    case N_MatchOr: f_list(&f, "patterns", n->v.MatchOr.patterns); break;
    default: break;
    }
    if (o->attrs && has_attributes(n->kind)) {
        f_int(&f, "lineno", n->lineno);
        f_int(&f, "col_offset", n->col_offset);
        f_int(&f, "end_lineno", n->end_lineno);
        f_int(&f, "end_col_offset", n->end_col_offset);
    }
    puts_(o, ")");
}

char *ast_dump_ex(const Node *node, int include_attributes)
{
    Out o = { NULL, 0, 0, 0, include_attributes };
    if (node) dump(&o, node);
    else puts_(&o, "None");
    if (o.failed) { free(o.buf); return NULL; }
    return o.buf;
}

char *ast_dump(const Node *node)
{
    return ast_dump_ex(node, 0);
}
