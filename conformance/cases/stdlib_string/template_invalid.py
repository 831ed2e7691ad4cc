from string import Template
for text in ("a $ b", "line\nab ${1x}", "$", "ok $9"):
    try:
        Template(text).substitute()
    except ValueError as e:
        print("ValueError", e)
