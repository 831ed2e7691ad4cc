from contextlib import ExitStack
def exit_cb(t, v, tb):
    print("exit_cb", t.__name__ if t else None)
    return True
with ExitStack() as st:
    st.push(exit_cb)
    raise IndexError
print("stack suppressed")
st = ExitStack()
st.callback(print, "later")
st2 = st.pop_all()
st.close()
print("popped")
st2.close()
st2.close()
