from typing import List, Dict, Optional, Any
def tally(words: List[str]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for w in words:
        out[w] = out.get(w, 0) + 1
    return out
def pick(d: Dict[str, Any], k: str) -> Optional[Any]:
    return d.get(k)
print(tally(["a", "b", "a"]), pick({"x": 1}, "x"), pick({}, "y"))
