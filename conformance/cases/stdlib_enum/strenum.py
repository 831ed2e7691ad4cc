from enum import StrEnum, auto
class Col(StrEnum):
    RED = auto()
    GREEN = "g"
print(Col.RED, repr(Col.RED), Col.RED.upper(), "-".join(Col), Col("g"), Col.GREEN == "g", Col.RED + "!")
print(f"{Col.GREEN:>3}", isinstance(Col.RED, str), Col.RED.value)
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError", e)
