/* Corral core: float <-> text helpers shared by objfloat.c and format.c.
 *
 * double_to_string follows CPython's PyOS_double_to_string: the digits come
 * from correctly rounded glibc snprintf (or the shortest round-trip search
 * for 'r'), the layout from CPython's format_float_short. */
#ifndef CORRAL_FLOATFMT_H
#define CORRAL_FLOATFMT_H

#include "object.h"

#include <stddef.h>

enum {
    DTSF_SIGN = 1,        /* always write a sign ('+' for non-negatives) */
    DTSF_ADD_DOT_0 = 2,   /* integral results get ".0" (repr, format '' with precision) */
    DTSF_ALT = 4,         /* '#': keep trailing zeros and the decimal point */
    DTSF_NO_NEG_0 = 8,    /* 'z': a result that rounds to zero loses its '-' */
};

/* Bytes of buffer double_to_string needs for 'precision' (it also uses the
 * buffer as scratch space). */
size_t double_to_string_bufsize(int precision);

/* code: 'e' 'f' 'g' 'r' or 'E' 'F' 'G' (upper-case letters and INF/NAN).
 * 'r' ignores precision (shortest round-trip digits, repr's exponent rule).
 * 'g' with DTSF_ADD_DOT_0 is format()'s empty presentation type with a
 * precision.  Writes a NUL-terminated string, returns its length. */
size_t double_to_string(double d, char code, int precision, int flags, char *buf, size_t bufsize);

/* Shortest decimal digits that round-trip to |d| (d finite, nonzero):
 * 'digits' (no trailing zeros, NUL-terminated, needs 20 bytes) and the
 * decimal point position: |d| ~= 0.digits * 10**decpt. */
void double_shortest_digits(double d, char *digits, int *decpt);

/* divmod(a, b) where either side is a float (the other float/int/bool):
 * a 2-tuple, VAL_NOTIMPL for other types, or VAL_NULL
 * (ZeroDivisionError "float divmod()"). */
Value float_divmod(Vm *vm, Value a, Value b);

#endif
