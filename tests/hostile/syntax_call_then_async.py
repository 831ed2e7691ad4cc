# hostile: expect error=SyntaxError
# fuzz_compile finding: a call whose argument is followed by a bare async (parse.c call_args, empty generator list)
e(l
async