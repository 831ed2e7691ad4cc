import asyncio
async def square(x):
    return x * x
async def main():
    return [await square(i) for i in range(4)]
print(asyncio.run(main()))
print(asyncio.run(square(9)))
