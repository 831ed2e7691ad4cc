# hostile: expect error=NameError
print(open("/etc/passwd").read())
