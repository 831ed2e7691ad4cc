/* libFuzzer target: arbitrary bytes through corral_run_load, which must
 * treat them as hostile (CORRAL_E_SNAPSHOT / CORRAL_E_VERSION, never a
 * crash); a snapshot that loads is stepped to its end with the fuzz
 * limits, and dumped again.  The header's FNV-1a checksum is not a MAC (an
 * attacker recomputes it), so each input is also tried resealed: with its
 * length and checksum fields made right, the loader's own checks are what
 * the fuzzer exercises. */
#include "fuzz_common.h"

static void put_u64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void load_and_run(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    load_and_run(data, size);
    if (size >= 32) {
        uint8_t *copy = malloc(size);
        if (!copy)
            return 0;
        memcpy(copy, data, size);
        uint64_t h = 1469598103934665603ull;
        for (size_t i = 32; i < size; i++) {
            h ^= copy[i];
            h *= 1099511628211ull;
        }
        put_u64(copy + 16, (uint64_t)(size - 32));
        put_u64(copy + 24, h);
        load_and_run(copy, size);
        free(copy);
    }
    return 0;
}

static void load_and_run(const uint8_t *data, size_t size)
{
    corral_limits lim;
    fuzz_limits(&lim);
    corral_run *run = NULL;
    corral_error *error = NULL;
    int st = corral_run_load(&run, data, size, &lim, &error);
    if (st != CORRAL_OK) {
        if (error) {
            const char *text;
            size_t len;
            (void)corral_error_text(error, &text, &len);
            corral_error_free(error);
        }
        return;
    }
    corral_error_free(error);
    uint8_t *bytes = NULL;
    size_t len = 0;
    if (corral_run_dump(run, &bytes, &len) == CORRAL_OK)
        corral_bytes_free(bytes);
    (void)fuzz_drive(run);
    corral_run_free(run);
}
