from django.http import Http404, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from articles import pages

from . import selectors


# Exempt like the other reader pages, so that an unsafe method is told 405;
# the page changes nothing in any method.
@csrf_exempt
@require_safe
def preview(request, token):
    """
    A shared preview: the working text of the link's article in the URL's
    language, as readers would see it once published, under a banner saying
    until when the link works. Never counted, never cached or indexed, and
    without any cookie; 404 for a link altered, made up, for another
    language, expired or revoked, and for an article without that text.
    """
    link = selectors.preview_link_open(token=token, language=request.LANGUAGE_CODE)
    if link is None or not link.article.has_text(link.language):
        raise Http404("No such preview.")
    response = HttpResponse(
        pages.preview_page(request, article=link.article, language=link.language, expires_at=link.expires_at)
    )
    response["X-Robots-Tag"] = "noindex"
    # The token is the key to an unpublished text: no cache keeps the page, no link followed from it carries it.
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    # Whoever was sent the link did not choose an edition by opening it (cms.middleware).
    response.remember_language = False
    return response
