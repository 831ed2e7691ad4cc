# corral: external async_echo
async def leaf(x):
    return await async_echo(x) + 1
async def branch(x):
    return await leaf(x) * 2
async def root():
    return [await branch(i) for i in range(3)]
print(await root())
