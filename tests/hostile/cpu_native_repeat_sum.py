# corral: limit time_ms=500
# hostile: expect limit=time
# a native loop over a native iterator: no bytecode runs, the limit must still hold
import itertools
sum(itertools.repeat(0, 10**15))
