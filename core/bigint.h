/* Corral core: internal bigint helpers shared by bigint.c and objint.c.
 * The public int API is in object.h; these are the extra pieces the int
 * type object needs. */
#ifndef CORRAL_BIGINT_H
#define CORRAL_BIGINT_H

#include "object.h"

/* CPython 3.11's default sys.get_int_max_str_digits(). */
#define INT_MAX_STR_DIGITS 4300

/* int(s, base) where the ValueError shows repr(orig) (a str or bytes
 * Value); orig VAL_NULL means "the str made of s". */
Value int_parse(Vm *vm, const char *s, size_t len, int base, Value orig);
/* floor division and modulo together; q or r may be NULL. Returns 0/-1. */
int int_divmod(Vm *vm, Value a, Value b, Value *q, Value *r);
/* popcount of |a| */
int64_t int_bit_count(Value a);
/* A copy of the int value v as an instance of 'type' (an int subtype). */
Value int_as_subtype(Vm *vm, Value v, const TypeObj *type);
/* int.from_bytes / int.to_bytes cores.  to_bytes: OverflowError
 * "int too big to convert" / "can't convert negative int to unsigned". */
Value int_from_bytes(Vm *vm, const uint8_t *data, size_t len, bool little, bool is_signed);
int int_to_bytes(Vm *vm, Value v, uint8_t *out, size_t len, bool little, bool is_signed);
/* round(a, ndigits) for ints with ndigits < 0: round half to even at 10**-ndigits. */
Value int_round(Vm *vm, Value a, Value ndigits);

#endif
