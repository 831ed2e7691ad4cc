from itertools import islice, chain, groupby, zip_longest, accumulate, count, takewhile
def take(n, iterable):
    return list(islice(iterable, n))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
def unique_justseen(iterable):
    return (k for k, _ in groupby(iterable))
print(take(3, count(7)), list(grouper('ABCDEFG', 3, 'x')), list(flatten([[1, 2], [3]])), list(unique_justseen('AAAABBBCCDAABBB')))
print(list(takewhile(lambda t: t < 20, accumulate(count(1)))))
def running_mean(xs):
    for n, total in enumerate(accumulate(xs), 1):
        yield total / n
print(list(running_mean([2, 4, 6])))
