/* corral_host: the C test host.  Runs a .py file through the public C ABI
 * only (corral.h), behaving like the `corral` CLI (stdout, CPython-style
 * traceback on stderr, exit status 1 on an uncaught exception), and
 * implements the standard test host of conformance/README.md:
 *
 *   echo(x) -> x                      add(a, b) -> a + b
 *   record(*args, **kwargs) -> [list(args), kwargs]
 *   fail(type_name, message) raises that exception into Python
 *   counter() -> 1, 2, 3, ... per run
 *   async_echo(x), async_sleep_echo(x, ms): answered "pending"; resolved
 *     when the program waits for them, newest first (out of order) or by
 *     increasing ms.
 *   async_fail(type_name, message): like async_echo, but the future is
 *     resolved with that exception (raised where it is awaited).
 *
 * Directives read from the case's leading comments:
 *   # corral: inputs x=3 name="ada" flag=True     (int, float, "str", True/False/None)
 *   # corral: external echo add ...
 *   # corral: limit memory=1000000 fuel=5000 time_ms=100 recursion=50
 *   # corral: expect-limit memory                 (informational here)
 *
 * Options: --snapshot-every-pause: at every pause (and before the first
 * step) the run is dumped, freed and loaded back from the bytes.
 * Exit status: 0 ok, 1 Python error, 3 limit stop, 2 usage/host error.
 */
#include "corral.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PENDING 256

/* A host future; failing ones (async_fail) carry the exception to resolve with. */
typedef struct Pending {
    uint64_t id;
    uint64_t value;
    int64_t ms;
    int resolved;
    int failing;
    char type_name[64];
    char message[256];
} Pending;

typedef struct Host {
    corral_run *run;
    int64_t counter;
    Pending pending[MAX_PENDING];
    int npending;
} Host;

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (n < cap)
            break;
        cap *= 2;
        char *nb = realloc(buf, cap + 1);
        if (!nb) {
            free(buf);
            buf = NULL;
        }
        buf = nb;
    }
    fclose(f);
    if (buf)
        buf[n] = 0;
    *len = n;
    return buf;
}

/* Directive lines of the leading comment block: returns the text after
 * "# corral: <word>" for the first line naming 'word', or NULL. */
static const char *directive(const char *src, const char *word, char *buf, size_t size)
{
    const char *p = src;
    size_t wl = strlen(word);
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        const char *q = p;
        while (q < p + len && (*q == ' ' || *q == '\t'))
            q++;
        if (q == p + len) {
            p = eol ? eol + 1 : p + len;
            continue;
        }
        if (*q != '#')
            break;
        const char *m = strstr(q, "corral:");
        if (m && m < p + len) {
            m += 7;
            while (*m == ' ')
                m++;
            if (strncmp(m, word, wl) == 0 && (m[wl] == ' ' || m[wl] == '\n' || m[wl] == 0 || m[wl] == '\r')) {
                m += wl;
                while (*m == ' ')
                    m++;
                size_t n = (size_t)(p + len - m);
                if (n >= size)
                    n = size - 1;
                memcpy(buf, m, n);
                buf[n] = 0;
                while (n && (buf[n - 1] == '\r' || buf[n - 1] == ' '))
                    buf[--n] = 0;
                return buf;
            }
        }
        p = eol ? eol + 1 : p + len;
    }
    return NULL;
}

static void die_status(corral_run *run, int st, const char *what)
{
    fprintf(stderr, "corral_host: %s failed: %s (%s)\n", what, corral_status_string(st),
            run ? corral_run_message(run) : "");
    exit(2);
}

#define CHECK(run, call) do { int st_ = (call); if (st_ != CORRAL_OK) die_status(run, st_, #call); } while (0)

/* Parse one literal of an inputs directive into a value of the run. */
static uint64_t parse_literal(corral_run *run, const char *text)
{
    uint64_t v = 0;
    if (text[0] == '"') {
        const char *end = strrchr(text + 1, '"');
        size_t n = end ? (size_t)(end - text - 1) : strlen(text + 1);
        CHECK(run, corral_value_str(run, &v, text + 1, n));
    } else if (strcmp(text, "True") == 0 || strcmp(text, "False") == 0) {
        CHECK(run, corral_value_bool(run, &v, text[0] == 'T'));
    } else if (strcmp(text, "None") == 0) {
        CHECK(run, corral_value_none(run, &v));
    } else if (strpbrk(text, ".eE") && !strpbrk(text, "xX")) {
        CHECK(run, corral_value_float(run, &v, strtod(text, NULL)));
    } else {
        CHECK(run, corral_value_int_text(run, &v, text, strlen(text)));
    }
    return v;
}

static void set_inputs(corral_run *run, const char *spec)
{
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", spec);
    char *p = buf;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        char *eq = strchr(p, '=');
        if (!eq)
            break;
        *eq = 0;
        char *val = eq + 1, *end;
        if (*val == '"') {
            end = strchr(val + 1, '"');
            end = end ? end + 1 : val + strlen(val);
        } else {
            end = val;
            while (*end && *end != ' ')
                end++;
        }
        char saved = *end;
        *end = 0;
        uint64_t v = parse_literal(run, val);
        CHECK(run, corral_run_set_input(run, p, strlen(p), v));
        *end = saved;
        p = end;
    }
}

/* Names only: "x=3 name=\"ada\"" -> "x name" */
static void input_names(const char *spec, char *out, size_t size)
{
    out[0] = 0;
    const char *p = spec;
    size_t w = 0;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *eq = strchr(p, '=');
        if (!eq)
            break;
        if (w + (size_t)(eq - p) + 2 < size) {
            memcpy(out + w, p, (size_t)(eq - p));
            w += (size_t)(eq - p);
            out[w++] = ' ';
            out[w] = 0;
        }
        p = eq + 1;
        if (*p == '"') {
            const char *q = strchr(p + 1, '"');
            p = q ? q + 1 : p + strlen(p);
        } else {
            while (*p && *p != ' ')
                p++;
        }
    }
}

static void apply_limits(corral_limits *lim, const char *spec)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", spec);
    for (char *tok = strtok(buf, " "); tok; tok = strtok(NULL, " ")) {
        char *eq = strchr(tok, '=');
        if (!eq)
            continue;
        *eq = 0;
        unsigned long long n = strtoull(eq + 1, NULL, 10);
        if (strcmp(tok, "memory") == 0) lim->max_memory_bytes = n;
        else if (strcmp(tok, "allocations") == 0) lim->max_allocations = n;
        else if (strcmp(tok, "fuel") == 0) lim->max_fuel = n;
        else if (strcmp(tok, "time_ms") == 0) lim->max_time_ns = n * 1000000ull;
        else if (strcmp(tok, "recursion") == 0) lim->max_recursion = (uint32_t)n;
    }
}

/* Replace the run by a copy made from its snapshot (dump, free, load), so
 * that everything after the pause runs from the snapshot's state only.
 * Skipped while the host holds value tokens of the old run (pending futures). */
static int snapshots_taken;

static void snapshot_round_trip(Host *h, const corral_limits *lim)
{
    for (int i = 0; i < h->npending; i++)
        if (!h->pending[i].resolved)
            return;
    uint8_t *bytes;
    size_t len;
    int st = corral_run_dump(h->run, &bytes, &len);
    if (st != CORRAL_OK) {
        fprintf(stderr, "corral_host: snapshot dump failed: %s (%s)\n", corral_status_string(st),
                corral_run_message(h->run));
        exit(2);
    }
    corral_run_free(h->run);
    h->run = NULL;
    corral_error *err = NULL;
    st = corral_run_load(&h->run, bytes, len, lim, &err);
    corral_bytes_free(bytes);
    if (st != CORRAL_OK) {
        const char *m = "";
        size_t ml = 0;
        corral_error_message(err, &m, &ml);
        fprintf(stderr, "corral_host: snapshot load failed: %s (%.*s)\n", corral_status_string(st), (int)ml, m);
        corral_error_free(err);
        exit(2);
    }
    h->npending = 0;
    snapshots_taken++;
}

static void drain_output(corral_run *run)
{
    const char *data;
    size_t len;
    CHECK(run, corral_run_output(run, &data, &len));
    if (len)
        fwrite(data, 1, len, stdout);
    CHECK(run, corral_run_output_clear(run));
}

static int is_name(const char *name, size_t len, const char *want)
{
    return strlen(want) == len && memcmp(name, want, len) == 0;
}

/* a + b for the value kinds the standard host supports */
static int host_add(corral_run *run, uint64_t a, uint64_t b, uint64_t *out)
{
    int ka, kb;
    CHECK(run, corral_value_kind(run, a, &ka));
    CHECK(run, corral_value_kind(run, b, &kb));
    if (ka == CORRAL_INT && kb == CORRAL_INT) {
        int64_t x, y;
        if (corral_value_get_int(run, a, &x) == CORRAL_OK && corral_value_get_int(run, b, &y) == CORRAL_OK &&
            !__builtin_add_overflow(x, y, &x))
            return corral_value_int(run, out, x);
        return -1;
    }
    if ((ka == CORRAL_INT || ka == CORRAL_FLOAT) && (kb == CORRAL_INT || kb == CORRAL_FLOAT)) {
        double x, y;
        int64_t i;
        if (ka == CORRAL_INT) { CHECK(run, corral_value_get_int(run, a, &i)); x = (double)i; }
        else CHECK(run, corral_value_get_float(run, a, &x));
        if (kb == CORRAL_INT) { CHECK(run, corral_value_get_int(run, b, &i)); y = (double)i; }
        else CHECK(run, corral_value_get_float(run, b, &y));
        return corral_value_float(run, out, x + y);
    }
    if (ka == CORRAL_STR && kb == CORRAL_STR) {
        const char *s1, *s2;
        size_t n1, n2;
        CHECK(run, corral_value_get_str(run, a, &s1, &n1));
        char *tmp = malloc(n1 + 1);
        memcpy(tmp, s1, n1);
        CHECK(run, corral_value_get_str(run, b, &s2, &n2));
        char *both = malloc(n1 + n2 + 1);
        memcpy(both, tmp, n1);
        memcpy(both + n1, s2, n2);
        int st = corral_value_str(run, out, both, n1 + n2);
        free(tmp);
        free(both);
        return st;
    }
    return -1;
}

static void answer_call(Host *h)
{
    corral_run *run = h->run;
    const char *name;
    size_t nlen;
    uint64_t args, kwargs, id;
    size_t nargs;
    CHECK(run, corral_run_call_name(run, &name, &nlen));
    CHECK(run, corral_run_call_args(run, &args, &kwargs));
    CHECK(run, corral_run_call_id(run, &id));
    CHECK(run, corral_value_len(run, args, &nargs));
    uint64_t a[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < nargs && i < 4; i++)
        CHECK(run, corral_value_item(run, args, i, &a[i]));
    char tname[64];
    snprintf(tname, sizeof tname, "%.*s", (int)(nlen < 60 ? nlen : 60), name);
    if (is_name(name, nlen, "echo") && nargs == 1) {
        CHECK(run, corral_run_resume_value(run, a[0]));
    } else if (is_name(name, nlen, "add") && nargs == 2) {
        uint64_t r;
        if (host_add(run, a[0], a[1], &r) != CORRAL_OK) {
            const char msg[] = "add() supports int, float and str of the same kind";
            CHECK(run, corral_run_resume_exception(run, "TypeError", 9, msg, sizeof msg - 1));
        } else {
            CHECK(run, corral_run_resume_value(run, r));
        }
    } else if (is_name(name, nlen, "record")) {
        uint64_t list, outer;
        CHECK(run, corral_value_list(run, &list));
        for (size_t i = 0; i < nargs; i++) {
            uint64_t it;
            CHECK(run, corral_value_item(run, args, i, &it));
            CHECK(run, corral_value_append(run, list, it));
        }
        CHECK(run, corral_value_list(run, &outer));
        CHECK(run, corral_value_append(run, outer, list));
        CHECK(run, corral_value_append(run, outer, kwargs));
        CHECK(run, corral_run_resume_value(run, outer));
    } else if (is_name(name, nlen, "fail") && nargs == 2) {
        const char *t, *m;
        size_t tl, ml;
        CHECK(run, corral_value_get_str(run, a[0], &t, &tl));
        char tb[64];
        snprintf(tb, sizeof tb, "%.*s", (int)(tl < 60 ? tl : 60), t);
        CHECK(run, corral_value_get_str(run, a[1], &m, &ml));
        CHECK(run, corral_run_resume_exception(run, tb, strlen(tb), m, ml));
    } else if (is_name(name, nlen, "counter") && nargs == 0) {
        uint64_t v;
        CHECK(run, corral_value_int(run, &v, ++h->counter));
        CHECK(run, corral_run_resume_value(run, v));
    } else if ((is_name(name, nlen, "async_echo") && nargs == 1) ||
               (is_name(name, nlen, "async_sleep_echo") && nargs == 2)) {
        if (h->npending == MAX_PENDING) {
            fprintf(stderr, "corral_host: too many pending futures\n");
            exit(2);
        }
        Pending *p = &h->pending[h->npending++];
        memset(p, 0, sizeof *p);
        p->id = id;
        p->value = a[0];
        p->ms = 0;
        p->resolved = 0;
        if (nargs == 2)
            CHECK(run, corral_value_get_int(run, a[1], &p->ms));
        CHECK(run, corral_run_resume_pending(run));
    } else if (is_name(name, nlen, "async_fail") && nargs == 2) {
        if (h->npending == MAX_PENDING) {
            fprintf(stderr, "corral_host: too many pending futures\n");
            exit(2);
        }
        Pending *p = &h->pending[h->npending++];
        memset(p, 0, sizeof *p);
        p->id = id;
        p->failing = 1;
        const char *t, *m;
        size_t tl, ml;
        CHECK(run, corral_value_get_str(run, a[0], &t, &tl));
        snprintf(p->type_name, sizeof p->type_name, "%.*s", (int)(tl < 60 ? tl : 60), t);
        CHECK(run, corral_value_get_str(run, a[1], &m, &ml));
        snprintf(p->message, sizeof p->message, "%.*s", (int)(ml < 250 ? ml : 250), m);
        CHECK(run, corral_run_resume_pending(run));
    } else {
        char msg[160];
        snprintf(msg, sizeof msg, "the test host has no function %s() with %zu arguments", tname, nargs);
        CHECK(run, corral_run_resume_exception(run, "RuntimeError", 12, msg, strlen(msg)));
    }
}

/* Resolve every awaited future: the ones with a delay by increasing ms,
 * the others newest first (out of creation order on purpose). */
static void resolve_futures(Host *h)
{
    corral_run *run = h->run;
    uint64_t ids;
    size_t n;
    CHECK(run, corral_run_futures(run, &ids));
    CHECK(run, corral_value_len(run, ids, &n));
    for (;;) {
        int best = -1;
        for (int i = 0; i < h->npending; i++) {
            Pending *p = &h->pending[i];
            if (p->resolved)
                continue;
            if (best < 0 || (p->ms < h->pending[best].ms) || (p->ms == h->pending[best].ms && i > best))
                best = i;
        }
        if (best < 0)
            break;
        Pending *p = &h->pending[best];
        p->resolved = 1;
        if (p->failing)
            CHECK(run, corral_run_resolve_exception(run, p->id, p->type_name, strlen(p->type_name),
                                                    p->message, strlen(p->message)));
        else
            CHECK(run, corral_run_resolve_value(run, p->id, p->value));
    }
}

int main(int argc, char **argv)
{
    const char *path = NULL;
    const char *env = getenv("CORRAL_SNAPSHOT_EVERY_PAUSE");
    int round_trip = env && *env && strcmp(env, "0") != 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--snapshot-every-pause") == 0)
            round_trip = 1;
        if (argv[i][0] == '-' && strcmp(argv[i], "--snapshot-every-pause") != 0) {
            fprintf(stderr, "usage: corral_host FILE.py\n");
            return 2;
        }
        if (argv[i][0] != '-')
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: corral_host FILE.py\n");
        return 2;
    }
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        fprintf(stderr, "corral_host: can't open file '%s'\n", path);
        return 2;
    }
    char inputs_spec[4096] = "", names[4096] = "", externals[1024] = "", limits_spec[1024] = "";
    if (directive(src, "inputs", inputs_spec, sizeof inputs_spec))
        input_names(inputs_spec, names, sizeof names);
    directive(src, "external", externals, sizeof externals);
    directive(src, "limit", limits_spec, sizeof limits_spec);

    corral_program *prog;
    corral_error *err = NULL;
    int st = corral_program_compile(&prog, src, len, path, strlen(path), names, strlen(names), externals,
                                    strlen(externals), &err);
    free(src);
    if (st == CORRAL_E_SYNTAX) {
        const char *text;
        size_t tl;
        if (corral_error_text(err, &text, &tl) == CORRAL_OK)
            fwrite(text, 1, tl, stderr);
        corral_error_free(err);
        return 1;
    }
    corral_error_free(err);
    if (st != CORRAL_OK)
        die_status(NULL, st, "corral_program_compile");
    corral_limits lim;
    corral_limits_init(&lim);
    apply_limits(&lim, limits_spec);
    Host h;
    memset(&h, 0, sizeof h);
    CHECK(NULL, corral_run_new(&h.run, prog, &lim));
    corral_program_free(prog);
    set_inputs(h.run, inputs_spec);
    if (round_trip)
        snapshot_round_trip(&h, &lim);
    int status = 0;
    for (;;) {
        int outcome;
        CHECK(h.run, corral_run_step(h.run, &outcome));
        drain_output(h.run);
        if (round_trip && (outcome == CORRAL_PAUSED_CALL || outcome == CORRAL_PAUSED_FUTURES))
            snapshot_round_trip(&h, &lim);
        if (outcome == CORRAL_COMPLETE)
            break;
        if (outcome == CORRAL_PAUSED_CALL) {
            answer_call(&h);
        } else if (outcome == CORRAL_PAUSED_FUTURES) {
            resolve_futures(&h);
        } else if (outcome == CORRAL_PAUSED_PRINT) {
            continue;
        } else if (outcome == CORRAL_ERROR) {
            const char *tb;
            size_t tbl;
            fflush(stdout);
            const char *et;
            size_t etl;
            CHECK(h.run, corral_run_error_type(h.run, &et, &etl));
            if (etl == 10 && memcmp(et, "SystemExit", 10) == 0) {
                /* like the CLI: exit quietly with the code (or print a non-int message) */
                const char *m;
                size_t ml;
                CHECK(h.run, corral_run_error_message(h.run, &m, &ml));
                char buf[64];
                snprintf(buf, sizeof buf, "%.*s", (int)(ml < 60 ? ml : 60), m);
                char *endp;
                long code = strtol(buf, &endp, 10);
                if (ml == 0 || (ml == 4 && memcmp(m, "None", 4) == 0))
                    status = 0;
                else if (*endp == 0 && endp != buf)
                    status = (int)(code & 0xff);
                else {
                    fwrite(m, 1, ml, stderr);
                    fputc('\n', stderr);
                    status = 1;
                }
                break;
            }
            CHECK(h.run, corral_run_error_traceback(h.run, &tb, &tbl));
            fwrite(tb, 1, tbl, stderr);
            status = 1;
            break;
        } else if (outcome == CORRAL_LIMIT) {
            int kind;
            CHECK(h.run, corral_run_limit_kind(h.run, &kind));
            static const char *const kinds[] = {"?", "memory", "allocations", "time", "fuel", "recursion", "interrupt"};
            fflush(stdout);
            fprintf(stderr, "corral: limit exceeded: %s\n", kind >= 1 && kind <= 6 ? kinds[kind] : "?");
            status = 3;
            break;
        }
    }
    fflush(stdout);
    corral_run_free(h.run);
    return status;
}
