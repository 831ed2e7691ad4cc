from string import Template
class Percent(Template):
    delimiter = "%"
print(Percent("%a costs %%5").substitute(a="it"))
print(Template("$a$b$a").get_identifiers(), Template("$ok").is_valid(), Template("$").is_valid())
