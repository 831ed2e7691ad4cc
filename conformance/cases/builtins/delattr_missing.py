class O:
    pass
o = O()
o.a = 1
delattr(o, "a")
print("deleted")
delattr(o, "a")
