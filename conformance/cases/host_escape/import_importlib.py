print("start")
import importlib
