async def double(x):
    return 2 * x
print(await double(21))
print("done")
