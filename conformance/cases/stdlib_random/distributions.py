import random
random.seed(99)
print(random.uniform(1, 5), random.uniform(5, 1))
print(random.triangular(), random.triangular(0, 10, 3), random.triangular(2, 2))
print(random.expovariate(1.5), random.expovariate(-2))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(9, 0.5))
print(random.paretovariate(3), random.weibullvariate(1, 2))
print(random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
