"""Module docstring."""
print(__doc__, __name__)
