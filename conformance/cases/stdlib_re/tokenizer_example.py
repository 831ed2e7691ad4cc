import re
token_spec = [
    ('NUMBER', r'\d+(\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z]+'),
    ('OP', r'[+\-*/]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in token_spec)
code = 'IF quantity THEN\n    total := total + price * quantity;\n    tax := price * 0.05;\nENDIF;'
line = 1
for mo in re.finditer(tok_regex, code):
    kind = mo.lastgroup
    if kind == 'NEWLINE':
        line += 1
    elif kind != 'SKIP':
        print(kind, repr(mo.group()), line, mo.start())
