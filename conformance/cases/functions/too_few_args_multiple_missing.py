def connect(host, port, user, password="secret"):
    return f"{user}@{host}:{port}"
print(connect("h", 1, "u"))
connect("h")
