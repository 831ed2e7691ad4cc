import io
import pprint
from dataclasses import dataclass, field
@dataclass
class P:
    name: str
    tags: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
pprint.pprint([P("x" * 30, list(range(20))), P("y")], width=50)
buf = io.StringIO()
pprint.pprint({"k": [1] * 40}, stream=buf, width=30)
print(buf.getvalue(), end="")
