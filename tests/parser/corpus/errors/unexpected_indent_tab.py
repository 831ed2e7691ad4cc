		x
