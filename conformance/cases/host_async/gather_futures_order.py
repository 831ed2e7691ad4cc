# corral: external async_echo async_sleep_echo
import asyncio
results = await asyncio.gather(async_echo(1), async_echo(2), async_echo(3))
print(results)
results = await asyncio.gather(async_sleep_echo("a", 30), async_sleep_echo("b", 10),
                               async_sleep_echo("c", 20))
print(results)
