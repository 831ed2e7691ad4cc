class K:
    y = 5
    def get(self):
        return y
print(K.y)
K().get()
