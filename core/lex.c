/* Tokenizer for Python 3.11, modelled on the behaviour (and error
 * positions) of CPython's Parser/tokenizer.c.  The source handed to
 * lex_init must end with '\n' and contain no '\r' (parse.c normalises). */
#include "lex.h"
#include "lex_unicode.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define LEX_EOF (-1)

int lex_utf8_decode(const unsigned char *s, const unsigned char *end, unsigned *cp)
{
    unsigned c = s[0];
    int n;
    unsigned v;
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) { n = 2; v = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; v = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; v = c & 0x07; }
    else return 0;
    if (end - s < n) return 0;
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (n == 3 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))) return 0;
    if (n == 4 && (v < 0x10000 || v > 0x10FFFF)) return 0;
    *cp = v;
    return n;
}

int lex_char_count(const char *from, const char *to)
{
    int n = 0;
    for (const char *p = from; p < to; p++)
        if (((unsigned char)*p & 0xC0) != 0x80) n++;
    return n;
}

static int in_ranges(const uint32_t (*r)[2], size_t n, unsigned cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid][0]) hi = mid;
        else if (cp > r[mid][1]) lo = mid + 1;
        else return 1;
    }
    return 0;
}

#define RANGES(t) t, sizeof t / sizeof t[0]

int lex_is_id_start(unsigned cp)
{
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return in_ranges(RANGES(lexu_id_start), cp);
}

int lex_is_id_char(unsigned cp)
{
    if (cp < 0x80) return lex_is_id_start(cp) || (cp >= '0' && cp <= '9');
    return in_ranges(RANGES(lexu_id_continue), cp);
}

int lex_lookup_char_name(const char *name, size_t len, unsigned *cp)
{
    char up[128];
    if (len == 0 || len >= sizeof up) return 0;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        up[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    up[len] = 0;
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (len > sizeof cjk - 1 && memcmp(up, cjk, sizeof cjk - 1) == 0) {
        unsigned v = 0;
        size_t digits = len - (sizeof cjk - 1);
        if (digits != 4 && digits != 5) return 0;
        for (size_t i = sizeof cjk - 1; i < len; i++) {
            char c = up[i];
            int h = (c >= '0' && c <= '9') ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
            if (h < 0) return 0;
            v = v * 16 + (unsigned)h;
        }
        if ((v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x20000 && v <= 0x2A6DF) ||
            (v >= 0x2A700 && v <= 0x2EBE0) || (v >= 0x30000 && v <= 0x3134A)) {
            *cp = v;
            return 1;
        }
        return 0;
    }
    size_t lo = 0, hi = sizeof lexu_names / sizeof lexu_names[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(up, lexu_names[mid].name);
        if (c == 0) { *cp = lexu_names[mid].cp; return 1; }
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

int lex_is_printable(unsigned cp)
{
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    return in_ranges(RANGES(lexu_printable), cp);
}

void lex_set_error(SyntaxErrorInfo *err, const char *type, const char *msg,
                   const char *line_start, const char *src_end,
                   int lineno, int offset, int end_lineno, int end_offset)
{
    snprintf(err->type, sizeof err->type, "%s", type);
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->lineno = lineno;
    err->offset = offset;
    err->end_lineno = end_lineno;
    err->end_offset = end_offset;
    err->text[0] = 0;
    if (line_start) {
        size_t n = 0;
        while (line_start + n < src_end && line_start[n] != '\n' && n + 1 < sizeof err->text) n++;
        memcpy(err->text, line_start, n);
        err->text[n] = 0;
    }
}

static int fail(Lexer *lx, const char *type, int offset, int end_offset, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (!lx->failed)
        lex_set_error(lx->err, type, buf, lx->line_start, lx->end, lx->lineno, offset,
                      lx->lineno, end_offset);
    lx->failed = 1;
    return TK_ERROR;
}

/* CPython's syntaxerror(): offset is the number of characters before cur */
static int syntax_error_at_cur(Lexer *lx, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    int col = lex_char_count(lx->line_start, lx->cur);
    if (lx->lineno == lx->first_lineno) col += lx->first_col_shift;
    return fail(lx, "SyntaxError", col, col, "%s", buf);
}

void lex_init(Lexer *lx, const char *src, size_t len, SyntaxErrorInfo *err)
{
    memset(lx, 0, sizeof *lx);
    lx->src = lx->cur = lx->line_start = src;
    lx->end = src + len;
    lx->lineno = 1;
    lx->first_lineno = 1;
    lx->atbol = 1;
    lx->max_level = LEX_MAXLEVEL;
    lx->err = err;
}

static int nextc(Lexer *lx)
{
    if (lx->cur >= lx->end) return LEX_EOF;
    return (unsigned char)*lx->cur++;
}

static void backup(Lexer *lx, int c)
{
    if (c != LEX_EOF) lx->cur--;
}

static void newline_seen(Lexer *lx)
{
    lx->lineno++;
    lx->line_start = lx->cur;
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static int is_potential_id_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128; }
static int is_potential_id_char(int c) { return is_potential_id_start(c) || is_digit(c); }

static int lookahead(Lexer *lx, const char *test)
{
    const char *p = lx->cur;
    for (; *test; test++, p++)
        if (p >= lx->end || *p != *test) return 0;
    return 1;
}

static int verify_end_of_number(Lexer *lx, int c, const char *kind)
{
    int r = 0;
    if (c == 'a') r = lookahead(lx, "nd");
    else if (c == 'e') r = lookahead(lx, "lse");
    else if (c == 'f') r = lookahead(lx, "or");
    else if (c == 'i') { int c2 = lx->cur < lx->end ? *lx->cur : 0; r = (c2 == 'f' || c2 == 'n' || c2 == 's'); }
    else if (c == 'o') r = lookahead(lx, "r");
    else if (c == 'n') r = lookahead(lx, "ot");
    if (r) return 1;
    if (is_potential_id_char(c)) {
        backup(lx, c);
        syntax_error_at_cur(lx, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

/* returns the char after the digits, or 0 after an error */
static int decimal_tail(Lexer *lx)
{
    int c;
    for (;;) {
        do c = nextc(lx); while (is_digit(c));
        if (c != '_') break;
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            syntax_error_at_cur(lx, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

/* Lex a number; lx->cur is just past its first char c (a digit or '.'). */
static int lex_number(Lexer *lx, const char *tok_start, int c, int started_with_dot)
{
    if (started_with_dot) { c = nextc(lx); goto fraction; }
    if (c == '0') {
        c = nextc(lx);
        if (c == 'x' || c == 'X') {
            c = nextc(lx);
            do {
                if (c == '_') c = nextc(lx);
                if (!is_xdigit(c)) { backup(lx, c); return syntax_error_at_cur(lx, "invalid hexadecimal literal"); }
                do c = nextc(lx); while (is_xdigit(c));
            } while (c == '_');
            if (!verify_end_of_number(lx, c, "hexadecimal")) return TK_ERROR;
        } else if (c == 'o' || c == 'O') {
            c = nextc(lx);
            do {
                if (c == '_') c = nextc(lx);
                if (c < '0' || c >= '8') {
                    if (is_digit(c)) return syntax_error_at_cur(lx, "invalid digit '%c' in octal literal", c);
                    backup(lx, c);
                    return syntax_error_at_cur(lx, "invalid octal literal");
                }
                do c = nextc(lx); while ('0' <= c && c < '8');
            } while (c == '_');
            if (is_digit(c)) return syntax_error_at_cur(lx, "invalid digit '%c' in octal literal", c);
            if (!verify_end_of_number(lx, c, "octal")) return TK_ERROR;
        } else if (c == 'b' || c == 'B') {
            c = nextc(lx);
            do {
                if (c == '_') c = nextc(lx);
                if (c != '0' && c != '1') {
                    if (is_digit(c)) return syntax_error_at_cur(lx, "invalid digit '%c' in binary literal", c);
                    backup(lx, c);
                    return syntax_error_at_cur(lx, "invalid binary literal");
                }
                do c = nextc(lx); while (c == '0' || c == '1');
            } while (c == '_');
            if (is_digit(c)) return syntax_error_at_cur(lx, "invalid digit '%c' in binary literal", c);
            if (!verify_end_of_number(lx, c, "binary")) return TK_ERROR;
        } else {
            int nonzero = 0;
            for (;;) {
                if (c == '_') {
                    c = nextc(lx);
                    if (!is_digit(c)) { backup(lx, c); return syntax_error_at_cur(lx, "invalid decimal literal"); }
                }
                if (c != '0') break;
                c = nextc(lx);
            }
            const char *zeros_end = lx->cur;
            if (is_digit(c)) {
                nonzero = 1;
                c = decimal_tail(lx);
                if (c == 0) return TK_ERROR;
            }
            if (c == '.') { c = nextc(lx); goto fraction; }
            else if (c == 'e' || c == 'E') goto exponent;
            else if (c == 'j' || c == 'J') goto imaginary;
            else if (nonzero) {
                backup(lx, c);
                int col = lex_char_count(lx->line_start, tok_start);
                if (lx->lineno == lx->first_lineno) col += lx->first_col_shift;
                return fail(lx, "SyntaxError", col + 1, col + (int)(zeros_end - tok_start),
                            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
            }
            if (!verify_end_of_number(lx, c, "decimal")) return TK_ERROR;
        }
    } else {
        c = decimal_tail(lx);
        if (c == 0) return TK_ERROR;
        if (c == '.') {
            c = nextc(lx);
        fraction:
            if (is_digit(c)) {
                c = decimal_tail(lx);
                if (c == 0) return TK_ERROR;
            }
        }
        if (c == 'e' || c == 'E') {
            int e;
        exponent:
            e = c;
            c = nextc(lx);
            if (c == '+' || c == '-') {
                c = nextc(lx);
                if (!is_digit(c)) { backup(lx, c); return syntax_error_at_cur(lx, "invalid decimal literal"); }
            } else if (!is_digit(c)) {
                backup(lx, c);
                if (!verify_end_of_number(lx, e, "decimal")) return TK_ERROR;
                backup(lx, e);
                return TK_NUMBER;
            }
            c = decimal_tail(lx);
            if (c == 0) return TK_ERROR;
        }
        if (c == 'j' || c == 'J') {
        imaginary:
            c = nextc(lx);
            if (!verify_end_of_number(lx, c, "imaginary")) return TK_ERROR;
        } else if (!verify_end_of_number(lx, c, "decimal")) {
            return TK_ERROR;
        }
    }
    backup(lx, c);
    return TK_NUMBER;
}

static int op3(const char *s)
{
    if (s[0] == '*' && s[1] == '*' && s[2] == '=') return P_DOUBLESTAREQUAL;
    if (s[0] == '.' && s[1] == '.' && s[2] == '.') return P_ELLIPSIS;
    if (s[0] == '/' && s[1] == '/' && s[2] == '=') return P_DOUBLESLASHEQUAL;
    if (s[0] == '<' && s[1] == '<' && s[2] == '=') return P_LEFTSHIFTEQUAL;
    if (s[0] == '>' && s[1] == '>' && s[2] == '=') return P_RIGHTSHIFTEQUAL;
    return 0;
}

static int op2(int c1, int c2)
{
    switch (c1) {
    case '!': if (c2 == '=') return P_NOTEQUAL; break;
    case '%': if (c2 == '=') return P_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return P_AMPEREQUAL; break;
    case '*': if (c2 == '*') return P_DOUBLESTAR; if (c2 == '=') return P_STAREQUAL; break;
    case '+': if (c2 == '=') return P_PLUSEQUAL; break;
    case '-': if (c2 == '=') return P_MINEQUAL; if (c2 == '>') return P_RARROW; break;
    case '/': if (c2 == '/') return P_DOUBLESLASH; if (c2 == '=') return P_SLASHEQUAL; break;
    case ':': if (c2 == '=') return P_COLONEQUAL; break;
    case '<': if (c2 == '<') return P_LEFTSHIFT; if (c2 == '=') return P_LESSEQUAL; if (c2 == '>') return P_NOTEQUAL; break;
    case '=': if (c2 == '=') return P_EQEQUAL; break;
    case '>': if (c2 == '=') return P_GREATEREQUAL; if (c2 == '>') return P_RIGHTSHIFT; break;
    case '@': if (c2 == '=') return P_ATEQUAL; break;
    case '^': if (c2 == '=') return P_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return P_VBAREQUAL; break;
    }
    return 0;
}

static int op1(int c)
{
    switch (c) {
    case '(': return P_LPAR; case ')': return P_RPAR; case '[': return P_LSQB; case ']': return P_RSQB;
    case '{': return P_LBRACE; case '}': return P_RBRACE; case ':': return P_COLON; case ',': return P_COMMA;
    case ';': return P_SEMI; case '+': return P_PLUS; case '-': return P_MINUS; case '*': return P_STAR;
    case '/': return P_SLASH; case '|': return P_VBAR; case '&': return P_AMPER; case '<': return P_LESS;
    case '>': return P_GREATER; case '=': return P_EQUAL; case '.': return P_DOT; case '%': return P_PERCENT;
    case '~': return P_TILDE; case '^': return P_CIRCUMFLEX; case '@': return P_AT; case '!': return P_EXCLAMATION;
    }
    return P_UNKNOWN;
}

static const struct { const char *s; int kw; } keywords[] = {
    {"False", KW_False}, {"None", KW_None}, {"True", KW_True}, {"and", KW_and}, {"as", KW_as},
    {"assert", KW_assert}, {"async", KW_async}, {"await", KW_await}, {"break", KW_break},
    {"class", KW_class}, {"continue", KW_continue}, {"def", KW_def}, {"del", KW_del},
    {"elif", KW_elif}, {"else", KW_else}, {"except", KW_except}, {"finally", KW_finally},
    {"for", KW_for}, {"from", KW_from}, {"global", KW_global}, {"if", KW_if},
    {"import", KW_import}, {"in", KW_in}, {"is", KW_is}, {"lambda", KW_lambda},
    {"nonlocal", KW_nonlocal}, {"not", KW_not}, {"or", KW_or}, {"pass", KW_pass},
    {"raise", KW_raise}, {"return", KW_return}, {"try", KW_try}, {"while", KW_while},
    {"with", KW_with}, {"yield", KW_yield},
};

static int keyword_of(const char *s, int len)
{
    if (len < 2 || len > 8) return 0;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if ((int)strlen(keywords[i].s) == len && memcmp(keywords[i].s, s, (size_t)len) == 0)
            return keywords[i].kw;
    return 0;
}

static int verify_identifier(Lexer *lx, const char *start)
{
    const unsigned char *p = (const unsigned char *)start, *e = (const unsigned char *)lx->cur;
    int first = 1;
    while (p < e) {
        unsigned cp;
        int n = lex_utf8_decode(p, e, &cp);
        if (n == 0) { n = 1; cp = 0xFFFD; }
        if (!(first ? lex_is_id_start(cp) : lex_is_id_char(cp))) {
            lx->cur = (const char *)p + n;
            if (lex_is_printable(cp)) {
                char ch[5] = {0};
                memcpy(ch, p, (size_t)n);
                return syntax_error_at_cur(lx, "invalid character '%s' (U+%04X)", ch, cp), 0;
            }
            return syntax_error_at_cur(lx, "invalid non-printable character U+%04X", cp), 0;
        }
        first = 0;
        p += n;
    }
    return 1;
}

static int lex_string(Lexer *lx, Token *t, int quote)
{
    int quote_size = 1, end_quote_size = 0;
    const char *first_line_start = lx->line_start;
    int first_lineno = lx->lineno;
    int c = nextc(lx);
    if (c == quote) {
        c = nextc(lx);
        if (c == quote) quote_size = 3;
        else end_quote_size = 1;
    }
    if (c != quote) backup(lx, c);
    while (end_quote_size != quote_size) {
        c = nextc(lx);
        if (c == LEX_EOF || (quote_size == 1 && c == '\n')) {
            int detected = lx->lineno;
            if (c == LEX_EOF && lx->cur > lx->src && lx->cur[-1] == '\n' && lx->line_start == lx->cur) detected--;
            lx->line_start = first_line_start;
            lx->lineno = first_lineno;
            lx->cur = t->start + 1;
            return syntax_error_at_cur(lx, quote_size == 3
                ? "unterminated triple-quoted string literal (detected at line %d)"
                : "unterminated string literal (detected at line %d)", detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                c = nextc(lx);
                if (c == '\n' && lx->cur < lx->end) newline_seen(lx);
                else if (c == '\n') { lx->lineno++; lx->line_start = lx->cur; }
            } else if (c == '\n') {
                if (lx->cur < lx->end) newline_seen(lx);
                else { lx->lineno++; lx->line_start = lx->cur; }
            }
        }
    }
    t->line_start = first_line_start;
    t->lineno = first_lineno;
    return TK_STRING;
}

static int finish(Lexer *lx, Token *t, int kind, const char *start)
{
    t->kind = (unsigned char)kind;
    t->start = start;
    t->len = (int)(lx->cur - start);
    if (kind != TK_STRING) { t->lineno = lx->lineno; t->line_start = lx->line_start; }
    t->col = (int)(start - t->line_start);
    t->end_lineno = lx->lineno;
    t->end_col = (int)(lx->cur - lx->line_start);
    if (t->lineno == lx->first_lineno) t->col += lx->first_col_shift;
    if (t->end_lineno == lx->first_lineno) t->end_col += lx->first_col_shift;
    t->level = (short)lx->level;
    return kind;
}

int lex_next(Lexer *lx, Token *t)
{
    memset(t, 0, sizeof *t);
    if (lx->failed) return t->kind = TK_ERROR;
    int blankline = 0;
    int c;
again:
    if (lx->atbol) {
        int col = 0, altcol = 0;
        lx->atbol = 0;
        for (;;) {
            c = nextc(lx);
            if (c == ' ') { col++; altcol++; }
            else if (c == '\t') { col = (col / 8 + 1) * 8; altcol = altcol + 1; }
            else if (c == '\014') { col = altcol = 0; }
            else if (c == '\\') {
                /* a continuation line at the start: indentation counts as usual in 3.11 */
                int c2 = lx->cur < lx->end ? *lx->cur : 0;
                if (c2 == '\n') { backup(lx, c); break; }
                backup(lx, c);
                break;
            }
            else { backup(lx, c); break; }
        }
        c = lx->cur < lx->end ? (unsigned char)*lx->cur : LEX_EOF;
        blankline = (c == '#' || c == '\n');
        if (!blankline && lx->level == 0) {
            if (col == lx->indstack[lx->indent]) {
                if (altcol != lx->altindstack[lx->indent])
                    return fail(lx, "TabError", 1, 0, "inconsistent use of tabs and spaces in indentation");
            } else if (col > lx->indstack[lx->indent]) {
                if (lx->indent + 1 >= LEX_MAXINDENT)
                    return fail(lx, "IndentationError", 1, 0, "too many levels of indentation");
                if (altcol <= lx->altindstack[lx->indent])
                    return fail(lx, "TabError", 1, 0, "inconsistent use of tabs and spaces in indentation");
                lx->pendin++;
                lx->indstack[++lx->indent] = col;
                lx->altindstack[lx->indent] = altcol;
            } else {
                while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
                    lx->pendin--;
                    lx->indent--;
                }
                if (col != lx->indstack[lx->indent]) {
                    const char *eol = lx->cur;
                    while (eol < lx->end && *eol != '\n') eol++;
                    int off = lex_char_count(lx->line_start, eol) + (eol < lx->end ? 1 : 0);
                    return fail(lx, "IndentationError", off, -1,
                                "unindent does not match any outer indentation level");
                }
                if (altcol != lx->altindstack[lx->indent])
                    return fail(lx, "TabError", 1, 0, "inconsistent use of tabs and spaces in indentation");
            }
        }
    }
    if (lx->pendin != 0) {
        t->lineno = t->end_lineno = lx->lineno;
        t->line_start = lx->line_start;
        t->col = t->end_col = (int)(lx->cur - lx->line_start);
        t->start = lx->cur;
        if (lx->pendin < 0) { lx->pendin++; t->kind = TK_DEDENT; }
        else { lx->pendin--; t->kind = TK_INDENT; }
        return t->kind;
    }

nextline:
    do c = nextc(lx); while (c == ' ' || c == '\t' || c == '\014');
    const char *start = lx->cur - (c == LEX_EOF ? 0 : 1);

    const char *comment_start = NULL;
    if (c == '#') {
        comment_start = start;
        while (c != LEX_EOF && c != '\n') c = nextc(lx);
        backup(lx, c);
        start = lx->cur;
        c = nextc(lx);
    }

    if (c == LEX_EOF) {
    eof:
        if (lx->level > 0) {
            int i = lx->level - 1;
            lx->eof_in_parens = 1;
            if (!lx->failed) {
                char msg[64];
                snprintf(msg, sizeof msg, "'%c' was never closed", lx->parenstack[i]);
                int off = lex_char_count(lx->parenlinestart[i], lx->parenlinestart[i] + lx->parencolstack[i]) + 1;
                if (lx->parenlinenostack[i] == lx->first_lineno) off += lx->first_col_shift;
                lex_set_error(lx->err, "SyntaxError", msg, lx->parenlinestart[i], lx->end,
                              lx->parenlinenostack[i], off, lx->parenlinenostack[i], 0);
            }
            lx->failed = 1;
            return t->kind = TK_ERROR;
        }
        /* at EOF CPython still sits on the last line */
        const char *ls = lx->line_start;
        int ln = lx->lineno;
        if (ls == lx->end && ls > lx->src) {
            ln--;
            ls--;
            while (ls > lx->src && ls[-1] != '\n') ls--;
        }
        if (lx->indent > 0) {
            lx->indent--;
            t->kind = TK_DEDENT;
            t->lineno = t->end_lineno = ln;
            t->line_start = ls;
            t->start = lx->cur;
            return TK_DEDENT;
        }
        lx->done = 1;
        finish(lx, t, TK_ENDMARKER, lx->cur);
        t->lineno = t->end_lineno = ln;
        t->line_start = ls;
        t->col = t->end_col = (int)(lx->cur - ls);
        return TK_ENDMARKER;
    }

    if (is_potential_id_start(c)) {
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
        int nonascii = 0;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = 1;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = 1;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = 1;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = 1;
            else break;
            c = nextc(lx);
            if (c == '"' || c == '\'') {
                t->start = start;
                int k = lex_string(lx, t, c);
                if (k == TK_ERROR) return t->kind = TK_ERROR;
                return finish(lx, t, TK_STRING, start);
            }
        }
        while (is_potential_id_char(c)) {
            if (c >= 128) nonascii = 1;
            c = nextc(lx);
        }
        backup(lx, c);
        if (nonascii && !verify_identifier(lx, start)) return t->kind = TK_ERROR;
        finish(lx, t, TK_NAME, start);
        t->kw = (unsigned char)keyword_of(start, t->len);
        return TK_NAME;
    }

    if (c == '\n') {
        lx->atbol = 1;
        if (blankline || lx->level > 0) {
            newline_seen(lx);
            blankline = 0;
            goto again;
        }
        /* CPython's NEWLINE token covers a preceding comment and leaves the '\n' out */
        finish(lx, t, TK_NEWLINE, comment_start ? comment_start : start);
        t->end_col = (int)(start - lx->line_start) + (t->lineno == lx->first_lineno ? lx->first_col_shift : 0);
        newline_seen(lx);
        return TK_NEWLINE;
    }

    if (c == '.') {
        c = nextc(lx);
        if (is_digit(c)) {
            backup(lx, c);
            int k = lex_number(lx, start, '.', 1);
            if (k == TK_ERROR) return t->kind = TK_ERROR;
            return finish(lx, t, TK_NUMBER, start);
        }
        if (c == '.') {
            int c2 = nextc(lx);
            if (c2 == '.') { finish(lx, t, TK_OP, start); t->op = P_ELLIPSIS; return TK_OP; }
            backup(lx, c2);
        }
        backup(lx, c);
        finish(lx, t, TK_OP, start);
        t->op = P_DOT;
        return TK_OP;
    }

    if (is_digit(c)) {
        int k = lex_number(lx, start, c, 0);
        if (k == TK_ERROR) return t->kind = TK_ERROR;
        return finish(lx, t, TK_NUMBER, start);
    }

    if (c == '"' || c == '\'') {
        t->start = start;
        int k = lex_string(lx, t, c);
        if (k == TK_ERROR) return t->kind = TK_ERROR;
        return finish(lx, t, TK_STRING, start);
    }

    if (c == '\\') {
        c = nextc(lx);
        if (c != '\n') {
            lx->cur = start + 1;
            int col = lex_char_count(lx->line_start, lx->cur);
            return fail(lx, "SyntaxError", col + 1, 0,
                        "unexpected character after line continuation character");
        }
        if (lx->cur >= lx->end) {
            if (lx->level > 0) goto eof;   /* reported as the unclosed bracket */
            int col = lex_char_count(lx->line_start, lx->cur);
            return fail(lx, "SyntaxError", col, -1, "unexpected EOF while parsing");
        }
        newline_seen(lx);
        goto nextline;
    }

    /* operators */
    if (lx->cur + 1 < lx->end) {
        int k3 = op3(start);
        if (k3) { lx->cur += 2; finish(lx, t, TK_OP, start); t->op = (unsigned char)k3; return TK_OP; }
    }
    {
        int c2 = nextc(lx);
        int k2 = op2(c, c2);
        if (k2) { finish(lx, t, TK_OP, start); t->op = (unsigned char)k2; return TK_OP; }
        backup(lx, c2);
    }

    switch (c) {
    case '(': case '[': case '{':
        if (lx->level >= lx->max_level)
            return syntax_error_at_cur(lx, "too many nested parentheses");
        lx->parenstack[lx->level] = (char)c;
        lx->parenlinenostack[lx->level] = lx->lineno;
        lx->parencolstack[lx->level] = (int)(start - lx->line_start);
        lx->parenlinestart[lx->level] = lx->line_start;
        lx->level++;
        break;
    case ')': case ']': case '}': {
        if (!lx->level) return syntax_error_at_cur(lx, "unmatched '%c'", c);
        lx->level--;
        int opening = lx->parenstack[lx->level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
            if (lx->parenlinenostack[lx->level] != lx->lineno)
                return syntax_error_at_cur(lx, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                           c, opening, lx->parenlinenostack[lx->level]);
            return syntax_error_at_cur(lx, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening);
        }
        break;
    }
    default:
        break;
    }
    if (c < 32 || c == 127) {
        return syntax_error_at_cur(lx, "invalid non-printable character U+%04X", c);
    }
    finish(lx, t, TK_OP, start);
    t->op = (unsigned char)op1(c);
    return TK_OP;
}
