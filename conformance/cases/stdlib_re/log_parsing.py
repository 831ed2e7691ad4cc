import re
log = """2024-05-01 12:00:01 [INFO] host-1 GET /api/items status=200 time=12ms
2024-05-01 12:00:02 [ERROR] host-2 POST /api/items status=500 time=340ms
2024-05-01 12:00:03 [WARN] host-1 GET /api/users status=404 time=7ms
"""
pat = re.compile(r'^(?P<date>\S+) (?P<time>\S+) \[(?P<level>\w+)\] (?P<host>[\w-]+) (?P<method>[A-Z]+) (?P<path>\S+) status=(?P<status>\d{3}) time=(?P<ms>\d+)ms$', re.M)
for m in pat.finditer(log):
    print(m.group('level', 'status', 'ms'), m.span('path'))
print(sum(int(ms) for ms in re.findall(r'time=(\d+)ms', log)))
print(re.sub(r'host-(\d+)', r'node\1', log).splitlines()[1])
print(re.findall(r'\[(ERROR|WARN)\]', log), len(pat.findall(log)))
print(re.split(r'\s*\n\s*', log.strip()))
