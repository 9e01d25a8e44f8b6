from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.utils.encoding import escape_uri_path
from django.views.decorators.http import require_POST
from django.views.generic import ListView

from . import selectors, services
from .sharing import NETWORKS, share_address
from .visitors import client_from_request, remember_client


class SeeOther(HttpResponseRedirect):
    """303 to a share dialog; e-mail sharing needs the mailto: scheme."""

    status_code = 303
    allowed_schemes = ["http", "https", "mailto"]


class ArticleListView(ListView):
    """The edition's front page: published articles in the request's language, newest first."""

    template_name = "articles/article_list.html"
    context_object_name = "articles"

    def get_paginate_by(self, queryset):
        return settings.ARTICLES_PER_PAGE

    def get_queryset(self):
        return selectors.article_list(language=self.request.LANGUAGE_CODE)

    def paginate_queryset(self, queryset, page_size):
        # Any bad page (zero, negative, past the end, not a number) is a 404, never a 500.
        paginator = Paginator(queryset, page_size)
        try:
            page = paginator.page(self.request.GET.get("page") or 1)
        except InvalidPage:
            raise Http404("No such page.") from None
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["switcher"] = selectors.language_switcher(
            current=self.request.LANGUAGE_CODE,
            urls={code: f"/{code}/" for code in selectors.LANGUAGE_CODES},
        )
        return context


def article_detail(request, pk, slug):
    """
    The article page in the request's language; counts the view.

    A wrong slug redirects (301) to the canonical address; an article without
    a live edition in this language answers 404 with links to the languages
    it has.
    """
    language = request.LANGUAGE_CODE
    try:
        article = selectors.article_get_published(pk=pk, language=language)
    except Http404:
        return article_unavailable(request, pk=pk, language=language)
    canonical = article.get_absolute_url(language)
    if escape_uri_path(request.path) != canonical:
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)

    client = client_from_request(request)
    if services.edition_view_record(edition_id=article.edition_id, client=client):
        # Show the figure including this view without reading it back.
        article.views += 1
    response = _render_article(request, article, language=language)
    remember_client(response, client)
    return response


@permission_required("articles.view_article")
def article_preview(request, pk):
    """A draft or scheduled edition as readers will see it; for editors, not counted, not indexed."""
    language = request.LANGUAGE_CODE
    article = selectors.article_get_any(pk=pk)
    if not article.has_text(language):
        raise Http404("The article has no text in this language.")
    article.views = article.shares = 0
    article.published_at = next((e.published_at for e in article.editions.all() if e.language == language), None)
    return _render_article(request, article, language=language, preview=True)


def _render_article(request, article, *, language, preview=False):
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "sections": [s for s in article.sections.all() if s.has_text(language)],
            "switcher": selectors.article_switcher(article=article, current=language),
            "networks": NETWORKS.values(),
            "preview": preview,
        },
    )


def article_unavailable(request, *, pk, language):
    """A 404 for an article not live in `language`, linking to the languages it is live in."""
    article = selectors.article_get_any(pk=pk)
    languages = selectors.article_live_languages(article=article)
    if not languages:
        raise Http404("No such article.")
    others = [
        {
            "language": code,
            "label": settings.LANGUAGE_LABELS[code],
            "url": article.get_absolute_url(code),
            "title": getattr(article, f"title_{code}"),
        }
        for code in languages
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
