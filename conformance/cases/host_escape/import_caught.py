try:
    import socket
except ImportError as e:
    print(type(e).__name__, e, e.name)
import posix
