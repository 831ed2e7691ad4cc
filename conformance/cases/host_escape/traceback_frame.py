try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(tb is not None)
tb.tb_frame
