from string import Template
try:
    Template("$who likes $what").substitute(who="a")
except KeyError as e:
    print("KeyError", e)
try:
    Template("${name}").substitute()
except KeyError as e:
    print("KeyError", repr(e))
