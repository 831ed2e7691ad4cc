from contextlib import contextmanager
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("body", t)
with tag("outer"), tag("inner") as i:
    print("nested", i)
print(tag.__name__)
