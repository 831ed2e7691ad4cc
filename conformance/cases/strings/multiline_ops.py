text = """line one
line two

line four"""
lines = text.splitlines()
print(len(lines), lines)
print([l.title() for l in lines if l])
print(text.count("line"), text.find("two"), text.rfind("line"))
