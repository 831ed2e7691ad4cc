/* astdump: parse a .py file with Corral's parser and print CPython's
 * ast.dump() of it, or the syntax error as
 *   SyntaxError: msg (line L, offset O)
 * Usage: astdump [-a] [-q] file.py   (-a: include positions, -q: no output, for timing) */
#include "ast.h"
#include "astdump.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    int attrs = 0, quiet = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-a") == 0) attrs = 1;
        else if (strcmp(argv[i], "-q") == 0) quiet = 1;
        else path = argv[i];
    }
    if (!path) { fprintf(stderr, "usage: astdump [-a] [-q] file.py\n"); return 2; }
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 2; }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t n;
    while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) { cap *= 2; buf = realloc(buf, cap); }
    }
    fclose(f);
    if (!buf) return 2;
    Arena arena;
    arena_init(&arena);
    SyntaxErrorInfo err;
    Node *mod = parse_module(&arena, buf, len, path, 0, &err);
    int rc = 0;
    if (!mod) {
        if (err.is_memory_error) printf("MemoryError\n");
        else if (err.is_recursion_error) printf("RecursionError: %s\n", err.msg);
        else printf("%s: %s (line %d, offset %d, end_line %d, end_offset %d)\n", err.type, err.msg,
                    err.lineno, err.offset, err.end_lineno, err.end_offset);
        rc = 1;
    } else if (!quiet) {
        char *s = ast_dump_ex(mod, attrs);
        if (s) { fputs(s, stdout); fputc('\n', stdout); free(s); }
    }
    arena_free(&arena);
    free(buf);
    return rc;
}
