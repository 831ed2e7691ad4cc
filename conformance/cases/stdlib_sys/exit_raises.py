import sys
for code in (None, 0, 3, "message"):
    try:
        sys.exit(code) if code is not None else sys.exit()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
