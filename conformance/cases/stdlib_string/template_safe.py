from string import Template
t = Template("$who likes ${what} $ and $$")
print(t.safe_substitute(who="tim"))
print(t.safe_substitute())
print(Template("${a").safe_substitute(a=1), Template("x$").safe_substitute())
