attempts = [False, False, True, False]
i = 0
while i < len(attempts):
    if attempts[i]:
        print("success at", i)
        break
    i += 1
else:
    print("never succeeded")
