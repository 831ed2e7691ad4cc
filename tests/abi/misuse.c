/* ABI misuse: every exported function with every class of bad argument —
 * NULL handles, wrong-type handles, freed or made-up value tokens, NULL
 * out-pointers, calls in the wrong state, option structs of unknown size —
 * must return its documented status, never crash. */
#include "corral.h"

#include <stdio.h>
#include <string.h>

static int failures;
static int checks;

#define EXPECT(call, want) do { \
        int got_ = (call); checks++; \
        if (got_ != (want)) { failures++; \
            fprintf(stderr, "%s:%d: %s returned %d (%s), expected %d (%s)\n", __FILE__, __LINE__, #call, got_, \
                    corral_status_string(got_), (want), corral_status_string(want)); } \
    } while (0)

static size_t slen(const char *s) { return s ? strlen(s) : 0; }

static int compile_with(corral_program **p, const char *src, size_t src_len, const char *inputs,
                        const char *externals, corral_error **err)
{
    return corral_program_compile(p, src, src_len, "misuse.py", 9, inputs, slen(inputs), externals, slen(externals),
                                  err);
}

static corral_program *compile_ok(const char *src, const char *inputs, const char *externals)
{
    corral_program *p = NULL;
    EXPECT(compile_with(&p, src, strlen(src), inputs, externals, NULL), CORRAL_OK);
    return p;
}

static void null_handles(void)
{
    uint64_t v = 0;
    int i = 0;
    const char *s = NULL;
    size_t n = 0;
    int64_t i64 = 0;
    double d = 0;
    const uint8_t *b = NULL;
    uint8_t *ob = NULL;
    corral_run *r = NULL;
    EXPECT(corral_run_new(&r, NULL, NULL), CORRAL_E_HANDLE);
    EXPECT(corral_run_step(NULL, &i), CORRAL_E_HANDLE);
    EXPECT(corral_run_state(NULL, &i), CORRAL_E_HANDLE);
    EXPECT(corral_run_set_input(NULL, "x", 1, 1), CORRAL_E_HANDLE);
    EXPECT(corral_run_result(NULL, &v), CORRAL_E_HANDLE);
    EXPECT(corral_run_call_name(NULL, &s, &n), CORRAL_E_HANDLE);
    EXPECT(corral_run_call_args(NULL, &v, &v), CORRAL_E_HANDLE);
    EXPECT(corral_run_call_id(NULL, &v), CORRAL_E_HANDLE);
    EXPECT(corral_run_resume_value(NULL, 1), CORRAL_E_HANDLE);
    EXPECT(corral_run_resume_exception(NULL, "ValueError", 10, "m", 1), CORRAL_E_HANDLE);
    EXPECT(corral_run_resume_pending(NULL), CORRAL_E_HANDLE);
    EXPECT(corral_run_futures(NULL, &v), CORRAL_E_HANDLE);
    EXPECT(corral_run_resolve_value(NULL, 1, 1), CORRAL_E_HANDLE);
    EXPECT(corral_run_resolve_exception(NULL, 1, "E", 1, "m", 1), CORRAL_E_HANDLE);
    EXPECT(corral_run_output(NULL, &s, &n), CORRAL_E_HANDLE);
    EXPECT(corral_run_output_clear(NULL), CORRAL_E_HANDLE);
    EXPECT(corral_run_error_type(NULL, &s, &n), CORRAL_E_HANDLE);
    EXPECT(corral_run_error_message(NULL, &s, &n), CORRAL_E_HANDLE);
    EXPECT(corral_run_error_traceback(NULL, &s, &n), CORRAL_E_HANDLE);
    EXPECT(corral_run_error_line(NULL, &i), CORRAL_E_HANDLE);
    EXPECT(corral_run_limit_kind(NULL, &i), CORRAL_E_HANDLE);
    EXPECT(corral_run_interrupt(NULL), CORRAL_E_HANDLE);
    EXPECT(corral_run_memory(NULL, &v), CORRAL_E_HANDLE);
    EXPECT(corral_value_none(NULL, &v), CORRAL_E_HANDLE);
    EXPECT(corral_value_bool(NULL, &v, 1), CORRAL_E_HANDLE);
    EXPECT(corral_value_int(NULL, &v, 1), CORRAL_E_HANDLE);
    EXPECT(corral_value_int_text(NULL, &v, "1", 1), CORRAL_E_HANDLE);
    EXPECT(corral_value_float(NULL, &v, 1.0), CORRAL_E_HANDLE);
    EXPECT(corral_value_str(NULL, &v, "a", 1), CORRAL_E_HANDLE);
    EXPECT(corral_value_bytes(NULL, &v, (const uint8_t *)"a", 1), CORRAL_E_HANDLE);
    EXPECT(corral_value_list(NULL, &v), CORRAL_E_HANDLE);
    EXPECT(corral_value_tuple(NULL, &v), CORRAL_E_HANDLE);
    EXPECT(corral_value_dict(NULL, &v), CORRAL_E_HANDLE);
    EXPECT(corral_value_set(NULL, &v), CORRAL_E_HANDLE);
    EXPECT(corral_value_frozenset(NULL, &v), CORRAL_E_HANDLE);
    EXPECT(corral_value_append(NULL, 1, 1), CORRAL_E_HANDLE);
    EXPECT(corral_value_dict_set(NULL, 1, 1, 1), CORRAL_E_HANDLE);
    EXPECT(corral_value_kind(NULL, 1, &i), CORRAL_E_HANDLE);
    EXPECT(corral_value_get_bool(NULL, 1, &i), CORRAL_E_HANDLE);
    EXPECT(corral_value_get_int(NULL, 1, &i64), CORRAL_E_HANDLE);
    EXPECT(corral_value_get_int_text(NULL, 1, &s, &n), CORRAL_E_HANDLE);
    EXPECT(corral_value_get_float(NULL, 1, &d), CORRAL_E_HANDLE);
    EXPECT(corral_value_get_str(NULL, 1, &s, &n), CORRAL_E_HANDLE);
    EXPECT(corral_value_get_bytes(NULL, 1, &b, &n), CORRAL_E_HANDLE);
    EXPECT(corral_value_len(NULL, 1, &n), CORRAL_E_HANDLE);
    EXPECT(corral_value_item(NULL, 1, 0, &v), CORRAL_E_HANDLE);
    EXPECT(corral_value_dict_item(NULL, 1, 0, &v, &v), CORRAL_E_HANDLE);
    EXPECT(corral_value_repr(NULL, 1, &s, &n), CORRAL_E_HANDLE);
    EXPECT(corral_run_dump(NULL, &ob, &n), CORRAL_E_HANDLE);
    /* the NULL-safe destructors */
    corral_run_free(NULL);
    corral_program_free(NULL);
    corral_value_free(NULL, 0);
    corral_bytes_free(NULL);
    (void)r;
}

static void wrong_type_handles(void)
{
    corral_program *p = compile_ok("1", NULL, NULL);
    corral_run *r = NULL;
    int i;
    /* a program where a run is expected and the reverse */
    EXPECT(corral_run_step((corral_run *)p, &i), CORRAL_E_HANDLE);
    EXPECT(corral_run_new(&r, (corral_program *)"not a program", NULL), CORRAL_E_HANDLE);
    EXPECT(corral_run_new(&r, p, NULL), CORRAL_OK);
    corral_run *r2 = NULL;
    EXPECT(corral_run_new(&r2, (corral_program *)r, NULL), CORRAL_E_HANDLE);
    corral_run_free(r);
    corral_program_free(p);
}

static void bad_arguments(void)
{
    corral_program *p = NULL;
    corral_error *err = NULL;
    const char *text;
    size_t tl;
    int line = -1, col = -1;
    EXPECT(corral_program_compile(NULL, "1", 1, NULL, 0, NULL, 0, NULL, 0, NULL), CORRAL_E_ARGUMENT);
    EXPECT(corral_program_compile(&p, NULL, 5, NULL, 0, NULL, 0, NULL, 0, NULL), CORRAL_E_ARGUMENT);
    EXPECT(corral_program_compile(&p, "1", 1, NULL, 3, NULL, 0, NULL, 0, NULL), CORRAL_E_ARGUMENT);
    EXPECT(compile_with(&p, "1", 1, "not a name!", NULL, &err), CORRAL_E_ARGUMENT);
    EXPECT(corral_error_type(err, &text, &tl), CORRAL_OK);
    corral_error_free(err);
    EXPECT(compile_with(&p, "1", 1, NULL, "9bad", NULL), CORRAL_E_ARGUMENT);
    EXPECT(compile_with(&p, "x = (1,\n", 8, NULL, NULL, &err), CORRAL_E_SYNTAX);
    EXPECT(corral_error_line(err, &line), CORRAL_OK);
    EXPECT(corral_error_column(err, &col), CORRAL_OK);
    EXPECT(corral_error_text(err, &text, &tl), CORRAL_OK);
    if (!strstr(text, "SyntaxError") || line != 1) {
        failures++;
        fprintf(stderr, "syntax error report/location wrong: line %d: %s\n", line, text);
    }
    checks++;
    EXPECT(corral_error_type(err, NULL, &tl), CORRAL_E_ARGUMENT);
    EXPECT(corral_error_line(err, NULL), CORRAL_E_ARGUMENT);
    corral_error_free(err);
    EXPECT(corral_error_type(NULL, &text, &tl), CORRAL_E_HANDLE);
    EXPECT(corral_error_message(NULL, &text, &tl), CORRAL_E_HANDLE);
    EXPECT(corral_error_text(NULL, &text, &tl), CORRAL_E_HANDLE);
    EXPECT(corral_error_line(NULL, &line), CORRAL_E_HANDLE);
    EXPECT(corral_error_column(NULL, &col), CORRAL_E_HANDLE);
    EXPECT(corral_error_type((const corral_error *)"junk", &text, &tl), CORRAL_E_HANDLE);
    corral_error_free(NULL);
    /* binary junk and NUL bytes are syntax errors, not crashes */
    static const char junk[] = "\xff\xfe\x00\x01print(1)\x00";
    EXPECT(compile_with(&p, junk, sizeof junk - 1, NULL, NULL, &err), CORRAL_E_SYNTAX);
    corral_error_free(err);
    /* deep nesting is an error, not a C stack overflow */
    {
        static char deep[200001];
        memset(deep, '(', sizeof deep - 1);
        EXPECT(compile_with(&p, deep, sizeof deep - 1, NULL, NULL, NULL), CORRAL_E_SYNTAX);
    }
    /* snapshot bytes that are not a snapshot */
    corral_run *lr = NULL;
    EXPECT(corral_run_load(&lr, (const uint8_t *)"garbage", 7, NULL, &err), CORRAL_E_SNAPSHOT);
    corral_error_free(err);
    EXPECT(corral_run_load(NULL, (const uint8_t *)"x", 1, NULL, NULL), CORRAL_E_ARGUMENT);

    p = compile_ok("x + 1", "x", "host");
    corral_limits lim;
    corral_limits_init(&lim);
    corral_run *r = NULL;
    lim.struct_size = 12345;
    EXPECT(corral_run_new(&r, p, &lim), CORRAL_E_VERSION);
    corral_limits_init(&lim);
    lim.reserved = 1;
    EXPECT(corral_run_new(&r, p, &lim), CORRAL_E_ARGUMENT);
    EXPECT(corral_run_new(NULL, p, NULL), CORRAL_E_ARGUMENT);
    EXPECT(corral_run_new(&r, p, NULL), CORRAL_OK);

    uint64_t v = 0, w = 0;
    int kind, outcome;
    size_t n;
    const char *s;
    EXPECT(corral_value_int(r, NULL, 1), CORRAL_E_ARGUMENT);
    EXPECT(corral_value_str(r, &v, "\xff", 1), CORRAL_E_ARGUMENT);
    EXPECT(corral_value_str(r, &v, NULL, 3), CORRAL_E_ARGUMENT);
    EXPECT(corral_value_int_text(r, &v, "12a", 3), CORRAL_E_ARGUMENT);
    EXPECT(corral_value_int_text(r, &v, "123456789012345678901234567890", 30), CORRAL_OK);
    EXPECT(corral_value_get_int(r, v, &(int64_t){0}), CORRAL_E_RANGE);
    EXPECT(corral_value_get_str(r, v, &s, &n), CORRAL_E_TYPE);
    EXPECT(corral_value_kind(r, v, &kind), CORRAL_OK);
    /* made-up, foreign-looking and freed tokens */
    EXPECT(corral_value_kind(r, 0, &kind), CORRAL_E_HANDLE);
    EXPECT(corral_value_kind(r, 0xffffffff00000001ull, &kind), CORRAL_E_HANDLE);
    EXPECT(corral_value_kind(r, 999999, &kind), CORRAL_E_HANDLE);
    corral_value_free(r, v);
    EXPECT(corral_value_kind(r, v, &kind), CORRAL_E_HANDLE);
    corral_value_free(r, v); /* double free of a token is harmless */
    /* containers */
    EXPECT(corral_value_list(r, &v), CORRAL_OK);
    EXPECT(corral_value_int(r, &w, 7), CORRAL_OK);
    EXPECT(corral_value_append(r, w, v), CORRAL_E_TYPE);
    EXPECT(corral_value_append(r, v, w), CORRAL_OK);
    EXPECT(corral_value_item(r, v, 5, &w), CORRAL_E_RANGE);
    EXPECT(corral_value_dict_set(r, v, w, w), CORRAL_E_TYPE);
    uint64_t d, set;
    EXPECT(corral_value_dict(r, &d), CORRAL_OK);
    EXPECT(corral_value_dict_set(r, d, v, w), CORRAL_E_TYPE); /* unhashable key: a list */
    EXPECT(corral_value_set(r, &set), CORRAL_OK);
    EXPECT(corral_value_append(r, set, v), CORRAL_E_TYPE);
    /* wrong state */
    EXPECT(corral_run_result(r, &w), CORRAL_E_STATE);
    EXPECT(corral_run_resume_value(r, w), CORRAL_E_STATE);
    EXPECT(corral_run_call_name(r, &s, &n), CORRAL_E_STATE);
    EXPECT(corral_run_error_type(r, &s, &n), CORRAL_E_STATE);
    EXPECT(corral_run_limit_kind(r, &kind), CORRAL_E_STATE);
    EXPECT(corral_run_futures(r, &w), CORRAL_E_STATE);
    EXPECT(corral_run_set_input(r, "y", 1, w), CORRAL_E_NOT_FOUND);
    EXPECT(corral_run_set_input(r, "x", 1, w), CORRAL_OK);
    EXPECT(corral_run_step(r, NULL), CORRAL_E_ARGUMENT);
    EXPECT(corral_run_step(r, &outcome), CORRAL_OK);
    if (outcome != CORRAL_COMPLETE) {
        failures++;
        fprintf(stderr, "x + 1 did not complete: %d\n", outcome);
    }
    EXPECT(corral_run_set_input(r, "x", 1, w), CORRAL_E_STATE);
    EXPECT(corral_run_step(r, &outcome), CORRAL_E_STATE);
    EXPECT(corral_run_result(r, &v), CORRAL_OK);
    int64_t result = 0;
    EXPECT(corral_value_get_int(r, v, &result), CORRAL_OK);
    if (result != 8) {
        failures++;
        fprintf(stderr, "x + 1 gave %lld\n", (long long)result);
    }
    /* a token of another run is refused */
    corral_run *other = NULL;
    EXPECT(corral_run_new(&other, p, NULL), CORRAL_OK);
    EXPECT(corral_value_kind(other, v, &kind), CORRAL_E_HANDLE);
    corral_run_free(other);
    corral_run_free(r);
    corral_program_free(p);
}

static void pause_states(void)
{
    corral_program *p = compile_ok("a = host(1, k=2)\nprint('got', a)\na", NULL, "host");
    corral_run *r = NULL;
    int outcome;
    uint64_t args, kwargs, v;
    const char *s;
    size_t n;
    EXPECT(corral_run_new(&r, p, NULL), CORRAL_OK);
    EXPECT(corral_run_step(r, &outcome), CORRAL_OK);
    if (outcome != CORRAL_PAUSED_CALL) {
        failures++;
        fprintf(stderr, "expected a pause, got %d\n", outcome);
        corral_run_free(r);
        corral_program_free(p);
        return;
    }
    EXPECT(corral_run_call_name(r, &s, &n), CORRAL_OK);
    if (n != 4 || memcmp(s, "host", 4) != 0) {
        failures++;
        fprintf(stderr, "wrong call name\n");
    }
    EXPECT(corral_run_call_args(r, &args, &kwargs), CORRAL_OK);
    EXPECT(corral_value_len(r, args, &n), CORRAL_OK);
    EXPECT(corral_value_len(r, kwargs, &n), CORRAL_OK);
    /* stepping without an answer is refused; answering twice too */
    EXPECT(corral_run_step(r, &outcome), CORRAL_E_STATE);
    EXPECT(corral_value_str(r, &v, "answer", 6), CORRAL_OK);
    EXPECT(corral_run_resume_value(r, v), CORRAL_OK);
    EXPECT(corral_run_resume_value(r, v), CORRAL_E_STATE);
    EXPECT(corral_run_resume_pending(r), CORRAL_E_STATE);
    EXPECT(corral_run_dump(r, NULL, &n), CORRAL_E_ARGUMENT);
    EXPECT(corral_run_step(r, &outcome), CORRAL_OK);
    if (outcome != CORRAL_COMPLETE) {
        failures++;
        fprintf(stderr, "expected completion, got %d\n", outcome);
    }
    EXPECT(corral_run_output(r, &s, &n), CORRAL_OK);
    if (n != 11 || memcmp(s, "got answer\n", 11) != 0) {
        failures++;
        fprintf(stderr, "wrong output '%.*s'\n", (int)n, s);
    }
    EXPECT(corral_run_resolve_value(r, 99, v), CORRAL_E_STATE);
    corral_run_free(r);
    corral_program_free(p);

    /* an unknown future id; an unknown exception type becomes RuntimeError */
    p = compile_ok("try:\n    f()\nexcept RuntimeError as e:\n    print(type(e).__name__, e)\n", NULL, "f");
    EXPECT(corral_run_new(&r, p, NULL), CORRAL_OK);
    EXPECT(corral_run_step(r, &outcome), CORRAL_OK);
    EXPECT(corral_run_resolve_value(r, 12345, v), CORRAL_E_HANDLE);
    EXPECT(corral_run_resume_exception(r, "NoSuchError", 11, "nope", 4), CORRAL_OK);
    EXPECT(corral_run_step(r, &outcome), CORRAL_OK);
    EXPECT(corral_run_output(r, &s, &n), CORRAL_OK);
    if (outcome != CORRAL_COMPLETE || n != 18 || memcmp(s, "RuntimeError nope\n", 18) != 0) {
        failures++;
        fprintf(stderr, "unknown exception type: outcome %d output '%.*s'\n", outcome, (int)n, s);
    }
    corral_run_free(r);
    corral_program_free(p);
}

static void limits(void)
{
    static const struct { const char *src; int kind; uint64_t fuel; } cases[] = {
        {"while True:\n    pass\n", CORRAL_LIMIT_FUEL, 100000},
        {"x = 'a' * 10**10\n", CORRAL_LIMIT_MEMORY, 0},
        {"x = [0] * 10**12\n", CORRAL_LIMIT_MEMORY, 0},
        {"l = []\nwhile True:\n    l.append('x' * 1000)\n", CORRAL_LIMIT_MEMORY, 0},
        {"try:\n    x = 10**10**8\nexcept MemoryError:\n    print('caught')\n", CORRAL_LIMIT_MEMORY, 0},
        {"def f(n):\n    return f(n + 1)\nf(0)\n", CORRAL_LIMIT_FUEL, 500},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        corral_program *p = compile_ok(cases[i].src, NULL, NULL);
        corral_limits lim;
        corral_limits_init(&lim);
        lim.max_fuel = cases[i].fuel;
        lim.max_memory_bytes = 10u << 20;
        corral_run *r = NULL;
        int outcome = 0, kind = 0;
        EXPECT(corral_run_new(&r, p, &lim), CORRAL_OK);
        EXPECT(corral_run_step(r, &outcome), CORRAL_OK);
        if (outcome != CORRAL_LIMIT) {
            failures++;
            fprintf(stderr, "case %zu: expected a limit stop, got outcome %d\n", i, outcome);
        } else {
            EXPECT(corral_run_limit_kind(r, &kind), CORRAL_OK);
            if (kind != cases[i].kind) {
                failures++;
                fprintf(stderr, "case %zu: limit kind %d, expected %d\n", i, kind, cases[i].kind);
            }
        }
        EXPECT(corral_run_step(r, &outcome), CORRAL_E_STATE);
        /* a limit-stopped run can be dumped for diagnosis and loads still stopped */
        uint8_t *bytes = NULL;
        size_t blen = 0;
        EXPECT(corral_run_dump(r, &bytes, &blen), CORRAL_OK);
        corral_run *again = NULL;
        EXPECT(corral_run_load(&again, bytes, blen, NULL, NULL), CORRAL_OK);
        int again_kind = 0;
        EXPECT(corral_run_limit_kind(again, &again_kind), CORRAL_OK);
        if (again_kind != cases[i].kind) {
            failures++;
            fprintf(stderr, "case %zu: reloaded limit kind %d\n", i, again_kind);
        }
        EXPECT(corral_run_step(again, &outcome), CORRAL_E_STATE);
        corral_run_free(again);
        corral_bytes_free(bytes);
        corral_run_free(r);
        corral_program_free(p);
    }
}

int main(void)
{
    null_handles();
    wrong_type_handles();
    bad_arguments();
    pause_states();
    limits();
    printf("%d passed, %d failed\n", checks - failures, failures);
    return failures ? 1 : 0;
}
