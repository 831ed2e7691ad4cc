class ConfigError(Exception):
    pass
def load(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("port missing") from e
print(load({"port": 80}))
load({})
