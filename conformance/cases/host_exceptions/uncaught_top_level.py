# corral: external fail
print("before")
fail("TypeError", "raised by the host")
print("not reached")
