/* The json module: dumps/dump/loads/load and JSONDecodeError with
 * CPython 3.11's output, error messages and positions.
 *
 * Both directions recurse on the C stack, one level per nested container,
 * but never deeper than the run's remaining recursion budget (RecursionError
 * with CPython's texts), so hostile nesting cannot exhaust the C stack. */
#include "modules.h"
#include "opcodes.h"

#include <math.h>
#include <stdio.h>

/* Frames CPython spends in json's Python layer before the C encoder or
 * scanner starts counting: keeps the nesting limits where CPython's are. */
#define ENCODE_FRAME_OVERHEAD 4
#define DECODE_FRAME_OVERHEAD 4

static int remaining_depth(Vm *vm, int overhead)
{
    int64_t max = vm->max_depth ? (int64_t)vm->max_depth : 1000;
    int64_t left = max - (int64_t)vm->depth - overhead;
    return left < 1 ? 1 : (int)left;
}

/* The JSONDecodeError class lives in the json module's dict; natives find
 * it through the run's module table (no C globals). */
static Value decode_error_class(Vm *vm)
{
    Value m = dict_get_cstr(vm, vm->modules, "json");
    Value cls = m && IS_TYPE(m, &t_module) ? dict_get_cstr(vm, module_dict(m), "JSONDecodeError") : VAL_NULL;
    return cls ? cls : OBJ_VAL(&t_ValueError);
}

/* ================================================================ encoder */

typedef struct {
    Vm *vm;
    StrBuf out;
    bool skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
    bool python_path;     /* indent given: CPython's pure-Python encoder (message differences) */
    Value indent;         /* str, or VAL_NULL for the compact form */
    Value item_sep, key_sep;
    Value default_fn;     /* VAL_NULL = none */
    Value markers;        /* list of containers being encoded (circular check) */
    int depth, max_depth;
} Encoder;

static const char hexdigits[] = "0123456789abcdef";

static int append_u_escape(StrBuf *sb, uint32_t c)
{
    char buf[6] = {'\\', 'u', hexdigits[(c >> 12) & 15], hexdigits[(c >> 8) & 15], hexdigits[(c >> 4) & 15],
                   hexdigits[c & 15]};
    return sb_append(sb, buf, 6);
}

/* "..." with JSON escapes; ensure_ascii writes every non-ASCII code point
 * as \uXXXX (astral ones as a surrogate pair). */
static int encode_string(Encoder *enc, const char *s, size_t len)
{
    StrBuf *sb = &enc->out;
    if (sb_append_char(sb, '"') < 0)
        return -1;
    size_t run = 0;   /* start of the pending run of bytes copied verbatim */
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        bool plain = c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || (!enc->ensure_ascii));
        if (plain) {
            i++;
            continue;
        }
        if (i > run && sb_append(sb, s + run, i - run) < 0)
            return -1;
        if (c >= 0x80) {
            uint32_t cp;
            int n = utf8_decode(s + i, &cp);
            i += (size_t)n;
            if (cp >= 0x10000) {
                uint32_t v = cp - 0x10000;
                if (append_u_escape(sb, 0xD800 | (v >> 10)) < 0 || append_u_escape(sb, 0xDC00 | (v & 0x3FF)) < 0)
                    return -1;
            } else if (append_u_escape(sb, cp) < 0) {
                return -1;
            }
            run = i;
            continue;
        }
        const char *esc = NULL;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        }
        if (esc ? sb_append_cstr(sb, esc) < 0 : append_u_escape(sb, c) < 0)
            return -1;
        i++;
        run = i;
    }
    if (i > run && sb_append(sb, s + run, i - run) < 0)
        return -1;
    return sb_append_char(sb, '"');
}

static int nan_error(Encoder *enc, double d)
{
    if (enc->python_path) {
        char buf[32];
        float_repr_buf(d, buf, sizeof buf);
        vm_raise(enc->vm, &t_ValueError, "Out of range float values are not JSON compliant: %s", buf);
    } else {
        vm_raise(enc->vm, &t_ValueError, "Out of range float values are not JSON compliant");
    }
    return -1;
}

static int encode_float(Encoder *enc, double d)
{
    if (!isfinite(d)) {
        if (!enc->allow_nan)
            return nan_error(enc, d);
        return sb_append_cstr(&enc->out, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    }
    char buf[40];
    size_t n = float_repr_buf(d, buf, sizeof buf);
    return sb_append(&enc->out, buf, n);
}

static int encode_int(Encoder *enc, Value v)
{
    if (IS_SMALLINT(v)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)SMALLINT_VALUE(v));
        return sb_append(&enc->out, buf, (size_t)n);
    }
    Value s = int_to_string(enc->vm, v, 10);
    return s ? sb_append_value_str(&enc->out, s) : -1;
}

static int push_marker(Encoder *enc, Value v)
{
    if (!enc->check_circular)
        return 0;
    ListObj *m = AS_LIST(enc->markers);
    for (size_t i = 0; i < m->len; i++)
        if (m->items[i] == v) {
            vm_raise(enc->vm, &t_ValueError, "Circular reference detected");
            return -1;
        }
    return list_append(enc->vm, enc->markers, v);
}

static void pop_marker(Encoder *enc)
{
    if (enc->check_circular && AS_LIST(enc->markers)->len > 0)
        AS_LIST(enc->markers)->len--;
}

static int enter(Encoder *enc)
{
    if (++enc->depth > enc->max_depth) {
        vm_raise(enc->vm, &t_RecursionError, enc->python_path
                     ? "maximum recursion depth exceeded while calling a Python object"
                     : "maximum recursion depth exceeded while encoding a JSON object");
        return -1;
    }
    return vm_tick(enc->vm);
}

static int newline_indent(Encoder *enc, int level)
{
    if (sb_append_char(&enc->out, '\n') < 0)
        return -1;
    for (int i = 0; i < level; i++)
        if (sb_append_value_str(&enc->out, enc->indent) < 0)
            return -1;
    return 0;
}

static int encode_value(Encoder *enc, Value v, int level);

static int encode_list(Encoder *enc, Value v, int level)
{
    bool is_list = obj_isinstance_type(v, &t_list);
    size_t n = is_list ? AS_LIST(v)->len : TUPLE_LEN(v);
    if (n == 0)
        return sb_append_cstr(&enc->out, "[]");
    if (push_marker(enc, v) < 0 || sb_append_char(&enc->out, '[') < 0)
        return -1;
    if (enc->indent && newline_indent(enc, level + 1) < 0)
        return -1;
    /* a list may change size under default(): re-read its length each step */
    for (size_t i = 0; i < (is_list ? AS_LIST(v)->len : TUPLE_LEN(v)); i++) {
        if (i > 0) {
            if (sb_append_value_str(&enc->out, enc->item_sep) < 0)
                return -1;
            if (enc->indent && newline_indent(enc, level + 1) < 0)
                return -1;
        }
        Value item = is_list ? AS_LIST(v)->items[i] : TUPLE_ITEMS(v)[i];
        if (encode_value(enc, item, level + 1) < 0)
            return -1;
    }
    if (enc->indent && newline_indent(enc, level) < 0)
        return -1;
    pop_marker(enc);
    return sb_append_char(&enc->out, ']');
}

/* The key as JSON text (a str), VAL_NONE to skip it, VAL_NULL on error. */
static Value key_to_str(Encoder *enc, Value key)
{
    Vm *vm = enc->vm;
    if (obj_isinstance_type(key, &t_str))
        return key;
    if (obj_isinstance_type(key, &t_float)) {
        double d = ((FloatObj *)AS_OBJ(key))->value;
        if (!isfinite(d)) {
            if (!enc->allow_nan) {
                nan_error(enc, d);
                return VAL_NULL;
            }
            return str_from_cstr(vm, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
        return float_repr(vm, d);
    }
    if (key == VAL_TRUE)
        return str_from_cstr(vm, "true");
    if (key == VAL_FALSE)
        return str_from_cstr(vm, "false");
    if (key == VAL_NONE)
        return str_from_cstr(vm, "null");
    if (is_intlike(key))
        return int_to_string(vm, key, 10);
    if (enc->skipkeys)
        return VAL_NONE;
    vm_raise(vm, &t_TypeError, "keys must be str, int, float, bool or None, not %s", type_name_of(key));
    return VAL_NULL;
}

static int encode_dict(Encoder *enc, Value v, int level)
{
    Vm *vm = enc->vm;
    if (dict_len(v) == 0)
        return sb_append_cstr(&enc->out, "{}");
    if (push_marker(enc, v) < 0 || sb_append_char(&enc->out, '{') < 0)
        return -1;
    /* snapshot the items: encoding values may run Python code that mutates the dict */
    Value items = list_new(vm, dict_len(v));
    if (!items)
        return -1;
    size_t pos = 0;
    Value k, val;
    while (dict_next(v, &pos, &k, &val)) {
        Value pair = tuple_pack2(vm, k, val);
        if (!pair || list_append(vm, items, pair) < 0)
            return -1;
    }
    if (enc->sort_keys && list_sort(vm, items, VAL_NONE, false) < 0)
        return -1;
    if (enc->indent && newline_indent(enc, level + 1) < 0)
        return -1;
    bool first = true;
    for (size_t i = 0; i < AS_LIST(items)->len; i++) {
        Value pair = AS_LIST(items)->items[i];
        Value ks = key_to_str(enc, TUPLE_ITEMS(pair)[0]);
        if (!ks)
            return -1;
        if (ks == VAL_NONE)
            continue;
        if (!first) {
            if (sb_append_value_str(&enc->out, enc->item_sep) < 0)
                return -1;
            if (enc->indent && newline_indent(enc, level + 1) < 0)
                return -1;
        }
        first = false;
        if (encode_string(enc, STR_DATA(ks), STR_LEN(ks)) < 0 || sb_append_value_str(&enc->out, enc->key_sep) < 0 ||
            encode_value(enc, TUPLE_ITEMS(pair)[1], level + 1) < 0)
            return -1;
    }
    if (enc->indent && newline_indent(enc, level) < 0)
        return -1;
    pop_marker(enc);
    return sb_append_char(&enc->out, '}');
}

static int encode_value(Encoder *enc, Value v, int level)
{
    if (v == VAL_NONE)
        return sb_append_cstr(&enc->out, "null");
    if (v == VAL_TRUE)
        return sb_append_cstr(&enc->out, "true");
    if (v == VAL_FALSE)
        return sb_append_cstr(&enc->out, "false");
    if (IS_SMALLINT(v))
        return encode_int(enc, v);
    if (obj_isinstance_type(v, &t_str))
        return encode_string(enc, STR_DATA(v), STR_LEN(v));
    if (is_intlike(v))
        return encode_int(enc, v);
    if (obj_isinstance_type(v, &t_float))
        return encode_float(enc, ((FloatObj *)AS_OBJ(v))->value);
    int rc;
    if (obj_isinstance_type(v, &t_list) || obj_isinstance_type(v, &t_tuple)) {
        if (enter(enc) < 0)
            return -1;
        rc = encode_list(enc, v, level);
        enc->depth--;
        return rc;
    }
    if (obj_isinstance_type(v, &t_dict)) {
        if (enter(enc) < 0)
            return -1;
        rc = encode_dict(enc, v, level);
        enc->depth--;
        return rc;
    }
    if (!enc->default_fn) {
        vm_raise(enc->vm, &t_TypeError, "Object of type %s is not JSON serializable", type_name_of(v));
        return -1;
    }
    if (push_marker(enc, v) < 0)
        return -1;
    Value replacement = vm_call(enc->vm, enc->default_fn, &v, 1, VAL_NULL);
    if (!replacement || enter(enc) < 0)
        return -1;
    rc = encode_value(enc, replacement, level);
    enc->depth--;
    if (rc < 0)
        return -1;
    pop_marker(enc);
    return 0;
}

enum { DA_SKIPKEYS, DA_ENSURE_ASCII, DA_CHECK_CIRCULAR, DA_ALLOW_NAN, DA_CLS, DA_INDENT, DA_SEPARATORS,
       DA_DEFAULT, DA_SORT_KEYS, DA_COUNT };
static const char *const dump_option_names[DA_COUNT] = {
    "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys",
};

/* Keyword options of dumps/dump (args after the positional ones). */
static int parse_dump_options(Vm *vm, Value *kwvalues, Value kwnames, Value *opt)
{
    for (int i = 0; i < DA_COUNT; i++)
        opt[i] = VAL_NULL;
    if (!kwnames)
        return 0;
    for (size_t k = 0; k < TUPLE_LEN(kwnames); k++) {
        Value name = TUPLE_ITEMS(kwnames)[k];
        int idx = -1;
        for (int i = 0; i < DA_COUNT; i++)
            if (str_eq_cstr(name, dump_option_names[i]))
                idx = i;
        if (idx < 0) {
            vm_raise(vm, &t_TypeError, "JSONEncoder.__init__() got an unexpected keyword argument '%S'", name);
            return -1;
        }
        opt[idx] = kwvalues[k];
    }
    if (opt[DA_CLS] && opt[DA_CLS] != VAL_NONE) {
        vm_raise(vm, &t_TypeError, "json: the cls argument is not supported");
        return -1;
    }
    return 0;
}

static int opt_flag(Vm *vm, Value v, bool dflt, bool *out)
{
    if (!v) {
        *out = dflt;
        return 0;
    }
    int t = obj_truthy(vm, v);
    if (t < 0)
        return -1;
    *out = t;
    return 0;
}

static Value encode_to_str(Vm *vm, Value obj, Value *opt)
{
    Encoder enc;
    memset(&enc, 0, sizeof enc);
    enc.vm = vm;
    if (opt_flag(vm, opt[DA_SKIPKEYS], false, &enc.skipkeys) < 0 ||
        opt_flag(vm, opt[DA_ENSURE_ASCII], true, &enc.ensure_ascii) < 0 ||
        opt_flag(vm, opt[DA_CHECK_CIRCULAR], true, &enc.check_circular) < 0 ||
        opt_flag(vm, opt[DA_ALLOW_NAN], true, &enc.allow_nan) < 0 ||
        opt_flag(vm, opt[DA_SORT_KEYS], false, &enc.sort_keys) < 0)
        return VAL_NULL;
    Value indent = opt[DA_INDENT];
    if (indent && indent != VAL_NONE) {
        enc.python_path = true;
        if (obj_isinstance_type(indent, &t_str)) {
            enc.indent = indent;
        } else {
            Value space = str_from_cstr(vm, " ");
            if (!space || !(enc.indent = obj_binary_op(vm, BINOP_MUL, space, indent)))
                return VAL_NULL;
        }
    }
    Value seps = opt[DA_SEPARATORS];
    if (seps && seps != VAL_NONE) {
        Value l = list_from_iterable(vm, seps);
        if (!l)
            return VAL_NULL;
        size_t n = AS_LIST(l)->len;
        if (n != 2)
            return n < 2 ? vm_raise(vm, &t_ValueError, "not enough values to unpack (expected 2, got %d)", (int)n)
                         : vm_raise(vm, &t_ValueError, "too many values to unpack (expected 2)");
        enc.item_sep = AS_LIST(l)->items[0];
        enc.key_sep = AS_LIST(l)->items[1];
        if (!obj_isinstance_type(enc.key_sep, &t_str))
            return vm_raise(vm, &t_TypeError, "make_encoder() argument 5 must be str, not %s", type_name_of(enc.key_sep));
        if (!obj_isinstance_type(enc.item_sep, &t_str))
            return vm_raise(vm, &t_TypeError, "make_encoder() argument 6 must be str, not %s", type_name_of(enc.item_sep));
    } else {
        enc.item_sep = str_from_cstr(vm, enc.indent ? "," : ", ");
        enc.key_sep = str_from_cstr(vm, ": ");
        if (!enc.item_sep || !enc.key_sep)
            return VAL_NULL;
    }
    enc.default_fn = opt[DA_DEFAULT] && opt[DA_DEFAULT] != VAL_NONE ? opt[DA_DEFAULT] : VAL_NULL;
    if (!(enc.markers = list_new(vm, 0)))
        return VAL_NULL;
    enc.max_depth = remaining_depth(vm, ENCODE_FRAME_OVERHEAD);
    sb_init(&enc.out, vm);
    if (encode_value(&enc, obj, 0) < 0) {
        sb_free(&enc.out);
        return VAL_NULL;
    }
    return sb_finish(&enc.out);
}

static Value json_dumps(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs != 1) {
        if (nargs == 0)
            return vm_raise(vm, &t_TypeError, "dumps() missing 1 required positional argument: 'obj'");
        return vm_raise(vm, &t_TypeError, "dumps() takes 1 positional argument but %d were given", nargs);
    }
    Value opt[DA_COUNT];
    if (parse_dump_options(vm, args + nargs, kwnames, opt) < 0)
        return VAL_NULL;
    return encode_to_str(vm, args[0], opt);
}

static Value json_dump(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs != 2) {
        if (nargs == 0)
            return vm_raise(vm, &t_TypeError, "dump() missing 2 required positional arguments: 'obj' and 'fp'");
        if (nargs == 1)
            return vm_raise(vm, &t_TypeError, "dump() missing 1 required positional argument: 'fp'");
        return vm_raise(vm, &t_TypeError, "dump() takes 2 positional arguments but %d were given", nargs);
    }
    Value opt[DA_COUNT];
    if (parse_dump_options(vm, args + nargs, kwnames, opt) < 0)
        return VAL_NULL;
    Value text = encode_to_str(vm, args[0], opt);
    if (!text)
        return VAL_NULL;
    Value r = vm_call_method(vm, args[1], "write", &text, 1);
    return r ? VAL_NONE : VAL_NULL;
}

/* ================================================================ decoder */

typedef struct {
    Vm *vm;
    const char *s;
    size_t len;
    Value doc;
    Value object_hook, pairs_hook, parse_float, parse_int, parse_constant;
    bool strict;
    int depth, max_depth;
} Decoder;

/* JSONDecodeError(msg, doc, pos) with pos in code points */
static Value decode_error(Decoder *d, const char *msg, size_t byte_pos)
{
    Vm *vm = d->vm;
    size_t chars = 0;
    for (size_t i = 0; i < byte_pos && i < d->len; i++)
        if (((unsigned char)d->s[i] & 0xC0) != 0x80)
            chars++;
    Value args[3];
    args[0] = str_from_cstr(vm, msg);
    args[1] = d->doc;
    args[2] = int_from_u64(vm, chars);
    if (!args[0] || !args[2])
        return VAL_NULL;
    Value exc = vm_call(vm, decode_error_class(vm), args, 3, VAL_NULL);
    if (!exc)
        return VAL_NULL;
    return vm_raise_value(vm, exc);
}

static size_t skip_ws(Decoder *d, size_t i)
{
    while (i < d->len && (d->s[i] == ' ' || d->s[i] == '\t' || d->s[i] == '\n' || d->s[i] == '\r'))
        i++;
    return i;
}

static int hex4(const char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (uint32_t)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

/* Append a code point as (generalised) UTF-8: lone surrogates keep their
 * three-byte form, as CPython keeps them in the str. */
static int append_cp(StrBuf *sb, uint32_t cp)
{
    if (cp >= 0xD800 && cp <= 0xDFFF) {
        char b[3] = {(char)(0xE0 | (cp >> 12)), (char)(0x80 | ((cp >> 6) & 0x3F)), (char)(0x80 | (cp & 0x3F))};
        return sb_append(sb, b, 3);
    }
    return sb_append_codepoint(sb, cp);
}

/* The string whose opening quote is at 'quote'; *end = index after the closing quote. */
static Value scan_string(Decoder *d, size_t quote, size_t *end)
{
    const char *s = d->s;
    size_t len = d->len;
    size_t i = quote + 1;
    /* fast path: no escapes */
    size_t j = i;
    while (j < len && s[j] != '"' && s[j] != '\\' && ((unsigned char)s[j] >= 0x20 || !d->strict))
        j++;
    if (j < len && s[j] == '"') {
        *end = j + 1;
        return str_new(d->vm, s + i, j - i);
    }
    StrBuf sb;
    sb_init(&sb, d->vm);
    for (;;) {
        size_t run = i;
        while (i < len && s[i] != '"' && s[i] != '\\' && ((unsigned char)s[i] >= 0x20 || !d->strict))
            i++;
        if (i > run && sb_append(&sb, s + run, i - run) < 0)
            goto fail;
        if (i >= len) {
            decode_error(d, "Unterminated string starting at", quote);
            goto fail;
        }
        char c = s[i];
        if (c == '"') {
            *end = i + 1;
            return sb_finish(&sb);
        }
        if (c != '\\') {
            decode_error(d, "Invalid control character at", i);
            goto fail;
        }
        if (i + 1 >= len) {
            decode_error(d, "Unterminated string starting at", quote);
            goto fail;
        }
        char e = s[i + 1];
        const char *plain = NULL;
        switch (e) {
        case '"': plain = "\""; break;
        case '\\': plain = "\\"; break;
        case '/': plain = "/"; break;
        case 'b': plain = "\b"; break;
        case 'f': plain = "\f"; break;
        case 'n': plain = "\n"; break;
        case 'r': plain = "\r"; break;
        case 't': plain = "\t"; break;
        }
        if (plain) {
            if (sb_append_char(&sb, plain[0]) < 0)
                goto fail;
            i += 2;
            continue;
        }
        if (e != 'u') {
            decode_error(d, "Invalid \\escape", i);
            goto fail;
        }
        size_t u = i + 1;   /* the 'u' */
        uint32_t cp;
        if (u + 5 >= len || hex4(s + u + 1, &cp) < 0) {
            decode_error(d, "Invalid \\uXXXX escape", u);
            goto fail;
        }
        i = u + 5;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < len && s[i] == '\\' && s[i + 1] == 'u') {
            uint32_t lo;
            if (hex4(s + i + 2, &lo) < 0) {
                decode_error(d, "Invalid \\uXXXX escape", i + 1);
                goto fail;
            }
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (lo - 0xDC00));
                i += 6;
            }
        }
        if (append_cp(&sb, cp) < 0)
            goto fail;
    }
fail:
    sb_free(&sb);
    return VAL_NULL;
}

static Value scan_value(Decoder *d, size_t idx, size_t *end);

static Value call_constant(Decoder *d, const char *name, double dflt)
{
    if (d->parse_constant) {
        Value arg = str_from_cstr(d->vm, name);
        return arg ? vm_call(d->vm, d->parse_constant, &arg, 1, VAL_NULL) : VAL_NULL;
    }
    return float_new(d->vm, dflt);
}

static bool matches(Decoder *d, size_t idx, const char *word)
{
    size_t n = strlen(word);
    return idx + n <= d->len && memcmp(d->s + idx, word, n) == 0;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static Value scan_number(Decoder *d, size_t start, size_t *end)
{
    const char *s = d->s;
    size_t len = d->len;
    size_t i = start;
    if (s[i] == '-') {
        i++;
        if (i >= len)
            return decode_error(d, "Expecting value", start);
    }
    if (s[i] >= '1' && s[i] <= '9') {
        i++;
        while (i < len && is_digit(s[i]))
            i++;
    } else if (s[i] == '0') {
        i++;
    } else {
        return decode_error(d, "Expecting value", start);
    }
    bool is_float = false;
    if (i + 1 < len && s[i] == '.' && is_digit(s[i + 1])) {
        is_float = true;
        i += 2;
        while (i < len && is_digit(s[i]))
            i++;
    }
    if (i + 1 < len && (s[i] == 'e' || s[i] == 'E')) {
        size_t e_start = i;
        i++;
        if (i + 1 < len && (s[i] == '-' || s[i] == '+'))
            i++;
        while (i < len && is_digit(s[i]))
            i++;
        if (is_digit(s[i - 1]))
            is_float = true;
        else
            i = e_start;
    }
    *end = i;
    Value custom = is_float ? d->parse_float : d->parse_int;
    if (custom || is_float) {
        Value text = str_new(d->vm, s + start, i - start);
        if (!text)
            return VAL_NULL;
        if (custom)
            return vm_call(d->vm, custom, &text, 1, VAL_NULL);
        return float_from_string(d->vm, text);
    }
    if (i - start < 18) {
        int64_t v = 0;
        size_t k = start + (s[start] == '-');
        for (; k < i; k++)
            v = v * 10 + (s[k] - '0');
        return MAKE_SMALLINT(s[start] == '-' ? -v : v);
    }
    return int_from_string(d->vm, s + start, i - start, 10);
}

static Value scan_array(Decoder *d, size_t idx, size_t *end)
{
    Vm *vm = d->vm;
    Value list = list_new(vm, 0);
    if (!list)
        return VAL_NULL;
    idx = skip_ws(d, idx);
    if (idx < d->len && d->s[idx] == ']') {
        *end = idx + 1;
        return list;
    }
    while (idx < d->len) {
        size_t next;
        Value v = scan_value(d, idx, &next);
        if (!v || list_append(vm, list, v) < 0)
            return VAL_NULL;
        idx = skip_ws(d, next);
        if (idx < d->len && d->s[idx] == ']') {
            *end = idx + 1;
            return list;
        }
        if (idx >= d->len || d->s[idx] != ',')
            return decode_error(d, "Expecting ',' delimiter", idx);
        idx = skip_ws(d, idx + 1);
    }
    return decode_error(d, "Expecting value", idx);
}

static Value scan_object(Decoder *d, size_t idx, size_t *end)
{
    Vm *vm = d->vm;
    Value pairs = VAL_NULL, dict = VAL_NULL;
    if (d->pairs_hook) {
        if (!(pairs = list_new(vm, 0)))
            return VAL_NULL;
    } else if (!(dict = dict_new(vm))) {
        return VAL_NULL;
    }
    idx = skip_ws(d, idx);
    if (!(idx < d->len && d->s[idx] == '}')) {
        for (;;) {
            if (idx >= d->len || d->s[idx] != '"')
                return decode_error(d, "Expecting property name enclosed in double quotes", idx);
            size_t next;
            Value key = scan_string(d, idx, &next);
            if (!key)
                return VAL_NULL;
            idx = skip_ws(d, next);
            if (idx >= d->len || d->s[idx] != ':')
                return decode_error(d, "Expecting ':' delimiter", idx);
            idx = skip_ws(d, idx + 1);
            Value v = scan_value(d, idx, &next);
            if (!v)
                return VAL_NULL;
            if (pairs) {
                Value pair = tuple_pack2(vm, key, v);
                if (!pair || list_append(vm, pairs, pair) < 0)
                    return VAL_NULL;
            } else if (dict_set(vm, dict, key, v) < 0) {
                return VAL_NULL;
            }
            idx = skip_ws(d, next);
            if (idx < d->len && d->s[idx] == '}')
                break;
            if (idx >= d->len || d->s[idx] != ',')
                return decode_error(d, "Expecting ',' delimiter", idx);
            idx = skip_ws(d, idx + 1);
        }
    }
    *end = idx + 1;
    if (pairs)
        return vm_call(vm, d->pairs_hook, &pairs, 1, VAL_NULL);
    if (d->object_hook)
        return vm_call(vm, d->object_hook, &dict, 1, VAL_NULL);
    return dict;
}

static Value scan_value(Decoder *d, size_t idx, size_t *end)
{
    if (vm_tick(d->vm) < 0)
        return VAL_NULL;
    if (idx >= d->len)
        return decode_error(d, "Expecting value", idx);
    Value r;
    switch (d->s[idx]) {
    case '"':
        return scan_string(d, idx, end);
    case '{':
    case '[':
        if (++d->depth > d->max_depth) {
            return vm_raise(d->vm, &t_RecursionError, d->s[idx] == '{'
                ? "maximum recursion depth exceeded while decoding a JSON object from a unicode string"
                : "maximum recursion depth exceeded while decoding a JSON array from a unicode string");
        }
        r = d->s[idx] == '{' ? scan_object(d, idx + 1, end) : scan_array(d, idx + 1, end);
        d->depth--;
        return r;
    case 'n':
        if (matches(d, idx, "null")) {
            *end = idx + 4;
            return VAL_NONE;
        }
        break;
    case 't':
        if (matches(d, idx, "true")) {
            *end = idx + 4;
            return VAL_TRUE;
        }
        break;
    case 'f':
        if (matches(d, idx, "false")) {
            *end = idx + 5;
            return VAL_FALSE;
        }
        break;
    case 'N':
        if (matches(d, idx, "NaN")) {
            *end = idx + 3;
            return call_constant(d, "NaN", NAN);
        }
        break;
    case 'I':
        if (matches(d, idx, "Infinity")) {
            *end = idx + 8;
            return call_constant(d, "Infinity", INFINITY);
        }
        break;
    case '-':
        if (matches(d, idx, "-Infinity")) {
            *end = idx + 9;
            return call_constant(d, "-Infinity", -INFINITY);
        }
        break;
    }
    return scan_number(d, idx, end);
}

enum { LA_CLS, LA_OBJECT_HOOK, LA_PARSE_FLOAT, LA_PARSE_INT, LA_PARSE_CONSTANT, LA_PAIRS_HOOK, LA_STRICT, LA_COUNT };
static const char *const load_option_names[LA_COUNT] = {
    "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict",
};

static Value decode_text(Vm *vm, Value text, Value *kwvalues, Value kwnames)
{
    Value opt[LA_COUNT];
    for (int i = 0; i < LA_COUNT; i++)
        opt[i] = VAL_NULL;
    if (kwnames) {
        for (size_t k = 0; k < TUPLE_LEN(kwnames); k++) {
            Value name = TUPLE_ITEMS(kwnames)[k];
            int idx = -1;
            for (int i = 0; i < LA_COUNT; i++)
                if (str_eq_cstr(name, load_option_names[i]))
                    idx = i;
            if (idx < 0)
                return vm_raise(vm, &t_TypeError, "JSONDecoder.__init__() got an unexpected keyword argument '%S'", name);
            opt[idx] = kwvalues[k];
        }
    }
    if (opt[LA_CLS] && opt[LA_CLS] != VAL_NONE)
        return vm_raise(vm, &t_TypeError, "json: the cls argument is not supported");
    Decoder d;
    memset(&d, 0, sizeof d);
    d.vm = vm;
#define HOOK(i) (opt[i] && opt[i] != VAL_NONE ? opt[i] : VAL_NULL)
    d.object_hook = HOOK(LA_OBJECT_HOOK);
    d.pairs_hook = HOOK(LA_PAIRS_HOOK);
    d.parse_float = HOOK(LA_PARSE_FLOAT);
    d.parse_int = HOOK(LA_PARSE_INT);
    d.parse_constant = HOOK(LA_PARSE_CONSTANT);
#undef HOOK
    if (d.parse_float == OBJ_VAL(&t_float))
        d.parse_float = VAL_NULL;
    if (d.parse_int == OBJ_VAL(&t_int))
        d.parse_int = VAL_NULL;
    d.strict = true;
    if (opt[LA_STRICT]) {
        int t = obj_truthy(vm, opt[LA_STRICT]);
        if (t < 0)
            return VAL_NULL;
        d.strict = t;
    }
    if (IS_BYTES(text) || IS_TYPE(text, &t_bytearray)) {
        const uint8_t *data = IS_BYTES(text) ? AS_BYTES(text)->data : ((ByteArrayObj *)AS_OBJ(text))->data;
        size_t n = IS_BYTES(text) ? AS_BYTES(text)->len : ((ByteArrayObj *)AS_OBJ(text))->len;
        if (n >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
            data += 3;
            n -= 3;
        }
        if (!utf8_valid((const char *)data, n)) {
            Value dec = vm_call_method(vm, text, "decode", NULL, 0);
            if (!dec)
                return VAL_NULL;
            return vm_raise(vm, &t_UnicodeDecodeError, "'utf-8' codec can't decode bytes");
        }
        if (!(text = str_new(vm, (const char *)data, n)))
            return VAL_NULL;
    } else if (!obj_isinstance_type(text, &t_str)) {
        return vm_raise(vm, &t_TypeError, "the JSON object must be str, bytes or bytearray, not %s", type_name_of(text));
    }
    d.doc = text;
    d.s = STR_DATA(text);
    d.len = STR_LEN(text);
    if (d.len >= 3 && memcmp(d.s, "\xEF\xBB\xBF", 3) == 0)
        return decode_error(&d, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    d.max_depth = remaining_depth(vm, DECODE_FRAME_OVERHEAD);
    size_t end;
    Value result = scan_value(&d, skip_ws(&d, 0), &end);
    if (!result)
        return VAL_NULL;
    end = skip_ws(&d, end);
    if (end != d.len)
        return decode_error(&d, "Extra data", end);
    return result;
}

static Value json_loads(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs != 1) {
        if (nargs == 0)
            return vm_raise(vm, &t_TypeError, "loads() missing 1 required positional argument: 's'");
        return vm_raise(vm, &t_TypeError, "loads() takes 1 positional argument but %d were given", nargs);
    }
    return decode_text(vm, args[0], args + nargs, kwnames);
}

static Value json_load(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nargs != 1) {
        if (nargs == 0)
            return vm_raise(vm, &t_TypeError, "load() missing 1 required positional argument: 'fp'");
        return vm_raise(vm, &t_TypeError, "load() takes 1 positional argument but %d were given", nargs);
    }
    Value text = vm_call_method(vm, args[0], "read", NULL, 0);
    if (!text)
        return VAL_NULL;
    return decode_text(vm, text, args + nargs, kwnames);
}

/* ================================================================ module */

static const char decode_error_source[] =
    "class JSONDecodeError(ValueError):\n"
    "    def __init__(self, msg, doc, pos):\n"
    "        lineno = doc.count('\\n', 0, pos) + 1\n"
    "        colno = pos - doc.rfind('\\n', 0, pos)\n"
    "        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)\n"
    "        ValueError.__init__(self, errmsg)\n"
    "        self.msg = msg\n"
    "        self.doc = doc\n"
    "        self.pos = pos\n"
    "        self.lineno = lineno\n"
    "        self.colno = colno\n"
    "\n"
    "    def __reduce__(self):\n"
    "        return self.__class__, (self.msg, self.doc, self.pos)\n"
    "\n"
    "JSONDecodeError.__module__ = 'json.decoder'\n";

static const BuiltinFunc json_functions[] = {
    BUILTIN_STATIC("dumps", json_dumps),
    BUILTIN_STATIC("dump", json_dump),
    BUILTIN_STATIC("loads", json_loads),
    BUILTIN_STATIC("load", json_load),
};

static Value json_init(Vm *vm)
{
    Value m = module_new(vm, "json");
    if (!m || module_add_functions(vm, m, json_functions, sizeof json_functions / sizeof json_functions[0]) < 0)
        return VAL_NULL;
    SyntaxErrorInfo err;
    CodeObj *code = vm_compile(vm, decode_error_source, sizeof decode_error_source - 1, "<frozen json>", &err);
    if (!code || !vm_exec_in_module(vm, code, module_dict(m)))
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_json = {"json", json_init, NULL};
