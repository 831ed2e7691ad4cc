# only comment

   # indented comment
x = 1  # trailing


   
def f():
    # c
    pass
    # c2
# end
