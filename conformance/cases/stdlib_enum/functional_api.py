from enum import Enum, IntEnum
Animal = Enum("Animal", "ANT BEE CAT DOG")
print(Animal, Animal.ANT, list(Animal), Animal(2))
A2 = Enum("A2", [("X", 10), ("Y", 20)])
print(list(A2), A2.Y.value)
A3 = Enum("A3", {"P": "p", "Q": "q"})
print(A3("q"), repr(A3.P))
N = IntEnum("N", "ONE TWO")
print(N.TWO + 1, repr(N.ONE))
