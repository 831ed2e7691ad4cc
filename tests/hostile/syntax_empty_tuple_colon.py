# hostile: expect error=SyntaxError
():
