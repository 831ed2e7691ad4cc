import builtins
