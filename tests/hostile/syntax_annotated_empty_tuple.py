# hostile: expect error=SyntaxError
# fuzz_compile finding: an annotated empty tuple (parse.c expr_stmt reads elts.items[0] of an empty tuple)
(): int = 1
