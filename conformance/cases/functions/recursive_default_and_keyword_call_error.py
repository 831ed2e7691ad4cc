def area(width, height=None):
    if height is None:
        height = width
    return width * height
print(area(3), area(3, 4), area(height=2, width=5))
area(height=2)
