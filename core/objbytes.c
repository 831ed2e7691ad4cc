/* Corral core: the bytes and bytearray types.
 *
 * bytes keeps its data inline (NUL-terminated); bytearray keeps an
 * out-of-line, growable buffer.  Most methods are shared: they read the
 * contents through bytes_data() and build a result of self's kind. */
#include "object.h"
#include "opcodes.h"
#include "objstr.h"

#include <stdio.h>

#define NELEMS(a) ((uint32_t)(sizeof(a) / sizeof((a)[0])))
#define SELF (args[0])

static bool is_bytearray(Value v)
{
    return IS_OBJ(v) && AS_OBJ(v)->type->layout == K_BYTEARRAY;
}

static bool is_bytes(Value v)
{
    return IS_OBJ(v) && AS_OBJ(v)->type->layout == K_BYTES;
}

const uint8_t *bytes_data(Value v, size_t *len)
{
    *len = 0;
    if (is_bytes(v)) {
        *len = AS_BYTES(v)->len;
        return AS_BYTES(v)->data;
    }
    if (is_bytearray(v)) {
        ByteArrayObj *b = (ByteArrayObj *)AS_OBJ(v);
        *len = b->len;
        return b->data ? b->data : (const uint8_t *)"";
    }
    return NULL;
}

/* As for str: subclass instances carry a __dict__ slot after the data. */
static size_t bytes_dict_slot_offset(size_t len)
{
    return (sizeof(BytesObj) + len + 1 + 7) & ~(size_t)7;
}

Value *bytes_dict_slot(Value b)
{
    if (!(AS_OBJ(b)->type->flags & TF_HEAPTYPE))
        return NULL;
    return (Value *)((char *)AS_OBJ(b) + bytes_dict_slot_offset(AS_BYTES(b)->len));
}

static Value bytes_alloc(Vm *vm, const TypeObj *type, size_t len)
{
    if (len > 0xfffffff0u - sizeof(BytesObj)) {
        vm_raise_memory(vm);
        return VAL_NULL;
    }
    size_t size = sizeof(BytesObj) + len + 1;
    if (type->flags & TF_HEAPTYPE)
        size = bytes_dict_slot_offset(len) + sizeof(Value);
    BytesObj *b = (BytesObj *)obj_alloc(vm, type, size);
    if (!b)
        return VAL_NULL;
    b->len = len;
    b->hash = -1;
    b->data[len] = 0;
    return OBJ_VAL(b);
}

Value bytes_new(Vm *vm, const uint8_t *data, size_t len)
{
    Value v = bytes_alloc(vm, &t_bytes, len);
    if (v && len)
        memcpy(AS_BYTES(v)->data, data, len);
    return v;
}

static int bytearray_reserve(Vm *vm, ByteArrayObj *b, size_t need)
{
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : need;   /* exact size the first time */
    while (cap < need) {
        if (cap > SIZE_MAX / 4) {
            vm_raise_memory(vm);
            return -1;
        }
        cap *= 2;
    }
    uint8_t *p = mem_realloc(vm, b->data, b->cap, cap);
    if (!p)
        return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

static Value bytearray_new_typed(Vm *vm, const TypeObj *type, const uint8_t *data, size_t len)
{
    ByteArrayObj *b = (ByteArrayObj *)obj_alloc(vm, type, sizeof(ByteArrayObj));
    if (!b)
        return VAL_NULL;
    if (len) {
        if (bytearray_reserve(vm, b, len) < 0)
            return VAL_NULL;
        if (data)
            memcpy(b->data, data, len);
        else
            memset(b->data, 0, len);
        b->len = len;
    }
    return OBJ_VAL(b);
}

Value bytearray_new(Vm *vm, const uint8_t *data, size_t len)
{
    return bytearray_new_typed(vm, &t_bytearray, data, len);
}

/* A result of the same kind as 'like' (bytes for bytes, bytearray for bytearray). */
static Value make_like(Vm *vm, Value like, const uint8_t *data, size_t len)
{
    if (is_bytearray(like))
        return bytearray_new(vm, data, len);
    Value v = bytes_alloc(vm, &t_bytes, len);
    if (v && len)   /* data NULL: zero-filled, for the caller to fill */
        memcpy(AS_BYTES(v)->data, data ? data : (const uint8_t *)memset(AS_BYTES(v)->data, 0, len), len);
    return v;
}

static void bytearray_finalize(Vm *vm, Obj *self)
{
    ByteArrayObj *b = (ByteArrayObj *)self;
    if (b->data)
        mem_free(vm, b->data, b->cap);
    b->data = NULL;
    b->cap = b->len = 0;
}

/* ------------------------------------------------------------- repr */

static const char hexdigits[] = "0123456789abcdef";

/* bytearray's repr escapes ' even inside double quotes (CPython's quirk). */
static int bytes_repr_into(StrBuf *sb, const uint8_t *d, size_t len, bool escape_sq)
{
    bool has_sq = memchr(d, '\'', len) != NULL, has_dq = memchr(d, '"', len) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    sb_append_char(sb, 'b');
    sb_append_char(sb, quote);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = d[i];
        if (c == (uint8_t)quote || c == '\\' || (escape_sq && c == '\'')) {
            sb_append_char(sb, '\\');
            sb_append_char(sb, (char)c);
        } else if (c == '\t') {
            sb_append(sb, "\\t", 2);
        } else if (c == '\n') {
            sb_append(sb, "\\n", 2);
        } else if (c == '\r') {
            sb_append(sb, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7f) {
            char buf[4] = { '\\', 'x', hexdigits[c >> 4], hexdigits[c & 15] };
            sb_append(sb, buf, 4);
        } else {
            sb_append_char(sb, (char)c);
        }
    }
    return sb_append_char(sb, quote);
}

Value bytes_repr(Vm *vm, Value b)
{
    size_t len;
    const uint8_t *d = bytes_data(b, &len);
    StrBuf sb;
    sb_init(&sb, vm);
    if (is_bytearray(b)) {
        sb_append_cstr(&sb, "bytearray(");
        bytes_repr_into(&sb, d, len, true);
        sb_append_char(&sb, ')');
    } else {
        bytes_repr_into(&sb, d, len, false);
    }
    return sb_finish(&sb);
}

/* ------------------------------------------------------------ slots */

static int bytes_slot_hash(Vm *vm, Value self, int64_t *out)
{
    BytesObj *b = AS_BYTES(self);
    if (b->hash != -1) {
        *out = b->hash;
        return 0;
    }
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < b->len; i++) {
        h ^= b->data[i];
        h *= 0x100000001b3ull;
    }
    int64_t r = (int64_t)h;
    if (r == -1)
        r = -2;
    if (!(b->hdr.gc_flags & OBJ_FROZEN))
        b->hash = r;
    *out = r;
    return 0;
}

static Value bytes_slot_richcompare(Vm *vm, Value a, Value b, int op)
{
    size_t la, lb;
    const uint8_t *da = bytes_data(a, &la), *db = bytes_data(b, &lb);
    if (!da || !db)
        return VAL_NOTIMPL;
    if ((op == CMP_EQ || op == CMP_NE) && la != lb)
        return VAL_BOOL(op == CMP_NE);
    size_t n = la < lb ? la : lb;
    int c = n ? memcmp(da, db, n) : 0;
    if (c == 0)
        c = la < lb ? -1 : la > lb;
    switch (op) {
    case CMP_EQ: return VAL_BOOL(c == 0);
    case CMP_NE: return VAL_BOOL(c != 0);
    case CMP_LT: return VAL_BOOL(c < 0);
    case CMP_LE: return VAL_BOOL(c <= 0);
    case CMP_GT: return VAL_BOOL(c > 0);
    default: return VAL_BOOL(c >= 0);
    }
}

static int64_t bytes_slot_len(Vm *vm, Value self)
{
    size_t len;
    bytes_data(self, &len);
    return (int64_t)len;
}

static int bytes_slot_truthy(Vm *vm, Value self)
{
    return bytes_slot_len(vm, self) != 0;
}

static Value bytes_slot_repr(Vm *vm, Value self)
{
    return bytes_repr(vm, self);
}

/* An index argument that may be a heap object with __index__. */
static int index_key(Vm *vm, Value *key, const char *kind)
{
    if (is_intlike(*key))
        return 0;
    if (IS_OBJ(*key) && (AS_OBJ(*key)->type->flags & TF_HEAPTYPE)) {
        int64_t i;
        if (obj_index(vm, *key, &i) < 0)
            return -1;
        *key = int_from_i64(vm, i);
        return *key ? 0 : -1;
    }
    vm_raise(vm, &t_TypeError, "%s indices must be integers or slices, not %T", kind, *key);
    return -1;
}

static Value bytes_slot_getitem(Vm *vm, Value self, Value key)
{
    size_t len;
    const uint8_t *d = bytes_data(self, &len);
    bool ba = is_bytearray(self);
    if (IS_TYPE(key, &t_slice)) {
        int64_t start, stop, step, n;
        if (slice_indices(vm, key, (int64_t)len, &start, &stop, &step, &n) < 0)
            return VAL_NULL;
        if (n <= 0)
            return make_like(vm, self, NULL, 0);
        if (step == 1)
            return make_like(vm, self, d + start, (size_t)n);
        Value r = make_like(vm, self, NULL, (size_t)n);
        if (!r)
            return VAL_NULL;
        size_t rl;
        uint8_t *rd = (uint8_t *)bytes_data(r, &rl);
        d = bytes_data(self, &len);
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            rd[i] = d[j];
        return r;
    }
    if (index_key(vm, &key, ba ? "bytearray" : "byte") < 0)
        return VAL_NULL;
    int64_t i;
    if (seq_index(vm, key, (int64_t)len, ba ? "bytearray" : "", &i) < 0) {
        if (!ba && vm_exc_matches(vm, &t_IndexError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &t_IndexError, "index out of range");
        }
        return VAL_NULL;
    }
    return MAKE_SMALLINT(d[i]);
}

/* A byte value argument: int in range(256) */
static int byte_value(Vm *vm, Value v, int *out)
{
    int64_t i;
    if (str_arg_ssize(vm, v, &i) < 0) {
        if (vm_exc_matches(vm, &t_OverflowError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &t_ValueError, "byte must be in range(0, 256)");
        }
        return -1;
    }
    if (i < 0 || i > 255) {
        vm_raise(vm, &t_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)i;
    return 0;
}

static int bytes_slot_contains(Vm *vm, Value self, Value item)
{
    size_t len, il;
    const uint8_t *d = bytes_data(self, &len);
    if (is_intlike(item)) {
        int c;
        if (byte_value(vm, item, &c) < 0)
            return -1;
        return memchr(d, c, len) != NULL;
    }
    const uint8_t *id = bytes_data(item, &il);
    if (!id) {
        vm_raise(vm, &t_TypeError, "a bytes-like object is required, not '%T'", item);
        return -1;
    }
    int found = mem_find((const char *)d, len, (const char *)id, il) >= 0;
    return vm_charge_work(vm, len) < 0 ? -1 : found;
}

static Value bytes_repeat(Vm *vm, Value self, int64_t n)
{
    size_t len;
    const uint8_t *d = bytes_data(self, &len);
    if (n < 0)
        n = 0;
    if (len && (uint64_t)n > (SIZE_MAX / 4) / len) {
        vm_raise_memory(vm);
        return VAL_NULL;
    }
    size_t total = len * (size_t)n;
    if (mem_check(vm, total) < 0)
        return VAL_NULL;
    Value r = make_like(vm, self, NULL, total);
    if (!r || total == 0)
        return r;
    size_t rl;
    uint8_t *rd = (uint8_t *)bytes_data(r, &rl);
    d = bytes_data(self, &len);
    memcpy(rd, d, len);
    size_t done = len;
    while (done < total) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(rd + done, rd, chunk);
        done += chunk;
        if (vm_tick(vm) < 0)
            return VAL_NULL;
    }
    return r;
}

static int bytearray_extend_raw(Vm *vm, Value self, const uint8_t *d, size_t n)
{
    ByteArrayObj *b = (ByteArrayObj *)AS_OBJ(self);
    if (n > SIZE_MAX / 4 - b->len) {
        vm_raise_memory(vm);
        return -1;
    }
    if (bytearray_reserve(vm, b, b->len + n) < 0)
        return -1;
    /* d must not point into b's own buffer: the reserve above may move it */
    memcpy(b->data + b->len, d, n);
    b->len += n;
    return 0;
}

/* bytes % args.  Numeric conversions reuse the str formatter on a
 * one-spec format string; %s/%b/%c/%r/%a are done here. */
static Value bytes_percent(Vm *vm, Value fmtv, Value args)
{
    size_t flen;
    const uint8_t *fmt = bytes_data(fmtv, &flen);
    bool is_tuple = IS_TUPLE(args);
    bool is_mapping = !is_tuple && !bytes_data(args, &(size_t){0}) && !IS_STRLIKE(args) && IS_OBJ(args) &&
                      (AS_OBJ(args)->type->layout == K_DICT || (AS_OBJ(args)->type->flags & TF_HEAPTYPE &&
                       type_lookup_cstr(vm, AS_OBJ(args)->type, "__getitem__")));
    size_t nargs = is_tuple ? TUPLE_LEN(args) : 1, argi = 0;
    bool used_mapping = false;
    StrBuf sb;
    sb_init(&sb, vm);
    size_t i = 0;
    while (i < flen) {
        if (fmt[i] != '%') {
            size_t j = i;
            while (j < flen && fmt[j] != '%')
                j++;
            sb_append(&sb, (const char *)fmt + i, j - i);
            i = j;
            continue;
        }
        size_t spec_start = i++;
        Value arg = VAL_NULL;
        if (i < flen && fmt[i] == '(') {
            size_t depth = 1, k = ++i;
            while (k < flen && depth) {
                if (fmt[k] == '(') depth++;
                else if (fmt[k] == ')') depth--;
                k++;
            }
            if (depth) {
                sb_free(&sb);
                return vm_raise(vm, &t_ValueError, "incomplete format key");
            }
            if (!is_mapping) {
                sb_free(&sb);
                return vm_raise(vm, &t_TypeError, "format requires a mapping");
            }
            Value key = bytes_new(vm, fmt + i, k - 1 - i);
            if (!key || !(arg = obj_getitem(vm, args, key))) {
                sb_free(&sb);
                return VAL_NULL;
            }
            used_mapping = true;
            i = k;
        }
        char flags[8];
        int nflags = 0;
        while (i < flen && strchr("-+ #0", fmt[i]) && fmt[i]) {
            if (nflags < 7)
                flags[nflags++] = (char)fmt[i];
            i++;
        }
        flags[nflags] = 0;
        int64_t width = -1, prec = -1;
        if (i < flen && fmt[i] >= '0' && fmt[i] <= '9') {
            width = 0;
            while (i < flen && fmt[i] >= '0' && fmt[i] <= '9' && width < 100000000)
                width = width * 10 + (fmt[i++] - '0');
        }
        if (i < flen && fmt[i] == '.') {
            i++;
            prec = 0;
            while (i < flen && fmt[i] >= '0' && fmt[i] <= '9' && prec < 100000000)
                prec = prec * 10 + (fmt[i++] - '0');
        }
        while (i < flen && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L'))
            i++;
        if (i >= flen) {
            sb_free(&sb);
            return vm_raise(vm, &t_ValueError, "incomplete format");
        }
        char conv = (char)fmt[i++];
        if (conv == '%') {
            sb_append_char(&sb, '%');
            continue;
        }
        if (!arg) {
            if (is_tuple) {
                if (argi >= nargs) {
                    sb_free(&sb);
                    return vm_raise(vm, &t_TypeError, "not enough arguments for format string");
                }
                arg = TUPLE_ITEMS(args)[argi++];
            } else {
                if (argi >= 1) {
                    sb_free(&sb);
                    return vm_raise(vm, &t_TypeError, "not enough arguments for format string");
                }
                arg = args;
                argi++;
            }
        }
        Value piece = VAL_NULL;   /* bytes or str (ASCII) to pad */
        switch (conv) {
        case 's': case 'b': {
            size_t al;
            if (bytes_data(arg, &al)) {
                piece = arg;
            } else {
                int found = 0;
                Value r = IS_OBJ(arg) && (AS_OBJ(arg)->type->flags & TF_HEAPTYPE)
                              ? vm_call_method_opt(vm, arg, "__bytes__", NULL, 0, &found) : VAL_NULL;
                if (found && !r) {
                    sb_free(&sb);
                    return VAL_NULL;
                }
                if (!found) {
                    sb_free(&sb);
                    return vm_raise(vm, &t_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", arg);
                }
                piece = r;
            }
            break;
        }
        case 'r': case 'a':
            piece = obj_ascii(vm, arg);
            break;
        case 'c': {
            size_t al;
            const uint8_t *ad = bytes_data(arg, &al);
            uint8_t ch;
            if (ad && al == 1) {
                ch = ad[0];
            } else if (is_intlike(arg)) {
                int64_t v;
                if (!int_to_i64(arg, &v) || v < 0 || v > 255) {
                    sb_free(&sb);
                    return vm_raise(vm, &t_OverflowError, "%%c arg not in range(256)");
                }
                ch = (uint8_t)v;
            } else {
                sb_free(&sb);
                return vm_raise(vm, &t_TypeError, "%%c requires an integer in range(256) or a single byte");
            }
            piece = bytes_new(vm, &ch, 1);
            prec = -1;
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'F':
        case 'g': case 'G': {
            /* delegate one spec to the str formatter */
            size_t speclen = i - spec_start;
            StrBuf spec;
            sb_init(&spec, vm);
            sb_append_char(&spec, '%');
            sb_append_cstr(&spec, flags);
            char num[48];
            if (width >= 0) { snprintf(num, sizeof num, "%lld", (long long)width); sb_append_cstr(&spec, num); }
            if (prec >= 0) { snprintf(num, sizeof num, ".%lld", (long long)prec); sb_append_cstr(&spec, num); }
            sb_append_char(&spec, conv);
            (void)speclen;
            Value specv = sb_finish(&spec);
            Value one = specv ? tuple_from_array(vm, &arg, 1) : VAL_NULL;
            Value r = one ? format_percent(vm, specv, one) : VAL_NULL;
            if (!r) {
                sb_free(&sb);
                return VAL_NULL;
            }
            sb_append_value_str(&sb, r);
            continue;
        }
        default: {
            sb_free(&sb);
            char hex[8];
            snprintf(hex, sizeof hex, "0x%x", (unsigned)(uint8_t)conv);
            if ((uint8_t)conv >= 0x20 && (uint8_t)conv < 0x7f)
                return vm_raise(vm, &t_ValueError, "unsupported format character '%c' (%s) at index %zu", conv, hex, i - 1);
            return vm_raise(vm, &t_ValueError, "unsupported format character '\\x%02x' (%s) at index %zu",
                            (unsigned)(uint8_t)conv, hex, i - 1);
        }
        }
        if (!piece) {
            sb_free(&sb);
            return VAL_NULL;
        }
        size_t pl;
        const char *pd = IS_STRLIKE(piece) ? STR_DATA(piece) : (const char *)bytes_data(piece, &pl);
        pl = IS_STRLIKE(piece) ? STR_LEN(piece) : pl;
        if (prec >= 0 && (size_t)prec < pl)
            pl = (size_t)prec;
        bool left = strchr(flags, '-') != NULL;
        size_t padn = width > 0 && (size_t)width > pl ? (size_t)width - pl : 0;
        if (padn && mem_check(vm, padn) < 0) {
            sb_free(&sb);
            return VAL_NULL;
        }
        for (size_t k = 0; !left && k < padn; k++)
            sb_append_char(&sb, ' ');
        sb_append(&sb, pd, pl);
        for (size_t k = 0; left && k < padn; k++)
            sb_append_char(&sb, ' ');
    }
    if (!used_mapping && argi < nargs && !(is_mapping && !is_tuple)) {
        sb_free(&sb);
        return vm_raise(vm, &t_TypeError, "not all arguments converted during bytes formatting");
    }
    if (sb.failed) {
        sb_free(&sb);
        return VAL_NULL;
    }
    Value r = make_like(vm, fmtv, (const uint8_t *)(sb.data ? sb.data : ""), sb.len);
    sb_free(&sb);
    return r;
}

static Value bytes_slot_binop(Vm *vm, int op, Value a, Value b)
{
    bool inplace = (op & BINOP_INPLACE) != 0;
    switch (op & 15) {
    case BINOP_ADD: {
        size_t la, lb;
        const uint8_t *da = bytes_data(a, &la);
        if (!da)
            return VAL_NOTIMPL;
        const uint8_t *db = bytes_data(b, &lb);
        if (!db) {
            if (IS_OBJ(b) && (AS_OBJ(b)->type->flags & TF_HEAPTYPE) &&
                type_lookup_cstr(vm, AS_OBJ(b)->type, "__radd__"))
                return VAL_NOTIMPL;
            return vm_raise(vm, &t_TypeError, "can't concat %T to %T", b, a);
        }
        if (inplace && is_bytearray(a)) {
            /* copy b first: it may be a itself */
            Value tmp = bytes_new(vm, db, lb);
            if (!tmp || bytearray_extend_raw(vm, a, AS_BYTES(tmp)->data, lb) < 0)
                return VAL_NULL;
            return a;
        }
        if (la + lb < la || mem_check(vm, la + lb) < 0)
            return VAL_NULL;
        Value r = make_like(vm, a, NULL, la + lb);
        if (!r)
            return VAL_NULL;
        size_t rl;
        uint8_t *rd = (uint8_t *)bytes_data(r, &rl);
        da = bytes_data(a, &la);
        db = bytes_data(b, &lb);
        if (la)
            memcpy(rd, da, la);
        if (lb)
            memcpy(rd + la, db, lb);
        return r;
    }
    case BINOP_MUL: {
        Value s = bytes_data(a, &(size_t){0}) ? a : b, n = s == a ? b : a;
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
        Value res = bytes_repeat(vm, s, count);
        if (res && inplace && s == a && is_bytearray(a)) {
            ByteArrayObj *ba = (ByteArrayObj *)AS_OBJ(a), *rb = (ByteArrayObj *)AS_OBJ(res);
            /* swap buffers so the left operand itself changes */
            uint8_t *td = ba->data; size_t tl = ba->len, tc = ba->cap;
            ba->data = rb->data; ba->len = rb->len; ba->cap = rb->cap;
            rb->data = td; rb->len = tl; rb->cap = tc;
            return a;
        }
        return res;
    }
    case BINOP_MOD:
        if (!bytes_data(a, &(size_t){0}))
            return VAL_NOTIMPL;
        return bytes_percent(vm, a, b);
    default:
        return VAL_NOTIMPL;
    }
}

/* ---------------------------------------------------------- iterator */

static Value bytes_slot_iter(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)obj_alloc(vm, &t_bytes_iterator, sizeof(IterObj));
    if (!it)
        return VAL_NULL;
    it->seq = self;
    it->index = 0;
    return OBJ_VAL(it);
}

static Value bytes_iter_next(Vm *vm, Value self)
{
    IterObj *it = (IterObj *)AS_OBJ(self);
    if (!it->seq)
        return VAL_NULL;
    size_t len;
    const uint8_t *d = bytes_data(it->seq, &len);
    if ((size_t)it->index >= len) {
        it->seq = VAL_NULL;
        return VAL_NULL;
    }
    return MAKE_SMALLINT(d[it->index++]);
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

static Value bytes_iter_length_hint(Vm *vm, Value *args, int nargs, Value kwnames)
{
    IterObj *it = (IterObj *)AS_OBJ(args[0]);
    if (!it->seq)
        return MAKE_SMALLINT(0);
    size_t len;
    bytes_data(it->seq, &len);
    return MAKE_SMALLINT((size_t)it->index < len ? (int64_t)(len - (size_t)it->index) : 0);
}

static const BuiltinFunc bytes_iterator_methods[] = {
    BUILTIN_METHOD("__length_hint__", bytes_iter_length_hint),
};

const TypeObj t_bytes_iterator = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "bytes_iterator",
    .base = &t_object,
    .layout = K_ITER,
    .basicsize = sizeof(IterObj),
    .flags = TF_ABSTRACT_NEW,
    .methods = bytes_iterator_methods,
    .nmethods = NELEMS(bytes_iterator_methods),
    .iter = iter_self,
    .iternext = bytes_iter_next,
    .trace = iter_trace,
};

/* ------------------------------------------------------------ methods */

static const char *kind_name(Value self)
{
    return is_bytearray(self) ? "bytearray" : "bytes";
}

static int bself_check(Vm *vm, Value *args, int nargs, const char *meth, bool want_bytearray)
{
    const char *t = want_bytearray ? "bytearray" : "bytes";
    if (nargs < 1) {
        vm_raise(vm, &t_TypeError, "unbound method %s.%s() needs an argument", t, meth);
        return -1;
    }
    if (want_bytearray ? !is_bytearray(args[0]) : !bytes_data(args[0], &(size_t){0})) {
        vm_raise(vm, &t_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", meth, t,
                 args[0]);
        return -1;
    }
    return 0;
}

#define CHECK(meth) \
    if (bself_check(vm, args, nargs, meth, false) < 0) \
        return VAL_NULL

/* Argument that must be bytes-like: "a bytes-like object is required, not 'int'" */
static const uint8_t *need_bytes(Vm *vm, Value v, size_t *len)
{
    const uint8_t *d = bytes_data(v, len);
    if (!d)
        vm_raise(vm, &t_TypeError, "a bytes-like object is required, not '%T'", v);
    return d;
}

static Value m_decode(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("decode");
    static const char *const names[] = { "encoding", "errors" };
    Value a[2];
    if (str_args_kw(vm, args, nargs, kwnames, "decode", names, 2, 1, a) < 0)
        return VAL_NULL;
    for (int k = 0; k < 2; k++)
        if (a[k] && !IS_STRLIKE(a[k]))
            return vm_raise(vm, &t_TypeError, "decode() argument '%s' must be str, not %s", names[k], arg_type_name(a[k]));
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    return str_decode(vm, d, len, a[0] ? STR_DATA(a[0]) : NULL, a[1] ? STR_DATA(a[1]) : NULL);
}

static Value m_hex(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("hex");
    static const char *const names[] = { "sep", "bytes_per_sep" };
    Value a[2];
    if (str_args_kw(vm, args, nargs, kwnames, "hex", names, 2, 1, a) < 0)
        return VAL_NULL;
    char sep = 0;
    int64_t per = 1;
    if (a[0]) {
        size_t sl;
        const char *sd;
        if (IS_STRLIKE(a[0])) {
            sl = AS_STR(a[0])->nchars;
            sd = STR_DATA(a[0]);
        } else if (bytes_data(a[0], &sl)) {
            sd = (const char *)bytes_data(a[0], &sl);
        } else {
            return vm_raise(vm, &t_TypeError, "object of type '%T' has no len()", a[0]);
        }
        if (sl != 1)
            return vm_raise(vm, &t_ValueError, "sep must be length 1.");
        if ((unsigned char)sd[0] >= 0x80)
            return vm_raise(vm, &t_ValueError, "sep must be ASCII.");
        sep = sd[0];
    }
    if (a[1] && str_arg_ssize(vm, a[1], &per) < 0)
        return VAL_NULL;
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    if (mem_check(vm, len * 3) < 0)
        return VAL_NULL;
    StrBuf sb;
    sb_init(&sb, vm);
    uint64_t group = per < 0 ? (uint64_t)(-per) : (uint64_t)per;
    for (size_t i = 0; i < len; i++) {
        if (sep && group && i > 0) {
            /* positive bytes_per_sep counts groups from the right */
            bool cut = per > 0 ? (len - i) % group == 0 : i % group == 0;
            if (cut)
                sb_append_char(&sb, sep);
        }
        sb_append_char(&sb, hexdigits[d[i] >> 4]);
        sb_append_char(&sb, hexdigits[d[i] & 15]);
    }
    return sb_finish(&sb);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value m_fromhex(Vm *vm, Value *args, int nargs, Value kwnames)
{
    /* classmethod: args[0] is the type */
    if (kwnames && TUPLE_LEN(kwnames))
        return vm_raise(vm, &t_TypeError, "bytes.fromhex() takes no keyword arguments");
    if (nargs != 2)
        return vm_raise(vm, &t_TypeError, "bytes.fromhex() takes exactly one argument (%d given)", nargs - 1);
    Value s = args[1];
    if (!IS_STRLIKE(s))
        return vm_raise(vm, &t_TypeError, "fromhex() argument must be str, not %T", s);
    const char *d = STR_DATA(s);
    size_t len = STR_LEN(s), i = 0;
    StrBuf sb;
    sb_init(&sb, vm);
    while (i < len) {
        if (d[i] == ' ' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r' || d[i] == '\v' || d[i] == '\f') {
            i++;
            continue;
        }
        int hi = hexval(d[i]);
        int lo = i + 1 < len ? hexval(d[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            sb_free(&sb);
            size_t pos = str_char_index(s, hi < 0 ? i : i + 1);
            return vm_raise(vm, &t_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", pos);
        }
        sb_append_char(&sb, (char)(hi * 16 + lo));
        i += 2;
    }
    if (sb.failed) {
        sb_free(&sb);
        return VAL_NULL;
    }
    const TypeObj *type = (const TypeObj *)AS_OBJ(args[0]);
    Value r = type->layout == K_BYTEARRAY ? bytearray_new(vm, (const uint8_t *)sb.data, sb.len)
                                          : bytes_new(vm, (const uint8_t *)(sb.data ? sb.data : ""), sb.len);
    sb_free(&sb);
    return r;
}

/* ---- searching */

/* sub of find/count/index: bytes-like or an int byte value */
static const uint8_t *search_sub(Vm *vm, Value v, size_t *len, uint8_t *one)
{
    if (is_intlike(v)) {
        int c;
        if (byte_value(vm, v, &c) < 0)
            return NULL;
        *one = (uint8_t)c;
        *len = 1;
        return one;
    }
    const uint8_t *d = bytes_data(v, len);
    if (!d)
        vm_raise(vm, &t_TypeError, "argument should be integer or bytes-like object, not '%T'", v);
    return d;
}

typedef struct { const uint8_t *sub; size_t sublen; int64_t start, end; uint8_t one; } BSearch;

static int bsearch_args(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, BSearch *bs, bool tail)
{
    if (bself_check(vm, args, nargs, name, false) < 0)
        return -1;
    if (str_args_tuple(vm, args, nargs, kwnames, kind_name(SELF), name, 1, 3) < 0)
        return -1;
    if (!tail) {
        bs->sub = search_sub(vm, args[1], &bs->sublen, &bs->one);
        if (!bs->sub)
            return -1;
    }
    size_t len;
    bytes_data(SELF, &len);
    bs->start = 0;
    bs->end = INT64_MAX / 2;
    if (nargs > 2 && str_arg_slice_index(vm, args[2], &bs->start) < 0)
        return -1;
    if (nargs > 3 && str_arg_slice_index(vm, args[3], &bs->end) < 0)
        return -1;
    str_adjust_indices(&bs->start, &bs->end, (int64_t)len);
    return 0;
}

static Value bfind_impl(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, bool reverse, bool raise)
{
    BSearch bs;
    if (bsearch_args(vm, args, nargs, kwnames, name, &bs, false) < 0)
        return VAL_NULL;
    size_t len;
    const char *d = (const char *)bytes_data(SELF, &len);
    int64_t pos = -1;
    if (bs.end - bs.start >= (int64_t)bs.sublen && bs.start <= (int64_t)len) {
        const char *hay = d + bs.start;
        size_t n = (size_t)(bs.end - bs.start);
        int64_t f = reverse ? (bs.sublen == 0 ? (int64_t)n : mem_rfind(hay, n, (const char *)bs.sub, bs.sublen))
                            : mem_find(hay, n, (const char *)bs.sub, bs.sublen);
        if (f >= 0)
            pos = bs.start + f;
        if (vm_charge_work(vm, n) < 0)
            return VAL_NULL;
    }
    if (pos < 0 && raise)
        return vm_raise(vm, &t_ValueError, "subsection not found");
    return MAKE_SMALLINT(pos);
}

static Value bm_find(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bfind_impl(vm, args, nargs, kwnames, "find", false, false); }
static Value bm_rfind(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bfind_impl(vm, args, nargs, kwnames, "rfind", true, false); }
static Value bm_index(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bfind_impl(vm, args, nargs, kwnames, "index", false, true); }
static Value bm_rindex(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bfind_impl(vm, args, nargs, kwnames, "rindex", true, true); }

static Value bm_count(Vm *vm, Value *args, int nargs, Value kwnames)
{
    BSearch bs;
    if (bsearch_args(vm, args, nargs, kwnames, "count", &bs, false) < 0)
        return VAL_NULL;
    size_t len;
    const char *d = (const char *)bytes_data(SELF, &len);
    if (bs.end - bs.start < (int64_t)bs.sublen || bs.start > (int64_t)len)
        return MAKE_SMALLINT(0);
    int64_t count = mem_count(d + bs.start, (size_t)(bs.end - bs.start), (const char *)bs.sub, bs.sublen, -1);
    if (vm_charge_work(vm, (size_t)(bs.end - bs.start)) < 0)
        return VAL_NULL;
    return MAKE_SMALLINT(count);
}

static Value btail_impl(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, bool end)
{
    BSearch bs;
    if (bsearch_args(vm, args, nargs, kwnames, name, &bs, true) < 0)
        return VAL_NULL;
    Value sub = args[1];
    size_t nsub = 1;
    Value *subs = &sub;
    if (IS_TUPLE(sub)) {
        nsub = TUPLE_LEN(sub);
        subs = TUPLE_ITEMS(sub);
    } else if (!bytes_data(sub, &(size_t){0})) {
        return vm_raise(vm, &t_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, sub);
    }
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    for (size_t k = 0; k < nsub; k++) {
        size_t pl;
        const uint8_t *p = bytes_data(subs[k], &pl);
        if (!p)
            return vm_raise(vm, &t_TypeError, "a bytes-like object is required, not '%T'", subs[k]);
        if (bs.start > (int64_t)len || bs.end - bs.start < (int64_t)pl)
            continue;
        size_t at = end ? (size_t)bs.end - pl : (size_t)bs.start;
        if (pl == 0 || memcmp(d + at, p, pl) == 0)
            return VAL_TRUE;
    }
    return VAL_FALSE;
}

static Value bm_startswith(Vm *vm, Value *args, int nargs, Value kwnames)
{ return btail_impl(vm, args, nargs, kwnames, "startswith", false); }
static Value bm_endswith(Vm *vm, Value *args, int nargs, Value kwnames)
{ return btail_impl(vm, args, nargs, kwnames, "endswith", true); }

/* ---- transformations */

static bool bspace(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static Value bm_case(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, int mode)
{
    CHECK(name);
    if (str_args_none(vm, args, nargs, kwnames, kind_name(SELF), name) < 0)
        return VAL_NULL;
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    Value r = make_like(vm, SELF, d, len);
    if (!r)
        return VAL_NULL;
    uint8_t *rd = (uint8_t *)bytes_data(r, &len);
    bool prev = false;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = rd[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        bool to_up;
        switch (mode) {
        case 0: to_up = false; break;               /* lower */
        case 1: to_up = true; break;                /* upper */
        case 2: to_up = lo; break;                  /* swapcase */
        case 3: to_up = !prev; break;               /* title */
        default: to_up = i == 0; break;             /* capitalize */
        }
        if (to_up && lo)
            rd[i] = (uint8_t)(c - 32);
        else if (!to_up && up)
            rd[i] = (uint8_t)(c + 32);
        prev = up || lo;
    }
    return r;
}

static Value bm_lower(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_case(vm, args, nargs, kwnames, "lower", 0); }
static Value bm_upper(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_case(vm, args, nargs, kwnames, "upper", 1); }
static Value bm_swapcase(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_case(vm, args, nargs, kwnames, "swapcase", 2); }
static Value bm_title(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_case(vm, args, nargs, kwnames, "title", 3); }
static Value bm_capitalize(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_case(vm, args, nargs, kwnames, "capitalize", 4); }

static Value bm_pred(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, int which)
{
    CHECK(name);
    if (str_args_none(vm, args, nargs, kwnames, kind_name(SELF), name) < 0)
        return VAL_NULL;
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    if (which == 6) {   /* isascii */
        for (size_t i = 0; i < len; i++)
            if (d[i] >= 0x80)
                return VAL_FALSE;
        return VAL_TRUE;
    }
    if (len == 0)
        return VAL_FALSE;
    bool cased = false;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = d[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z', dg = c >= '0' && c <= '9';
        switch (which) {
        case 0: if (!dg) return VAL_FALSE; break;
        case 1: if (!up && !lo) return VAL_FALSE; break;
        case 2: if (!up && !lo && !dg) return VAL_FALSE; break;
        case 3: if (!bspace(c)) return VAL_FALSE; break;
        case 4: if (up) return VAL_FALSE; cased |= lo; break;
        case 5: if (lo) return VAL_FALSE; cased |= up; break;
        }
    }
    return which >= 4 ? VAL_BOOL(cased) : VAL_TRUE;
}

static Value bm_isdigit(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_pred(vm, args, nargs, kwnames, "isdigit", 0); }
static Value bm_isalpha(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_pred(vm, args, nargs, kwnames, "isalpha", 1); }
static Value bm_isalnum(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_pred(vm, args, nargs, kwnames, "isalnum", 2); }
static Value bm_isspace(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_pred(vm, args, nargs, kwnames, "isspace", 3); }
static Value bm_islower(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_pred(vm, args, nargs, kwnames, "islower", 4); }
static Value bm_isupper(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_pred(vm, args, nargs, kwnames, "isupper", 5); }
static Value bm_isascii(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bm_pred(vm, args, nargs, kwnames, "isascii", 6); }

static Value bstrip_impl(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, int sides)
{
    CHECK(name);
    if (str_args_pos(vm, args, nargs, kwnames, kind_name(SELF), name, 0, 1) < 0)
        return VAL_NULL;
    size_t cl = 0;
    const uint8_t *chars = NULL;
    if (nargs > 1 && args[1] != VAL_NONE) {
        chars = need_bytes(vm, args[1], &cl);
        if (!chars)
            return VAL_NULL;
    }
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    size_t a = 0, b = len;
#define IN_SET(c) (chars ? memchr(chars, (c), cl) != NULL : bspace(c))
    if (sides & 1)
        while (a < b && IN_SET(d[a]))
            a++;
    if (sides & 2)
        while (b > a && IN_SET(d[b - 1]))
            b--;
#undef IN_SET
    if (a == 0 && b == len && IS_TYPE(SELF, &t_bytes))
        return SELF;
    return make_like(vm, SELF, d + a, b - a);
}

static Value bm_strip(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bstrip_impl(vm, args, nargs, kwnames, "strip", 3); }
static Value bm_lstrip(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bstrip_impl(vm, args, nargs, kwnames, "lstrip", 1); }
static Value bm_rstrip(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bstrip_impl(vm, args, nargs, kwnames, "rstrip", 2); }

static int bappend_piece(Vm *vm, Value list, Value like, const uint8_t *d, size_t n)
{
    Value p = make_like(vm, like, d, n);
    return p ? list_append(vm, list, p) : -1;
}

static Value bsplit_impl(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, bool reverse)
{
    CHECK(name);
    static const char *const names[] = { "sep", "maxsplit" };
    Value a[2];
    if (str_args_kw(vm, args, nargs, kwnames, name, names, 2, 1, a) < 0)
        return VAL_NULL;
    size_t sl = 0;
    const uint8_t *sep = NULL;
    if (a[0] && a[0] != VAL_NONE) {
        sep = need_bytes(vm, a[0], &sl);
        if (!sep)
            return VAL_NULL;
        if (sl == 0)
            return vm_raise(vm, &t_ValueError, "empty separator");
    }
    int64_t maxsplit = -1;
    if (a[1] && str_arg_ssize(vm, a[1], &maxsplit) < 0)
        return VAL_NULL;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    Value list = list_new(vm, 0);
    if (!list)
        return VAL_NULL;
    int64_t count = 0;
    uint32_t ticks = 0;
    if (!sep) {
        if (!reverse) {
            size_t i = 0;
            while (i < len) {
                while (i < len && bspace(d[i]))
                    i++;
                if (i >= len)
                    break;
                if (count >= maxsplit) {
                    size_t e = len;
                    if (bappend_piece(vm, list, SELF, d + i, e - i) < 0)
                        return VAL_NULL;
                    break;
                }
                size_t st = i;
                while (i < len && !bspace(d[i]))
                    i++;
                if (bappend_piece(vm, list, SELF, d + st, i - st) < 0)
                    return VAL_NULL;
                count++;
                if ((++ticks & 1023) == 0 && vm_tick(vm) < 0)
                    return VAL_NULL;
            }
        } else {
            size_t i = len;
            while (i > 0) {
                while (i > 0 && bspace(d[i - 1]))
                    i--;
                if (i == 0)
                    break;
                if (count >= maxsplit) {
                    size_t b = 0;
                    if (bappend_piece(vm, list, SELF, d + b, i - b) < 0)
                        return VAL_NULL;
                    break;
                }
                size_t e = i;
                while (i > 0 && !bspace(d[i - 1]))
                    i--;
                if (bappend_piece(vm, list, SELF, d + i, e - i) < 0)
                    return VAL_NULL;
                count++;
                if ((++ticks & 1023) == 0 && vm_tick(vm) < 0)
                    return VAL_NULL;
            }
        }
    } else if (!reverse) {
        size_t pos = 0;
        while (count < maxsplit) {
            int64_t f = mem_find((const char *)d + pos, len - pos, (const char *)sep, sl);
            if (f < 0)
                break;
            if (bappend_piece(vm, list, SELF, d + pos, (size_t)f) < 0)
                return VAL_NULL;
            pos += (size_t)f + sl;
            count++;
            if ((++ticks & 1023) == 0 && vm_tick(vm) < 0)
                return VAL_NULL;
        }
        if (bappend_piece(vm, list, SELF, d + pos, len - pos) < 0)
            return VAL_NULL;
    } else {
        size_t end = len;
        while (count < maxsplit) {
            int64_t f = mem_rfind((const char *)d, end, (const char *)sep, sl);
            if (f < 0)
                break;
            if (bappend_piece(vm, list, SELF, d + f + sl, end - (size_t)f - sl) < 0)
                return VAL_NULL;
            end = (size_t)f;
            count++;
            if ((++ticks & 1023) == 0 && vm_tick(vm) < 0)
                return VAL_NULL;
        }
        if (bappend_piece(vm, list, SELF, d, end) < 0)
            return VAL_NULL;
    }
    if (reverse) {
        ListObj *l = AS_LIST(list);
        for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
            Value t = l->items[i];
            l->items[i] = l->items[j - 1];
            l->items[j - 1] = t;
        }
    }
    return list;
}

static Value bm_split(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bsplit_impl(vm, args, nargs, kwnames, "split", false); }
static Value bm_rsplit(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bsplit_impl(vm, args, nargs, kwnames, "rsplit", true); }

static Value bm_replace(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("replace");
    if (str_args_pos(vm, args, nargs, kwnames, kind_name(SELF), "replace", 2, 3) < 0)
        return VAL_NULL;
    size_t ol, nl, len;
    const uint8_t *o = need_bytes(vm, args[1], &ol);
    if (!o)
        return VAL_NULL;
    const uint8_t *nw = need_bytes(vm, args[2], &nl);
    if (!nw)
        return VAL_NULL;
    int64_t count = -1;
    if (nargs > 3 && str_arg_ssize(vm, args[3], &count) < 0)
        return VAL_NULL;
    if (count < 0)
        count = INT64_MAX;
    const uint8_t *d = bytes_data(SELF, &len);
    int64_t n = ol == 0 ? ((int64_t)len + 1 < count ? (int64_t)len + 1 : count)
                        : mem_count((const char *)d, len, (const char *)o, ol, count);
    if (nl > ol && n && (uint64_t)n > (SIZE_MAX / 4 - len) / (nl - ol + 1))
        return vm_raise(vm, &t_OverflowError, "replace bytes is too long");
    size_t total = len + (size_t)n * nl - (size_t)n * ol;
    if (mem_check(vm, total) < 0)
        return VAL_NULL;
    Value r = make_like(vm, SELF, NULL, total);
    if (!r)
        return VAL_NULL;
    size_t rl;
    uint8_t *rd = (uint8_t *)bytes_data(r, &rl);
    d = bytes_data(SELF, &len);
    size_t pos = 0;
    for (int64_t k = 0; k < n; k++) {
        size_t at = ol == 0 ? pos + (k > 0) : pos + (size_t)mem_find((const char *)d + pos, len - pos, (const char *)o, ol);
        memcpy(rd, d + pos, at - pos);
        rd += at - pos;
        memcpy(rd, nw, nl);
        rd += nl;
        pos = at + ol;
        if ((k & 4095) == 4095 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
    memcpy(rd, d + pos, len - pos);
    return r;
}

static Value bm_join(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("join");
    if (str_args_one(vm, args, nargs, kwnames, kind_name(SELF), "join") < 0)
        return VAL_NULL;
    size_t n;
    Value holder = VAL_NULL;
    Value *items = str_seq_fast(vm, args[1], &n, &holder, "can only join an iterable");
    if (!items && vm_exc_pending(vm))
        return VAL_NULL;
    size_t sl, total = 0;
    bytes_data(SELF, &sl);
    for (size_t i = 0; i < n; i++) {
        size_t il;
        if (!bytes_data(items[i], &il))
            return vm_raise(vm, &t_TypeError, "sequence item %zu: expected a bytes-like object, %T found", i, items[i]);
        if (il + sl > SIZE_MAX / 4 - total) {
            vm_raise_memory(vm);
            return VAL_NULL;
        }
        total += il + (i ? sl : 0);
    }
    if (mem_check(vm, total) < 0)
        return VAL_NULL;
    Value r = make_like(vm, SELF, NULL, total);
    if (!r)
        return VAL_NULL;
    size_t rl;
    uint8_t *rd = (uint8_t *)bytes_data(r, &rl);
    const uint8_t *sd = bytes_data(SELF, &sl);
    for (size_t i = 0; i < n; i++) {
        size_t il;
        const uint8_t *id = bytes_data(items[i], &il);
        if (i && sl) {
            memcpy(rd, sd, sl);
            rd += sl;
        }
        if (il)
            memcpy(rd, id, il);
        rd += il;
    }
    return r;
}

static Value bpartition_impl(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, bool reverse)
{
    CHECK(name);
    if (str_args_one(vm, args, nargs, kwnames, kind_name(SELF), name) < 0)
        return VAL_NULL;
    size_t sl, len;
    const uint8_t *sep = need_bytes(vm, args[1], &sl);
    if (!sep)
        return VAL_NULL;
    if (sl == 0)
        return vm_raise(vm, &t_ValueError, "empty separator");
    const uint8_t *d = bytes_data(SELF, &len);
    int64_t f = reverse ? mem_rfind((const char *)d, len, (const char *)sep, sl)
                        : mem_find((const char *)d, len, (const char *)sep, sl);
    Value parts[3];
    if (f < 0) {
        parts[0] = make_like(vm, SELF, reverse ? NULL : d, reverse ? 0 : len);
        parts[1] = make_like(vm, SELF, NULL, 0);
        parts[2] = make_like(vm, SELF, reverse ? d : NULL, reverse ? len : 0);
    } else {
        parts[0] = make_like(vm, SELF, d, (size_t)f);
        parts[1] = make_like(vm, SELF, sep, sl);
        parts[2] = make_like(vm, SELF, d + f + sl, len - (size_t)f - sl);
    }
    if (!parts[0] || !parts[1] || !parts[2])
        return VAL_NULL;
    return tuple_from_array(vm, parts, 3);
}

static Value bm_partition(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bpartition_impl(vm, args, nargs, kwnames, "partition", false); }
static Value bm_rpartition(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bpartition_impl(vm, args, nargs, kwnames, "rpartition", true); }

static Value bjustify(Vm *vm, Value *args, int nargs, Value kwnames, const char *name, int how)
{
    CHECK(name);
    if (str_args_pos(vm, args, nargs, kwnames, kind_name(SELF), name, 1, 2) < 0)
        return VAL_NULL;
    int64_t width;
    if (str_arg_ssize(vm, args[1], &width) < 0)
        return VAL_NULL;
    uint8_t fill = ' ';
    if (nargs > 2) {
        size_t fl;
        const uint8_t *f = bytes_data(args[2], &fl);
        if (!f || fl != 1)
            return vm_raise(vm, &t_TypeError, "%s() argument 2 must be a byte string of length 1, not %T", name, args[2]);
        fill = f[0];
    }
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    if (width <= (int64_t)len)
        return make_like(vm, SELF, d, len);
    if (mem_check(vm, (size_t)width) < 0)
        return VAL_NULL;
    int64_t marg = width - (int64_t)len;
    int64_t left = how == 0 ? 0 : how == 1 ? marg : marg / 2 + (marg & width & 1);
    Value r = make_like(vm, SELF, NULL, (size_t)width);
    if (!r)
        return VAL_NULL;
    size_t rl;
    uint8_t *rd = (uint8_t *)bytes_data(r, &rl);
    d = bytes_data(SELF, &len);
    memset(rd, fill, (size_t)width);
    memcpy(rd + left, d, len);
    return r;
}

static Value bm_ljust(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bjustify(vm, args, nargs, kwnames, "ljust", 0); }
static Value bm_rjust(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bjustify(vm, args, nargs, kwnames, "rjust", 1); }
static Value bm_center(Vm *vm, Value *args, int nargs, Value kwnames)
{ return bjustify(vm, args, nargs, kwnames, "center", 2); }

static Value bm_removeprefix(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("removeprefix");
    if (str_args_one(vm, args, nargs, kwnames, kind_name(SELF), "removeprefix") < 0)
        return VAL_NULL;
    size_t pl, len;
    const uint8_t *p = need_bytes(vm, args[1], &pl);
    if (!p)
        return VAL_NULL;
    const uint8_t *d = bytes_data(SELF, &len);
    if (pl <= len && memcmp(d, p, pl) == 0)
        return make_like(vm, SELF, d + pl, len - pl);
    return make_like(vm, SELF, d, len);
}

static Value bm_removesuffix(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("removesuffix");
    if (str_args_one(vm, args, nargs, kwnames, kind_name(SELF), "removesuffix") < 0)
        return VAL_NULL;
    size_t pl, len;
    const uint8_t *p = need_bytes(vm, args[1], &pl);
    if (!p)
        return VAL_NULL;
    const uint8_t *d = bytes_data(SELF, &len);
    if (pl && pl <= len && memcmp(d + len - pl, p, pl) == 0)
        return make_like(vm, SELF, d, len - pl);
    return make_like(vm, SELF, d, len);
}

static Value bm_translate(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("translate");
    if (str_args_pos(vm, args, nargs, kwnames, kind_name(SELF), "translate", 1, 2) < 0)
        return VAL_NULL;
    size_t tl = 0, dl = 0, len;
    const uint8_t *table = NULL, *del = NULL;
    if (args[1] != VAL_NONE) {
        table = need_bytes(vm, args[1], &tl);
        if (!table)
            return VAL_NULL;
        if (tl != 256)
            return vm_raise(vm, &t_ValueError, "translation table must be 256 characters long");
    }
    if (nargs > 2) {
        del = need_bytes(vm, args[2], &dl);
        if (!del)
            return VAL_NULL;
    }
    const uint8_t *d = bytes_data(SELF, &len);
    StrBuf sb;
    sb_init(&sb, vm);
    for (size_t i = 0; i < len; i++) {
        if (del && dl && memchr(del, d[i], dl))
            continue;
        sb_append_char(&sb, (char)(table ? table[d[i]] : d[i]));
    }
    if (sb.failed) {
        sb_free(&sb);
        return VAL_NULL;
    }
    Value r = make_like(vm, SELF, (const uint8_t *)(sb.data ? sb.data : ""), sb.len);
    sb_free(&sb);
    return r;
}

static Value bm_maketrans(Vm *vm, Value *args, int nargs, Value kwnames)
{
    /* staticmethod: no self */
    if (kwnames && TUPLE_LEN(kwnames))
        return vm_raise(vm, &t_TypeError, "bytes.maketrans() takes no keyword arguments");
    if (nargs != 2)
        return vm_raise(vm, &t_TypeError, "maketrans expected 2 arguments, got %d", nargs);
    size_t fl, tl;
    const uint8_t *from = need_bytes(vm, args[0], &fl);
    if (!from)
        return VAL_NULL;
    const uint8_t *to = need_bytes(vm, args[1], &tl);
    if (!to)
        return VAL_NULL;
    if (fl != tl)
        return vm_raise(vm, &t_ValueError, "maketrans arguments must have same length");
    uint8_t table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (uint8_t)i;
    for (size_t i = 0; i < fl; i++)
        table[from[i]] = to[i];
    return bytes_new(vm, table, 256);
}

static Value bm_splitlines(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("splitlines");
    static const char *const names[] = { "keepends" };
    Value a[1];
    if (str_args_kw(vm, args, nargs, kwnames, "splitlines", names, 1, 1, a) < 0)
        return VAL_NULL;
    int64_t keep = 0;
    if (a[0] && str_arg_ssize(vm, a[0], &keep) < 0)
        return VAL_NULL;
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    Value list = list_new(vm, 0);
    if (!list)
        return VAL_NULL;
    size_t i = 0;
    uint32_t ticks = 0;
    while (i < len) {
        size_t st = i;
        while (i < len && d[i] != '\n' && d[i] != '\r')
            i++;
        size_t eol = i;
        if (i < len) {
            i += (d[i] == '\r' && i + 1 < len && d[i + 1] == '\n') ? 2 : 1;
        }
        if (bappend_piece(vm, list, SELF, d + st, (keep ? i : eol) - st) < 0)
            return VAL_NULL;
        if ((++ticks & 1023) == 0 && vm_tick(vm) < 0)
            return VAL_NULL;
    }
    return list;
}

static Value bm_zfill(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("zfill");
    if (str_args_one(vm, args, nargs, kwnames, kind_name(SELF), "zfill") < 0)
        return VAL_NULL;
    int64_t width;
    if (str_arg_ssize(vm, args[1], &width) < 0)
        return VAL_NULL;
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    if (width <= (int64_t)len)
        return make_like(vm, SELF, d, len);
    if (mem_check(vm, (size_t)width) < 0)
        return VAL_NULL;
    Value r = make_like(vm, SELF, NULL, (size_t)width);
    if (!r)
        return VAL_NULL;
    size_t rl;
    uint8_t *rd = (uint8_t *)bytes_data(r, &rl);
    d = bytes_data(SELF, &len);
    size_t fill = (size_t)width - len;
    memset(rd, '0', fill);
    memcpy(rd + fill, d, len);
    if (len && (d[0] == '+' || d[0] == '-')) {
        rd[0] = d[0];
        rd[fill] = '0';
    }
    return r;
}

static Value bm_expandtabs(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("expandtabs");
    static const char *const names[] = { "tabsize" };
    Value a[1];
    if (str_args_kw(vm, args, nargs, kwnames, "expandtabs", names, 1, 1, a) < 0)
        return VAL_NULL;
    int64_t tabsize = 8;
    if (a[0] && str_arg_ssize(vm, a[0], &tabsize) < 0)
        return VAL_NULL;
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    uint64_t total = 0, col = 0;
    for (size_t i = 0; i < len; i++) {
        if (d[i] == '\t') {
            if (tabsize > 0) {
                uint64_t inc = (uint64_t)tabsize - col % (uint64_t)tabsize;
                total += inc;
                col += inc;
                if (total > (uint64_t)SIZE_MAX / 4)
                    return vm_raise(vm, &t_OverflowError, "result too long");
            }
        } else {
            total++;
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
    }
    if (mem_check(vm, (size_t)total) < 0)
        return VAL_NULL;
    Value r = make_like(vm, SELF, NULL, (size_t)total);
    if (!r)
        return VAL_NULL;
    size_t rl;
    uint8_t *rd = (uint8_t *)bytes_data(r, &rl);
    d = bytes_data(SELF, &len);
    col = 0;
    for (size_t i = 0; i < len; i++) {
        if (d[i] == '\t') {
            if (tabsize > 0) {
                uint64_t inc = (uint64_t)tabsize - col % (uint64_t)tabsize;
                memset(rd, ' ', (size_t)inc);
                rd += inc;
                col += inc;
            }
        } else {
            *rd++ = d[i];
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
    }
    return r;
}

static Value bm_istitle(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("istitle");
    if (str_args_none(vm, args, nargs, kwnames, kind_name(SELF), "istitle") < 0)
        return VAL_NULL;
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    bool cased = false, prev = false;
    for (size_t i = 0; i < len; i++) {
        bool up = d[i] >= 'A' && d[i] <= 'Z', lo = d[i] >= 'a' && d[i] <= 'z';
        if (up) {
            if (prev)
                return VAL_FALSE;
            prev = cased = true;
        } else if (lo) {
            if (!prev)
                return VAL_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return VAL_BOOL(cased);
}

static Value bm_getitem(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("__getitem__");
    if (str_args_one(vm, args, nargs, kwnames, kind_name(SELF), "__getitem__") < 0)
        return VAL_NULL;
    return bytes_slot_getitem(vm, SELF, args[1]);
}

static Value bm_len(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("__len__");
    if (str_args_none(vm, args, nargs, kwnames, kind_name(SELF), "__len__") < 0)
        return VAL_NULL;
    return MAKE_SMALLINT(bytes_slot_len(vm, SELF));
}

static Value bm_contains(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("__contains__");
    if (str_args_one(vm, args, nargs, kwnames, kind_name(SELF), "__contains__") < 0)
        return VAL_NULL;
    int r = bytes_slot_contains(vm, SELF, args[1]);
    return r < 0 ? VAL_NULL : VAL_BOOL(r);
}

static Value bm_iter(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("__iter__");
    if (str_args_none(vm, args, nargs, kwnames, kind_name(SELF), "__iter__") < 0)
        return VAL_NULL;
    return bytes_slot_iter(vm, SELF);
}

static Value bm_repr(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("__repr__");
    if (str_args_none(vm, args, nargs, kwnames, kind_name(SELF), "__repr__") < 0)
        return VAL_NULL;
    return bytes_repr(vm, SELF);
}

#define BYTES_COMMON_METHODS \
    BUILTIN_METHOD("capitalize", bm_capitalize), \
    BUILTIN_METHOD("center", bm_center), \
    BUILTIN_METHOD("count", bm_count), \
    BUILTIN_METHOD("decode", m_decode), \
    BUILTIN_METHOD("endswith", bm_endswith), \
    BUILTIN_METHOD("find", bm_find), \
    BUILTIN_CLASSMETHOD("fromhex", m_fromhex), \
    BUILTIN_METHOD("hex", m_hex), \
    BUILTIN_METHOD("index", bm_index), \
    BUILTIN_METHOD("isalnum", bm_isalnum), \
    BUILTIN_METHOD("isalpha", bm_isalpha), \
    BUILTIN_METHOD("isascii", bm_isascii), \
    BUILTIN_METHOD("isdigit", bm_isdigit), \
    BUILTIN_METHOD("islower", bm_islower), \
    BUILTIN_METHOD("isspace", bm_isspace), \
    BUILTIN_METHOD("isupper", bm_isupper), \
    BUILTIN_METHOD("join", bm_join), \
    BUILTIN_METHOD("ljust", bm_ljust), \
    BUILTIN_METHOD("lower", bm_lower), \
    BUILTIN_METHOD("lstrip", bm_lstrip), \
    BUILTIN_METHOD("partition", bm_partition), \
    BUILTIN_METHOD("removeprefix", bm_removeprefix), \
    BUILTIN_METHOD("removesuffix", bm_removesuffix), \
    BUILTIN_METHOD("replace", bm_replace), \
    BUILTIN_METHOD("rfind", bm_rfind), \
    BUILTIN_METHOD("rindex", bm_rindex), \
    BUILTIN_METHOD("rjust", bm_rjust), \
    BUILTIN_METHOD("rpartition", bm_rpartition), \
    BUILTIN_METHOD("rsplit", bm_rsplit), \
    BUILTIN_METHOD("rstrip", bm_rstrip), \
    BUILTIN_METHOD("split", bm_split), \
    BUILTIN_METHOD("startswith", bm_startswith), \
    BUILTIN_METHOD("strip", bm_strip), \
    BUILTIN_METHOD("swapcase", bm_swapcase), \
    BUILTIN_METHOD("title", bm_title), \
    BUILTIN_METHOD("upper", bm_upper), \
    BUILTIN_METHOD("translate", bm_translate), \
    BUILTIN_STATIC("maketrans", bm_maketrans), \
    BUILTIN_METHOD("splitlines", bm_splitlines), \
    BUILTIN_METHOD("zfill", bm_zfill), \
    BUILTIN_METHOD("expandtabs", bm_expandtabs), \
    BUILTIN_METHOD("istitle", bm_istitle), \
    BUILTIN_METHOD("__getitem__", bm_getitem), \
    BUILTIN_METHOD("__len__", bm_len), \
    BUILTIN_METHOD("__contains__", bm_contains), \
    BUILTIN_METHOD("__iter__", bm_iter), \
    BUILTIN_METHOD("__repr__", bm_repr)

/* ---------------------------------------------------------- construction */

/* Fill a StrBuf-like byte buffer from bytes(source) rules shared by bytes() and bytearray(). */
static int bytes_from_source(Vm *vm, Value src, const char *tname, StrBuf *out, bool *zero_fill, int64_t *count)
{
    *zero_fill = false;
    size_t len;
    const uint8_t *d = bytes_data(src, &len);
    if (d)
        return sb_append(out, (const char *)d, len);
    if (IS_STRLIKE(src)) {
        vm_raise(vm, &t_TypeError, "string argument without an encoding");
        return -1;
    }
    if (is_intlike(src)) {
        int64_t n;
        if (str_arg_ssize(vm, src, &n) < 0)
            return -1;
        if (n < 0) {
            vm_raise(vm, &t_ValueError, "negative count");
            return -1;
        }
        if (mem_check(vm, (size_t)n) < 0)
            return -1;
        *zero_fill = true;
        *count = n;
        return 0;
    }
    if (IS_OBJ(src) && (AS_OBJ(src)->type->flags & TF_HEAPTYPE)) {
        int found = 0;
        Value b = vm_call_method_opt(vm, src, "__bytes__", NULL, 0, &found);
        if (found) {
            if (!b)
                return -1;
            if (!is_bytes(b)) {
                vm_raise(vm, &t_TypeError, "__bytes__ returned non-bytes (type %T)", b);
                return -1;
            }
            return sb_append(out, (const char *)AS_BYTES(b)->data, AS_BYTES(b)->len);
        }
        if (vm_exc_pending(vm))
            return -1;
        if (type_lookup_cstr(vm, AS_OBJ(src)->type, "__index__")) {
            int64_t n;
            if (obj_index(vm, src, &n) < 0)
                return -1;
            if (n < 0) {
                vm_raise(vm, &t_ValueError, "negative count");
                return -1;
            }
            if (mem_check(vm, (size_t)n) < 0)
                return -1;
            *zero_fill = true;
            *count = n;
            return 0;
        }
    }
    Value it = obj_iter(vm, src);
    if (!it) {
        if (vm_exc_matches(vm, &t_TypeError)) {
            vm_exc_clear(vm);
            vm_raise(vm, &t_TypeError, "cannot convert '%T' object to %s", src, tname);
        }
        return -1;
    }
    for (;;) {
        Value item = obj_iternext(vm, it);
        if (!item) {
            if (vm_exc_pending(vm))
                return -1;
            break;
        }
        int64_t v;
        if (str_arg_ssize(vm, item, &v) < 0) {
            if (vm_exc_matches(vm, &t_OverflowError)) {
                vm_exc_clear(vm);
                vm_raise(vm, &t_ValueError, "bytes must be in range(0, 256)");
            }
            return -1;
        }
        if (v < 0 || v > 255) {
            vm_raise(vm, &t_ValueError, "bytes must be in range(0, 256)");
            return -1;
        }
        if (sb_append_char(out, (char)v) < 0)
            return -1;
        if ((out->len & 1023) == 0 && vm_tick(vm) < 0)
            return -1;
    }
    return 0;
}

/* Shared constructor: returns the contents in sb (caller frees), or -1. */
/* Shared constructor: the contents end up in sb, or (for bytes(n)) as a
 * count of zero bytes in *zeros that the caller allocates directly. */
static int construct(Vm *vm, const char *tname, Value *args, int nargs, Value kwnames, StrBuf *sb, int64_t *zeros)
{
    *zeros = 0;
    static const char *const names[] = { "source", "encoding", "errors" };
    Value a[3];
    if (str_args_kw(vm, args, nargs, kwnames, tname, names, 3, 0, a) < 0)
        return -1;
    if (!a[0]) {
        if (a[1] || a[2]) {
            vm_raise(vm, &t_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (a[1] || a[2]) {
        for (int k = 1; k < 3; k++)
            if (a[k] && !IS_STRLIKE(a[k])) {
                vm_raise(vm, &t_TypeError, "%s() argument '%s' must be str, not %s", tname, names[k], arg_type_name(a[k]));
                return -1;
            }
        if (!IS_STRLIKE(a[0])) {
            vm_raise(vm, &t_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        if (!a[1]) {
            vm_raise(vm, &t_TypeError, "string argument without an encoding");
            return -1;
        }
        Value b = str_encode(vm, a[0], STR_DATA(a[1]), a[2] ? STR_DATA(a[2]) : NULL);
        if (!b)
            return -1;
        return sb_append(sb, (const char *)AS_BYTES(b)->data, AS_BYTES(b)->len);
    }
    bool zero;
    int64_t count = 0;
    if (bytes_from_source(vm, a[0], tname, sb, &zero, &count) < 0)
        return -1;
    if (zero)
        *zeros = count;
    return sb->failed ? -1 : 0;
}

static Value bytes_slot_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    if (nargs == 1 && !kwnames && IS_TYPE(args[0], &t_bytes) && type == &t_bytes)
        return args[0];
    StrBuf sb;
    sb_init(&sb, vm);
    int64_t zeros;
    if (construct(vm, "bytes", args, nargs, kwnames, &sb, &zeros) < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    Value r = bytes_alloc(vm, type, zeros ? (size_t)zeros : sb.len);
    if (r && zeros)
        memset(AS_BYTES(r)->data, 0, (size_t)zeros);
    else if (r && sb.len)
        memcpy(AS_BYTES(r)->data, sb.data, sb.len);
    sb_free(&sb);
    return r;
}

static Value bytes_slot_str(Vm *vm, Value self)
{
    return bytes_repr(vm, self);
}

static void bytes_slot_trace(Vm *vm, Obj *self)
{
    Value *d = bytes_dict_slot(OBJ_VAL(self));
    if (d && *d)
        gc_mark(vm, *d);
}

static Value bm_getnewargs(Vm *vm, Value *args, int nargs, Value kwnames)
{
    CHECK("__getnewargs__");
    if (str_args_none(vm, args, nargs, kwnames, "bytes", "__getnewargs__") < 0)
        return VAL_NULL;
    size_t len;
    const uint8_t *d = bytes_data(SELF, &len);
    Value copy = bytes_new(vm, d, len);
    return copy ? tuple_from_array(vm, &copy, 1) : VAL_NULL;
}

static const BuiltinFunc bytes_methods[] = {
    BYTES_COMMON_METHODS,
    BUILTIN_METHOD("__getnewargs__", bm_getnewargs),
};

const TypeObj t_bytes = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "bytes",
    .base = &t_object,
    .layout = K_BYTES,
    .basicsize = sizeof(BytesObj),
    .flags = TF_BASETYPE,
    .methods = bytes_methods,
    .nmethods = NELEMS(bytes_methods),
    .repr = bytes_slot_repr,
    .str = bytes_slot_str,
    .hash = bytes_slot_hash,
    .richcompare = bytes_slot_richcompare,
    .iter = bytes_slot_iter,
    .new_ = bytes_slot_new,
    .len = bytes_slot_len,
    .getitem = bytes_slot_getitem,
    .contains = bytes_slot_contains,
    .truthy = bytes_slot_truthy,
    .binop = bytes_slot_binop,
    .trace = bytes_slot_trace,
};

/* ------------------------------------------------------------ bytearray */

#define BA(v) ((ByteArrayObj *)AS_OBJ(v))
#define BACHECK(meth) \
    if (bself_check(vm, args, nargs, meth, true) < 0) \
        return VAL_NULL

static Value ba_append(Vm *vm, Value *args, int nargs, Value kwnames)
{
    BACHECK("append");
    if (str_args_one(vm, args, nargs, kwnames, "bytearray", "append") < 0)
        return VAL_NULL;
    int c;
    if (byte_value(vm, args[1], &c) < 0)
        return VAL_NULL;
    uint8_t byte = (uint8_t)c;
    if (bytearray_extend_raw(vm, SELF, &byte, 1) < 0)
        return VAL_NULL;
    return VAL_NONE;
}

static Value ba_extend(Vm *vm, Value *args, int nargs, Value kwnames)
{
    BACHECK("extend");
    if (str_args_one(vm, args, nargs, kwnames, "bytearray", "extend") < 0)
        return VAL_NULL;
    Value src = args[1];
    StrBuf sb;
    sb_init(&sb, vm);
    size_t len;
    const uint8_t *d = bytes_data(src, &len);
    if (d) {
        sb_append(&sb, (const char *)d, len);
    } else if (IS_STRLIKE(src) || is_intlike(src)) {
        return vm_raise(vm, &t_TypeError, IS_STRLIKE(src) ? "expected iterable of integers; got: 'str'"
                                                          : "can't extend bytearray with %T", src);
    } else {
        bool zero;
        int64_t count;
        Value it = obj_iter(vm, src);
        if (!it) {
            if (vm_exc_matches(vm, &t_TypeError)) {
                vm_exc_clear(vm);
                vm_raise(vm, &t_TypeError, "can't extend bytearray with %T", src);
            }
            return VAL_NULL;
        }
        if (bytes_from_source(vm, it, "bytearray", &sb, &zero, &count) < 0) {
            sb_free(&sb);
            if (vm_exc_matches(vm, &t_ValueError)) {
                vm_exc_clear(vm);
                vm_raise(vm, &t_ValueError, "byte must be in range(0, 256)");
            }
            return VAL_NULL;
        }
    }
    if (sb.failed || bytearray_extend_raw(vm, SELF, (const uint8_t *)sb.data, sb.len) < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    sb_free(&sb);
    return VAL_NONE;
}

static Value ba_pop(Vm *vm, Value *args, int nargs, Value kwnames)
{
    BACHECK("pop");
    if (str_args_pos(vm, args, nargs, kwnames, "bytearray", "pop", 0, 1) < 0)
        return VAL_NULL;
    ByteArrayObj *b = BA(SELF);
    int64_t i = -1;
    if (nargs > 1 && str_arg_ssize(vm, args[1], &i) < 0)
        return VAL_NULL;
    if (b->len == 0)
        return vm_raise(vm, &t_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len)
        return vm_raise(vm, &t_IndexError, "pop index out of range");
    uint8_t c = b->data[i];
    memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return MAKE_SMALLINT(c);
}

static Value ba_insert(Vm *vm, Value *args, int nargs, Value kwnames)
{
    BACHECK("insert");
    if (str_args_pos(vm, args, nargs, kwnames, "bytearray", "insert", 2, 2) < 0)
        return VAL_NULL;
    int64_t i;
    int c;
    if (str_arg_ssize(vm, args[1], &i) < 0 || byte_value(vm, args[2], &c) < 0)
        return VAL_NULL;
    ByteArrayObj *b = BA(SELF);
    if (i < 0) {
        i += (int64_t)b->len;
        if (i < 0)
            i = 0;
    }
    if (i > (int64_t)b->len)
        i = (int64_t)b->len;
    if (bytearray_reserve(vm, b, b->len + 1) < 0)
        return VAL_NULL;
    memmove(b->data + i + 1, b->data + i, b->len - (size_t)i);
    b->data[i] = (uint8_t)c;
    b->len++;
    return VAL_NONE;
}

static Value ba_clear(Vm *vm, Value *args, int nargs, Value kwnames)
{
    BACHECK("clear");
    if (str_args_none(vm, args, nargs, kwnames, "bytearray", "clear") < 0)
        return VAL_NULL;
    BA(SELF)->len = 0;
    return VAL_NONE;
}

static Value ba_copy(Vm *vm, Value *args, int nargs, Value kwnames)
{
    BACHECK("copy");
    if (str_args_none(vm, args, nargs, kwnames, "bytearray", "copy") < 0)
        return VAL_NULL;
    return bytearray_new(vm, BA(SELF)->data, BA(SELF)->len);
}

static Value ba_reverse(Vm *vm, Value *args, int nargs, Value kwnames)
{
    BACHECK("reverse");
    if (str_args_none(vm, args, nargs, kwnames, "bytearray", "reverse") < 0)
        return VAL_NULL;
    ByteArrayObj *b = BA(SELF);
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return VAL_NONE;
}

static Value ba_remove(Vm *vm, Value *args, int nargs, Value kwnames)
{
    BACHECK("remove");
    if (str_args_one(vm, args, nargs, kwnames, "bytearray", "remove") < 0)
        return VAL_NULL;
    int c;
    if (byte_value(vm, args[1], &c) < 0)
        return VAL_NULL;
    ByteArrayObj *b = BA(SELF);
    uint8_t *p = b->len ? memchr(b->data, c, b->len) : NULL;
    if (!p)
        return vm_raise(vm, &t_ValueError, "value not found in bytearray");
    memmove(p, p + 1, b->len - (size_t)(p - b->data) - 1);
    b->len--;
    return VAL_NONE;
}

static int bytearray_slot_setitem(Vm *vm, Value self, Value key, Value value)
{
    ByteArrayObj *b = BA(self);
    if (IS_TYPE(key, &t_slice)) {
        int64_t start, stop, step, n;
        if (slice_indices(vm, key, (int64_t)b->len, &start, &stop, &step, &n) < 0)
            return -1;
        StrBuf sb;
        sb_init(&sb, vm);
        if (value) {
            bool zero;
            int64_t count = 0;
            if (is_intlike(value)) {
                vm_raise(vm, &t_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            if (bytes_from_source(vm, value, "bytearray", &sb, &zero, &count) < 0 || sb.failed) {
                sb_free(&sb);
                return -1;
            }
        }
        if (step != 1) {
            if (!value) {
                /* delete every step-th element */
                size_t w = 0;
                for (size_t i = 0; i < b->len; i++) {
                    bool hit = false;
                    if (n > 0) {
                        int64_t off = (int64_t)i - start;
                        hit = off % step == 0 && off / step >= 0 && off / step < n;
                    }
                    if (!hit)
                        b->data[w++] = b->data[i];
                }
                b->len = w;
                return 0;
            }
            if ((int64_t)sb.len != n) {
                sb_free(&sb);
                vm_raise(vm, &t_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                         sb.len, (long long)n);
                return -1;
            }
            for (int64_t i = 0, j = start; i < n; i++, j += step)
                b->data[j] = (uint8_t)sb.data[i];
            sb_free(&sb);
            return 0;
        }
        if (n < 0)
            n = 0;
        if (stop < start)
            stop = start;
        size_t newlen = b->len - (size_t)n + sb.len;
        if (newlen > b->len && bytearray_reserve(vm, b, newlen) < 0) {
            sb_free(&sb);
            return -1;
        }
        if (b->len - (size_t)start - (size_t)n)
            memmove(b->data + start + sb.len, b->data + start + n, b->len - (size_t)start - (size_t)n);
        if (sb.len)
            memcpy(b->data + start, sb.data, sb.len);
        b->len = newlen;
        sb_free(&sb);
        return 0;
    }
    if (index_key(vm, &key, "bytearray") < 0)
        return -1;
    int64_t i;
    if (seq_index(vm, key, (int64_t)b->len, "bytearray", &i) < 0)
        return -1;
    if (!value) {
        memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
        b->len--;
        return 0;
    }
    int c;
    if (byte_value(vm, value, &c) < 0)
        return -1;
    b->data[i] = (uint8_t)c;
    return 0;
}

static Value bytearray_slot_new(Vm *vm, const TypeObj *type, Value *args, int nargs, Value kwnames)
{
    StrBuf sb;
    sb_init(&sb, vm);
    int64_t zeros;
    if (construct(vm, "bytearray", args, nargs, kwnames, &sb, &zeros) < 0) {
        sb_free(&sb);
        return VAL_NULL;
    }
    Value r = zeros ? bytearray_new_typed(vm, type, NULL, (size_t)zeros)
                    : bytearray_new_typed(vm, type, (const uint8_t *)sb.data, sb.len);
    sb_free(&sb);
    return r;
}

static Value ba_iadd(Vm *vm, Value *args, int nargs, Value kwnames)
{
    BACHECK("__iadd__");
    if (str_args_one(vm, args, nargs, kwnames, "bytearray", "__iadd__") < 0)
        return VAL_NULL;
    return bytes_slot_binop(vm, BINOP_ADD + BINOP_INPLACE, SELF, args[1]);
}

static Value ba_imul(Vm *vm, Value *args, int nargs, Value kwnames)
{
    BACHECK("__imul__");
    if (str_args_one(vm, args, nargs, kwnames, "bytearray", "__imul__") < 0)
        return VAL_NULL;
    return bytes_slot_binop(vm, BINOP_MUL + BINOP_INPLACE, SELF, args[1]);
}

static const BuiltinFunc bytearray_methods[] = {
    BYTES_COMMON_METHODS,
    BUILTIN_METHOD("append", ba_append),
    BUILTIN_METHOD("clear", ba_clear),
    BUILTIN_METHOD("copy", ba_copy),
    BUILTIN_METHOD("extend", ba_extend),
    BUILTIN_METHOD("insert", ba_insert),
    BUILTIN_METHOD("pop", ba_pop),
    BUILTIN_METHOD("remove", ba_remove),
    BUILTIN_METHOD("reverse", ba_reverse),
    BUILTIN_METHOD("__iadd__", ba_iadd),
    BUILTIN_METHOD("__imul__", ba_imul),
};

const TypeObj t_bytearray = {
    .hdr = STATIC_OBJ_HEADER(&t_type, TypeObj),
    .name = "bytearray",
    .base = &t_object,
    .layout = K_BYTEARRAY,
    .basicsize = sizeof(ByteArrayObj),
    .flags = TF_BASETYPE,
    .methods = bytearray_methods,
    .nmethods = NELEMS(bytearray_methods),
    .repr = bytes_slot_repr,
    .str = bytes_slot_str,
    .richcompare = bytes_slot_richcompare,
    .iter = bytes_slot_iter,
    .new_ = bytearray_slot_new,
    .len = bytes_slot_len,
    .getitem = bytes_slot_getitem,
    .setitem = bytearray_slot_setitem,
    .contains = bytes_slot_contains,
    .truthy = bytes_slot_truthy,
    .binop = bytes_slot_binop,
    .finalize = bytearray_finalize,
};
