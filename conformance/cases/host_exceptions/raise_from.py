# corral: external fail
def load():
    try:
        fail("KeyError", "config")
    except KeyError as e:
        raise ValueError("cannot load") from e
load()
