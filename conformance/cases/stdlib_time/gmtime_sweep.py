import time
for ts in range(-10 ** 10, 10 ** 11, 987654321):
    t = time.gmtime(ts)
    print(time.strftime("%Y-%m-%d %H:%M:%S %j %a %U %W %V %G %u", t))
