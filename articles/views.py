import logging
from dataclasses import replace

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from cms.origins import is_same_origin

from . import pages, selectors, services
from .models import LANGUAGE_NAMES, Edition
from .sharing import NETWORKS, share_address
from .visitors import client_from_request, remember_client

logger = logging.getLogger(__name__)


class SeeOther(HttpResponseRedirect):
    """303 to a share dialog; e-mail sharing needs the mailto: scheme."""

    status_code = 303
    allowed_schemes = ["http", "https", "mailto"]


# The reader pages are exempt from the CSRF check so that an unsafe method
# reaches require_safe and is told 405 with Allow: GET, HEAD; they change
# nothing in any method (a view is counted by GET alone).
@csrf_exempt
@require_safe
def article_list(request):
    """The edition's front page: published articles in the request's language, newest first, paginated."""
    language = request.LANGUAGE_CODE
    return HttpResponse(pages.list_page(request, language=language, page=request.GET.get("page") or "1"))


@csrf_exempt
@require_safe
def category_detail(request, slug):
    """
    A category's page: its live articles in the request's language, newest
    first, paginated; 404 for a slug no category has in that language.
    """
    language = request.LANGUAGE_CODE
    return HttpResponse(pages.category_page(request, language=language, slug=slug, page=request.GET.get("page") or "1"))


@csrf_exempt
@require_safe
def article_detail(request, pk, slug):
    """
    The article page in the request's language; counts the view.

    A wrong slug redirects (301) to the canonical address; an article without
    a live edition in this language answers 404 with links to the languages
    it has.
    """
    language = request.LANGUAGE_CODE
    state = pages.article_state(pk)
    live = state.live_at(timezone.now()) if state else ()
    if language not in live:
        return _unavailable(request, state=state, live=live, language=language)
    if slug != state.editions[language].slug:
        canonical = state.url(language)
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)

    edition = state.editions[language]
    client = client_from_request(request)
    if request.method != "GET":
        # A HEAD asks about the page; only a GET reads it.
        client = replace(client, is_bot=True, new_token=None)
    counted, views, shares = services.edition_view_record(edition=edition, client=client)
    response = HttpResponse(
        pages.article_page(request, state=state, live=live, language=language, views=views, shares=shares)
    )
    remember_client(response, client, counted)
    # Every GET counts a view and shows the figures of that moment: no shared cache may answer for it.
    response["Cache-Control"] = "private"
    return response


def _unavailable(request, *, state, live, language):
    """A 404 for an article not live in `language`, linking to the languages it is live in."""
    if not live:
        raise Http404("No such article.")
    titles = dict(Edition.objects.filter(article_id=state.pk, language__in=live).values_list("language", "title"))
    others = [
        {
            "language": code,
            "name": LANGUAGE_NAMES[code],
            "url": state.url(code),
            "title": titles.get(code, ""),
        }
        for code in live
        if code in titles  # unpublished a moment ago otherwise
    ]
    return render(
        request,
        "articles/article_unavailable.html",
        {
            "others": others,
            "switcher": selectors.language_switcher(
                current=language, urls={other["language"]: other["url"] for other in others}
            ),
        },
        status=404,
    )


# The share form carries no token: its cross-site posts are told apart by their
# headers (cms/origins.py). Every other POST of the site goes through Django's check.
@csrf_exempt
@require_POST
def article_share(request, pk, network):
    """
    Count a share of the article on `network` and send the reader (303) to its
    share dialog. A post from another site is not counted, and still sent on,
    so that no reader is ever stuck.
    """
    if network not in NETWORKS:
        raise Http404("Unknown network.")
    language = request.LANGUAGE_CODE
    edition = selectors.edition_get_live(pk=pk, language=language)
    client = client_from_request(request)
    counted = None
    if is_same_origin(request):
        counted = services.edition_share_record(edition_id=edition.id, network=network, client=client)
    else:
        logger.info(
            "share not counted: cross-site post (Sec-Fetch-Site=%r, Origin=%r) article=%s language=%s",
            request.META.get("HTTP_SEC_FETCH_SITE"),
            request.META.get("HTTP_ORIGIN"),
            pk,
            language,
        )
    url = settings.SITE_URL + edition.get_absolute_url()
    response = SeeOther(share_address(network, url=url, title=edition.title))
    remember_client(response, client, counted)
    return response
