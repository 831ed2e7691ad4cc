/* corral: run a Python file (or -c CODE) in the Corral interpreter, the way
 * `python3 FILE.py` would: same stdout, CPython-style traceback on stderr,
 * exit status 1 on an uncaught exception. */
#include "vm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef CORRAL_VERSION
#define CORRAL_VERSION "0.0.0"
#endif

void code_disassemble(CodeObj *code, FILE *out);

static void write_stdout(void *user, const char *s, size_t len)
{
    (void)user;
    fwrite(s, 1, len, stdout);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        fclose(f);
        return NULL;
    }
    for (;;) {
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0)
            break;
        n += r;
    }
    fclose(f);
    *len = n;
    return buf;
}

static void usage(void)
{
    fprintf(stderr,
            "usage: corral [options] FILE.py | corral [options] -c CODE | corral --version\n"
            "options:\n"
            "  --max-memory BYTES       stop the run when its heap would exceed BYTES\n"
            "  --max-allocations N      stop after N allocations\n"
            "  --max-time-ms MS         stop after MS milliseconds of run time\n"
            "  --max-fuel N             stop after N units of fuel (instructions at jumps and calls)\n"
            "  --max-recursion N        recursion limit (frames; default 1000)\n"
            "  --dis                    print the bytecode instead of running\n"
            "A limit stop prints 'corral: limit exceeded: <kind>' and exits with status 3.\n");
}

static int parse_count(const char *text, uint64_t *out)
{
    char *end;
    unsigned long long v = strtoull(text, &end, 10);
    if (!*text || *end || text[0] == '-')
        return -1;
    *out = v;
    return 0;
}

/* SystemExit: exit quietly with its code, like CPython. */
static int system_exit_status(Vm *vm, Value exc)
{
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    Value code = IS_TUPLE(e->args) && TUPLE_LEN(e->args) ? TUPLE_ITEMS(e->args)[0] : VAL_NONE;
    if (code == VAL_NONE)
        return 0;
    int64_t n;
    if (is_intlike(code) && int_to_i64(code, &n))
        return (int)(n & 0xff);
    Value s = obj_str(vm, code);
    if (s) {
        fwrite(STR_DATA(s), 1, STR_LEN(s), stderr);
        fputc('\n', stderr);
    }
    return 1;
}

int main(int argc, char **argv)
{
    const char *path = NULL, *code_arg = NULL;
    int dis = 0;
    VmOptions opt;
    memset(&opt, 0, sizeof opt);
    for (int i = 1; i < argc; i++) {
        static const char *const limit_flags[] = {"--max-memory", "--max-allocations", "--max-time-ms", "--max-fuel",
                                                  "--max-recursion"};
        int which = -1;
        for (int k = 0; k < 5; k++)
            if (strcmp(argv[i], limit_flags[k]) == 0)
                which = k;
        if (which >= 0) {
            uint64_t n;
            if (i + 1 >= argc || parse_count(argv[i + 1], &n) < 0) {
                fprintf(stderr, "corral: %s needs a non-negative integer\n", argv[i]);
                return 2;
            }
            i++;
            switch (which) {
            case 0: opt.max_memory = (size_t)n; break;
            case 1: opt.max_allocations = n; break;
            case 2: opt.max_time_ns = n * 1000000ull; break;
            case 3: opt.max_fuel = n; break;
            default:
                if (n == 0 || n > 1000000) {
                    fprintf(stderr, "corral: --max-recursion must be between 1 and 1000000\n");
                    return 2;
                }
                opt.max_recursion = (uint32_t)n;
                break;
            }
            continue;
        }
        if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
            printf("Corral %s (Python 3.11 subset)\n", CORRAL_VERSION);
            return 0;
        } else if (strcmp(argv[i], "-c") == 0 && i + 1 < argc) {
            code_arg = argv[++i];
            break;
        } else if (strcmp(argv[i], "--dis") == 0) {
            dis = 1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            usage();
            return 2;
        } else {
            path = argv[i];
            break;
        }
    }
    char *src;
    size_t len;
    const char *filename;
    if (code_arg) {
        len = strlen(code_arg);
        src = malloc(len + 1);
        if (!src)
            return 1;
        memcpy(src, code_arg, len + 1);
        filename = "<string>";
    } else if (path) {
        src = read_file(path, &len);
        if (!src) {
            fprintf(stderr, "corral: can't open file '%s': [Errno 2] No such file or directory\n", path);
            return 2;
        }
        filename = path;
    } else {
        usage();
        return 2;
    }
    opt.write = write_stdout;
    /* limits apply to the program, not to setting up the interpreter */
    size_t max_memory = opt.max_memory;
    uint64_t max_allocations = opt.max_allocations;
    opt.max_memory = 0;
    opt.max_allocations = 0;
    Vm *vm = vm_new(&opt);
    if (!vm) {
        fprintf(stderr, "corral: out of memory\n");
        free(src);
        return 1;
    }
    if (max_memory)
        vm->opt.max_memory = max_memory + vm->bytes_in_use;
    if (max_allocations)
        vm->opt.max_allocations = max_allocations + vm->allocations;
    int status = 0;
    SyntaxErrorInfo err;
    CodeObj *code = vm_compile(vm, src, len, filename, &err);
    free(src);
    if (code && dis) {
        code_disassemble(code, stdout);
        vm_free(vm);
        return 0;
    }
    if (code) {
        Value result;
        VmStatus st = vm_run_module(vm, code, &result);
        if (st == VM_LIMIT || (st == VM_ERROR && vm->limit_kind != LIMIT_NONE)) {
            static const char *const kinds[] = {"none", "memory", "allocations", "time", "fuel", "recursion",
                                                "interrupt"};
            fflush(stdout);
            fprintf(stderr, "corral: limit exceeded: %s\n", kinds[vm->limit_kind]);
            status = 3;
        } else if (st != VM_RETURN) {
            status = 1;
        }
    } else {
        status = 1;
    }
    if (status && vm->exc && vm->limit_kind == LIMIT_NONE) {
        Value exc = vm->exc;
        fflush(stdout);
        if (type_is_subtype(TYPE_OF(exc), &t_SystemExit)) {
            status = system_exit_status(vm, exc);
        } else {
            Value text = vm_format_exception(vm, exc);
            if (text)
                fwrite(STR_DATA(text), 1, STR_LEN(text), stderr);
            else
                fprintf(stderr, "corral: could not format the exception (out of memory)\n");
        }
    }
    fflush(stdout);
    vm_free(vm);
    return status;
}
