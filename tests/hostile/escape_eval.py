# hostile: expect error=NameError
eval("__import__('os').system('echo escaped')")
