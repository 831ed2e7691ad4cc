# corral: external async_echo async_sleep_echo echo
import asyncio
results = await asyncio.gather(async_sleep_echo(1, 5), async_echo(2), async_echo(3))
print(results)
print(await asyncio.gather())
