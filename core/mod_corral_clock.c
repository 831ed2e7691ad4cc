/* _corral_clock: the run's monotonic clock, read only through the host's
 * clock hook (vm->opt.clock), the same source the time limit uses.  There is
 * no wall clock: a host that wants time.time() must provide one later.
 */
#define _POSIX_C_SOURCE 200809L
#include <time.h>
#include "modules.h"

/* Mirrors vm_now() in vm.c (static there): without a hook the run uses the
 * process's monotonic clock, exactly as the time limit does. */
static uint64_t run_monotonic_ns(Vm *vm)
{
    if (vm->opt.clock)
        return vm->opt.clock(vm->opt.clock_user);
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static Value clock_monotonic_ns(Vm *vm, Value *args, int nargs, Value kwnames)
{
    (void)args;
    if (nargs || (kwnames && TUPLE_LEN(kwnames)))
        return vm_raise(vm, &t_TypeError, "monotonic_ns() takes no arguments (%d given)", nargs);
    return int_from_i64(vm, (int64_t)run_monotonic_ns(vm));
}

/* A sleep costs run time, not fuel: it waits on the run's clock in short
 * naps, and stops the run the way the interpreter loop would if the run's
 * time limit passes or the host asks for an interrupt meanwhile.  A host
 * whose clock hook never advances makes sleep() wait for an interrupt. */
static Value clock_sleep_ns(Vm *vm, Value *args, int nargs, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames))
        return vm_raise(vm, &t_TypeError, "sleep_ns() takes no keyword arguments");
    if (nargs != 1)
        return vm_raise(vm, &t_TypeError, "sleep_ns() takes exactly one argument (%d given)", nargs);
    int64_t ns;
    if (obj_index(vm, args[0], &ns) < 0)
        return VAL_NULL;
    uint64_t start = run_monotonic_ns(vm);
    for (;;) {
        uint64_t now = run_monotonic_ns(vm);
        if (ns <= 0 || now - start >= (uint64_t)ns)
            return VAL_NONE;
        if (vm->interrupt_requested || vm->limit_kind != LIMIT_NONE)
            return vm_tick(vm) < 0 ? VAL_NULL : VAL_NONE;
        if (vm->opt.max_time_ns && now - vm->start_time_ns > vm->opt.max_time_ns) {
            /* vm_tick reads the clock once every 1024 ticks: tick until it
             * does, so the stop is the interpreter's own time-limit stop. */
            for (int i = 0; i < 1024; i++)
                if (vm_tick(vm) < 0)
                    return VAL_NULL;
        }
        uint64_t nap = (uint64_t)ns - (now - start);
        if (nap > 1000000u)
            nap = 1000000u;
        struct timespec req = {0, (long)nap};
        nanosleep(&req, NULL);
    }
}

static const BuiltinFunc clock_functions[] = {
    BUILTIN_STATIC("monotonic_ns", clock_monotonic_ns),
    BUILTIN_STATIC("sleep_ns", clock_sleep_ns),
};

static Value clock_init(Vm *vm)
{
    Value m = module_new(vm, "_corral_clock");
    if (!m || module_add_functions(vm, m, clock_functions, sizeof clock_functions / sizeof clock_functions[0]) < 0)
        return VAL_NULL;
    return m;
}

const ModuleDef corral_module_corral_clock = {"_corral_clock", clock_init, NULL};
