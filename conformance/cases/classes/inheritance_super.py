class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in [Animal("x"), Dog("rex", "lab"), Puppy("bit", "pug")]:
    print(a.describe(), isinstance(a, Dog), type(a).__name__)
print(issubclass(Puppy, Animal), Puppy.__bases__[0].__name__)
