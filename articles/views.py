from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.utils.encoding import escape_uri_path
from django.views.decorators.http import require_POST

from . import counters, pages, selectors, services
from .sharing import NETWORKS, share_address
from .visitors import client_from_request, remember_client


class SeeOther(HttpResponseRedirect):
    """303 to a share dialog; e-mail sharing needs the mailto: scheme."""

    status_code = 303
    allowed_schemes = ["http", "https", "mailto"]


def article_list(request):
    """The edition's front page: published articles in the request's language, newest first, paginated."""
    language = request.LANGUAGE_CODE
    paginator = Paginator(selectors.article_list(language=language), settings.ARTICLES_PER_PAGE)
    try:
        # Any bad page (zero, negative, past the end, not a number) is a 404, never a 500.
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage:
        raise Http404("No such page.") from None
    articles = list(page.object_list)
    signature = ";".join(
        [str(page.number), str(paginator.num_pages)]
        + [f"{a.pk}@{a.updated_at.isoformat()}@{a.published_at.isoformat()}" for a in articles]
    )
    context = {
        "articles": articles,
        "page_obj": page,
        "paginator": paginator,
        "is_paginated": page.has_other_pages(),
        "switcher": selectors.language_switcher(
            current=language, urls={code: f"/{code}/" for code in selectors.LANGUAGE_CODES}
        ),
        # Called by the template, so only when the page is rendered, not when it is cached.
        "most_read": lambda: selectors.most_read(language=language),
    }
    return HttpResponse(pages.list_page(request, context=context, signature=signature))


def article_detail(request, pk, slug):
    """
    The article page in the request's language; counts the view.

    A wrong slug redirects (301) to the canonical address; an article without
    a live edition in this language answers 404 with links to the languages
    it has.
    """
    language = request.LANGUAGE_CODE
    state = selectors.article_state(pk=pk)
    if state is None or language not in state.live:
        return _unavailable(request, state=state, language=language)
    article, edition = state.article, state.editions[language]
    canonical = article.get_absolute_url(language)
    if escape_uri_path(request.path) != canonical:
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)

    client = client_from_request(request)
    counted = services.edition_view_record(edition_id=edition.pk, client=client)
    views, shares = counters.figures(edition, counted_view=counted)
    html = pages.article_page(
        request,
        article=article,
        language=language,
        live=state.live,
        published_at=edition.published_at,
        views=views,
        shares=shares,
    )
    response = HttpResponse(html)
    remember_client(response, client)
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


def _unavailable(request, *, state, language):
    """A 404 for an article not live in `language`, linking to the languages it is live in."""
    if state is None or not state.live:
        raise Http404("No such article.")
    article = state.article
    others = [
        {
            "language": code,
            "label": settings.LANGUAGE_LABELS[code],
            "url": article.get_absolute_url(code),
            "title": getattr(article, f"title_{code}"),
        }
        for code in state.live
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


@require_POST
def article_share(request, pk, network):
    """Count a share of the article on `network` and send the reader (303) to its share dialog."""
    if network not in NETWORKS:
        raise Http404("Unknown network.")
    language = request.LANGUAGE_CODE
    article = selectors.article_get_published(pk=pk, language=language)
    client = client_from_request(request)
    services.edition_share_record(edition_id=article.edition_id, network=network, client=client)
    url = request.build_absolute_uri(article.get_absolute_url(language))
    response = SeeOther(share_address(network, url=url, title=getattr(article, f"title_{language}")))
    remember_client(response, client)
    return response
