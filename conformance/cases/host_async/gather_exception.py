# corral: external async_echo async_fail
import asyncio
async def ok(x):
    return await async_echo(x)
async def bad():
    await async_echo("first")
    return await async_fail("IndexError", "from a gathered coroutine")
try:
    await asyncio.gather(ok(1), bad(), ok(3))
except IndexError as e:
    print("caught", e)
print(await asyncio.gather(ok(1), bad(), async_fail("KeyError", "k"), return_exceptions=True))
