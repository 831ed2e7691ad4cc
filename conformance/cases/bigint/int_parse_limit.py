s = "1" * 4300
print(len(str(int(s))))
int("1" * 4301)
