s = 'abc' 'def' 1
