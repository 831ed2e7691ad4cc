"""The standard test host, in Python, for CPython as the oracle of *host cases*.

    python3 -c "import corral_oracle_host; corral_oracle_host.main()" name.py

(run by caselib with cwd = the case's folder and PYTHONPATH = this folder). It runs the
case the way tests/host/corral_host.c runs it through the C ABI, so that CPython's output
is what Corral must print:

- `# corral: inputs x=3 name="ada"` -> globals of the case (Corral's inputs are globals);
- `# corral: external echo add ...` -> those host functions, as builtins of the case;
  a declared name the host does not know (or a wrong argument count) raises the same
  RuntimeError as the C host;
- host futures (`async_echo`, `async_sleep_echo`, `async_fail`) are asyncio futures that a
  custom event loop resolves only when nothing else can run, all at once, in the C host's
  order (ms ascending, then newest first);
- top-level `await` is allowed (PyCF_ALLOW_TOP_LEVEL_AWAIT); such a module runs as a task;
- `# corral: limit recursion=N` -> the same frame budget as Corral (N frames counting the
  module's); other limits are ignored (a case must stay within them, or be `expect-limit`);
- the sandbox (see conformance/README.md): the builtins Corral does not define are absent
  (open, eval, exec, __import__, compile, input, ...), modules that reach the host (os,
  subprocess, socket, ctypes, gc, builtins, ...) do not import, and
  the introspection attributes Corral lacks (__globals__, __code__, __subclasses__, ...)
  raise AttributeError.

Tracebacks contain only the case's own frames: the host functions are native in Corral.
"""
import ast
import asyncio
import builtins
import linecache
import sys
import traceback

# Modules that reach the host (process, files, network, interpreter internals): Corral will
# never have them, so importing them from a case fails. Other imports go through the shim of
# sitecustomize.py, which blocks its own list too.
HOST_MODULES = frozenset({
    "os", "posix", "nt", "subprocess", "socket", "ssl", "shutil", "ctypes", "pathlib",
    "signal", "threading", "_thread", "multiprocessing", "importlib", "select", "pty",
    "fcntl", "resource", "mmap", "gc", "builtins", "marshal", "pickle", "inspect",
    "tempfile", "glob", "sysconfig", "urllib", "http",
})

# CPython builtins that Corral does not define.
MISSING_BUILTINS = frozenset({
    "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BytesWarning",
    "ChildProcessError", "ConnectionAbortedError", "ConnectionRefusedError",
    "ConnectionResetError", "EncodingWarning", "EnvironmentError", "ExceptionGroup",
    "FileExistsError", "FutureWarning", "IOError", "ImportWarning", "InterruptedError",
    "IsADirectoryError", "NotADirectoryError", "PendingDeprecationWarning",
    "ProcessLookupError", "ResourceWarning", "SyntaxWarning", "UnicodeTranslateError",
    "UnicodeWarning", "__import__", "__loader__", "__package__", "__spec__", "aiter",
    "anext", "breakpoint", "compile", "copyright", "credits", "eval", "exec", "exit",
    "help", "input", "license", "memoryview", "open", "quit",
})

# Introspection attributes that would reach the interpreter's internals.
BLOCKED_ATTRIBUTES = frozenset({
    "__subclasses__", "__globals__", "__code__", "__closure__", "__builtins__",
    "gi_frame", "gi_code", "cr_frame", "cr_code", "ag_frame", "ag_code",
    "tb_frame", "f_back", "f_globals", "f_locals", "f_builtins", "f_code",
})

STANDARD_FUNCTIONS = ("echo", "add", "record", "fail", "counter", "async_echo",
                      "async_sleep_echo", "async_fail")

_HELPER_NAME = "__corral_oracle_getattr__"


class HostError(Exception):
    pass


# --- directives (same syntax as corral_host.c) ------------------------------------------

def read_directives(source):
    found = {}
    for line in source.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        marker = stripped.find("corral:")
        if marker < 0:
            continue
        rest = stripped[marker + len("corral:"):].strip()
        word, _, argument = rest.partition(" ")
        found.setdefault(word, argument.strip())
    return found


def parse_literal(text):
    if text.startswith('"'):
        end = text.rfind('"')
        return text[1:end] if end > 0 else text[1:]
    if text in ("True", "False"):
        return text == "True"
    if text == "None":
        return None
    if any(c in text for c in ".eE") and not any(c in text for c in "xX"):
        return float(text)
    return int(text, 0) if text[:2].lower() in ("0x", "0o", "0b") else int(text)


def parse_inputs(spec):
    inputs = {}
    position = 0
    while position < len(spec):
        while position < len(spec) and spec[position] == " ":
            position += 1
        equals = spec.find("=", position)
        if equals < 0:
            break
        name = spec[position:equals]
        value_start = equals + 1
        if spec[value_start:value_start + 1] == '"':
            close = spec.find('"', value_start + 1)
            end = close + 1 if close >= 0 else len(spec)
        else:
            end = spec.find(" ", value_start)
            end = len(spec) if end < 0 else end
        inputs[name] = parse_literal(spec[value_start:end])
        position = end
    return inputs


def parse_limits(spec):
    limits = {}
    for token in spec.split():
        key, _, value = token.partition("=")
        if value:
            limits[key] = int(value)
    return limits


# --- the host functions -----------------------------------------------------------------

class Host:
    def __init__(self, sandbox_builtins):
        self.count = 0
        self.pending = []          # [creation index, ms, future, value or exception]
        self.sandbox_builtins = sandbox_builtins

    def exception(self, type_name, message):
        cls = self.sandbox_builtins.visible_get(type_name)
        if not (isinstance(cls, type) and issubclass(cls, BaseException)):
            cls = RuntimeError
        return cls(message)

    def no_function(self, name, nargs):
        return RuntimeError("the test host has no function %s() with %d arguments" % (name, nargs))

    def function(self, name):
        host = self

        def call(*args, **kwargs):
            return host.call(name, args, kwargs)
        call.__name__ = name
        return call

    def call(self, name, args, kwargs):
        nargs = len(args)
        if name == "echo" and nargs == 1:
            return args[0]
        if name == "add" and nargs == 2:
            return host_add(*args)
        if name == "record":
            return [list(args), dict(kwargs)]
        if name == "fail" and nargs == 2:
            raise self.exception(args[0], args[1])
        if name == "counter" and nargs == 0:
            self.count += 1
            return self.count
        if (name == "async_echo" and nargs == 1) or (name == "async_sleep_echo" and nargs == 2):
            return self.future(args[1] if nargs == 2 else 0, args[0])
        if name == "async_fail" and nargs == 2:
            return self.future(0, self.exception(args[0], args[1]))
        raise self.no_function(name, nargs)

    def future(self, ms, outcome):
        future = asyncio.get_running_loop().create_future()
        self.pending.append([len(self.pending), ms, future, outcome])
        return future

    def resolve_all(self):
        """What corral_host.c does when the run waits: ms ascending, then newest first."""
        waiting = [p for p in self.pending if p[2] is not None]
        for entry in sorted(waiting, key=lambda p: (p[1], -p[0])):
            future, outcome = entry[2], entry[3]
            entry[2] = None
            if future.done():
                continue
            if isinstance(outcome, BaseException):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)
        return bool(waiting)


def host_add(a, b):
    def is_int(v):
        return type(v) is int

    int64 = range(-2 ** 63, 2 ** 63)
    if is_int(a) and is_int(b):
        if a in int64 and b in int64 and a + b in int64:
            return a + b
    elif type(a) in (int, float) and type(b) in (int, float):
        return float(a) + float(b)
    elif type(a) is str and type(b) is str:
        return a + b
    raise TypeError("add() supports int, float and str of the same kind")


class HostLoop(asyncio.SelectorEventLoop):
    """Resolves the host's futures only when no task can run, like the C host."""

    host = None

    def _run_once(self):
        if not self._ready and self.host is not None:
            self.host.resolve_all()
        super()._run_once()


# --- the sandbox --------------------------------------------------------------------------

class SandboxBuiltins(dict):
    """The case's builtins. `__import__` stays in the dict, where the import statement
    looks it up directly, but name lookups and listings (NameError suggestions) miss it."""

    hidden = frozenset({"__import__"})

    def __getitem__(self, key):
        if key in self.hidden:
            raise KeyError(key)
        return dict.__getitem__(self, key)

    def __iter__(self):
        return iter([k for k in dict.keys(self) if k not in self.hidden])

    def keys(self):
        return [k for k in dict.keys(self) if k not in self.hidden]

    def __contains__(self, key):
        return key not in self.hidden and dict.__contains__(self, key)

    def visible_get(self, key):
        return None if key in self.hidden else dict.get(self, key)


def blocked_attribute_error(obj, name):
    if isinstance(obj, type):
        return AttributeError("type object '%s' has no attribute '%s'" % (obj.__name__, name))
    return AttributeError("'%s' object has no attribute '%s'" % (type(obj).__name__, name))


_MISSING = object()


def sandbox_getattr(obj, name, default=_MISSING):
    if isinstance(name, str) and name in BLOCKED_ATTRIBUTES and hasattr(obj, name):
        if default is not _MISSING:
            return default
        raise blocked_attribute_error(obj, name)
    if default is _MISSING:
        return getattr(obj, name)
    return getattr(obj, name, default)


def sandbox_hasattr(obj, name):
    if isinstance(name, str) and name in BLOCKED_ATTRIBUTES:
        return False
    return hasattr(obj, name)


def sandbox_import(name, globals=None, locals=None, fromlist=(), level=0):
    top = name.split(".")[0]
    if level == 0 and top in HOST_MODULES:
        raise ModuleNotFoundError("No module named %r" % top, name=top)
    return builtins.__import__(name, globals, locals, fromlist, level)


class BlockAttributes(ast.NodeTransformer):
    """`x.__globals__` -> `__corral_oracle_getattr__(x, '__globals__')` (same line)."""

    def visit_Attribute(self, node):
        self.generic_visit(node)
        if isinstance(node.ctx, ast.Load) and node.attr in BLOCKED_ATTRIBUTES:
            call = ast.Call(func=ast.Name(id=_HELPER_NAME, ctx=ast.Load()),
                            args=[node.value, ast.Constant(value=node.attr)], keywords=[])
            return ast.copy_location(call, node)
        return node


def make_builtins(externals, host_holder):
    table = SandboxBuiltins()
    for key, value in vars(builtins).items():
        if key not in MISSING_BUILTINS:
            dict.__setitem__(table, key, value)
    dict.__setitem__(table, "__import__", sandbox_import)
    dict.__setitem__(table, "getattr", sandbox_getattr)
    dict.__setitem__(table, "hasattr", sandbox_hasattr)
    dict.__setitem__(table, _HELPER_NAME, sandbox_getattr)
    host = Host(table)
    host_holder.append(host)
    for name in externals:
        dict.__setitem__(table, name, host.function(name))
    return table


# --- running the case ---------------------------------------------------------------------

def frame_depth():
    depth = 0
    frame = sys._getframe(1)
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


def only_case_frames(exc, case_file, seen):
    if exc is None or id(exc) in seen:
        return
    seen.add(id(exc))
    kept = []
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == case_file:
            kept.append(tb)
        tb = tb.tb_next
    for current, following in zip(kept, kept[1:] + [None]):
        current.tb_next = following
    exc.__traceback__ = kept[0] if kept else None
    only_case_frames(exc.__cause__, case_file, seen)
    only_case_frames(exc.__context__, case_file, seen)


def main():
    case_file = sys.argv[1]
    sys.argv = [case_file]
    with open(case_file, encoding="utf-8") as f:
        source = f.read()
    directives = read_directives(source)
    inputs = parse_inputs(directives.get("inputs", ""))
    externals = directives.get("external", "").split()
    limits = parse_limits(directives.get("limit", ""))

    hosts = []
    case_builtins = make_builtins(externals, hosts)
    host = hosts[0]
    case_globals = {"__name__": "__main__", "__doc__": None, "__builtins__": case_builtins}
    case_globals.update(inputs)

    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    try:
        tree = compile(source, case_file, "exec", ast.PyCF_ONLY_AST | flags, dont_inherit=True)
        tree = ast.fix_missing_locations(BlockAttributes().visit(tree))
        code = compile(tree, case_file, "exec", flags, dont_inherit=True)
    except SyntaxError as error:
        sys.stdout.flush()
        traceback.print_exception(SyntaxError, error, None)
        sys.exit(1)
    linecache.checkcache(case_file)

    class Policy(asyncio.DefaultEventLoopPolicy):
        def new_event_loop(self):
            loop = HostLoop()
            loop.host = host
            return loop
    asyncio.set_event_loop_policy(Policy())

    recursion = limits.get("recursion")
    try:
        if code.co_flags & 0x80:  # CO_COROUTINE: the module awaits at top level
            async def run_module():
                if recursion:
                    # measured: the module's coroutine frame costs two levels here
                    sys.setrecursionlimit(recursion + frame_depth() + 2)
                return await eval(code, case_globals)
            asyncio.run(run_module())
        else:
            if recursion:
                # measured: exec() itself costs one level, as the CLI's own frame would
                sys.setrecursionlimit(recursion + frame_depth() + 1)
            exec(code, case_globals)
    except BaseException as exc:  # noqa: B902 - reported like CPython's top level does
        sys.setrecursionlimit(10000)
        only_case_frames(exc, case_file, set())
        sys.stdout.flush()
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
        sys.stderr.flush()
        sys.exit(1)
    sys.stdout.flush()
