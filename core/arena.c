/* Arena: a chunked bump allocator for the AST.  Everything the parser
 * builds for one module lives here and is released at once by arena_free,
 * so the parser never frees individual nodes (and never leaks on error). */
#include "ast.h"

#include <stdlib.h>
#include <string.h>

struct ArenaChunk {
    ArenaChunk *next;
    size_t size;       /* usable bytes in data */
    size_t used;
    /* keep data 16-aligned */
    long double align_;
    unsigned char data[];
};

enum { ARENA_MIN_CHUNK = 64 * 1024 };

static void *default_alloc(void *user, void *ptr, size_t old_size, size_t new_size)
{
    (void)user; (void)old_size;
    if (new_size == 0) { free(ptr); return NULL; }
    return realloc(ptr, new_size);
}

void arena_init(Arena *a)
{
    memset(a, 0, sizeof *a);
}

static void *hook(Arena *a, void *ptr, size_t old_size, size_t new_size)
{
    if (a->alloc) return a->alloc(a->alloc_user, ptr, old_size, new_size);
    return default_alloc(NULL, ptr, old_size, new_size);
}

void *arena_alloc(Arena *a, size_t size)
{
    if (a->failed) return NULL;
    size = (size + 7) & ~(size_t)7;
    if (size == 0) size = 8;
    ArenaChunk *c = a->chunks;
    if (!c || c->size - c->used < size) {
        size_t want = size > ARENA_MIN_CHUNK ? size : ARENA_MIN_CHUNK;
        /* grow chunk sizes with the arena so big sources need few chunks */
        if (c && c->size * 2 > want && c->size < 16u * 1024 * 1024) want = c->size * 2;
        if (a->limit_bytes && a->used_bytes + want > a->limit_bytes) {
            want = size;
            if (a->used_bytes + want > a->limit_bytes) { a->failed = 1; return NULL; }
        }
        ArenaChunk *n = hook(a, NULL, 0, sizeof(ArenaChunk) + want);
        if (!n) { a->failed = 1; return NULL; }
        n->next = c;
        n->size = want;
        n->used = 0;
        a->chunks = n;
        a->used_bytes += want;
        c = n;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strdup(Arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = 0;
    return p;
}

void arena_free(Arena *a)
{
    ArenaChunk *c = a->chunks;
    while (c) {
        ArenaChunk *next = c->next;
        hook(a, c, sizeof(ArenaChunk) + c->size, 0);
        c = next;
    }
    a->chunks = NULL;
    a->used_bytes = 0;
}
