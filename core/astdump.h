/* Test helper beside ast_dump (ast.h): the same dump with positions, like
 * CPython's ast.dump(node, include_attributes=True).  malloc'd result. */
#ifndef CORRAL_ASTDUMP_H
#define CORRAL_ASTDUMP_H

#include "ast.h"

char *ast_dump_ex(const Node *node, int include_attributes);

#endif
