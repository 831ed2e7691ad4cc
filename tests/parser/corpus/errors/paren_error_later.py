a b
c = [
