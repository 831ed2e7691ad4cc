from statistics import NormalDist
n = NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, n.median, n.mode)
print(n.pdf(110), n.cdf(130), n.zscore(130))
print([round(n.inv_cdf(p), 10) for p in (0.001, 0.2, 0.5, 0.975)])
print(n.inv_cdf(1e-10), n.quantiles())
print(n.overlap(NormalDist(110, 20)), n + 5, n * 2, n - NormalDist(1, 2), 3 - n, -n)
print(NormalDist.from_samples([1, 2, 3, 4, 7]), n == NormalDist(100, 15))
print(NormalDist(0, 1).samples(3, seed=42))
