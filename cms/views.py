from csp.constants import NONE
from csp.decorators import csp
from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import override
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe
from django.views.static import serve

from articles.uploads import is_image_name

from .middleware import NulInQuery


@never_cache
def healthz(request):
    """Answer 200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_safe
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    """
    robots.txt: both sitemaps at the site's own address (SITE_URL), and the
    admin and the shared previews of drafts kept out of crawls.
    """
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with override(code):
            # The preview address without its token: /hy/preview/.
            lines.append(f"Disallow: {reverse('editorial:preview', kwargs={'token': 'x'}).removesuffix('x/')}")
    lines += [
        "",
        f"Sitemap: {settings.SITE_URL}{reverse('django.contrib.sitemaps.views.sitemap')}",
        f"Sitemap: {settings.SITE_URL}{reverse('sitemap-news')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# An uploaded file is a picture, never a document: nothing in it may run, load or be framed.
@csp({"default-src": [NONE], "sandbox": True})
def media(request, path):
    """
    An uploaded file, as it was stored (re-encoded, see articles/uploads.py);
    404 for any name an upload cannot have been stored under, such as a file
    left on the disk by an older release.
    """
    if not is_image_name(path):
        raise Http404("Not an uploaded image.")
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def bad_request(request, exception=None):
    """The 400 page (handler400): what was wrong with the request, in the page's language, never a bare line."""
    if isinstance(exception, TooManyFieldsSent):
        reason = _(
            "The form has more fields than the site accepts (at most %(limit)s). Nothing was saved. "
            "Go back: your browser still has what you wrote. Then split the article in two."
        ) % {"limit": number_format(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS, force_grouping=True)}
    elif isinstance(exception, RequestDataTooBig):
        reason = _(
            "The form is larger than the site accepts (at most %(limit)s MB). Nothing was saved. "
            "Go back: your browser still has what you wrote. Then split the article in two."
        ) % {"limit": settings.DATA_UPLOAD_MAX_MEMORY_SIZE // (1024 * 1024)}
    elif isinstance(exception, NulInQuery):
        reason = _("The address contains a NUL character, which no page of this site has.")
    else:
        reason = _("The request could not be understood.")
    return render(request, "400.html", {"reason": reason}, status=400)
