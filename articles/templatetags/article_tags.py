from django import template
from django.utils.safestring import mark_safe

from articles import bylines, markup

register = template.Library()


@register.filter
def markup_html(text):
    """Section body markup to HTML; raw HTML in the text is escaped by the renderer."""
    return mark_safe(markup.render(text))  # noqa: S308 - the renderer escapes all input


@register.simple_tag
def translated(obj, field, language):
    """The value of a translated field in `language`, e.g. {% translated section "heading" lang %}."""
    return getattr(obj, f"{field}_{language}", "") or ""


@register.filter
def signed(names):
    """A published byline as the page's language writes it: "By Anna Petrosyan and Armen Sargsyan"."""
    return bylines.signed(names or ())
