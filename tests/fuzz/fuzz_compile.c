/* libFuzzer target: arbitrary bytes as source through corral_program_compile.
 * Compiling must either succeed or fail with an error handle; never crash,
 * leak or read outside the input. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    corral_program *program = NULL;
    corral_error *error = NULL;
    int st = corral_program_compile(&program, (const char *)data, size, "fuzz.py", 7, NULL, 0, FUZZ_EXTERNALS,
                                    strlen(FUZZ_EXTERNALS), &error);
    if (st == CORRAL_OK) {
        corral_program_free(program);
    } else if (error) {
        const char *text;
        size_t len;
        int n;
        (void)corral_error_type(error, &text, &len);
        (void)corral_error_message(error, &text, &len);
        (void)corral_error_text(error, &text, &len);
        (void)corral_error_line(error, &n);
        (void)corral_error_column(error, &n);
        corral_error_free(error);
    }
    return 0;
}
