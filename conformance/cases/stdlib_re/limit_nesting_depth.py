# corral: limit time_ms=2000
import re
for p in ['(' * 5000 + ')' * 5000, '(?:' * 5000 + 'a' + ')' * 5000, '[a' * 10000]:
    try:
        re.compile(p)
        print('ok')
    except RecursionError as e:
        print('RecursionError')
    except re.error as e:
        print('error', e)
print(re.compile('(?:' * 100 + 'a' + ')*' * 100).match('aaa'))
