#!/usr/bin/env python3
"""Compare Corral's parser with CPython's (the oracle) on Python files.

For each file, CPython's ast.dump(ast.parse(src)) -- or its SyntaxError as
"Type: msg (line L, offset O, end_line EL, end_offset EO)" -- must equal the
output of tests/astdump_main.c.

usage: check.py [--bin PATH] [--attrs] [--no-ends] [--stdlib] [-v] [files or dirs ...]
  default inputs: tests/parser/corpus/*.py
  --attrs   also compare positions (include_attributes=True)
  --stdlib  add every .py file of CPython's own library
  --no-ends compare only msg/line/offset of syntax errors
"""
import ast
import concurrent.futures as cf
import os
import subprocess
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def build(out):
    srcs = [os.path.join(ROOT, 'core', f) for f in ('arena.c', 'lex.c', 'parse.c', 'astdump.c')]
    srcs.append(os.path.join(ROOT, 'tests', 'astdump_main.c'))
    cmd = ['cc', '-std=c11', '-O2', '-g', '-Wall', '-Wextra', '-Wno-unused-parameter',
           '-I', os.path.join(ROOT, 'core'), *srcs, '-o', out, '-lm']
    subprocess.run(cmd, check=True)


def fmt_error(e, ends=True):
    if isinstance(e, RecursionError):
        return 'RecursionError'
    if isinstance(e, MemoryError):
        return 'MemoryError'
    s = '%s: %s (line %s, offset %s' % (type(e).__name__, e.msg, e.lineno or 0, e.offset or 0)
    if ends:
        s += ', end_line %s, end_offset %s' % (e.end_lineno or 0, e.end_offset or 0)
    return s + ')'


def oracle(path, attrs, ends):
    with open(path, 'rb') as f:
        data = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            try:
                src = data.decode('utf-8')
                if src.startswith('\ufeff'):
                    src = src[1:]
            except UnicodeDecodeError:
                src = data
            tree = ast.parse(src, path)
            return ast.dump(tree, include_attributes=attrs)
        except (SyntaxError, RecursionError, MemoryError) as e:
            return fmt_error(e, ends)
        except ValueError as e:    # e.g. int too large to convert
            return 'ValueError: %s' % e


def ours(binary, path, attrs, ends):
    cmd = [binary] + (['-a'] if attrs else []) + [path]
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return 'TIMEOUT'
    out = r.stdout.decode('utf-8', 'replace').rstrip('\n')
    if r.returncode not in (0, 1):
        return 'CRASH rc=%d %s' % (r.returncode, r.stderr.decode('utf-8', 'replace')[-300:])
    if out.startswith('RecursionError'):
        return 'RecursionError'
    if not ends and ', end_line' in out and out.endswith(')') and not out.startswith('Module('):
        out = out[:out.index(', end_line')] + ')'
    return out


def collect(args):
    files = []
    for a in args:
        if os.path.isdir(a):
            for dp, dn, fn in os.walk(a):
                dn.sort()
                for f in sorted(fn):
                    if f.endswith('.py'):
                        files.append(os.path.join(dp, f))
        else:
            files.append(a)
    return files


def main():
    argv = sys.argv[1:]
    attrs = '--attrs' in argv
    ends = '--no-ends' not in argv
    verbose = '-v' in argv
    binary = None
    if '--bin' in argv:
        binary = argv[argv.index('--bin') + 1]
        argv.remove(binary)
    inputs = [a for a in argv if not a.startswith('-')]
    if '--stdlib' in argv:
        inputs.append(os.path.dirname(ast.__file__))
    if not inputs:
        inputs = [os.path.join(HERE, 'corpus')]
    if binary is None:
        binary = os.path.join(tempfile.gettempdir(), 'corral_astdump')
        build(binary)
    files = collect(inputs)
    passed = failed = 0
    fails = []

    def one(path):
        return path, oracle(path, attrs, ends), ours(binary, path, attrs, ends)

    with cf.ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as ex:
        for path, want, got in ex.map(one, files):
            # CPython's parser reports MemoryError ("stack overflow") for
            # absurd nesting; Corral reports its nesting limit as RecursionError
            if want == got or (want == 'MemoryError' and got == 'RecursionError'):
                passed += 1
            else:
                failed += 1
                fails.append(path)
                if verbose or '--all' in argv or len(fails) <= 30:
                    print('FAIL', path)
                    if len(want) + len(got) < 600 or verbose:
                        print('  want:', want[:3000])
                        print('  got: ', got[:3000])
                    else:
                        i = next((k for k in range(min(len(want), len(got))) if want[k] != got[k]), 0)
                        print('  first difference at char', i)
                        print('  want: ...', want[max(0, i - 100):i + 100])
                        print('  got:  ...', got[max(0, i - 100):i + 100])
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
