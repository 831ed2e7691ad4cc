# corral: external counter echo
print(f"{counter()}-{counter()}-{echo('z')}")
print(f"{counter():03d}")
