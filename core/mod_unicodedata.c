/* _unicodedata: the table lookups behind stdlib/unicodedata.py.
 *
 * Every function takes a code point (int) and reads the compact tables that
 * tools/gen_unicodedata.py generates from CPython 3.11's own data (Unicode
 * 14.0.0); argument checking, Hangul/CJK algorithmic names and the
 * normalization algorithm live in the Python module. */
#include "modules.h"
#include "unicodedata_tables.h"

#include <stdio.h>
#include <string.h>

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static int cp_arg(Vm *vm, const char *fname, Value *args, int nargs, Value kwnames, uint32_t *cp)
{
    if (arg_check(vm, fname, nargs, kwnames, 1, 1) < 0)
        return -1;
    if (!IS_SMALLINT(args[0]) || SMALLINT_VALUE(args[0]) < 0 || SMALLINT_VALUE(args[0]) > 0x10FFFF) {
        vm_raise(vm, &t_ValueError, "%s() needs a code point", fname);
        return -1;
    }
    *cp = (uint32_t)SMALLINT_VALUE(args[0]);
    return 0;
}

/* Index of the last run whose start (table[i] >> shift) is <= cp. */
static size_t find_run(const uint32_t *table, size_t n, unsigned shift, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((table[mid] >> shift) <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static unsigned prop_key(uint32_t cp)
{
    size_t i = find_run(ud_prop_runs, N_OF(ud_prop_runs), 11, cp);
    return ud_prop_keys[ud_prop_runs[i] & 0x7FF];
}

static Value u_category(Vm *vm, Value *args, int nargs, Value kwnames)
{
    uint32_t cp;
    if (cp_arg(vm, "category", args, nargs, kwnames, &cp) < 0)
        return VAL_NULL;
    return str_from_cstr(vm, ud_category_names[prop_key(cp) & 31]);
}

static Value u_bidirectional(Vm *vm, Value *args, int nargs, Value kwnames)
{
    uint32_t cp;
    if (cp_arg(vm, "bidirectional", args, nargs, kwnames, &cp) < 0)
        return VAL_NULL;
    return str_from_cstr(vm, ud_bidi_names[(prop_key(cp) >> 5) & 31]);
}

static Value u_east_asian_width(Vm *vm, Value *args, int nargs, Value kwnames)
{
    uint32_t cp;
    if (cp_arg(vm, "east_asian_width", args, nargs, kwnames, &cp) < 0)
        return VAL_NULL;
    return str_from_cstr(vm, ud_eaw_names[(prop_key(cp) >> 10) & 7]);
}

static Value u_mirrored(Vm *vm, Value *args, int nargs, Value kwnames)
{
    uint32_t cp;
    if (cp_arg(vm, "mirrored", args, nargs, kwnames, &cp) < 0)
        return VAL_NULL;
    return MAKE_SMALLINT((prop_key(cp) >> 13) & 1);
}

static Value u_combining(Vm *vm, Value *args, int nargs, Value kwnames)
{
    uint32_t cp;
    if (cp_arg(vm, "combining", args, nargs, kwnames, &cp) < 0)
        return VAL_NULL;
    size_t i = find_run(ud_ccc_runs, N_OF(ud_ccc_runs), 8, cp);
    return MAKE_SMALLINT(ud_ccc_runs[i] & 0xFF);
}

/* Position of cp's entry in ud_decomp_index (pairs), or -1. */
static long decomp_entry(uint32_t cp)
{
    size_t lo = 0, hi = N_OF(ud_decomp_index) / 2;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t key = ud_decomp_index[2 * mid] & 0x1FFFFF;
        if (key == cp)
            return (long)mid;
        if (key < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* decomposition(cp) -> (tag index, tuple of code points) or None; tag 0 is canonical. */
static Value u_decomp(Vm *vm, Value *args, int nargs, Value kwnames)
{
    uint32_t cp;
    if (cp_arg(vm, "decomp", args, nargs, kwnames, &cp) < 0)
        return VAL_NULL;
    long e = decomp_entry(cp);
    if (e < 0)
        return VAL_NONE;
    uint32_t tag = ud_decomp_index[2 * e] >> 21;
    uint32_t off = ud_decomp_index[2 * e + 1] & 0xFFFF, len = ud_decomp_index[2 * e + 1] >> 16;
    Value cps = tuple_new(vm, len);
    if (!cps)
        return VAL_NULL;
    for (uint32_t i = 0; i < len; i++)
        TUPLE_ITEMS(cps)[i] = MAKE_SMALLINT(ud_decomp_pool[off + i]);
    Value pair = tuple_new(vm, 2);
    if (!pair)
        return VAL_NULL;
    TUPLE_ITEMS(pair)[0] = MAKE_SMALLINT(tag);
    TUPLE_ITEMS(pair)[1] = cps;
    return pair;
}

/* decomposition(cp) -> CPython's string form ("<compat> 0020 0301"), '' if none. */
static Value u_decomposition(Vm *vm, Value *args, int nargs, Value kwnames)
{
    uint32_t cp;
    if (cp_arg(vm, "decomposition", args, nargs, kwnames, &cp) < 0)
        return VAL_NULL;
    long e = decomp_entry(cp);
    if (e < 0)
        return str_from_cstr(vm, "");
    uint32_t tag = ud_decomp_index[2 * e] >> 21;
    uint32_t off = ud_decomp_index[2 * e + 1] & 0xFFFF, len = ud_decomp_index[2 * e + 1] >> 16;
    char buf[32 + 32 * 9];
    size_t n = 0;
    if (tag)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s", ud_tag_names[tag]);
    for (uint32_t i = 0; i < len; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%04X", n ? " " : "", (unsigned)ud_decomp_pool[off + i]);
    return str_new(vm, buf, n);
}

/* compose(first, second) -> primary composite code point, or -1. */
static Value u_compose(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "compose", nargs, kwnames, 2, 2) < 0)
        return VAL_NULL;
    if (!IS_SMALLINT(args[0]) || !IS_SMALLINT(args[1]))
        return MAKE_SMALLINT(-1);
    int64_t a = SMALLINT_VALUE(args[0]), b = SMALLINT_VALUE(args[1]);
    size_t lo = 0, hi = N_OF(ud_compositions) / 3;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int64_t ma = ud_compositions[3 * mid], mb = ud_compositions[3 * mid + 1];
        if (ma == a && mb == b)
            return MAKE_SMALLINT(ud_compositions[3 * mid + 2]);
        if (ma < a || (ma == a && mb < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    return MAKE_SMALLINT(-1);
}

/* numeric(cp) -> (kind, value) or None; kind 1 decimal, 2 digit, 3 numeric only. */
static Value u_numeric(Vm *vm, Value *args, int nargs, Value kwnames)
{
    uint32_t cp;
    if (cp_arg(vm, "numeric", args, nargs, kwnames, &cp) < 0)
        return VAL_NULL;
    size_t lo = 0, hi = N_OF(ud_numeric_runs);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const UdNumericRun *r = &ud_numeric_runs[mid];
        if (cp < r->start)
            hi = mid;
        else if (cp >= r->start + r->count)
            lo = mid + 1;
        else {
            Value v = float_new(vm, r->first + (double)(cp - r->start));
            if (!v)
                return VAL_NULL;
            Value pair = tuple_new(vm, 2);
            if (!pair)
                return VAL_NULL;
            TUPLE_ITEMS(pair)[0] = MAKE_SMALLINT(r->kind);
            TUPLE_ITEMS(pair)[1] = v;
            return pair;
        }
    }
    return VAL_NONE;
}

/* Spells the name starting at ud_name_words[first] into buf (NUL-terminated);
 * returns its length.  Names are at most 88 characters (Unicode 14). */
static size_t spell_name(uint32_t first, char *buf, size_t cap)
{
    size_t n = 0;
    for (uint32_t i = first;; i++) {
        uint16_t code = ud_name_words[i];
        const char *word = ud_lexicon + ud_lexicon_offsets[code & 0x7FFF];
        size_t len = strlen(word);
        if (n && n < cap - 1)
            buf[n++] = ' ';
        if (n + len >= cap)
            len = cap - 1 - n;
        memcpy(buf + n, word, len);
        n += len;
        if (code & 0x8000)
            break;
    }
    buf[n] = '\0';
    return n;
}

/* name(cp) -> str, or None outside the named blocks. */
static Value u_name(Vm *vm, Value *args, int nargs, Value kwnames)
{
    uint32_t cp;
    if (cp_arg(vm, "name", args, nargs, kwnames, &cp) < 0)
        return VAL_NULL;
    size_t lo = 0, hi = N_OF(ud_name_index) / 2;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t key = ud_name_index[2 * mid];
        if (key == cp) {
            char buf[128];
            size_t len = spell_name(ud_name_index[2 * mid + 1], buf, sizeof buf);
            return str_new(vm, buf, len);
        }
        if (key < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return VAL_NONE;
}

/* lookup(name) -> code point or -1; the caller upper-cases the name. */
static Value u_lookup(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "lookup", nargs, kwnames, 1, 1) < 0)
        return VAL_NULL;
    if (!IS_STR(args[0]))
        return vm_raise(vm, &t_TypeError, "lookup() needs a str");
    const char *want = STR_DATA(args[0]);
    size_t want_len = STR_LEN(args[0]);
    if (want_len >= 128)
        return MAKE_SMALLINT(-1);
    for (size_t i = 0; i < N_OF(ud_name_index) / 2; i++) {
        char buf[128];
        size_t len = spell_name(ud_name_index[2 * i + 1], buf, sizeof buf);
        if (len == want_len && memcmp(buf, want, want_len) == 0)
            return MAKE_SMALLINT(ud_name_index[2 * i]);
    }
    return MAKE_SMALLINT(-1);
}

static const BuiltinFunc unicodedata_functions[] = {
    BUILTIN_STATIC("category", u_category),
    BUILTIN_STATIC("bidirectional", u_bidirectional),
    BUILTIN_STATIC("east_asian_width", u_east_asian_width),
    BUILTIN_STATIC("mirrored", u_mirrored),
    BUILTIN_STATIC("combining", u_combining),
    BUILTIN_STATIC("decomp", u_decomp),
    BUILTIN_STATIC("decomposition", u_decomposition),
    BUILTIN_STATIC("compose", u_compose),
    BUILTIN_STATIC("numeric", u_numeric),
    BUILTIN_STATIC("name", u_name),
    BUILTIN_STATIC("lookup", u_lookup),
};

static Value unicodedata_init(Vm *vm)
{
    Value m = module_new(vm, "_unicodedata");
    if (!m || module_add_functions(vm, m, unicodedata_functions, N_OF(unicodedata_functions)) < 0)
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_unicodedata = {"_unicodedata", unicodedata_init, NULL};
