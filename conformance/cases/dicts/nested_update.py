cfg = {"db": {"host": "x", "port": 1}, "debug": False}
cfg["db"]["port"] += 5432
cfg.setdefault("tags", []).append("prod")
cfg.setdefault("tags", []).append("eu")
print(cfg)
print(cfg["db"]["user"])
