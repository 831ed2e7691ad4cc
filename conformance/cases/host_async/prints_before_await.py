# corral: external async_echo
import asyncio
async def task(name):
    print("start", name)
    return await async_echo(name)
print(await asyncio.gather(task("a"), task("b"), task("c")))
