"""
Importing plain text, into a new article or into one language of an
existing one, in three steps: paste (or upload) the text; read the split
(title, lead, each section with its level and heading, and for an existing
article what each section replaces), then save it or go back to edit the
text; saved.

Nothing is written before the confirmation. The review carries the text as
a signed copy, which the confirmation posts back and the server splits
again: what is saved is the split of the text that was shown, never a split
sent by the browser. An import into an existing article is a save like the
change form's (services.article_import_into): refused, with who and what,
when someone saved the article after the import page was opened.
"""

from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext, ngettext

from .. import conflicts, importer, permissions, services
from ..forms import ImportTextForm
from ..models import LANGUAGE_NAMES

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
SALT = "articles.admin.imports.review"
# The confirmation and the way back post these, with the signed review.
SAVE, BACK, REVIEW = "_save", "_back", "review"
# The review's level choices, "level-3" for the third section: all of a new article's, a new section's otherwise.
LEVEL = "level-"


def urls(model_admin) -> list:
    """The import pages' URLs, for ArticleAdmin.get_urls."""
    wrap = model_admin.admin_site.admin_view
    return [
        path(
            "import/",
            wrap(lambda request: new_view(model_admin, request)),
            name="articles_article_import",
        ),
        path(
            "<int:pk>/import/<str:language>/",
            wrap(lambda request, pk, language: into_view(model_admin, request, pk, language)),
            name="articles_article_import_into",
        ),
    ]


def _sign(request, **fields) -> str:
    return signing.dumps({**fields, "user": request.user.pk}, salt=SALT, compress=True)


def _signed(request) -> dict:
    """The review the confirmation posted back; refused when it was altered or is another user's."""
    try:
        found = signing.loads(request.POST.get(REVIEW, ""), salt=SALT)
    except signing.BadSignature:
        raise PermissionDenied from None
    if not isinstance(found, dict) or found.get("user") != request.user.pk:
        raise PermissionDenied
    return found


def _levels(request) -> dict[int, int]:
    """The levels chosen on the review, by section index; anything but a heading (2) or subheading (3) is ignored."""
    levels = {}
    for key, value in request.POST.items():
        number = key.removeprefix(LEVEL)
        if key.startswith(LEVEL) and number.isdigit() and value in ("2", "3"):
            levels[int(number) - 1] = int(value)
    return levels


def new_view(model_admin, request):
    """Paste a plain-text article, read how it is split, and save it as a new article."""
    if not model_admin.has_add_permission(request):
        return redirect("admin:articles_article_changelist")
    context = {"title": gettext("Import a plain-text article"), "original": None}
    if request.method == "POST" and (SAVE in request.POST or BACK in request.POST):
        signed = _signed(request)
        if BACK in request.POST:
            form = ImportTextForm(initial={key: signed[key] for key in ("language", "text", "lead")})
            return _render_form(model_admin, request, form, context)
        try:
            article = services.article_import_text(
                text=signed["text"],
                language=signed["language"],
                lead=signed["lead"],
                levels=_levels(request),
                by=request.user,
            )
        except importer.ArticleTextError as exc:
            # The text was split once already; only a change of the rules since then brings this here.
            form = ImportTextForm(initial={key: signed[key] for key in ("language", "text", "lead")})
            messages.error(request, str(exc))
            return _render_form(model_admin, request, form, context)
        count = article.sections.count()
        model_admin.message_user(
            request,
            ngettext(
                "Imported “%(title)s” with %(count)d section; check the headings and publish.",
                "Imported “%(title)s” with %(count)d sections; check the headings and publish.",
                count,
            )
            % {"title": article, "count": count},
        )
        return redirect("admin:articles_article_change", article.pk)
    form = ImportTextForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        review = {"text": data["text"], "language": data["language"], "lead": data["lead"]}
        return _render_review(model_admin, request, review, None, context)
    return _render_form(model_admin, request, form, context)


def into_view(model_admin, request, pk, language):
    """Paste the text of one language of an existing article, read what it replaces, and save it."""
    article = model_admin.get_object(request, str(pk))
    if article is None or language not in LANGUAGE_CODES:
        raise Http404("No such article or language.")
    if not model_admin.has_change_permission(request, article) or language not in permissions.editable_languages(
        request.user
    ):
        raise PermissionDenied
    context = {
        "title": gettext("Paste text: %(language)s") % {"language": LANGUAGE_NAMES[language]},
        "original": article,
        "language": language,
    }
    if request.method == "POST" and (SAVE in request.POST or BACK in request.POST):
        signed = _signed(request)
        if signed.get("article") != article.pk or signed.get("language") != language:
            raise PermissionDenied
        if BACK in request.POST:
            form = ImportTextForm(initial={"text": signed["text"], "lead": signed["lead"]}, with_language=False)
            return _render_form(model_admin, request, form, {**context, "opened": signed["opened"]})
        try:
            services.article_import_into(
                article=article,
                text=signed["text"],
                language=language,
                lead=signed["lead"],
                levels=_levels(request),
                by=request.user,
                opened_version=signed["opened"][conflicts.VERSION],
                opened_text=signed["opened"][conflicts.OPENED],
            )
        except conflicts.SavedSinceOpened as exc:
            # Shown again against the article as it is now; saving again saves over it, knowingly.
            review = {**signed, "opened": conflicts.opened(article)}
            context = {**context, "error": str(exc)}
            return _render_review(model_admin, request, review, article, context, levels=_levels(request))
        except importer.ArticleTextError as exc:
            context = {**context, "error": str(exc)}
            return _render_review(model_admin, request, signed, article, context, levels=_levels(request))
        model_admin.message_user(
            request,
            gettext("The pasted text is saved (%(language)s); check it and publish.")
            % {"language": LANGUAGE_NAMES[language]},
        )
        return redirect("admin:articles_article_change", article.pk)
    form = ImportTextForm(request.POST or None, request.FILES or None, with_language=False)
    if request.method == "POST" and form.is_valid():
        opened = _opened(request, article)
        review = {"text": form.cleaned_data["text"], "lead": form.cleaned_data["lead"], "opened": opened}
        return _render_review(model_admin, request, review, article, context)
    opened = _opened(request, article) if request.method == "POST" else conflicts.opened(article)
    return _render_form(model_admin, request, form, {**context, "opened": opened})


def _opened(request, article) -> dict:
    """The version and text the import page was opened with, as step one posted them."""
    try:
        version = int(request.POST.get(conflicts.VERSION, ""))
    except ValueError:
        return conflicts.opened(article)
    return {conflicts.VERSION: version, conflicts.OPENED: request.POST.get(conflicts.OPENED, "")}


def _render_form(model_admin, request, form, context):
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "form": form,
        **context,
    }
    return TemplateResponse(request, "admin/articles/article/import_text.html", context)


def _render_review(model_admin, request, review, article, context, levels=None):
    """
    Step two: the split of `review`'s text (with the `levels` chosen on it
    already), and for `article` what each section replaces.
    """
    language = review["language"] if article is None else context["language"]
    parsed = importer.parse(review["text"], lead=review["lead"])
    importer.set_levels(parsed, levels)
    rows, refusal = [], ""
    if article is None:
        rows = [
            {"number": n, "new": s, "old": None, "level": s.level, "choose": True}
            for n, s in enumerate(parsed.sections, 1)
        ]
    else:
        matches = importer.match_sections(parsed.sections, list(article.sections.all()))
        for number, match in enumerate(matches, start=1):
            old = match.existing
            rows.append(
                {
                    "number": number,
                    "new": match.parsed,
                    "old": old,
                    "old_heading": getattr(old, f"heading_{language}", "") if old else "",
                    "old_body": getattr(old, f"body_{language}", "") if old else "",
                    # A section keeps its level; only a new one takes the text's.
                    "level": old.level if old else match.parsed.level,
                    "text_level": match.parsed.level if match.parsed else None,
                    # Only a new section takes a level from the paste.
                    "choose": old is None,
                }
            )
        refusal = services.import_refusal(user=request.user, language=language, matches=matches)
    signed = {**review, "language": language}
    if article is not None:
        signed["article"] = article.pk
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        **context,
        "title": gettext("Check the split before saving"),
        "language_name": LANGUAGE_NAMES[language],
        "language": language,
        "parsed": parsed,
        "old_title": getattr(article, f"title_{language}", "") if article else "",
        "old_lead": getattr(article, f"lead_{language}", "") if article else "",
        "rows": rows,
        "refusal": refusal,
        "review": _sign(request, **signed),
    }
    return TemplateResponse(request, "admin/articles/article/import_review.html", context)
