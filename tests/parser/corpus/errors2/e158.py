x = """abc"""def
