/* Corral bytecode: one X-macro list generates the enum, the names, the
 * verifier's stack effects and the dispatch table.
 *
 * An instruction is a uint32_t: opcode in the low 8 bits, argument in the
 * high 24 bits (INSTR_OP / INSTR_ARG).  Jump arguments are absolute
 * instruction indexes.  Stack pictures are written bottom..top.
 *
 * Blocks: SETUP_TRY pushes a TRY block {handler, stack level}.  When an
 * exception unwinds to a TRY block, the VM drops the value stack to the
 * block's level, turns the block into a HANDLER block that remembers the
 * previously handled exception, makes the new exception the handled one
 * (for implicit __context__), pushes the exception and jumps to the
 * handler.  POP_EXCEPT pops the HANDLER block and restores the previously
 * handled exception; an exception unwinding through a HANDLER block does
 * the same restore.  'finally' bodies are compiled inline on every exit
 * path (normal, return/break/continue via the compiler's block stack, and
 * the exception path which ends in RERAISE), so the VM has no other block
 * kinds.
 */
#ifndef CORRAL_OPCODES_H
#define CORRAL_OPCODES_H

#define INSTR_OP(w) ((w) & 0xffu)
#define INSTR_ARG(w) ((w) >> 8)
#define MAKE_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_ARG_MAX 0xffffffu

/* X(name, has_arg, pops, pushes) -- pops/pushes of -1 mean "depends on arg"
 * (see the comment of the opcode and compile_stack_effect()). */
#define CORRAL_OPCODES(X) \
    X(NOP, 0, 0, 0)               /* */ \
    X(POP_TOP, 0, 1, 0)           /* v -> */ \
    X(SWAP, 1, -1, -1)            /* swap TOS with the arg-th item (arg>=2; SWAP 2 = rot two) */ \
    X(COPY, 1, -1, -1)            /* push a copy of the arg-th item (COPY 1 = dup top) */ \
    X(ROT_THREE, 0, 3, 3)         /* a b c -> c a b */ \
    X(LOAD_CONST, 1, 0, 1)        /* -> consts[arg] */ \
    X(LOAD_FAST, 1, 0, 1)         /* -> fast[arg]; UnboundLocalError if unset */ \
    X(STORE_FAST, 1, 1, 0)        /* v -> ; fast[arg] = v */ \
    X(DELETE_FAST, 1, 0, 0)       /* fast[arg] = unset (UnboundLocalError if unset) */ \
    X(LOAD_GLOBAL, 1, 0, 1)       /* -> globals/builtins[names[arg]]; NameError */ \
    X(STORE_GLOBAL, 1, 1, 0)      \
    X(DELETE_GLOBAL, 1, 0, 0)     \
    X(LOAD_NAME, 1, 0, 1)         /* locals dict, then globals, then builtins */ \
    X(STORE_NAME, 1, 1, 0)        /* locals dict */ \
    X(DELETE_NAME, 1, 0, 0)       \
    X(LOAD_DEREF, 1, 0, 1)        /* cell arg (cellvars then freevars) contents */ \
    X(STORE_DEREF, 1, 1, 0)       \
    X(DELETE_DEREF, 1, 0, 0)      \
    X(LOAD_CLASSDEREF, 1, 0, 1)   /* class body: locals dict first (name of cell arg), then the cell */ \
    X(LOAD_CLOSURE, 1, 0, 1)      /* push the cell object arg itself */ \
    X(LOAD_ATTR, 1, 1, 1)         /* obj -> obj.names[arg] */ \
    X(STORE_ATTR, 1, 2, 0)        /* v obj -> ; obj.names[arg] = v */ \
    X(DELETE_ATTR, 1, 1, 0)       /* obj -> */ \
    X(LOAD_METHOD, 1, 1, 2)       /* obj -> meth obj  (unbound function found on the type) \
                                          | attr NULL (anything else) */ \
    X(BINARY_SUBSCR, 0, 2, 1)     /* obj key -> obj[key] */ \
    X(STORE_SUBSCR, 0, 3, 0)      /* v obj key -> ; obj[key] = v */ \
    X(DELETE_SUBSCR, 0, 2, 0)     /* obj key -> */ \
    X(BUILD_SLICE, 1, -1, 1)      /* start stop [step] -> slice (arg 2 or 3) */ \
    X(BINARY_OP, 1, 2, 1)         /* a b -> a op b, op = arg (BINOP_*; +BINOP_INPLACE for augmented) */ \
    X(UNARY_OP, 1, 1, 1)          /* a -> op a (UNARY_*) */ \
    X(COMPARE_OP, 1, 2, 1)        /* a b -> a cmp b (CMP_* from object.h) */ \
    X(IS_OP, 1, 2, 1)             /* a b -> a is b (arg 1: is not) */ \
    X(CONTAINS_OP, 1, 2, 1)       /* a b -> a in b (arg 1: not in) */ \
    X(JUMP, 1, 0, 0)              /* pc = arg (a backward jump is a safe point) */ \
    X(POP_JUMP_IF_FALSE, 1, 1, 0) \
    X(POP_JUMP_IF_TRUE, 1, 1, 0)  \
    X(POP_JUMP_IF_NONE, 1, 1, 0)  \
    X(POP_JUMP_IF_NOT_NONE, 1, 1, 0) \
    X(JUMP_IF_FALSE_OR_POP, 1, 1, -1) /* v -> v (jump if false) | -> (fall through) */ \
    X(JUMP_IF_TRUE_OR_POP, 1, 1, -1)  \
    X(GET_ITER, 0, 1, 1)          /* obj -> iter(obj) */ \
    X(FOR_ITER, 1, 1, -1)         /* iter -> iter next | (exhausted: pop iter, jump arg) */ \
    X(RETURN_VALUE, 0, 1, 0)      /* v -> (return from frame) */ \
    X(BUILD_TUPLE, 1, -1, 1)      /* arg items -> tuple */ \
    X(BUILD_LIST, 1, -1, 1)       \
    X(BUILD_SET, 1, -1, 1)        \
    X(BUILD_MAP, 1, -1, 1)        /* k1 v1 ... kN vN -> dict (arg = N) */ \
    X(BUILD_STRING, 1, -1, 1)     /* arg strs -> concatenation */ \
    X(LIST_APPEND, 1, 1, 0)       /* list(at depth arg after pop) ... v -> ; list.append(v) */ \
    X(SET_ADD, 1, 1, 0)           \
    X(MAP_ADD, 1, 2, 0)           /* dict(at depth arg after pops) ... k v -> */ \
    X(LIST_EXTEND, 1, 1, 0)       /* list(at depth arg after pop) ... iterable -> */ \
    X(SET_UPDATE, 1, 1, 0)        \
    X(DICT_UPDATE, 1, 1, 0)       /* dict ... mapping -> ; TypeError "'int' object is not a mapping" */ \
    X(DICT_MERGE, 1, 1, 0)        /* like DICT_UPDATE for f(**m): duplicate key -> TypeError \
                                     "f() got multiple values for keyword argument 'k'"; the callable is at depth arg+2 */ \
    X(LIST_TO_TUPLE, 0, 1, 1)     \
    X(UNPACK_SEQUENCE, 1, 1, -1)  /* seq -> item[n-1] ... item[0] (item 0 on top) */ \
    X(UNPACK_EX, 1, 1, -1)        /* seq -> (arg&0xff before, starred list, arg>>8 after), first on top */ \
    X(FORMAT_VALUE, 1, -1, 1)     /* v [spec] -> str; arg&3: 0 none,1 str,2 repr,3 ascii; arg&4: spec on stack */ \
    X(CALL, 1, -1, 1)             /* f a1..aN -> f(a1..aN), N = arg */ \
    X(CALL_KW, 1, -1, 1)          /* f a1..aN kwnames -> result; N = arg counts keyword values too */ \
    X(CALL_METHOD, 1, -1, 1)      /* m s a1..aN -> m(s, a1..aN) if s != NULL else m(a1..aN) */ \
    X(CALL_METHOD_KW, 1, -1, 1)   /* m s a1..aN kwnames -> like CALL_METHOD with keywords */ \
    X(CALL_EX, 1, -1, 1)          /* f argstuple [kwargsdict] -> f(*args, **kwargs); arg&1: kwargs present */ \
    X(MAKE_FUNCTION, 1, -1, 1)    /* [defaults tuple if arg&1] [kwdefaults dict if arg&2] \
                                     [annotations dict if arg&4] [closure tuple if arg&8] code -> function */ \
    X(LOAD_BUILD_CLASS, 0, 0, 1)  /* -> __build_class__ */ \
    X(SETUP_TRY, 1, 0, 0)         /* push TRY block {handler = arg, level = current depth} */ \
    X(POP_BLOCK, 0, 0, 0)         /* pop the TRY block */ \
    X(POP_EXCEPT, 0, 0, 0)        /* pop the HANDLER block; restore the handled exception */ \
    X(CHECK_EXC_MATCH, 0, 2, 2)   /* exc type -> exc bool (type may be a tuple) */ \
    X(RERAISE, 0, 1, 0)           /* exc -> ; re-raise exc keeping its traceback */ \
    X(RAISE_VARARGS, 1, -1, 0)    /* arg 0: bare raise; 1: exc; 2: exc cause (raise exc from cause) */ \
    X(LOAD_ASSERTION_ERROR, 0, 0, 1) \
    X(BEFORE_WITH, 0, 1, 2)       /* mgr -> exit enter_result */ \
    X(WITH_EXCEPT, 0, 2, 3)       /* exit exc -> exit exc exit(type(exc), exc, tb) */ \
    X(YIELD_VALUE, 0, 1, 1)       /* v -> sent (suspends the generator frame) */ \
    X(GET_YIELD_FROM_ITER, 0, 1, 1) \
    X(SEND, 1, 2, -1)             /* iter v -> iter yielded | (sub-iterator returned: -> retval, jump arg) */ \
    X(GET_AWAITABLE, 0, 1, 1)     \
    X(IMPORT_NAME, 1, 2, 1)       /* level fromlist -> module names[arg] */ \
    X(IMPORT_FROM, 1, 1, 2)       /* module -> module module.names[arg] (ImportError "cannot import name") */ \
    X(IMPORT_STAR, 0, 1, 0)       /* module -> */ \
    X(SETUP_ANNOTATIONS, 0, 0, 0) \
    X(GET_LEN, 0, 1, 2)           /* obj -> obj len(obj) (match statements) */ \
    X(MATCH_MAPPING, 0, 1, 2)     /* obj -> obj bool */ \
    X(MATCH_SEQUENCE, 0, 1, 2)    /* obj -> obj bool */ \
    X(MATCH_KEYS, 0, 2, 3)        /* obj keys -> obj keys (values tuple | None) */ \
    X(MATCH_CLASS, 1, 3, 1)       /* obj cls names -> (attrs tuple | None); arg = positional count */ \
    X(PRINT_EXPR, 0, 1, 0)        /* reserved (interactive echo) */ \
    X(RETURN_GENERATOR, 0, 0, 0)  /* reserved */ \
    X(COPY_FREE_VARS, 1, 0, 0)    /* reserved */

typedef enum {
#define OPCODE_ENUM(name, hasarg, pops, pushes) OP_##name,
    CORRAL_OPCODES(OPCODE_ENUM)
#undef OPCODE_ENUM
    OP__COUNT
} Opcode;

/* BINARY_OP arguments (order matters: the names table in vm.c follows it). */
enum {
    BINOP_ADD, BINOP_SUB, BINOP_MUL, BINOP_MATMUL, BINOP_TRUEDIV, BINOP_FLOORDIV,
    BINOP_MOD, BINOP_POW, BINOP_LSHIFT, BINOP_RSHIFT, BINOP_AND, BINOP_OR, BINOP_XOR,
    BINOP__COUNT,
    BINOP_INPLACE = 16      /* added to the above for augmented assignment (x += y) */
};

/* UNARY_OP arguments */
enum { UNARY_NEG, UNARY_POS, UNARY_NOT, UNARY_INVERT };

extern const char *const opcode_names[OP__COUNT];

#endif
