/* The _random module: CPython 3.11's Mersenne Twister (MT19937) core.
 *
 * The generator's state lives in a bytearray owned by the Python-level
 * random.Random instance (stdlib/random.py), so no native type is needed:
 * 624 32-bit words followed by the index word, in native byte order.
 * Every function takes that bytearray first.  Seeding, random() and
 * getrandbits() produce exactly CPython's values for the same seed.
 */
#include "bigint.h"
#include "modules.h"

#define MT_N 624
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfU
#define MT_UPPER_MASK 0x80000000U
#define MT_LOWER_MASK 0x7fffffffU
#define MT_STATE_BYTES ((MT_N + 1) * 4)

typedef struct {
    uint32_t words[MT_N];
    uint32_t index;
} MtState;

static MtState *state_arg(Vm *vm, Value v)
{
    if (!obj_isinstance_type(v, &t_bytearray)) {
        vm_raise(vm, &t_TypeError, "random state must be a bytearray, not %s", type_name_of(v));
        return NULL;
    }
    ByteArrayObj *ba = (ByteArrayObj *)AS_OBJ(v);
    if (ba->len != MT_STATE_BYTES || ((uintptr_t)ba->data & 3) != 0) {
        vm_raise(vm, &t_ValueError, "random state has the wrong size");
        return NULL;
    }
    return (MtState *)(void *)ba->data;
}

static void mt_init_genrand(MtState *mt, uint32_t seed)
{
    mt->words[0] = seed;
    for (uint32_t i = 1; i < MT_N; i++)
        mt->words[i] = 1812433253U * (mt->words[i - 1] ^ (mt->words[i - 1] >> 30)) + i;
    mt->index = MT_N;
}

static void mt_init_by_array(MtState *mt, const uint32_t *key, size_t key_len)
{
    mt_init_genrand(mt, 19650218U);
    size_t i = 1, j = 0;
    size_t k = MT_N > key_len ? MT_N : key_len;
    for (; k; k--) {
        mt->words[i] = (mt->words[i] ^ ((mt->words[i - 1] ^ (mt->words[i - 1] >> 30)) * 1664525U)) + key[j] +
                       (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt->words[0] = mt->words[MT_N - 1];
            i = 1;
        }
        if (j >= key_len)
            j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt->words[i] = (mt->words[i] ^ ((mt->words[i - 1] ^ (mt->words[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt->words[0] = mt->words[MT_N - 1];
            i = 1;
        }
    }
    mt->words[0] = 0x80000000U; /* MSB is 1, assuring a non-zero initial array */
    mt->index = MT_N;
}

static uint32_t mt_next(MtState *mt)
{
    static const uint32_t mag01[2] = {0, MT_MATRIX_A};
    uint32_t y;
    if (mt->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt->words[kk] & MT_UPPER_MASK) | (mt->words[kk + 1] & MT_LOWER_MASK);
            mt->words[kk] = mt->words[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt->words[kk] & MT_UPPER_MASK) | (mt->words[kk + 1] & MT_LOWER_MASK);
            mt->words[kk] = mt->words[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt->words[MT_N - 1] & MT_UPPER_MASK) | (mt->words[0] & MT_LOWER_MASK);
        mt->words[MT_N - 1] = mt->words[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        mt->index = 0;
    }
    y = mt->words[mt->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

/* seed_int(state, n): n a non-negative int; its 32-bit chunks (least
 * significant first) are the init_by_array key, [0] for zero. */
static Value r_seed_int(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "seed_int", nargs, kwnames, 2, 2) < 0)
        return VAL_NULL;
    MtState *mt = state_arg(vm, args[0]);
    if (!mt)
        return VAL_NULL;
    if (!is_intlike(args[1]) || int_sign(args[1]) < 0)
        return vm_raise(vm, &t_TypeError, "seed_int needs a non-negative int");
    int64_t bits = int_bit_length(args[1]);
    size_t nwords = bits ? (size_t)((bits + 31) / 32) : 1;
    uint8_t *bytes = mem_alloc(vm, nwords * 4);
    if (!bytes)
        return VAL_NULL;
    uint32_t *key = mem_alloc(vm, nwords * 4);
    if (!key) {
        mem_free(vm, bytes, nwords * 4);
        return VAL_NULL;
    }
    if (int_to_bytes(vm, args[1], bytes, nwords * 4, true, false) < 0) {
        mem_free(vm, bytes, nwords * 4);
        mem_free(vm, key, nwords * 4);
        return VAL_NULL;
    }
    for (size_t w = 0; w < nwords; w++)
        key[w] = (uint32_t)bytes[4 * w] | (uint32_t)bytes[4 * w + 1] << 8 | (uint32_t)bytes[4 * w + 2] << 16 |
                 (uint32_t)bytes[4 * w + 3] << 24;
    mt_init_by_array(mt, key, nwords);
    mem_free(vm, bytes, nwords * 4);
    mem_free(vm, key, nwords * 4);
    return VAL_NONE;
}

/* random(state) -> float in [0, 1) with 53 random bits */
static Value r_random(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "random", nargs, kwnames, 1, 1) < 0)
        return VAL_NULL;
    MtState *mt = state_arg(vm, args[0]);
    if (!mt)
        return VAL_NULL;
    uint32_t a = mt_next(mt) >> 5, b = mt_next(mt) >> 6;
    return float_new(vm, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

/* getrandbits(state, k) -> int with k random bits */
static Value r_getrandbits(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "getrandbits", nargs, kwnames, 2, 2) < 0)
        return VAL_NULL;
    MtState *mt = state_arg(vm, args[0]);
    if (!mt)
        return VAL_NULL;
    int64_t k;
    if (obj_index(vm, args[1], &k) < 0)
        return VAL_NULL;
    if (k < 0)
        return vm_raise(vm, &t_ValueError, "number of bits must be non-negative");
    if (k == 0)
        return MAKE_SMALLINT(0);
    if (k <= 32)
        return MAKE_SMALLINT(mt_next(mt) >> (32 - k));
    size_t nwords = (size_t)((k - 1) / 32 + 1);
    if (mem_check(vm, nwords * 8) < 0)
        return VAL_NULL;
    uint8_t *bytes = mem_alloc(vm, nwords * 4);
    if (!bytes)
        return VAL_NULL;
    for (size_t w = 0; w < nwords; w++, k -= 32) {
        if ((w & 1023) == 0 && vm_tick(vm) < 0) {
            mem_free(vm, bytes, nwords * 4);
            return VAL_NULL;
        }
        uint32_t r = mt_next(mt);
        if (k < 32)
            r >>= 32 - k;
        bytes[4 * w] = (uint8_t)r;
        bytes[4 * w + 1] = (uint8_t)(r >> 8);
        bytes[4 * w + 2] = (uint8_t)(r >> 16);
        bytes[4 * w + 3] = (uint8_t)(r >> 24);
    }
    Value result = int_from_bytes(vm, bytes, nwords * 4, true, false);
    mem_free(vm, bytes, nwords * 4);
    return result;
}

/* getstate(state) -> tuple of 625 ints (the words, then the index) */
static Value r_getstate(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "getstate", nargs, kwnames, 1, 1) < 0)
        return VAL_NULL;
    MtState *mt = state_arg(vm, args[0]);
    if (!mt)
        return VAL_NULL;
    Value t = tuple_new(vm, MT_N + 1);
    if (!t)
        return VAL_NULL;
    for (int i = 0; i < MT_N; i++)
        TUPLE_ITEMS(t)[i] = MAKE_SMALLINT(mt->words[i]);
    TUPLE_ITEMS(t)[MT_N] = MAKE_SMALLINT(mt->index);
    return t;
}

/* setstate(state, tuple): CPython's checks and messages */
static Value r_setstate(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (arg_check(vm, "setstate", nargs, kwnames, 2, 2) < 0)
        return VAL_NULL;
    MtState *mt = state_arg(vm, args[0]);
    if (!mt)
        return VAL_NULL;
    Value t = args[1];
    if (!obj_isinstance_type(t, &t_tuple))
        return vm_raise(vm, &t_TypeError, "state vector must be a tuple");
    if (TUPLE_LEN(t) != MT_N + 1)
        return vm_raise(vm, &t_ValueError, "state vector is the wrong size");
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        Value w = TUPLE_ITEMS(t)[i];
        int64_t x;
        if (!is_intlike(w))
            return vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(w));
        if (!int_to_i64(w, &x) || x < 0 || x > (int64_t)UINT32_MAX)
            return vm_raise(vm, &t_OverflowError, "Python int too large to convert to C unsigned long");
        words[i] = (uint32_t)x;
    }
    int64_t index;
    Value iv = TUPLE_ITEMS(t)[MT_N];
    if (!is_intlike(iv))
        return vm_raise(vm, &t_TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(iv));
    if (!int_to_i64(iv, &index))
        return vm_raise(vm, &t_OverflowError, "Python int too large to convert to C int");
    if (index < 0 || index > MT_N)
        return vm_raise(vm, &t_ValueError, "invalid state");
    memcpy(mt->words, words, sizeof words);
    mt->index = (uint32_t)index;
    return VAL_NONE;
}

static const BuiltinFunc random_functions[] = {
    BUILTIN_STATIC("seed_int", r_seed_int),
    BUILTIN_STATIC("random", r_random),
    BUILTIN_STATIC("getrandbits", r_getrandbits),
    BUILTIN_STATIC("getstate", r_getstate),
    BUILTIN_STATIC("setstate", r_setstate),
};

static Value random_init(Vm *vm)
{
    Value m = module_new(vm, "_random");
    if (!m || module_add_functions(vm, m, random_functions, sizeof random_functions / sizeof random_functions[0]) < 0)
        return VAL_NULL;
    if (module_add(vm, m, "STATE_BYTES", MAKE_SMALLINT(MT_STATE_BYTES)) < 0)
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_random = {"_random", random_init, NULL};
