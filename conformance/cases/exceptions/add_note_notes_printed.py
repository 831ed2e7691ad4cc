try:
    raise ValueError("base message")
except ValueError as e:
    e.add_note("extra context: item 7")
    e.add_note("second note")
    print(e.__notes__)
    err = e
raise err
