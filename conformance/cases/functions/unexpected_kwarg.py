def greet(name, greeting="hi"):
    return greeting + " " + name
print(greet("bo", greeting="yo"))
greet("bo", salutation="hey")
