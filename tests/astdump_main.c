/* astdump: parse a .py file with Corral's parser and print CPython's
 * ast.dump() of it, or the syntax error as
 *   SyntaxError: msg (line L, offset O)
 * Usage: astdump [-a] [-q] [-f N] [-m BYTES] file.py
 *   -a include positions, -q no output (timing), -t print the error's line,
 *   -f fail allocations after N,
 *   -m arena byte limit */
#include "ast.h"
#include "astdump.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* -f N: an allocator hook that refuses every allocation after the N-th,
 * to prove every failure path of the parser ends in a clean MemoryError. */
typedef struct { long left; } FailHook;

static void *failing_alloc(void *user, void *ptr, size_t old_size, size_t new_size)
{
    FailHook *h = user;
    (void)old_size;
    if (new_size == 0) { free(ptr); return NULL; }
    if (h->left-- <= 0) return NULL;
    return realloc(ptr, new_size);
}

int main(int argc, char **argv)
{
    int attrs = 0, quiet = 0, show_text = 0;
    long fail_after = -1, limit = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-a") == 0) attrs = 1;
        else if (strcmp(argv[i], "-q") == 0) quiet = 1;
        else if (strcmp(argv[i], "-t") == 0) show_text = 1;
        else if (strcmp(argv[i], "-f") == 0 && i + 1 < argc) fail_after = atol(argv[++i]);
        else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) limit = atol(argv[++i]);
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
    FailHook hook = { fail_after };
    if (fail_after >= 0) { arena.alloc = failing_alloc; arena.alloc_user = &hook; }
    if (limit > 0) arena.limit_bytes = (size_t)limit;
    SyntaxErrorInfo err;
    Node *mod = parse_module(&arena, buf, len, path, 0, &err);
    int rc = 0;
    if (!mod) {
        if (err.is_memory_error) printf("MemoryError\n");
        else if (err.is_recursion_error) printf("RecursionError: %s\n", err.msg);
        else printf("%s: %s (line %d, offset %d, end_line %d, end_offset %d)\n", err.type, err.msg,
                    err.lineno, err.offset, err.end_lineno, err.end_offset);
        if (show_text) printf("text: %s\n", err.text);
        rc = 1;
    } else if (!quiet) {
        char *s = ast_dump_ex(mod, attrs);
        if (s) { fputs(s, stdout); fputc('\n', stdout); free(s); }
    }
    arena_free(&arena);
    free(buf);
    return rc;
}
