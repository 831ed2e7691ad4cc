/* Corral's importable modules.
 *
 * Two kinds share one registry (generated at build time by
 * tools/gen_modules.py):
 *   - C modules: a file core/mod_<name>.c defining
 *       const ModuleDef corral_module_<name> = { "dotted.name", init_function, NULL };
 *     whose init builds and returns a new module object;
 *   - Python modules: stdlib/<name>.py (dots as '__' in file names: collections__abc.py),
 *     embedded as source and compiled on first import in each run.
 * Nothing in a module reaches a file, the environment, a clock or entropy
 * except through the run's host hooks.
 */
#ifndef CORRAL_MODULES_H
#define CORRAL_MODULES_H

#include "vm.h"

typedef Value (*ModuleInitFn)(Vm *vm);

typedef struct ModuleDef {
    const char *name;          /* import name, e.g. "math" or "collections.abc" */
    ModuleInitFn init;         /* C modules: returns a new module; NULL for Python modules */
    const char *source;        /* Python modules: the module's source text */
} ModuleDef;

/* The generated registry: every module Corral can import. */
extern const ModuleDef *const corral_module_registry[];
extern const size_t corral_module_registry_len;

/* Helpers for C modules. */
int module_add(Vm *vm, Value module, const char *name, Value value);
/* Adds every entry of a static BuiltinFunc table (use BUILTIN_STATIC entries). */
int module_add_functions(Vm *vm, Value module, const BuiltinFunc *table, size_t n);
Value module_dict(Value module);

#endif
