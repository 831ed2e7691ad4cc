# corral: external async_fail
async def step():
    return await async_fail("ValueError", "future failed")
print("before")
await step()
