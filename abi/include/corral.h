/*
 * corral.h -- the C ABI of Corral, a sandboxed Python 3.11 interpreter.
 *
 * This header is the contract: a function that is not declared here is not
 * part of Corral's API.  From ABI version 1 on, a shipped declaration never
 * changes; a changed behaviour gets a new function with a _v2 suffix.
 *
 * Conventions (they hold for every function below unless its comment says
 * otherwise):
 *  - Functions return an int status: CORRAL_OK (0) or a CORRAL_E_* code.
 *    After a failed call on a run, corral_run_message() describes the
 *    problem; corral_status_string() names any status code.
 *  - Out-parameters come first after the handle, and are written only on
 *    success.
 *  - Strings are (pointer, length) pairs of UTF-8; they need no NUL
 *    terminator and may contain NUL bytes where Python allows it.  Strings
 *    returned by Corral are owned by Corral, NUL-terminated for
 *    convenience, and valid until the next call on the same run (unless
 *    said otherwise).
 *  - Handles: corral_program and corral_run are opaque pointers carrying a
 *    type tag; passing NULL, a handle of the other type, or (best effort,
 *    while its memory has not been reused) a freed handle gives
 *    CORRAL_E_HANDLE.  Values are 64-bit tokens (corral_value) that belong
 *    to one run; a token of another run, a freed token or a made-up number
 *    gives CORRAL_E_HANDLE.  0 is never a valid value token.
 *  - _free functions accept NULL (and, for values, 0) and do nothing.
 *  - Option structs begin with their size; initialise them with their
 *    _init function.  A struct of an unknown size gives CORRAL_E_VERSION.
 *  - Threads: a program may be used by any number of threads at once (it is
 *    read-only after compilation).  A run, and the values in it, must be
 *    used by one thread at a time, except corral_run_interrupt(), which
 *    may be called from any thread at any time while the run exists.
 *  - No function calls back into the host: every interaction with the
 *    host (function calls, awaited futures, printed output) is a pause of
 *    corral_run_step() that the host answers before stepping again.
 */
#ifndef CORRAL_H
#define CORRAL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define CORRAL_API __declspec(dllexport)
#elif defined(__GNUC__)
#define CORRAL_API __attribute__((visibility("default")))
#else
#define CORRAL_API
#endif

/* The ABI version this header describes; corral_abi_version() returns the
 * version of the loaded library. */
#define CORRAL_ABI_VERSION 1

/* ------------------------------------------------------------ status codes */

enum {
    CORRAL_OK = 0,
    CORRAL_E_HANDLE = 1,    /* NULL, freed or wrong-type handle; unknown value token */
    CORRAL_E_ARGUMENT = 2,  /* a bad argument (NULL out-pointer, invalid UTF-8, bad name...) */
    CORRAL_E_STATE = 3,     /* the call is not allowed in the run's current state */
    CORRAL_E_SYNTAX = 4,    /* the source does not compile (see the error out-parameter) */
    CORRAL_E_MEMORY = 5,    /* out of memory, or the run's memory limit refused it */
    CORRAL_E_VERSION = 6,   /* an option struct of an unknown size, or bytes of another format version */
    CORRAL_E_SNAPSHOT = 7,  /* snapshot or program bytes that are corrupt or not Corral's */
    CORRAL_E_TYPE = 8,      /* the value is not of the kind the accessor reads */
    CORRAL_E_RANGE = 9,     /* a number or index out of range (e.g. an int that does not fit int64) */
    CORRAL_E_NOT_FOUND = 10 /* a name or call id that the run does not know */
};

/* Static English description of a status code ("ok", "invalid handle", ...). */
CORRAL_API const char *corral_status_string(int status);

/* The library's ABI version (CORRAL_ABI_VERSION of the build). */
CORRAL_API uint32_t corral_abi_version(void);

/* Library version text, e.g. "0.1.0" (static storage). */
CORRAL_API const char *corral_version(void);

/* ---------------------------------------------------------------- programs */

typedef struct corral_program corral_program;

/* Errors of the calls that have no run to carry them (compile, load). */
typedef struct corral_error corral_error;

/* Compile Python source into a program.
 *  - source/source_len: the program text (UTF-8).
 *  - script_name/script_name_len: the file name shown in tracebacks
 *    (NULL: "main.py").
 *  - input_names: names of the inputs the run will provide, separated by
 *    spaces or commas ("x, name"); NULL or empty for none.
 *  - external_names: names of the host functions the program may call, in
 *    the same format.  Calling one pauses the run (CORRAL_PAUSED_CALL).
 *  - error_out (may be NULL): on failure, *error_out receives an error
 *    handle describing it (release it with corral_error_free), or NULL when
 *    even that could not be allocated.  On success *error_out is set to NULL.
 * On success *out receives a program to release with corral_program_free().
 * Errors: CORRAL_E_ARGUMENT (out NULL, a NULL string with a length, names
 * that are not identifiers), CORRAL_E_SYNTAX (the error's type is
 * "SyntaxError", "IndentationError" or "TabError", as CPython), CORRAL_E_MEMORY. */
CORRAL_API int corral_program_compile(corral_program **out, const char *source, size_t source_len,
                                      const char *script_name, size_t script_name_len,
                                      const char *input_names, size_t input_names_len,
                                      const char *external_names, size_t external_names_len,
                                      corral_error **error_out);

/* The error's exception type name ("SyntaxError"; "ValueError" for bad
 * arguments), its message (CPython's SyntaxError msg, e.g. "'(' was never
 * closed"), and the whole report exactly as CPython would print it (for a
 * SyntaxError: the File/line block, the source line, a caret line and the
 * message).  Strings are owned by the error and live until
 * corral_error_free().  Errors: CORRAL_E_HANDLE, CORRAL_E_ARGUMENT. */
CORRAL_API int corral_error_type(const corral_error *error, const char **text_out, size_t *len_out);
CORRAL_API int corral_error_message(const corral_error *error, const char **text_out, size_t *len_out);
CORRAL_API int corral_error_text(const corral_error *error, const char **text_out, size_t *len_out);
/* 1-based line and column of a syntax error (0 when not applicable). */
CORRAL_API int corral_error_line(const corral_error *error, int *line_out);
CORRAL_API int corral_error_column(const corral_error *error, int *column_out);
/* Release an error.  NULL is a no-op. */
CORRAL_API void corral_error_free(corral_error *error);

/* Release a program.  Runs started from it stay valid (they hold their own
 * reference).  NULL is a no-op. */
CORRAL_API void corral_program_free(corral_program *program);

/* ------------------------------------------------------------------ limits */

/* Limits of one run.  0 means "no limit" for every field. */
typedef struct corral_limits {
    uint32_t struct_size;        /* sizeof(corral_limits), set by corral_limits_init */
    uint32_t max_recursion;      /* frames; 0 = CPython's default 1000 */
    uint64_t max_memory_bytes;   /* bytes of heap the run may hold */
    uint64_t max_allocations;    /* number of allocations */
    uint64_t max_time_ns;        /* wall time of the run's steps, on the monotonic clock */
    uint64_t max_fuel;           /* deterministic instruction budget */
    uint32_t pause_on_print;     /* non-zero: each print() ends the step with CORRAL_PAUSED_PRINT */
    uint32_t reserved;           /* must be 0 */
} corral_limits;

/* Fill *limits with "no limits" and the right struct_size. */
CORRAL_API void corral_limits_init(corral_limits *limits);

/* ---------------------------------------------------------------- runs */

typedef struct corral_run corral_run;

/* Outcomes of corral_run_step(). */
enum {
    CORRAL_COMPLETE = 1,        /* finished: corral_run_result() */
    CORRAL_PAUSED_CALL = 2,     /* called a host function: corral_run_call_*(), then resume */
    CORRAL_PAUSED_FUTURES = 3,  /* awaiting host futures: corral_run_futures(), resolve, step */
    CORRAL_ERROR = 4,           /* a Python exception escaped: corral_run_error_*() */
    CORRAL_LIMIT = 5,           /* a limit stopped the run: corral_run_limit_kind() */
    CORRAL_PAUSED_PRINT = 6     /* pause_on_print: output is ready to drain; step again */
};

/* Limit kinds reported by corral_run_limit_kind(). */
enum {
    CORRAL_LIMIT_MEMORY = 1,
    CORRAL_LIMIT_ALLOCATIONS = 2,
    CORRAL_LIMIT_TIME = 3,
    CORRAL_LIMIT_FUEL = 4,
    CORRAL_LIMIT_RECURSION = 5,
    CORRAL_LIMIT_INTERRUPT = 6
};

/* Create a run of 'program' (not started).  'limits' may be NULL (no
 * limits).  Set its inputs with corral_run_set_input(), then step it.
 * Errors: CORRAL_E_HANDLE, CORRAL_E_VERSION (limits->struct_size unknown),
 * CORRAL_E_ARGUMENT (reserved field not 0), CORRAL_E_MEMORY. */
CORRAL_API int corral_run_new(corral_run **out, corral_program *program, const corral_limits *limits);

/* Release a run and every value in it.  NULL is a no-op.  Never call it
 * concurrently with another call on the same run. */
CORRAL_API void corral_run_free(corral_run *run);

/* Description of the last failed call on this run (static empty string if
 * none); valid until the next call on the run. */
CORRAL_API const char *corral_run_message(corral_run *run);

/* Bind input 'name' (declared at compile time) to a value of this run;
 * only before the first step.  Errors: CORRAL_E_STATE (already started),
 * CORRAL_E_NOT_FOUND (not a declared input), CORRAL_E_HANDLE. */
CORRAL_API int corral_run_set_input(corral_run *run, const char *name, size_t name_len, uint64_t value);

/* Run until the next outcome (one of CORRAL_COMPLETE ... ) written to
 * *outcome.  Allowed when the run is new, after a resume, after
 * PAUSED_FUTURES (once at least one future was resolved, or again to get
 * the same outcome), and after PAUSED_PRINT.  Errors: CORRAL_E_STATE when a
 * host call is waiting for an answer or the run has ended. */
CORRAL_API int corral_run_step(corral_run *run, int *outcome);

/* The current state: 0 = not started, otherwise the last outcome. */
CORRAL_API int corral_run_state(corral_run *run, int *state);

/* After CORRAL_COMPLETE: the value of the program's last expression
 * statement (or None). */
CORRAL_API int corral_run_result(corral_run *run, uint64_t *value_out);

/* After CORRAL_PAUSED_CALL: the called function's name (valid until the next
 * call on the run), its positional arguments as a tuple value and keyword
 * arguments as a dict value, and the call id (unique within the run). */
CORRAL_API int corral_run_call_name(corral_run *run, const char **name_out, size_t *len_out);
CORRAL_API int corral_run_call_args(corral_run *run, uint64_t *args_tuple_out, uint64_t *kwargs_dict_out);
CORRAL_API int corral_run_call_id(corral_run *run, uint64_t *call_id_out);

/* Answer the pending host call: with a value (returned to the program),
 * with an exception raised at the call site (type_name must name a builtin
 * exception class such as "ValueError"; unknown names raise RuntimeError),
 * or as pending: the program receives a future it can await, to be
 * resolved later with corral_run_resolve_*().  Errors: CORRAL_E_STATE if
 * no call is pending. */
CORRAL_API int corral_run_resume_value(corral_run *run, uint64_t value);
CORRAL_API int corral_run_resume_exception(corral_run *run, const char *type_name, size_t type_len,
                                           const char *message, size_t message_len);
CORRAL_API int corral_run_resume_pending(corral_run *run);

/* After CORRAL_PAUSED_FUTURES: the ids of the futures the program waits
 * for, as a list value of ints. */
CORRAL_API int corral_run_futures(corral_run *run, uint64_t *ids_list_out);

/* Resolve a pending future (any order, any time before it is awaited or
 * while paused on it).  Errors: CORRAL_E_NOT_FOUND (unknown or already
 * resolved id). */
CORRAL_API int corral_run_resolve_value(corral_run *run, uint64_t call_id, uint64_t value);
CORRAL_API int corral_run_resolve_exception(corral_run *run, uint64_t call_id, const char *type_name,
                                            size_t type_len, const char *message, size_t message_len);

/* Printed output accumulated since the last drain.  The pointer is valid
 * until the next call on the run; corral_run_output_clear() empties it. */
CORRAL_API int corral_run_output(corral_run *run, const char **data_out, size_t *len_out);
CORRAL_API int corral_run_output_clear(corral_run *run);

/* After CORRAL_ERROR: the exception's type name (e.g. "ValueError"), its
 * message (str(exc)), and the whole traceback text exactly as CPython
 * prints it; each valid until the next call on the run. */
CORRAL_API int corral_run_error_type(corral_run *run, const char **type_out, size_t *len_out);
CORRAL_API int corral_run_error_message(corral_run *run, const char **message_out, size_t *len_out);
CORRAL_API int corral_run_error_traceback(corral_run *run, const char **text_out, size_t *len_out);
/* Line of the innermost traceback entry (0 if unknown). */
CORRAL_API int corral_run_error_line(corral_run *run, int *line_out);

/* After CORRAL_LIMIT: which limit (CORRAL_LIMIT_*). */
CORRAL_API int corral_run_limit_kind(corral_run *run, int *kind_out);

/* Ask the run to stop at the next safe point (it ends with CORRAL_LIMIT,
 * kind CORRAL_LIMIT_INTERRUPT).  The one function that may be called from
 * another thread while the run is stepping. */
CORRAL_API int corral_run_interrupt(corral_run *run);

/* Memory currently held by the run's heap, in bytes. */
CORRAL_API int corral_run_memory(corral_run *run, uint64_t *bytes_out);

/* ---------------------------------------------------------------- values */

/* Value kinds */
enum {
    CORRAL_NONE = 1, CORRAL_BOOL, CORRAL_INT, CORRAL_FLOAT, CORRAL_STR, CORRAL_BYTES, CORRAL_LIST,
    CORRAL_TUPLE, CORRAL_DICT, CORRAL_SET, CORRAL_FROZENSET, CORRAL_OTHER
};

/* Constructors: each writes a new value token owned by 'run' to *out.
 * Strings must be valid UTF-8 (else CORRAL_E_ARGUMENT).  int_text parses a
 * decimal integer of any size ("-123"); CORRAL_E_ARGUMENT if malformed. */
CORRAL_API int corral_value_none(corral_run *run, uint64_t *out);
CORRAL_API int corral_value_bool(corral_run *run, uint64_t *out, int b);
CORRAL_API int corral_value_int(corral_run *run, uint64_t *out, int64_t i);
CORRAL_API int corral_value_int_text(corral_run *run, uint64_t *out, const char *text, size_t len);
CORRAL_API int corral_value_float(corral_run *run, uint64_t *out, double d);
CORRAL_API int corral_value_str(corral_run *run, uint64_t *out, const char *s, size_t len);
CORRAL_API int corral_value_bytes(corral_run *run, uint64_t *out, const uint8_t *data, size_t len);
/* Empty containers; fill them with corral_value_append / corral_value_dict_set. */
CORRAL_API int corral_value_list(corral_run *run, uint64_t *out);
CORRAL_API int corral_value_tuple(corral_run *run, uint64_t *out);
CORRAL_API int corral_value_dict(corral_run *run, uint64_t *out);
CORRAL_API int corral_value_set(corral_run *run, uint64_t *out);
CORRAL_API int corral_value_frozenset(corral_run *run, uint64_t *out);
/* Append 'item' to a list, tuple, set or frozenset that was created by the
 * host and has not been passed to the program yet (tuples and frozensets
 * are immutable once the program may see them).  CORRAL_E_TYPE for an
 * unhashable set element or a non-container. */
CORRAL_API int corral_value_append(corral_run *run, uint64_t container, uint64_t item);
CORRAL_API int corral_value_dict_set(corral_run *run, uint64_t dict, uint64_t key, uint64_t value);

/* Accessors. */
CORRAL_API int corral_value_kind(corral_run *run, uint64_t value, int *kind_out);
CORRAL_API int corral_value_get_bool(corral_run *run, uint64_t value, int *out);
/* CORRAL_E_RANGE if the int does not fit; use corral_value_get_int_text then. */
CORRAL_API int corral_value_get_int(corral_run *run, uint64_t value, int64_t *out);
CORRAL_API int corral_value_get_int_text(corral_run *run, uint64_t value, const char **text_out, size_t *len_out);
CORRAL_API int corral_value_get_float(corral_run *run, uint64_t value, double *out);
CORRAL_API int corral_value_get_str(corral_run *run, uint64_t value, const char **s_out, size_t *len_out);
CORRAL_API int corral_value_get_bytes(corral_run *run, uint64_t value, const uint8_t **data_out, size_t *len_out);
/* Number of items of a list, tuple, dict, set or frozenset. */
CORRAL_API int corral_value_len(corral_run *run, uint64_t value, size_t *len_out);
/* Item i of a list, tuple, set or frozenset (sets in iteration order), as a new token. */
CORRAL_API int corral_value_item(corral_run *run, uint64_t value, size_t index, uint64_t *item_out);
/* Entry i of a dict in insertion order, as new tokens. */
CORRAL_API int corral_value_dict_item(corral_run *run, uint64_t dict, size_t index, uint64_t *key_out,
                                      uint64_t *value_out);
/* repr() of any value (valid until the next call on the run). */
CORRAL_API int corral_value_repr(corral_run *run, uint64_t value, const char **text_out, size_t *len_out);
/* Release a value token (the object lives on while the program uses it). */
CORRAL_API void corral_value_free(corral_run *run, uint64_t value);

/* -------------------------------------------------------------- snapshots */

/* Serialise a run paused at a host call (CORRAL_PAUSED_CALL or
 * CORRAL_PAUSED_FUTURES), not yet started, or stopped by a limit (for
 * diagnosis: such a snapshot loads as a run still in CORRAL_LIMIT) into bytes.  *bytes_out is
 * allocated by Corral; release it with corral_bytes_free().  Errors:
 * CORRAL_E_STATE (running, completed, failed), CORRAL_E_MEMORY. */
CORRAL_API int corral_run_dump(corral_run *run, uint8_t **bytes_out, size_t *len_out);

/* Recreate a run from corral_run_dump() bytes, in any process.  The bytes
 * are treated as hostile: any corruption gives CORRAL_E_SNAPSHOT (or
 * CORRAL_E_VERSION for another format version) and nothing else.
 * 'limits' applies to the loaded run (NULL: none).  error_out (may be NULL)
 * receives a description of what is wrong with the bytes, as for
 * corral_program_compile. */
CORRAL_API int corral_run_load(corral_run **out, const uint8_t *bytes, size_t len, const corral_limits *limits,
                               corral_error **error_out);

/* Release bytes returned by Corral.  NULL is a no-op. */
CORRAL_API void corral_bytes_free(uint8_t *bytes);

#ifdef __cplusplus
}
#endif

#endif /* CORRAL_H */
