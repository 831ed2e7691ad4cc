/* Corral core: the str type.
 *
 * A str is UTF-8 with its code-point count and an all-ASCII flag cached, so
 * indexing an ASCII string is O(1); a non-ASCII string is walked (O(n)).
 * Surrogate code points (from '\ud800' literals) are stored in the
 * generalised UTF-8 form (ED A0 80); utf8_valid rejects them because the
 * utf-8 codec does.  Byte-wise comparison of UTF-8 equals code-point order,
 * so comparisons and substring searches work on the bytes directly.
 */
#include "object.h"
#include "opcodes.h"
#include "unicode.h"
#include "objstr.h"

#include <stdio.h>
#include <stdlib.h>

/* ------------------------------------------------------------ UTF-8 */

int utf8_encode(uint32_t cp, char *buf)
{
    unsigned char *b = (unsigned char *)buf;
    if (cp < 0x80) {
        b[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        b[0] = (unsigned char)(0xc0 | (cp >> 6));
        b[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        b[0] = (unsigned char)(0xe0 | (cp >> 12));
        b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        b[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    b[0] = (unsigned char)(0xf0 | (cp >> 18));
    b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    b[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

int utf8_decode(const char *s, uint32_t *cp)
{
    const unsigned char *b = (const unsigned char *)s;
    if (b[0] < 0x80) {
        *cp = b[0];
        return 1;
    }
    if (b[0] < 0xe0) {
        *cp = ((uint32_t)(b[0] & 0x1f) << 6) | (b[1] & 0x3f);
        return 2;
    }
    if (b[0] < 0xf0) {
        *cp = ((uint32_t)(b[0] & 0x0f) << 12) | ((uint32_t)(b[1] & 0x3f) << 6) | (b[2] & 0x3f);
        return 3;
    }
    *cp = ((uint32_t)(b[0] & 0x07) << 18) | ((uint32_t)(b[1] & 0x3f) << 12) |
          ((uint32_t)(b[2] & 0x3f) << 6) | (b[3] & 0x3f);
    return 4;
}

/* Length of the valid UTF-8 sequence at s[0..avail), or 0 if invalid.
 * *reason tells the utf-8 codec's wording: 1 invalid start byte,
 * 2 invalid continuation byte, 3 unexpected end of data; *bad_len is how
 * many bytes the error covers (as CPython reports end - start). */
size_t utf8_check_one(const uint8_t *b, size_t avail, int *reason, size_t *bad_len)
{
    uint8_t c = b[0];
    size_t need;
    uint8_t lo = 0x80, hi = 0xbf;
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf) {
        need = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
        need = 3;
        if (c == 0xe0) lo = 0xa0;
        if (c == 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        need = 4;
        if (c == 0xf0) lo = 0x90;
        if (c == 0xf4) hi = 0x8f;
    } else {
        *reason = 1;
        *bad_len = 1;
        return 0;
    }
    for (size_t i = 1; i < need; i++) {
        if (i >= avail) {
            *reason = 3;
            *bad_len = avail;
            return 0;
        }
        uint8_t lo_i = i == 1 ? lo : 0x80, hi_i = i == 1 ? hi : 0xbf;
        if (b[i] < lo_i || b[i] > hi_i) {
            *reason = 2;
            *bad_len = i;
            return 0;
        }
    }
    return need;
}

bool utf8_valid(const char *s, size_t len)
{
    const uint8_t *b = (const uint8_t *)s;
    size_t i = 0;
    while (i < len) {
        if (b[i] < 0x80) {
            i++;
            continue;
        }
        int reason;
        size_t bad;
        size_t n = utf8_check_one(b + i, len - i, &reason, &bad);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

/* Continuation bytes (10xxxxxx) among the 8 bytes of w (SWAR: one flag
 * per byte, summed by a multiply; no popcount instruction needed). */
static inline unsigned cont_bytes8(uint64_t w)
{
    uint64_t x = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
    return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

size_t utf8_count(const char *s, size_t len)
{
    size_t n = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        n += 8 - cont_bytes8(w);
    }
    for (; i < len; i++)
        n += ((unsigned char)s[i] & 0xc0) != 0x80;
    return n;
}

/* ------------------------------------------------------- construction */

/* Static, frozen one-character ASCII strings and the empty string: indexing
 * and iterating ASCII text allocates nothing.  SmallStr has StrObj's layout
 * with a fixed data array (checked below). */
typedef struct SmallStr {
    Obj hdr;
    size_t len;
    size_t nchars;
    int64_t hash;
    uint8_t ascii;
    char data[2];
} SmallStr;

_Static_assert(offsetof(SmallStr, data) == offsetof(StrObj, data), "SmallStr must match StrObj");
_Static_assert(offsetof(SmallStr, hash) == offsetof(StrObj, hash), "SmallStr must match StrObj");

#define FNV_OFFSET 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull
#define SS(c) { STATIC_OBJ_HEADER(&t_str, StrObj), 1, 1, (int64_t)((FNV_OFFSET ^ (uint64_t)(c)) * FNV_PRIME), 1, { (char)(c), 0 } }

static const SmallStr ascii_strs[128] = {
    SS(0), SS(1), SS(2), SS(3), SS(4), SS(5), SS(6), SS(7), SS(8), SS(9), SS(10), SS(11),
    SS(12), SS(13), SS(14), SS(15), SS(16), SS(17), SS(18), SS(19), SS(20), SS(21), SS(22),
    SS(23), SS(24), SS(25), SS(26), SS(27), SS(28), SS(29), SS(30), SS(31), SS(32), SS(33),
    SS(34), SS(35), SS(36), SS(37), SS(38), SS(39), SS(40), SS(41), SS(42), SS(43), SS(44),
    SS(45), SS(46), SS(47), SS(48), SS(49), SS(50), SS(51), SS(52), SS(53), SS(54), SS(55),
    SS(56), SS(57), SS(58), SS(59), SS(60), SS(61), SS(62), SS(63), SS(64), SS(65), SS(66),
    SS(67), SS(68), SS(69), SS(70), SS(71), SS(72), SS(73), SS(74), SS(75), SS(76), SS(77),
    SS(78), SS(79), SS(80), SS(81), SS(82), SS(83), SS(84), SS(85), SS(86), SS(87), SS(88),
    SS(89), SS(90), SS(91), SS(92), SS(93), SS(94), SS(95), SS(96), SS(97), SS(98), SS(99),
    SS(100), SS(101), SS(102), SS(103), SS(104), SS(105), SS(106), SS(107), SS(108), SS(109),
    SS(110), SS(111), SS(112), SS(113), SS(114), SS(115), SS(116), SS(117), SS(118), SS(119),
    SS(120), SS(121), SS(122), SS(123), SS(124), SS(125), SS(126), SS(127)
};

static const SmallStr empty_string = { STATIC_OBJ_HEADER(&t_str, StrObj), 0, 0, (int64_t)FNV_OFFSET, 1, { 0, 0 } };

/* Room after a str's data, 8-aligned:
 *  - strings of STR_CACHE_MIN bytes or more get a position cache (the last
 *    code-point index looked up and its byte offset), so indexing a
 *    non-ASCII string in a loop walks only from the previous position;
 *  - instances of str subclasses then get one Value slot for an instance
 *    __dict__ (see str_dict_slot). */
#define STR_CACHE_MIN 64

typedef struct StrPosCache { size_t index, offset; } StrPosCache;

static size_t str_tail_offset(size_t len)
{
    return (sizeof(StrObj) + len + 1 + 7) & ~(size_t)7;
}

static size_t str_dict_slot_offset(size_t len)
{
    return str_tail_offset(len) + (len >= STR_CACHE_MIN ? sizeof(StrPosCache) : 0);
}

/* The position cache of s, or NULL (short, frozen or foreign-built strs). */
static StrPosCache *str_pos_cache(StrObj *s)
{
    if (s->len < STR_CACHE_MIN || (s->hdr.gc_flags & OBJ_FROZEN) ||
        s->hdr.size < str_tail_offset(s->len) + sizeof(StrPosCache))
        return NULL;
    return (StrPosCache *)((char *)s + str_tail_offset(s->len));
}

Value *str_dict_slot(Value s)
{
    if (!(AS_OBJ(s)->type->flags & TF_HEAPTYPE))
        return NULL;
    size_t off = str_dict_slot_offset(AS_STR(s)->len);
    if (AS_OBJ(s)->size < off + sizeof(Value))
        return NULL;
    return (Value *)((char *)AS_OBJ(s) + off);
}

static Value str_alloc_typed(Vm *vm, const TypeObj *type, size_t len)
{
    if (len > SIZE_MAX - sizeof(StrObj) - 1 || len > 0xfffffff0u - sizeof(StrObj)) {
        vm_raise_memory(vm);
        return VAL_NULL;
    }
    size_t size = sizeof(StrObj) + len + 1;
    if (len >= STR_CACHE_MIN)
        size = str_tail_offset(len) + sizeof(StrPosCache);
    if (type->flags & TF_HEAPTYPE)
        size = str_dict_slot_offset(len) + sizeof(Value);
    StrObj *s = (StrObj *)obj_alloc(vm, type, size);
    if (!s)
        return VAL_NULL;
    s->len = len;
    s->nchars = len;
    s->hash = -1;
    s->ascii = 1;
    s->data[len] = 0;
    return OBJ_VAL(s);
}

Value str_alloc(Vm *vm, size_t len)
{
    return str_alloc_typed(vm, &t_str, len);
}

void str_finish(Value v)
{
    StrObj *s = AS_STR(v);
    s->data[s->len] = 0;
    size_t n = 0;
    uint8_t ascii = 1;
    for (size_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c >= 0x80) {
            ascii = 0;
            n += (c & 0xc0) != 0x80;
        } else {
            n++;
        }
    }
    s->nchars = n;
    s->ascii = ascii;
    s->hash = -1;
}

Value str_new_typed(Vm *vm, const TypeObj *type, const char *data, size_t len)
{
    if (type == &t_str && len <= 1) {
        if (len == 0)
            return OBJ_VAL(&empty_string);
        if ((unsigned char)data[0] < 0x80)
            return OBJ_VAL(&ascii_strs[(unsigned char)data[0]]);
    }
    Value v = str_alloc_typed(vm, type, len);
    if (!v)
        return VAL_NULL;
    if (len)
        memcpy(AS_STR(v)->data, data, len);
    str_finish(v);
    return v;
}

Value str_new(Vm *vm, const char *s, size_t len)
{
    return str_new_typed(vm, &t_str, s, len);
}

Value str_from_cstr(Vm *vm, const char *s)
{
    return str_new(vm, s, strlen(s));
}

Value str_from_codepoint(Vm *vm, uint32_t cp)
{
    char buf[4];
    int n = utf8_encode(cp, buf);
    return str_new(vm, buf, (size_t)n);
}

int64_t str_hash(Value v)
{
    StrObj *s = AS_STR(v);
    if (s->hash != -1)
        return s->hash;
    uint64_t h = FNV_OFFSET;
    for (size_t i = 0; i < s->len; i++) {
        h ^= (unsigned char)s->data[i];
        h *= FNV_PRIME;
    }
    int64_t r = (int64_t)h;
    if (r == -1)
        r = -2;
    /* frozen (shared, possibly read-only) strings are never written */
    if (!(s->hdr.gc_flags & OBJ_FROZEN))
        s->hash = r;
    return r;
}

bool str_eq(Value a, Value b)
{
    if (a == b)
        return true;
    StrObj *x = AS_STR(a), *y = AS_STR(b);
    if (x->len != y->len)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, x->len) == 0;
}

bool str_eq_cstr(Value a, const char *s)
{
    size_t n = strlen(s);
    return STR_LEN(a) == n && memcmp(STR_DATA(a), s, n) == 0;
}

int str_cmp(Value a, Value b)
{
    StrObj *x = AS_STR(a), *y = AS_STR(b);
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    if (c)
        return c < 0 ? -1 : 1;
    return x->len < y->len ? -1 : x->len > y->len;
}

Value str_concat(Vm *vm, Value a, Value b)
{
    StrObj *x = AS_STR(a), *y = AS_STR(b);
    if (y->len == 0 && IS_STR(a))
        return a;
    if (x->len == 0 && IS_STR(b))
        return b;
    if (x->len > SIZE_MAX / 2 || y->len > SIZE_MAX / 2) {
        vm_raise_memory(vm);
        return VAL_NULL;
    }
    if (mem_check(vm, x->len + y->len) < 0)
        return VAL_NULL;
    Value r = str_alloc(vm, x->len + y->len);
    if (!r)
        return VAL_NULL;
    StrObj *z = AS_STR(r);
    memcpy(z->data, x->data, x->len);
    memcpy(z->data + x->len, y->data, y->len);
    z->nchars = x->nchars + y->nchars;
    z->ascii = x->ascii && y->ascii;
    z->data[z->len] = 0;
    return r;
}

/* Byte offset of code point i, walking forward from a known character
 * boundary (off = byte offset of code point n, n <= i). */
static size_t walk_forward(const StrObj *s, size_t off, size_t n, size_t i)
{
    /* skip 8 bytes at a time while the characters started stay at most i */
    while (off + 8 <= s->len) {
        uint64_t w;
        memcpy(&w, s->data + off, 8);
        size_t c = 8 - cont_bytes8(w);
        if (n + c > i)
            break;
        n += c;
        off += 8;
    }
    if (off < s->len && ((unsigned char)s->data[off] & 0xc0) == 0x80) {
        /* inside a character already counted: back up to its first byte */
        while (((unsigned char)s->data[off] & 0xc0) == 0x80)
            off--;
        n--;
    }
    while (n < i) {
        off++;
        while (off < s->len && ((unsigned char)s->data[off] & 0xc0) == 0x80)
            off++;
        n++;
    }
    return off;
}

size_t str_byte_offset(Value v, size_t i)
{
    StrObj *s = AS_STR(v);
    if (s->ascii)
        return i < s->len ? i : s->len;
    if (i >= s->nchars)
        return s->len;
    StrPosCache *cache = str_pos_cache(s);
    size_t off;
    if (!cache) {
        off = walk_forward(s, 0, 0, i);
    } else if (i >= cache->index) {
        off = walk_forward(s, cache->offset, cache->index, i);
    } else if (cache->index - i < i / 4) {
        /* a little way back from the cached position */
        off = cache->offset;
        for (size_t n = cache->index; n > i; n--) {
            off--;
            while (((unsigned char)s->data[off] & 0xc0) == 0x80)
                off--;
        }
    } else {
        off = walk_forward(s, 0, 0, i);
    }
    if (cache) {
        cache->index = i;
        cache->offset = off;
    }
    return off;
}

uint32_t str_char_at(Value v, size_t i)
{
    StrObj *s = AS_STR(v);
    if (s->ascii)
        return (unsigned char)s->data[i];
    uint32_t cp;
    utf8_decode(s->data + str_byte_offset(v, i), &cp);
    return cp;
}

/* Code-point index of byte offset 'off' (a character boundary). */
size_t str_char_index(Value v, size_t off)
{
    StrObj *s = AS_STR(v);
    if (s->ascii)
        return off;
    return utf8_count(s->data, off);
}

/* Substring by code-point range [start, stop), 0 <= start <= stop <= nchars. */
Value str_substr(Vm *vm, Value v, size_t start, size_t stop)
{
    StrObj *s = AS_STR(v);
    if (start == 0 && stop == s->nchars && s->hdr.type == &t_str)
        return v;
    size_t b0 = str_byte_offset(v, start);
    size_t b1 = s->ascii ? stop : b0;
    if (!s->ascii && stop != start) {
        /* continue the walk from b0 instead of from the beginning */
        size_t off = b0, n = start;
        while (n < stop) {
            off++;
            while (off < s->len && ((unsigned char)s->data[off] & 0xc0) == 0x80)
                off++;
            n++;
        }
        b1 = off;
    }
    Value r = str_alloc(vm, b1 - b0);
    if (!r)
        return VAL_NULL;
    StrObj *z = AS_STR(r);
    memcpy(z->data, s->data + b0, b1 - b0);
    z->nchars = stop - start;
    z->ascii = s->ascii;
    if (!s->ascii)
        str_finish(r);
    return r;
}

/* ------------------------------------------------------------- StrBuf */

void sb_init(StrBuf *sb, Vm *vm)
{
    sb->vm = vm;
    sb->data = NULL;
    sb->len = 0;
    sb->cap = 0;
    sb->failed = 0;
}

static int sb_reserve(StrBuf *sb, size_t extra)
{
    if (sb->failed)
        return -1;
    if (extra > SIZE_MAX / 2 - sb->len) {
        vm_raise_memory(sb->vm);
        sb->failed = 1;
        return -1;
    }
    size_t need = sb->len + extra + 1;
    if (need <= sb->cap)
        return 0;
    size_t cap = sb->cap ? sb->cap : 32;
    while (cap < need)
        cap *= 2;
    char *p = mem_realloc(sb->vm, sb->data, sb->cap, cap);
    if (!p) {
        sb->failed = 1;
        return -1;
    }
    sb->data = p;
    sb->cap = cap;
    return 0;
}

int sb_append(StrBuf *sb, const char *s, size_t len)
{
    if (sb_reserve(sb, len) < 0)
        return -1;
    if (len)
        memcpy(sb->data + sb->len, s, len);
    sb->len += len;
    return 0;
}

int sb_append_cstr(StrBuf *sb, const char *s)
{
    return sb_append(sb, s, strlen(s));
}

int sb_append_char(StrBuf *sb, char c)
{
    if (sb_reserve(sb, 1) < 0)
        return -1;
    sb->data[sb->len++] = c;
    return 0;
}

int sb_append_codepoint(StrBuf *sb, uint32_t cp)
{
    char buf[4];
    int n = utf8_encode(cp, buf);
    return sb_append(sb, buf, (size_t)n);
}

int sb_append_value_str(StrBuf *sb, Value str)
{
    return sb_append(sb, STR_DATA(str), STR_LEN(str));
}

Value sb_finish(StrBuf *sb)
{
    if (sb->failed) {
        sb_free(sb);
        return VAL_NULL;
    }
    Value r = str_new(sb->vm, sb->data ? sb->data : "", sb->len);
    sb_free(sb);
    return r;
}

void sb_free(StrBuf *sb)
{
    if (sb->data)
        mem_free(sb->vm, sb->data, sb->cap);
    sb->data = NULL;
    sb->len = sb->cap = 0;
}

/* ------------------------------------------------------------- repr */

static const char hexdigits[] = "0123456789abcdef";

int sb_append_escaped_cp(StrBuf *sb, uint32_t cp)
{
    char buf[12];
    if (cp < 0x100) {
        buf[0] = '\\'; buf[1] = 'x';
        buf[2] = hexdigits[cp >> 4]; buf[3] = hexdigits[cp & 15];
        return sb_append(sb, buf, 4);
    }
    if (cp < 0x10000) {
        buf[0] = '\\'; buf[1] = 'u';
        for (int i = 0; i < 4; i++)
            buf[2 + i] = hexdigits[(cp >> (12 - 4 * i)) & 15];
        return sb_append(sb, buf, 6);
    }
    buf[0] = '\\'; buf[1] = 'U';
    for (int i = 0; i < 8; i++)
        buf[2 + i] = hexdigits[(cp >> (28 - 4 * i)) & 15];
    return sb_append(sb, buf, 10);
}

/* Append the repr of str 'v' to sb; ascii_only escapes every non-ASCII
 * code point (ascii()). */
int str_repr_into(StrBuf *sb, Value v, bool ascii_only)
{
    StrObj *s = AS_STR(v);
    bool has_sq = memchr(s->data, '\'', s->len) != NULL;
    bool has_dq = memchr(s->data, '"', s->len) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    sb_append_char(sb, quote);
    size_t i = 0;
    while (i < s->len) {
        unsigned char c = (unsigned char)s->data[i];
        if (c < 0x80) {
            i++;
            if (c == (unsigned char)quote || c == '\\') {
                sb_append_char(sb, '\\');
                sb_append_char(sb, (char)c);
            } else if (c == '\n') {
                sb_append(sb, "\\n", 2);
            } else if (c == '\r') {
                sb_append(sb, "\\r", 2);
            } else if (c == '\t') {
                sb_append(sb, "\\t", 2);
            } else if (c < 0x20 || c == 0x7f) {
                sb_append_escaped_cp(sb, c);
            } else {
                sb_append_char(sb, (char)c);
            }
            continue;
        }
        uint32_t cp;
        int n = utf8_decode(s->data + i, &cp);
        if (ascii_only || !uni_isprintable(cp))
            sb_append_escaped_cp(sb, cp);
        else
            sb_append(sb, s->data + i, (size_t)n);
        i += (size_t)n;
    }
    return sb_append_char(sb, quote);
}

Value str_repr(Vm *vm, Value v)
{
    StrBuf sb;
    sb_init(&sb, vm);
    if (sb_reserve(&sb, STR_LEN(v) + 2) < 0)
        return VAL_NULL;
    str_repr_into(&sb, v, false);
    return sb_finish(&sb);
}

Value str_ascii_repr(Vm *vm, Value v)
{
    StrBuf sb;
    sb_init(&sb, vm);
    str_repr_into(&sb, v, true);
    return sb_finish(&sb);
}

/* ------------------------------------------------- argument helpers */

/* Argument Clinic names None as "None" (not "NoneType") in its errors. */
const char *arg_type_name(Value v)
{
    return v == VAL_NONE ? "None" : type_name_of(v);
}

/* These reproduce the wording of CPython's different argument parsers,
 * which vary by method.  nargs includes self at args[0]. */

static int self_check(Vm *vm, Value *args, int nargs, const char *meth)
{
    if (nargs < 1) {
        vm_raise(vm, &t_TypeError, "unbound method str.%s() needs an argument", meth);
        return -1;
    }
    if (!IS_STRLIKE(args[0])) {
        vm_raise(vm, &t_TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%T' object",
                 meth, args[0]);
        return -1;
    }
    return 0;
}

static size_t nkw_of(Value kwnames)
{
    return kwnames ? TUPLE_LEN(kwnames) : 0;
}

/* METH_NOARGS */
int str_args_none(Vm *vm, Value *args, int nargs, Value kwnames, const char *tname, const char *meth)
{
    if (strcmp(tname, "str") == 0 && self_check(vm, args, nargs, meth) < 0)
        return -1;
    if (nkw_of(kwnames)) {
        vm_raise(vm, &t_TypeError, "%s.%s() takes no keyword arguments", tname, meth);
        return -1;
    }
    if (nargs != 1) {
        vm_raise(vm, &t_TypeError, "%s.%s() takes no arguments (%d given)", tname, meth, nargs - 1);
        return -1;
    }
    return 0;
}

/* METH_O */
int str_args_one(Vm *vm, Value *args, int nargs, Value kwnames, const char *tname, const char *meth)
{
    if (strcmp(tname, "str") == 0 && self_check(vm, args, nargs, meth) < 0)
        return -1;
    if (nkw_of(kwnames)) {
        vm_raise(vm, &t_TypeError, "%s.%s() takes no keyword arguments", tname, meth);
        return -1;
    }
    if (nargs != 2) {
        vm_raise(vm, &t_TypeError, "%s.%s() takes exactly one argument (%d given)", tname, meth,
                 nargs < 1 ? 0 : nargs - 1);
        return -1;
    }
    return 0;
}

/* Argument Clinic positional-only: "center expected at least 1 argument, got 0" */
int str_args_pos(Vm *vm, Value *args, int nargs, Value kwnames, const char *tname, const char *meth,
                    int min, int max)
{
    if (strcmp(tname, "str") == 0 && self_check(vm, args, nargs, meth) < 0)
        return -1;
    if (nkw_of(kwnames)) {
        vm_raise(vm, &t_TypeError, "%s.%s() takes no keyword arguments", tname, meth);
        return -1;
    }
    int given = nargs - 1;
    if (given < min) {
        vm_raise(vm, &t_TypeError, "%s expected at least %d argument%s, got %d", meth, min,
                 min == 1 ? "" : "s", given);
        return -1;
    }
    if (given > max) {
        vm_raise(vm, &t_TypeError, "%s expected at most %d argument%s, got %d", meth, max,
                 max == 1 ? "" : "s", given);
        return -1;
    }
    return 0;
}

/* PyArg_ParseTuple style: "find() takes at least 1 argument (0 given)" */
int str_args_tuple(Vm *vm, Value *args, int nargs, Value kwnames, const char *tname, const char *meth,
                      int min, int max)
{
    if (strcmp(tname, "str") == 0 && self_check(vm, args, nargs, meth) < 0)
        return -1;
    if (nkw_of(kwnames)) {
        if (strcmp(tname, "str") == 0 && strcmp(meth, "find") == 0)   /* CPython's quirk */
            vm_raise(vm, &t_TypeError, "find() takes no keyword arguments");
        else
            vm_raise(vm, &t_TypeError, "%s.%s() takes no keyword arguments", tname, meth);
        return -1;
    }
    int given = nargs - 1;
    if (given < min) {
        vm_raise(vm, &t_TypeError, "%s() takes at least %d argument%s (%d given)", meth, min,
                 min == 1 ? "" : "s", given);
        return -1;
    }
    if (given > max) {
        vm_raise(vm, &t_TypeError, "%s() takes at most %d argument%s (%d given)", meth, max,
                 max == 1 ? "" : "s", given);
        return -1;
    }
    return 0;
}

/* Argument Clinic with keywords (all parameters optional here): fills
 * out[0..nnames) with VAL_NULL for missing ones.  'self_offset' is 1 when
 * args[0] is self. */
int str_args_kw(Vm *vm, Value *args, int nargs, Value kwnames, const char *meth,
                const char *const *names, int nnames, int self_offset, Value *out)
{
    int npos = nargs - self_offset;
    size_t nkw = nkw_of(kwnames);
    for (int i = 0; i < nnames; i++)
        out[i] = VAL_NULL;
    if ((size_t)npos + nkw > (size_t)nnames) {
        vm_raise(vm, &t_TypeError, "%s() takes at most %d %sargument%s (%zu given)", meth, nnames,
                 npos == 0 ? "keyword " : "", nnames == 1 ? "" : "s", (size_t)npos + nkw);
        return -1;
    }
    for (int i = 0; i < npos; i++)
        out[i] = args[self_offset + i];
    for (size_t k = 0; k < nkw; k++) {
        Value name = TUPLE_ITEMS(kwnames)[k];
        int found = -1;
        for (int i = 0; i < nnames; i++) {
            if (str_eq_cstr(name, names[i])) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            vm_raise(vm, &t_TypeError, "'%S' is an invalid keyword argument for %s()", name, meth);
            return -1;
        }
        if (found < npos) {
            vm_raise(vm, &t_TypeError, "argument for %s() given by name ('%s') and position (%d)", meth,
                     names[found], found + 1);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    return 0;
}

/* An index-sized integer argument (CPython's Py_ssize_t converter). */
int str_arg_ssize(Vm *vm, Value v, int64_t *out)
{
    if (IS_SMALLINT(v)) {
        *out = SMALLINT_VALUE(v);
        return 0;
    }
    if (is_intlike(v)) {
        if (IS_BOOL(v)) {
            *out = v == VAL_TRUE;
            return 0;
        }
        if (!int_to_i64(v, out)) {
            vm_raise(vm, &t_OverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
        return 0;
    }
    if (IS_FLOAT(v) || IS_STRLIKE(v) || v == VAL_NONE) {
        vm_raise(vm, &t_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    return obj_index(vm, v, out);
}

/* start/end of find/count/...: None or an index; clamps huge values. */
int str_arg_slice_index(Vm *vm, Value v, int64_t *out)
{
    if (v == VAL_NULL || v == VAL_NONE)
        return 0;
    if (IS_SMALLINT(v)) {
        *out = SMALLINT_VALUE(v);
        return 0;
    }
    if (is_intlike(v)) {
        if (IS_BOOL(v)) {
            *out = v == VAL_TRUE;
            return 0;
        }
        if (!int_to_i64(v, out))
            *out = int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        return 0;
    }
    if (!IS_FLOAT(v) && !IS_STRLIKE(v) && (AS_OBJ(v)->type->flags & TF_HEAPTYPE)) {
        if (obj_index(vm, v, out) == 0)
            return 0;
        vm_exc_clear(vm);
    }
    vm_raise(vm, &t_TypeError, "slice indices must be integers or None or have an __index__ method");
    return -1;
}

/* Normalise start/end against length like CPython's ADJUST_INDICES. */
void str_adjust_indices(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

/* ------------------------------------------------- byte-level search */

/* Needles longer than this are searched with KMP so a hostile haystack and
   needle pair ("aaaa...a" / "aa...ab") costs O(n + m), not O(n * m).
   Shorter needles keep the memchr + memcmp loop, whose worst case is
   bounded by this factor and which is faster on ordinary text. */
#define NAIVE_SEARCH_MAX_NEEDLE 32

/* KMP over the bytes, scanning forwards, or backwards for the last
   occurrence.  Returns the match's start (forward coordinates), -1 when
   there is none, -2 when the prefix table cannot be allocated (the caller
   then falls back to the plain loop).  The table is transient (freed
   before returning), 4 bytes per needle byte, outside the run's accounting. */
static int64_t kmp_search(const unsigned char *hay, size_t n, const unsigned char *needle, size_t m, bool reverse)
{
#define AT(buf, len, i) (reverse ? (buf)[(len) - 1 - (i)] : (buf)[i])
    if (m > UINT32_MAX)
        return -2;
    uint32_t *border = malloc(m * sizeof *border);
    if (!border)
        return -2;
    border[0] = 0;
    for (size_t i = 1, k = 0; i < m; i++) {
        while (k > 0 && AT(needle, m, i) != AT(needle, m, k))
            k = border[k - 1];
        if (AT(needle, m, i) == AT(needle, m, k))
            k++;
        border[i] = (uint32_t)k;
    }
    int64_t found = -1;
    size_t matched = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = AT(hay, n, i);
        while (matched > 0 && c != AT(needle, m, matched))
            matched = border[matched - 1];
        if (c == AT(needle, m, matched) && ++matched == m) {
            found = reverse ? (int64_t)(n - 1 - i) : (int64_t)(i + 1 - m);
            break;
        }
    }
    free(border);
    return found;
#undef AT
}

/* First occurrence of needle in hay, or -1. */
int64_t mem_find(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    if (m == 1) {
        const char *p = memchr(hay, needle[0], n);
        return p ? (int64_t)(p - hay) : -1;
    }
    if (m > NAIVE_SEARCH_MAX_NEEDLE) {
        int64_t r = kmp_search((const unsigned char *)hay, n, (const unsigned char *)needle, m, false);
        if (r != -2)
            return r;
    }
    const char *end = hay + n - m;
    const char *p = hay;
    while (p <= end) {
        p = memchr(p, needle[0], (size_t)(end - p) + 1);
        if (!p)
            return -1;
        if (memcmp(p, needle, m) == 0)
            return (int64_t)(p - hay);
        p++;
    }
    return -1;
}

int64_t mem_rfind(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m > n)
        return -1;
    if (m > NAIVE_SEARCH_MAX_NEEDLE) {
        int64_t r = kmp_search((const unsigned char *)hay, n, (const unsigned char *)needle, m, true);
        if (r != -2)
            return r;
    }
    for (size_t i = n - m + 1; i-- > 0;) {
        if (hay[i] == needle[0] && memcmp(hay + i, needle, m) == 0)
            return (int64_t)i;
    }
    return -1;
}

/* Non-overlapping occurrences, at most 'max' (max < 0: unlimited). */
int64_t mem_count(const char *hay, size_t n, const char *needle, size_t m, int64_t max)
{
    if (m == 0)
        return max >= 0 && (int64_t)n + 1 > max ? max : (int64_t)n + 1;
    int64_t count = 0;
    size_t pos = 0;
    while (pos + m <= n && (max < 0 || count < max)) {
        int64_t f = mem_find(hay + pos, n - pos, needle, m);
        if (f < 0)
            break;
        count++;
        pos += (size_t)f + m;
    }
    return count;
}

/* ------------------------------------------------------------- slots */

static Value str_slot_repr(Vm *vm, Value self)
{
    return str_repr(vm, self);
}

static Value str_slot_str(Vm *vm, Value self)
{
    if (IS_STR(self))
        return self;
    return str_new(vm, STR_DATA(self), STR_LEN(self));
}

static int str_slot_hash(Vm *vm, Value self, int64_t *out)
{
    *out = str_hash(self);
    return 0;
}

static Value str_slot_richcompare(Vm *vm, Value a, Value b, int op)
{
    if (!IS_STRLIKE(a) || !IS_STRLIKE(b))
        return VAL_NOTIMPL;
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = str_eq(a, b);
        return VAL_BOOL(op == CMP_EQ ? eq : !eq);
    }
    int c = str_cmp(a, b);
    switch (op) {
    case CMP_LT: return VAL_BOOL(c < 0);
    case CMP_LE: return VAL_BOOL(c <= 0);
    case CMP_GT: return VAL_BOOL(c > 0);
    default: return VAL_BOOL(c >= 0);
    }
}

static int64_t str_slot_len(Vm *vm, Value self)
{
    return (int64_t)AS_STR(self)->nchars;
}

static int str_slot_truthy(Vm *vm, Value self)
{
    return STR_LEN(self) != 0;
}

static Value str_slice(Vm *vm, Value self, Value slice)
{
    StrObj *s = AS_STR(self);
    int64_t start, stop, step, n;
    if (slice_indices(vm, slice, (int64_t)s->nchars, &start, &stop, &step, &n) < 0)
        return VAL_NULL;
    if (n <= 0)
        return str_new(vm, "", 0);
    if (step == 1)
        return str_substr(vm, self, (size_t)start, (size_t)start + (size_t)n);
    if (s->ascii) {
        Value r = str_alloc(vm, (size_t)n);
        if (!r)
            return VAL_NULL;
        char *d = AS_STR(r)->data;
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            d[i] = s->data[j];
        return r;
    }
    /* non-ASCII with a step: index every character once */
    size_t *offs = mem_alloc(vm, (s->nchars + 1) * sizeof(size_t));
    if (!offs)
        return VAL_NULL;
    size_t k = 0;
    for (size_t i = 0; i < s->len; i++)
        if (((unsigned char)s->data[i] & 0xc0) != 0x80)
            offs[k++] = i;
    offs[k] = s->len;
    StrBuf sb;
    sb_init(&sb, vm);
    for (int64_t i = 0, j = start; i < n; i++, j += step)
        sb_append(&sb, s->data + offs[j], offs[j + 1] - offs[j]);
    mem_free(vm, offs, (s->nchars + 1) * sizeof(size_t));
    return sb_finish(&sb);
}

static Value str_slot_getitem(Vm *vm, Value self, Value key)
{
    if (IS_TYPE(key, &t_slice))
        return str_slice(vm, self, key);
    if (!is_intlike(key)) {
        if (IS_OBJ(key) && (AS_OBJ(key)->type->flags & TF_HEAPTYPE)) {
            int64_t i;
            if (obj_index(vm, key, &i) < 0)
                return VAL_NULL;
            key = int_from_i64(vm, i);
            if (!key)
                return VAL_NULL;
        } else {
            return vm_raise(vm, &t_TypeError, "string indices must be integers, not '%T'", key);
        }
    }
    int64_t i;
    if (seq_index(vm, key, (int64_t)AS_STR(self)->nchars, "string", &i) < 0)
        return VAL_NULL;
    StrObj *s = AS_STR(self);
    if (s->ascii)
        return str_new(vm, s->data + i, 1);
    size_t off = str_byte_offset(self, (size_t)i);
    uint32_t cp;
    int n = utf8_decode(s->data + off, &cp);
    return str_new(vm, s->data + off, (size_t)n);
}

static int str_slot_contains(Vm *vm, Value self, Value item)
{
    if (!IS_STRLIKE(item)) {
        vm_raise(vm, &t_TypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    int found = mem_find(STR_DATA(self), STR_LEN(self), STR_DATA(item), STR_LEN(item)) >= 0;
    return vm_charge_work(vm, STR_LEN(self)) < 0 ? -1 : found;
}

/* str * n with the size checked before allocating */
Value str_repeat(Vm *vm, Value s, int64_t n)
{
    StrObj *so = AS_STR(s);
    if (n <= 0 || so->len == 0)
        return str_new(vm, "", 0);
    if (n == 1 && IS_STR(s))
        return s;
    if ((uint64_t)n > (SIZE_MAX / 2) / so->len) {
        vm_raise_memory(vm);
        return VAL_NULL;
    }
    size_t total = so->len * (size_t)n;
    if (mem_check(vm, total) < 0)
        return VAL_NULL;
    Value r = str_alloc(vm, total);
    if (!r)
        return VAL_NULL;
    StrObj *z = AS_STR(r);
    memcpy(z->data, so->data, so->len);
    size_t done = so->len;
    /* doubling copies: O(log n) memcpy calls */
    while (done < total) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(z->data + done, z->data, chunk);
        done += chunk;
        if (vm_tick(vm) < 0)
            return VAL_NULL;
    }
    z->nchars = so->nchars * (size_t)n;
    z->ascii = so->ascii;
    z->data[total] = 0;
    return r;
}

/* The count operand of sequence repetition; returns 1 ok, 0 not an int, -1 error */
int seq_repeat_count(Vm *vm, Value v, int64_t *out)
{
    if (IS_SMALLINT(v)) {
        *out = SMALLINT_VALUE(v);
        return 1;
    }
    if (is_intlike(v)) {
        if (IS_BOOL(v)) {
            *out = v == VAL_TRUE;
            return 1;
        }
        if (!int_to_i64(v, out)) {
            if (int_sign(v) < 0) {
                *out = 0;
                return 1;
            }
            vm_raise(vm, &t_OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        return 1;
    }
    if (IS_OBJ(v) && (AS_OBJ(v)->type->flags & TF_HEAPTYPE)) {
        Value idx = type_lookup_cstr(vm, AS_OBJ(v)->type, "__index__");
        if (idx) {
            if (obj_index(vm, v, out) < 0)
                return -1;
            return 1;
        }
    }
    return 0;
}

static Value str_slot_binop(Vm *vm, int op, Value a, Value b)
{
    switch (op & 15) {
    case BINOP_ADD:
        if (!IS_STRLIKE(a))
            return VAL_NOTIMPL;
        if (!IS_STRLIKE(b)) {
            if (IS_OBJ(b) && (AS_OBJ(b)->type->flags & TF_HEAPTYPE) &&
                type_lookup_cstr(vm, AS_OBJ(b)->type, "__radd__"))
                return VAL_NOTIMPL;
            return vm_raise(vm, &t_TypeError, "can only concatenate str (not \"%T\") to str", b);
        }
        return str_concat(vm, a, b);
    case BINOP_MUL: {
        Value s = IS_STRLIKE(a) ? a : b, n = IS_STRLIKE(a) ? b : a;
        int64_t count;
        int r = seq_repeat_count(vm, n, &count);
        if (r < 0)
            return VAL_NULL;
        if (r == 0) {
            if (IS_OBJ(n) && (AS_OBJ(n)->type->flags & TF_HEAPTYPE) &&
                type_lookup_cstr(vm, AS_OBJ(n)->type, s == a ? "__rmul__" : "__mul__"))
                return VAL_NOTIMPL;
            return vm_raise(vm, &t_TypeError, "can't multiply sequence by non-int of type '%T'", n);
        }
        return str_repeat(vm, s, count);
    }
    case BINOP_MOD:
        if (!IS_STRLIKE(a))
            return VAL_NOTIMPL;
        return format_percent(vm, a, b);
    default:
        return VAL_NOTIMPL;
    }
}

/* ---------------------------------------------------------- iterator */

extern const TypeObj t_str_ascii_iterator;

static Value str_slot_iter(Vm *vm, Value self)
{
    /* CPython 3.11 names the iterator of an ASCII str differently */
    const TypeObj *type = AS_STR(self)->ascii ? &t_str_ascii_iterator : &t_str_iterator;
    IterObj *it = (IterObj *)obj_alloc(vm, type, sizeof(IterObj));
    if (!it)
        return VAL_NULL;
    it->seq = self;
    it->index = 0;   /* byte offset of the next character */
    return OBJ_VAL(it);
}

static Value str_iter_next(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)AS_OBJ(self);
    if (!it->seq)
        return VAL_NULL;
    StrObj *s = AS_STR(it->seq);
    if ((size_t)it->index >= s->len) {
        it->seq = VAL_NULL;
        return VAL_NULL;
    }
    uint32_t cp;
    int n = utf8_decode(s->data + it->index, &cp);
    Value r = str_new(vm, s->data + it->index, (size_t)n);
    if (r)
        it->index += n;
    return r;
}

static Value iter_self(Vm *vm, Value self)
{
    return self;
}

static void iter_trace(Vm *vm, Obj *self)
{
    IterObj *it = (IterObj *)self;
    if (it->seq)
        gc_mark(vm, it->seq);
}

static Value str_iter_length_hint(Vm *vm, Value *args, int nargs, Value kwnames)
{
    IterObj *it = (IterObj *)AS_OBJ(args[0]);
    if (!it->seq)
        return MAKE_SMALLINT(0);
    StrObj *s = AS_STR(it->seq);
    return MAKE_SMALLINT((int64_t)utf8_count(s->data + it->index, s->len - (size_t)it->index));
}

static const BuiltinFunc str_iterator_methods[] = {
    BUILTIN_METHOD("__length_hint__", str_iter_length_hint),
};

const TypeObj t_str_ascii_iterator = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "str_ascii_iterator",
    .base = &t_object,
    .layout = K_ITER,
    .basicsize = sizeof(IterObj),
    .flags = TF_ABSTRACT_NEW,
    .methods = str_iterator_methods,
    .nmethods = sizeof(str_iterator_methods) / sizeof(str_iterator_methods[0]),
    .iter = iter_self,
    .iternext = str_iter_next,
    .trace = iter_trace,
};

const TypeObj t_str_iterator = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "str_iterator",
    .base = &t_object,
    .layout = K_ITER,
    .basicsize = sizeof(IterObj),
    .flags = TF_ABSTRACT_NEW,
    .methods = str_iterator_methods,
    .nmethods = sizeof(str_iterator_methods) / sizeof(str_iterator_methods[0]),
    .iter = iter_self,
    .iternext = str_iter_next,
    .trace = iter_trace,
};

/* ------------------------------------------------------------- codecs */

typedef enum {
    CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1,
    CODEC_UTF16, CODEC_UTF16LE, CODEC_UTF16BE, CODEC_UTF32, CODEC_UTF32LE, CODEC_UTF32BE,
    CODEC_UNKNOWN
} Codec;

static Codec codec_lookup(const char *name, const char **canon)
{
    char norm[32];
    size_t n = strlen(name), k = 0;
    if (n >= sizeof norm)
        return CODEC_UNKNOWN;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c == '_' || c == ' ')
            c = '-';
        norm[k++] = c;
    }
    norm[k] = 0;
    static const char *const utf8_names[] = { "utf-8", "utf8", "u8", "utf", "cp65001", NULL };
    static const char *const ascii_names[] = { "ascii", "us-ascii", "646", "us", NULL };
    static const char *const latin1_names[] = { "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1",
                                                "latin", "8859", "cp819", "iso-ir-100", NULL };
    for (int i = 0; utf8_names[i]; i++)
        if (!strcmp(norm, utf8_names[i])) { *canon = "utf-8"; return CODEC_UTF8; }
    for (int i = 0; ascii_names[i]; i++)
        if (!strcmp(norm, ascii_names[i])) { *canon = "ascii"; return CODEC_ASCII; }
    for (int i = 0; latin1_names[i]; i++)
        if (!strcmp(norm, latin1_names[i])) { *canon = "latin-1"; return CODEC_LATIN1; }
    static const struct { const char *name, *canon; Codec codec; } wide[] = {
        { "utf-16", "utf-16", CODEC_UTF16 }, { "utf16", "utf-16", CODEC_UTF16 },
        { "utf-16-le", "utf-16-le", CODEC_UTF16LE }, { "utf-16le", "utf-16-le", CODEC_UTF16LE },
        { "utf-16-be", "utf-16-be", CODEC_UTF16BE }, { "utf-16be", "utf-16-be", CODEC_UTF16BE },
        { "utf-32", "utf-32", CODEC_UTF32 }, { "utf32", "utf-32", CODEC_UTF32 },
        { "utf-32-le", "utf-32-le", CODEC_UTF32LE }, { "utf-32le", "utf-32-le", CODEC_UTF32LE },
        { "utf-32-be", "utf-32-be", CODEC_UTF32BE }, { "utf-32be", "utf-32-be", CODEC_UTF32BE },
    };
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
        if (!strcmp(norm, wide[i].name)) { *canon = wide[i].canon; return wide[i].codec; }
    return CODEC_UNKNOWN;
}

typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_UNKNOWN } ErrHandler;

static ErrHandler errors_lookup(const char *errors)
{
    if (!errors || !strcmp(errors, "strict"))
        return ERR_STRICT;
    if (!strcmp(errors, "ignore"))
        return ERR_IGNORE;
    if (!strcmp(errors, "replace"))
        return ERR_REPLACE;
    if (!strcmp(errors, "backslashreplace"))
        return ERR_BACKSLASH;
    return ERR_UNKNOWN;
}

/* Raise UnicodeDecodeError(encoding, object, start, end, reason) like
 * CPython, so e.args matches; its str() is "'utf-8' codec can't decode
 * byte 0xff in position 0: invalid start byte". */
static Value raise_decode_error(Vm *vm, const char *codec, const uint8_t *d, size_t len, size_t start,
                                size_t end, const char *reason)
{
    Value items[5];
    items[0] = str_from_cstr(vm, codec);
    items[1] = items[0] ? bytes_new(vm, d, len) : VAL_NULL;
    items[2] = items[1] ? int_from_i64(vm, (int64_t)start) : VAL_NULL;
    items[3] = items[2] ? int_from_i64(vm, (int64_t)end) : VAL_NULL;
    items[4] = items[3] ? str_from_cstr(vm, reason) : VAL_NULL;
    if (!items[4])
        return VAL_NULL;
    Value args = tuple_from_array(vm, items, 5);
    Value exc = args ? exc_new(vm, &t_UnicodeDecodeError, args) : VAL_NULL;
    if (!exc)
        return VAL_NULL;
    return vm_raise_value(vm, exc);
}

/* UTF-16 / UTF-32 decoding.  The BOM variants detect the byte order (little
 * endian without a BOM) and report errors under the specific codec name. */
static Value decode_wide(Vm *vm, const uint8_t *d, size_t len, Codec codec, ErrHandler eh, const char *errors)
{
    bool wide32 = codec >= CODEC_UTF32;
    bool big = codec == CODEC_UTF16BE || codec == CODEC_UTF32BE;
    size_t i = 0;
    if (codec == CODEC_UTF16 && len >= 2) {
        if (d[0] == 0xff && d[1] == 0xfe) i = 2;
        else if (d[0] == 0xfe && d[1] == 0xff) { i = 2; big = true; }
    } else if (codec == CODEC_UTF32 && len >= 4) {
        if (d[0] == 0xff && d[1] == 0xfe && d[2] == 0 && d[3] == 0) i = 4;
        else if (d[0] == 0 && d[1] == 0 && d[2] == 0xfe && d[3] == 0xff) { i = 4; big = true; }
    }
    const char *canon = wide32 ? (big ? "utf-32-be" : "utf-32-le") : (big ? "utf-16-be" : "utf-16-le");
    size_t unit = wide32 ? 4 : 2;
    StrBuf sb;
    sb_init(&sb, vm);
    while (i < len) {
        const char *why = NULL;
        size_t bad = 0;
        uint32_t cp = 0;
        if (len - i < unit) {
            why = "truncated data";
            bad = len - i;
        } else if (wide32) {
            cp = big ? ((uint32_t)d[i] << 24 | (uint32_t)d[i + 1] << 16 | (uint32_t)d[i + 2] << 8 | d[i + 3])
                     : ((uint32_t)d[i + 3] << 24 | (uint32_t)d[i + 2] << 16 | (uint32_t)d[i + 1] << 8 | d[i]);
            bad = 4;
            if (cp > 0x10ffff)
                why = "code point not in range(0x110000)";
            else if (cp >= 0xd800 && cp < 0xe000)
                why = "code point in surrogate code point range(0xd800, 0xe000)";
        } else {
            cp = big ? ((uint32_t)d[i] << 8 | d[i + 1]) : ((uint32_t)d[i + 1] << 8 | d[i]);
            bad = 2;
            if (cp >= 0xd800 && cp < 0xdc00) {
                if (len - i < 4) {
                    why = "unexpected end of data";
                    bad = len - i;
                } else {
                    uint32_t lo = big ? ((uint32_t)d[i + 2] << 8 | d[i + 3]) : ((uint32_t)d[i + 3] << 8 | d[i + 2]);
                    if (lo >= 0xdc00 && lo < 0xe000) {
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                        bad = 4;
                    } else {
                        why = "illegal UTF-16 surrogate";
                    }
                }
            } else if (cp >= 0xdc00 && cp < 0xe000) {
                why = "illegal encoding";
            }
        }
        if (!why) {
            sb_append_codepoint(&sb, cp);
            i += bad;
            continue;
        }
        if (eh == ERR_STRICT || eh == ERR_UNKNOWN) {
            sb_free(&sb);
            if (eh == ERR_UNKNOWN)
                return vm_raise(vm, &t_LookupError, "unknown error handler name '%s'", errors);
            return raise_decode_error(vm, canon, d, len, i, i + bad, why);
        }
        if (eh == ERR_REPLACE)
            sb_append_codepoint(&sb, 0xfffd);
        else if (eh == ERR_BACKSLASH)
            for (size_t k = 0; k < bad; k++)
                sb_append_escaped_cp(&sb, d[i + k]);
        i += bad;
    }
    return sb_finish(&sb);
}

static void put_unit(StrBuf *sb, uint32_t v, bool wide32, bool big)
{
    char b[4];
    if (wide32) {
        for (int k = 0; k < 4; k++)
            b[k] = (char)(uint8_t)(v >> (big ? 24 - 8 * k : 8 * k));
        sb_append(sb, b, 4);
    } else {
        b[0] = (char)(uint8_t)(big ? v >> 8 : v);
        b[1] = (char)(uint8_t)(big ? v : v >> 8);
        sb_append(sb, b, 2);
    }
}

/* Append code point cp in UTF-16/32 (surrogate pairs above U+FFFF). */
static void put_wide(StrBuf *sb, uint32_t cp, bool wide32, bool big)
{
    if (!wide32 && cp >= 0x10000) {
        cp -= 0x10000;
        put_unit(sb, 0xd800 + (cp >> 10), false, big);
        put_unit(sb, 0xdc00 + (cp & 0x3ff), false, big);
    } else {
        put_unit(sb, cp, wide32, big);
    }
}

Value str_decode(Vm *vm, const uint8_t *data, size_t len, const char *encoding, const char *errors)
{
    const char *canon = "utf-8";
    Codec codec = encoding ? codec_lookup(encoding, &canon) : CODEC_UTF8;
    if (codec == CODEC_UNKNOWN)
        return vm_raise(vm, &t_LookupError, "unknown encoding: %s", encoding);
    ErrHandler eh = errors_lookup(errors);
    if (codec >= CODEC_UTF16 && codec <= CODEC_UTF32BE)
        return decode_wide(vm, data, len, codec, eh, errors);
    if (codec == CODEC_UTF8 && utf8_valid((const char *)data, len))
        return str_new(vm, (const char *)data, len);
    StrBuf sb;
    sb_init(&sb, vm);
    size_t i = 0;
    while (i < len) {
        size_t ok_len;
        int reason = 0;
        size_t bad = 1;
        if (data[i] < 0x80)
            ok_len = 1;
        else if (codec == CODEC_LATIN1) {
            sb_append_codepoint(&sb, data[i]);
            i++;
            continue;
        } else if (codec == CODEC_ASCII)
            ok_len = 0;
        else
            ok_len = utf8_check_one(data + i, len - i, &reason, &bad);
        if (ok_len) {
            sb_append(&sb, (const char *)data + i, ok_len);
            i += ok_len;
            continue;
        }
        if (eh == ERR_STRICT || eh == ERR_UNKNOWN) {
            sb_free(&sb);
            if (eh == ERR_UNKNOWN)
                return vm_raise(vm, &t_LookupError, "unknown error handler name '%s'", errors);
            const char *why = codec == CODEC_ASCII ? "ordinal not in range(128)"
                              : reason == 1 ? "invalid start byte"
                              : reason == 2 ? "invalid continuation byte" : "unexpected end of data";
            return raise_decode_error(vm, canon, data, len, i, i + bad, why);
        }
        if (eh == ERR_REPLACE)
            sb_append_codepoint(&sb, 0xfffd);
        else if (eh == ERR_BACKSLASH)
            for (size_t k = 0; k < bad; k++)
                sb_append_escaped_cp(&sb, data[i + k]);
        i += bad;
    }
    return sb_finish(&sb);
}

/* Escape one code point as CPython shows it inside an error message. */
static void cp_display(uint32_t cp, char *buf, size_t size)
{
    if (cp < 0x100)
        snprintf(buf, size, "'\\x%02x'", cp);
    else if (cp < 0x10000)
        snprintf(buf, size, "'\\u%04x'", cp);
    else
        snprintf(buf, size, "'\\U%08x'", cp);
}

/* str.encode: returns bytes */
Value str_encode(Vm *vm, Value s, const char *encoding, const char *errors)
{
    const char *canon = "utf-8";
    Codec codec = encoding ? codec_lookup(encoding, &canon) : CODEC_UTF8;
    if (codec == CODEC_UNKNOWN)
        return vm_raise(vm, &t_LookupError, "unknown encoding: %s", encoding);
    StrObj *so = AS_STR(s);
    bool wide = codec >= CODEC_UTF16 && codec <= CODEC_UTF32BE;
    bool wide32 = codec >= CODEC_UTF32, big = codec == CODEC_UTF16BE || codec == CODEC_UTF32BE;
    if (!wide && (so->ascii || (codec == CODEC_UTF8 && utf8_valid(so->data, so->len))))
        return bytes_new(vm, (const uint8_t *)so->data, so->len);
    ErrHandler eh = errors_lookup(errors);
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : codec == CODEC_LATIN1 ? 0x100 : 0x110000;
    bool surrogates_bad = codec == CODEC_UTF8 || wide;
    StrBuf sb;
    sb_init(&sb, vm);
    if (codec == CODEC_UTF16 || codec == CODEC_UTF32)
        put_unit(&sb, 0xfeff, wide32, false);   /* BOM, little endian */
    size_t i = 0, ci = 0;
    while (i < so->len) {
        uint32_t cp;
        int n = utf8_decode(so->data + i, &cp);
        bool bad = surrogates_bad ? (cp >= 0xd800 && cp <= 0xdfff) : cp >= limit;
        if (!bad) {
            if (codec == CODEC_UTF8)
                sb_append(&sb, so->data + i, (size_t)n);
            else if (wide)
                put_wide(&sb, cp, wide32, big);
            else
                sb_append_char(&sb, (char)(uint8_t)cp);
            i += (size_t)n;
            ci++;
            continue;
        }
        if (eh == ERR_STRICT || eh == ERR_UNKNOWN) {
            sb_free(&sb);
            if (eh == ERR_UNKNOWN)
                return vm_raise(vm, &t_LookupError, "unknown error handler name '%s'", errors);
            /* CPython reports the whole run of unencodable characters */
            size_t j = i + (size_t)n, cj = ci + 1;
            while (j < so->len) {
                uint32_t c2;
                int n2 = utf8_decode(so->data + j, &c2);
                bool bad2 = surrogates_bad ? (c2 >= 0xd800 && c2 <= 0xdfff) : c2 >= limit;
                if (!bad2)
                    break;
                j += (size_t)n2;
                cj++;
            }
            const char *why = surrogates_bad ? "surrogates not allowed"
                              : codec == CODEC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
            if (cj - ci > 1)
                return vm_raise(vm, &t_UnicodeEncodeError,
                                "'%s' codec can't encode characters in position %zu-%zu: %s", canon, ci,
                                cj - 1, why);
            char disp[16];
            cp_display(cp, disp, sizeof disp);
            return vm_raise(vm, &t_UnicodeEncodeError,
                            "'%s' codec can't encode character %s in position %zu: %s", canon, disp, ci, why);
        }
        if (wide && eh == ERR_REPLACE) {
            put_wide(&sb, '?', wide32, big);
        } else if (wide && eh == ERR_BACKSLASH) {
            char esc[12];
            StrBuf tmp;
            sb_init(&tmp, vm);
            sb_append_escaped_cp(&tmp, cp);
            size_t el = tmp.len < sizeof esc ? tmp.len : sizeof esc;
            if (tmp.data)
                memcpy(esc, tmp.data, el);
            sb_free(&tmp);
            for (size_t k = 0; k < el; k++)
                put_wide(&sb, (uint8_t)esc[k], wide32, big);
        } else if (eh == ERR_REPLACE) {
            sb_append_char(&sb, '?');
        } else if (eh == ERR_BACKSLASH) {
            sb_append_escaped_cp(&sb, cp);
        }
        i += (size_t)n;
        ci++;
    }
    if (sb.failed) {
        sb_free(&sb);
        return VAL_NULL;
    }
    Value r = bytes_new(vm, (const uint8_t *)(sb.data ? sb.data : ""), sb.len);
    sb_free(&sb);
    return r;
}

/* ------------------------------------------------------------- new */

static Value str_slot_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = { "object", "encoding", "errors" };
    Value a[3];
    if (str_args_kw(vm, args, nargs, kwnames, "str", names, 3, 0, a) < 0)
        return VAL_NULL;
    Value r;
    if (!a[0]) {
        r = str_new(vm, "", 0);
    } else if (!a[1] && !a[2]) {
        r = obj_str(vm, a[0]);
    } else {
        for (int k = 1; k < 3; k++)
            if (a[k] && !IS_STRLIKE(a[k]))
                return vm_raise(vm, &t_TypeError, "str() argument '%s' must be str, not %s", names[k], arg_type_name(a[k]));
        if (IS_STRLIKE(a[0]))
            return vm_raise(vm, &t_TypeError, "decoding str is not supported");
        size_t len;
        const uint8_t *d = bytes_data(a[0], &len);
        if (!d)
            return vm_raise(vm, &t_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
        r = str_decode(vm, d, len, a[1] ? STR_DATA(a[1]) : NULL, a[2] ? STR_DATA(a[2]) : NULL);
    }
    if (!r || type == &t_str)
        return r;
    return str_new_typed(vm, type, STR_DATA(r), STR_LEN(r));
}

/* ------------------------------------------------------------ methods */

/* Charge the run's limits once per 1024 iterations of a long native loop. */
#define LOOP_TICK(counter) ((++(counter) & 1023) == 0 && vm_tick(vm) < 0)

#define SELF (args[0])
#define NARGS_TAB(tab) ((uint32_t)(sizeof(tab) / sizeof((tab)[0])))

static inline uint32_t next_cp(const char *s, size_t *i)
{
    uint32_t cp;
    *i += (size_t)utf8_decode(s + *i, &cp);
    return cp;
}

static inline uint32_t prev_cp(const char *s, size_t *i)
{
    size_t j = *i - 1;
    while (j > 0 && ((unsigned char)s[j] & 0xc0) == 0x80)
        j--;
    uint32_t cp;
    utf8_decode(s + j, &cp);
    *i = j;
    return cp;
}

static Value empty_str(Vm *vm)
{
    return str_new(vm, "", 0);
}

/* Require a str argument: "must be str, not int" or "<fn>() argument N must be str, not int". */
static int need_str(Vm *vm, Value v, const char *fn, int argno)
{
    if (IS_STRLIKE(v))
        return 0;
    if (fn && argno)
        vm_raise(vm, &t_TypeError, "%s() argument %d must be str, not %s", fn, argno, arg_type_name(v));
    else if (fn)
        vm_raise(vm, &t_TypeError, "%s() argument must be str, not %s", fn, arg_type_name(v));
    else
        vm_raise(vm, &t_TypeError, "must be str, not %T", v);
    return -1;
}

/* ---- case mapping */

enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

/* Greek capital sigma lowercases to final sigma at the end of a word. */
static bool final_sigma(const char *s, size_t len, size_t start, size_t after)
{
    size_t i = start;
    bool cased_before = false;
    while (i > 0) {
        uint32_t c = prev_cp(s, &i);
        if (uni_iscased(c)) { cased_before = true; break; }
        if (c != '\'' && c != 0xad && c != 0x2019 && !(c >= 0x300 && c <= 0x36f))
            break;
    }
    if (!cased_before)
        return false;
    i = after;
    while (i < len) {
        uint32_t c = next_cp(s, &i);
        if (uni_iscased(c))
            return false;
        if (c != '\'' && c != 0xad && c != 0x2019 && !(c >= 0x300 && c <= 0x36f))
            break;
    }
    return true;
}

static int lower_full_at(const char *s, size_t len, size_t start, size_t after, uint32_t cp, uint32_t *out)
{
    if (cp == 0x3a3) {
        out[0] = final_sigma(s, len, start, after) ? 0x3c2 : 0x3c3;
        return 1;
    }
    return uni_tolower_full(cp, out);
}

static Value str_case(Vm *vm, Value self, int mode)
{
    StrObj *s = AS_STR(self);
    if (s->ascii) {
        Value r = str_alloc(vm, s->len);
        if (!r)
            return VAL_NULL;
        char *d = AS_STR(r)->data;
        bool prev_cased = false;
        for (size_t i = 0; i < s->len; i++) {
            char c = s->data[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            bool to_upper;
            switch (mode) {
            case CASE_UPPER: to_upper = true; break;
            case CASE_SWAP: to_upper = lo; break;
            case CASE_TITLE: to_upper = !prev_cased; break;
            case CASE_CAPITALIZE: to_upper = i == 0; break;
            default: to_upper = false; break;
            }
            if (to_upper && lo)
                c = (char)(c - 32);
            else if (!to_upper && up)
                c = (char)(c + 32);
            prev_cased = up || lo;
            d[i] = c;
        }
        return r;
    }
    StrBuf sb;
    sb_init(&sb, vm);
    if (sb_reserve(&sb, s->len) < 0)
        return VAL_NULL;
    size_t i = 0, k = 0;
    bool prev_cased = false;
    while (i < s->len) {
        size_t start = i;
        uint32_t cp = next_cp(s->data, &i);
        uint32_t out[3];
        int n;
        switch (mode) {
        case CASE_UPPER: n = uni_toupper_full(cp, out); break;
        case CASE_LOWER: n = lower_full_at(s->data, s->len, start, i, cp, out); break;
        case CASE_FOLD: n = uni_casefold_full(cp, out); break;
        case CASE_SWAP:
            if (uni_isupper(cp))
                n = lower_full_at(s->data, s->len, start, i, cp, out);
            else if (uni_islower(cp))
                n = uni_toupper_full(cp, out);
            else {
                out[0] = cp;
                n = 1;
            }
            break;
        case CASE_TITLE:
            n = prev_cased ? lower_full_at(s->data, s->len, start, i, cp, out) : uni_totitle_full(cp, out);
            prev_cased = uni_iscased(cp);
            break;
        default: /* capitalize */
            n = k == 0 ? uni_totitle_full(cp, out) : lower_full_at(s->data, s->len, start, i, cp, out);
            break;
        }
        for (int j = 0; j < n; j++)
            sb_append_codepoint(&sb, out[j]);
        k++;
        if ((k & 4095) == 0 && vm_tick(vm) < 0) {
            sb_free(&sb);
            return VAL_NULL;
        }
    }
    return sb_finish(&sb);
}

static Value m_lower(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "lower") < 0)
        return VAL_NULL;
    return str_case(vm, SELF, CASE_LOWER);
}
static Value m_upper(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "upper") < 0)
        return VAL_NULL;
    return str_case(vm, SELF, CASE_UPPER);
}
static Value m_swapcase(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "swapcase") < 0)
        return VAL_NULL;
    return str_case(vm, SELF, CASE_SWAP);
}
static Value m_title(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "title") < 0)
        return VAL_NULL;
    return str_case(vm, SELF, CASE_TITLE);
}
static Value m_capitalize(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "capitalize") < 0)
        return VAL_NULL;
    return str_case(vm, SELF, CASE_CAPITALIZE);
}
static Value m_casefold(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "casefold") < 0)
        return VAL_NULL;
    return str_case(vm, SELF, CASE_FOLD);
}

/* ---- predicates */

typedef bool (*CpPred)(uint32_t);

static Value str_all(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, CpPred pred, bool empty)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", name) < 0)
        return VAL_NULL;
    StrObj *s = AS_STR(SELF);
    if (s->len == 0)
        return VAL_BOOL(empty);
    size_t i = 0;
    while (i < s->len)
        if (!pred(next_cp(s->data, &i)))
            return VAL_FALSE;
    return VAL_TRUE;
}

static bool cp_isascii(uint32_t cp) { return cp < 0x80; }

static Value m_isalnum(Vm *vm, Value *args, int nargs, Value kwnames)
{ return str_all(vm, args, nargs, kwnames, "isalnum", uni_isalnum, false); }
static Value m_isalpha(Vm *vm, Value *args, int nargs, Value kwnames)
{ return str_all(vm, args, nargs, kwnames, "isalpha", uni_isalpha, false); }
static Value m_isdecimal(Vm *vm, Value *args, int nargs, Value kwnames)
{ return str_all(vm, args, nargs, kwnames, "isdecimal", uni_isdecimal, false); }
static Value m_isdigit(Vm *vm, Value *args, int nargs, Value kwnames)
{ return str_all(vm, args, nargs, kwnames, "isdigit", uni_isdigit, false); }
static Value m_isnumeric(Vm *vm, Value *args, int nargs, Value kwnames)
{ return str_all(vm, args, nargs, kwnames, "isnumeric", uni_isnumeric, false); }
static Value m_isspace(Vm *vm, Value *args, int nargs, Value kwnames)
{ return str_all(vm, args, nargs, kwnames, "isspace", uni_isspace, false); }
static Value m_isprintable(Vm *vm, Value *args, int nargs, Value kwnames)
{ return str_all(vm, args, nargs, kwnames, "isprintable", uni_isprintable, true); }
static Value m_isascii(Vm *vm, Value *args, int nargs, Value kwnames)
{ return str_all(vm, args, nargs, kwnames, "isascii", cp_isascii, true); }

static Value m_islower(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "islower") < 0)
        return VAL_NULL;
    StrObj *s = AS_STR(SELF);
    bool cased = false;
    size_t i = 0;
    while (i < s->len) {
        uint32_t c = next_cp(s->data, &i);
        if (uni_isupper(c) || uni_istitle(c))
            return VAL_FALSE;
        if (uni_islower(c))
            cased = true;
    }
    return VAL_BOOL(cased);
}

static Value m_isupper(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "isupper") < 0)
        return VAL_NULL;
    StrObj *s = AS_STR(SELF);
    bool cased = false;
    size_t i = 0;
    while (i < s->len) {
        uint32_t c = next_cp(s->data, &i);
        if (uni_islower(c) || uni_istitle(c))
            return VAL_FALSE;
        if (uni_isupper(c))
            cased = true;
    }
    return VAL_BOOL(cased);
}

static Value m_istitle(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "istitle") < 0)
        return VAL_NULL;
    StrObj *s = AS_STR(SELF);
    bool cased = false, prev_cased = false;
    size_t i = 0;
    while (i < s->len) {
        uint32_t c = next_cp(s->data, &i);
        if (uni_isupper(c) || uni_istitle(c)) {
            if (prev_cased)
                return VAL_FALSE;
            prev_cased = cased = true;
        } else if (uni_islower(c)) {
            if (!prev_cased)
                return VAL_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return VAL_BOOL(cased);
}

static Value m_isidentifier(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "isidentifier") < 0)
        return VAL_NULL;
    StrObj *s = AS_STR(SELF);
    if (s->len == 0)
        return VAL_FALSE;
    size_t i = 0;
    if (!uni_isidstart(next_cp(s->data, &i)))
        return VAL_FALSE;
    while (i < s->len)
        if (!uni_isidcontinue(next_cp(s->data, &i)))
            return VAL_FALSE;
    return VAL_TRUE;
}

/* ---- padding */

static Value get_fillchar(Vm *vm, Value v, uint32_t *fill)
{
    if (!v) {
        *fill = ' ';
        return VAL_TRUE;
    }
    if (!IS_STRLIKE(v))
        return vm_raise(vm, &t_TypeError, "The fill character must be a unicode character, not %T", v);
    if (AS_STR(v)->nchars != 1)
        return vm_raise(vm, &t_TypeError, "The fill character must be exactly one character long");
    *fill = str_char_at(v, 0);
    return VAL_TRUE;
}

static Value pad(Vm *vm, Value self, int64_t left, int64_t right, uint32_t fill)
{
    StrObj *s = AS_STR(self);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) {
        if (IS_STR(self))
            return self;
        return str_new(vm, s->data, s->len);
    }
    char fb[4];
    int fl = utf8_encode(fill, fb);
    size_t total = s->len + (size_t)(left + right) * (size_t)fl;
    if (mem_check(vm, total) < 0)
        return VAL_NULL;
    Value r = str_alloc(vm, total);
    if (!r)
        return VAL_NULL;
    char *d = AS_STR(r)->data;
    for (int64_t i = 0; i < left; i++, d += fl)
        memcpy(d, fb, (size_t)fl);
    memcpy(d, s->data, s->len);
    d += s->len;
    for (int64_t i = 0; i < right; i++, d += fl)
        memcpy(d, fb, (size_t)fl);
    AS_STR(r)->nchars = s->nchars + (size_t)(left + right);
    AS_STR(r)->ascii = s->ascii && fill < 0x80;
    return r;
}

static Value justify(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, int how)
{
    if (str_args_pos(vm, args, nargs, kwnames, "str", name, 1, 2) < 0)
        return VAL_NULL;
    int64_t width;
    uint32_t fill = ' ';
    if (str_arg_ssize(vm, args[1], &width) < 0)
        return VAL_NULL;
    if (!get_fillchar(vm, nargs > 2 ? args[2] : VAL_NULL, &fill))
        return VAL_NULL;
    int64_t n = (int64_t)AS_STR(SELF)->nchars;
    if (width <= n)
        return pad(vm, SELF, 0, 0, fill);
    int64_t marg = width - n;
    if (how == 0)
        return pad(vm, SELF, 0, marg, fill);
    if (how == 1)
        return pad(vm, SELF, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(vm, SELF, left, marg - left, fill);
}

static Value m_ljust(Vm *vm, Value *args, int nargs, Value kwnames)
{ return justify(vm, args, nargs, kwnames, "ljust", 0); }
static Value m_rjust(Vm *vm, Value *args, int nargs, Value kwnames)
{ return justify(vm, args, nargs, kwnames, "rjust", 1); }
static Value m_center(Vm *vm, Value *args, int nargs, Value kwnames)
{ return justify(vm, args, nargs, kwnames, "center", 2); }

static Value m_zfill(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", "zfill") < 0)
        return VAL_NULL;
    int64_t width;
    if (str_arg_ssize(vm, args[1], &width) < 0)
        return VAL_NULL;
    StrObj *s = AS_STR(SELF);
    if (width <= (int64_t)s->nchars)
        return pad(vm, SELF, 0, 0, ' ');
    Value r = pad(vm, SELF, width - (int64_t)s->nchars, 0, '0');
    if (!r)
        return VAL_NULL;
    char *d = AS_STR(r)->data;
    size_t fillc = (size_t)(width - (int64_t)s->nchars);
    if (s->len && (s->data[0] == '+' || s->data[0] == '-')) {
        d[0] = s->data[0];
        d[fillc] = '0';
    }
    return r;
}

static Value m_expandtabs(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (self_check(vm, args, nargs, "expandtabs") < 0)
        return VAL_NULL;
    static const char *const names[] = { "tabsize" };
    Value a[1];
    if (str_args_kw(vm, args, nargs, kwnames, "expandtabs", names, 1, 1, a) < 0)
        return VAL_NULL;
    int64_t tabsize = 8;
    if (a[0] && str_arg_ssize(vm, a[0], &tabsize) < 0)
        return VAL_NULL;
    StrObj *s = AS_STR(SELF);
    /* first pass: the result size, so a huge tabsize fails before allocating */
    uint64_t total = 0, col = 0;
    size_t i = 0;
    while (i < s->len) {
        size_t st = i;
        uint32_t c = next_cp(s->data, &i);
        if (c == '\t') {
            if (tabsize > 0) {
                uint64_t inc = (uint64_t)tabsize - col % (uint64_t)tabsize;
                total += inc;
                col += inc;
                if (total > (uint64_t)SIZE_MAX / 4) {
                    vm_raise(vm, &t_OverflowError, "new string is too long");
                    return VAL_NULL;
                }
            }
        } else {
            total += i - st;
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    if (mem_check(vm, (size_t)total) < 0)
        return VAL_NULL;
    StrBuf sb;
    sb_init(&sb, vm);
    if (sb_reserve(&sb, (size_t)total) < 0)
        return VAL_NULL;
    col = 0;
    i = 0;
    while (i < s->len) {
        size_t st = i;
        uint32_t c = next_cp(s->data, &i);
        if (c == '\t') {
            if (tabsize > 0) {
                uint64_t inc = (uint64_t)tabsize - col % (uint64_t)tabsize;
                memset(sb.data + sb.len, ' ', (size_t)inc);
                sb.len += (size_t)inc;
                col += inc;
            }
        } else {
            sb_append(&sb, s->data + st, i - st);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return sb_finish(&sb);
}

/* ---- searching */

/* Parse (sub[, start[, end]]) and turn them into a byte range of self. */
typedef struct SearchArgs {
    Value sub;
    int64_t start, end;        /* code-point indices after adjustment */
    size_t bstart, bend;       /* byte offsets */
    bool empty_range;          /* end - start < len(sub): nothing can match */
} SearchArgs;

static int search_args(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, SearchArgs *sa,
                       bool sub_is_str)
{
    if (str_args_tuple(vm, args, nargs, kwnames, "str", name, 1, 3) < 0)
        return -1;
    sa->sub = args[1];
    if (sub_is_str && need_str(vm, sa->sub, NULL, 0) < 0)
        return -1;
    StrObj *s = AS_STR(SELF);
    int64_t len = (int64_t)s->nchars;
    sa->start = 0;
    sa->end = INT64_MAX / 2;
    if (nargs > 2 && str_arg_slice_index(vm, args[2], &sa->start) < 0)
        return -1;
    if (nargs > 3 && str_arg_slice_index(vm, args[3], &sa->end) < 0)
        return -1;
    str_adjust_indices(&sa->start, &sa->end, len);
    int64_t sublen = sub_is_str ? (int64_t)AS_STR(sa->sub)->nchars : 0;
    sa->empty_range = sa->end - sa->start < sublen || sa->start > len;
    if (sa->empty_range) {
        sa->bstart = sa->bend = 0;
        return 0;
    }
    sa->bstart = str_byte_offset(SELF, (size_t)sa->start);
    sa->bend = str_byte_offset(SELF, (size_t)sa->end);
    return 0;
}

static Value find_impl(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, bool reverse,
                       bool raise)
{
    SearchArgs sa;
    if (search_args(vm, args, nargs, kwnames, name, &sa, true) < 0)
        return VAL_NULL;
    int64_t pos = -1;
    if (!sa.empty_range) {
        const char *hay = STR_DATA(SELF) + sa.bstart;
        size_t n = sa.bend - sa.bstart;
        int64_t f = reverse ? (STR_LEN(sa.sub) == 0 ? (int64_t)n : mem_rfind(hay, n, STR_DATA(sa.sub), STR_LEN(sa.sub)))
                            : mem_find(hay, n, STR_DATA(sa.sub), STR_LEN(sa.sub));
        if (f >= 0)
            pos = (int64_t)str_char_index(SELF, sa.bstart + (size_t)f);
        if (vm_charge_work(vm, n) < 0)
            return VAL_NULL;
    }
    if (pos < 0 && raise)
        return vm_raise(vm, &t_ValueError, "substring not found");
    return MAKE_SMALLINT(pos);
}

static Value m_find(Vm *vm, Value *args, int nargs, Value kwnames)
{ return find_impl(vm, args, nargs, kwnames, "find", false, false); }
static Value m_rfind(Vm *vm, Value *args, int nargs, Value kwnames)
{ return find_impl(vm, args, nargs, kwnames, "rfind", true, false); }
static Value m_index(Vm *vm, Value *args, int nargs, Value kwnames)
{ return find_impl(vm, args, nargs, kwnames, "index", false, true); }
static Value m_rindex(Vm *vm, Value *args, int nargs, Value kwnames)
{ return find_impl(vm, args, nargs, kwnames, "rindex", true, true); }

static Value m_count(Vm *vm, Value *args, int nargs, Value kwnames)
{
    SearchArgs sa;
    if (search_args(vm, args, nargs, kwnames, "count", &sa, true) < 0)
        return VAL_NULL;
    if (sa.empty_range)
        return MAKE_SMALLINT(0);
    if (STR_LEN(sa.sub) == 0)
        return MAKE_SMALLINT(sa.end - sa.start + 1);
    int64_t count = mem_count(STR_DATA(SELF) + sa.bstart, sa.bend - sa.bstart, STR_DATA(sa.sub), STR_LEN(sa.sub), -1);
    if (vm_charge_work(vm, sa.bend - sa.bstart) < 0)
        return VAL_NULL;
    return MAKE_SMALLINT(count);
}

static Value tailmatch_impl(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, bool end)
{
    SearchArgs sa;
    if (search_args(vm, args, nargs, kwnames, name, &sa, false) < 0)
        return VAL_NULL;
    Value sub = sa.sub;
    size_t nsub = 1;
    Value *subs = &sub;
    if (IS_TUPLE(sub)) {
        nsub = TUPLE_LEN(sub);
        subs = TUPLE_ITEMS(sub);
    } else if (!IS_STRLIKE(sub)) {
        return vm_raise(vm, &t_TypeError, "%s first arg must be str or a tuple of str, not %T", name, sub);
    }
    int64_t len = (int64_t)AS_STR(SELF)->nchars;
    for (size_t k = 0; k < nsub; k++) {
        Value p = subs[k];
        if (!IS_STRLIKE(p))
            return vm_raise(vm, &t_TypeError, "tuple for %s must only contain str, not %T", name, p);
        int64_t plen = (int64_t)AS_STR(p)->nchars;
        if (sa.start > len || sa.end - sa.start < plen)
            continue;
        size_t at = end ? str_byte_offset(SELF, (size_t)(sa.end - plen)) : str_byte_offset(SELF, (size_t)sa.start);
        if (at + STR_LEN(p) <= STR_LEN(SELF) && memcmp(STR_DATA(SELF) + at, STR_DATA(p), STR_LEN(p)) == 0)
            return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value m_startswith(Vm *vm, Value *args, int nargs, Value kwnames)
{ return tailmatch_impl(vm, args, nargs, kwnames, "startswith", false); }
static Value m_endswith(Vm *vm, Value *args, int nargs, Value kwnames)
{ return tailmatch_impl(vm, args, nargs, kwnames, "endswith", true); }

static Value m_removeprefix(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", "removeprefix") < 0)
        return VAL_NULL;
    if (need_str(vm, args[1], "removeprefix", 0) < 0)
        return VAL_NULL;
    size_t n = STR_LEN(args[1]);
    if (n <= STR_LEN(SELF) && memcmp(STR_DATA(SELF), STR_DATA(args[1]), n) == 0)
        return str_new(vm, STR_DATA(SELF) + n, STR_LEN(SELF) - n);
    return str_slot_str(vm, SELF);
}

static Value m_removesuffix(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", "removesuffix") < 0)
        return VAL_NULL;
    if (need_str(vm, args[1], "removesuffix", 0) < 0)
        return VAL_NULL;
    size_t n = STR_LEN(args[1]), len = STR_LEN(SELF);
    if (n && n <= len && memcmp(STR_DATA(SELF) + len - n, STR_DATA(args[1]), n) == 0)
        return str_new(vm, STR_DATA(SELF), len - n);
    return str_slot_str(vm, SELF);
}

static Value partition_impl(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, bool reverse)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", name) < 0)
        return VAL_NULL;
    Value sep = args[1];
    if (need_str(vm, sep, NULL, 0) < 0)
        return VAL_NULL;
    if (STR_LEN(sep) == 0)
        return vm_raise(vm, &t_ValueError, "empty separator");
    const char *s = STR_DATA(SELF);
    size_t len = STR_LEN(SELF);
    int64_t f = reverse ? mem_rfind(s, len, STR_DATA(sep), STR_LEN(sep)) : mem_find(s, len, STR_DATA(sep), STR_LEN(sep));
    if (vm_charge_work(vm, len) < 0)
        return VAL_NULL;
    Value parts[3];
    if (f < 0) {
        Value whole = str_slot_str(vm, SELF);
        Value e1 = empty_str(vm), e2 = empty_str(vm);
        if (!whole || !e1 || !e2)
            return VAL_NULL;
        parts[0] = reverse ? e1 : whole;
        parts[1] = e2;
        parts[2] = reverse ? whole : e1;
    } else {
        parts[0] = str_new(vm, s, (size_t)f);
        if (!parts[0])
            return VAL_NULL;
        parts[1] = IS_STR(sep) ? sep : str_new(vm, STR_DATA(sep), STR_LEN(sep));
        if (!parts[1])
            return VAL_NULL;
        size_t after = (size_t)f + STR_LEN(sep);
        parts[2] = str_new(vm, s + after, len - after);
        if (!parts[2])
            return VAL_NULL;
    }
    return tuple_from_array(vm, parts, 3);
}

static Value m_partition(Vm *vm, Value *args, int nargs, Value kwnames)
{ return partition_impl(vm, args, nargs, kwnames, "partition", false); }
static Value m_rpartition(Vm *vm, Value *args, int nargs, Value kwnames)
{ return partition_impl(vm, args, nargs, kwnames, "rpartition", true); }

/* ---- strip / split */

static bool cp_in(uint32_t cp, Value chars)
{
    if (!chars)
        return uni_isspace(cp);
    StrObj *c = AS_STR(chars);
    if (cp < 0x80)
        return memchr(c->data, (int)cp, c->len) != NULL;
    char buf[4];
    int n = utf8_encode(cp, buf);
    return mem_find(c->data, c->len, buf, (size_t)n) >= 0;
}

static Value strip_impl(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, int sides)
{
    if (str_args_pos(vm, args, nargs, kwnames, "str", name, 0, 1) < 0)
        return VAL_NULL;
    Value chars = nargs > 1 ? args[1] : VAL_NULL;
    if (chars == VAL_NONE)
        chars = VAL_NULL;
    if (chars && !IS_STRLIKE(chars))
        return vm_raise(vm, &t_TypeError, "%s arg must be None or str", name);
    const char *s = STR_DATA(SELF);
    size_t len = STR_LEN(SELF), a = 0, b = len;
    if (sides & 1) {
        while (a < b) {
            size_t j = a;
            if (!cp_in(next_cp(s, &j), chars))
                break;
            a = j;
        }
    }
    if (sides & 2) {
        while (b > a) {
            size_t j = b;
            if (!cp_in(prev_cp(s, &j), chars))
                break;
            b = j;
        }
    }
    if (a == 0 && b == len)
        return str_slot_str(vm, SELF);
    return str_new(vm, s + a, b - a);
}

static Value m_strip(Vm *vm, Value *args, int nargs, Value kwnames)
{ return strip_impl(vm, args, nargs, kwnames, "strip", 3); }
static Value m_lstrip(Vm *vm, Value *args, int nargs, Value kwnames)
{ return strip_impl(vm, args, nargs, kwnames, "lstrip", 1); }
static Value m_rstrip(Vm *vm, Value *args, int nargs, Value kwnames)
{ return strip_impl(vm, args, nargs, kwnames, "rstrip", 2); }

static int append_piece(Vm *vm, Value list, const char *s, size_t len)
{
    Value p = str_new(vm, s, len);
    if (!p)
        return -1;
    return list_append(vm, list, p);
}

static int split_args(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, Value *sep, int64_t *maxsplit)
{
    if (self_check(vm, args, nargs, name) < 0)
        return -1;
    static const char *const names[] = { "sep", "maxsplit" };
    Value a[2];
    if (str_args_kw(vm, args, nargs, kwnames, name, names, 2, 1, a) < 0)
        return -1;
    *sep = a[0] == VAL_NONE ? VAL_NULL : a[0];
    if (*sep && !IS_STRLIKE(*sep)) {
        vm_raise(vm, &t_TypeError, "must be str or None, not %T", *sep);
        return -1;
    }
    *maxsplit = -1;
    if (a[1] && str_arg_ssize(vm, a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    if (*sep && STR_LEN(*sep) == 0) {
        vm_raise(vm, &t_ValueError, "empty separator");
        return -1;
    }
    return 0;
}

static Value m_split(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Value sep;
    int64_t maxsplit;
    if (split_args(vm, args, nargs, kwnames, "split", &sep, &maxsplit) < 0)
        return VAL_NULL;
    const char *s = STR_DATA(SELF);
    size_t len = STR_LEN(SELF);
    Value list = list_new(vm, 0);
    if (!list)
        return VAL_NULL;
    if (!sep) {
        size_t i = 0;
        int64_t count = 0;
        while (i < len) {
            size_t j = i;
            while (i < len) {   /* skip whitespace */
                j = i;
                if (!uni_isspace(next_cp(s, &j)))
                    break;
                i = j;
            }
            if (i >= len)
                break;
            if (count >= maxsplit) {   /* the rest, trailing whitespace kept */
                if (append_piece(vm, list, s + i, len - i) < 0)
                    return VAL_NULL;
                break;
            }
            size_t st = i;
            while (i < len) {
                j = i;
                if (uni_isspace(next_cp(s, &j)))
                    break;
                i = j;
            }
            if (append_piece(vm, list, s + st, i - st) < 0)
                return VAL_NULL;
            count++;
            if ((count & 1023) == 0 && vm_tick(vm) < 0)
                return VAL_NULL;
        }
        return list;
    }
    const char *sp = STR_DATA(sep);
    size_t sl = STR_LEN(sep), pos = 0;
    int64_t count = 0;
    while (count < maxsplit) {
        int64_t f = mem_find(s + pos, len - pos, sp, sl);
        if (f < 0)
            break;
        if (append_piece(vm, list, s + pos, (size_t)f) < 0)
            return VAL_NULL;
        pos += (size_t)f + sl;
        count++;
        if ((count & 1023) == 0 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
    if (append_piece(vm, list, s + pos, len - pos) < 0)
        return VAL_NULL;
    return list;
}

static int list_reverse_inplace(Value list)
{
    ListObj *l = AS_LIST(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return 0;
}

static Value m_rsplit(Vm *vm, Value *args, int nargs, Value kwnames)
{
    Value sep;
    int64_t maxsplit;
    if (split_args(vm, args, nargs, kwnames, "rsplit", &sep, &maxsplit) < 0)
        return VAL_NULL;
    const char *s = STR_DATA(SELF);
    size_t len = STR_LEN(SELF);
    Value list = list_new(vm, 0);
    if (!list)
        return VAL_NULL;
    if (!sep) {
        size_t i = len;
        int64_t count = 0;
        while (i > 0) {
            size_t j;
            while (i > 0) {
                j = i;
                if (!uni_isspace(prev_cp(s, &j)))
                    break;
                i = j;
            }
            if (i == 0)
                break;
            if (count >= maxsplit) {   /* the rest, leading whitespace kept */
                if (append_piece(vm, list, s, i) < 0)
                    return VAL_NULL;
                break;
            }
            size_t e = i;
            while (i > 0) {
                j = i;
                if (uni_isspace(prev_cp(s, &j)))
                    break;
                i = j;
            }
            if (append_piece(vm, list, s + i, e - i) < 0)
                return VAL_NULL;
            count++;
            if ((count & 1023) == 0 && vm_tick(vm) < 0)
                return VAL_NULL;
        }
        list_reverse_inplace(list);
        return list;
    }
    const char *sp = STR_DATA(sep);
    size_t sl = STR_LEN(sep), end = len;
    int64_t count = 0;
    while (count < maxsplit) {
        int64_t f = mem_rfind(s, end, sp, sl);
        if (f < 0)
            break;
        if (append_piece(vm, list, s + f + sl, end - (size_t)f - sl) < 0)
            return VAL_NULL;
        end = (size_t)f;
        count++;
        if ((count & 1023) == 0 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
    if (append_piece(vm, list, s, end) < 0)
        return VAL_NULL;
    list_reverse_inplace(list);
    return list;
}

static bool is_linebreak(uint32_t c)
{
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e ||
           c == 0x85 || c == 0x2028 || c == 0x2029;
}

static Value m_splitlines(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (self_check(vm, args, nargs, "splitlines") < 0)
        return VAL_NULL;
    static const char *const names[] = { "keepends" };
    Value a[1];
    if (str_args_kw(vm, args, nargs, kwnames, "splitlines", names, 1, 1, a) < 0)
        return VAL_NULL;
    int64_t keep = 0;
    if (a[0] && str_arg_ssize(vm, a[0], &keep) < 0)
        return VAL_NULL;
    const char *s = STR_DATA(SELF);
    size_t len = STR_LEN(SELF), i = 0;
    Value list = list_new(vm, 0);
    if (!list)
        return VAL_NULL;
    uint32_t nlines = 0;
    while (i < len) {
        size_t st = i, eol;
        uint32_t c = 0;
        for (;;) {
            eol = i;
            if (i >= len)
                break;
            c = next_cp(s, &i);
            if (is_linebreak(c))
                break;
        }
        size_t next = i;
        if (eol < len && c == '\r' && next < len && s[next] == '\n')
            next++;
        if (append_piece(vm, list, s + st, (keep ? next : eol) - st) < 0)
            return VAL_NULL;
        i = next;
        if (LOOP_TICK(nlines))
            return VAL_NULL;
    }
    return list;
}

/* ---- replace / join / translate */

Value str_replace(Vm *vm, Value self, Value old, Value new_, int64_t count)
{
    const char *s = STR_DATA(self), *o = STR_DATA(old), *nw = STR_DATA(new_);
    size_t len = STR_LEN(self), ol = STR_LEN(old), nl = STR_LEN(new_);
    if (count < 0)
        count = INT64_MAX;
    int64_t n;
    if (ol == 0) {
        n = (int64_t)AS_STR(self)->nchars + 1;
        if (n > count)
            n = count;
    } else {
        n = mem_count(s, len, o, ol, count);
    }
    if (n == 0)
        return str_slot_str(vm, self);
    /* size first: the result may be huge */
    if (nl > ol && (uint64_t)n > (SIZE_MAX / 4 - len) / (nl - ol + 1)) {
        vm_raise(vm, &t_OverflowError, "replace string is too long");
        return VAL_NULL;
    }
    size_t total = len + (size_t)n * nl - (size_t)n * ol;
    if (mem_check(vm, total) < 0)
        return VAL_NULL;
    Value r = str_alloc(vm, total);
    if (!r)
        return VAL_NULL;
    char *d = AS_STR(r)->data;
    size_t pos = 0;
    for (int64_t k = 0; k < n; k++) {
        size_t at;
        if (ol == 0) {
            at = pos;
            if (k > 0) {   /* one character between insertions */
                uint32_t cp;
                at = pos + (size_t)utf8_decode(s + pos, &cp);
            }
        } else {
            at = pos + (size_t)mem_find(s + pos, len - pos, o, ol);
        }
        memcpy(d, s + pos, at - pos);
        d += at - pos;
        memcpy(d, nw, nl);
        d += nl;
        pos = at + ol;
        if ((k & 4095) == 4095 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
    memcpy(d, s + pos, len - pos);
    str_finish(r);
    return r;
}

static Value m_replace(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_pos(vm, args, nargs, kwnames, "str", "replace", 2, 3) < 0)
        return VAL_NULL;
    if (need_str(vm, args[1], "replace", 1) < 0 || need_str(vm, args[2], "replace", 2) < 0)
        return VAL_NULL;
    int64_t count = -1;
    if (nargs > 3 && str_arg_ssize(vm, args[3], &count) < 0)
        return VAL_NULL;
    return str_replace(vm, SELF, args[1], args[2], count);
}

/* Items of an iterable for join: list/tuple directly, else materialised.
 * *holder keeps the materialised list alive. */
Value *str_seq_fast(Vm *vm, Value iterable, size_t *n, Value *holder, const char *msg)
{
    if (IS_LIST(iterable)) {
        *n = AS_LIST(iterable)->len;
        return AS_LIST(iterable)->items;
    }
    if (IS_TUPLE(iterable)) {
        *n = TUPLE_LEN(iterable);
        return TUPLE_ITEMS(iterable);
    }
    Value it = obj_iter(vm, iterable);
    if (!it) {
        if (vm_exc_matches(vm, &t_TypeError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &t_TypeError, "%s", msg);
        }
        return NULL;
    }
    Value list = list_from_iterable(vm, it);
    if (!list)
        return NULL;
    *holder = list;
    *n = AS_LIST(list)->len;
    return AS_LIST(list)->items;
}

Value str_join(Vm *vm, Value sep, Value iterable)
{
    size_t n;
    Value holder = VAL_NULL;
    Value *items = str_seq_fast(vm, iterable, &n, &holder, "can only join an iterable");
    if (!items && !holder && vm_exc_pending(vm))
        return VAL_NULL;
    if (n == 0)
        return empty_str(vm);
    if (n == 1 && IS_STR(items[0]))
        return items[0];
    size_t sl = STR_LEN(sep), total = 0;
    for (size_t i = 0; i < n; i++) {
        if (!IS_STRLIKE(items[i]))
            return vm_raise(vm, &t_TypeError, "sequence item %zu: expected str instance, %T found", i, items[i]);
        size_t add = STR_LEN(items[i]) + (i ? sl : 0);
        if (add > SIZE_MAX / 4 - total) {
            vm_raise_memory(vm);
            return VAL_NULL;
        }
        total += add;
    }
    if (mem_check(vm, total) < 0)
        return VAL_NULL;
    Value r = str_alloc(vm, total);
    if (!r)
        return VAL_NULL;
    /* the items array of a list cannot move: nothing here runs Python code */
    char *d = AS_STR(r)->data;
    for (size_t i = 0; i < n; i++) {
        if (i && sl) {
            memcpy(d, STR_DATA(sep), sl);
            d += sl;
        }
        memcpy(d, STR_DATA(items[i]), STR_LEN(items[i]));
        d += STR_LEN(items[i]);
        if ((i & 4095) == 4095 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
    str_finish(r);
    return r;
}

static Value m_join(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", "join") < 0)
        return VAL_NULL;
    return str_join(vm, SELF, args[1]);
}

static Value m_translate(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", "translate") < 0)
        return VAL_NULL;
    Value table = args[1];
    StrObj *s = AS_STR(SELF);
    StrBuf sb;
    sb_init(&sb, vm);
    size_t i = 0, k = 0;
    while (i < s->len) {
        size_t st = i;
        uint32_t cp = next_cp(s->data, &i);
        Value r = obj_getitem(vm, table, MAKE_SMALLINT(cp));
        if (!r) {
            if (!vm_exc_matches(vm, &t_LookupError)) {
                sb_free(&sb);
                return VAL_NULL;
            }
            vm_exc_clear(vm);
            sb_append(&sb, s->data + st, i - st);
        } else if (r == VAL_NONE) {
            /* deleted */
        } else if (is_intlike(r)) {
            int64_t v;
            if (!int_to_i64(r, &v) || v < 0 || v > 0x10ffff) {
                sb_free(&sb);
                return vm_raise(vm, &t_ValueError, "character mapping must be in range(0x110000)");
            }
            sb_append_codepoint(&sb, (uint32_t)v);
        } else if (IS_STRLIKE(r)) {
            sb_append_value_str(&sb, r);
        } else {
            sb_free(&sb);
            return vm_raise(vm, &t_TypeError, "character mapping must return integer, None or str");
        }
        if (sb.failed || ((++k & 1023) == 0 && vm_tick(vm) < 0)) {
            sb_free(&sb);
            return VAL_NULL;
        }
    }
    return sb_finish(&sb);
}

static Value m_maketrans(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (nkw_of(kwnames))
        return vm_raise(vm, &t_TypeError, "str.maketrans() takes no keyword arguments");
    if (nargs < 1)
        return vm_raise(vm, &t_TypeError, "maketrans expected at least 1 argument, got 0");
    if (nargs > 3)
        return vm_raise(vm, &t_TypeError, "maketrans expected at most 3 arguments, got %d", nargs);
    for (int k = 1; k < nargs; k++)
        if (need_str(vm, args[k], "maketrans", k + 1) < 0)
            return VAL_NULL;
    Value d = dict_new(vm);
    if (!d)
        return VAL_NULL;
    if (nargs == 1) {
        Value x = args[0];
        if (!IS_DICT(x))
            return vm_raise(vm, &t_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Value key, val;
        while (dict_next(x, &pos, &key, &val)) {
            if (IS_STRLIKE(key)) {
                if (AS_STR(key)->nchars != 1)
                    return vm_raise(vm, &t_ValueError, "string keys in translate table must be of length 1");
                key = MAKE_SMALLINT(str_char_at(key, 0));
            } else if (!is_intlike(key)) {
                return vm_raise(vm, &t_TypeError, "keys in translate table must be strings or integers");
            }
            if (dict_set(vm, d, key, val) < 0)
                return VAL_NULL;
        }
        return d;
    }
    Value x = args[0], y = args[1];
    if (!IS_STRLIKE(x))
        return vm_raise(vm, &t_TypeError, "first maketrans argument must be a string if there is a second argument");
    if (AS_STR(x)->nchars != AS_STR(y)->nchars)
        return vm_raise(vm, &t_ValueError, "the first two maketrans arguments must have equal length");
    size_t i = 0, j = 0;
    while (i < STR_LEN(x)) {
        uint32_t a = next_cp(STR_DATA(x), &i), b = next_cp(STR_DATA(y), &j);
        if (dict_set(vm, d, MAKE_SMALLINT(a), MAKE_SMALLINT(b)) < 0)
            return VAL_NULL;
    }
    if (nargs == 3) {
        i = 0;
        while (i < STR_LEN(args[2])) {
            uint32_t c = next_cp(STR_DATA(args[2]), &i);
            if (dict_set(vm, d, MAKE_SMALLINT(c), VAL_NONE) < 0)
                return VAL_NULL;
        }
    }
    return d;
}

/* ---- encode / format */

static Value m_encode(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (self_check(vm, args, nargs, "encode") < 0)
        return VAL_NULL;
    static const char *const names[] = { "encoding", "errors" };
    Value a[2];
    if (str_args_kw(vm, args, nargs, kwnames, "encode", names, 2, 1, a) < 0)
        return VAL_NULL;
    for (int k = 0; k < 2; k++)
        if (a[k] && !IS_STRLIKE(a[k]))
            return vm_raise(vm, &t_TypeError, "encode() argument '%s' must be str, not %s", names[k], arg_type_name(a[k]));
    return str_encode(vm, SELF, a[0] ? STR_DATA(a[0]) : NULL, a[1] ? STR_DATA(a[1]) : NULL);
}

static Value m_format(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (self_check(vm, args, nargs, "format") < 0)
        return VAL_NULL;
    return format_str_method(vm, args, nargs, kwnames);
}

static Value m_format_map(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", "format_map") < 0)
        return VAL_NULL;
    Value mapping = args[1];
    if (!IS_OBJ(mapping) || AS_OBJ(mapping)->type->layout != K_DICT)
        return format_str_method(vm, args, 1, VAL_NULL);
    /* a dict's str keys become keyword arguments */
    size_t pos = 0, k = 0, nstr = 0;
    Value key, val;
    while (dict_next(mapping, &pos, &key, &val))
        nstr += IS_STRLIKE(key);
    if (nstr == 0)
        return format_str_method(vm, args, 1, VAL_NULL);
    Value names = tuple_new(vm, nstr);
    if (!names)
        return VAL_NULL;
    Value *argv = mem_alloc(vm, (nstr + 1) * sizeof(Value));
    if (!argv)
        return VAL_NULL;
    argv[0] = SELF;
    pos = 0;
    while (k < nstr && dict_next(mapping, &pos, &key, &val)) {
        if (!IS_STRLIKE(key))
            continue;
        TUPLE_ITEMS(names)[k] = key;
        argv[1 + k] = val;
        k++;
    }
    Value r = format_str_method(vm, argv, 1, names);
    mem_free(vm, argv, (nstr + 1) * sizeof(Value));
    return r;
}

static Value m_dunder_format(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", "__format__") < 0)
        return VAL_NULL;
    if (!IS_STRLIKE(args[1]))
        return vm_raise(vm, &t_TypeError, "__format__() argument must be str, not %T", args[1]);
    return format_str(vm, SELF, args[1]);
}

/* ---- dunders (for str.__len__(s) style calls) */

static Value m_getitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", "__getitem__") < 0)
        return VAL_NULL;
    return str_slot_getitem(vm, SELF, args[1]);
}

static Value m_len(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "__len__") < 0)
        return VAL_NULL;
    return MAKE_SMALLINT((int64_t)AS_STR(SELF)->nchars);
}

static Value m_contains(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", "__contains__") < 0)
        return VAL_NULL;
    int r = str_slot_contains(vm, SELF, args[1]);
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

static Value m_iter(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "__iter__") < 0)
        return VAL_NULL;
    return str_slot_iter(vm, SELF);
}

static Value m_hash(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "__hash__") < 0)
        return VAL_NULL;
    return int_from_i64(vm, str_hash(SELF));
}

static Value m_str(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "__str__") < 0)
        return VAL_NULL;
    return str_slot_str(vm, SELF);
}

static Value m_repr(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "__repr__") < 0)
        return VAL_NULL;
    return str_repr(vm, SELF);
}

static Value binop_method(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, int op, bool reflected)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", name) < 0)
        return VAL_NULL;
    Value other = args[1];
    if (op == BINOP_MOD && reflected)
        return VAL_NOTIMPL;
    if (op == BINOP_ADD && !IS_STRLIKE(other))
        return vm_raise(vm, &t_TypeError, "can only concatenate str (not \"%T\") to str", other);
    if (op == BINOP_MUL) {
        int64_t n;
        int r = seq_repeat_count(vm, other, &n);
        if (r < 0)
            return VAL_NULL;
        if (r == 0)
            return vm_raise(vm, &t_TypeError, "can't multiply sequence by non-int of type '%T'", other);
        return str_repeat(vm, SELF, n);
    }
    return str_slot_binop(vm, op, SELF, other);
}

static Value m_add(Vm *vm, Value *args, int nargs, Value kwnames)
{ return binop_method(vm, args, nargs, kwnames, "__add__", BINOP_ADD, false); }
static Value m_mul(Vm *vm, Value *args, int nargs, Value kwnames)
{ return binop_method(vm, args, nargs, kwnames, "__mul__", BINOP_MUL, false); }
static Value m_rmul(Vm *vm, Value *args, int nargs, Value kwnames)
{ return binop_method(vm, args, nargs, kwnames, "__rmul__", BINOP_MUL, true); }
static Value m_mod(Vm *vm, Value *args, int nargs, Value kwnames)
{ return binop_method(vm, args, nargs, kwnames, "__mod__", BINOP_MOD, false); }
static Value m_rmod(Vm *vm, Value *args, int nargs, Value kwnames)
{ return binop_method(vm, args, nargs, kwnames, "__rmod__", BINOP_MOD, true); }

static Value cmp_method(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, int op)
{
    if (str_args_one(vm, args, nargs, kwnames, "str", name) < 0)
        return VAL_NULL;
    return str_slot_richcompare(vm, SELF, args[1], op);
}

static Value m_eq(Vm *vm, Value *args, int nargs, Value kwnames)
{ return cmp_method(vm, args, nargs, kwnames, "__eq__", CMP_EQ); }
static Value m_ne(Vm *vm, Value *args, int nargs, Value kwnames)
{ return cmp_method(vm, args, nargs, kwnames, "__ne__", CMP_NE); }
static Value m_lt(Vm *vm, Value *args, int nargs, Value kwnames)
{ return cmp_method(vm, args, nargs, kwnames, "__lt__", CMP_LT); }
static Value m_le(Vm *vm, Value *args, int nargs, Value kwnames)
{ return cmp_method(vm, args, nargs, kwnames, "__le__", CMP_LE); }
static Value m_gt(Vm *vm, Value *args, int nargs, Value kwnames)
{ return cmp_method(vm, args, nargs, kwnames, "__gt__", CMP_GT); }
static Value m_ge(Vm *vm, Value *args, int nargs, Value kwnames)
{ return cmp_method(vm, args, nargs, kwnames, "__ge__", CMP_GE); }

static Value m_getnewargs(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (str_args_none(vm, args, nargs, kwnames, "str", "__getnewargs__") < 0)
        return VAL_NULL;
    Value copy = str_new(vm, STR_DATA(SELF), STR_LEN(SELF));
    if (!copy)
        return VAL_NULL;
    return tuple_from_array(vm, &copy, 1);
}

static const BuiltinFunc str_methods[] = {
    BUILTIN_METHOD("capitalize", m_capitalize),
    BUILTIN_METHOD("casefold", m_casefold),
    BUILTIN_METHOD("center", m_center),
    BUILTIN_METHOD("count", m_count),
    BUILTIN_METHOD("encode", m_encode),
    BUILTIN_METHOD("endswith", m_endswith),
    BUILTIN_METHOD("expandtabs", m_expandtabs),
    BUILTIN_METHOD("find", m_find),
    BUILTIN_METHOD("format", m_format),
    BUILTIN_METHOD("format_map", m_format_map),
    BUILTIN_METHOD("index", m_index),
    BUILTIN_METHOD("isalnum", m_isalnum),
    BUILTIN_METHOD("isalpha", m_isalpha),
    BUILTIN_METHOD("isascii", m_isascii),
    BUILTIN_METHOD("isdecimal", m_isdecimal),
    BUILTIN_METHOD("isdigit", m_isdigit),
    BUILTIN_METHOD("isidentifier", m_isidentifier),
    BUILTIN_METHOD("islower", m_islower),
    BUILTIN_METHOD("isnumeric", m_isnumeric),
    BUILTIN_METHOD("isprintable", m_isprintable),
    BUILTIN_METHOD("isspace", m_isspace),
    BUILTIN_METHOD("istitle", m_istitle),
    BUILTIN_METHOD("isupper", m_isupper),
    BUILTIN_METHOD("join", m_join),
    BUILTIN_METHOD("ljust", m_ljust),
    BUILTIN_METHOD("lower", m_lower),
    BUILTIN_METHOD("lstrip", m_lstrip),
    BUILTIN_STATIC("maketrans", m_maketrans),
    BUILTIN_METHOD("partition", m_partition),
    BUILTIN_METHOD("removeprefix", m_removeprefix),
    BUILTIN_METHOD("removesuffix", m_removesuffix),
    BUILTIN_METHOD("replace", m_replace),
    BUILTIN_METHOD("rfind", m_rfind),
    BUILTIN_METHOD("rindex", m_rindex),
    BUILTIN_METHOD("rjust", m_rjust),
    BUILTIN_METHOD("rpartition", m_rpartition),
    BUILTIN_METHOD("rsplit", m_rsplit),
    BUILTIN_METHOD("rstrip", m_rstrip),
    BUILTIN_METHOD("split", m_split),
    BUILTIN_METHOD("splitlines", m_splitlines),
    BUILTIN_METHOD("startswith", m_startswith),
    BUILTIN_METHOD("strip", m_strip),
    BUILTIN_METHOD("swapcase", m_swapcase),
    BUILTIN_METHOD("title", m_title),
    BUILTIN_METHOD("translate", m_translate),
    BUILTIN_METHOD("upper", m_upper),
    BUILTIN_METHOD("zfill", m_zfill),
    BUILTIN_METHOD("__format__", m_dunder_format),
    BUILTIN_METHOD("__getitem__", m_getitem),
    BUILTIN_METHOD("__len__", m_len),
    BUILTIN_METHOD("__contains__", m_contains),
    BUILTIN_METHOD("__iter__", m_iter),
    BUILTIN_METHOD("__hash__", m_hash),
    BUILTIN_METHOD("__str__", m_str),
    BUILTIN_METHOD("__repr__", m_repr),
    BUILTIN_METHOD("__add__", m_add),
    BUILTIN_METHOD("__mul__", m_mul),
    BUILTIN_METHOD("__rmul__", m_rmul),
    BUILTIN_METHOD("__mod__", m_mod),
    BUILTIN_METHOD("__rmod__", m_rmod),
    BUILTIN_METHOD("__eq__", m_eq),
    BUILTIN_METHOD("__ne__", m_ne),
    BUILTIN_METHOD("__lt__", m_lt),
    BUILTIN_METHOD("__le__", m_le),
    BUILTIN_METHOD("__gt__", m_gt),
    BUILTIN_METHOD("__ge__", m_ge),
    BUILTIN_METHOD("__getnewargs__", m_getnewargs),
};

/* Only subclass instances hold a reference (their __dict__ slot). */
static void str_slot_trace(Vm *vm, Obj *self)
{
    Value *d = str_dict_slot(OBJ_VAL(self));
    if (d && *d)
        gc_mark(vm, *d);
}

const TypeObj t_str = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "str",
    .base = &t_object,
    .layout = K_STR,
    .basicsize = sizeof(StrObj),
    .flags = TF_BASETYPE,
    .methods = str_methods,
    .nmethods = NARGS_TAB(str_methods),
    .repr = str_slot_repr,
    .str = str_slot_str,
    .hash = str_slot_hash,
    .richcompare = str_slot_richcompare,
    .iter = str_slot_iter,
    .new_ = str_slot_new,
    .len = str_slot_len,
    .getitem = str_slot_getitem,
    .contains = str_slot_contains,
    .truthy = str_slot_truthy,
    .binop = str_slot_binop,
    .trace = str_slot_trace,
};
