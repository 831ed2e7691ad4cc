# corral: external async_echo fail
async def boom():
    await async_echo(1)
    fail("ValueError", "in coro")
try:
    await boom()
except ValueError as e:
    print("caught", e)
await boom()
