from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import override
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from articles.selectors import LANGUAGE_CODES, language_switcher
from cms.text import clean_text

from .query import MAX_LENGTH, parse
from .selectors import search_results


def _page_number(page: str) -> int:
    # Plain digits only, as the list pages take them: anything else names no page.
    if not (page.isascii() and page.isdigit() and len(page) <= 9):
        raise Http404("No such page.")
    return int(page)


def _search_url(language: str, q: str) -> str:
    with override(language):
        url = reverse("search:results")
    return f"{url}?{urlencode({'q': q})}" if q else url


# Exempt from the CSRF check so that an unsafe method is told 405 by
# require_safe; the page changes nothing, and carries no token or session.
@csrf_exempt
@require_safe
def results(request):
    """
    The edition's live articles matching `q`, best first, `page` by page
    (ARTICLES_PER_PAGE), their matched words marked. No words: the form
    alone. A query over MAX_LENGTH characters: 400, with the form to shorten it.
    """
    language = request.LANGUAGE_CODE
    # A NUL in the address is already a 400 (cms.middleware); a line break is a space, other controls go.
    q = " ".join(clean_text(request.GET.get("q", ""), multiline=False).split())
    number = _page_number(request.GET.get("page") or "1")
    context = {
        "search_text": q,
        "switcher": language_switcher(current=language, urls={code: _search_url(code, q) for code in LANGUAGE_CODES}),
        "too_long": len(q) > MAX_LENGTH,
        "max_length": MAX_LENGTH,
    }
    if context["too_long"]:
        return render(request, "search/results.html", context, status=400)
    query = parse(q, language)
    if not query.is_empty:
        per_page = settings.ARTICLES_PER_PAGE
        paginator = Paginator(search_results(query=query, number=number, per_page=per_page), per_page)
        try:
            page_obj = paginator.page(number)
        except InvalidPage:
            raise Http404("No such page.") from None
        context.update(
            query=query,
            paginator=paginator,
            page_obj=page_obj,
            hits=page_obj.object_list,
            is_paginated=page_obj.has_other_pages(),
            page_query=urlencode({"q": q}),
        )
    return render(request, "search/results.html", context)
