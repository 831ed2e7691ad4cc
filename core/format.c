/* Corral core: string formatting.
 *
 *  - the format-spec mini-language for int, float and str (format(),
 *    f-strings, str.format) after CPython's Python/formatter_unicode.c;
 *  - printf-style 'fmt % args' after PyUnicode_Format;
 *  - str.format() after Objects/stringlib/unicode_format.h.
 * Error texts are CPython 3.11's. */
#include "object.h"
#include "floatfmt.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>

/* ------------------------------------------------------------ spec parsing */

typedef struct FormatSpec {
    uint32_t fill;          /* code point */
    char fill_utf8[4];
    int fill_len;
    char align;             /* '<' '>' '^' '=' */
    char sign;              /* '+' '-' ' ' or 0 */
    bool no_neg_0;          /* 'z' */
    bool alternate;         /* '#' */
    int64_t width;          /* -1: not given */
    char grouping;          /* ',' or '_' or 0 */
    int group_size;         /* 3, or 4 for '_' with b/o/x/X */
    int64_t precision;      /* -1: not given */
    uint32_t type;          /* code point, 0 for none */
} FormatSpec;

typedef struct Cursor { const char *s; size_t pos, len; } Cursor;

static uint32_t cur_peek(const Cursor *c, size_t ahead, size_t *nbytes)
{
    size_t p = c->pos;
    uint32_t cp = 0;
    int l = 0;
    for (size_t i = 0; i <= ahead; i++) {
        if (p >= c->len)
            return UINT32_MAX;
        l = utf8_decode(c->s + p, &cp);
        if (i < ahead)
            p += (size_t)l;
    }
    if (nbytes)
        *nbytes = (size_t)l;
    return cp;
}

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Digits at the cursor: returns the count consumed, -1 on overflow. */
static int get_integer(Vm *vm, Cursor *c, int64_t *out)
{
    int64_t acc = 0;
    int n = 0;
    while (c->pos < c->len && c->s[c->pos] >= '0' && c->s[c->pos] <= '9') {
        int d = c->s[c->pos] - '0';
        if (acc > (INT64_MAX - d) / 10) {
            vm_raise(vm, &t_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        c->pos++;
        n++;
    }
    *out = acc;
    return n;
}

static void set_fill(FormatSpec *f, uint32_t cp)
{
    f->fill = cp;
    f->fill_len = utf8_encode(cp, f->fill_utf8);
}

static Value raise_unknown_code(Vm *vm, uint32_t type, const char *tname)
{
    if (type > 32 && type < 128)
        return vm_raise(vm, &t_ValueError, "Unknown format code '%c' for object of type '%s'", (int)type, tname);
    char hex[16];
    snprintf(hex, sizeof hex, "%x", (unsigned)type);
    return vm_raise(vm, &t_ValueError, "Unknown format code '\\x%s' for object of type '%s'", hex, tname);
}

static int parse_spec(Vm *vm, Value spec, uint32_t default_type, char default_align,
                      const char *tname, FormatSpec *f)
{
    Cursor c = {STR_DATA(spec), 0, STR_LEN(spec)};
    bool fill_given = false, align_given = false;
    size_t nb, nb2;
    set_fill(f, ' ');
    f->align = default_align;
    f->sign = 0;
    f->no_neg_0 = false;
    f->alternate = false;
    f->width = -1;
    f->grouping = 0;
    f->group_size = 3;
    f->precision = -1;
    f->type = default_type;

    uint32_t c0 = cur_peek(&c, 0, &nb);
    uint32_t c1 = cur_peek(&c, 1, &nb2);
    if (c1 != UINT32_MAX && is_align(c1)) {
        set_fill(f, c0);
        f->align = (char)c1;
        fill_given = align_given = true;
        c.pos += nb + nb2;
    } else if (c0 != UINT32_MAX && is_align(c0)) {
        f->align = (char)c0;
        align_given = true;
        c.pos += nb;
    }
    if (c.pos < c.len && (c.s[c.pos] == '+' || c.s[c.pos] == '-' || c.s[c.pos] == ' '))
        f->sign = c.s[c.pos++];
    if (c.pos < c.len && c.s[c.pos] == 'z') {
        f->no_neg_0 = true;
        c.pos++;
    }
    if (c.pos < c.len && c.s[c.pos] == '#') {
        f->alternate = true;
        c.pos++;
    }
    if (!fill_given && c.pos < c.len && c.s[c.pos] == '0') {
        set_fill(f, '0');
        if (!align_given && default_align == '>')
            f->align = '=';
        c.pos++;
    }
    int n = get_integer(vm, &c, &f->width);
    if (n < 0)
        return -1;
    if (n == 0)
        f->width = -1;
    if (c.pos < c.len && c.s[c.pos] == ',') {
        f->grouping = ',';
        c.pos++;
    }
    if (c.pos < c.len && c.s[c.pos] == '_') {
        if (f->grouping) {
            vm_raise(vm, &t_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->grouping = '_';
        c.pos++;
    }
    if (c.pos < c.len && c.s[c.pos] == ',' && f->grouping == '_') {
        vm_raise(vm, &t_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (c.pos < c.len && c.s[c.pos] == '.') {
        c.pos++;
        n = get_integer(vm, &c, &f->precision);
        if (n < 0)
            return -1;
        if (n == 0) {
            vm_raise(vm, &t_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (c.pos < c.len) {
        size_t tl;
        uint32_t t = cur_peek(&c, 0, &tl);
        if (c.pos + tl < c.len) {
            vm_raise(vm, &t_ValueError, "Invalid format specifier '%S' for object of type '%s'", spec, tname);
            return -1;
        }
        f->type = t;
        c.pos += tl;
    }
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') {
                f->group_size = 4;
                break;
            }
            /* fall through */
        default:
            if (f->type > 32 && f->type < 128) {
                vm_raise(vm, &t_ValueError, "Cannot specify '%c' with '%c'.", f->grouping, (int)f->type);
            } else {
                char hex[16];
                snprintf(hex, sizeof hex, "%x", (unsigned)f->type);
                vm_raise(vm, &t_ValueError, "Cannot specify '%c' with '\\x%s'.", f->grouping, hex);
            }
            return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ rendering */

static int sb_fill(StrBuf *sb, const FormatSpec *f, int64_t count)
{
    char chunk[64];
    if (count <= 0)
        return 0;
    if (f->fill_len == 1) {
        memset(chunk, f->fill_utf8[0], sizeof chunk);
        while (count > 0) {
            size_t n = count > (int64_t)sizeof chunk ? sizeof chunk : (size_t)count;
            if (sb_append(sb, chunk, n) < 0)
                return -1;
            count -= (int64_t)n;
        }
        return 0;
    }
    for (int64_t i = 0; i < count; i++)
        if (sb_append(sb, f->fill_utf8, (size_t)f->fill_len) < 0)
            return -1;
    return 0;
}

typedef struct NumberParts {
    char sign_char;              /* '-' if the number is negative, else 0 */
    const char *prefix;          /* "0x"... or "" */
    const char *digits;          /* integer digits (ASCII) */
    size_t n_digits;
    bool has_decimal;
    const char *remainder;       /* after the decimal point: fraction, exponent, '%', or the 'c' char */
    size_t remainder_bytes, remainder_chars;
} NumberParts;

static void upper_ascii(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            s[i] = (char)(s[i] - 'a' + 'A');
}

/* CPython's calc_number_widths + fill_number: the layout
 *   <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>
 * where with fill '0' and '=' the grouping itself pads with zeros. */
static Value render_number(Vm *vm, const FormatSpec *f, const NumberParts *p)
{
    char sign = 0;
    if (f->sign == '+')
        sign = p->sign_char ? '-' : '+';
    else if (f->sign == ' ')
        sign = p->sign_char ? '-' : ' ';
    else if (p->sign_char)
        sign = '-';
    int64_t n_prefix = (int64_t)strlen(p->prefix);
    int64_t n_nondigit = (sign ? 1 : 0) + n_prefix + (p->has_decimal ? 1 : 0) + (int64_t)p->remainder_chars;
    int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - n_nondigit : 0;

    /* group the digits right to left into a reversed buffer */
    char sep = f->grouping;
    int64_t group = sep ? f->group_size : INT64_MAX;
    size_t cap = p->n_digits * 2 + (size_t)(min_width > 0 ? min_width : 0) + 8;
    char stackbuf[256];
    char *rev = stackbuf;
    if (cap > sizeof stackbuf) {
        rev = mem_alloc(vm, cap);
        if (!rev)
            return VAL_NULL;
    }
    size_t nrev = 0;
    if (p->n_digits > 0) {
        int64_t remaining = (int64_t)p->n_digits, mw = min_width;
        const char *src = p->digits + p->n_digits;
        bool use_sep = false;
        for (;;) {
            int64_t l = remaining > mw ? remaining : mw;
            if (l < 1)
                l = 1;
            if (l > group)
                l = group;
            int64_t n_zeros = l - remaining > 0 ? l - remaining : 0;
            int64_t n_chars = remaining < l ? remaining : l;
            if (n_chars < 0)
                n_chars = 0;
            if (use_sep)
                rev[nrev++] = sep;
            for (int64_t i = 0; i < n_chars; i++)
                rev[nrev++] = *--src;
            for (int64_t i = 0; i < n_zeros; i++)
                rev[nrev++] = '0';
            use_sep = sep != 0;
            remaining -= n_chars;
            mw -= l;
            if (remaining <= 0 && mw <= 0)
                break;
            mw -= 1;
        }
    }
    int64_t n_padding = f->width - (n_nondigit + (int64_t)nrev);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (n_padding > 0) {
        switch (f->align) {
        case '<': rpad = n_padding; break;
        case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
        case '=': spad = n_padding; break;
        default: lpad = n_padding; break;
        }
    }
    StrBuf sb;
    sb_init(&sb, vm);
    sb_fill(&sb, f, lpad);
    if (sign)
        sb_append_char(&sb, sign);
    sb_append(&sb, p->prefix, (size_t)n_prefix);
    sb_fill(&sb, f, spad);
    for (size_t i = nrev; i-- > 0;)
        sb_append_char(&sb, rev[i]);
    if (p->has_decimal)
        sb_append_char(&sb, '.');
    sb_append(&sb, p->remainder, p->remainder_bytes);
    sb_fill(&sb, f, rpad);
    if (rev != stackbuf)
        mem_free(vm, rev, cap);
    return sb_finish(&sb);
}

/* ----------------------------------------------------------------- float */

static Value format_float_with(Vm *vm, double d, const FormatSpec *f)
{
    if (f->precision > INT_MAX)
        return vm_raise(vm, &t_ValueError, "precision too big");
    char type = (char)f->type;
    int flags = 0, default_precision = 6;
    bool add_pct = false;
    if (f->alternate)
        flags |= DTSF_ALT;
    if (f->no_neg_0)
        flags |= DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        d *= 100;
        add_pct = true;
    }
    int precision;
    if (f->precision < 0) {
        precision = default_precision;
    } else {
        precision = (int)f->precision;
        if (type == 'r')
            type = 'g';
    }
    size_t bufsize = double_to_string_bufsize(precision);
    char stackbuf[1536];
    char *buf = stackbuf;
    if (bufsize > sizeof stackbuf) {
        buf = mem_alloc(vm, bufsize);
        if (!buf)
            return VAL_NULL;
    }
    size_t n = double_to_string(d, type, precision, flags, buf, bufsize - 2);
    if (add_pct) {
        buf[n++] = '%';
        buf[n] = '\0';
    }
    NumberParts p = {0};
    const char *s = buf;
    if (*s == '-') {
        p.sign_char = '-';
        s++;
        n--;
    }
    p.prefix = "";
    p.digits = s;
    while (p.n_digits < n && s[p.n_digits] >= '0' && s[p.n_digits] <= '9')
        p.n_digits++;
    const char *r = s + p.n_digits;
    p.has_decimal = p.n_digits < n && *r == '.';
    if (p.has_decimal)
        r++;
    p.remainder = r;
    p.remainder_bytes = p.remainder_chars = (size_t)(s + n - r);
    Value result = render_number(vm, f, &p);
    if (buf != stackbuf)
        mem_free(vm, buf, bufsize);
    return result;
}

Value format_float(Vm *vm, double d, Value spec)
{
    if (STR_LEN(spec) == 0)
        return float_repr(vm, d);
    FormatSpec f;
    if (parse_spec(vm, spec, 0, '>', "float", &f) < 0)
        return VAL_NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_with(vm, d, &f);
    default:
        return raise_unknown_code(vm, f.type, "float");
    }
}

/* ------------------------------------------------------------------- int */

/* bool -> small int; other int-likes unchanged. */
static Value int_value_of(Value v)
{
    if (v == VAL_TRUE)
        return MAKE_SMALLINT(1);
    if (v == VAL_FALSE)
        return MAKE_SMALLINT(0);
    return v;
}

static Value format_int_with(Vm *vm, Value v, const FormatSpec *f)
{
    if (f->precision != -1)
        return vm_raise(vm, &t_ValueError, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return vm_raise(vm, &t_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    NumberParts p = {0};
    p.prefix = "";
    if (f->type == 'c') {
        if (f->sign)
            return vm_raise(vm, &t_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return vm_raise(vm, &t_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t x;
        if (!int_to_i64(v, &x))
            return vm_raise(vm, &t_OverflowError, "Python int too large to convert to C long");
        if (x < 0 || x > 0x10ffff)
            return vm_raise(vm, &t_OverflowError, "%%c arg not in range(0x110000)");
        char ch[4];
        int l = utf8_encode((uint32_t)x, ch);
        p.digits = "";
        p.remainder = ch;
        p.remainder_bytes = (size_t)l;
        p.remainder_chars = 1;
        return render_number(vm, f, &p);
    }
    int base = 10;
    switch (f->type) {
    case 'b': base = 2; p.prefix = "0b"; break;
    case 'o': base = 8; p.prefix = "0o"; break;
    case 'x': base = 16; p.prefix = "0x"; break;
    case 'X': base = 16; p.prefix = "0X"; break;
    default: break;
    }
    if (!f->alternate)
        p.prefix = "";
    Value text = int_to_string(vm, v, base);
    if (!text)
        return VAL_NULL;
    const char *s = STR_DATA(text);
    size_t n = STR_LEN(text);
    if (n > 0 && s[0] == '-') {
        p.sign_char = '-';
        s++;
        n--;
    }
    char *digits = NULL;
    if (f->type == 'X') {
        digits = mem_alloc(vm, n + 1);
        if (!digits)
            return VAL_NULL;
        memcpy(digits, s, n);
        upper_ascii(digits, n);
        s = digits;
    }
    p.digits = s;
    p.n_digits = n;
    p.remainder = "";
    Value result = render_number(vm, f, &p);
    if (digits)
        mem_free(vm, digits, n + 1);
    return result;
}

Value format_int(Vm *vm, Value v, Value spec)
{
    if (STR_LEN(spec) == 0)
        return obj_str(vm, v);
    FormatSpec f;
    if (parse_spec(vm, spec, 'd', '>', type_name_of(v), &f) < 0)
        return VAL_NULL;
    Value iv = int_value_of(v);
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_int_with(vm, iv, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (IS_SMALLINT(iv))
            d = (double)SMALLINT_VALUE(iv);
        else if (int_to_double(vm, iv, &d) < 0)
            return VAL_NULL;
        return format_float_with(vm, d, &f);
    }
    default:
        return raise_unknown_code(vm, f.type, type_name_of(v));
    }
}

/* ------------------------------------------------------------------- str */

Value format_str(Vm *vm, Value s, Value spec)
{
    if (STR_LEN(spec) == 0)
        return IS_STR(s) ? s : obj_str(vm, s);
    FormatSpec f;
    if (parse_spec(vm, spec, 's', '<', type_name_of(s), &f) < 0)
        return VAL_NULL;
    if (f.type != 's')
        return raise_unknown_code(vm, f.type, type_name_of(s));
    if (f.sign == ' ')
        return vm_raise(vm, &t_ValueError, "Space not allowed in string format specifier");
    if (f.sign)
        return vm_raise(vm, &t_ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_0)
        return vm_raise(vm, &t_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return vm_raise(vm, &t_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return vm_raise(vm, &t_ValueError, "'=' alignment not allowed in string format specifier");
    size_t nchars = AS_STR(s)->nchars;
    size_t nbytes = STR_LEN(s);
    if (f.precision >= 0 && (uint64_t)f.precision < nchars) {
        nchars = (size_t)f.precision;
        nbytes = str_byte_offset(s, nchars);
    }
    int64_t pad = f.width > (int64_t)nchars ? f.width - (int64_t)nchars : 0;
    if (pad == 0 && nbytes == STR_LEN(s) && IS_STR(s))
        return s;
    int64_t lpad = 0, rpad = 0;
    if (f.align == '>')
        lpad = pad;
    else if (f.align == '^') {
        lpad = pad / 2;
        rpad = pad - lpad;
    } else
        rpad = pad;
    StrBuf sb;
    sb_init(&sb, vm);
    sb_fill(&sb, &f, lpad);
    sb_append(&sb, STR_DATA(s), nbytes);
    sb_fill(&sb, &f, rpad);
    return sb_finish(&sb);
}

/* ------------------------------------------------------------ fmt % args */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct PercentArg {
    int flags;
    int64_t width;      /* -1 not given */
    int64_t prec;       /* -1 not given */
    uint32_t ch;
    bool sign;          /* numeric conversion: sign and zero fill apply */
} PercentArg;

typedef struct PercentCtx {
    Value args;         /* tuple, single value, or the current mapping value */
    int64_t arglen, argidx;
    Value dict;         /* mapping or VAL_NULL */
} PercentCtx;

static Value next_arg(Vm *vm, PercentCtx *ctx)
{
    if (ctx->argidx < ctx->arglen) {
        int64_t i = ctx->argidx++;
        if (ctx->arglen < 0)
            return ctx->args;
        return TUPLE_ITEMS(ctx->args)[i];
    }
    return vm_raise(vm, &t_TypeError, "not enough arguments for format string");
}

static bool is_tuple_like(Value v)
{
    return IS_OBJ(v) && AS_OBJ(v)->type->layout == K_TUPLE;
}

/* '%d'-style: the integer value of v, VAL_NULL with the CPython TypeError. */
static Value percent_int_arg(Vm *vm, Value v, uint32_t ch)
{
    if (IS_BOOL(v))
        return int_value_of(v);
    if (is_intlike(v))
        return v;
    bool index_only = ch == 'o' || ch == 'x' || ch == 'X';
    if (!index_only && IS_OBJ(v) && AS_OBJ(v)->type->layout == K_FLOAT) {
        double d = ((FloatObj *)AS_OBJ(v))->value;
        return int_from_double(vm, trunc(d));
    }
    int found = 0;
    Value r = vm_call_method_opt(vm, v, "__index__", NULL, 0, &found);
    if (!found && !vm_exc_pending(vm) && !index_only)
        r = vm_call_method_opt(vm, v, "__int__", NULL, 0, &found);
    if (found)
        return r;
    if (vm_exc_pending(vm))
        return VAL_NULL;
    if (index_only)
        return vm_raise(vm, &t_TypeError, "%%%c format: an integer is required, not %s", (int)ch, type_name_of(v));
    return vm_raise(vm, &t_TypeError, "%%%c format: a real number is required, not %s", (int)ch, type_name_of(v));
}

/* CPython's _PyUnicode_FormatLong: sign, "0x" only with '#', zero-extended
 * to 'prec' digits, upper-cased for 'X'. */
static Value percent_format_long(Vm *vm, Value v, const PercentArg *a)
{
    int base = a->ch == 'o' ? 8 : (a->ch == 'x' || a->ch == 'X') ? 16 : 10;
    Value text = int_to_string(vm, v, base);
    if (!text)
        return VAL_NULL;
    const char *s = STR_DATA(text);
    size_t n = STR_LEN(text);
    bool neg = n > 0 && s[0] == '-';
    if (neg) {
        s++;
        n--;
    }
    StrBuf sb;
    sb_init(&sb, vm);
    if (neg)
        sb_append_char(&sb, '-');
    if ((a->flags & F_ALT) && base != 10) {
        sb_append_char(&sb, '0');
        sb_append_char(&sb, a->ch == 'o' ? 'o' : a->ch == 'X' ? 'X' : 'x');
    }
    for (int64_t i = (int64_t)n; i < a->prec; i++)
        sb_append_char(&sb, '0');
    size_t start = sb.len;
    sb_append(&sb, s, n);
    if (a->ch == 'X' && !sb.failed)
        upper_ascii(sb.data + start, n);
    return sb_finish(&sb);
}

static int percent_to_double(Vm *vm, Value v, double *out)
{
    if (IS_OBJ(v) && AS_OBJ(v)->type->layout == K_FLOAT) {
        *out = ((FloatObj *)AS_OBJ(v))->value;
        return 0;
    }
    if (IS_BOOL(v) || IS_SMALLINT(v)) {
        *out = IS_BOOL(v) ? (v == VAL_TRUE) : (double)SMALLINT_VALUE(v);
        return 0;
    }
    if (is_intlike(v))
        return int_to_double(vm, v, out);
    int found = 0;
    Value r = vm_call_method_opt(vm, v, "__float__", NULL, 0, &found);
    if (found) {
        if (!r)
            return -1;
        if (!(IS_OBJ(r) && AS_OBJ(r)->type->layout == K_FLOAT)) {
            vm_raise(vm, &t_TypeError, "%s.__float__ returned non-float (type %s)", type_name_of(v), type_name_of(r));
            return -1;
        }
        *out = ((FloatObj *)AS_OBJ(r))->value;
        return 0;
    }
    if (vm_exc_pending(vm))
        return -1;
    r = vm_call_method_opt(vm, v, "__index__", NULL, 0, &found);
    if (found) {
        if (!r)
            return -1;
        return percent_to_double(vm, r, out);
    }
    if (vm_exc_pending(vm))
        return -1;
    vm_raise(vm, &t_TypeError, "must be real number, not %s", type_name_of(v));
    return -1;
}

static Value percent_format_float(Vm *vm, Value v, const PercentArg *a)
{
    double d;
    if (percent_to_double(vm, v, &d) < 0)
        return VAL_NULL;
    int prec = a->prec < 0 ? 6 : (int)a->prec;
    size_t bufsize = double_to_string_bufsize(prec);
    char stackbuf[1536];
    char *buf = stackbuf;
    if (bufsize > sizeof stackbuf) {
        buf = mem_alloc(vm, bufsize);
        if (!buf)
            return VAL_NULL;
    }
    size_t n = double_to_string(d, (char)a->ch, prec, (a->flags & F_ALT) ? DTSF_ALT : 0, buf, bufsize);
    Value r = str_new(vm, buf, n);
    if (buf != stackbuf)
        mem_free(vm, buf, bufsize);
    return r;
}

/* unicode_format_arg_output: width, precision (already applied to
 * numbers), sign and '0x' prefix placement around zero padding. */
static int percent_output(StrBuf *out, PercentArg *a, Value str)
{
    char fill = (a->sign && (a->flags & F_ZERO)) ? '0' : ' ';
    const char *s = STR_DATA(str);
    int64_t len = (int64_t)AS_STR(str)->nchars;
    size_t nbytes = STR_LEN(str);
    if ((a->width == -1 || a->width <= len) && (a->prec == -1 || a->prec >= len) &&
        !(a->flags & (F_SIGN | F_BLANK)))
        return sb_append(out, s, nbytes);
    bool is_text = a->ch == 's' || a->ch == 'r' || a->ch == 'a';
    if (is_text && a->prec >= 0 && len > a->prec) {
        len = a->prec;
        nbytes = str_byte_offset(str, (size_t)len);
    }
    char signchar = 0;
    size_t pos = 0;
    if (a->sign) {
        if (s[0] == '-' || s[0] == '+') {
            signchar = s[0];
            len--;
            pos++;
        } else if (a->flags & F_SIGN) {
            signchar = '+';
        } else if (a->flags & F_BLANK) {
            signchar = ' ';
        } else {
            a->sign = false;
        }
    }
    int64_t width = a->width < len ? len : a->width;
    if (signchar) {
        if (fill != ' ')
            sb_append_char(out, signchar);
        if (width > len)
            width--;
    }
    bool prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (prefix) {
        if (fill != ' ') {
            sb_append(out, s + pos, 2);
            pos += 2;
        }
        width -= 2;
        if (width < 0)
            width = 0;
        len -= 2;
    }
    if (width > len && !(a->flags & F_LJUST)) {
        for (int64_t i = 0; i < width - len; i++)
            sb_append_char(out, fill);
        width = len;
    }
    if (fill == ' ') {
        if (signchar)
            sb_append_char(out, signchar);
        if (prefix) {
            sb_append(out, s + pos, 2);
            pos += 2;
        }
    }
    if (len > 0)
        sb_append(out, s + pos, nbytes - pos);
    for (int64_t i = len; i < width; i++)
        sb_append_char(out, ' ');
    return out->failed ? -1 : 0;
}

static bool is_mapping(Vm *vm, Value v)
{
    if (is_tuple_like(v) || (IS_OBJ(v) && AS_OBJ(v)->type->layout == K_STR))
        return false;
    const TypeObj *t = TYPE_OF(v);
    if (t->getitem)
        return true;
    return (t->flags & TF_HEAPTYPE) && type_lookup_cstr(vm, t, "__getitem__") != VAL_NULL;
}

Value format_percent(Vm *vm, Value fmt, Value args)
{
    PercentCtx ctx;
    ctx.args = args;
    if (is_tuple_like(args)) {
        ctx.arglen = (int64_t)TUPLE_LEN(args);
        ctx.argidx = 0;
    } else {
        ctx.arglen = -1;
        ctx.argidx = -2;
    }
    ctx.dict = is_mapping(vm, args) ? args : VAL_NULL;
    const char *s = STR_DATA(fmt);
    size_t n = STR_LEN(fmt), i = 0;
    size_t cp_index = 0;   /* code-point index of s[i], for error messages */
    StrBuf sb;
    sb_init(&sb, vm);
#define FAIL() do { sb_free(&sb); return VAL_NULL; } while (0)
    while (i < n) {
        if (s[i] != '%') {
            size_t j = i;
            while (j < n && s[j] != '%') {
                if (((unsigned char)s[j] & 0xC0) != 0x80)
                    cp_index++;
                j++;
            }
            sb_append(&sb, s + i, j - i);
            i = j;
            continue;
        }
        i++;
        cp_index++;
        if (i < n && s[i] == '%') {
            sb_append_char(&sb, '%');
            i++;
            cp_index++;
            continue;
        }
        PercentArg a = {0, -1, -1, 0, false};
        /* read one code point: advances i and cp_index; returns false at end */
#define NEXT_CH()                                                      \
    (i < n ? (i += (size_t)utf8_decode(s + i, &a.ch), cp_index++, true) : false)
        if (i < n && s[i] == '(') {
            if (!ctx.dict) {
                vm_raise(vm, &t_TypeError, "format requires a mapping");
                FAIL();
            }
            i++;
            cp_index++;
            size_t keystart = i;
            int pcount = 1;
            while (pcount > 0 && i < n) {
                if (s[i] == ')')
                    pcount--;
                else if (s[i] == '(')
                    pcount++;
                if (((unsigned char)s[i] & 0xC0) != 0x80)
                    cp_index++;
                i++;
            }
            if (pcount > 0) {
                vm_raise(vm, &t_ValueError, "incomplete format key");
                FAIL();
            }
            Value key = str_new(vm, s + keystart, i - keystart - 1);
            if (!key)
                FAIL();
            Value item = obj_getitem(vm, ctx.dict, key);
            if (!item)
                FAIL();
            ctx.args = item;
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        bool have = false;
        while ((have = NEXT_CH())) {
            if (a.ch == '-') a.flags |= F_LJUST;
            else if (a.ch == '+') a.flags |= F_SIGN;
            else if (a.ch == ' ') a.flags |= F_BLANK;
            else if (a.ch == '#') a.flags |= F_ALT;
            else if (a.ch == '0') a.flags |= F_ZERO;
            else break;
        }
        if (have && a.ch == '*') {
            Value v = next_arg(vm, &ctx);
            if (!v)
                FAIL();
            if (!is_intlike(v)) {
                vm_raise(vm, &t_TypeError, "* wants int");
                FAIL();
            }
            int64_t w;
            if (!int_to_i64(int_value_of(v), &w)) {
                vm_raise(vm, &t_OverflowError, "Python int too large to convert to C ssize_t");
                FAIL();
            }
            if (w < 0) {
                a.flags |= F_LJUST;
                w = -w;
            }
            a.width = w;
            have = NEXT_CH();
        } else if (have && a.ch >= '0' && a.ch <= '9') {
            a.width = a.ch - '0';
            while ((have = NEXT_CH())) {
                if (a.ch < '0' || a.ch > '9')
                    break;
                if (a.width > (INT64_MAX - (int)(a.ch - '0')) / 10) {
                    vm_raise(vm, &t_ValueError, "width too big");
                    FAIL();
                }
                a.width = a.width * 10 + (a.ch - '0');
            }
        }
        if (have && a.ch == '.') {
            a.prec = 0;
            have = NEXT_CH();
            if (have && a.ch == '*') {
                Value v = next_arg(vm, &ctx);
                if (!v)
                    FAIL();
                if (!is_intlike(v)) {
                    vm_raise(vm, &t_TypeError, "* wants int");
                    FAIL();
                }
                int64_t p;
                if (!int_to_i64(int_value_of(v), &p) || p > INT_MAX || p < INT_MIN) {
                    vm_raise(vm, &t_OverflowError, "Python int too large to convert to C int");
                    FAIL();
                }
                a.prec = p < 0 ? 0 : p;
                have = NEXT_CH();
            } else if (have && a.ch >= '0' && a.ch <= '9') {
                a.prec = a.ch - '0';
                while ((have = NEXT_CH())) {
                    if (a.ch < '0' || a.ch > '9')
                        break;
                    if (a.prec > (INT_MAX - (int)(a.ch - '0')) / 10) {
                        vm_raise(vm, &t_ValueError, "precision too big");
                        FAIL();
                    }
                    a.prec = a.prec * 10 + (a.ch - '0');
                }
            }
        }
        if (have && (a.ch == 'h' || a.ch == 'l' || a.ch == 'L'))
            have = NEXT_CH();
        if (!have) {
            vm_raise(vm, &t_ValueError, "incomplete format");
            FAIL();
        }
#undef NEXT_CH
        Value v = next_arg(vm, &ctx);
        if (!v)
            FAIL();
        Value str = VAL_NULL;
        switch (a.ch) {
        case 's':
            str = IS_STR(v) ? v : obj_str(vm, v);
            break;
        case 'r':
            str = obj_repr(vm, v);
            break;
        case 'a':
            str = obj_ascii(vm, v);
            break;
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
            Value iv = percent_int_arg(vm, v, a.ch);
            if (!iv)
                FAIL();
            if (!is_intlike(iv)) {
                vm_raise(vm, &t_TypeError, "__int__ returned non-int (type %s)", type_name_of(iv));
                FAIL();
            }
            str = percent_format_long(vm, int_value_of(iv), &a);
            a.sign = true;
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            str = percent_format_float(vm, v, &a);
            a.sign = true;
            break;
        case 'c': {
            int64_t x = -1;
            if (IS_OBJ(v) && AS_OBJ(v)->type->layout == K_STR) {
                if (AS_STR(v)->nchars != 1) {
                    vm_raise(vm, &t_TypeError, "%%c requires int or char");
                    FAIL();
                }
                str = IS_STR(v) ? v : str_new(vm, STR_DATA(v), STR_LEN(v));
                break;
            }
            if (!is_intlike(v)) {
                vm_raise(vm, &t_TypeError, "%%c requires int or char");
                FAIL();
            }
            if (!int_to_i64(int_value_of(v), &x) || x < 0 || x > 0x10ffff) {
                vm_raise(vm, &t_OverflowError, "%%c arg not in range(0x110000)");
                FAIL();
            }
            str = str_from_codepoint(vm, (uint32_t)x);
            break;
        }
        default: {
            char shown = (a.ch >= 31 && a.ch <= 126) ? (char)a.ch : '?';
            char hex[16];
            snprintf(hex, sizeof hex, "%x", (unsigned)a.ch);
            vm_raise(vm, &t_ValueError, "unsupported format character '%c' (0x%s) at index %zu",
                     shown, hex, cp_index - 1);
            FAIL();
        }
        }
        if (!str)
            FAIL();
        if (percent_output(&sb, &a, str) < 0)
            FAIL();
    }
    if (ctx.argidx < ctx.arglen && !ctx.dict) {
        vm_raise(vm, &t_TypeError, "not all arguments converted during string formatting");
        FAIL();
    }
#undef FAIL
    return sb_finish(&sb);
}

/* ----------------------------------------------------------- str.format */

typedef struct FormatArgs {
    Value *pos;         /* positional arguments */
    int npos;
    Value *kwvalues;    /* keyword values, names in kwnames */
    Value kwnames;      /* tuple of str or VAL_NULL */
    int auto_state;     /* 0 init, 1 auto, 2 manual */
    int64_t auto_next;
} FormatArgs;

/* All-digit text -> index; -1 if not all digits (or empty); -2 on overflow (raised). */
static int64_t digits_index(Vm *vm, const char *s, size_t n)
{
    if (n == 0)
        return -1;
    int64_t acc = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        int d = s[i] - '0';
        if (acc > (INT64_MAX - d) / 10) {
            vm_raise(vm, &t_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static Value raise_key_error(Vm *vm, const char *s, size_t n)
{
    Value key = str_new(vm, s, n);
    if (!key)
        return VAL_NULL;
    Value args = tuple_from_array(vm, &key, 1);
    if (!args)
        return VAL_NULL;
    Value exc = exc_new(vm, &t_KeyError, args);
    if (!exc)
        return VAL_NULL;
    return vm_raise_value(vm, exc);
}

static Value get_field_object(Vm *vm, const char *name, size_t n, FormatArgs *fa)
{
    size_t i = 0;
    while (i < n && name[i] != '.' && name[i] != '[')
        i++;
    int64_t index = digits_index(vm, name, i);
    if (index == -2)
        return VAL_NULL;
    bool empty = i == 0;
    bool numeric = empty || index != -1;
    if (fa->auto_state == 0 && numeric)
        fa->auto_state = empty ? 1 : 2;
    if (numeric) {
        if (fa->auto_state == 2 && empty)
            return vm_raise(vm, &t_ValueError,
                            "cannot switch from manual field specification to automatic field numbering");
        if (fa->auto_state == 1 && !empty)
            return vm_raise(vm, &t_ValueError,
                            "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty)
        index = fa->auto_next++;
    Value obj = VAL_NULL;
    if (index == -1) {
        if (fa->kwnames != VAL_NULL) {
            size_t nk = TUPLE_LEN(fa->kwnames);
            for (size_t k = 0; k < nk; k++) {
                Value kn = TUPLE_ITEMS(fa->kwnames)[k];
                if (STR_LEN(kn) == i && memcmp(STR_DATA(kn), name, i) == 0) {
                    obj = fa->kwvalues[k];
                    break;
                }
            }
        }
        if (!obj)
            return raise_key_error(vm, name, i);
    } else {
        if (index >= fa->npos)
            return vm_raise(vm, &t_IndexError, "Replacement index %lld out of range for positional args tuple",
                            (long long)index);
        obj = fa->pos[index];
    }
    while (i < n) {
        char c = name[i++];
        size_t start = i;
        Value next;
        if (c == '.') {
            while (i < n && name[i] != '.' && name[i] != '[')
                i++;
            if (i == start)
                return vm_raise(vm, &t_ValueError, "Empty attribute in format string");
            Value attr = str_new(vm, name + start, i - start);
            if (!attr)
                return VAL_NULL;
            next = obj_getattr(vm, obj, attr);
        } else if (c == '[') {
            while (i < n && name[i] != ']')
                i++;
            if (i >= n)
                return vm_raise(vm, &t_ValueError, "Missing ']' in format string");
            size_t end = i++;
            if (end == start)
                return vm_raise(vm, &t_ValueError, "Empty attribute in format string");
            int64_t k = digits_index(vm, name + start, end - start);
            if (k == -2)
                return VAL_NULL;
            Value key = k >= 0 ? int_from_i64(vm, k) : str_new(vm, name + start, end - start);
            if (!key)
                return VAL_NULL;
            next = obj_getitem(vm, obj, key);
        } else {
            return vm_raise(vm, &t_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (!next)
            return VAL_NULL;
        obj = next;
    }
    return obj;
}

static int build_format_string(Vm *vm, StrBuf *sb, const char *s, size_t n, FormatArgs *fa, int depth);

static int render_field(Vm *vm, StrBuf *sb, const char *name, size_t name_len, uint32_t conversion,
                        const char *spec, size_t spec_len, bool expand, FormatArgs *fa, int depth)
{
    Value obj = get_field_object(vm, name, name_len, fa);
    if (!obj)
        return -1;
    if (conversion) {
        switch (conversion) {
        case 'r': obj = obj_repr(vm, obj); break;
        case 's': obj = obj_str(vm, obj); break;
        case 'a': obj = obj_ascii(vm, obj); break;
        default:
            if (conversion > 32 && conversion < 127) {
                vm_raise(vm, &t_ValueError, "Unknown conversion specifier %c", (int)conversion);
            } else {
                char hex[16];
                snprintf(hex, sizeof hex, "%x", (unsigned)conversion);
                vm_raise(vm, &t_ValueError, "Unknown conversion specifier \\x%s", hex);
            }
            return -1;
        }
        if (!obj)
            return -1;
    }
    Value spec_v;
    if (expand) {
        StrBuf inner;
        sb_init(&inner, vm);
        if (build_format_string(vm, &inner, spec, spec_len, fa, depth - 1) < 0) {
            sb_free(&inner);
            return -1;
        }
        spec_v = sb_finish(&inner);
    } else {
        spec_v = str_new(vm, spec, spec_len);
    }
    if (!spec_v)
        return -1;
    Value r = obj_format(vm, obj, spec_v);
    if (!r)
        return -1;
    return sb_append_value_str(sb, r);
}

static int build_format_string(Vm *vm, StrBuf *sb, const char *s, size_t n, FormatArgs *fa, int depth)
{
    if (depth <= 0) {
        vm_raise(vm, &t_ValueError, "Max string recursion exceeded");
        return -1;
    }
    size_t i = 0;
    while (i < n) {
        /* literal text up to a brace */
        size_t start = i;
        char c = 0;
        while (i < n) {
            c = s[i++];
            if (c == '{' || c == '}')
                break;
            c = 0;
        }
        bool at_end = i >= n;
        size_t lit_len = i - start;
        bool markup = c != 0;
        if (c == '}' && (at_end || s[i] != '}')) {
            vm_raise(vm, &t_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (at_end && c == '{') {
            vm_raise(vm, &t_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (markup) {
            if (s[i] == c) {   /* '{{' or '}}': literal brace */
                i++;
                markup = false;
            } else {
                lit_len--;
            }
        }
        if (sb_append(sb, s + start, lit_len) < 0)
            return -1;
        if (!markup)
            continue;

        /* field: name [!conv] [:spec] } */
        size_t name_start = i;
        char term = 0;
        while (i < n) {
            char d = s[i++];
            if (d == '{') {
                vm_raise(vm, &t_ValueError, "unexpected '{' in field name");
                return -1;
            }
            if (d == '[') {
                while (i < n && s[i] != ']')
                    i++;
                continue;
            }
            if (d == '}' || d == ':' || d == '!') {
                term = d;
                break;
            }
        }
        size_t name_len = (term ? i - 1 : i) - name_start;
        uint32_t conversion = 0;
        const char *spec = "";
        size_t spec_len = 0;
        bool expand = false;
        if (term == '!' || term == ':') {
            bool done = false;
            if (term == '!') {
                if (i >= n) {
                    vm_raise(vm, &t_ValueError, "end of string while looking for conversion specifier");
                    return -1;
                }
                i += (size_t)utf8_decode(s + i, &conversion);
                if (i < n) {
                    char d = s[i++];
                    if (d == '}')
                        done = true;
                    else if (d != ':') {
                        vm_raise(vm, &t_ValueError, "expected ':' after conversion specifier");
                        return -1;
                    }
                }
            }
            if (!done) {
                size_t spec_start = i;
                int count = 1;
                while (i < n) {
                    char d = s[i++];
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}') {
                        if (--count == 0)
                            break;
                    }
                }
                if (count != 0) {
                    vm_raise(vm, &t_ValueError, "unmatched '{' in format spec");
                    return -1;
                }
                spec = s + spec_start;
                spec_len = i - 1 - spec_start;
            }
        } else if (term != '}') {
            vm_raise(vm, &t_ValueError, "expected '}' before end of string");
            return -1;
        }
        if (render_field(vm, sb, s + name_start, name_len, conversion, spec, spec_len, expand, fa, depth) < 0)
            return -1;
    }
    return 0;
}

Value format_str_method(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs < 1 || !IS_OBJ(args[0]) || AS_OBJ(args[0])->type->layout != K_STR)
        return vm_raise(vm, &t_TypeError, "descriptor 'format' for 'str' objects doesn't apply to a '%s' object",
                        nargs < 1 ? "NoneType" : type_name_of(args[0]));
    FormatArgs fa;
    fa.pos = args + 1;
    fa.npos = nargs - 1;
    fa.kwvalues = args + nargs;
    fa.kwnames = (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0) ? kwnames : VAL_NULL;
    fa.auto_state = 0;
    fa.auto_next = 0;
    StrBuf sb;
    sb_init(&sb, vm);
    if (build_format_string(vm, &sb, STR_DATA(args[0]), STR_LEN(args[0]), &fa, 2) < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    return sb_finish(&sb);
}
