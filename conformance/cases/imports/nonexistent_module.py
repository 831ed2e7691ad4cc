try:
    import definitely_not_a_module_xyz
except ModuleNotFoundError as e:
    print("missing:", e.name)
import another_missing_module_abc
