match p:
    case [1, *rest] if rest:
        pass
    case {"k": v, **kw}:
        pass
    case Point(1, y=z) | None:
        pass
    case _:
        pass
