/* alloc_fail: allocation-failure injection (docs/security.md).
 *
 * For each program given on the command line, and for k = 1, 2, 3, ...,
 * creates a run whose allocator hook (VmOptions.alloc) refuses the k-th
 * allocation, compiles and runs the program in it, and checks that
 *   - nothing crashes (under ASan/UBSan any memory error aborts the test),
 *   - the run ends in a clean outcome: vm_new or vm_compile returns NULL, or
 *     the run returns, raises (MemoryError, or whatever the program turned
 *     it into) or stops at a limit,
 *   - every block the hook handed out is given back by vm_free, and every
 *     free/realloc names the size the block was allocated with.
 * It stops when a run completes without reaching its k-th allocation.
 *
 * Two modes per program: "once" (only the k-th allocation fails: the run
 * must recover and continue) and "sticky" (every allocation from the k-th
 * on fails: the error paths themselves run out of memory).  A small
 * gc_interval makes collections happen in the middle of the failures.
 *
 * Each run happens in a child process, so a crash at one k is reported
 * (with the sanitizer's first frames, once per distinct place) and the
 * sweep goes on.
 *
 * Usage: alloc_fail [--stride N] [--max-k N] [--verbose] FILE.py...
 * Exit status 0 when every run was clean.
 */
#include "vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Every block carries its size in a header, so a free or realloc that
 * names another size than the block's is caught at once. */
typedef struct BlockHeader {
    size_t size;
    size_t magic;
} BlockHeader;

#define BLOCK_MAGIC ((size_t)0xC0A11A77u)

typedef struct FailingAllocator {
    uint64_t count;        /* allocations and growths attempted so far */
    uint64_t fail_at;      /* the attempt that fails (0: none) */
    int sticky;            /* every attempt from fail_at on fails */
    uint64_t refused;
    size_t outstanding;    /* bytes handed out and not given back */
    size_t blocks;
    int size_mismatch;     /* a free/realloc named a wrong old size */
} FailingAllocator;

static void *failing_alloc(void *user, void *ptr, size_t old_size, size_t new_size)
{
    FailingAllocator *fa = user;
    BlockHeader *h = ptr ? (BlockHeader *)ptr - 1 : NULL;
    if (h && (h->magic != BLOCK_MAGIC || h->size != old_size)) {
        if (!fa->size_mismatch)
            fprintf(stderr, "alloc_fail: block %p of %zu bytes given back as %zu bytes\n", ptr,
                    h->magic == BLOCK_MAGIC ? h->size : (size_t)0, old_size);
        fa->size_mismatch = 1;
    }
    if (new_size == 0) {
        if (h) {
            fa->outstanding -= h->size;
            fa->blocks--;
            h->magic = 0;
            free(h);
        }
        return NULL;
    }
    if (!h || new_size > old_size) {
        fa->count++;
        if (fa->fail_at && (fa->count == fa->fail_at || (fa->sticky && fa->count > fa->fail_at))) {
            fa->refused++;
            return NULL;
        }
    }
    size_t had = h ? h->size : 0;
    BlockHeader *n = realloc(h, sizeof(BlockHeader) + new_size);
    if (!n)
        return NULL;
    if (!h)
        fa->blocks++;
    n->size = new_size;
    n->magic = BLOCK_MAGIC;
    fa->outstanding = fa->outstanding - had + new_size;
    return n + 1;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = 0;
        *len = (size_t)n;
    }
    return buf;
}

enum Outcome { OUT_NO_VM, OUT_NO_CODE, OUT_SYNTAX, OUT_RETURN, OUT_MEMORY_ERROR, OUT_OTHER_ERROR, OUT_LIMIT, OUT_PAUSE, OUT_COUNT };
static const char *const outcome_names[OUT_COUNT] = {
    "vm_new failed", "compile: MemoryError", "compile: other error", "returned", "MemoryError",
    "other exception", "limit", "paused"};

typedef struct Result {
    enum Outcome outcome;
    char detail[160];
    uint64_t attempts;     /* allocation attempts the run made */
    int clean;
} Result;

static Result run_once(const char *src, size_t len, const char *path, uint64_t fail_at, int sticky)
{
    Result r;
    memset(&r, 0, sizeof r);
    FailingAllocator fa;
    memset(&fa, 0, sizeof fa);
    fa.fail_at = fail_at;
    fa.sticky = sticky;
    VmOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.alloc = failing_alloc;
    opt.alloc_user = &fa;
    opt.gc_interval = 16 * 1024;
    /* a generous ceiling so a failure that turns into a runaway loop stops */
    opt.max_fuel = 50u * 1000 * 1000;
    Vm *vm = vm_new(&opt);
    if (!vm) {
        r.outcome = OUT_NO_VM;
    } else {
        SyntaxErrorInfo err;
        CodeObj *code = vm_compile(vm, src, len, path, &err);
        if (!code) {
            int mem = vm->exc && type_is_subtype(TYPE_OF(vm->exc), &t_MemoryError);
            r.outcome = mem ? OUT_NO_CODE : OUT_SYNTAX;
            if (!mem)
                snprintf(r.detail, sizeof r.detail, "%s: %.100s", vm->exc ? type_name(TYPE_OF(vm->exc)) : "(no exception)",
                         err.msg);
        } else {
            Value result;
            VmStatus st = vm_run_module(vm, code, &result);
            if (st == VM_RETURN) {
                r.outcome = OUT_RETURN;
            } else if (st == VM_LIMIT) {
                r.outcome = OUT_LIMIT;
                snprintf(r.detail, sizeof r.detail, "limit kind %d", (int)vm->limit_kind);
            } else if (st == VM_PAUSE) {
                r.outcome = OUT_PAUSE;
            } else if (!vm->exc) {
                r.outcome = OUT_OTHER_ERROR;
                snprintf(r.detail, sizeof r.detail, "error status with no exception set");
            } else if (type_is_subtype(TYPE_OF(vm->exc), &t_MemoryError)) {
                r.outcome = OUT_MEMORY_ERROR;
            } else {
                r.outcome = OUT_OTHER_ERROR;
                snprintf(r.detail, sizeof r.detail, "%s", type_name(TYPE_OF(vm->exc)));
                /* the traceback formatting path, with the allocator still failing in sticky mode */
                (void)vm_format_exception(vm, vm->exc);
            }
        }
        vm_free(vm);
    }
    r.attempts = fa.count;
    r.clean = 1;
    if (fa.outstanding || fa.blocks) {
        fprintf(stderr, "alloc_fail: %s k=%llu%s: %zu bytes in %zu blocks not freed by vm_free\n", path,
                (unsigned long long)fail_at, sticky ? " sticky" : "", fa.outstanding, fa.blocks);
        r.clean = 0;
    }
    if (fa.size_mismatch) {
        fprintf(stderr, "alloc_fail: %s k=%llu%s: a block was given back with the wrong size\n", path,
                (unsigned long long)fail_at, sticky ? " sticky" : "");
        r.clean = 0;
    }
    if (r.outcome == OUT_PAUSE || (r.outcome == OUT_OTHER_ERROR && strstr(r.detail, "no exception"))) {
        fprintf(stderr, "alloc_fail: %s k=%llu%s: unclean outcome: %s %s\n", path, (unsigned long long)fail_at,
                sticky ? " sticky" : "", outcome_names[r.outcome], r.detail);
        r.clean = 0;
    }
    return r;
}

/* Crash places already reported (first frames of the sanitizer report). */
typedef struct CrashLog {
    char places[32][512];
    int count;
} CrashLog;

/* The sanitizer report's first line and first frames, without addresses. */
static void summarize_report(const char *report, char *out, size_t size)
{
    out[0] = 0;
    size_t w = 0;
    int frames = 0;
    const char *line = report;
    while (*line && frames < 5) {
        const char *eol = strchr(line, '\n');
        size_t n = eol ? (size_t)(eol - line) : strlen(line);
        const char *in = NULL;
        if (strstr(line, "runtime error") && strstr(line, "runtime error") < line + n)
            in = line;
        else if ((strstr(line, "ERROR: AddressSanitizer") && strstr(line, "ERROR: AddressSanitizer") < line + n) ||
                 (strstr(line, "ERROR: LeakSanitizer") && strstr(line, "ERROR: LeakSanitizer") < line + n))
            in = strstr(line, "ERROR:");
        else if (w && strncmp(line, "    #", 5) == 0 && strstr(line, " in ") && strstr(line, " in ") < line + n) {
            in = strstr(line, " in ") + 4;
            frames++;
        }
        if (in) {
            size_t m = (size_t)(line + n - in);
            if (w + m + 4 < size) {
                memcpy(out + w, "    ", 4);
                memcpy(out + w + 4, in, m);
                w += m + 4;
                out[w++] = '\n';
                out[w] = 0;
            }
        }
        line = eol ? eol + 1 : line + n;
    }
}

/* run_once in a child process; a crash is reported and counts as unclean. */
static Result run_isolated(const char *src, size_t len, const char *path, uint64_t fail_at, int sticky,
                           CrashLog *crashes)
{
    Result r;
    memset(&r, 0, sizeof r);
    char errpath[64];
    snprintf(errpath, sizeof errpath, "/tmp/alloc_fail.%d.err", (int)getpid());
    int fds[2];
    if (pipe(fds) < 0) {
        perror("pipe");
        exit(2);
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(2);
    }
    if (pid == 0) {
        close(fds[0]);
        if (!freopen(errpath, "w", stderr))
            _exit(2);
        Result child = run_once(src, len, path, fail_at, sticky);
        ssize_t wrote = write(fds[1], &child, sizeof child);
        fflush(stderr);
        _exit(wrote == (ssize_t)sizeof child ? 0 : 2);
    }
    close(fds[1]);
    ssize_t got = read(fds[0], &r, sizeof r);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    size_t errlen = 0;
    char *report = read_file(errpath, &errlen);
    remove(errpath);
    int crashed = got != (ssize_t)sizeof r || !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    if (crashed || (report && errlen)) {
        /* a sanitizer report (LSan runs at exit) or a crash */
        char place[512];
        summarize_report(report ? report : "", place, sizeof place);
        if (!place[0])
            snprintf(place, sizeof place, "    %s\n",
                     report && errlen ? report : (WIFSIGNALED(status) ? "killed by a signal" : "exited early"));
        int seen = 0;
        for (int i = 0; i < crashes->count; i++)
            if (strcmp(crashes->places[i], place) == 0)
                seen = 1;
        if (!seen) {
            if (crashes->count < 32)
                snprintf(crashes->places[crashes->count++], sizeof crashes->places[0], "%s", place);
            printf("CRASH %s k=%llu%s (status %d%s):\n%s", path, (unsigned long long)fail_at,
                   sticky ? " sticky" : "", WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status),
                   WIFSIGNALED(status) ? ", signal" : "", place);
        }
        if (crashed) {
            memset(&r, 0, sizeof r);
            r.attempts = fail_at;   /* keep sweeping */
        }
        r.clean = 0;
    }
    free(report);
    return r;
}

int main(int argc, char **argv)
{
    uint64_t stride = 1, max_k = 0;
    int verbose = 0, failures = 0, nfiles = 0;
    CrashLog *crashes = calloc(1, sizeof *crashes);
    if (!crashes)
        return 2;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--stride") == 0 && i + 1 < argc) {
            stride = strtoull(argv[++i], NULL, 10);
            if (!stride)
                stride = 1;
            continue;
        }
        if (strcmp(argv[i], "--max-k") == 0 && i + 1 < argc) {
            max_k = strtoull(argv[++i], NULL, 10);
            continue;
        }
        if (strcmp(argv[i], "--verbose") == 0) {
            verbose = 1;
            continue;
        }
        const char *path = argv[i];
        size_t len;
        char *src = read_file(path, &len);
        if (!src) {
            fprintf(stderr, "alloc_fail: can't read %s\n", path);
            return 2;
        }
        nfiles++;
        Result ref = run_isolated(src, len, path, 0, 0, crashes);
        if (!ref.clean)
            failures++;
        for (int sticky = 0; sticky <= 1; sticky++) {
            unsigned long counts[OUT_COUNT] = {0};
            uint64_t runs = 0, k;
            for (k = 1; max_k == 0 || k <= max_k; k += stride) {
                Result r = run_isolated(src, len, path, k, sticky, crashes);
                runs++;
                if (!r.clean)
                    failures++;
                if (r.attempts < k)
                    break;   /* the run never reached its k-th allocation: done */
                counts[r.outcome]++;
                if (verbose && (r.outcome == OUT_OTHER_ERROR || r.outcome == OUT_SYNTAX || r.outcome == OUT_LIMIT))
                    printf("  k=%llu %s: %s %s\n", (unsigned long long)k, sticky ? "sticky" : "once",
                           outcome_names[r.outcome], r.detail);
            }
            printf("%s [%s]: %llu allocations in a full run (outcome: %s %s), %llu failure points run:", path,
                   sticky ? "sticky" : "once", (unsigned long long)ref.attempts, outcome_names[ref.outcome], ref.detail,
                   (unsigned long long)(runs - 1));
            for (int o = 0; o < OUT_COUNT; o++)
                if (counts[o])
                    printf(" %s=%lu", outcome_names[o], counts[o]);
            printf("\n");
            fflush(stdout);
        }
        free(src);
    }
    if (!nfiles) {
        fprintf(stderr, "usage: alloc_fail [--stride N] [--max-k N] [--verbose] FILE.py...\n");
        return 2;
    }
    free(crashes);
    printf("alloc_fail: %s (%d unclean runs)\n", failures ? "FAILED" : "all runs clean", failures);
    return failures ? 1 : 0;
}
