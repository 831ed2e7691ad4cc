/* Corral core: str/bytes helpers beyond object.h (objstr.c, objbytes.c). */
#ifndef CORRAL_OBJSTR_H
#define CORRAL_OBJSTR_H

#include "object.h"

/* str or a subclass instance */
#define IS_STRLIKE(v) (IS_OBJ(v) && AS_OBJ(v)->type->layout == K_STR)
#define IS_BYTESLIKE(v) (IS_OBJ(v) && (AS_OBJ(v)->type->layout == K_BYTES || AS_OBJ(v)->type->layout == K_BYTEARRAY))

/* Number of code points in len bytes of UTF-8. */
size_t utf8_count(const char *s, size_t len);
/* Length of one valid UTF-8 sequence at b (strict: no surrogates, no
 * overlongs), or 0 with *reason (1 invalid start byte, 2 invalid
 * continuation byte, 3 unexpected end of data) and *bad_len. */
size_t utf8_check_one(const uint8_t *b, size_t avail, int *reason, size_t *bad_len);
/* A str of the given type (t_str or a subclass) holding a copy of data. */
Value str_new_typed(Vm *vm, const TypeObj *type, const char *data, size_t len);
/* Substring by code-point range [start, stop). */
Value str_substr(Vm *vm, Value s, size_t start, size_t stop);
/* Code-point index of a byte offset. */
size_t str_char_index(Value s, size_t off);
/* ascii(s) of a str: repr with every non-ASCII code point escaped. */
Value str_ascii_repr(Vm *vm, Value s);
/* Append the repr of a str to sb. */
int str_repr_into(StrBuf *sb, Value s, bool ascii_only);
/* Append \xNN, \uNNNN or \UNNNNNNNN for cp. */
int sb_append_escaped_cp(StrBuf *sb, uint32_t cp);
/* Decode bytes to str with the named codec and error handler (NULL = utf-8,
 * strict): utf-8, ascii, latin-1, utf-16/32 (BOM, -le, -be) and aliases;
 * UnicodeDecodeError / LookupError as CPython. */
Value str_decode(Vm *vm, const uint8_t *data, size_t len, const char *encoding, const char *errors);
/* bytes or bytearray contents */
const uint8_t *bytes_data(Value v, size_t *len);

/* Instances of str / bytes subclasses (heap types) have room for one Value
 * after their data, for an instance __dict__ (VAL_NULL until set); NULL for
 * exact str/bytes.  The slot moves with the length, so a type's fixed
 * dict_offset cannot describe it: attribute code must ask here. */
Value *str_dict_slot(Value s);
Value *bytes_dict_slot(Value b);

/* iterator type of ASCII strs (CPython 3.11 names it apart from str_iterator) */
extern const TypeObj t_str_ascii_iterator;

/* type name for argument errors: "None" for None */
const char *arg_type_name(Value v);

#endif

/* Argument checks with CPython's per-parser wording; nargs includes self
 * (args[0]).  tname is "str", "bytes" or "bytearray"; for "str" self is
 * also type-checked ("descriptor 'x' for 'str' objects doesn't apply..."). */
int str_args_none(Vm *vm, Value *args, int nargs, Value kwnames, const char *tname, const char *meth);
int str_args_one(Vm *vm, Value *args, int nargs, Value kwnames, const char *tname, const char *meth);
int str_args_pos(Vm *vm, Value *args, int nargs, Value kwnames, const char *tname, const char *meth, int min, int max);
int str_args_tuple(Vm *vm, Value *args, int nargs, Value kwnames, const char *tname, const char *meth, int min, int max);
int str_args_kw(Vm *vm, Value *args, int nargs, Value kwnames, const char *meth,
                const char *const *names, int nnames, int self_offset, Value *out);
int str_arg_ssize(Vm *vm, Value v, int64_t *out);
int str_arg_slice_index(Vm *vm, Value v, int64_t *out);
void str_adjust_indices(int64_t *start, int64_t *end, int64_t len);
/* 1 = count in *out, 0 = not an integer, -1 = error */
int seq_repeat_count(Vm *vm, Value v, int64_t *out);
/* list/tuple items, or the iterable materialised into *holder */
Value *str_seq_fast(Vm *vm, Value iterable, size_t *n, Value *holder, const char *msg);
int64_t mem_find(const char *hay, size_t n, const char *needle, size_t m);
int64_t mem_rfind(const char *hay, size_t n, const char *needle, size_t m);
int64_t mem_count(const char *hay, size_t n, const char *needle, size_t m, int64_t max);
Value str_encode(Vm *vm, Value s, const char *encoding, const char *errors);
Value str_repeat(Vm *vm, Value s, int64_t n);
Value str_join(Vm *vm, Value sep, Value iterable);
Value str_replace(Vm *vm, Value self, Value old, Value new_, int64_t count);
