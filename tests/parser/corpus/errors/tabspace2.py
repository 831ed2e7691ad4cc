class A:
	if 1:
        pass
	x
