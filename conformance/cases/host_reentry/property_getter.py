# corral: external echo
class B:
    @property
    def p(self):
        return echo("prop")
print(B().p)
