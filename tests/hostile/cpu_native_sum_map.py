# corral: limit time_ms=500
# hostile: expect limit=time
# a native loop over a native iterator: no bytecode runs, the limit must still hold
sum(map(abs, range(10**15)))
