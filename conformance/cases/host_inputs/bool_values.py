# corral: inputs yes=True no=False
print(yes, no)
print(yes and not no, yes + yes)
print(type(no).__name__)
if yes:
    print("taken")
