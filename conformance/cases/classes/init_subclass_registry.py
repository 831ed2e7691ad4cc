class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print(Plugin.registry, Csv.plugin_name, Json.plugin_name)
