from string import Template
print(Template("$a").substitute(a=1))
value = Template("$a $b").safe_substitute(a=1)
print(value)
raise KeyError(value)
