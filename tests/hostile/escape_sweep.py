# corral: limit time_ms=5000
# hostile: expect ok
# hostile: forbid ESCAPED
# Every way out of the sandbox we know of, each of which must fail.  Any
# attempt that succeeds prints "ESCAPED <name>" and fails the suite.

def attempt(name, fn):
    try:
        result = fn()
    except BaseException as e:   # noqa: any failure is a block
        print("blocked", name, type(e).__name__)
        return
    print("ESCAPED", name, type(result).__name__)

def __builtins_import(name):
    # the import statement itself, not __import__
    if name == "os":
        import os
        return os
    if name == "gc":
        import gc
        return gc
    if name == "ctypes":
        import ctypes
        return ctypes
    if name == "subprocess":
        import subprocess
        return subprocess
    if name == "builtins":
        import builtins
        return builtins
    if name == "posix":
        import posix
        return posix
    if name == "importlib":
        import importlib
        return importlib
    if name == "os.path":
        import os.path
        return os.path
    if name == "socket":
        import socket
        return socket
    if name == "types":
        import types
        return types
    if name == "inspect":
        import inspect
        return inspect
    if name == "weakref":
        import weakref
        return weakref
    if name == "_thread":
        import _thread
        return _thread
    if name == "marshal":
        import marshal
        return marshal
    if name == "pickle":
        import pickle
        return pickle
    if name == "signal":
        import signal
        return signal
    if name == "threading":
        import threading
        return threading
    # the rest through the import machinery a program could reach by name
    return __import__(name)

# sys, io and asyncio exist as Corral's own safe modules (their contents are
# checked with the other stdlib modules below).
for mod in ["os", "posix", "nt", "gc", "ctypes", "subprocess", "builtins", "importlib", "io",
            "socket", "_thread", "threading", "marshal", "pickle", "inspect", "signal", "resource", "mmap",
            "select", "shutil", "pathlib", "tempfile", "code", "codeop", "runpy", "pty", "fcntl",
            "_posixsubprocess", "multiprocessing", "sysconfig", "site", "platform", "urllib", "http",
            "_io", "_imp", "zipimport", "types", "traceback", "linecache", "_ctypes", "os.path",
            "importlib.util", "concurrent.futures", "weakref", "copyreg", "_weakref"]:
    attempt("import " + mod, lambda: __builtins_import(mod))

for builtin in ["open", "__import__", "eval", "exec", "compile", "input", "breakpoint", "help", "exit",
                "quit", "memoryview", "__loader__", "__spec__", "copyright", "credits", "license"]:
    attempt("builtin " + builtin, lambda: globals()[builtin] if builtin in globals() else eval_name(builtin))

def eval_name(name):
    return {"open": lambda: open, "__import__": lambda: __import__, "eval": lambda: eval,
            "exec": lambda: exec, "compile": lambda: compile, "input": lambda: input,
            "breakpoint": lambda: breakpoint, "help": lambda: help, "exit": lambda: exit,
            "quit": lambda: quit, "memoryview": lambda: memoryview, "__loader__": lambda: __loader__,
            "__spec__": lambda: __spec__.loader, "copyright": lambda: copyright,
            "credits": lambda: credits, "license": lambda: license}[name]()

def func():
    return 1

def gen():
    yield 1

async def coro():
    return 1

def tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__

attempt("object.__subclasses__", lambda: ().__class__.__base__.__subclasses__())
attempt("type.__subclasses__", lambda: type.__subclasses__(object))
attempt("int.__subclasses__", lambda: int.__subclasses__())
attempt("__globals__", lambda: func.__globals__)
attempt("__code__", lambda: func.__code__)
attempt("__closure__", lambda: func.__closure__)
attempt("__builtins__ of function", lambda: func.__builtins__)
attempt("getattr __globals__", lambda: getattr(func, "__glo" + "bals__"))
attempt("object.__getattribute__ __globals__", lambda: object.__getattribute__(func, "__globals__"))
attempt("type.__getattribute__ __subclasses__", lambda: type.__getattribute__(object, "__subclasses__"))
attempt("gi_frame", lambda: gen().gi_frame)
attempt("gi_code", lambda: gen().gi_code)
attempt("cr_frame", lambda: coro().cr_frame)
attempt("tb_frame", lambda: tb().tb_frame)
attempt("f_globals via traceback", lambda: tb().tb_frame.f_globals)
attempt("format attribute walk", lambda: "{0.__class__.__base__.__subclasses__}".format(()) and
        "{0.__globals__}".format(func))
attempt("__reduce_ex__", lambda: (1).__reduce_ex__(2)[0].__globals__)
attempt("__builtins__.open", lambda: __builtins__.open if hasattr(__builtins__, "open") else
        __builtins__["open"])
attempt("__builtins__.__import__", lambda: __builtins__.__import__ if hasattr(__builtins__, "__import__") else
        __builtins__["__import__"])
attempt("vars(func)['__globals__']", lambda: vars(func)["__globals__"])
attempt("func.__dict__ globals", lambda: func.__dict__["__globals__"])
attempt("type(func)(code)", lambda: type(func)(func.__code__, {}))
attempt("sys._getframe", lambda: __import__("sys")._getframe())
attempt("int.x = 1", lambda: setattr(int, "x", 1))
attempt("type.__setattr__(str)", lambda: type.__setattr__(str, "upper", None))
attempt("object.__setattr__(int)", lambda: object.__setattr__(int, "real", None))
attempt("del list.append", lambda: delattr(list, "append"))
def write_int_dict():
    int.__dict__["x"] = 1   # a copy (or a read-only proxy) is fine; int itself must not change
    return int.x
attempt("int.__dict__ write", write_int_dict)
attempt("object.__class__ assignment", lambda: setattr(object(), "__class__", int))
attempt("1 .__class__ assignment", lambda: setattr(1, "__class__", bool))
attempt("module __dict__ __builtins__", lambda: __import__)
def sysmod():
    import sys
    return sys
attempt("sys.modules", lambda: sysmod().modules)
attempt("sys._getframe", lambda: sysmod()._getframe(0).f_globals)
attempt("sys.settrace", lambda: sysmod().settrace)
attempt("sys.setprofile", lambda: sysmod().setprofile)
attempt("sys.stdout.buffer", lambda: sysmod().stdout.buffer)

# The importable stdlib modules must not lead to a forbidden module.
forbidden = {"os", "posix", "gc", "ctypes", "subprocess", "builtins", "importlib", "socket", "_io", "_thread"}
for name in ["json", "math", "collections", "functools", "itertools", "operator", "heapq", "bisect",
             "random", "re", "string", "dataclasses", "typing", "enum", "abc", "copy", "datetime",
             "decimal", "fractions", "statistics", "textwrap", "hashlib", "base64", "time", "uuid",
             "sys", "io", "asyncio", "_corral_support", "contextlib", "pprint"]:
    try:
        module = __import__(name) if False else None
        exec_globals = {}
        module = None
        if name == "json":
            import json as module
        elif name == "math":
            import math as module
        elif name == "collections":
            import collections as module
        elif name == "functools":
            import functools as module
        elif name == "itertools":
            import itertools as module
        elif name == "operator":
            import operator as module
        elif name == "heapq":
            import heapq as module
        elif name == "bisect":
            import bisect as module
        elif name == "random":
            import random as module
        elif name == "dataclasses":
            import dataclasses as module
        elif name == "typing":
            import typing as module
        elif name == "re":
            import re as module
        elif name == "string":
            import string as module
        elif name == "enum":
            import enum as module
        elif name == "abc":
            import abc as module
        elif name == "copy":
            import copy as module
        elif name == "hashlib":
            import hashlib as module
        elif name == "time":
            import time as module
        elif name == "datetime":
            import datetime as module
        elif name == "sys":
            import sys as module
        elif name == "io":
            import io as module
        elif name == "asyncio":
            import asyncio as module
        elif name == "_corral_support":
            import _corral_support as module
        elif name == "contextlib":
            import contextlib as module
        elif name == "pprint":
            import pprint as module
        elif name == "fractions":
            import fractions as module
        elif name == "statistics":
            import statistics as module
        elif name == "textwrap":
            import textwrap as module
        elif name == "base64":
            import base64 as module
        else:
            raise ModuleNotFoundError(name)
    except Exception as e:   # a broken stdlib module is a bug, not an escape
        print("import", name, "failed:", type(e).__name__)
        continue
    for attr, value in list(module.__dict__.items()):
        if type(value).__name__ == "module" and getattr(value, "__name__", "") in forbidden:
            print("ESCAPED", name + "." + attr)
        for dangerous in ("__globals__", "__code__", "__builtins__", "__loader__", "gi_frame"):
            try:
                found = getattr(value, dangerous)
            except Exception:
                continue
            if dangerous == "__builtins__" and type(found).__name__ == "dict" and "open" not in found:
                continue
            print("ESCAPED", name + "." + attr + "." + dangerous)
print("sweep done")
