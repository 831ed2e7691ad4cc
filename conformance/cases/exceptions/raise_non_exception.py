print("raising")
raise "not an exception"
