from enum import Enum
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return "my custom str! {0}".format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
    @property
    def doubled(self):
        return self.value * 2
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY), Mood.HAPPY.doubled)
print(f"{Mood.FUNKY}", format(Mood.HAPPY))
