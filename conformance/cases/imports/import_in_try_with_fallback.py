try:
    import os
    have_os = True
except ImportError:
    have_os = False
print("os available:", have_os)
try:
    from subprocess import run
except ModuleNotFoundError as e:
    run = None
    print("fallback because:", e)
print(run)
