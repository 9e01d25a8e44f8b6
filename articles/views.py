import logging
from dataclasses import replace

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from cms.origins import is_same_origin

from . import pages, selectors, services
from .models import Article
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
    if slug != state.slugs[language]:
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


@permission_required("articles.view_article")
def article_preview(request, pk):
    """A draft or scheduled edition as readers will see it; for editors, not counted, not indexed."""
    language = request.LANGUAGE_CODE
    article = selectors.article_get_any(pk=pk)
    if not article.has_text(language):
        raise Http404("The article has no text in this language.")
    edition = next((e for e in article.editions.all() if e.language == language), None)
    html = pages.render_article(
        request,
        article=article,
        language=language,
        live=selectors.article_live_languages(article=article),
        published_at=edition.published_at if edition else None,
        preview=True,
        views=edition.views if edition else 0,
        shares=edition.shares if edition else 0,
    )
    return HttpResponse(html)


def _unavailable(request, *, state, live, language):
    """A 404 for an article not live in `language`, linking to the languages it is live in."""
    if not live:
        raise Http404("No such article.")
    article = Article.objects.filter(pk=state.pk).first()
    if article is None:  # deleted a moment ago
        raise Http404("No such article.")
    others = [
        {
            "language": code,
            "label": settings.LANGUAGE_LABELS[code],
            "url": article.get_absolute_url(code),
            "title": getattr(article, f"title_{code}"),
        }
        for code in live
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
    article = selectors.article_get_published(pk=pk, language=language)
    client = client_from_request(request)
    counted = None
    if is_same_origin(request):
        counted = services.edition_share_record(edition_id=article.edition_id, network=network, client=client)
    else:
        logger.info(
            "share not counted: cross-site post (Sec-Fetch-Site=%r, Origin=%r) article=%s language=%s",
            request.META.get("HTTP_SEC_FETCH_SITE"),
            request.META.get("HTTP_ORIGIN"),
            pk,
            language,
        )
    url = settings.SITE_URL + article.get_absolute_url(language)
    response = SeeOther(share_address(network, url=url, title=getattr(article, f"title_{language}")))
    remember_client(response, client, counted)
    return response
