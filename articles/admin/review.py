"""
Review on the article's change form, and the "Waiting for review" list.

Authors and translators (who may not publish) submit a language edition for
review from the publication panel; a press secretary approves it (which
publishes it) or sends it back with a comment. The buttons post the change
form, like the publication buttons: the form is saved, then the step is
taken through editorial.services, which checks the permission again.
"""

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.admin_titles import SentenceTitlesMixin, Titles
from cms.people import display_name
from editorial import services as review_services
from editorial.models import ReviewRequest
from editorial.selectors import review_waiting

from .. import permissions
from ..models import LANGUAGE_NAMES
from ..services import PublishBlocked
from .readonly import ReadOnlyAdmin

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The keys of the review buttons (their value: the language) and of the send-back comment (+ language).
SUBMIT, APPROVE, SEND_BACK, WITHDRAW = "_submit_review", "_approve", "_send_back", "_withdraw"
BUTTONS = (SUBMIT, APPROVE, SEND_BACK, WITHDRAW)
COMMENT = "_review_comment_"
CONTROL_KEYS = {*BUTTONS, *(f"{COMMENT}{code}" for code in LANGUAGE_CODES)}
WAITING_PER_PAGE = 100


def panel_context(request) -> dict:
    """What the publication panel needs to show the review buttons to this user."""
    return {
        "submittable": [code for code in LANGUAGE_CODES if permissions.may_submit(request.user, code)],
        "user_id": request.user.pk,
        "review_buttons": {
            "submit": SUBMIT,
            "approve": APPROVE,
            "send_back": SEND_BACK,
            "withdraw": WITHDRAW,
            "comment": COMMENT,
        },
    }


def asks(post) -> bool:
    return any(key in post for key in BUTTONS)


def refusal(request) -> str:
    """Why this POST's review button is refused before anything is saved; empty when it is not."""
    post, user = request.POST, request.user
    if (APPROVE in post or SEND_BACK in post) and not permissions.may_publish(user):
        return gettext("You may not approve or send back submissions.")
    if SUBMIT in post and not permissions.may_submit(user, post[SUBMIT]):
        return gettext("You may not submit this language for review.")
    if WITHDRAW in post and not (permissions.may_publish(user) or permissions.may_submit(user, post[WITHDRAW])):
        return gettext("Only the person who submitted it may withdraw it.")
    return ""


def _name(language: str) -> str:
    return str(LANGUAGE_NAMES.get(language, language))


def handle(request, article) -> None:
    """Take the review step the pressed button asks for, once the form is saved, and say what came of it."""
    post = request.POST
    button = next(key for key in BUTTONS if key in post)
    language = post[button]
    if language not in LANGUAGE_CODES:
        return
    waiting = ReviewRequest.objects.filter(article=article, language=language, state="waiting").first()
    try:
        if button == SUBMIT:
            review_services.review_submit(article=article, language=language, by=request.user)
            messages.success(request, gettext("Submitted for review: %(language)s.") % {"language": _name(language)})
            return
        if waiting is None:
            raise review_services.ReviewRefused(gettext("This language is not waiting for review."))
        if button == APPROVE:
            review_services.review_approve(review=waiting, by=request.user)
            messages.success(request, gettext("Approved and published: %(language)s.") % {"language": _name(language)})
        elif button == SEND_BACK:
            review_services.review_send_back(
                review=waiting, by=request.user, comment=post.get(f"{COMMENT}{language}", "")
            )
            messages.success(
                request, gettext("Sent back with your comment: %(language)s.") % {"language": _name(language)}
            )
        else:
            review_services.review_withdraw(review=waiting, by=request.user)
            messages.success(request, gettext("Withdrawn from review: %(language)s.") % {"language": _name(language)})
    except PublishBlocked as blocked:
        messages.error(
            request,
            gettext("Not approved: %(language)s: %(reasons)s")
            % {"language": _name(language), "reasons": " ".join(blocked.checklist.blockers)},
        )
    except (review_services.ReviewRefused, PermissionDenied) as refused:
        messages.error(request, gettext("%(language)s: %(reason)s") % {"language": _name(language), "reason": refused})


class SubmittedByFilter(admin.SimpleListFilter):
    title = _("submitted by")
    parameter_name = "by"

    def lookups(self, request, model_admin):
        return [("me", _("me"))]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(submitted_by=request.user)
        return queryset


@admin.register(ReviewRequest)
class ReviewRequestAdmin(SentenceTitlesMixin, ReadOnlyAdmin):
    titles = Titles(
        select_to_view=_("Select a submission for review to view"),
        view=_("View submission for review"),
    )
    """Every submission and its outcome, read-only; the decisions are taken on the article's page."""

    list_display = ["article_link", "language", "submitted_by", "submitted_at", "state", "decided_by", "comment"]
    list_display_links = None
    list_filter = [SubmittedByFilter, "state", "language"]
    list_select_related = ["article", "submitted_by", "decided_by"]
    change_list_template = "admin/editorial/reviewrequest/change_list.html"

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_view_permission(self, request, obj=None):
        # Everyone who writes or translates articles sees the review queue and its outcomes.
        return request.user.is_active and request.user.has_perm("articles.change_article")

    @admin.display(description=_("article"), ordering="article")
    def article_link(self, review):
        url = reverse("admin:articles_article_change", args=[review.article_id])
        return format_html('<a href="{}#publication-{}">{}</a>', url, review.language, review.article)

    def get_urls(self):
        return [
            path("waiting/", self.admin_site.admin_view(self.waiting_view), name="editorial_reviewrequest_waiting"),
            *super().get_urls(),
        ]

    def waiting_view(self, request):
        """The submissions waiting for review, oldest first: article, language, who, when, and what changed."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        page = Paginator(review_waiting(), WAITING_PER_PAGE).get_page(request.GET.get("page"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": gettext("Waiting for review"),
            "page_obj": page,
            "rows": [
                {
                    "review": review,
                    "language": _name(review.language),
                    "who": display_name(review.submitted_by) if review.submitted_by else "—",
                    "article_url": reverse("admin:articles_article_change", args=[review.article_id])
                    + f"#publication-{review.language}",
                    "changes_url": reverse("admin:articles_article_changes", args=[review.article_id, review.language]),
                }
                for review in page.object_list
            ],
            "may_decide": permissions.may_publish(request.user),
        }
        return TemplateResponse(request, "admin/editorial/reviewrequest/waiting.html", context)
