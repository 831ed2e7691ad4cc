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
    fprintf(stderr, "usage: corral [--dis] FILE.py | -c CODE | --version\n");
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
    for (int i = 1; i < argc; i++) {
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
    VmOptions opt;
    memset(&opt, 0, sizeof opt);
    opt.write = write_stdout;
    Vm *vm = vm_new(&opt);
    if (!vm) {
        fprintf(stderr, "corral: out of memory\n");
        free(src);
        return 1;
    }
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
        if (st == VM_LIMIT) {
            fflush(stdout);
            fprintf(stderr, "corral: run stopped by a limit\n");
            status = 1;
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
