/* Bytecode disassembler for debugging and compiler tests. */
#include <stdio.h>
#include <string.h>

#include "compile_internal.h"
#include "opcodes.h"

/* Own copy of the names so the disassembler works without vm.c. */
static const char *const disasm_opnames[OP__COUNT] = {
#define OPCODE_NAME(name, hasarg, pops, pushes) #name,
    CORRAL_OPCODES(OPCODE_NAME)
#undef OPCODE_NAME
};

static const unsigned char disasm_hasarg[OP__COUNT] = {
#define OPCODE_HASARG(name, hasarg, pops, pushes) hasarg,
    CORRAL_OPCODES(OPCODE_HASARG)
#undef OPCODE_HASARG
};

static const char *const binop_names[] = {
    "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
};
static const char *const cmp_names[] = { "<", "<=", "==", "!=", ">", ">=" };
static const char *const unary_names[] = { "-", "+", "not", "~" };

static void print_str(FILE *out, Value s) {
    if (!s || !IS_STR(s)) { fputs("?", out); return; }
    fwrite(STR_DATA(s), 1, STR_LEN(s), out);
}

static void print_value(FILE *out, Value v, int depth) {
    if (!v) { fputs("<NULL>", out); return; }
    if (IS_SMALLINT(v)) { fprintf(out, "%lld", (long long)SMALLINT_VALUE(v)); return; }
    if (v == VAL_NONE) { fputs("None", out); return; }
    if (v == VAL_TRUE) { fputs("True", out); return; }
    if (v == VAL_FALSE) { fputs("False", out); return; }
    if (v == VAL_ELLIPSIS) { fputs("Ellipsis", out); return; }
    const TypeObj *t = AS_OBJ(v)->type;
    if (t == &t_str) {
        fputc('\'', out);
        size_t n = STR_LEN(v);
        for (size_t i = 0; i < n && i < 60; i++) {
            unsigned char ch = (unsigned char)STR_DATA(v)[i];
            if (ch == '\n') fputs("\\n", out);
            else if (ch == '\'') fputs("\\'", out);
            else if (ch == '\\') fputs("\\\\", out);
            else if (ch < 0x20) fprintf(out, "\\x%02x", ch);
            else fputc(ch, out);
        }
        if (n > 60) fputs("...", out);
        fputc('\'', out);
        return;
    }
    if (t == &t_float) { fprintf(out, "%.17g", FLOAT_VALUE(v)); return; }
    if (t == &t_complex) { fprintf(out, "%.17gj", ((ComplexObj *)AS_OBJ(v))->imag); return; }
    if (t == &t_tuple) {
        fputc('(', out);
        size_t n = TUPLE_LEN(v);
        for (size_t i = 0; i < n; i++) {
            if (i) fputs(", ", out);
            if (depth < 4) print_value(out, TUPLE_ITEMS(v)[i], depth + 1);
            else fputs("...", out);
        }
        if (n == 1) fputc(',', out);
        fputc(')', out);
        return;
    }
    if (t == &t_code) {
        fputs("<code ", out);
        print_str(out, ((CodeObj *)AS_OBJ(v))->qualname);
        fputc('>', out);
        return;
    }
    if (t == &t_bytes) { fprintf(out, "<bytes len=%zu>", AS_BYTES(v)->len); return; }
    fprintf(out, "<%s>", t->name ? t->name : "object");
}

static Value deref_name(CodeObj *co, uint32_t arg) {
    if (arg < co->ncellvars) return co->cellvars[arg];
    if (arg - co->ncellvars < co->nfreevars) return co->freevars[arg - co->ncellvars];
    return VAL_NULL;
}

static bool is_jump(unsigned o) {
    return o == OP_JUMP || o == OP_POP_JUMP_IF_FALSE || o == OP_POP_JUMP_IF_TRUE || o == OP_POP_JUMP_IF_NONE ||
           o == OP_POP_JUMP_IF_NOT_NONE || o == OP_JUMP_IF_FALSE_OR_POP || o == OP_JUMP_IF_TRUE_OR_POP ||
           o == OP_FOR_ITER || o == OP_SETUP_TRY || o == OP_SEND;
}

static void print_flags(FILE *out, uint32_t f) {
    static const char *const names[] = { "VARARGS", "VARKEYWORDS", "GENERATOR", "COROUTINE", "NEWLOCALS",
                                         "MODULE", "CLASS_BODY", "COMPREHENSION", "ASYNC_GENERATOR" };
    bool first = true;
    for (int i = 0; i < 9; i++) {
        if (f & (1u << i)) {
            fprintf(out, "%s%s", first ? "" : "|", names[i]);
            first = false;
        }
    }
    if (first) fputs("0", out);
}

static void print_names(FILE *out, const char *label, Value *v, uint32_t n) {
    if (!n) return;
    fprintf(out, "  %s:", label);
    for (uint32_t i = 0; i < n; i++) {
        fputc(' ', out);
        print_str(out, v[i]);
    }
    fputc('\n', out);
}

void code_disassemble(CodeObj *co, FILE *out) {
    if (!co) return;
    fputs("Disassembly of <code ", out);
    print_str(out, co->qualname);
    fprintf(out, "> (line %u)\n", co->firstlineno);
    fprintf(out, "  argcount=%u posonly=%u kwonly=%u nlocals=%u stacksize=%u maxblocks=%u flags=",
            co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals, co->stacksize, co->maxblocks);
    print_flags(out, co->flags);
    fputc('\n', out);
    print_names(out, "varnames", co->varnames, co->nlocals);
    print_names(out, "cellvars", co->cellvars, co->ncellvars);
    print_names(out, "freevars", co->freevars, co->nfreevars);

    /* jump targets (marked with >>) for the first TARGET_BITS instructions */
    enum { TARGET_BITS = 1 << 16 };
    uint8_t targets[TARGET_BITS / 8];
    memset(targets, 0, sizeof targets);
    for (uint32_t j = 0; j < co->ncode; j++) {
        unsigned o = INSTR_OP(co->code[j]);
        uint32_t t = INSTR_ARG(co->code[j]);
        if (is_jump(o) && t < TARGET_BITS) targets[t / 8] |= (uint8_t)(1u << (t % 8));
    }
    uint32_t li = 0;
    for (uint32_t pc = 0; pc < co->ncode; pc++) {
        uint32_t w = co->code[pc];
        unsigned op = INSTR_OP(w);
        uint32_t arg = INSTR_ARG(w);
        bool target = pc < TARGET_BITS && (targets[pc / 8] & (1u << (pc % 8)));
        if (li < co->nlines && co->lines[li].pc == pc) {
            fprintf(out, "%5u ", co->lines[li].line);
            li++;
        } else {
            fputs("      ", out);
        }
        fprintf(out, "%s %4u %-22s", target ? ">>" : "  ", pc, op < OP__COUNT ? disasm_opnames[op] : "???");
        if (op < OP__COUNT && disasm_hasarg[op]) {
            fprintf(out, " %u", arg);
            switch (op) {
            case OP_LOAD_CONST:
                fputs(" (", out);
                if (arg < co->nconsts) print_value(out, co->consts[arg], 0);
                fputc(')', out);
                break;
            case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
                fputs(" (", out);
                if (arg < co->nlocals) print_str(out, co->varnames[arg]);
                fputc(')', out);
                break;
            case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME:
            case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_STORE_ATTR: case OP_DELETE_ATTR:
            case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
                fputs(" (", out);
                if (arg < co->nnames) print_str(out, co->names[arg]);
                fputc(')', out);
                break;
            case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLASSDEREF:
            case OP_LOAD_CLOSURE:
                fputs(" (", out);
                print_str(out, deref_name(co, arg));
                fputc(')', out);
                break;
            case OP_BINARY_OP:
                if ((arg & 15) < BINOP__COUNT)
                    fprintf(out, " (%s%s)", binop_names[arg & 15], (arg & BINOP_INPLACE) ? "=" : "");
                break;
            case OP_COMPARE_OP:
                if (arg < 6) fprintf(out, " (%s)", cmp_names[arg]);
                break;
            case OP_UNARY_OP:
                if (arg < 4) fprintf(out, " (%s)", unary_names[arg]);
                break;
            default:
                if (is_jump(op)) fprintf(out, " (to %u)", arg);
                break;
            }
        }
        fputc('\n', out);
    }
    for (uint32_t i = 0; i < co->nconsts; i++) {
        Value v = co->consts[i];
        if (IS_OBJ(v) && AS_OBJ(v)->type == &t_code) {
            fputc('\n', out);
            code_disassemble((CodeObj *)AS_OBJ(v), out);
        }
    }
}
