def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper
@trace
def parse_port(text):
    return int(text)
print(parse_port("8080"))
parse_port("eighty")
