# hostile: expect error=AttributeError
def g():
    yield 1
print(g().gi_frame.f_back.f_globals)
