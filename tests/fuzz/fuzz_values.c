/* libFuzzer target: byte-driven sequences of corral_value_* calls on one
 * run.  Each input byte picks an operation; operands come from the next
 * bytes.  Tokens live in 16 slots that are never cleared on free, so freed
 * tokens, tokens of another run and made-up numbers are used on purpose:
 * they must give CORRAL_E_HANDLE, never a crash.  The last operation may
 * pass a value into a program (input x) and run it. */
#include "fuzz_common.h"

#define NSLOTS 16

typedef struct Reader {
    const uint8_t *p;
    size_t left;
} Reader;

static uint8_t take_byte(Reader *r)
{
    if (!r->left)
        return 0;
    r->left--;
    return *r->p++;
}

static uint64_t take_u64(Reader *r)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = (v << 8) | take_byte(r);
    return v;
}

/* A byte string of the input (length byte, then that many bytes or fewer). */
static const char *take_text(Reader *r, size_t *len)
{
    size_t n = take_byte(r);
    if (n > r->left)
        n = r->left;
    const char *s = (const char *)r->p;
    r->p += n;
    r->left -= n;
    *len = n;
    return s;
}

static uint64_t slot_token(Reader *r, const uint64_t *slots, corral_run *other, uint64_t other_token)
{
    uint8_t b = take_byte(r);
    if (b == 0xFF)
        return take_u64(r);           /* a made-up token */
    if (b == 0xFE)
        return other_token;           /* a token of another run */
    if (b == 0xFD)
        return 0;
    (void)other;
    return slots[b % NSLOTS];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char program_text[] = "y = (x, repr(x), len(x) if hasattr(x, '__len__') else x)\ny";
    corral_program *program = NULL;
    if (corral_program_compile(&program, program_text, sizeof program_text - 1, NULL, 0, "x", 1, NULL, 0, NULL) !=
        CORRAL_OK)
        abort();
    corral_limits lim;
    fuzz_limits(&lim);
    corral_run *run = NULL, *other = NULL;
    if (corral_run_new(&run, program, &lim) != CORRAL_OK || corral_run_new(&other, program, &lim) != CORRAL_OK)
        abort();
    uint64_t other_token = 0;
    (void)corral_value_int(other, &other_token, 7);
    uint64_t slots[NSLOTS] = {0};
    Reader r = {data, size};
    int used_input = 0;
    while (r.left) {
        uint8_t op = take_byte(&r);
        uint8_t dst = take_byte(&r) % NSLOTS;
        uint64_t v = 0, a, b, c;
        const char *s;
        size_t n;
        int64_t i64;
        double d;
        int k;
        switch (op % 32) {
        case 0: if (corral_value_none(run, &v) == CORRAL_OK) slots[dst] = v; break;
        case 1: if (corral_value_bool(run, &v, take_byte(&r) & 1) == CORRAL_OK) slots[dst] = v; break;
        case 2: if (corral_value_int(run, &v, (int64_t)take_u64(&r)) == CORRAL_OK) slots[dst] = v; break;
        case 3:
            s = take_text(&r, &n);
            if (corral_value_int_text(run, &v, s, n) == CORRAL_OK) slots[dst] = v;
            break;
        case 4: {
            uint64_t bits = take_u64(&r);
            memcpy(&d, &bits, sizeof d);
            if (corral_value_float(run, &v, d) == CORRAL_OK) slots[dst] = v;
            break;
        }
        case 5:
            s = take_text(&r, &n);
            if (corral_value_str(run, &v, s, n) == CORRAL_OK) slots[dst] = v;
            break;
        case 6:
            s = take_text(&r, &n);
            if (corral_value_bytes(run, &v, (const uint8_t *)s, n) == CORRAL_OK) slots[dst] = v;
            break;
        case 7: if (corral_value_list(run, &v) == CORRAL_OK) slots[dst] = v; break;
        case 8: if (corral_value_tuple(run, &v) == CORRAL_OK) slots[dst] = v; break;
        case 9: if (corral_value_dict(run, &v) == CORRAL_OK) slots[dst] = v; break;
        case 10: if (corral_value_set(run, &v) == CORRAL_OK) slots[dst] = v; break;
        case 11: if (corral_value_frozenset(run, &v) == CORRAL_OK) slots[dst] = v; break;
        case 12:
            a = slot_token(&r, slots, other, other_token);
            b = slot_token(&r, slots, other, other_token);
            (void)corral_value_append(run, a, b);
            break;
        case 13:
            a = slot_token(&r, slots, other, other_token);
            b = slot_token(&r, slots, other, other_token);
            c = slot_token(&r, slots, other, other_token);
            (void)corral_value_dict_set(run, a, b, c);
            break;
        case 14: (void)corral_value_kind(run, slot_token(&r, slots, other, other_token), &k); break;
        case 15: (void)corral_value_get_bool(run, slot_token(&r, slots, other, other_token), &k); break;
        case 16: (void)corral_value_get_int(run, slot_token(&r, slots, other, other_token), &i64); break;
        case 17: (void)corral_value_get_int_text(run, slot_token(&r, slots, other, other_token), &s, &n); break;
        case 18: (void)corral_value_get_float(run, slot_token(&r, slots, other, other_token), &d); break;
        case 19: (void)corral_value_get_str(run, slot_token(&r, slots, other, other_token), &s, &n); break;
        case 20: {
            const uint8_t *bytes;
            (void)corral_value_get_bytes(run, slot_token(&r, slots, other, other_token), &bytes, &n);
            break;
        }
        case 21: (void)corral_value_len(run, slot_token(&r, slots, other, other_token), &n); break;
        case 22:
            a = slot_token(&r, slots, other, other_token);
            if (corral_value_item(run, a, take_byte(&r), &v) == CORRAL_OK) slots[dst] = v;
            break;
        case 23:
            a = slot_token(&r, slots, other, other_token);
            if (corral_value_dict_item(run, a, take_byte(&r), &v, &b) == CORRAL_OK) {
                slots[dst] = v;
                slots[(dst + 1) % NSLOTS] = b;
            }
            break;
        case 24: (void)corral_value_repr(run, slot_token(&r, slots, other, other_token), &s, &n); break;
        case 25: corral_value_free(run, slot_token(&r, slots, other, other_token)); break;
        case 26:
            /* accessors with NULL out-pointers */
            a = slot_token(&r, slots, other, other_token);
            (void)corral_value_kind(run, a, NULL);
            (void)corral_value_get_str(run, a, NULL, &n);
            (void)corral_value_item(run, a, 0, NULL);
            break;
        case 27:
            if (!used_input) {
                used_input = 1;
                if (corral_run_set_input(run, "x", 1, slot_token(&r, slots, other, other_token)) == CORRAL_OK)
                    (void)fuzz_drive(run);
            }
            break;
        case 28: {
            uint64_t bytes_in_use;
            (void)corral_run_memory(run, &bytes_in_use);
            break;
        }
        default:
            /* an operation on the other run with a token of this one */
            (void)corral_value_repr(other, slot_token(&r, slots, other, other_token), &s, &n);
            break;
        }
    }
    corral_run_free(other);
    corral_run_free(run);
    corral_program_free(program);
    return 0;
}
