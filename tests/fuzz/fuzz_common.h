/* Shared pieces of the libFuzzer targets: drive a run to its end through
 * the public ABI, answering every host call with None and resolving every
 * awaited future with None. */
#ifndef CORRAL_FUZZ_COMMON_H
#define CORRAL_FUZZ_COMMON_H

#include "corral.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Host names the run target declares, so programs can pause the run. */
#define FUZZ_EXTERNALS "ext, echo, fetch"

static inline void fuzz_limits(corral_limits *lim)
{
    corral_limits_init(lim);
    lim->max_fuel = 20000;
    lim->max_memory_bytes = 16u << 20;
    /* fuel must stop everything; the time limit only keeps a fuel bug from
     * hanging the fuzzer (libFuzzer's -timeout reports it as a slow unit) */
    lim->max_time_ns = 2000000000ull;
    lim->max_recursion = 200;
}

/* Reading every accessor of the outcome exercises the formatting paths. */
static inline void fuzz_read_outcome(corral_run *run, int outcome)
{
    const char *text;
    size_t len;
    uint64_t value;
    int n;
    switch (outcome) {
    case CORRAL_COMPLETE:
        if (corral_run_result(run, &value) == CORRAL_OK) {
            (void)corral_value_repr(run, value, &text, &len);
            corral_value_free(run, value);
        }
        break;
    case CORRAL_ERROR:
        (void)corral_run_error_type(run, &text, &len);
        (void)corral_run_error_message(run, &text, &len);
        (void)corral_run_error_traceback(run, &text, &len);
        (void)corral_run_error_line(run, &n);
        break;
    case CORRAL_LIMIT:
        (void)corral_run_limit_kind(run, &n);
        break;
    }
}

/* Step until the run ends (or 200 pauses); returns the last outcome. */
static inline int fuzz_drive(corral_run *run)
{
    int outcome = 0;
    for (int pauses = 0; pauses < 200; pauses++) {
        if (corral_run_step(run, &outcome) != CORRAL_OK)
            return 0;
        const char *out;
        size_t out_len;
        (void)corral_run_output(run, &out, &out_len);
        (void)corral_run_output_clear(run);
        if (outcome == CORRAL_PAUSED_CALL) {
            const char *name;
            size_t name_len;
            uint64_t args, kwargs, none, id;
            (void)corral_run_call_name(run, &name, &name_len);
            (void)corral_run_call_id(run, &id);
            if (corral_run_call_args(run, &args, &kwargs) == CORRAL_OK) {
                (void)corral_value_repr(run, args, &out, &out_len);
                corral_value_free(run, args);
                corral_value_free(run, kwargs);
            }
            /* every third call answers "pending" so futures get awaited */
            if (id % 3 == 2) {
                if (corral_run_resume_pending(run) != CORRAL_OK)
                    return outcome;
            } else {
                if (corral_value_none(run, &none) != CORRAL_OK)
                    return outcome;
                if (corral_run_resume_value(run, none) != CORRAL_OK)
                    return outcome;
                corral_value_free(run, none);
            }
        } else if (outcome == CORRAL_PAUSED_FUTURES) {
            uint64_t ids, item, none;
            size_t n = 0;
            if (corral_run_futures(run, &ids) != CORRAL_OK || corral_value_len(run, ids, &n) != CORRAL_OK)
                return outcome;
            for (size_t i = 0; i < n; i++) {
                int64_t id;
                if (corral_value_item(run, ids, i, &item) != CORRAL_OK)
                    continue;
                if (corral_value_get_int(run, item, &id) == CORRAL_OK && corral_value_none(run, &none) == CORRAL_OK) {
                    if (id % 2)
                        (void)corral_run_resolve_exception(run, (uint64_t)id, "ValueError", 10, "fuzz", 4);
                    else
                        (void)corral_run_resolve_value(run, (uint64_t)id, none);
                    corral_value_free(run, none);
                }
                corral_value_free(run, item);
            }
            corral_value_free(run, ids);
        } else if (outcome != CORRAL_PAUSED_PRINT) {
            fuzz_read_outcome(run, outcome);
            return outcome;
        }
    }
    return outcome;
}

#endif
