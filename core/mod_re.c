/* The _re module: Corral's regular-expression engine behind stdlib/re.py.
 *
 * A pattern is parsed (CPython 3.11's sre_parse rules, messages and error
 * positions) into a node tree, compiled to a small instruction program and
 * run by a backtracking matcher whose backtrack stack is an explicit,
 * accounted array: no C recursion grows with the subject, and pattern
 * nesting is capped at parse time.  Matching charges fuel through
 * vm_tick(), so a catastrophic pattern ends in a LIMIT outcome.
 *
 * Positions are code points.  ASCII str and bytes subjects are matched in
 * place; other str subjects are decoded once into a code point array.
 *
 * Python side (stdlib/re.py) sees:
 *   compile(pattern, flags, error_class) -> Program (groups, groupindex, flags)
 *   run(prog, string, pos, endpos, mode, pattern) -> Match or None
 *        mode 0 match, 1 search, 2 fullmatch; 'pattern' is the re.Pattern for Match.re
 *   scanner(prog, string, pos, endpos, pattern) -> Scanner with .search() -> Match or None
 *   findall(prog, string, pos, endpos), split(prog, string, maxsplit),
 *   sub(prog, template_or_callable, string, count, pattern) -> (new, n)
 *   Match: the re.Match type (group/groups/span/... in C; expand() calls re._expand)
 */
#include "modules.h"
#include "unicode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RE_INF UINT32_MAX
/* str and bytes including subclasses (same layouts) */
#define IS_STR_LAYOUT(v) (IS_OBJ(v) && AS_OBJ(v)->type->layout == K_STR)
#define IS_BYTES_LAYOUT(v) (IS_OBJ(v) && AS_OBJ(v)->type->layout == K_BYTES)
#define MAX_NESTING 300

enum {
    FLAG_TEMPLATE = 1, FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8,
    FLAG_DOTALL = 16, FLAG_UNICODE = 32, FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256,
};

/* ================================================================ nodes */

enum {
    N_EMPTY, N_CHAR, N_ANY, N_CLASS, N_SEQ, N_ALT, N_GROUP, N_NCGROUP, N_REPEAT,
    N_ASSERT, N_BACKREF, N_LOOK, N_ATOMIC, N_COND,
};

/* anchors */
enum { AT_BEG, AT_BEG_LINE, AT_END, AT_END_LINE, AT_BEG_STR, AT_END_STR, AT_BOUND, AT_NONBOUND };

/* class categories */
enum { CAT_DIGIT = 1, CAT_NOT_DIGIT = 2, CAT_WORD = 4, CAT_NOT_WORD = 8, CAT_SPACE = 16, CAT_NOT_SPACE = 32 };

typedef struct ReNode {
    int type;
    int flags;          /* pattern flags in effect where the node was parsed */
    uint32_t c;         /* N_CHAR: code point; N_CLASS: class index; N_ASSERT: AT_*; N_BACKREF/N_GROUP/N_COND: group */
    uint32_t min, max;  /* N_REPEAT */
    int greedy;         /* N_REPEAT: 1 greedy, 0 lazy, 2 possessive; N_LOOK: behind */
    int negate;         /* N_LOOK */
    int child, child2;  /* first child (SEQ/ALT list head), N_COND: yes=child, no=child2 */
    int next;           /* next sibling in a SEQ/ALT list */
    int last;           /* SEQ/ALT: last child (append in O(1)) */
} ReNode;

typedef struct {
    uint32_t lo, hi;
} Range;

typedef struct {
    uint32_t range_start, nranges;
    uint32_t cats;
    uint8_t negate, icase, ascii;
    uint32_t bitmap[8];   /* answer for code points < 256, flags applied */
} CharClass;

/* ================================================================ program */

enum {
    OP_MATCH, OP_CHAR, OP_CHAR_I, OP_ANY, OP_ANYALL, OP_CLASS, OP_SPLIT, OP_JMP, OP_SAVE,
    OP_ASSERT, OP_BACKREF, OP_LOOK_BEGIN, OP_LOOK_END, OP_REP_INIT, OP_REP_LOOP, OP_REP_INC,
    OP_STAR, OP_GROUP_EXISTS, OP_FAIL,
};

enum { LOOK_AHEAD, LOOK_BEHIND, LOOK_ATOMIC };

typedef struct {
    uint8_t op;
    uint8_t flag;       /* CHAR_I/BACKREF: ascii folding; ASSERT: ascii word; STAR/REP_LOOP: greedy; LOOK: negate */
    uint8_t kind;       /* LOOK: LOOK_*; BACKREF: icase */
    uint32_t arg;       /* char, class, slot, anchor, group, register, width */
    int32_t x, y;       /* jump targets */
    uint32_t min, max;
} Inst;

typedef struct ProgObj {
    Obj hdr;
    Inst *code;
    size_t ncode, code_cap;
    CharClass *classes;
    size_t nclasses, classes_cap;
    Range *ranges;
    size_t nranges, ranges_cap;
    uint32_t ngroups;   /* capturing groups + 1 (group 0) */
    uint32_t nregs;     /* repeat counters */
    int flags;
    int is_bytes;
    Value pattern;
    Value groupindex;   /* dict name -> int */
    /* search helpers */
    int anchored;       /* 1: starts with \A or ^ (not multiline); 2: with ^ in multiline mode */
    uint32_t *prefix;   /* literal prefix (exact) */
    size_t prefix_len;
    int first_inst;     /* index of the first consuming instruction for skip scans, or -1 */
    int has_first_set;  /* first_set/first_high tell which characters can start a match */
    uint32_t first_set[8];
    int first_high;     /* a character >= 256 can start a match */
} ProgObj;

static void prog_trace(Vm *vm, Obj *o)
{
    ProgObj *p = (ProgObj *)o;
    gc_mark(vm, p->pattern);
    gc_mark(vm, p->groupindex);
}

static void prog_finalize(Vm *vm, Obj *o)
{
    ProgObj *p = (ProgObj *)o;
    if (p->code)
        mem_free(vm, p->code, p->code_cap * sizeof(Inst));
    if (p->classes)
        mem_free(vm, p->classes, p->classes_cap * sizeof(CharClass));
    if (p->ranges)
        mem_free(vm, p->ranges, p->ranges_cap * sizeof(Range));
    if (p->prefix)
        mem_free(vm, p->prefix, p->prefix_len * sizeof(uint32_t));

    p->code = NULL;
    p->classes = NULL;
    p->ranges = NULL;
    p->prefix = NULL;
}

static Value prog_get_groups(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return MAKE_SMALLINT(((ProgObj *)AS_OBJ(args[0]))->ngroups - 1);
}

/* a copy: the program's own table must stay consistent with its groups */
static Value prog_get_groupindex(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return dict_copy(vm, ((ProgObj *)AS_OBJ(args[0]))->groupindex);
}

static Value prog_get_flags(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return MAKE_SMALLINT(((ProgObj *)AS_OBJ(args[0]))->flags);
}

static const BuiltinFunc prog_methods[] = {
    BUILTIN_GETTER("groups", prog_get_groups),
    BUILTIN_GETTER("groupindex", prog_get_groupindex),
    BUILTIN_GETTER("flags", prog_get_flags),
};

static const TypeObj t_re_program = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "Program", .base = &t_object,
    .layout = K_OTHER, .basicsize = sizeof(ProgObj), .module = "_re",
    .methods = prog_methods, .nmethods = sizeof prog_methods / sizeof prog_methods[0],
    .trace = prog_trace, .finalize = prog_finalize,
};

/* Grow a mem_alloc'd array to hold at least 'need' items. */
static int grow(Vm *vm, void **arr, size_t *cap, size_t need, size_t item)
{
    if (need <= *cap)
        return 0;
    size_t ncap = *cap ? *cap * 2 : 16;
    while (ncap < need)
        ncap *= 2;
    void *p = mem_realloc(vm, *arr, *cap * item, ncap * item);
    if (!p)
        return -1;
    *arr = p;
    *cap = ncap;
    return 0;
}

/* ================================================================ character tests */

static bool is_word_char(uint32_t c, bool ascii)
{
    if (c < 128)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return !ascii && uni_isalnum(c);
}

static bool is_digit_char(uint32_t c, bool ascii)
{
    if (c < 128)
        return c >= '0' && c <= '9';
    return !ascii && uni_isdecimal(c);
}

static bool is_space_char(uint32_t c, bool ascii)
{
    if (c < 128)
        return c == ' ' || (c >= 9 && c <= 13) || (!ascii && c >= 0x1c && c <= 0x1f);
    return !ascii && uni_isspace(c);
}

static uint32_t lower_char(uint32_t c, bool ascii)
{
    if (c < 128)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return ascii ? c : uni_tolower(c);
}

static uint32_t upper_char(uint32_t c, bool ascii)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return ascii ? c : uni_toupper(c);
}

static bool chars_equal_icase(uint32_t a, uint32_t b, bool ascii)
{
    return a == b || lower_char(a, ascii) == lower_char(b, ascii) || upper_char(a, ascii) == upper_char(b, ascii);
}

static bool class_test_raw(const ProgObj *p, const CharClass *cc, uint32_t c)
{
    const Range *r = p->ranges + cc->range_start;
    for (uint32_t i = 0; i < cc->nranges; i++)
        if (c >= r[i].lo && c <= r[i].hi)
            return true;
    if (cc->cats) {
        bool a = cc->ascii;
        if ((cc->cats & CAT_DIGIT) && is_digit_char(c, a))
            return true;
        if ((cc->cats & CAT_NOT_DIGIT) && !is_digit_char(c, a))
            return true;
        if ((cc->cats & CAT_WORD) && is_word_char(c, a))
            return true;
        if ((cc->cats & CAT_NOT_WORD) && !is_word_char(c, a))
            return true;
        if ((cc->cats & CAT_SPACE) && is_space_char(c, a))
            return true;
        if ((cc->cats & CAT_NOT_SPACE) && !is_space_char(c, a))
            return true;
    }
    return false;
}

static bool class_test_slow(const ProgObj *p, const CharClass *cc, uint32_t c)
{
    bool hit = class_test_raw(p, cc, c);
    if (!hit && cc->icase) {
        uint32_t l = lower_char(c, cc->ascii), u = upper_char(c, cc->ascii);
        hit = (l != c && class_test_raw(p, cc, l)) || (u != c && class_test_raw(p, cc, u));
    }
    return hit != (bool)cc->negate;
}

static inline bool class_test(const ProgObj *p, const CharClass *cc, uint32_t c)
{
    if (c < 256)
        return (cc->bitmap[c >> 5] >> (c & 31)) & 1;
    return class_test_slow(p, cc, c);
}

/* Does the single-character instruction accept c? */
static inline bool match_one(const ProgObj *p, const Inst *in, uint32_t c)
{
    switch (in->op) {
    case OP_CHAR: return c == in->arg;
    case OP_CHAR_I: return chars_equal_icase(c, in->arg, in->flag);
    case OP_ANY: return c != '\n';
    case OP_ANYALL: return true;
    case OP_CLASS: return class_test(p, &p->classes[in->arg], c);
    default: return false;
    }
}

/* ================================================================ parser */

typedef struct {
    Vm *vm;
    ProgObj *prog;
    Value error_class;
    Value pattern;
    const uint32_t *s;     /* pattern code points */
    size_t n;
    int is_bytes;
    /* tokenizer: the next token starts at tok_pos; tok is its first char,
     * tok_esc the escaped char if tok is a backslash escape */
    size_t tok_pos, index;
    int has_tok;
    uint32_t tok, tok_esc;
    int is_escape;
    /* nodes */
    ReNode *nodes;
    size_t nnodes, nodes_cap;
    int flags;            /* global flags (state.flags) */
    uint32_t ngroups;     /* state.groups (next group number) */
    uint8_t *open_groups; /* 1 while a group is being parsed */
    size_t open_cap;
    int depth;
    int pending_error;
    /* forward references in (?(N)...) checked at the end */
    uint32_t max_cond_ref;
    size_t max_cond_ref_pos;
    int root;
    int64_t lookbehind_groups; /* group count when the outermost look-behind began, or -1 */
} Parser;

static int raise_re_error(Parser *ps, const char *msg, long pos)
{
    Value m = str_from_cstr(ps->vm, msg);
    if (!m)
        return -1;
    Value args[3] = {m, ps->pattern, pos >= 0 ? MAKE_SMALLINT(pos) : VAL_NONE};
    if (pos < 0)
        args[1] = VAL_NONE;
    Value exc = vm_call(ps->vm, ps->error_class, args, 3, VAL_NULL);
    if (exc)
        vm_raise_value(ps->vm, exc);
    return -1;
}

static void tok_advance(Parser *ps)
{
    size_t i = ps->index;
    ps->tok_pos = i;
    if (i >= ps->n) {
        ps->has_tok = 0;
        return;
    }
    ps->has_tok = 1;
    ps->tok = ps->s[i];
    ps->is_escape = 0;
    if (ps->tok == '\\') {
        if (i + 1 >= ps->n) {
            ps->pending_error = 1;
            ps->has_tok = 0;
            return;
        }
        ps->is_escape = 1;
        ps->tok_esc = ps->s[i + 1];
        i++;
    }
    ps->index = i + 1;
}

static size_t tok_tell(Parser *ps) { return ps->tok_pos; }

static int check_pending(Parser *ps)
{
    if (ps->pending_error) {
        raise_re_error(ps, "bad escape (end of pattern)", (long)ps->n - 1);
        return -1;
    }
    return 0;
}

/* Consumes the next token if it is the plain character c. */
static bool tok_match(Parser *ps, uint32_t c)
{
    if (ps->has_tok && !ps->is_escape && ps->tok == c) {
        tok_advance(ps);
        return true;
    }
    return false;
}

static void tok_seek(Parser *ps, size_t index)
{
    ps->index = index;
    ps->pending_error = 0;
    tok_advance(ps);
}

static bool next_is(Parser *ps, uint32_t c) { return ps->has_tok && !ps->is_escape && ps->tok == c; }

static int new_node(Parser *ps, int type)
{
    if (grow(ps->vm, (void **)&ps->nodes, &ps->nodes_cap, ps->nnodes + 1, sizeof(ReNode)) < 0)
        return -1;
    ReNode *nd = &ps->nodes[ps->nnodes];
    memset(nd, 0, sizeof *nd);
    nd->type = type;
    nd->flags = ps->flags;
    nd->child = nd->child2 = nd->next = nd->last = -1;
    return (int)ps->nnodes++;
}

static void list_append_node(Parser *ps, int list, int item)
{
    ReNode *l = &ps->nodes[list];
    if (l->child < 0)
        l->child = item;
    else
        ps->nodes[l->last].next = item;
    l->last = item;
}

static int new_class(Parser *ps)
{
    ProgObj *p = ps->prog;
    if (grow(ps->vm, (void **)&p->classes, &p->classes_cap, p->nclasses + 1, sizeof(CharClass)) < 0)
        return -1;
    CharClass *cc = &p->classes[p->nclasses];
    memset(cc, 0, sizeof *cc);
    cc->range_start = (uint32_t)p->nranges;
    return (int)p->nclasses++;
}

static int class_add_range(Parser *ps, int cls, uint32_t lo, uint32_t hi)
{
    ProgObj *p = ps->prog;
    if (grow(ps->vm, (void **)&p->ranges, &p->ranges_cap, p->nranges + 1, sizeof(Range)) < 0)
        return -1;
    p->ranges[p->nranges].lo = lo;
    p->ranges[p->nranges].hi = hi;
    p->nranges++;
    p->classes[cls].nranges++;
    return 0;
}

static int cat_of_escape(uint32_t c)
{
    switch (c) {
    case 'd': return CAT_DIGIT;
    case 'D': return CAT_NOT_DIGIT;
    case 'w': return CAT_WORD;
    case 'W': return CAT_NOT_WORD;
    case 's': return CAT_SPACE;
    case 'S': return CAT_NOT_SPACE;
    default: return 0;
    }
}

static bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit_ascii(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* The escape text as written (for messages): backslash, char, plus the
 * digits consumed so far. */
static void escape_text(Parser *ps, size_t start, size_t end, char *buf, size_t bufsize)
{
    size_t o = 0;
    for (size_t i = start; i < end && o + 8 < bufsize; i++) {
        uint32_t c = ps->s[i];
        if (ps->is_bytes && c >= 128)
            o += (size_t)snprintf(buf + o, bufsize - o, "\\x%02x", c);
        else
            o += (size_t)utf8_encode(c, buf + o);
    }
    buf[o] = 0;
}

static int escape_error(Parser *ps, const char *what, size_t esc_start)
{
    char text[64], msg[128];
    escape_text(ps, esc_start, tok_tell(ps), text, sizeof text);
    snprintf(msg, sizeof msg, "%s %s", what, text);
    return raise_re_error(ps, msg, (long)esc_start);
}

/* Reads up to 'count' hex digits following the current escape. */
static int read_hex(Parser *ps, int count, uint32_t *out)
{
    uint32_t v = 0;
    int got = 0;
    while (got < count && ps->has_tok && !ps->is_escape && hexval(ps->tok) >= 0) {
        v = v * 16 + (uint32_t)hexval(ps->tok);
        got++;
        tok_advance(ps);
    }
    *out = v;
    return got;
}

/* Literal escapes shared by classes and the main pattern: \x \u \U \N and
 * \a \b(class only) \f \n \r \t \v \\.  Returns 1 with *cp set, 0 if not such an
 * escape, -1 on error.  The escape token has already been consumed;
 * esc_start is its position. */
static int literal_escape(Parser *ps, uint32_t e, size_t esc_start, uint32_t *cp)
{
    switch (e) {
    case 'a': *cp = 7; return 1;
    case 'f': *cp = 12; return 1;
    case 'n': *cp = 10; return 1;
    case 'r': *cp = 13; return 1;
    case 't': *cp = 9; return 1;
    case 'v': *cp = 11; return 1;
    case '\\': *cp = '\\'; return 1;
    default: break;
    }
    int want = e == 'x' ? 2 : (e == 'u' && !ps->is_bytes) ? 4 : (e == 'U' && !ps->is_bytes) ? 8 : 0;
    if (want) {
        uint32_t v;
        int got = read_hex(ps, want, &v);
        if (check_pending(ps) < 0)
            return -1;
        if (got != want)
            return escape_error(ps, "incomplete escape", esc_start);
        if (e == 'U' && v > 0x10FFFF)
            return escape_error(ps, "bad escape", esc_start);
        *cp = v;
        return 1;
    }
    if (e == 'N' && !ps->is_bytes) {
        if (!next_is(ps, '{'))
            return raise_re_error(ps, "missing {", (long)tok_tell(ps));
        tok_advance(ps);
        size_t name_start = tok_tell(ps);
        char name[128];
        size_t nl = 0;
        for (;;) {
            if (!ps->has_tok) {
                if (check_pending(ps) < 0)
                    return -1;
                if (nl == 0)
                    return raise_re_error(ps, "missing character name", (long)tok_tell(ps));
                return raise_re_error(ps, "missing }, unterminated name", (long)name_start);
            }
            uint32_t c = ps->tok;
            bool esc = ps->is_escape;
            tok_advance(ps);
            if (!esc && c == '}') {
                if (nl == 0)
                    return raise_re_error(ps, "missing character name", (long)tok_tell(ps) - 1);
                break;
            }
            if (nl + 5 < sizeof name)
                nl += (size_t)utf8_encode(c, name + nl);
            if (esc && nl + 5 < sizeof name)
                nl += (size_t)utf8_encode(ps->s[tok_tell(ps) - 1], name + nl);
        }
        name[nl] = 0;
        if (!uni_lookup_name(name, nl, cp)) {
            char msg[200];
            snprintf(msg, sizeof msg, "undefined character name '%s'", name);
            return raise_re_error(ps, msg, (long)esc_start);
        }
        return 1;
    }
    return 0;
}

static int octal_range_error(Parser *ps, size_t esc_start)
{
    char text[64], msg[128];
    escape_text(ps, esc_start, tok_tell(ps), text, sizeof text);
    snprintf(msg, sizeof msg, "octal escape value %s outside of range 0-0o377", text);
    return raise_re_error(ps, msg, (long)esc_start);
}

/* Escape inside [...]: returns 1 literal (*cp), 2 category (*cat), -1 error. */
static int class_escape(Parser *ps, size_t esc_start, uint32_t *cp, int *cat)
{
    uint32_t e = ps->tok_esc;
    tok_advance(ps);
    if (check_pending(ps) < 0)
        return -1;
    if ((*cat = cat_of_escape(e)) != 0)
        return 2;
    if (e == 'b') {
        *cp = 8;
        return 1;
    }
    int r = literal_escape(ps, e, esc_start, cp);
    if (r != 0)
        return r;
    if (is_oct(e)) {
        uint32_t v = e - '0';
        for (int k = 0; k < 2 && ps->has_tok && !ps->is_escape && is_oct(ps->tok); k++) {
            v = v * 8 + (ps->tok - '0');
            tok_advance(ps);
        }
        if (check_pending(ps) < 0)
            return -1;
        if (v > 0377)
            return octal_range_error(ps, esc_start);
        *cp = v;
        return 1;
    }
    if (is_digit_ascii(e) || is_ascii_letter(e))
        return escape_error(ps, "bad escape", esc_start);
    *cp = e;
    return 1;
}


static void describe_token(Parser *ps, size_t start, size_t end, char *buf, size_t size)
{
    escape_text(ps, start, end, buf, size);
}

static int parse_class(Parser *ps)
{
    size_t here = tok_tell(ps) - 1;
    int cls = new_class(ps);
    if (cls < 0)
        return -1;
    bool negate = tok_match(ps, '^');
    bool any_item = false;
    uint32_t single = 0;
    int nitems = 0;
    int cats = 0;
    for (;;) {
        if (!ps->has_tok) {
            if (check_pending(ps) < 0)
                return -1;
            return raise_re_error(ps, "unterminated character set", (long)here);
        }
        size_t this_start = tok_tell(ps);
        uint32_t lo;
        int cat = 0;
        if (!ps->is_escape && ps->tok == ']' && any_item) {
            tok_advance(ps);
            break;
        }
        if (ps->is_escape) {
            int r = class_escape(ps, this_start, &lo, &cat);
            if (r < 0)
                return -1;
            if (r == 2)
                lo = 0;
        } else {
            lo = ps->tok;
            tok_advance(ps);
        }
        any_item = true;
        if (tok_match(ps, '-')) {
            if (!ps->has_tok) {
                if (check_pending(ps) < 0)
                    return -1;
                return raise_re_error(ps, "unterminated character set", (long)here);
            }
            if (!ps->is_escape && ps->tok == ']') {
                tok_advance(ps);
                if (cat)
                    cats |= cat;
                else if (class_add_range(ps, cls, lo, lo) < 0)
                    return -1;
                if (class_add_range(ps, cls, '-', '-') < 0)
                    return -1;
                nitems += 2;
                break;
            }
            size_t that_start = tok_tell(ps);
            uint32_t hi;
            int cat2 = 0;
            if (ps->is_escape) {
                int r = class_escape(ps, that_start, &hi, &cat2);
                if (r < 0)
                    return -1;
            } else {
                hi = ps->tok;
                tok_advance(ps);
            }
            if (cat || cat2 || hi < lo) {
                /* CPython names the range by its two tokens ('\\x' for
                 * '\\x41') and counts back from the current position */
                size_t lthis = ps->s[this_start] == '\\' ? 2 : 1;
                size_t lthat = ps->s[that_start] == '\\' ? 2 : 1;
                char a[64], b[64], msg[160];
                describe_token(ps, this_start, this_start + lthis, a, sizeof a);
                describe_token(ps, that_start, that_start + lthat, b, sizeof b);
                snprintf(msg, sizeof msg, "bad character range %s-%s", a, b);
                return raise_re_error(ps, msg, (long)(tok_tell(ps) - (lthis + 1 + lthat)));
            }
            if (class_add_range(ps, cls, lo, hi) < 0)
                return -1;
            nitems += 2;
        } else if (cat) {
            cats |= cat;
            nitems += 2;
        } else {
            if (class_add_range(ps, cls, lo, lo) < 0)
                return -1;
            single = lo;
            nitems++;
        }
    }
    CharClass *cc = &ps->prog->classes[cls];
    cc->cats = (uint32_t)cats;
    cc->negate = negate;
    if (nitems == 1 && !negate) {
        /* a one-character set is a literal (CPython does the same) */
        ps->prog->nclasses--;
        ps->prog->nranges--;
        int nd = new_node(ps, N_CHAR);
        if (nd >= 0)
            ps->nodes[nd].c = single;
        return nd;
    }
    int nd = new_node(ps, N_CLASS);
    if (nd >= 0)
        ps->nodes[nd].c = (uint32_t)cls;
    return nd;
}

static int category_node(Parser *ps, int cat)
{
    int cls = new_class(ps);
    if (cls < 0)
        return -1;
    ps->prog->classes[cls].cats = (uint32_t)cat;
    int nd = new_node(ps, N_CLASS);
    if (nd >= 0)
        ps->nodes[nd].c = (uint32_t)cls;
    return nd;
}

static int char_node(Parser *ps, uint32_t c)
{
    int nd = new_node(ps, N_CHAR);
    if (nd >= 0)
        ps->nodes[nd].c = c;
    return nd;
}

static bool group_is_open(Parser *ps, uint32_t g) { return g < ps->open_cap && ps->open_groups[g]; }

static int check_lookbehind_group(Parser *ps, uint32_t g)
{
    if (ps->lookbehind_groups >= 0) {
        if (g >= ps->ngroups || group_is_open(ps, g))
            return raise_re_error(ps, "cannot refer to an open group", (long)tok_tell(ps));
        if ((int64_t)g >= ps->lookbehind_groups)
            return raise_re_error(ps, "cannot refer to group defined in the same lookbehind subpattern",
                                  (long)tok_tell(ps));
    }
    return 0;
}

static int backref_node(Parser *ps, uint32_t g)
{
    if (check_lookbehind_group(ps, g) < 0)
        return -1;
    int nd = new_node(ps, N_BACKREF);
    if (nd >= 0)
        ps->nodes[nd].c = g;
    return nd;
}

/* Escape in the main pattern: returns a node. */
static int parse_escape(Parser *ps)
{
    size_t esc_start = tok_tell(ps);
    uint32_t e = ps->tok_esc;
    tok_advance(ps);
    if (check_pending(ps) < 0)
        return -1;
    int cat = cat_of_escape(e);
    if (cat)
        return category_node(ps, cat);
    int at = -1;
    switch (e) {
    case 'A': at = AT_BEG_STR; break;
    case 'Z': at = AT_END_STR; break;
    case 'b': at = AT_BOUND; break;
    case 'B': at = AT_NONBOUND; break;
    default: break;
    }
    if (at >= 0) {
        int nd = new_node(ps, N_ASSERT);
        if (nd >= 0)
            ps->nodes[nd].c = (uint32_t)at;
        return nd;
    }
    uint32_t cp;
    int r = literal_escape(ps, e, esc_start, &cp);
    if (r < 0)
        return -1;
    if (r == 1)
        return char_node(ps, cp);
    if (e == '0') {
        uint32_t v = 0;
        for (int k = 0; k < 2 && ps->has_tok && !ps->is_escape && is_oct(ps->tok); k++) {
            v = v * 8 + (ps->tok - '0');
            tok_advance(ps);
        }
        if (check_pending(ps) < 0)
            return -1;
        return char_node(ps, v);
    }
    if (is_digit_ascii(e)) {
        uint32_t group = e - '0';
        if (ps->has_tok && !ps->is_escape && is_digit_ascii(ps->tok)) {
            uint32_t d2 = ps->tok;
            tok_advance(ps);
            if (is_oct(e) && is_oct(d2) && ps->has_tok && !ps->is_escape && is_oct(ps->tok)) {
                uint32_t d3 = ps->tok;
                tok_advance(ps);
                uint32_t v = (e - '0') * 64 + (d2 - '0') * 8 + (d3 - '0');
                if (check_pending(ps) < 0)
                    return -1;
                if (v > 0377)
                    return octal_range_error(ps, esc_start);
                return char_node(ps, v);
            }
            group = group * 10 + (d2 - '0');
        }
        if (check_pending(ps) < 0)
            return -1;
        if (group < ps->ngroups) {
            if (group_is_open(ps, group))
                return raise_re_error(ps, "cannot refer to an open group", (long)esc_start);
            return backref_node(ps, group);
        }
        char msg[80];
        snprintf(msg, sizeof msg, "invalid group reference %u", group);
        return raise_re_error(ps, msg, (long)esc_start + 1);
    }
    if (is_ascii_letter(e))
        return escape_error(ps, "bad escape", esc_start);
    return char_node(ps, e);
}

static int parse_alternation(Parser *ps, bool verbose, bool nested);

/* getuntil: reads a name up to 'terminator'.  Returns 0 and the name span,
 * -1 on error (messages as CPython). */
static int get_until(Parser *ps, uint32_t terminator, const char *what, size_t *name_start, size_t *name_len)
{
    *name_start = tok_tell(ps);
    size_t len = 0;
    for (;;) {
        if (!ps->has_tok) {
            if (check_pending(ps) < 0)
                return -1;
            char msg[80];
            if (len == 0) {
                snprintf(msg, sizeof msg, "missing %s", what);
                return raise_re_error(ps, msg, (long)tok_tell(ps));
            }
            snprintf(msg, sizeof msg, "missing %c, unterminated name", (char)terminator);
            return raise_re_error(ps, msg, (long)*name_start);
        }
        bool esc = ps->is_escape;
        uint32_t c = ps->tok;
        tok_advance(ps);
        if (!esc && c == terminator) {
            if (len == 0) {
                char msg[80];
                snprintf(msg, sizeof msg, "missing %s", what);
                return raise_re_error(ps, msg, (long)tok_tell(ps) - 1);
            }
            break;
        }
        len += esc ? 2 : 1;
    }
    *name_len = len;
    return 0;
}

static bool name_is_identifier(Parser *ps, size_t start, size_t len)
{
    if (len == 0)
        return false;
    for (size_t i = 0; i < len; i++) {
        uint32_t c = ps->s[start + i];
        if (i == 0 ? !(c == '_' || uni_isidstart(c)) : !(c == '_' || uni_isidcontinue(c)))
            return false;
    }
    return true;
}

static Value name_value(Parser *ps, size_t start, size_t len)
{
    StrBuf sb;
    sb_init(&sb, ps->vm);
    for (size_t i = 0; i < len; i++)
        sb_append_codepoint(&sb, ps->s[start + i]);
    return sb_finish(&sb);
}

static int name_error(Parser *ps, const char *fmt, size_t start, size_t len, long pos)
{
    Value name = name_value(ps, start, len);
    if (!name)
        return -1;
    Value r = obj_repr(ps->vm, name);
    if (!r)
        return -1;
    char msg[300];
    snprintf(msg, sizeof msg, fmt, STR_DATA(r));
    return raise_re_error(ps, msg, pos);
}

static int check_group_name(Parser *ps, size_t start, size_t len)
{
    if (!name_is_identifier(ps, start, len))
        return name_error(ps, "bad character in group name %s", start, len, (long)start);
    return 0;
}

static int open_group(Parser *ps, uint32_t *gid)
{
    uint32_t g = ps->ngroups++;
    if (grow(ps->vm, (void **)&ps->open_groups, &ps->open_cap, g + 1, 1) < 0)
        return -1;
    ps->open_groups[g] = 1;
    *gid = g;
    return 0;
}

static int flag_value(uint32_t c)
{
    switch (c) {
    case 'i': return FLAG_IGNORECASE;
    case 'L': return FLAG_LOCALE;
    case 'm': return FLAG_MULTILINE;
    case 's': return FLAG_DOTALL;
    case 'x': return FLAG_VERBOSE;
    case 'a': return FLAG_ASCII;
    case 'u': return FLAG_UNICODE;
    default: return 0;
    }
}

#define TYPE_FLAGS (FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE)
#define GLOBAL_FLAGS (FLAG_DEBUG | FLAG_TEMPLATE)

/* Reads the next plain char for flag parsing; returns false at the end. */
static bool flag_char(Parser *ps, uint32_t *c, bool *esc)
{
    if (!ps->has_tok)
        return false;
    *c = ps->tok;
    *esc = ps->is_escape;
    tok_advance(ps);
    return true;
}

/* After "(?" and the first flag char c.  Returns 1 for global flags "(?i)",
 * 0 for scoped "(?i-s:" with the added and removed flags, -1 on error. */
static int parse_flags(Parser *ps, uint32_t c, bool esc, int *add, int *del)
{
    *add = *del = 0;
    if (esc || c != '-') {
        for (;;) {
            int f = flag_value(c);
            if (!ps->is_bytes && c == 'L')
                return raise_re_error(ps, "bad inline flags: cannot use 'L' flag with a str pattern", (long)tok_tell(ps));
            if (ps->is_bytes && c == 'u')
                return raise_re_error(ps, "bad inline flags: cannot use 'u' flag with a bytes pattern", (long)tok_tell(ps));
            *add |= f;
            if ((f & TYPE_FLAGS) && (*add & TYPE_FLAGS) != f)
                return raise_re_error(ps, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", (long)tok_tell(ps));
            if (!flag_char(ps, &c, &esc)) {
                if (check_pending(ps) < 0)
                    return -1;
                return raise_re_error(ps, "missing -, : or )", (long)tok_tell(ps));
            }
            if (!esc && (c == ')' || c == '-' || c == ':'))
                break;
            if (esc || !flag_value(c)) {
                const char *msg = (!esc && (uni_isalpha(c))) ? "unknown flag" : "missing -, : or )";
                return raise_re_error(ps, msg, (long)tok_tell(ps) - (esc ? 2 : 1));
            }
        }
    }
    if (c == ')') {
        ps->flags |= *add;
        return 1;
    }
    if (*add & GLOBAL_FLAGS)
        return raise_re_error(ps, "bad inline flags: cannot turn on global flag", (long)tok_tell(ps) - 1);
    if (c == '-') {
        if (!flag_char(ps, &c, &esc)) {
            if (check_pending(ps) < 0)
                return -1;
            return raise_re_error(ps, "missing flag", (long)tok_tell(ps));
        }
        if (esc || !flag_value(c)) {
            const char *msg = (!esc && uni_isalpha(c)) ? "unknown flag" : "missing flag";
            return raise_re_error(ps, msg, (long)tok_tell(ps) - (esc ? 2 : 1));
        }
        for (;;) {
            int f = flag_value(c);
            if (f & TYPE_FLAGS)
                return raise_re_error(ps, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", (long)tok_tell(ps));
            *del |= f;
            if (!flag_char(ps, &c, &esc)) {
                if (check_pending(ps) < 0)
                    return -1;
                return raise_re_error(ps, "missing :", (long)tok_tell(ps));
            }
            if (!esc && c == ':')
                break;
            if (esc || !flag_value(c)) {
                const char *msg = (!esc && uni_isalpha(c)) ? "unknown flag" : "missing :";
                return raise_re_error(ps, msg, (long)tok_tell(ps) - (esc ? 2 : 1));
            }
        }
    }
    if (*del & GLOBAL_FLAGS)
        return raise_re_error(ps, "bad inline flags: cannot turn off global flag", (long)tok_tell(ps) - 1);
    if (*add & *del)
        return raise_re_error(ps, "bad inline flags: flag turned on and off", (long)tok_tell(ps) - 1);
    return 0;
}

static int width_of(Parser *ps, int nd, uint32_t *lo, uint32_t *hi);

static bool is_repeat_node(Parser *ps, int nd) { return nd >= 0 && ps->nodes[nd].type == N_REPEAT; }

/* Parse a sequence up to '|' or ')' or the end; returns an N_SEQ node. */
static int parse_sequence(Parser *ps, bool verbose, bool first)
{
    int seq = new_node(ps, N_SEQ);
    if (seq < 0)
        return -1;
    int last_item = -1;
    for (;;) {
        if (!ps->has_tok)
            return check_pending(ps) < 0 ? -1 : seq;
        if (!ps->is_escape && (ps->tok == '|' || ps->tok == ')'))
            return seq;
        uint32_t c = ps->tok;
        size_t this_pos = tok_tell(ps);
        int item = -1;
        if (ps->is_escape) {
            item = parse_escape(ps);
            if (item < 0)
                return -1;
            list_append_node(ps, seq, item);
            last_item = item;
            continue;
        }
        tok_advance(ps);
        if (verbose) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
                continue;
            if (c == '#') {
                while (ps->has_tok) {
                    bool esc = ps->is_escape;
                    uint32_t t = ps->tok;
                    tok_advance(ps);
                    if (!esc && t == '\n')
                        break;
                }
                if (check_pending(ps) < 0)
                    return -1;
                continue;
            }
        }
        if (c == '[') {
            item = parse_class(ps);
        } else if (c == '*' || c == '+' || c == '?' || c == '{') {
            uint32_t min = 0, max = RE_INF;
            size_t here = tok_tell(ps);
            if (c == '?') {
                max = 1;
            } else if (c == '+') {
                min = 1;
            } else if (c == '{') {
                if (next_is(ps, '}')) {
                    item = char_node(ps, c);
                    if (item < 0)
                        return -1;
                    list_append_node(ps, seq, item);
                    last_item = item;
                    continue;
                }
                uint64_t lo = 0, hi = 0;
                bool has_lo = false, has_hi = false, overflow = false;
                while (ps->has_tok && !ps->is_escape && is_digit_ascii(ps->tok)) {
                    lo = lo * 10 + (ps->tok - '0');
                    if (lo >= RE_INF)
                        overflow = true, lo = RE_INF;
                    has_lo = true;
                    tok_advance(ps);
                }
                if (tok_match(ps, ',')) {
                    while (ps->has_tok && !ps->is_escape && is_digit_ascii(ps->tok)) {
                        hi = hi * 10 + (ps->tok - '0');
                        if (hi >= RE_INF)
                            hi = RE_INF;
                        has_hi = true;
                        tok_advance(ps);
                    }
                } else {
                    hi = lo;
                    has_hi = has_lo;
                }
                if (!tok_match(ps, '}')) {
                    item = char_node(ps, c);
                    if (item < 0)
                        return -1;
                    list_append_node(ps, seq, item);
                    last_item = item;
                    tok_seek(ps, here);
                    continue;
                }
                if (has_lo) {
                    if (overflow || lo >= RE_INF) {
                        vm_raise(ps->vm, &t_OverflowError, "the repetition number is too large");
                        return -1;
                    }
                    min = (uint32_t)lo;
                }
                if (has_hi) {
                    if (hi >= RE_INF) {
                        vm_raise(ps->vm, &t_OverflowError, "the repetition number is too large");
                        return -1;
                    }
                    max = (uint32_t)hi;
                    if (max < min)
                        return raise_re_error(ps, "min repeat greater than max repeat", (long)here);
                }
            }
            if (last_item < 0 || (ps->nodes[last_item].type == N_ASSERT))
                return raise_re_error(ps, "nothing to repeat", (long)here - 1);
            if (is_repeat_node(ps, last_item))
                return raise_re_error(ps, "multiple repeat", (long)here - 1);
            int greedy = 1;
            if (tok_match(ps, '?'))
                greedy = 0;
            else if (tok_match(ps, '+'))
                greedy = 2;
            /* turn last_item (the last child of seq) into the repeat, its old
             * content moving to a new child node */
            int moved = new_node(ps, N_EMPTY);
            if (moved < 0)
                return -1;
            ps->nodes[moved] = ps->nodes[last_item];
            ps->nodes[moved].next = -1;
            ReNode *r = &ps->nodes[last_item];
            int keep_next = r->next;
            memset(r, 0, sizeof *r);
            r->type = N_REPEAT;
            r->flags = ps->flags;
            r->min = min;
            r->max = max;
            r->greedy = greedy;
            r->child = moved;
            r->child2 = r->last = -1;
            r->next = keep_next;
            continue;
        } else if (c == '.') {
            item = new_node(ps, N_ANY);
        } else if (c == '^' || c == '$') {
            item = new_node(ps, N_ASSERT);
            if (item >= 0)
                ps->nodes[item].c = c == '^' ? AT_BEG : AT_END;
        } else if (c == '(') {
            size_t start = this_pos;
            bool capture = true, atomic = false;
            size_t name_start = 0, name_len = 0;
            bool named = false;
            int add = 0, del = 0;
            if (tok_match(ps, '?')) {
                if (!ps->has_tok) {
                    if (check_pending(ps) < 0)
                        return -1;
                    return raise_re_error(ps, "unexpected end of pattern", (long)tok_tell(ps));
                }
                bool esc = ps->is_escape;
                uint32_t ch = ps->tok;
                size_t ch_pos = tok_tell(ps);
                tok_advance(ps);
                if (!esc && ch == 'P') {
                    if (tok_match(ps, '<')) {
                        if (get_until(ps, '>', "group name", &name_start, &name_len) < 0)
                            return -1;
                        if (check_group_name(ps, name_start, name_len) < 0)
                            return -1;
                        named = true;
                    } else if (tok_match(ps, '=')) {
                        if (get_until(ps, ')', "group name", &name_start, &name_len) < 0)
                            return -1;
                        if (check_group_name(ps, name_start, name_len) < 0)
                            return -1;
                        Value name = name_value(ps, name_start, name_len);
                        if (!name)
                            return -1;
                        Value gid = dict_get(ps->vm, ps->prog->groupindex, name);
                        if (!gid)
                            return name_error(ps, "unknown group name %s", name_start, name_len, (long)name_start);
                        uint32_t g = (uint32_t)SMALLINT_VALUE(gid);
                        if (group_is_open(ps, g))
                            return raise_re_error(ps, "cannot refer to an open group", (long)name_start);
                        item = backref_node(ps, g);
                        if (item < 0)
                            return -1;
                        list_append_node(ps, seq, item);
                        last_item = item;
                        continue;
                    } else {
                        if (!ps->has_tok) {
                            if (check_pending(ps) < 0)
                                return -1;
                            return raise_re_error(ps, "unexpected end of pattern", (long)tok_tell(ps));
                        }
                        char txt[16], msg[64];
                        size_t p0 = tok_tell(ps);
                        tok_advance(ps);
                        escape_text(ps, p0, tok_tell(ps), txt, sizeof txt);
                        snprintf(msg, sizeof msg, "unknown extension ?P%s", txt);
                        return raise_re_error(ps, msg, (long)ch_pos - 1);
                    }
                } else if (!esc && ch == ':') {
                    capture = false;
                } else if (!esc && ch == '#') {
                    for (;;) {
                        if (!ps->has_tok) {
                            if (check_pending(ps) < 0)
                                return -1;
                            return raise_re_error(ps, "missing ), unterminated comment", (long)start);
                        }
                        bool e2 = ps->is_escape;
                        uint32_t t = ps->tok;
                        tok_advance(ps);
                        if (!e2 && t == ')')
                            break;
                    }
                    continue;
                } else if (!esc && (ch == '=' || ch == '!' || ch == '<')) {
                    int behind = 0;
                    if (ch == '<') {
                        if (!ps->has_tok) {
                            if (check_pending(ps) < 0)
                                return -1;
                            return raise_re_error(ps, "unexpected end of pattern", (long)tok_tell(ps));
                        }
                        bool e2 = ps->is_escape;
                        uint32_t c2 = ps->tok;
                        size_t p0 = tok_tell(ps);
                        tok_advance(ps);
                        if (e2 || (c2 != '=' && c2 != '!')) {
                            char txt[16], msg[64];
                            escape_text(ps, p0, tok_tell(ps), txt, sizeof txt);
                            snprintf(msg, sizeof msg, "unknown extension ?<%s", txt);
                            return raise_re_error(ps, msg, (long)ch_pos - 1);
                        }
                        ch = c2;
                        behind = 1;
                    }
                    bool outermost_behind = behind && ps->lookbehind_groups < 0;
                    if (outermost_behind)
                        ps->lookbehind_groups = ps->ngroups;
                    if (++ps->depth > MAX_NESTING) {
                        vm_raise(ps->vm, &t_RecursionError, "maximum recursion depth exceeded");
                        return -1;
                    }
                    int body = parse_alternation(ps, verbose, true);
                    ps->depth--;
                    if (body < 0)
                        return -1;
                    if (outermost_behind)
                        ps->lookbehind_groups = -1;
                    if (!tok_match(ps, ')'))
                        return raise_re_error(ps, "missing ), unterminated subpattern", (long)start);
                    item = new_node(ps, N_LOOK);
                    if (item < 0)
                        return -1;
                    ps->nodes[item].greedy = behind;
                    ps->nodes[item].negate = ch == '!';
                    ps->nodes[item].child = body;
                    list_append_node(ps, seq, item);
                    last_item = item;
                    continue;
                } else if (!esc && ch == '(') {
                    size_t cs, cl;
                    if (get_until(ps, ')', "group name", &cs, &cl) < 0)
                        return -1;
                    uint32_t g = 0;
                    if (name_is_identifier(ps, cs, cl)) {
                        Value name = name_value(ps, cs, cl);
                        if (!name)
                            return -1;
                        Value gid = dict_get(ps->vm, ps->prog->groupindex, name);
                        if (!gid)
                            return name_error(ps, "unknown group name %s", cs, cl, (long)cs);
                        g = (uint32_t)SMALLINT_VALUE(gid);
                    } else {
                        uint64_t v = 0;
                        bool ok = cl > 0;
                        for (size_t i = 0; i < cl; i++) {
                            uint32_t d = ps->s[cs + i];
                            if (!is_digit_ascii(d)) {
                                ok = false;
                                break;
                            }
                            if (v < 100000000)
                                v = v * 10 + (d - '0');
                        }
                        if (!ok)
                            return name_error(ps, "bad character in group name %s", cs, cl, (long)cs);
                        if (v == 0)
                            return raise_re_error(ps, "bad group number", (long)cs);
                        g = (uint32_t)v;
                        if (g >= ps->max_cond_ref && g >= ps->ngroups) {
                            if (ps->max_cond_ref == 0 || g > ps->max_cond_ref) {
                                ps->max_cond_ref = g;
                                ps->max_cond_ref_pos = cs;
                            }
                        }
                    }
                    if (check_lookbehind_group(ps, g) < 0)
                        return -1;
                    if (++ps->depth > MAX_NESTING) {
                        vm_raise(ps->vm, &t_RecursionError, "maximum recursion depth exceeded");
                        return -1;
                    }
                    int yes = parse_sequence(ps, verbose, false);
                    if (yes < 0)
                        return -1;
                    int no = -1;
                    if (tok_match(ps, '|')) {
                        no = parse_sequence(ps, verbose, false);
                        if (no < 0)
                            return -1;
                        if (next_is(ps, '|'))
                            return raise_re_error(ps, "conditional backref with more than two branches", (long)tok_tell(ps));
                    }
                    ps->depth--;
                    if (!tok_match(ps, ')'))
                        return raise_re_error(ps, "missing ), unterminated subpattern", (long)start);
                    item = new_node(ps, N_COND);
                    if (item < 0)
                        return -1;
                    ps->nodes[item].c = g;
                    ps->nodes[item].child = yes;
                    ps->nodes[item].child2 = no;
                    list_append_node(ps, seq, item);
                    last_item = item;
                    continue;
                } else if (!esc && ch == '>') {
                    capture = false;
                    atomic = true;
                } else if (!esc && (flag_value(ch) || ch == '-')) {
                    int r = parse_flags(ps, ch, esc, &add, &del);
                    if (r < 0)
                        return -1;
                    if (r == 1) {
                        if (!first || ps->nodes[seq].child >= 0)
                            return raise_re_error(ps, "global flags not at the start of the expression", (long)start);
                        verbose = (ps->flags & FLAG_VERBOSE) != 0;
                        continue;
                    }
                    capture = false;
                } else {
                    char txt[16], msg[64];
                    escape_text(ps, ch_pos, tok_tell(ps), txt, sizeof txt);
                    snprintf(msg, sizeof msg, "unknown extension ?%s", txt);
                    return raise_re_error(ps, msg, (long)ch_pos - 1);
                }
            }
            uint32_t group = 0;
            if (capture) {
                if (open_group(ps, &group) < 0)
                    return -1;
                if (named) {
                    Value name = name_value(ps, name_start, name_len);
                    if (!name)
                        return -1;
                    Value old = dict_get(ps->vm, ps->prog->groupindex, name);
                    if (old) {
                        Value r = obj_repr(ps->vm, name);
                        if (!r)
                            return -1;
                        char msg[300];
                        snprintf(msg, sizeof msg, "redefinition of group name %s as group %u; was group %lld",
                                 STR_DATA(r), group, (long long)SMALLINT_VALUE(old));
                        return raise_re_error(ps, msg, (long)name_start);
                    }
                    if (dict_set(ps->vm, ps->prog->groupindex, name, MAKE_SMALLINT(group)) < 0)
                        return -1;
                }
            }
            bool sub_verbose = (verbose || (add & FLAG_VERBOSE)) && !(del & FLAG_VERBOSE);
            int saved_flags = ps->flags;
            ps->flags = (ps->flags | add) & ~del;
            if (++ps->depth > MAX_NESTING) {
                vm_raise(ps->vm, &t_RecursionError, "maximum recursion depth exceeded");
                return -1;
            }
            int body = parse_alternation(ps, sub_verbose, true);
            ps->depth--;
            ps->flags = saved_flags;
            if (body < 0)
                return -1;
            if (!tok_match(ps, ')'))
                return raise_re_error(ps, "missing ), unterminated subpattern", (long)start);
            if (capture)
                ps->open_groups[group] = 0;
            item = new_node(ps, capture ? N_GROUP : atomic ? N_ATOMIC : N_NCGROUP);
            if (item < 0)
                return -1;
            ps->nodes[item].c = group;
            ps->nodes[item].child = body;
        } else {
            item = char_node(ps, c);
        }
        if (item < 0)
            return -1;
        list_append_node(ps, seq, item);
        last_item = item;
    }
}

/* a|b|[cd] -> [abcd], as CPython's parser does: a class loop needs no
 * backtrack entry per character. */
static int merge_single_char_alternatives(Parser *ps, int alt)
{
    for (int k = ps->nodes[alt].child; k >= 0; k = ps->nodes[k].next) {
        int only = ps->nodes[k].child;
        if (only < 0 || ps->nodes[only].next >= 0)
            return alt;
        int t = ps->nodes[only].type;
        if (t != N_CHAR && !(t == N_CLASS && !ps->prog->classes[ps->nodes[only].c].negate))
            return alt;
    }
    int cls = new_class(ps);
    if (cls < 0)
        return -1;
    uint32_t cats = 0;
    for (int k = ps->nodes[alt].child; k >= 0; k = ps->nodes[k].next) {
        ReNode *only = &ps->nodes[ps->nodes[k].child];
        if (only->type == N_CHAR) {
            if (class_add_range(ps, cls, only->c, only->c) < 0)
                return -1;
        } else {
            CharClass old = ps->prog->classes[only->c];
            cats |= old.cats;
            for (uint32_t r = 0; r < old.nranges; r++) {
                Range rg = ps->prog->ranges[old.range_start + r];
                if (class_add_range(ps, cls, rg.lo, rg.hi) < 0)
                    return -1;
            }
        }
    }
    ps->prog->classes[cls].cats = cats;
    int nd = new_node(ps, N_CLASS);
    if (nd >= 0)
        ps->nodes[nd].c = (uint32_t)cls;
    return nd;
}

static int parse_alternation(Parser *ps, bool verbose, bool nested)
{
    int first_seq = parse_sequence(ps, verbose, !nested);
    if (first_seq < 0)
        return -1;
    if (!next_is(ps, '|'))
        return first_seq;
    int alt = new_node(ps, N_ALT);
    if (alt < 0)
        return -1;
    list_append_node(ps, alt, first_seq);
    while (tok_match(ps, '|')) {
        if (!nested)
            verbose = (ps->flags & FLAG_VERBOSE) != 0;
        int s = parse_sequence(ps, verbose, false);
        if (s < 0)
            return -1;
        list_append_node(ps, alt, s);
    }
    return merge_single_char_alternatives(ps, alt);
}

/* ================================================================ widths */

static uint32_t add_sat(uint32_t a, uint32_t b) { return (a > RE_INF - b) ? RE_INF : a + b; }
static uint32_t mul_sat(uint32_t a, uint32_t b)
{
    if (a == 0 || b == 0)
        return 0;
    if (a == RE_INF || b == RE_INF || (uint64_t)a * b >= RE_INF)
        return RE_INF;
    return a * b;
}

/* Group widths are needed for backreferences inside look-behinds; CPython
 * uses the referred group's width. */
static int group_width(Parser *ps, int nd, uint32_t g, uint32_t *lo, uint32_t *hi, int *found)
{
    for (; nd >= 0; nd = ps->nodes[nd].next) {
        ReNode *n = &ps->nodes[nd];
        if (n->type == N_GROUP && n->c == g) {
            *found = 1;
            return width_of(ps, n->child, lo, hi);
        }
        if (n->child >= 0 && group_width(ps, n->child, g, lo, hi, found) < 0)
            return -1;
        if (*found)
            return 0;
        if (n->child2 >= 0 && group_width(ps, n->child2, g, lo, hi, found) < 0)
            return -1;
        if (*found)
            return 0;
    }
    return 0;
}

static int width_of(Parser *ps, int nd, uint32_t *lo, uint32_t *hi)
{
    ReNode *n = &ps->nodes[nd];
    uint32_t a, b, c, d;
    switch (n->type) {
    case N_CHAR: case N_ANY: case N_CLASS:
        *lo = *hi = 1;
        return 0;
    case N_EMPTY: case N_ASSERT: case N_LOOK:
        *lo = *hi = 0;
        return 0;
    case N_SEQ:
        *lo = *hi = 0;
        for (int k = n->child; k >= 0; k = ps->nodes[k].next) {
            if (width_of(ps, k, &a, &b) < 0)
                return -1;
            *lo = add_sat(*lo, a);
            *hi = add_sat(*hi, b);
        }
        return 0;
    case N_ALT:
        *lo = RE_INF;
        *hi = 0;
        for (int k = n->child; k >= 0; k = ps->nodes[k].next) {
            if (width_of(ps, k, &a, &b) < 0)
                return -1;
            if (a < *lo)
                *lo = a;
            if (b > *hi)
                *hi = b;
        }
        return 0;
    case N_GROUP: case N_NCGROUP: case N_ATOMIC:
        return width_of(ps, n->child, lo, hi);
    case N_REPEAT:
        if (width_of(ps, n->child, &a, &b) < 0)
            return -1;
        *lo = mul_sat(a, n->min);
        *hi = mul_sat(b, n->max);
        return 0;
    case N_BACKREF: {
        int found = 0;
        *lo = 0;
        *hi = RE_INF;
        if (group_width(ps, ps->root, n->c, lo, hi, &found) < 0)
            return -1;
        return 0;
    }
    case N_COND:
        if (width_of(ps, n->child, &a, &b) < 0)
            return -1;
        c = d = 0;
        if (n->child2 >= 0 && width_of(ps, n->child2, &c, &d) < 0)
            return -1;
        *lo = a < c ? a : c;
        *hi = b > d ? b : d;
        return 0;
    default:
        *lo = *hi = 0;
        return 0;
    }
}

/* ================================================================ compiler */

typedef struct {
    Parser *ps;
    ProgObj *prog;
} Compiler;

static int emit(Compiler *cm, uint8_t op)
{
    ProgObj *p = cm->prog;
    if (grow(cm->ps->vm, (void **)&p->code, &p->code_cap, p->ncode + 1, sizeof(Inst)) < 0)
        return -1;
    Inst *in = &p->code[p->ncode];
    memset(in, 0, sizeof *in);
    in->op = op;
    return (int)p->ncode++;
}

/* The node a repeat really applies to: (?:x) and one-item sequences are
 * transparent (their flags already live on the inner nodes). */
static int unwrap_node(Parser *ps, int nd)
{
    for (;;) {
        ReNode *n = &ps->nodes[nd];
        if (n->type == N_NCGROUP)
            nd = n->child;
        else if (n->type == N_SEQ && n->child >= 0 && ps->nodes[n->child].next < 0)
            nd = n->child;
        else
            return nd;
    }
}

static bool single_char_node(Parser *ps, int nd)
{
    int t = ps->nodes[nd].type;
    return t == N_CHAR || t == N_ANY || t == N_CLASS;
}

static int compile_node(Compiler *cm, int nd);

static int compile_single(Compiler *cm, int nd)
{
    Parser *ps = cm->ps;
    ReNode *n = &ps->nodes[nd];
    bool ascii = (n->flags & FLAG_ASCII) || ps->is_bytes;
    bool icase = (n->flags & FLAG_IGNORECASE) != 0;
    int i;
    switch (n->type) {
    case N_CHAR:
        if (icase && (lower_char(n->c, ascii) != n->c || upper_char(n->c, ascii) != n->c)) {
            if ((i = emit(cm, OP_CHAR_I)) < 0)
                return -1;
            cm->prog->code[i].flag = ascii;
        } else if ((i = emit(cm, OP_CHAR)) < 0) {
            return -1;
        }
        cm->prog->code[i].arg = n->c;
        return i;
    case N_ANY:
        return emit(cm, (n->flags & FLAG_DOTALL) ? OP_ANYALL : OP_ANY);
    case N_CLASS: {
        CharClass *cc = &cm->prog->classes[n->c];
        cc->icase = icase;
        cc->ascii = ascii;
        for (uint32_t ch = 0; ch < 256; ch++)
            if (class_test_slow(cm->prog, cc, ch))
                cc->bitmap[ch >> 5] |= 1u << (ch & 31);
        if ((i = emit(cm, OP_CLASS)) < 0)
            return -1;
        cm->prog->code[i].arg = n->c;
        return i;
    }
    default:
        return -1;
    }
}

static int compile_repeat(Compiler *cm, int nd)
{
    Parser *ps = cm->ps;
    ReNode n = ps->nodes[nd];
    ProgObj *p = cm->prog;
    int i;
    if (n.greedy == 2) {
        /* possessive: an atomic group around the greedy repeat */
        int b = emit(cm, OP_LOOK_BEGIN);
        if (b < 0)
            return -1;
        p->code[b].kind = LOOK_ATOMIC;
        ps->nodes[nd].greedy = 1;
        if (compile_repeat(cm, nd) < 0)
            return -1;
        if (emit(cm, OP_LOOK_END) < 0)
            return -1;
        p->code[b].x = (int32_t)p->ncode;
        return 0;
    }
    bool greedy = n.greedy == 1;
    n.child = unwrap_node(ps, n.child);
    if (single_char_node(ps, n.child)) {
        if ((i = emit(cm, OP_STAR)) < 0)
            return -1;
        p->code[i].min = n.min;
        p->code[i].max = n.max;
        p->code[i].flag = greedy;
        return compile_single(cm, n.child) < 0 ? -1 : 0;
    }
    if (n.max == 0)
        return 0;
    uint32_t lo, hi;
    if (width_of(ps, n.child, &lo, &hi) < 0)
        return -1;
    if (n.min == 0 && n.max == 1) {
        int s = emit(cm, OP_SPLIT);
        if (s < 0 || compile_node(cm, n.child) < 0)
            return -1;
        int body = s + 1, end = (int)p->ncode;
        p->code[s].x = greedy ? body : end;
        p->code[s].y = greedy ? end : body;
        return 0;
    }
    if (lo > 0 && n.max == RE_INF && n.min <= 1) {
        if (n.min == 0) {
            /* L: SPLIT body, E; body; JMP L; E: */
            int s = emit(cm, OP_SPLIT);
            if (s < 0 || compile_node(cm, n.child) < 0)
                return -1;
            int j = emit(cm, OP_JMP);
            if (j < 0)
                return -1;
            p->code[j].x = s;
            int end = (int)p->ncode;
            p->code[s].x = greedy ? s + 1 : end;
            p->code[s].y = greedy ? end : s + 1;
        } else {
            /* L: body; SPLIT L, E; E: */
            int start = (int)p->ncode;
            if (compile_node(cm, n.child) < 0)
                return -1;
            int s = emit(cm, OP_SPLIT);
            if (s < 0)
                return -1;
            p->code[s].x = greedy ? start : s + 1;
            p->code[s].y = greedy ? s + 1 : start;
        }
        return 0;
    }
    /* general counted loop with a register */
    uint32_t reg = p->nregs++;
    int init = emit(cm, OP_REP_INIT);
    if (init < 0)
        return -1;
    p->code[init].arg = reg;
    int loop = emit(cm, OP_REP_LOOP);
    if (loop < 0)
        return -1;
    p->code[loop].arg = reg;
    p->code[loop].min = n.min;
    p->code[loop].max = n.max;
    p->code[loop].flag = greedy;
    int inc = emit(cm, OP_REP_INC);
    if (inc < 0)
        return -1;
    p->code[inc].arg = reg;
    if (compile_node(cm, n.child) < 0)
        return -1;
    int j = emit(cm, OP_JMP);
    if (j < 0)
        return -1;
    p->code[j].x = loop;
    p->code[loop].x = (int32_t)p->ncode;
    return 0;
}

static int compile_node(Compiler *cm, int nd)
{
    Parser *ps = cm->ps;
    ProgObj *p = cm->prog;
    ReNode n = ps->nodes[nd];
    int i;
    switch (n.type) {
    case N_EMPTY:
        return 0;
    case N_CHAR: case N_ANY: case N_CLASS:
        return compile_single(cm, nd) < 0 ? -1 : 0;
    case N_SEQ:
        for (int k = n.child; k >= 0; k = ps->nodes[k].next)
            if (compile_node(cm, k) < 0)
                return -1;
        return 0;
    case N_ALT: {
        /* SPLIT a, next; a; JMP end; next: SPLIT b, next2; ... last; end: */
        int jumps_head = -1;
        for (int k = n.child; k >= 0; k = ps->nodes[k].next) {
            int s = -1;
            if (ps->nodes[k].next >= 0) {
                if ((s = emit(cm, OP_SPLIT)) < 0)
                    return -1;
                p->code[s].x = s + 1;
            }
            if (compile_node(cm, k) < 0)
                return -1;
            if (s >= 0) {
                int j = emit(cm, OP_JMP);
                if (j < 0)
                    return -1;
                p->code[j].x = jumps_head; /* chain of pending jumps */
                jumps_head = j;
                p->code[s].y = (int32_t)p->ncode;
            }
        }
        int end = (int)p->ncode;
        while (jumps_head >= 0) {
            int nxt = p->code[jumps_head].x;
            p->code[jumps_head].x = end;
            jumps_head = nxt;
        }
        return 0;
    }
    case N_GROUP:
        if ((i = emit(cm, OP_SAVE)) < 0)
            return -1;
        p->code[i].arg = 2 * n.c;
        if (compile_node(cm, n.child) < 0)
            return -1;
        if ((i = emit(cm, OP_SAVE)) < 0)
            return -1;
        p->code[i].arg = 2 * n.c + 1;
        return 0;
    case N_NCGROUP:
        return compile_node(cm, n.child);
    case N_REPEAT:
        return compile_repeat(cm, nd);
    case N_ASSERT: {
        if ((i = emit(cm, OP_ASSERT)) < 0)
            return -1;
        uint32_t at = n.c;
        if (n.flags & FLAG_MULTILINE) {
            if (at == AT_BEG)
                at = AT_BEG_LINE;
            else if (at == AT_END)
                at = AT_END_LINE;
        }
        p->code[i].arg = at;
        p->code[i].flag = (n.flags & FLAG_ASCII) || ps->is_bytes;
        return 0;
    }
    case N_BACKREF:
        if ((i = emit(cm, OP_BACKREF)) < 0)
            return -1;
        p->code[i].arg = n.c;
        p->code[i].kind = (n.flags & FLAG_IGNORECASE) != 0;
        p->code[i].flag = (n.flags & FLAG_ASCII) || ps->is_bytes;
        return 0;
    case N_LOOK: case N_ATOMIC: {
        uint32_t width = 0;
        if (n.type == N_LOOK && n.greedy) {
            uint32_t lo, hi;
            if (width_of(ps, n.child, &lo, &hi) < 0)
                return -1;
            if (lo != hi) {
                raise_re_error(ps, "look-behind requires fixed-width pattern", -1);
                return -1;
            }
            width = lo;
        }
        int b = emit(cm, OP_LOOK_BEGIN);
        if (b < 0)
            return -1;
        p->code[b].kind = n.type == N_ATOMIC ? LOOK_ATOMIC : n.greedy ? LOOK_BEHIND : LOOK_AHEAD;
        p->code[b].flag = n.type == N_LOOK && n.negate;
        p->code[b].arg = width;
        if (compile_node(cm, n.child) < 0)
            return -1;
        if (emit(cm, OP_LOOK_END) < 0)
            return -1;
        p->code[b].x = (int32_t)p->ncode;
        return 0;
    }
    case N_COND: {
        int g = emit(cm, OP_GROUP_EXISTS);
        if (g < 0)
            return -1;
        p->code[g].arg = n.c;
        if (compile_node(cm, n.child) < 0)
            return -1;
        int j = emit(cm, OP_JMP);
        if (j < 0)
            return -1;
        p->code[g].x = (int32_t)p->ncode;
        if (n.child2 >= 0 && compile_node(cm, n.child2) < 0)
            return -1;
        p->code[j].x = (int32_t)p->ncode;
        return 0;
    }
    default:
        return 0;
    }
}

/* The set of characters that can begin a match, by walking the program
 * from its start; 0 when unknown (a path can match empty, or starts with
 * a backreference or '.'). */
static int compute_first_set(Vm *vm, ProgObj *p)
{
    size_t n = p->ncode;
    uint8_t *seen = mem_alloc(vm, n);
    uint32_t *work = mem_alloc(vm, 2 * n * sizeof(uint32_t) + sizeof(uint32_t));
    int ok = 1;
    if (!seen || !work) {
        if (seen)
            mem_free(vm, seen, n);
        vm_exc_clear(vm);
        return 0;
    }
    memset(seen, 0, n);
    memset(p->first_set, 0, sizeof p->first_set);
    p->first_high = 0;
    size_t top = 0;
    work[top++] = 0;
#define PUSH_PC(t) do { uint32_t t_ = (uint32_t)(t); if (t_ < n && !seen[t_]) { seen[t_] = 1; work[top++] = t_; } } while (0)
    seen[0] = 1;
    while (ok && top > 0) {
        uint32_t pc = work[--top];
        const Inst *in = &p->code[pc];
        const Inst *item = in;
        switch (in->op) {
        case OP_SAVE: case OP_ASSERT: case OP_REP_INIT: case OP_REP_INC:
            PUSH_PC(pc + 1);
            break;
        case OP_JMP:
            PUSH_PC(in->x);
            break;
        case OP_SPLIT: case OP_GROUP_EXISTS:
            PUSH_PC(in->op == OP_SPLIT ? (uint32_t)in->y : pc + 1);
            PUSH_PC(in->x);
            break;
        case OP_REP_LOOP:
            /* the loop comes back here after enough iterations: the exit is
             * a possible start too unless the body always consumes, which
             * this walk does not try to prove */
            PUSH_PC(pc + 1);
            PUSH_PC(in->x);
            break;
        case OP_LOOK_BEGIN:
            if (in->kind == LOOK_ATOMIC)
                PUSH_PC(pc + 1);
            else
                PUSH_PC(in->x);
            break;
        case OP_STAR:
            item = in + 1;
            if (in->min == 0)
                PUSH_PC(pc + 2);
            /* fall through */
        case OP_CHAR: case OP_CHAR_I: case OP_CLASS:
            if (in->op == OP_STAR && in->max == 0)
                break;
            if (item->op == OP_CHAR || item->op == OP_CHAR_I) {
                uint32_t c = item->arg;
                uint32_t forms[3] = {c, c, c};
                if (item->op == OP_CHAR_I) {
                    forms[1] = lower_char(c, item->flag);
                    forms[2] = upper_char(c, item->flag);
                    /* other characters fold to these (Kelvin sign, long s): be safe */
                    if (!item->flag)
                        p->first_high = 1;
                }
                for (int k = 0; k < 3; k++) {
                    if (forms[k] < 256)
                        p->first_set[forms[k] >> 5] |= 1u << (forms[k] & 31);
                    else
                        p->first_high = 1;
                }
            } else if (item->op == OP_CLASS) {
                const CharClass *cc = &p->classes[item->arg];
                for (int k = 0; k < 8; k++)
                    p->first_set[k] |= cc->bitmap[k];
                p->first_high = 1;
            } else {
                ok = 0;
            }
            break;
        default:
            /* MATCH (empty match), ANY, BACKREF, LOOK_END, FAIL... */
            ok = 0;
            break;
        }
    }
#undef PUSH_PC
    mem_free(vm, seen, n);
    mem_free(vm, work, 2 * n * sizeof(uint32_t) + sizeof(uint32_t));
    return ok;
}

/* Search hints: anchoring, a literal prefix, or a first-character test. */
static int compute_hints(Vm *vm, ProgObj *p)
{
    size_t pc = 0;
    while (pc < p->ncode && p->code[pc].op == OP_SAVE)
        pc++;
    p->first_inst = -1;
    if (pc < p->ncode && p->code[pc].op == OP_ASSERT &&
        (p->code[pc].arg == AT_BEG || p->code[pc].arg == AT_BEG_STR)) {
        p->anchored = 1;
        return 0;
    }
    if (pc < p->ncode && p->code[pc].op == OP_ASSERT && p->code[pc].arg == AT_BEG_LINE) {
        p->anchored = 2;
        return 0;
    }
    size_t n = 0;
    while (pc + n < p->ncode && p->code[pc + n].op == OP_CHAR)
        n++;
    if (n > 0) {
        p->prefix = mem_alloc(vm, n * sizeof(uint32_t));
        if (!p->prefix)
            return -1;
        for (size_t k = 0; k < n; k++)
            p->prefix[k] = p->code[pc + k].arg;
        p->prefix_len = n;
        return 0;
    }
    if (pc < p->ncode) {
        uint8_t op = p->code[pc].op;
        if (op == OP_CHAR_I || op == OP_CLASS)
            p->first_inst = (int)pc;
        else if (op == OP_STAR && p->code[pc].min > 0)
            p->first_inst = (int)pc + 1;
    }
    if (p->first_inst < 0)
        p->has_first_set = compute_first_set(vm, p);
    return 0;
}

/* ================================================================ subjects */

typedef struct {
    const uint8_t *b;     /* byte subject (ASCII str, bytes), or NULL */
    uint32_t *w;          /* decoded code points, or NULL */
    size_t len;           /* full length in code points */
    size_t w_cap;
    int is_bytes;
    int is_ascii_str;
    struct SubjectCache *borrowed_from;   /* w belongs to the run's subject cache */
    uint8_t *owned_b;     /* private copy of a bytearray (Python code may resize it mid-scan) */
} Subject;

#define SUBJ_CH(s, i) ((s)->w ? (s)->w[i] : (uint32_t)(s)->b[i])

static int decode_str(Vm *vm, Value string, uint32_t **out, size_t *len, size_t *cap)
{
    StrObj *so = AS_STR(string);
    uint32_t *w = mem_alloc(vm, (so->nchars + 1) * sizeof(uint32_t));
    if (!w)
        return -1;
    size_t i = 0, k = 0;
    while (i < so->len) {
        uint32_t cp;
        i += (size_t)utf8_decode(so->data + i, &cp);
        w[k++] = cp;
    }
    *out = w;
    *len = k;
    *cap = so->nchars + 1;
    return 0;
}

static int subject_init(Vm *vm, Subject *sj, Value string, int prog_is_bytes);

/* The last non-ASCII str subject decoded to code points, one per run (in
 * the _re module's dict): repeated match(s, pos) calls on one long string
 * decode it once. */
typedef struct SubjectCache {
    Obj hdr;
    Value string;
    uint32_t *w;
    size_t len, cap;
    int users;          /* Subjects borrowing w: it is not replaced while > 0 */
} SubjectCache;

static void cache_trace(Vm *vm, Obj *o)
{
    SubjectCache *c = (SubjectCache *)o;
    if (c->string)
        gc_mark(vm, c->string);
}

static void cache_finalize(Vm *vm, Obj *o)
{
    SubjectCache *c = (SubjectCache *)o;
    if (c->w)
        mem_free(vm, c->w, c->cap * sizeof(uint32_t));
    c->w = NULL;
}

static const TypeObj t_re_subject_cache = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "SubjectCache", .base = &t_object,
    .layout = K_OTHER, .basicsize = sizeof(SubjectCache), .module = "_re",
    .trace = cache_trace, .finalize = cache_finalize,
};

static SubjectCache *subject_cache(Vm *vm)
{
    Value m = dict_get_cstr(vm, vm->modules, "_re");
    Value c = m && IS_TYPE(m, &t_module) ? dict_get_cstr(vm, module_dict(m), "_subject_cache") : VAL_NULL;
    return c && IS_TYPE(c, &t_re_subject_cache) ? (SubjectCache *)AS_OBJ(c) : NULL;
}

/* subject_init that shares the run's decoded-string cache. */
static int subject_init_cached(Vm *vm, Subject *sj, Value string, ProgObj *p)
{
    SubjectCache *c;
    if (!IS_STR_LAYOUT(string) || AS_STR(string)->ascii || p->is_bytes || !(c = subject_cache(vm)))
        return subject_init(vm, sj, string, p->is_bytes);
    memset(sj, 0, sizeof *sj);
    if (c->string != string || !c->w) {
        if (c->users > 0)
            return subject_init(vm, sj, string, p->is_bytes);
        if (c->w)
            mem_free(vm, c->w, c->cap * sizeof(uint32_t));
        c->w = NULL;
        c->string = VAL_NULL;
        if (decode_str(vm, string, &c->w, &c->len, &c->cap) < 0)
            return -1;
        c->string = string;
    }
    sj->w = c->w;
    sj->len = c->len;
    sj->borrowed_from = c;
    c->users++;
    return 0;
}

/* Fills a Subject for a str/bytes/bytearray value.  Type errors as CPython. */
static int subject_init(Vm *vm, Subject *sj, Value string, int prog_is_bytes)
{
    memset(sj, 0, sizeof *sj);
    if (IS_STR_LAYOUT(string)) {
        if (prog_is_bytes) {
            vm_raise(vm, &t_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        StrObj *so = AS_STR(string);
        if (so->ascii) {
            sj->b = (const uint8_t *)so->data;
            sj->len = so->len;
            sj->is_ascii_str = 1;
            return 0;
        }
        return decode_str(vm, string, &sj->w, &sj->len, &sj->w_cap);
    }
    const uint8_t *data = NULL;
    size_t len = 0;
    if (IS_BYTES_LAYOUT(string)) {
        data = AS_BYTES(string)->data;
        len = AS_BYTES(string)->len;
    } else if (IS_OBJ(string) && AS_OBJ(string)->type->layout == K_BYTEARRAY) {
        if (!prog_is_bytes) {
            vm_raise(vm, &t_TypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        len = ((ByteArrayObj *)AS_OBJ(string))->len;
        sj->owned_b = mem_alloc(vm, len + 1);
        if (!sj->owned_b)
            return -1;
        if (len)
            memcpy(sj->owned_b, ((ByteArrayObj *)AS_OBJ(string))->data, len);
        data = sj->owned_b;
    } else {
        vm_raise(vm, &t_TypeError, "expected string or bytes-like object, got '%s'", type_name_of(string));
        return -1;
    }
    if (!prog_is_bytes) {
        vm_raise(vm, &t_TypeError, "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    sj->b = data ? data : (const uint8_t *)"";
    sj->len = len;
    sj->is_bytes = 1;
    return 0;
}

static void subject_free(Vm *vm, Subject *sj)
{
    if (sj->owned_b)
        mem_free(vm, sj->owned_b, sj->len + 1);
    sj->owned_b = NULL;
    if (sj->borrowed_from)
        sj->borrowed_from->users--;
    else if (sj->w)
        mem_free(vm, sj->w, sj->w_cap * sizeof(uint32_t));
    sj->w = NULL;
    sj->borrowed_from = NULL;
}

/* The substring [s, e) as a new str or bytes. */
static Value subject_slice(Vm *vm, const Subject *sj, size_t s, size_t e)
{
    if (sj->is_bytes)
        return bytes_new(vm, sj->b + s, e - s);
    if (sj->b)
        return str_new(vm, (const char *)sj->b + s, e - s);
    StrBuf sb;
    sb_init(&sb, vm);
    for (size_t i = s; i < e; i++)
        sb_append_codepoint(&sb, sj->w[i]);
    return sb_finish(&sb);
}

static int subject_append(StrBuf *sb, const Subject *sj, size_t s, size_t e)
{
    if (sj->b)
        return sb_append(sb, (const char *)sj->b + s, e - s);
    for (size_t i = s; i < e; i++)
        if (sb_append_codepoint(sb, sj->w[i]) < 0)
            return -1;
    return 0;
}

/* ================================================================ matcher */

enum { BT_ALT, BT_SLOT, BT_REG, BT_STAR, BT_LAZY, BT_LOOK };

typedef struct {
    uint32_t kind;
    uint32_t a;
    int64_t pos;
    int64_t b;
} Bt;

typedef struct {
    Vm *vm;
    const ProgObj *prog;
    const Subject *sj;
    size_t end;           /* endpos */
    int64_t *slots;       /* 2 * ngroups */
    int64_t *regs;        /* 2 * nregs: count, last start */
    int64_t lastindex;
    Bt *bt;
    size_t nbt, bt_cap;
    size_t steps;
    int fullmatch;
    int64_t must_advance_at;  /* a match may not end here if it starts here; -1 = off */
    int64_t match_start;
} Matcher;

static int bt_push(Matcher *m, uint32_t kind, uint32_t a, int64_t pos, int64_t b)
{
    if (m->nbt == m->bt_cap) {
        size_t ncap = m->bt_cap ? m->bt_cap * 2 : 64;
        Bt *nb = mem_realloc(m->vm, m->bt, m->bt_cap * sizeof(Bt), ncap * sizeof(Bt));
        if (!nb)
            return -1;
        m->bt = nb;
        m->bt_cap = ncap;
    }
    Bt *e = &m->bt[m->nbt++];
    e->kind = kind;
    e->a = a;
    e->pos = pos;
    e->b = b;
    return 0;
}

static int set_slot(Matcher *m, uint32_t slot, int64_t v)
{
    if (bt_push(m, BT_SLOT, slot, m->slots[slot], m->lastindex) < 0)
        return -1;
    m->slots[slot] = v;
    if (slot & 1)
        m->lastindex = slot >> 1;
    return 0;
}

static int set_reg(Matcher *m, uint32_t r, int64_t v)
{
    if (bt_push(m, BT_REG, r, m->regs[r], 0) < 0)
        return -1;
    m->regs[r] = v;
    return 0;
}

static bool word_at(const Matcher *m, int64_t i, bool ascii)
{
    return i >= 0 && (size_t)i < m->end && is_word_char(SUBJ_CH(m->sj, i), ascii);
}

static bool check_assert(const Matcher *m, const Inst *in, int64_t pos)
{
    size_t end = m->end;
    const Subject *sj = m->sj;
    switch (in->arg) {
    case AT_BEG: case AT_BEG_STR: return pos == 0;
    case AT_BEG_LINE: return pos == 0 || SUBJ_CH(sj, pos - 1) == '\n';
    case AT_END: return (size_t)pos == end || ((size_t)pos + 1 == end && SUBJ_CH(sj, pos) == '\n');
    case AT_END_LINE: return (size_t)pos == end || SUBJ_CH(sj, pos) == '\n';
    case AT_END_STR: return (size_t)pos == end;
    case AT_BOUND:
        if (end == 0)
            return false;
        return word_at(m, pos - 1, in->flag) != word_at(m, pos, in->flag);
    case AT_NONBOUND:
        if (end == 0)
            return false;
        return word_at(m, pos - 1, in->flag) == word_at(m, pos, in->flag);
    default: return false;
    }
}

/* Undo entries down to (not including) index 'to'. */
static void unwind_to(Matcher *m, size_t to)
{
    while (m->nbt > to) {
        Bt *e = &m->bt[--m->nbt];
        if (e->kind == BT_SLOT) {
            m->slots[e->a] = e->pos;
            m->lastindex = e->b;
        } else if (e->kind == BT_REG) {
            m->regs[e->a] = e->pos;
        }
    }
}

#define TICK_EVERY 256

/* Charges 'n' units of matching work (instructions, scanned characters). */
static int charge(Matcher *m, size_t n)
{
    m->steps += n;
    while (m->steps >= TICK_EVERY) {
        m->steps -= TICK_EVERY;
        if (vm_tick(m->vm) < 0)
            return -1;
    }
    return 0;
}

/* Runs the program anchored at 'start'.  1 = match (slots filled), 0 = no
 * match, -1 = error or limit. */
static int run_at(Matcher *m, size_t start)
{
    const ProgObj *p = m->prog;
    const Inst *code = p->code;
    const Subject *sj = m->sj;
    const size_t end = m->end;
    for (uint32_t i = 0; i < 2 * p->ngroups; i++)
        m->slots[i] = -1;
    m->lastindex = -1;
    m->nbt = 0;
    m->match_start = (int64_t)start;
    int64_t pos = (int64_t)start;
    uint32_t pc = 0;
    for (;;) {
        if (++m->steps >= TICK_EVERY) {
            m->steps = 0;
            if (vm_tick(m->vm) < 0)
                return -1;
        }
        const Inst *in = &code[pc];
        switch (in->op) {
        case OP_MATCH:
            if (m->fullmatch && (size_t)pos != end)
                goto fail;
            if (m->must_advance_at >= 0 && pos == m->must_advance_at && m->match_start == pos)
                goto fail;
            m->slots[0] = (int64_t)start;
            m->slots[1] = pos;
            return 1;
        case OP_CHAR:
            if ((size_t)pos >= end || SUBJ_CH(sj, pos) != in->arg)
                goto fail;
            pos++;
            pc++;
            continue;
        case OP_CHAR_I: case OP_ANY: case OP_ANYALL: case OP_CLASS:
            if ((size_t)pos >= end || !match_one(p, in, SUBJ_CH(sj, pos)))
                goto fail;
            pos++;
            pc++;
            continue;
        case OP_SPLIT:
            if (bt_push(m, BT_ALT, (uint32_t)in->y, pos, 0) < 0)
                return -1;
            pc = (uint32_t)in->x;
            continue;
        case OP_JMP:
            pc = (uint32_t)in->x;
            continue;
        case OP_SAVE:
            if (set_slot(m, in->arg, pos) < 0)
                return -1;
            pc++;
            continue;
        case OP_ASSERT:
            if (!check_assert(m, in, pos))
                goto fail;
            pc++;
            continue;
        case OP_BACKREF: {
            int64_t s = m->slots[2 * in->arg], e = m->slots[2 * in->arg + 1];
            if (s < 0 || e < 0)
                goto fail;
            int64_t len = e - s;
            if ((size_t)(pos + len) > end)
                goto fail;
            if (charge(m, (size_t)len) < 0)
                return -1;
            for (int64_t k = 0; k < len; k++) {
                uint32_t a = SUBJ_CH(sj, s + k), b = SUBJ_CH(sj, pos + k);
                if (a != b && !(in->kind && chars_equal_icase(a, b, in->flag)))
                    goto fail;
            }
            pos += len;
            pc++;
            continue;
        }
        case OP_LOOK_BEGIN:
            if (in->kind == LOOK_BEHIND && pos < (int64_t)in->arg) {
                if (in->flag) {
                    pc = (uint32_t)in->x;
                    continue;
                }
                goto fail;
            }
            if (bt_push(m, BT_LOOK, pc, pos, 0) < 0)
                return -1;
            if (in->kind == LOOK_BEHIND)
                pos -= in->arg;
            pc++;
            continue;
        case OP_LOOK_END: {
            size_t k = m->nbt;
            while (k > 0 && m->bt[k - 1].kind != BT_LOOK)
                k--;
            /* k - 1 is the innermost open look-around's marker */
            size_t mk = k - 1;
            if (charge(m, m->nbt - mk) < 0)
                return -1;
            const Inst *begin = &code[m->bt[mk].a];
            int64_t orig = m->bt[mk].pos;
            if (begin->flag) {
                /* negative look-around whose body matched: the assertion fails */
                unwind_to(m, mk);
                goto fail;
            }
            /* cut: drop the alternatives inside, keep the undo records */
            size_t w = mk;
            for (size_t r = mk + 1; r < m->nbt; r++)
                if (m->bt[r].kind == BT_SLOT || m->bt[r].kind == BT_REG)
                    m->bt[w++] = m->bt[r];
            m->nbt = w;
            if (begin->kind != LOOK_ATOMIC)
                pos = orig;
            pc++;
            continue;
        }
        case OP_REP_INIT:
            if (set_reg(m, 2 * in->arg, 0) < 0 || set_reg(m, 2 * in->arg + 1, -1) < 0)
                return -1;
            pc++;
            continue;
        case OP_REP_LOOP: {
            int64_t count = m->regs[2 * in->arg];
            if ((uint64_t)count < in->min) {
                pc++;
                continue;
            }
            bool can_loop = (in->max == RE_INF || (uint64_t)count < in->max) &&
                            m->regs[2 * in->arg + 1] != pos;
            if (!can_loop) {
                pc = (uint32_t)in->x;
                continue;
            }
            if (in->flag) {
                if (bt_push(m, BT_ALT, (uint32_t)in->x, pos, 0) < 0)
                    return -1;
                pc++;
            } else {
                if (bt_push(m, BT_ALT, pc + 1, pos, 0) < 0)
                    return -1;
                pc = (uint32_t)in->x;
            }
            continue;
        }
        case OP_REP_INC: {
            /* like sre, only optional iterations remember where they began
             * (the zero-width protection of REP_LOOP) */
            int64_t count = m->regs[2 * in->arg];
            if (set_reg(m, 2 * in->arg, count + 1) < 0)
                return -1;
            if ((uint64_t)count >= code[pc - 1].min && set_reg(m, 2 * in->arg + 1, pos) < 0)
                return -1;
            pc++;
            continue;
        }
        case OP_STAR: {
            const Inst *item = in + 1;
            int64_t limit = in->max == RE_INF ? (int64_t)end : pos + (int64_t)in->max;
            if (limit > (int64_t)end)
                limit = (int64_t)end;
            int64_t minpos = pos + (int64_t)in->min;
            if (minpos > (int64_t)end)
                goto fail;
            if (in->flag) {
                int64_t q = pos;
                if (item->op == OP_ANYALL) {
                    q = limit;
                } else if (item->op == OP_ANY && sj->b) {
                    const uint8_t *nl = memchr(sj->b + q, '\n', (size_t)(limit - q));
                    q = nl ? (int64_t)(nl - sj->b) : limit;
                } else if (item->op == OP_CLASS) {
                    const CharClass *cc = &p->classes[item->arg];
                    if (sj->b) {
                        while (q < limit) {
                            uint32_t c = sj->b[q];
                            if (!((cc->bitmap[c >> 5] >> (c & 31)) & 1))
                                break;
                            q++;
                        }
                    } else {
                        while (q < limit && class_test(p, cc, sj->w[q]))
                            q++;
                    }
                } else {
                    while (q < limit && match_one(p, item, SUBJ_CH(sj, q)))
                        q++;
                }
                if (charge(m, (size_t)(q - pos)) < 0)
                    return -1;
                if (q < minpos)
                    goto fail;
                if (q > minpos && bt_push(m, BT_STAR, pc, q, minpos) < 0)
                    return -1;
                pos = q;
            } else {
                if (charge(m, in->min) < 0)
                    return -1;
                for (int64_t q = pos; q < minpos; q++)
                    if (!match_one(p, item, SUBJ_CH(sj, q)))
                        goto fail;
                pos = minpos;
                if (pos < limit && bt_push(m, BT_LAZY, pc, pos, limit) < 0)
                    return -1;
            }
            pc += 2;
            continue;
        }
        case OP_GROUP_EXISTS:
            if (in->arg < p->ngroups && m->slots[2 * in->arg] >= 0 && m->slots[2 * in->arg + 1] >= 0)
                pc++;
            else
                pc = (uint32_t)in->x;
            continue;
        case OP_FAIL:
        default:
            goto fail;
        }
    fail:
        for (;;) {
            if (m->nbt == 0)
                return 0;
            Bt *e = &m->bt[m->nbt - 1];
            switch (e->kind) {
            case BT_SLOT:
                m->slots[e->a] = e->pos;
                m->lastindex = e->b;
                m->nbt--;
                continue;
            case BT_REG:
                m->regs[e->a] = e->pos;
                m->nbt--;
                continue;
            case BT_ALT:
                pc = e->a;
                pos = e->pos;
                m->nbt--;
                break;
            case BT_STAR: {
                /* give back one character; if the continuation starts with a
                 * literal, skip straight to where it could match */
                const Inst *next = &code[e->a + 2];
                int64_t q = e->pos - 1;
                if (next->op == OP_CHAR) {
                    while (q >= e->b && ((size_t)q >= end || SUBJ_CH(sj, q) != next->arg))
                        q--;
                    if (charge(m, (size_t)(e->pos - q)) < 0)
                        return -1;
                    if (q < e->b) {
                        m->nbt--;
                        continue;
                    }
                }
                if (q <= e->b)
                    m->nbt--;
                else
                    e->pos = q;
                pc = e->a + 2;
                pos = q;
                break;
            }
            case BT_LAZY: {
                const Inst *item = &code[e->a + 1];
                int64_t q = e->pos;
                if (q >= e->b || !match_one(p, item, SUBJ_CH(sj, q))) {
                    m->nbt--;
                    continue;
                }
                q++;
                if (q >= e->b)
                    m->nbt--;
                else
                    e->pos = q;
                pc = e->a + 2;
                pos = q;
                break;
            }
            case BT_LOOK: {
                const Inst *begin = &code[e->a];
                int64_t orig = e->pos;
                m->nbt--;
                if (begin->flag) {
                    /* the negative look-around's body failed: it succeeds */
                    pc = (uint32_t)begin->x;
                    pos = orig;
                    break;
                }
                continue;
            }
            default:
                m->nbt--;
                continue;
            }
            if (++m->steps >= TICK_EVERY) {
                m->steps = 0;
                if (vm_tick(m->vm) < 0)
                    return -1;
            }
            break;
        }
    }
}

static int matcher_init(Vm *vm, Matcher *m, const ProgObj *p, const Subject *sj, size_t endpos)
{
    memset(m, 0, sizeof *m);
    m->vm = vm;
    m->prog = p;
    m->sj = sj;
    m->end = endpos;
    m->must_advance_at = -1;
    size_t nslots = 2 * (size_t)p->ngroups + 2 * (size_t)p->nregs;
    m->slots = mem_alloc(vm, (nslots + 1) * sizeof(int64_t));
    if (!m->slots)
        return -1;
    m->regs = m->slots + 2 * p->ngroups;
    return 0;
}

static void matcher_free(Matcher *m)
{
    size_t nslots = 2 * (size_t)m->prog->ngroups + 2 * (size_t)m->prog->nregs;
    if (m->slots)
        mem_free(m->vm, m->slots, (nslots + 1) * sizeof(int64_t));
    if (m->bt)
        mem_free(m->vm, m->bt, m->bt_cap * sizeof(Bt));
    m->slots = NULL;
    m->bt = NULL;
}

/* Search from 'start' (anchored if 'anchored').  1/0/-1 as run_at. */
static int do_search(Matcher *m, size_t start, bool anchored)
{
    const ProgObj *p = m->prog;
    const Subject *sj = m->sj;
    size_t end = m->end;
    if (start > end)
        return 0;
    if (anchored)
        return run_at(m, start);
    if (p->anchored == 1) {
        /* ^ and \A only match at the real beginning */
        if (start != 0)
            return 0;
        return run_at(m, 0);
    }
    if (p->anchored == 2) {
        /* multiline ^: only line starts are candidates */
        size_t q = start;
        for (;;) {
            size_t from = q;
            if (q != 0 && SUBJ_CH(sj, q - 1) != '\n') {
                if (sj->b) {
                    const uint8_t *nl = q < end ? memchr(sj->b + q, '\n', end - q) : NULL;
                    if (!nl)
                        return 0;
                    q = (size_t)(nl - sj->b) + 1;
                } else {
                    while (q < end && sj->w[q] != '\n')
                        q++;
                    if (q >= end)
                        return 0;
                    q++;
                }
            }
            if (charge(m, q - from + 1) < 0)
                return -1;
            int r = run_at(m, q);
            if (r != 0 || q >= end)
                return r;
            q++;
        }
    }
    size_t pos = start;
    for (;;) {
        if (pos > end)
            return 0;
        size_t scan_from = pos;
        if (p->prefix_len) {
            size_t plen = p->prefix_len;
            if (end - pos < plen)
                return 0;
            if (sj->b) {
                uint32_t c0 = p->prefix[0];
                if (c0 > 255)
                    return 0;
                size_t last = end - plen;
                const uint8_t *hit = NULL;
                for (;;) {
                    hit = memchr(sj->b + pos, (int)c0, last - pos + 1);
                    if (!hit)
                        return 0;
                    pos = (size_t)(hit - sj->b);
                    size_t k = 1;
                    while (k < plen && sj->b[pos + k] == p->prefix[k])
                        k++;
                    if (k == plen)
                        break;
                    pos++;
                    if (pos > last)
                        return 0;
                }
            } else {
                size_t last = end - plen;
                for (;; pos++) {
                    if (pos > last)
                        return 0;
                    size_t k = 0;
                    while (k < plen && sj->w[pos + k] == p->prefix[k])
                        k++;
                    if (k == plen)
                        break;
                }
            }
        } else if (p->first_inst >= 0) {
            const Inst *in = &p->code[p->first_inst];
            while (pos < end && !match_one(p, in, SUBJ_CH(sj, pos)))
                pos++;
            if (pos >= end)
                return 0;
        } else if (p->has_first_set) {
            if (sj->b) {
                while (pos < end && !((p->first_set[sj->b[pos] >> 5] >> (sj->b[pos] & 31)) & 1))
                    pos++;
            } else {
                while (pos < end) {
                    uint32_t c = sj->w[pos];
                    if (c < 256 ? ((p->first_set[c >> 5] >> (c & 31)) & 1) != 0 : p->first_high != 0)
                        break;
                    pos++;
                }
            }
            if (pos >= end)
                return 0;
        }
        if (charge(m, pos - scan_from + 1) < 0)
            return -1;
        int r = run_at(m, pos);
        if (r != 0)
            return r;
        pos++;
    }
}

/* ================================================================ Match */

typedef struct {
    Obj hdr;
    Value pattern;        /* the re.Pattern object (Python) */
    Value string;
    Value groupindex;     /* dict name -> int */
    int64_t pos, endpos, lastindex;
    uint32_t ngroups;     /* including group 0 */
    int64_t spans[];      /* start, end per group; -1 when unmatched */
} MatchObj;

static void match_trace(Vm *vm, Obj *o)
{
    MatchObj *m = (MatchObj *)o;
    gc_mark(vm, m->pattern);
    gc_mark(vm, m->string);
    gc_mark(vm, m->groupindex);
}

extern const TypeObj t_re_match;

static Value match_new(Vm *vm, const Matcher *mt, Value pattern, Value string, size_t pos, size_t endpos)
{
    uint32_t ng = mt->prog->ngroups;
    MatchObj *m = (MatchObj *)obj_alloc(vm, &t_re_match, sizeof(MatchObj) + 2 * (size_t)ng * sizeof(int64_t));
    if (!m)
        return VAL_NULL;
    m->pattern = pattern;
    m->string = string;
    m->groupindex = mt->prog->groupindex;
    m->pos = (int64_t)pos;
    m->endpos = (int64_t)endpos;
    m->lastindex = mt->lastindex;
    m->ngroups = ng;
    for (uint32_t g = 0; g < ng; g++) {
        int64_t a = mt->slots[2 * g], b = mt->slots[2 * g + 1];
        if (a < 0 || b < 0)
            a = b = -1;
        m->spans[2 * g] = a;
        m->spans[2 * g + 1] = b;
    }
    return OBJ_VAL(m);
}

static Value match_slice(Vm *vm, MatchObj *m, int64_t s, int64_t e)
{
    Value str = m->string;
    if (IS_STR_LAYOUT(str)) {
        size_t a = str_byte_offset(str, (size_t)s), b = str_byte_offset(str, (size_t)e);
        return str_new(vm, STR_DATA(str) + a, b - a);
    }
    if (IS_BYTES_LAYOUT(str))
        return bytes_new(vm, AS_BYTES(str)->data + s, (size_t)(e - s));
    if (IS_OBJ(str) && AS_OBJ(str)->type->layout == K_BYTEARRAY) {
        ByteArrayObj *ba = (ByteArrayObj *)AS_OBJ(str);
        /* the bytearray may have shrunk since the match */
        size_t len = ba->len;
        size_t a = (size_t)s < len ? (size_t)s : len, b = (size_t)e < len ? (size_t)e : len;
        return bytes_new(vm, ba->data + a, b - a);
    }
    Value sl = slice_new(vm, MAKE_SMALLINT(s), MAKE_SMALLINT(e), VAL_NONE);
    return sl ? obj_getitem(vm, str, sl) : VAL_NULL;
}

static Value match_group_value(Vm *vm, MatchObj *m, int64_t g, Value dflt)
{
    int64_t s = m->spans[2 * g], e = m->spans[2 * g + 1];
    if (s < 0)
        return dflt;
    return match_slice(vm, m, s, e);
}

/* Group number for an index or name; IndexError "no such group". */
static int64_t match_index(Vm *vm, MatchObj *m, Value key)
{
    int64_t g = -1;
    if (IS_STR_LAYOUT(key) || IS_BYTES_LAYOUT(key)) {
        Value v = dict_get(vm, m->groupindex, key);
        if (v && IS_SMALLINT(v))
            g = SMALLINT_VALUE(v);
        else if (vm_exc_pending(vm))
            vm_exc_clear(vm);
    } else if (is_intlike(key)) {
        if (!int_to_i64(key, &g))
            g = -1;
    } else if (!IS_FLOAT(key) && key != VAL_NONE) {
        if (obj_index(vm, key, &g) < 0) {
            vm_exc_clear(vm);
            g = -1;
        }
    }
    if (g < 0 || g >= (int64_t)m->ngroups) {
        vm_raise(vm, &t_IndexError, "no such group");
        return -1;
    }
    return g;
}

static MatchObj *self_match(Value *args) { return (MatchObj *)AS_OBJ(args[0]); }

static Value match_group(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames)) {
        vm_raise(vm, &t_TypeError, "group() takes no keyword arguments");
        return VAL_NULL;
    }
    MatchObj *m = self_match(args);
    if (nargs <= 1)
        return match_group_value(vm, m, 0, VAL_NONE);
    if (nargs == 2) {
        int64_t g = match_index(vm, m, args[1]);
        return g < 0 ? VAL_NULL : match_group_value(vm, m, g, VAL_NONE);
    }
    Value t = tuple_new(vm, (size_t)nargs - 1);
    if (!t)
        return VAL_NULL;
    for (int i = 1; i < nargs; i++) {
        int64_t g = match_index(vm, m, args[i]);
        if (g < 0)
            return VAL_NULL;
        Value v = match_group_value(vm, m, g, VAL_NONE);
        if (!v)
            return VAL_NULL;
        TUPLE_ITEMS(t)[i - 1] = v;
    }
    return t;
}

static Value match_getitem(Vm *vm, Value self, Value key)
{
    MatchObj *m = (MatchObj *)AS_OBJ(self);
    int64_t g = match_index(vm, m, key);
    return g < 0 ? VAL_NULL : match_group_value(vm, m, g, VAL_NONE);
}

static Value match_groups(Vm *vm, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"self", "default", NULL};
    Value a[2];
    if (arg_parse(vm, "groups", args, nargs, kwnames, names, 1, 1, a) < 0)
        return VAL_NULL;
    MatchObj *m = self_match(args);
    Value dflt = a[1] ? a[1] : VAL_NONE;
    Value t = tuple_new(vm, m->ngroups - 1);
    if (!t)
        return VAL_NULL;
    for (uint32_t g = 1; g < m->ngroups; g++) {
        Value v = match_group_value(vm, m, g, dflt);
        if (!v)
            return VAL_NULL;
        TUPLE_ITEMS(t)[g - 1] = v;
    }
    return t;
}

static Value match_groupdict(Vm *vm, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"self", "default", NULL};
    Value a[2];
    if (arg_parse(vm, "groupdict", args, nargs, kwnames, names, 1, 1, a) < 0)
        return VAL_NULL;
    MatchObj *m = self_match(args);
    Value dflt = a[1] ? a[1] : VAL_NONE;
    Value d = dict_new(vm);
    if (!d)
        return VAL_NULL;
    size_t it = 0;
    Value k, v;
    while (dict_next(m->groupindex, &it, &k, &v)) {
        if (!IS_SMALLINT(v) || SMALLINT_VALUE(v) < 0 || SMALLINT_VALUE(v) >= (int64_t)m->ngroups)
            continue;
        Value gv = match_group_value(vm, m, SMALLINT_VALUE(v), dflt);
        if (!gv || dict_set(vm, d, k, gv) < 0)
            return VAL_NULL;
    }
    return d;
}

static int64_t optional_group(Vm *vm, const char *fname, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, fname, nargs - 1, kwnames, 0, 1) < 0)
        return -1;
    return nargs > 1 ? match_index(vm, self_match(args), args[1]) : 0;
}

static Value match_start(Vm *vm, Value *args, int nargs, Value kwnames)
{
    int64_t g = optional_group(vm, "start", args, nargs, kwnames);
    return g < 0 ? VAL_NULL : MAKE_SMALLINT(self_match(args)->spans[2 * g]);
}

static Value match_end(Vm *vm, Value *args, int nargs, Value kwnames)
{
    int64_t g = optional_group(vm, "end", args, nargs, kwnames);
    return g < 0 ? VAL_NULL : MAKE_SMALLINT(self_match(args)->spans[2 * g + 1]);
}

static Value match_span(Vm *vm, Value *args, int nargs, Value kwnames)
{
    int64_t g = optional_group(vm, "span", args, nargs, kwnames);
    if (g < 0)
        return VAL_NULL;
    MatchObj *m = self_match(args);
    return tuple_pack2(vm, MAKE_SMALLINT(m->spans[2 * g]), MAKE_SMALLINT(m->spans[2 * g + 1]));
}

/* expand() reuses re.py's template parser: re._expand(pattern, match, template). */
static Value match_expand(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "expand", nargs - 1, kwnames, 1, 1) < 0)
        return VAL_NULL;
    Value mod = dict_get_cstr(vm, vm->modules, "re");
    Value fn = mod && IS_TYPE(mod, &t_module) ? dict_get_cstr(vm, module_dict(mod), "_expand") : VAL_NULL;
    if (!fn) {
        vm_raise(vm, &t_RuntimeError, "re module is not loaded");
        return VAL_NULL;
    }
    Value a[3] = {self_match(args)->pattern, args[0], args[1]};
    return vm_call(vm, fn, a, 3, VAL_NULL);
}

static Value match_self(Vm *vm, Value *args, int nargs, Value kwnames) { return args[0]; }

static Value match_get_lastindex(Vm *vm, Value *args, int nargs, Value kwnames)
{
    MatchObj *m = self_match(args);
    return m->lastindex > 0 ? MAKE_SMALLINT(m->lastindex) : VAL_NONE;
}

static Value match_get_lastgroup(Vm *vm, Value *args, int nargs, Value kwnames)
{
    MatchObj *m = self_match(args);
    if (m->lastindex <= 0)
        return VAL_NONE;
    size_t it = 0;
    Value k, v;
    while (dict_next(m->groupindex, &it, &k, &v))
        if (IS_SMALLINT(v) && SMALLINT_VALUE(v) == m->lastindex)
            return k;
    return VAL_NONE;
}

static Value match_get_pos(Vm *vm, Value *args, int nargs, Value kwnames) { return MAKE_SMALLINT(self_match(args)->pos); }
static Value match_get_endpos(Vm *vm, Value *args, int nargs, Value kwnames) { return MAKE_SMALLINT(self_match(args)->endpos); }
static Value match_get_re(Vm *vm, Value *args, int nargs, Value kwnames) { return self_match(args)->pattern; }
static Value match_get_string(Vm *vm, Value *args, int nargs, Value kwnames) { return self_match(args)->string; }

static Value match_get_regs(Vm *vm, Value *args, int nargs, Value kwnames)
{
    MatchObj *m = self_match(args);
    Value t = tuple_new(vm, m->ngroups);
    if (!t)
        return VAL_NULL;
    for (uint32_t g = 0; g < m->ngroups; g++) {
        Value p = tuple_pack2(vm, MAKE_SMALLINT(m->spans[2 * g]), MAKE_SMALLINT(m->spans[2 * g + 1]));
        if (!p)
            return VAL_NULL;
        TUPLE_ITEMS(t)[g] = p;
    }
    return t;
}

static Value match_repr(Vm *vm, Value self)
{
    MatchObj *m = (MatchObj *)AS_OBJ(self);
    Value g0 = match_group_value(vm, m, 0, VAL_NONE);
    if (!g0)
        return VAL_NULL;
    Value r = obj_repr(vm, g0);
    if (!r)
        return VAL_NULL;
    char head[96];
    snprintf(head, sizeof head, "<re.Match object; span=(%lld, %lld), match=", (long long)m->spans[0],
             (long long)m->spans[1]);
    StrBuf sb;
    sb_init(&sb, vm);
    sb_append_cstr(&sb, head);
    sb_append_value_str(&sb, r);
    sb_append_cstr(&sb, ">");
    return sb_finish(&sb);
}

static const BuiltinFunc match_methods[] = {
    BUILTIN_METHOD("group", match_group),
    BUILTIN_METHOD("groups", match_groups),
    BUILTIN_METHOD("groupdict", match_groupdict),
    BUILTIN_METHOD("start", match_start),
    BUILTIN_METHOD("end", match_end),
    BUILTIN_METHOD("span", match_span),
    BUILTIN_METHOD("expand", match_expand),
    BUILTIN_METHOD("__copy__", match_self),
    BUILTIN_METHOD("__deepcopy__", match_self),
    BUILTIN_GETTER("lastindex", match_get_lastindex),
    BUILTIN_GETTER("lastgroup", match_get_lastgroup),
    BUILTIN_GETTER("pos", match_get_pos),
    BUILTIN_GETTER("endpos", match_get_endpos),
    BUILTIN_GETTER("re", match_get_re),
    BUILTIN_GETTER("string", match_get_string),
    BUILTIN_GETTER("regs", match_get_regs),
};

static Value match_type_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    return vm_raise(vm, &t_TypeError, "cannot create 're.Match' instances");
}

const TypeObj t_re_match = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "Match", .base = &t_object,
    .layout = K_OTHER, .basicsize = sizeof(MatchObj), .module = "re",
    .new_ = match_type_new,
    .methods = match_methods, .nmethods = sizeof match_methods / sizeof match_methods[0],
    .repr = match_repr, .getitem = match_getitem, .trace = match_trace,
};

/* ================================================================ natives */

static ProgObj *as_prog(Vm *vm, Value v)
{
    if (!IS_TYPE(v, &t_re_program)) {
        vm_raise(vm, &t_TypeError, "expected a compiled pattern");
        return NULL;
    }
    return (ProgObj *)AS_OBJ(v);
}

static void clamp_range(Value posv, Value endv, size_t len, size_t *pos, size_t *endpos)
{
    int64_t p = posv && IS_SMALLINT(posv) ? SMALLINT_VALUE(posv) : 0;
    int64_t e = endv && IS_SMALLINT(endv) ? SMALLINT_VALUE(endv) : (int64_t)len;
    if (p < 0)
        p = 0;
    if ((size_t)p > len)
        p = (int64_t)len;
    if (e < 0)
        e = 0;
    if ((size_t)e > len)
        e = (int64_t)len;
    *pos = (size_t)p;
    *endpos = (size_t)e;
}

static Value re_compile(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "compile", nargs, kwnames, 3, 3) < 0)
        return VAL_NULL;
    Value pattern = args[0];
    int64_t flags = 0;
    if (!int_to_i64(args[1], &flags)) {
        vm_raise(vm, &t_TypeError, "flags must be an int");
        return VAL_NULL;
    }
    Parser ps;
    memset(&ps, 0, sizeof ps);
    ps.vm = vm;
    ps.error_class = args[2];
    ps.pattern = pattern;
    ps.flags = (int)flags;
    uint32_t *cps = NULL;
    size_t ncps = 0;
    if (IS_STR_LAYOUT(pattern)) {
        StrObj *so = AS_STR(pattern);
        cps = mem_alloc(vm, (so->nchars + 1) * sizeof(uint32_t));
        if (!cps)
            return VAL_NULL;
        size_t i = 0;
        while (i < so->len) {
            uint32_t cp;
            i += (size_t)utf8_decode(so->data + i, &cp);
            cps[ncps++] = cp;
        }
    } else if (IS_BYTES_LAYOUT(pattern)) {
        ps.is_bytes = 1;
        BytesObj *bo = AS_BYTES(pattern);
        cps = mem_alloc(vm, (bo->len + 1) * sizeof(uint32_t));
        if (!cps)
            return VAL_NULL;
        for (size_t i = 0; i < bo->len; i++)
            cps[ncps++] = bo->data[i];
    } else {
        vm_raise(vm, &t_TypeError, "first argument must be string or compiled pattern");
        return VAL_NULL;
    }
    size_t cps_size = (ncps + 1) * sizeof(uint32_t);
    ProgObj *prog = (ProgObj *)obj_alloc(vm, &t_re_program, sizeof(ProgObj));
    Value result = VAL_NULL;
    if (!prog)
        goto done;
    prog->pattern = pattern;
    prog->is_bytes = ps.is_bytes;
    prog->groupindex = dict_new(vm);
    if (!prog->groupindex)
        goto done;
    ps.prog = prog;
    ps.s = cps;
    ps.n = ncps;
    ps.ngroups = 1;
    ps.lookbehind_groups = -1;
    /* type flags are checked before parsing, as CPython's compile does */
    if (!ps.is_bytes) {
        if (flags & FLAG_LOCALE) {
            vm_raise(vm, &t_ValueError, "cannot use LOCALE flag with a str pattern");
            goto done;
        }
        if ((flags & FLAG_ASCII) && (flags & FLAG_UNICODE)) {
            vm_raise(vm, &t_ValueError, "ASCII and UNICODE flags are incompatible");
            goto done;
        }
    } else {
        if (flags & FLAG_UNICODE) {
            vm_raise(vm, &t_ValueError, "cannot use UNICODE flag with a bytes pattern");
            goto done;
        }
        if ((flags & FLAG_LOCALE) && (flags & FLAG_ASCII)) {
            vm_raise(vm, &t_ValueError, "ASCII and LOCALE flags are incompatible");
            goto done;
        }
    }
    tok_advance(&ps);
    if (check_pending(&ps) < 0)
        goto done;
    int root = parse_alternation(&ps, (flags & FLAG_VERBOSE) != 0, false);
    if (root < 0)
        goto done;
    /* fix_flags after parsing: inline (?a) etc. */
    if (!ps.is_bytes) {
        if (!(ps.flags & FLAG_ASCII))
            ps.flags |= FLAG_UNICODE;
        else if (ps.flags & FLAG_UNICODE) {
            vm_raise(vm, &t_ValueError, "ASCII and UNICODE flags are incompatible");
            goto done;
        }
    }
    if (ps.has_tok) {
        raise_re_error(&ps, "unbalanced parenthesis", (long)tok_tell(&ps));
        goto done;
    }
    if (ps.max_cond_ref && ps.max_cond_ref >= ps.ngroups) {
        char msg[80];
        snprintf(msg, sizeof msg, "invalid group reference %u", ps.max_cond_ref);
        raise_re_error(&ps, msg, (long)ps.max_cond_ref_pos);
        goto done;
    }
    ps.root = root;
    prog->ngroups = ps.ngroups;
    prog->flags = ps.flags;
    Compiler cm = {&ps, prog};
    if (compile_node(&cm, root) < 0)
        goto done;
    if (emit(&cm, OP_MATCH) < 0)
        goto done;
    if (compute_hints(vm, prog) < 0)
        goto done;
    result = OBJ_VAL(prog);
done:
    mem_free(vm, cps, cps_size);
    if (ps.nodes)
        mem_free(vm, ps.nodes, ps.nodes_cap * sizeof(ReNode));
    if (ps.open_groups)
        mem_free(vm, ps.open_groups, ps.open_cap);
    return result;
}

static Value re_run(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "run", nargs, kwnames, 6, 6) < 0)
        return VAL_NULL;
    ProgObj *p = as_prog(vm, args[0]);
    if (!p)
        return VAL_NULL;
    Subject sj;
    if (subject_init_cached(vm, &sj, args[1], p) < 0)
        return VAL_NULL;
    size_t pos, endpos;
    clamp_range(args[2], args[3], sj.len, &pos, &endpos);
    int64_t mode = SMALLINT_VALUE(args[4]);
    Matcher m;
    Value result = VAL_NULL;
    if (matcher_init(vm, &m, p, &sj, endpos) < 0)
        goto out;
    m.fullmatch = mode == 2;
    int r = pos > endpos ? 0 : do_search(&m, pos, mode != 1);
    if (r < 0)
        goto out;
    result = r ? match_new(vm, &m, args[5], args[1], pos, endpos) : VAL_NONE;
out:
    matcher_free(&m);
    subject_free(vm, &sj);
    return result;
}

/* --- scanner: successive searches with CPython's empty-match rule */

typedef struct {
    Obj hdr;
    Value prog;
    Value string;
    Value pattern;
    Subject sj;
    size_t pos, endpos, start_pos;
    int64_t must_advance_at;
    int done;
} ScannerObj;

static void scanner_trace(Vm *vm, Obj *o)
{
    ScannerObj *s = (ScannerObj *)o;
    gc_mark(vm, s->prog);
    gc_mark(vm, s->string);
    gc_mark(vm, s->pattern);
}

static void scanner_finalize(Vm *vm, Obj *o)
{
    subject_free(vm, &((ScannerObj *)o)->sj);
}

/* One step of a scan over [*pos, end): 1 match (slots in m), 0 done, -1 error. */
static int scan_next(Matcher *m, size_t *pos, int64_t *must_advance_at)
{
    if (*pos > m->end)
        return 0;
    m->must_advance_at = *must_advance_at;
    int r = do_search(m, *pos, false);
    if (r <= 0)
        return r;
    size_t s = (size_t)m->slots[0], e = (size_t)m->slots[1];
    *must_advance_at = s == e ? (int64_t)e : -1;
    *pos = e;
    return 1;
}

static Value scanner_search(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "search", nargs, kwnames, 1, 1) < 0)
        return VAL_NULL;
    ScannerObj *sc = (ScannerObj *)AS_OBJ(args[0]);
    if (sc->done)
        return VAL_NONE;
    ProgObj *p = (ProgObj *)AS_OBJ(sc->prog);
    Matcher m;
    if (matcher_init(vm, &m, p, &sc->sj, sc->endpos) < 0)
        return VAL_NULL;
    size_t start_pos = sc->start_pos;
    int r = scan_next(&m, &sc->pos, &sc->must_advance_at);
    Value result = VAL_NULL;
    if (r > 0)
        result = match_new(vm, &m, sc->pattern, sc->string, start_pos, sc->endpos);
    else if (r == 0) {
        sc->done = 1;
        result = VAL_NONE;
    }
    matcher_free(&m);
    return result;
}

static Value scanner_iter(Vm *vm, Value self) { return self; }

/* finditer() iterates the scanner directly: no Python frame per match */
static Value scanner_iternext(Vm *vm, Value self)
{
    Value r = scanner_search(vm, &self, 1, VAL_NULL);
    return r == VAL_NONE ? VAL_NULL : r;
}

static const BuiltinFunc scanner_methods[] = {
    BUILTIN_METHOD("search", scanner_search),
};

static const TypeObj t_re_scanner = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj), .name = "Scanner", .base = &t_object,
    .layout = K_OTHER, .basicsize = sizeof(ScannerObj), .module = "_re",
    .methods = scanner_methods, .nmethods = sizeof scanner_methods / sizeof scanner_methods[0],
    .trace = scanner_trace, .finalize = scanner_finalize,
    .iter = scanner_iter, .iternext = scanner_iternext,
};

static Value re_scanner(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "scanner", nargs, kwnames, 5, 5) < 0)
        return VAL_NULL;
    ProgObj *p = as_prog(vm, args[0]);
    if (!p)
        return VAL_NULL;
    ScannerObj *sc = (ScannerObj *)obj_alloc(vm, &t_re_scanner, sizeof(ScannerObj));
    if (!sc)
        return VAL_NULL;
    sc->prog = args[0];
    sc->string = args[1];
    sc->pattern = args[4];
    sc->must_advance_at = -1;
    if (subject_init(vm, &sc->sj, args[1], p->is_bytes) < 0) {
        memset(&sc->sj, 0, sizeof sc->sj);
        return VAL_NULL;
    }
    clamp_range(args[2], args[3], sc->sj.len, &sc->pos, &sc->endpos);
    sc->start_pos = sc->pos;
    if (sc->pos > sc->endpos)
        sc->done = 1;
    return OBJ_VAL(sc);
}

/* Value of group g for findall: '' when unmatched. */
static Value group_value(Vm *vm, const Matcher *m, uint32_t g)
{
    int64_t s = m->slots[2 * g], e = m->slots[2 * g + 1];
    if (s < 0 || e < 0)
        s = e = 0;
    return subject_slice(vm, m->sj, (size_t)s, (size_t)e);
}

static Value re_findall(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "findall", nargs, kwnames, 4, 4) < 0)
        return VAL_NULL;
    ProgObj *p = as_prog(vm, args[0]);
    if (!p)
        return VAL_NULL;
    Subject sj;
    if (subject_init_cached(vm, &sj, args[1], p) < 0)
        return VAL_NULL;
    size_t pos, endpos;
    clamp_range(args[2], args[3], sj.len, &pos, &endpos);
    Matcher m;
    Value list = VAL_NULL, result = VAL_NULL;
    if (matcher_init(vm, &m, p, &sj, endpos) < 0)
        goto out;
    if (!(list = list_new(vm, 0)))
        goto out;
    int64_t must = -1;
    if (pos > endpos)
        pos = endpos + 1;
    for (;;) {
        int r = scan_next(&m, &pos, &must);
        if (r < 0)
            goto out;
        if (r == 0)
            break;
        Value item;
        uint32_t ng = p->ngroups - 1;
        if (ng == 0) {
            item = group_value(vm, &m, 0);
        } else if (ng == 1) {
            item = group_value(vm, &m, 1);
        } else {
            item = tuple_new(vm, ng);
            if (item)
                for (uint32_t g = 1; g <= ng; g++) {
                    Value v = group_value(vm, &m, g);
                    if (!v) {
                        item = VAL_NULL;
                        break;
                    }
                    TUPLE_ITEMS(item)[g - 1] = v;
                }
        }
        if (!item || list_append(vm, list, item) < 0)
            goto out;
    }
    result = list;
out:
    matcher_free(&m);
    subject_free(vm, &sj);
    return result;
}

static Value re_split(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "split", nargs, kwnames, 3, 3) < 0)
        return VAL_NULL;
    ProgObj *p = as_prog(vm, args[0]);
    if (!p)
        return VAL_NULL;
    int64_t maxsplit = 0;
    if (obj_index(vm, args[2], &maxsplit) < 0)
        return VAL_NULL;
    Subject sj;
    if (subject_init_cached(vm, &sj, args[1], p) < 0)
        return VAL_NULL;
    Matcher m;
    Value list = VAL_NULL, result = VAL_NULL;
    if (matcher_init(vm, &m, p, &sj, sj.len) < 0)
        goto out;
    if (!(list = list_new(vm, 0)))
        goto out;
    size_t pos = 0, last = 0;
    int64_t must = -1, n = 0;
    /* a negative maxsplit splits nothing */
    while (maxsplit == 0 || n < maxsplit) {
        int r = scan_next(&m, &pos, &must);
        if (r < 0)
            goto out;
        if (r == 0)
            break;
        size_t s = (size_t)m.slots[0], e = (size_t)m.slots[1];
        Value piece = subject_slice(vm, &sj, last, s);
        if (!piece || list_append(vm, list, piece) < 0)
            goto out;
        for (uint32_t g = 1; g < p->ngroups; g++) {
            int64_t gs = m.slots[2 * g], ge = m.slots[2 * g + 1];
            Value v = (gs < 0 || ge < 0) ? VAL_NONE : subject_slice(vm, &sj, (size_t)gs, (size_t)ge);
            if (!v || list_append(vm, list, v) < 0)
                goto out;
        }
        last = e;
        n++;
    }
    Value tail = subject_slice(vm, &sj, last, sj.len);
    if (!tail || list_append(vm, list, tail) < 0)
        goto out;
    result = list;
out:
    matcher_free(&m);
    subject_free(vm, &sj);
    return result;
}

/* sub(prog, repl, string, count, pattern): repl is a list of str/bytes
 * literals and int group numbers, or a callable given a Match. */
static Value re_sub(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "sub", nargs, kwnames, 5, 5) < 0)
        return VAL_NULL;
    ProgObj *p = as_prog(vm, args[0]);
    if (!p)
        return VAL_NULL;
    Value repl = args[1];
    int64_t count = 0;
    if (obj_index(vm, args[3], &count) < 0)
        return VAL_NULL;
    bool callable = !IS_LIST(repl);
    Subject sj;
    if (subject_init_cached(vm, &sj, args[2], p) < 0)
        return VAL_NULL;
    Matcher m;
    StrBuf sb;
    sb_init(&sb, vm);
    Value result = VAL_NULL;
    if (matcher_init(vm, &m, p, &sj, sj.len) < 0)
        goto out;
    size_t pos = 0, last = 0;
    int64_t must = -1, n = 0;
    /* CPython joins the pieces at the end: a wrong type is reported by its
     * index among them, after every replacement function call has run */
    int64_t pieces = 0, bad_index = -1;
    Value bad_piece = VAL_NULL;
    /* a negative count replaces nothing */
    while (count == 0 || n < count) {
        int r = scan_next(&m, &pos, &must);
        if (r < 0)
            goto out;
        if (r == 0)
            break;
        size_t s = (size_t)m.slots[0], e = (size_t)m.slots[1];
        if (s > last)
            pieces++;
        if (subject_append(&sb, &sj, last, s) < 0)
            goto out;
        if (callable) {
            Value match = match_new(vm, &m, args[4], args[2], 0, sj.len);
            if (!match)
                goto out;
            Value piece = vm_call(vm, repl, &match, 1, VAL_NULL);
            if (!piece)
                goto out;
            if (piece != VAL_NONE) {
                const char *data = NULL;
                size_t len = 0;
                if (p->is_bytes) {
                    if (IS_BYTES(piece)) {
                        data = (const char *)AS_BYTES(piece)->data;
                        len = AS_BYTES(piece)->len;
                    } else if (IS_OBJ(piece) && obj_isinstance_type(piece, &t_bytearray)) {
                        data = (const char *)((ByteArrayObj *)AS_OBJ(piece))->data;
                        len = ((ByteArrayObj *)AS_OBJ(piece))->len;
                    }
                } else if (IS_OBJ(piece) && obj_isinstance_type(piece, &t_str)) {
                    data = STR_DATA(piece);
                    len = STR_LEN(piece);
                }
                if (!data && bad_index < 0) {
                    bad_index = pieces;
                    bad_piece = piece;
                }
                if (data && sb_append(&sb, data, len) < 0)
                    goto out;
                pieces++;
            }
        } else {
            ListObj *items = AS_LIST(repl);
            for (size_t k = 0; k < items->len; k++) {
                Value it = items->items[k];
                if (IS_SMALLINT(it)) {
                    int64_t gi = SMALLINT_VALUE(it);
                    if (gi < 0 || gi >= (int64_t)p->ngroups) {
                        vm_raise(vm, &t_IndexError, "no such group");
                        goto out;
                    }
                    uint32_t g = (uint32_t)gi;
                    int64_t gs = m.slots[2 * g], ge = m.slots[2 * g + 1];
                    if (gs >= 0 && ge >= 0 && subject_append(&sb, &sj, (size_t)gs, (size_t)ge) < 0)
                        goto out;
                } else if (IS_STR(it)) {
                    if (sb_append(&sb, STR_DATA(it), STR_LEN(it)) < 0)
                        goto out;
                } else if (IS_BYTES(it)) {
                    if (sb_append(&sb, (const char *)AS_BYTES(it)->data, AS_BYTES(it)->len) < 0)
                        goto out;
                }
            }
        }
        last = e;
        n++;
    }
    if (subject_append(&sb, &sj, last, sj.len) < 0)
        goto out;
    if (bad_index >= 0) {
        vm_raise(vm, &t_TypeError, p->is_bytes ? "sequence item %lld: expected a bytes-like object, %s found"
                                               : "sequence item %lld: expected str instance, %s found",
                 (long long)bad_index, type_name_of(bad_piece));
        goto out;
    }
    Value text;
    if (p->is_bytes) {
        text = bytes_new(vm, (const uint8_t *)sb.data, sb.len);
        sb_free(&sb);
    } else {
        text = sb_finish(&sb);
    }
    sb.data = NULL;
    if (!text)
        goto out;
    result = tuple_pack2(vm, text, MAKE_SMALLINT(n));
out:
    if (sb.data)
        sb_free(&sb);
    matcher_free(&m);
    subject_free(vm, &sj);
    return result;
}

static const BuiltinFunc re_functions[] = {
    BUILTIN_STATIC("compile", re_compile),
    BUILTIN_STATIC("run", re_run),
    BUILTIN_STATIC("scanner", re_scanner),
    BUILTIN_STATIC("findall", re_findall),
    BUILTIN_STATIC("split", re_split),
    BUILTIN_STATIC("sub", re_sub),
};

static Value re_init(Vm *vm)
{
    Value m = module_new(vm, "_re");
    if (!m || module_add_functions(vm, m, re_functions, sizeof re_functions / sizeof re_functions[0]) < 0 ||
        module_add(vm, m, "Match", OBJ_VAL(&t_re_match)) < 0)
        return VAL_NULL;
    Obj *cache = obj_alloc(vm, &t_re_subject_cache, sizeof(SubjectCache));
    if (!cache || module_add(vm, m, "_subject_cache", OBJ_VAL(cache)) < 0)
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_re = {"_re", re_init, NULL};
