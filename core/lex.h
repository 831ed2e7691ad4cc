/* Corral tokenizer (internal to the parser): Python 3.11 tokens, pulled
 * one at a time so tokenizer errors surface in the order CPython reports
 * them.  Token texts point into the source buffer, which must outlive the
 * lexer and the parse. */
#ifndef CORRAL_LEX_H
#define CORRAL_LEX_H

#include "ast.h"

typedef enum {
    TK_ENDMARKER, TK_NAME, TK_NUMBER, TK_STRING, TK_NEWLINE, TK_INDENT, TK_DEDENT,
    TK_OP, TK_ERROR
} TokKind;

/* operators (Token.op) */
typedef enum {
    P_NONE,
    P_LPAR, P_RPAR, P_LSQB, P_RSQB, P_LBRACE, P_RBRACE, P_COLON, P_COMMA, P_SEMI,
    P_PLUS, P_MINUS, P_STAR, P_SLASH, P_VBAR, P_AMPER, P_LESS, P_GREATER, P_EQUAL,
    P_DOT, P_PERCENT, P_EQEQUAL, P_NOTEQUAL, P_LESSEQUAL, P_GREATEREQUAL, P_TILDE,
    P_CIRCUMFLEX, P_LEFTSHIFT, P_RIGHTSHIFT, P_DOUBLESTAR, P_PLUSEQUAL, P_MINEQUAL,
    P_STAREQUAL, P_SLASHEQUAL, P_PERCENTEQUAL, P_AMPEREQUAL, P_VBAREQUAL,
    P_CIRCUMFLEXEQUAL, P_LEFTSHIFTEQUAL, P_RIGHTSHIFTEQUAL, P_DOUBLESTAREQUAL,
    P_DOUBLESLASH, P_DOUBLESLASHEQUAL, P_AT, P_ATEQUAL, P_RARROW, P_ELLIPSIS,
    P_COLONEQUAL, P_EXCLAMATION, P_UNKNOWN,
    P__COUNT
} OpKind;

/* keywords (Token.kw for TK_NAME) */
typedef enum {
    KW_NONE_, KW_False, KW_None, KW_True, KW_and, KW_as, KW_assert, KW_async,
    KW_await, KW_break, KW_class, KW_continue, KW_def, KW_del, KW_elif, KW_else,
    KW_except, KW_finally, KW_for, KW_from, KW_global, KW_if, KW_import, KW_in,
    KW_is, KW_lambda, KW_nonlocal, KW_not, KW_or, KW_pass, KW_raise, KW_return,
    KW_try, KW_while, KW_with, KW_yield,
    KW__COUNT
} KwKind;

typedef struct Token {
    unsigned char kind, op, kw;
    short level;                             /* bracket depth after this token */
    int lineno, col, end_lineno, end_col;   /* col: UTF-8 byte offsets */
    const char *start;                       /* token text */
    int len;
    const char *line_start;                  /* start of the token's first line */
} Token;

enum { LEX_MAXINDENT = 100, LEX_MAXLEVEL = 200 };

typedef struct Lexer {
    const char *src, *end, *cur;
    const char *line_start;
    int lineno;
    /* sub-lexers for f-string expressions: columns on the first line are
     * shifted so nodes get their position in the enclosing source */
    int first_lineno, first_col_shift;
    int indstack[LEX_MAXINDENT + 1], altindstack[LEX_MAXINDENT + 1];
    int indent;
    int pendin;
    int atbol;
    int level;
    int max_level;
    char parenstack[LEX_MAXLEVEL];
    int parenlinenostack[LEX_MAXLEVEL];
    int parencolstack[LEX_MAXLEVEL];
    const char *parenlinestart[LEX_MAXLEVEL];
    int done;            /* ENDMARKER emitted */
    int eof_newline;     /* implicit NEWLINE at EOF emitted */
    int is_fstring;      /* lexing an f-string replacement expression */
    SyntaxErrorInfo *err;
    int failed;          /* err is filled */
    int eof_in_parens;   /* failed because EOF came with open brackets */
} Lexer;

void lex_init(Lexer *lx, const char *src, size_t len, SyntaxErrorInfo *err);
/* Next token into *t; returns its kind (TK_ERROR with lx->err filled). */
int lex_next(Lexer *lx, Token *t);

/* Fill err: offsets are already CPython's (1-based char offsets). */
void lex_set_error(SyntaxErrorInfo *err, const char *type, const char *msg,
                   const char *line_start, const char *src_end,
                   int lineno, int offset, int end_lineno, int end_offset);
/* number of UTF-8 characters in [from, to) */
int lex_char_count(const char *from, const char *to);
/* decode one UTF-8 code point; returns bytes used (0 if invalid) */
int lex_utf8_decode(const unsigned char *s, const unsigned char *end, unsigned *cp);
int lex_is_id_start(unsigned cp);
int lex_is_id_char(unsigned cp);
/* \N{name} lookup (subset of Unicode names, case-insensitive); 1 if found */
int lex_lookup_char_name(const char *name, size_t len, unsigned *cp);
/* str.isprintable() for one code point */
int lex_is_printable(unsigned cp);

#endif
