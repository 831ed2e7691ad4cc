x = '''abc''
