/* Corral core: compact Unicode character classes and case mapping.
 *
 * Exact (Unicode 14, as CPython 3.11) for code points below U+0800 and for
 * case mapping below U+2000; above that, broad hand-picked ranges: CJK,
 * Hangul, kana, full-width forms, common digits and numerals, the usual
 * non-printable blocks (spaces, format controls, surrogates, private use,
 * unassigned planes).  Good enough for Latin/Greek/Cyrillic/CJK/emoji text;
 * rare scripts may classify differently from CPython. */
#ifndef CORRAL_UNICODE_H
#define CORRAL_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool uni_isprintable(uint32_t cp);
bool uni_isalpha(uint32_t cp);
bool uni_isdecimal(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_isspace(uint32_t cp);
bool uni_islower(uint32_t cp);
bool uni_isupper(uint32_t cp);
bool uni_istitle(uint32_t cp);   /* titlecase letters (Dž ...) */
bool uni_iscased(uint32_t cp);
bool uni_isalnum(uint32_t cp);
bool uni_isidstart(uint32_t cp);
bool uni_isidcontinue(uint32_t cp);
/* value of a decimal digit (0..9), or -1 */
int uni_decimal_value(uint32_t cp);
/* Full case mappings: write up to 3 code points to out, return the count. */
int uni_tolower_full(uint32_t cp, uint32_t *out);
int uni_toupper_full(uint32_t cp, uint32_t *out);
int uni_totitle_full(uint32_t cp, uint32_t *out);
int uni_casefold_full(uint32_t cp, uint32_t *out);
/* Simple (one code point) mappings. */
uint32_t uni_tolower(uint32_t cp);
uint32_t uni_toupper(uint32_t cp);

/* \N{NAME} lookup (case-insensitive) in a small name table (see
 * uninames.c for its coverage); returns 1 and sets *cp if known, else 0. */
int uni_lookup_name(const char *name, size_t len, uint32_t *cp);

#endif
