/* corral.i -- SWIG interface of the Corral C ABI (abi/include/corral.h).
 *
 * The raw layer every binding's shim is built on: one generated function per
 * corral_* function, no policy.  Calling conventions of the raw layer (the
 * per-language typemap files implement them):
 *  - A function that returns a status returns it first; its out-parameters
 *    follow in declaration order (Python: [status, out1, out2, ...], or the
 *    bare status when there is none).  Out-parameters that Corral did not
 *    write (the call failed) come back as 0 / None.
 *  - (pointer, length) string inputs take a str (UTF-8) or bytes; string
 *    outputs come back as str, byte outputs as bytes.
 *  - Handles are opaque SWIG pointers and are released by hand with the
 *    _free functions, exactly as in C: the shim owns the lifetimes.
 *  - corral_limits is a plain struct; fill it with corral_limits_init().
 *
 * Requires SWIG 4.2 or newer.
 */
%module corral_raw

%{
#include "corral.h"
%}

%include <stdint.i>

#if defined(SWIGPYTHON)
%include "corral_python.i"
#endif

%include "corral.h"
