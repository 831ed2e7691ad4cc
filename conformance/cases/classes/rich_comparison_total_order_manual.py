class Card:
    ORDER = "23456789TJQKA"
    def __init__(self, s):
        self.rank = s
    def _key(self):
        return Card.ORDER.index(self.rank)
    def __eq__(self, o):
        return self._key() == o._key()
    def __lt__(self, o):
        return self._key() < o._key()
    def __le__(self, o):
        return self._key() <= o._key()
    def __repr__(self):
        return self.rank
hand = [Card(c) for c in "K2TA9"]
print(sorted(hand), max(hand), min(hand), Card("T") <= Card("J"), Card("A") > Card("K"))
print(Card("2") >= Card("3"))
