# corral: external async_sleep_echo
print(await async_sleep_echo("slow", 50))
print(await async_sleep_echo(1, 0))
