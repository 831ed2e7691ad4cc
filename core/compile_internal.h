/* Compiler internals shared by compile.c, disasm.c and tools/tests. */
#ifndef CORRAL_COMPILE_INTERNAL_H
#define CORRAL_COMPILE_INTERNAL_H

#include <stdio.h>

#include "symtable.h"

typedef struct CompileOptions {
    bool allow_top_level_await;   /* 'await' at module level (host async runs) */
} CompileOptions;

/* compile_module() with options (NULL = defaults). */
CodeObj *compile_module_ex(Vm *vm, Node *module, const char *filename, Value source,
                           const CompileOptions *opt, SyntaxErrorInfo *err);

/* Print a readable listing of 'code' and, recursively, of every code
 * object among its constants. */
void code_disassemble(CodeObj *code, FILE *out);

/* Stack effect of one instruction; 'jump' selects the branch-taken edge of
 * branching opcodes. */
int compile_stack_effect(int op, uint32_t arg, int jump);

#endif
