"""
The bare view again, but behind the site's own request stack: the project's
settings, middleware and language-prefixed URLs, with one URL, /hy/bare/,
answering "ok" as text/plain. It is what the framework costs the site on
every request before any page work; bench/run.py serves it beside bench/bare.py.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.stack")

from django.conf.urls.i18n import i18n_patterns
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

from cms.settings import *  # noqa: F403 - the site's settings, with one change below

ROOT_URLCONF = "bench.stack"


def ok(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = i18n_patterns(path("bare/", ok))

application = get_wsgi_application()
