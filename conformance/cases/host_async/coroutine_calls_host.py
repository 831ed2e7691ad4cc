# corral: external async_echo counter record
async def work(tag):
    n = counter()
    value = await async_echo(tag)
    return record(value, n=n)
print(await work("first"))
print(await work("second"))
