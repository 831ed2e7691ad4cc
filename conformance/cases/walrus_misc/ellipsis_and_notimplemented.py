print(..., Ellipsis, ... is Ellipsis, type(...).__name__, NotImplemented, bool(1 .__add__("x") is NotImplemented))
