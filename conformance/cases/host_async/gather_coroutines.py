# corral: external async_echo async_sleep_echo
import asyncio
async def fetch(name, ms):
    value = await async_sleep_echo(name, ms)
    return value.upper()
async def twice(x):
    a = await async_echo(x)
    b = await async_echo(x * 2)
    return a + b
print(await asyncio.gather(fetch("x", 30), fetch("y", 10), twice(5), twice(7)))
