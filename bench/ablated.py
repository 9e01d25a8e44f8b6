"""
The site with parts of the article page switched off: what each part costs under load.

`bench/run.py --without PART[,PART...]` serves `bench.ablated:application()`
(a factory: importing this module sets nothing up) in place of cms.wsgi,
so that the same run measures the page without those parts beside the bare
views. It is a measuring instrument, never a way to serve the site.
BENCH_WITHOUT names the parts, separated by commas:

- count: no view is counted and the window is not looked up; the page shows
  the figures the worker read last;
- visitor: no visitor cookie is handed out.
"""

import os

PARTS = ("count", "visitor")


def parts_from(value: str) -> set[str]:
    """The parts named in `value` ("count,visitor"); ValueError for a name not in PARTS."""
    parts = {part.strip() for part in value.split(",") if part.strip()}
    unknown = parts - set(PARTS)
    if unknown:
        raise ValueError(f"unknown part(s) {', '.join(sorted(unknown))}; choose from {', '.join(PARTS)}")
    return parts


def replace(part: str, module, name: str, function) -> None:
    """
    Put `function` in place of `module.name`; ValueError when the module has no such name.

    Setting a name the page no longer looks up would measure the page with
    the part still on while the report says it is off.
    """
    if not callable(getattr(module, name, None)):
        raise ValueError(f"{part}: {module.__name__} has no {name}() to switch off; the page has changed")
    setattr(module, name, function)


def switch_off(parts: set[str]) -> None:
    """Replace the functions of the article page that do `parts` with ones that do nothing."""
    from articles import counters, views

    if "count" in parts:

        def count_view(edition, event):
            return False, edition.views, edition.shares

        replace("count", counters, "count_view", count_view)
    if "visitor" in parts:
        replace("visitor", views, "remember_client", lambda response, client, counted=None: None)


def application():
    """The site's WSGI application with the parts named in BENCH_WITHOUT switched off."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
    from django.core.wsgi import get_wsgi_application

    wsgi = get_wsgi_application()
    switch_off(parts_from(os.environ.get("BENCH_WITHOUT", "")))
    return wsgi
