"""What goes live when: the editions scheduled across the site, soonest first, with who scheduled each."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext

from cms.people import display_name

from ..models import LANGUAGE_NAMES, Edition
from .publication import when

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PER_PAGE = 100


def view(model_admin):
    """The page's view, for the article admin's URLs."""

    def scheduled_view(request):
        """Scheduled editions by time, then language; `?language=` keeps one language."""
        if not model_admin.has_view_permission(request):
            raise PermissionDenied
        language = request.GET.get("language")
        language = language if language in LANGUAGE_CODES else None
        editions = Edition.objects.scheduled(language).select_related("article", "published_by")
        page = Paginator(editions, PER_PAGE).get_page(request.GET.get("page"))
        context = {
            **model_admin.admin_site.each_context(request),
            "opts": model_admin.model._meta,
            "title": gettext("What goes live when"),
            "rows": [
                {
                    "edition": edition,
                    "time": when(edition.published_at),
                    "language": LANGUAGE_NAMES[edition.language],
                    "by": _person(edition.published_by),
                }
                for edition in page.object_list
            ],
            "page_obj": page,
            "languages": [(code, LANGUAGE_NAMES[code]) for code in LANGUAGE_CODES],
            "language": language,
            "zone": settings.TIME_ZONE,
        }
        return TemplateResponse(request, "admin/articles/article/scheduled.html", context)

    return scheduled_view


def _person(user) -> str:
    if user is None:
        return "—"
    return display_name(user)
