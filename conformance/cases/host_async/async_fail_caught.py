# corral: external async_fail async_echo
try:
    await async_fail("KeyError", "k")
except KeyError as e:
    print("caught", repr(e))
try:
    await async_fail("Unknown", "becomes RuntimeError")
except RuntimeError as e:
    print("caught", repr(e))
print(await async_echo("still fine"))
