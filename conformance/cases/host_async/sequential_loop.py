# corral: external async_echo async_sleep_echo
total = 0
for i in range(5):
    total += await async_echo(i)
    total += await async_sleep_echo(i, 5 - i)
print(total)
