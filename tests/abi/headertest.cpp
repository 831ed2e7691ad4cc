/* Compiled as C99 and as C++ with -Wall -Wextra -pedantic -Werror: corral.h
 * must be clean in both languages. */
#include "corral.h"

int corral_headertest_uses_everything(void);
int corral_headertest_uses_everything(void)
{
    corral_limits limits;
    corral_limits_init(&limits);
    return (int)corral_abi_version() + (int)limits.struct_size + CORRAL_ABI_VERSION;
}
