# corral: external async_echo
value = await async_echo(42)
print(value)
print(await async_echo("text"), await async_echo([1, 2]))
