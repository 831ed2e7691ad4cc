# corral: external counter echo
def f():
    try:
        print("body", counter())
        return echo("result")
    finally:
        print("finally", counter())
print(f())
try:
    try:
        raise ValueError("x")
    finally:
        print("cleanup", echo(counter()))
except ValueError as e:
    print("caught", e)
