from string import Template
t = Template("$who likes $$ ${what}s and $x")
print(t.substitute(who="tim", what="kung pao", x=1))
print(t.substitute({"who": "ann", "what": "tea", "x": 2}))
print(Template("$a $b").substitute({"a": 1, "b": 0}, b=2))
print(t.template)
