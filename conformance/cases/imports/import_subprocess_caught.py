try:
    import subprocess
except ImportError as e:
    print(type(e).__name__, e, e.name)
print("continuing")
