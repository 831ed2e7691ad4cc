/* libFuzzer target: arbitrary bytes through corral_run_load, which must
 * treat them as hostile (CORRAL_E_SNAPSHOT / CORRAL_E_VERSION, never a
 * crash); a snapshot that loads is stepped to its end with the fuzz
 * limits, and dumped again. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
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
        return 0;
    }
    corral_error_free(error);
    uint8_t *bytes = NULL;
    size_t len = 0;
    if (corral_run_dump(run, &bytes, &len) == CORRAL_OK)
        corral_bytes_free(bytes);
    (void)fuzz_drive(run);
    corral_run_free(run);
    return 0;
}
