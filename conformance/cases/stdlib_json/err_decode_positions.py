import json
bad = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
       '{"a" 1}', '{1:2}', '{"a":1 "b":2}', 'nul', 'tru', '01', '1.', '-', '-a', '1e', '1 2', '[1]x',
       'NaN1', '[-]', "{'a': 1}", '[1,\n2,\n x]', '{"a":[1,2,{"b":}]}', 'true false']
for text in bad:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
