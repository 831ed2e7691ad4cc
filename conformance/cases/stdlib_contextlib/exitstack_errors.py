from contextlib import ExitStack
try:
    with ExitStack() as st:
        st.enter_context(5)
except TypeError as e:
    print("TypeError", e)
class NoExit:
    def __enter__(self):
        return self
try:
    ExitStack().enter_context(NoExit())
except TypeError as e:
    print("TypeError", e)
try:
    with ExitStack() as st:
        def bad(*a):
            raise KeyError("inner")
        st.push(bad)
        raise ValueError("outer")
except KeyError as e:
    print("KeyError", e, repr(e.__context__))
