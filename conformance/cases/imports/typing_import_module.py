import typing
print(typing.List is not None, typing.Any is not None)
x: typing.Optional[int] = None
print(x)
