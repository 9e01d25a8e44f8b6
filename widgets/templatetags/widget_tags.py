from django import template

register = template.Library()


@register.filter
def celsius(value):
    """A temperature with its sign, as news sites print it: +24 °C, -3 °C, 0 °C."""
    if value is None:
        return ""
    value = int(value)
    return f"{value:+d} °C" if value else "0 °C"
