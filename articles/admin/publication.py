"""
Publishing from the admin: each language's state and checklist on the change
form, its buttons (publish, publish changes, schedule, unpublish), "Save and
publish" for a quick correction, and the changelist's publish and unpublish
actions, which show the checklist's warnings before they publish.

Every path publishes through services.article_publish, which refuses an
edition the checklist blocks; the buttons and actions only ask it.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.times import when, zone_note
from editorial.selectors import review_latest

from .. import services
from ..bylines import article_bylines
from ..checklist import Checklist, publish_checklist
from ..models import LANGUAGE_NAMES, Edition
from ..texts import EditionText
from . import review

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DEFAULT_FRONT_PAGE_TIME = timedelta(days=1)
# The keys of the change form's publication buttons; any of them needs the publish permission.
PUBLISH, SCHEDULE, UNPUBLISH, SAVE_AND_PUBLISH = "_publish", "_schedule", "_unpublish", "_saveandpublish"
# The front page's: pin an edition on top, or show it in the breaking-news band, until a time; or stop.
PIN, UNPIN, BREAKING, UNBREAKING = "_pin", "_unpin", "_breaking", "_unbreaking"
BUTTONS = (PUBLISH, SCHEDULE, UNPUBLISH, SAVE_AND_PUBLISH, PIN, UNPIN, BREAKING, UNBREAKING)
SCHEDULE_AT = "_publish_at_"  # + language: the time a schedule button asks for
PIN_UNTIL, BREAKING_UNTIL = "_pin_until_", "_breaking_until_"  # + language: the time a pin or a band ends
TIME_FIELDS = (SCHEDULE_AT, PIN_UNTIL, BREAKING_UNTIL)
STATES = {
    "live": _("live"),
    "changed": _("live, changed since published"),
    "scheduled": _("scheduled"),
    "draft": _("draft"),
    "missing": _("no text"),
    "review": _("in review"),
}


@dataclass(frozen=True)
class LanguageRow:
    article_id: int
    code: str
    name: str
    state: str
    edition: Edition | None
    checklist: Checklist
    changed: bool
    # The language's newest submission for review (editorial.ReviewRequest), if any.
    review: object = None

    @property
    def state_label(self) -> str:
        return str(STATES[self.state])

    @property
    def since(self) -> str:
        return when(self.edition.published_at) if self.edition and self.edition.published_at else ""

    @property
    def waiting(self) -> bool:
        return self.review is not None and self.review.waiting

    @property
    def sent_back(self) -> bool:
        """Sent back, and not published since: its author still has the comment to answer."""
        if self.review is None or not self.review.sent_back:
            return False
        published = self.edition.text_published_at if self.edition else None
        return published is None or published < self.review.decided_at

    @property
    def review_label(self) -> str:
        return str(STATES["review"])

    @property
    def live(self) -> bool:
        return self.state in ("live", "changed")

    @property
    def pinned_until(self) -> str:
        """When its pin ends, in newsroom time; empty when it is not pinned."""
        return when(self.edition.pinned_until) if self.edition and self.edition.is_pinned() else ""

    @property
    def breaking_until(self) -> str:
        """When its breaking-news band ends, in newsroom time; empty when it has none."""
        return when(self.edition.breaking_until) if self.edition and self.edition.is_breaking() else ""

    @property
    def preview_url(self) -> str:
        return reverse("admin:articles_article_preview", args=[self.article_id, self.code])

    @property
    def changes_url(self) -> str:
        return reverse("admin:articles_article_changes", args=[self.article_id, self.code])


def language_rows(article) -> list[LanguageRow]:
    """Each language of `article`: its state, its checklist, and whether its working text changed since published."""
    sections = list(article.sections.all())
    bylines = article_bylines(article)
    editions = {edition.language: edition for edition in article.editions.all()}
    reviews = review_latest(article=article)
    now = timezone.now()
    rows = []
    for code in LANGUAGE_CODES:
        working = EditionText.from_working(article, code, sections, bylines)
        edition = editions.get(code)
        changed = False
        if edition is not None and edition.is_live(now):
            changed = working != EditionText.from_edition(edition)
            state = "changed" if changed else "live"
        elif edition is not None and edition.status == Edition.Status.PUBLISHED:
            state = "scheduled"
        else:
            state = "draft" if working.title else "missing"
        rows.append(
            LanguageRow(
                article_id=article.pk,
                code=code,
                name=str(LANGUAGE_NAMES[code]),
                state=state,
                edition=edition,
                checklist=publish_checklist(article=article, language=code, text=working),
                changed=changed,
                review=reviews.get(code),
            )
        )
    return rows


def panel(request, article) -> str:
    """The publication panel of the change form, as HTML."""
    context = {
        "article": article,
        "rows": language_rows(article),
        "may_publish": request.user.has_perm("articles.publish_edition"),
        "zone": settings.TIME_ZONE,
        "zone_note": zone_note(),
        "buttons": {
            "publish": PUBLISH,
            "schedule": SCHEDULE,
            "unpublish": UNPUBLISH,
            "schedule_at": SCHEDULE_AT,
            "pin": PIN,
            "unpin": UNPIN,
            "pin_until": PIN_UNTIL,
            "breaking": BREAKING,
            "unbreaking": UNBREAKING,
            "breaking_until": BREAKING_UNTIL,
        },
        # What the pin and band times offer: a day from now, in newsroom time.
        "default_until": timezone.localtime(timezone.now() + DEFAULT_FRONT_PAGE_TIME).strftime("%Y-%m-%dT%H:%M"),
        **review.panel_context(request),
    }
    return render_to_string("admin/articles/article/publication.html", context, request=request)


def asks_to_publish(post) -> bool:
    return any(key in post for key in BUTTONS)


def check_permission(request) -> None:
    """A publication button pressed by a user who may not publish: refused, whatever the form showed."""
    if asks_to_publish(request.POST) and not request.user.has_perm("articles.publish_edition"):
        raise PermissionDenied(gettext("You may not publish, schedule or unpublish editions."))


def handle(request, article, *, sections) -> None:
    """
    Do what the pressed publication button asks, once the form is saved, and
    say what came of it. `sections` are the article's sections as saved.
    """
    post = request.POST
    if PUBLISH in post:
        _publish(request, article, post[PUBLISH], at=None, sections=sections)
    elif SCHEDULE in post:
        language = post[SCHEDULE]
        at = _parse_time(post.get(f"{SCHEDULE_AT}{language}", ""))
        if at is None or at <= timezone.now():
            messages.error(
                request,
                gettext("Not scheduled (%(language)s): give a time in the future, in %(zone)s.")
                % {"zone": settings.TIME_ZONE, "language": _name(language)},
            )
            return
        _publish(request, article, language, at=at, sections=sections)
    elif UNPUBLISH in post and post[UNPUBLISH] in LANGUAGE_CODES:
        services.article_unpublish(article=article, language=post[UNPUBLISH], by=request.user)
        messages.success(request, gettext("Unpublished: %(language)s.") % {"language": _name(post[UNPUBLISH])})
    elif PIN in post or BREAKING in post:
        _front_page(request, article, post)
    elif UNPIN in post and post[UNPIN] in LANGUAGE_CODES:
        services.edition_pin(article=article, language=post[UNPIN], until=None)
        messages.success(request, gettext("Unpinned: %(language)s.") % {"language": _name(post[UNPIN])})
    elif UNBREAKING in post and post[UNBREAKING] in LANGUAGE_CODES:
        services.edition_breaking(article=article, language=post[UNBREAKING], until=None)
        messages.success(
            request, gettext("Breaking-news band ended: %(language)s.") % {"language": _name(post[UNBREAKING])}
        )
    elif SAVE_AND_PUBLISH in post:
        changed = [row.code for row in language_rows(article) if row.state == "changed"]
        if not changed:
            messages.info(request, gettext("Saved. No live edition had changes to publish."))
        for language in changed:
            _publish(request, article, language, at=None, sections=sections)


def _front_page(request, article, post) -> None:
    """Pin the edition, or show it in the breaking-news band, until the time given; say what came of it."""
    pin = PIN in post
    language = post[PIN if pin else BREAKING]
    if language not in LANGUAGE_CODES:
        return
    until = _parse_time(post.get(f"{PIN_UNTIL if pin else BREAKING_UNTIL}{language}", ""))
    if until is None or until <= timezone.now():
        messages.error(
            request,
            gettext("Nothing changed (%(language)s): give a time in the future, in %(zone)s.")
            % {"zone": settings.TIME_ZONE, "language": _name(language)},
        )
        return
    service = services.edition_pin if pin else services.edition_breaking
    if service(article=article, language=language, until=until) is None:
        messages.error(request, gettext("Not published: %(language)s.") % {"language": _name(language)})
    elif pin:
        messages.success(
            request,
            gettext("Pinned on top of the front page: %(language)s, until %(time)s.")
            % {"language": _name(language), "time": when(until)},
        )
    else:
        messages.success(
            request,
            gettext("Shown as breaking news: %(language)s, until %(time)s.")
            % {"language": _name(language), "time": when(until)},
        )


def _name(language: str) -> str:
    return str(LANGUAGE_NAMES.get(language, language))


def _parse_time(value: str) -> datetime | None:
    """A time typed in the newsroom's time zone ("2026-12-02T12:30")."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def _publish(request, article, language, *, at, sections) -> None:
    if language not in LANGUAGE_CODES:
        return
    try:
        edition = services.article_publish(
            article=article, language=language, at=at, by=request.user, sections=sections
        )
    except services.PublishBlocked as blocked:
        messages.error(
            request,
            gettext("Not published: %(language)s: %(reasons)s")
            % {"language": _name(language), "reasons": " ".join(blocked.checklist.blockers)},
        )
        return
    if edition.is_live():
        messages.success(request, gettext("Published: %(language)s.") % {"language": _name(language)})
    else:
        messages.success(
            request,
            gettext("Scheduled: %(language)s, for %(time)s.")
            % {"language": _name(language), "time": when(edition.published_at)},
        )


# --- the changelist's actions ----------------------------------------------

# Whole phrases per language, so that each translation can be grammatical.
PUBLISH_LABELS = {
    "hy": _("Publish the Armenian edition"),
    "ru": _("Publish the Russian edition"),
    "en": _("Publish the English edition"),
    "tr": _("Publish the Turkish edition"),
}
UNPUBLISH_LABELS = {
    "hy": _("Unpublish the Armenian edition"),
    "ru": _("Unpublish the Russian edition"),
    "en": _("Unpublish the English edition"),
    "tr": _("Unpublish the Turkish edition"),
}


def edition_action(language: str, *, publish: bool):
    """
    A changelist action that publishes (the working text) or unpublishes the
    `language` edition of the selected articles. Publishing shows the
    checklist first when any article has a blocker or a warning, and goes on
    when the user confirms; a blocked edition is never published.
    """

    def action(modeladmin, request, queryset):
        articles = list(queryset.prefetch_related("sections", "editions"))
        if not publish:
            for article in articles:
                services.article_unpublish(article=article, language=language, by=request.user)
            modeladmin.message_user(request, gettext("Editions unpublished: %(count)d.") % {"count": len(articles)})
            return None
        checks = [(article, publish_checklist(article=article, language=language)) for article in articles]
        if request.POST.get("post") != "yes" and any(c.blockers or c.warnings for _a, c in checks):
            return _confirmation(modeladmin, request, language, checks)
        done = 0
        for article, checklist in checks:
            if not checklist.may_publish:
                continue
            services.article_publish(article=article, language=language, by=request.user)
            done += 1
        modeladmin.message_user(request, gettext("Editions published: %(count)d.") % {"count": done})
        blocked = [(article, checklist) for article, checklist in checks if not checklist.may_publish]
        for article, checklist in blocked:
            modeladmin.message_user(
                request,
                gettext("Not published: “%(article)s”: %(reasons)s")
                % {"article": article, "reasons": " ".join(checklist.blockers)},
                level=messages.WARNING,
            )
        return None

    action.__name__ = f"{'publish' if publish else 'unpublish'}_{language}"
    action.short_description = (PUBLISH_LABELS if publish else UNPUBLISH_LABELS)[language]
    action.allowed_permissions = ("publish",)
    return action


def _confirmation(modeladmin, request, language, checks):
    context = {
        **modeladmin.admin_site.each_context(request),
        "opts": modeladmin.model._meta,
        "title": PUBLISH_LABELS[language],
        "language_name": _name(language),
        "checks": checks,
        "publishable": sum(1 for _article, checklist in checks if checklist.may_publish),
        "action": request.POST.get("action"),
        "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/articles/article/publish_confirmation.html", context)
