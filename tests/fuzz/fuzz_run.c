/* libFuzzer target: arbitrary source compiled and run with a small fuel
 * (20000 instructions) and memory (16 MB) budget; host calls to ext/echo/
 * fetch are answered with None (or "pending", then resolved).  Every run
 * must end in an outcome, inside its limits. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    corral_program *program = NULL;
    int st = corral_program_compile(&program, (const char *)data, size, "fuzz.py", 7, NULL, 0, FUZZ_EXTERNALS,
                                    strlen(FUZZ_EXTERNALS), NULL);
    if (st != CORRAL_OK)
        return 0;
    corral_limits lim;
    fuzz_limits(&lim);
    corral_run *run = NULL;
    if (corral_run_new(&run, program, &lim) == CORRAL_OK) {
        (void)fuzz_drive(run);
        corral_run_free(run);
    }
    corral_program_free(program);
    return 0;
}
