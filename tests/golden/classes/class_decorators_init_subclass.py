# Class decorators and __init_subclass__.
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class A:
    pass
print(registry, A.registered)
class Plugin:
    plugins = []
    def __init_subclass__(cls, name="?", **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name
        Plugin.plugins.append(cls.__name__)
class First(Plugin, name="first"):
    pass
class Second(Plugin):
    pass
print(Plugin.plugins, First.plugin_name, Second.plugin_name)
