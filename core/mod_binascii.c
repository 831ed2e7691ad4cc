/* The binascii module: hexlify/unhexlify (b2a_hex/a2b_hex), b2a_base64 /
 * a2b_base64 (with strict_mode) and crc32, with CPython 3.11's argument
 * rules and messages.  binascii.Error (a ValueError) and Incomplete are
 * classes defined in the module at import. */
#include "modules.h"

#include <stdio.h>

/* binascii.Error lives in the module's dict; natives find it through the
 * run's module table (no C globals). */
static Value raise_binascii_error(Vm *vm, const char *msg)
{
    Value m = dict_get_cstr(vm, vm->modules, "binascii");
    Value cls = m && IS_TYPE(m, &t_module) ? dict_get_cstr(vm, module_dict(m), "Error") : VAL_NULL;
    if (!cls)
        return vm_raise(vm, &t_ValueError, "%s", msg);
    Value text = str_from_cstr(vm, msg);
    if (!text)
        return VAL_NULL;
    Value exc = vm_call(vm, cls, &text, 1, VAL_NULL);
    if (!exc)
        return VAL_NULL;
    return vm_raise_value(vm, exc);
}

typedef struct {
    const uint8_t *data;
    size_t len;
} ByteView;

/* Encoders take bytes-like objects only. */
static int bytes_like_arg(Vm *vm, Value v, ByteView *out)
{
    if (obj_isinstance_type(v, &t_bytes)) {
        out->data = AS_BYTES(v)->data;
        out->len = AS_BYTES(v)->len;
        return 0;
    }
    if (obj_isinstance_type(v, &t_bytearray)) {
        out->data = ((ByteArrayObj *)AS_OBJ(v))->data;
        out->len = ((ByteArrayObj *)AS_OBJ(v))->len;
        return 0;
    }
    vm_raise(vm, &t_TypeError, "a bytes-like object is required, not '%s'", type_name_of(v));
    return -1;
}

/* Decoders also take ASCII-only str. */
static int ascii_arg(Vm *vm, Value v, ByteView *out)
{
    if (obj_isinstance_type(v, &t_str)) {
        if (!AS_STR(v)->ascii) {
            vm_raise(vm, &t_ValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        out->data = (const uint8_t *)STR_DATA(v);
        out->len = STR_LEN(v);
        return 0;
    }
    if (obj_isinstance_type(v, &t_bytes) || obj_isinstance_type(v, &t_bytearray))
        return bytes_like_arg(vm, v, out);
    vm_raise(vm, &t_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", type_name_of(v));
    return -1;
}

/* ------------------------------------------------------------------ hex */

/* hexlify(data, sep=<unrepresentable>, bytes_per_sep=1) */
static Value hexlify_impl(Vm *vm, const char *fname, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"data", "sep", "bytes_per_sep", NULL};
    Value a[3];
    if (arg_parse(vm, fname, args, nargs, kwnames, names, 0, 1, a) < 0)
        return VAL_NULL;
    ByteView in;
    if (bytes_like_arg(vm, a[0], &in) < 0)
        return VAL_NULL;
    char sep = 0;
    int64_t per_sep = 1;
    if (a[1] && a[1] != VAL_NONE) {
        const char *sp;
        size_t sl;
        if (IS_STR(a[1])) {
            sp = STR_DATA(a[1]);
            sl = AS_STR(a[1])->nchars;
            if (sl == 1 && !AS_STR(a[1])->ascii)
                return vm_raise(vm, &t_ValueError, "sep must be ASCII.");
        } else if (obj_isinstance_type(a[1], &t_bytes)) {
            sp = (const char *)AS_BYTES(a[1])->data;
            sl = AS_BYTES(a[1])->len;
        } else {
            return vm_raise(vm, &t_TypeError, "sep must be str or bytes.");
        }
        if (sl != 1)
            return vm_raise(vm, &t_ValueError, "sep must be length 1.");
        sep = sp[0];
    }
    if (a[2] && obj_index(vm, a[2], &per_sep) < 0)
        return VAL_NULL;
    size_t group = (size_t)(per_sep < 0 ? -per_sep : per_sep);
    size_t nseps = sep && group && in.len ? (in.len - 1) / group : 0;
    size_t outlen = in.len * 2 + nseps;
    if (mem_check(vm, outlen) < 0)
        return VAL_NULL;
    uint8_t *buf = mem_alloc(vm, outlen);
    if (!buf)
        return VAL_NULL;
    static const char digits[] = "0123456789abcdef";
    size_t o = 0;
    for (size_t i = 0; i < in.len; i++) {
        if (nseps && i) {
            /* positive bytes_per_sep counts groups from the right */
            size_t pos = per_sep > 0 ? in.len - i : i;
            if (pos % group == 0)
                buf[o++] = (uint8_t)sep;
        }
        buf[o++] = (uint8_t)digits[in.data[i] >> 4];
        buf[o++] = (uint8_t)digits[in.data[i] & 15];
    }
    Value r = bytes_new(vm, buf, o);
    mem_free(vm, buf, outlen);
    return r;
}

static Value ba_hexlify(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return hexlify_impl(vm, "hexlify", args, nargs, kwnames);
}

static Value ba_b2a_hex(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return hexlify_impl(vm, "b2a_hex", args, nargs, kwnames);
}

static int hex_value(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static Value unhexlify_impl(Vm *vm, const char *fname, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"hexstr", NULL};
    Value a[1];
    if (arg_parse(vm, fname, args, nargs, kwnames, names, 0, 1, a) < 0)
        return VAL_NULL;
    ByteView in;
    if (ascii_arg(vm, a[0], &in) < 0)
        return VAL_NULL;
    if (in.len % 2)
        return raise_binascii_error(vm, "Odd-length string");
    uint8_t *buf = mem_alloc(vm, in.len / 2 + 1);
    if (!buf)
        return VAL_NULL;
    for (size_t i = 0; i < in.len; i += 2) {
        int hi = hex_value(in.data[i]), lo = hex_value(in.data[i + 1]);
        if (hi < 0 || lo < 0) {
            mem_free(vm, buf, in.len / 2 + 1);
            return raise_binascii_error(vm, "Non-hexadecimal digit found");
        }
        buf[i / 2] = (uint8_t)(hi << 4 | lo);
    }
    Value r = bytes_new(vm, buf, in.len / 2);
    mem_free(vm, buf, in.len / 2 + 1);
    return r;
}

static Value ba_unhexlify(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return unhexlify_impl(vm, "unhexlify", args, nargs, kwnames);
}

static Value ba_a2b_hex(Vm *vm, Value *args, int nargs, Value kwnames)
{
    return unhexlify_impl(vm, "a2b_hex", args, nargs, kwnames);
}

/* --------------------------------------------------------------- base64 */

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(uint8_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

/* b2a_base64(data, /, *, newline=True) */
static Value ba_b2a_base64(Vm *vm, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"data", "newline", NULL};
    Value a[2];
    if (nargs > 1)
        return vm_raise(vm, &t_TypeError, "b2a_base64() takes exactly 1 positional argument (%d given)", nargs);
    if (arg_parse(vm, "b2a_base64", args, nargs, kwnames, names, 1, 1, a) < 0)
        return VAL_NULL;
    ByteView in;
    if (bytes_like_arg(vm, a[0], &in) < 0)
        return VAL_NULL;
    int newline = 1;
    if (a[1] && (newline = obj_truthy(vm, a[1])) < 0)
        return VAL_NULL;
    size_t outlen = (in.len + 2) / 3 * 4 + (size_t)newline;
    if (mem_check(vm, outlen) < 0)
        return VAL_NULL;
    uint8_t *buf = mem_alloc(vm, outlen);
    if (!buf)
        return VAL_NULL;
    size_t o = 0, i = 0;
    for (; i + 3 <= in.len; i += 3) {
        uint32_t v = (uint32_t)in.data[i] << 16 | (uint32_t)in.data[i + 1] << 8 | in.data[i + 2];
        buf[o++] = (uint8_t)b64_alphabet[v >> 18];
        buf[o++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        buf[o++] = (uint8_t)b64_alphabet[(v >> 6) & 63];
        buf[o++] = (uint8_t)b64_alphabet[v & 63];
    }
    if (in.len - i == 1) {
        uint32_t v = (uint32_t)in.data[i] << 16;
        buf[o++] = (uint8_t)b64_alphabet[v >> 18];
        buf[o++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        buf[o++] = '=';
        buf[o++] = '=';
    } else if (in.len - i == 2) {
        uint32_t v = (uint32_t)in.data[i] << 16 | (uint32_t)in.data[i + 1] << 8;
        buf[o++] = (uint8_t)b64_alphabet[v >> 18];
        buf[o++] = (uint8_t)b64_alphabet[(v >> 12) & 63];
        buf[o++] = (uint8_t)b64_alphabet[(v >> 6) & 63];
        buf[o++] = '=';
    }
    if (newline)
        buf[o++] = '\n';
    Value r = bytes_new(vm, buf, o);
    mem_free(vm, buf, outlen);
    return r;
}

/* a2b_base64(data, /, *, strict_mode=False): CPython 3.11's decoder, which
 * skips non-alphabet characters unless strict and stops at the padding
 * that completes a quad. */
static Value ba_a2b_base64(Vm *vm, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"data", "strict_mode", NULL};
    Value a[2];
    if (nargs > 1)
        return vm_raise(vm, &t_TypeError, "a2b_base64() takes exactly 1 positional argument (%d given)", nargs);
    if (arg_parse(vm, "a2b_base64", args, nargs, kwnames, names, 1, 1, a) < 0)
        return VAL_NULL;
    ByteView in;
    if (ascii_arg(vm, a[0], &in) < 0)
        return VAL_NULL;
    int strict = 0;
    if (a[1] && (strict = obj_truthy(vm, a[1])) < 0)
        return VAL_NULL;
    size_t cap = in.len / 4 * 3 + 3;
    uint8_t *buf = mem_alloc(vm, cap);
    if (!buf)
        return VAL_NULL;
    size_t o = 0;
    int quad_pos = 0, pads = 0, padding_started = 0;
    uint32_t left = 0;
    const char *error = NULL;
    if (strict && in.len > 0 && in.data[0] == '=') {
        error = "Leading padding not allowed";
        goto fail;
    }
    for (size_t i = 0; i < in.len; i++) {
        uint8_t c = in.data[i];
        if (c == '=') {
            padding_started = 1;
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                if (strict && i + 1 < in.len) {
                    error = "Excess data after padding";
                    goto fail;
                }
                goto done;
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) {
                error = "Only base64 data is allowed";
                goto fail;
            }
            continue;
        }
        if (strict && padding_started) {
            error = "Discontinuous padding not allowed";
            goto fail;
        }
        pads = 0;
        switch (quad_pos) {
        case 0:
            quad_pos = 1;
            left = (uint32_t)v;
            break;
        case 1:
            quad_pos = 2;
            buf[o++] = (uint8_t)(left << 2 | (uint32_t)v >> 4);
            left = (uint32_t)v & 0x0f;
            break;
        case 2:
            quad_pos = 3;
            buf[o++] = (uint8_t)(left << 4 | (uint32_t)v >> 2);
            left = (uint32_t)v & 0x03;
            break;
        default:
            quad_pos = 0;
            buf[o++] = (uint8_t)(left << 6 | (uint32_t)v);
            left = 0;
            break;
        }
    }
    if (quad_pos == 1) {
        mem_free(vm, buf, cap);
        char msg[160];
        snprintf(msg, sizeof msg,
                 "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more than a multiple of 4",
                 o / 3 * 4 + 1);
        return raise_binascii_error(vm, msg);
    }
    if (quad_pos != 0) {
        error = "Incorrect padding";
        goto fail;
    }
done:;
    Value r = bytes_new(vm, buf, o);
    mem_free(vm, buf, cap);
    return r;
fail:
    mem_free(vm, buf, cap);
    return raise_binascii_error(vm, error);
}

/* ---------------------------------------------------------------- crc32 */

static uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t n)
{
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1)));
    }
    return ~crc;
}

/* crc32(data, crc=0, /) */
static Value ba_crc32(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "crc32", nargs, kwnames, 1, 2) < 0)
        return VAL_NULL;
    ByteView in;
    if (bytes_like_arg(vm, args[0], &in) < 0)
        return VAL_NULL;
    uint32_t crc = 0;
    if (nargs > 1) {
        if (!is_intlike(args[1]))
            return vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(args[1]));
        /* CPython masks the start value to 32 bits */
        Value masked = int_and(vm, args[1], MAKE_SMALLINT(0xFFFFFFFF));
        int64_t m;
        if (!masked || !int_to_i64(masked, &m))
            return VAL_NULL;
        crc = (uint32_t)m;
    }
    for (size_t done = 0; done < in.len;) {
        size_t chunk = in.len - done > 65536 ? 65536 : in.len - done;
        crc = crc32_update(crc, in.data + done, chunk);
        done += chunk;
        if (vm_tick(vm) < 0)
            return VAL_NULL;
    }
    return MAKE_SMALLINT(crc);
}

/* crc_hqx(data, crc, /): CRC-CCITT as used by binhex */
static Value ba_crc_hqx(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "crc_hqx", nargs, kwnames, 2, 2) < 0)
        return VAL_NULL;
    ByteView in;
    if (bytes_like_arg(vm, args[0], &in) < 0)
        return VAL_NULL;
    if (!is_intlike(args[1]))
        return vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(args[1]));
    Value masked = int_and(vm, args[1], MAKE_SMALLINT(0xFFFF));
    int64_t m;
    if (!masked || !int_to_i64(masked, &m))
        return VAL_NULL;
    uint32_t crc = (uint32_t)m;
    for (size_t i = 0; i < in.len; i++) {
        crc ^= (uint32_t)in.data[i] << 8;
        for (int k = 0; k < 8; k++)
            crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
    }
    return MAKE_SMALLINT(crc);
}

static const BuiltinFunc binascii_functions[] = {
    BUILTIN_STATIC("hexlify", ba_hexlify),       BUILTIN_STATIC("b2a_hex", ba_b2a_hex),
    BUILTIN_STATIC("unhexlify", ba_unhexlify),   BUILTIN_STATIC("a2b_hex", ba_a2b_hex),
    BUILTIN_STATIC("b2a_base64", ba_b2a_base64), BUILTIN_STATIC("a2b_base64", ba_a2b_base64),
    BUILTIN_STATIC("crc32", ba_crc32),           BUILTIN_STATIC("crc_hqx", ba_crc_hqx),
};

static const char binascii_classes_source[] =
    "class Error(ValueError):\n"
    "    pass\n"
    "class Incomplete(Exception):\n"
    "    pass\n";

static Value binascii_init(Vm *vm)
{
    Value m = module_new(vm, "binascii");
    if (!m ||
        module_add_functions(vm, m, binascii_functions, sizeof binascii_functions / sizeof binascii_functions[0]) < 0)
        return VAL_NULL;
    SyntaxErrorInfo err;
    CodeObj *code =
        vm_compile(vm, binascii_classes_source, sizeof binascii_classes_source - 1, "<frozen binascii>", &err);
    if (!code || !vm_exec_in_module(vm, code, module_dict(m)))
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_binascii = {"binascii", binascii_init, NULL};
