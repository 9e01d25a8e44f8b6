"""
The change form's "Preview links" section: the article's shareable links,
a form to make one and a button to revoke each; their POSTs go to URLs of
their own, so that the change form's own POST is untouched.

What the section shows is a courtesy: every POST is checked again by the
services (editorial.services), which decide who may make and revoke a link.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from cms.people import display_name
from editorial import selectors, services
from editorial.models import PreviewLink
from editorial.previews import DEFAULT_HOURS, LIFETIMES, may_make_preview, may_revoke_preview

from ..models import LANGUAGE_NAMES
from .publication import when

STATES = {
    "active": pgettext_lazy("preview link", "works"),
    "expired": pgettext_lazy("preview link", "expired"),
    "revoked": pgettext_lazy("preview link", "revoked"),
}


class PreviewLinkForm(forms.Form):
    language = forms.ChoiceField(label=_("language"), choices=settings.LANGUAGES)
    hours = forms.TypedChoiceField(label=_("works for"), choices=LIFETIMES, coerce=int, initial=DEFAULT_HOURS)

    def __init__(self, *args, languages=None, **kwargs):
        # Ids of its own: the section sits on the article's page, beside the article's form.
        super().__init__(*args, auto_id="id_preview_link_%s", **kwargs)
        if languages is not None:
            self.fields["language"].choices = [(code, LANGUAGE_NAMES[code]) for code in languages]


def _shareable(user, article) -> list[str]:
    """The languages `user` may share of `article`: with text, and theirs to edit."""
    return [code for code, _name in settings.LANGUAGES if article.has_text(code) and may_make_preview(user, code)]


def panel(request, article) -> str:
    """The "Preview links" section of `article`'s change form, as HTML."""
    now = timezone.now()
    links = selectors.article_preview_links(article=article, at=now)
    user = request.user
    rows = [
        {
            "link": link,
            "language": LANGUAGE_NAMES[link.language],
            "made_by": display_name(link.created_by) if link.created_by else "—",
            "made": when(link.created_at),
            "expires": when(link.expires_at),
            "state": link.state(now),
            "state_label": STATES[link.state(now)],
            "url": settings.SITE_URL + link.get_absolute_url(),
            "may_revoke": link.revoked_at is None and link.expires_at > now and may_revoke_preview(user, link),
        }
        for link in links
    ]
    languages = _shareable(user, article)
    context = {
        "article": article,
        "rows": rows,
        "form": PreviewLinkForm(languages=languages) if languages else None,
        "make_url": reverse("admin:articles_article_preview_link_make", args=[article.pk]),
    }
    return render_to_string("admin/articles/article/preview_links.html", context, request=request)


def urls(model_admin) -> list:
    """The section's POST URLs, for ArticleAdmin.get_urls."""
    wrap = model_admin.admin_site.admin_view
    return [
        path(
            "<int:pk>/preview-links/",
            wrap(require_POST(lambda request, pk: make_view(model_admin, request, pk))),
            name="articles_article_preview_link_make",
        ),
        path(
            "<int:pk>/preview-links/<int:link_id>/revoke/",
            wrap(require_POST(lambda request, pk, link_id: revoke_view(model_admin, request, pk, link_id))),
            name="articles_article_preview_link_revoke",
        ),
    ]


def _article(model_admin, request, pk):
    article = model_admin.get_object(request, str(pk))
    if article is None:
        raise Http404("No such article.")
    if not model_admin.has_change_permission(request, article):
        raise PermissionDenied
    return article


def _back(article):
    return redirect(reverse("admin:articles_article_change", args=[article.pk]) + "#preview-links")


def make_view(model_admin, request, pk):
    """Make a preview link of the article in the posted language, for the posted lifetime."""
    article = _article(model_admin, request, pk)
    form = PreviewLinkForm(request.POST)
    if not form.is_valid():
        messages.error(request, gettext("No preview link made: choose a language and how long it works."))
        return _back(article)
    language = form.cleaned_data["language"]
    # PermissionDenied from the service (a language not theirs) is a 403.
    try:
        link = services.preview_link_create(
            article=article, language=language, by=request.user, hours=form.cleaned_data["hours"]
        )
    except services.PreviewLinkRefused as refused:
        messages.error(request, str(refused))
        return _back(article)
    messages.success(
        request,
        gettext("Preview link made (%(language)s), working until %(time)s: %(url)s")
        % {
            "language": LANGUAGE_NAMES[language],
            "time": when(link.expires_at),
            "url": settings.SITE_URL + link.get_absolute_url(),
        },
    )
    return _back(article)


def revoke_view(model_admin, request, pk, link_id):
    """Revoke one of the article's preview links."""
    article = _article(model_admin, request, pk)
    # Another article's link is not found here, whatever its id.
    link = PreviewLink.objects.filter(pk=link_id, article=article).first()
    if link is None:
        raise Http404("No such preview link.")
    if services.preview_link_revoke(link=link, by=request.user):
        messages.success(
            request, gettext("Preview link revoked (%(language)s).") % {"language": LANGUAGE_NAMES[link.language]}
        )
    else:
        messages.info(request, gettext("That preview link was revoked already."))
    return _back(article)
