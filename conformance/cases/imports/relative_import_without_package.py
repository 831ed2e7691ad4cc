print("trying a relative import")
from . import sibling
