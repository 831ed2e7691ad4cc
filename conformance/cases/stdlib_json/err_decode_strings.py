import json
bad = ['"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12g4"', '"a\tb"', '"a\nb"', '"\u00e9\u00e9\\q"',
       '["\\"]', '"\\u0041', '\ufeff[]', '{"k\x01": 1}']
for text in bad:
    try:
        print(repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), '|', e, '|', e.pos, e.colno)
