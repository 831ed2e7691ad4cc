# corral: limit fuel=100000
# hostile: expect limit=fuel
# A limit stop must not be catchable nor run cleanup code forever.
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
    finally:
        while True:
            pass
