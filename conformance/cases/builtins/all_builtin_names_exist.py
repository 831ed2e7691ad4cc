objs = [abs, all, any, ascii, bin, bool, bytearray, bytes, callable, chr, classmethod, dict, divmod, enumerate, filter, float, format, frozenset, getattr, hasattr, hash, hex, int, isinstance, issubclass, iter, len, list, map, max, min, next, object, oct, ord, pow, print, property, range, repr, reversed, round, set, setattr, slice, sorted, staticmethod, str, sum, super, tuple, type, zip]
print(len(objs), all(callable(o) for o in objs))
print(" ".join(o.__name__ for o in objs))
