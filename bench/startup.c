/*
 * startup.c -- in-process start-up figures for Corral, through the public
 * ABI only (corral.h):
 *   compile_run_ns    compile "1+2", create a run, step it to completion, free both
 *   run_ns            create a run of a pre-compiled "1+2", step it, free it
 *   fresh_run_bytes   corral_run_memory() right after corral_run_new()
 *   host_call_ns      one host-function round trip (pause, resume with a value)
 * Each time is the best of several batches of calibrated size, measured with
 * clock_gettime(CLOCK_MONOTONIC); the best batch is the one least disturbed
 * by other load on the machine.  Output: one "key value" line per figure,
 * which bench/run parses.
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "corral.h"

static const char ONE_PLUS_TWO[] = "1+2";

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void die(const char *what, int status) {
    fprintf(stderr, "startup: %s failed: %s\n", what, corral_status_string(status));
    exit(1);
}

/* One place for the compile call, so a change of its signature touches
 * one line. */
static int compile_program(corral_program **out, const char *source, size_t length,
                           const char *external_names) {
    corral_error *error = NULL;
    int status = corral_program_compile(out, source, length, NULL, 0, NULL, 0, external_names,
                                        external_names ? strlen(external_names) : 0, &error);
    corral_error_free(error);
    return status;
}

static void run_to_completion(corral_program *program) {
    corral_run *run = NULL;
    int outcome = 0;
    int status = corral_run_new(&run, program, NULL);
    if (status != CORRAL_OK) die("corral_run_new", status);
    status = corral_run_step(run, &outcome);
    if (status != CORRAL_OK || outcome != CORRAL_COMPLETE) die("corral_run_step", status);
    corral_run_free(run);
}

static void compile_and_run(void) {
    corral_program *program = NULL;
    int status = compile_program(&program, ONE_PLUS_TWO, sizeof ONE_PLUS_TWO - 1, NULL);
    if (status != CORRAL_OK) die("corral_program_compile", status);
    run_to_completion(program);
    corral_program_free(program);
}

typedef void (*work_fn)(void *context);

static void work_compile_run(void *context) {
    (void)context;
    compile_and_run();
}

static void work_run(void *context) { run_to_completion((corral_program *)context); }

/* Answers every pause of a program that calls the host function f in a loop. */
static void work_host_calls(void *context) {
    corral_run *run = NULL;
    int outcome = 0;
    int status = corral_run_new(&run, (corral_program *)context, NULL);
    if (status != CORRAL_OK) die("corral_run_new", status);
    for (;;) {
        status = corral_run_step(run, &outcome);
        if (status != CORRAL_OK) die("corral_run_step", status);
        if (outcome == CORRAL_COMPLETE) break;
        if (outcome != CORRAL_PAUSED_CALL) {
            const char *message = "";
            size_t length = 0;
            corral_run_error_message(run, &message, &length);
            fprintf(stderr, "startup: host-call loop ended with outcome %d: %.*s\n", outcome,
                    (int)length, message);
            exit(1);
        }
        uint64_t answer = 0;
        status = corral_value_int(run, &answer, 7);
        if (status != CORRAL_OK) die("corral_value_int", status);
        status = corral_run_resume_value(run, answer);
        if (status != CORRAL_OK) die("corral_run_resume_value", status);
    }
    corral_run_free(run);
}

/* Best per-iteration time over 'batches' batches sized to take ~20 ms each. */
static double best_ns_per_iteration(work_fn work, void *context, double scale, int batches) {
    long iterations = 1;
    for (;;) {
        double start = now_ns();
        for (long i = 0; i < iterations; i++) work(context);
        double elapsed = now_ns() - start;
        if (elapsed > 20e6 * scale || iterations > (1L << 30)) break;
        iterations *= 2;
    }
    double best = -1;
    for (int b = 0; b < batches; b++) {
        double start = now_ns();
        for (long i = 0; i < iterations; i++) work(context);
        double per = (now_ns() - start) / (double)iterations;
        if (best < 0 || per < best) best = per;
    }
    return best;
}

int main(int argc, char **argv) {
    double scale = 1.0; /* --quick: shorter batches for the CI smoke test */
    int batches = 7;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--quick") == 0) {
            scale = 0.05;
            batches = 2;
        }
    }

    corral_program *one_plus_two = NULL;
    int status = compile_program(&one_plus_two, ONE_PLUS_TWO, sizeof ONE_PLUS_TWO - 1, NULL);
    if (status != CORRAL_OK) die("corral_program_compile", status);

    static const char HOST_LOOP[] = "for i in range(1000):\n    f(i)\n";
    enum { HOST_CALLS_PER_RUN = 1000 };
    corral_program *host_loop = NULL;
    status = compile_program(&host_loop, HOST_LOOP, sizeof HOST_LOOP - 1, "f");
    if (status != CORRAL_OK) die("corral_program_compile (host loop)", status);

    corral_run *fresh = NULL;
    status = corral_run_new(&fresh, one_plus_two, NULL);
    if (status != CORRAL_OK) die("corral_run_new", status);
    uint64_t fresh_bytes = 0;
    status = corral_run_memory(fresh, &fresh_bytes);
    if (status != CORRAL_OK) die("corral_run_memory", status);
    int outcome = 0;
    corral_run_step(fresh, &outcome);
    uint64_t after_step_bytes = 0;
    corral_run_memory(fresh, &after_step_bytes);
    corral_run_free(fresh);

    /* Figures are printed as soon as they are known, so that a failure in a
     * later one still leaves the earlier ones for bench/run. */
    printf("fresh_run_bytes %llu\n", (unsigned long long)fresh_bytes);
    printf("after_step_bytes %llu\n", (unsigned long long)after_step_bytes);
    fflush(stdout);
    printf("compile_run_ns %.1f\n", best_ns_per_iteration(work_compile_run, NULL, scale, batches));
    fflush(stdout);
    printf("run_ns %.1f\n", best_ns_per_iteration(work_run, one_plus_two, scale, batches));
    fflush(stdout);
    printf("host_call_ns %.1f\n",
           best_ns_per_iteration(work_host_calls, host_loop, scale, batches) / HOST_CALLS_PER_RUN);

    corral_program_free(host_loop);
    corral_program_free(one_plus_two);
    return 0;
}
