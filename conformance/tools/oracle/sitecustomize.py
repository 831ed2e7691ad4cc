"""Loaded by CPython (via PYTHONPATH) only when the conformance tools run a case.

Corral programs have no host access: `import os` and friends raise
ModuleNotFoundError there. So that CPython, the oracle, produces the same outcome,
imports of those modules made by the case itself (the `__main__` module) fail here too.
The frames this shim adds are dropped from printed tracebacks, so they read exactly as
if the import statement itself had failed, as in CPython for a missing module.

Since 3.9 CPython makes the main script's path absolute, so its tracebacks would name
the checkout's location; the hook prints the file name as given on the command line
(`python3 name.py` -> `File "name.py"`), which is what Corral prints and what keeps the
committed expectations independent of where the repository lives.
"""
import builtins
import io
import os
import sys

BLOCKED_MODULES = frozenset({
    "os", "subprocess", "socket", "shutil", "ctypes", "pathlib", "signal",
    "threading", "multiprocessing", "importlib", "posix", "select", "pty",
})

_original_import = builtins.__import__
_SHIM_FILE = __file__


def _sandboxed_import(name, globals=None, locals=None, fromlist=(), level=0):
    importer = (globals or {}).get("__name__")
    if importer == "__main__" and level == 0 and name.split(".")[0] in BLOCKED_MODULES:
        raise ModuleNotFoundError("No module named %r" % name.split(".")[0],
                                  name=name.split(".")[0])
    return _original_import(name, globals, locals, fromlist, level)


def _strip_shim_frames(exc, seen):
    if exc is None or id(exc) in seen:
        return
    seen.add(id(exc))
    kept = []
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename != _SHIM_FILE:
            kept.append(tb)
        tb = tb.tb_next
    for current, following in zip(kept, kept[1:] + [None]):
        current.tb_next = following
    exc.__traceback__ = kept[0] if kept else None
    _strip_shim_frames(exc.__cause__, seen)
    _strip_shim_frames(exc.__context__, seen)


def _excepthook(exc_type, exc, tb):
    if exc is not None:
        exc.__traceback__ = tb
        _strip_shim_frames(exc, set())
        tb = exc.__traceback__
    real_stderr = sys.stderr
    captured = io.StringIO()
    sys.stderr = captured
    try:
        sys.__excepthook__(exc_type, exc, tb)
    finally:
        sys.stderr = real_stderr
    text = captured.getvalue()
    script = sys.argv[0] if sys.argv else ""
    if script:
        text = text.replace('File "%s"' % os.path.abspath(script), 'File "%s"' % script)
    real_stderr.write(text)
    real_stderr.flush()


builtins.__import__ = _sandboxed_import
sys.excepthook = _excepthook
