"""
The newsroom's activity page: who published, scheduled, unpublished,
restored, reviewed or shared what, when and in which language, newest first.

Read-only for everyone, superusers included: the log is written by the
services that do the actions (editorial.services.activity_record), never by
a form.
"""

from datetime import datetime

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.admin.publication import when
from articles.admin.readonly import ReadOnlyAdmin
from articles.models import LANGUAGE_NAMES
from cms.admin_titles import SentenceTitlesMixin, Titles
from cms.people import display_name

from ..models import Activity


class PersonFilter(admin.SimpleListFilter):
    """The people who did something in the log, in one query (not every user of the site)."""

    title = _("person")
    parameter_name = "person"

    def lookups(self, request, model_admin):
        people = get_user_model().objects.filter(pk__in=Activity.objects.values("user")).order_by("username")
        return [(str(user.pk), display_name(user)) for user in people]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(user_id=int(self.value()))
        return queryset


@admin.register(Activity)
class ActivityAdmin(SentenceTitlesMixin, ReadOnlyAdmin):
    titles = Titles(
        select_to_view=_("Select an activity entry to view"),
        view=_("View activity entry"),
    )
    list_display = ["time", "person", "action", "article_link", "language_name", "what"]
    list_filter = [PersonFilter, "language", "action", ("at", admin.DateFieldListFilter)]
    list_select_related = ["article"]
    list_per_page = 100
    # No "delete selected", nor any other action: nothing here changes the log.
    actions = None

    @admin.display(description=_("time"), ordering="at")
    def time(self, row):
        return when(row.at)

    @admin.display(description=_("person"), ordering="user_name")
    def person(self, row):
        # The name as it was written down: the row outlives the account.
        return row.user_name or "—"

    @admin.display(description=_("article"))
    def article_link(self, row):
        if row.article is None:
            return row.article_title or "—"
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:articles_article_change", args=[row.article_id]), row.article
        )

    @admin.display(description=_("language"), ordering="language")
    def language_name(self, row):
        return LANGUAGE_NAMES.get(row.language, row.language) or "—"

    @admin.display(description=_("detail"))
    def what(self, row):
        if row.action == Activity.Action.SCHEDULE:
            # The service writes the time scheduled for as ISO 8601.
            try:
                return when(datetime.fromisoformat(row.detail))
            except ValueError:
                pass
        if row.action == Activity.Action.DELETE:
            # The service writes down the languages the article was live in, as codes.
            names = [str(LANGUAGE_NAMES.get(code, code)) for code in row.detail.split()]
            return gettext("was live in %(languages)s") % {"languages": ", ".join(names)} if names else "—"
        return row.detail
