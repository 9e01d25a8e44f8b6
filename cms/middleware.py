import functools
from dataclasses import dataclass

from csp.middleware import CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import get_language_from_path, get_language_from_request, get_supported_language_variant
from django.utils.translation.trans_real import language_code_re, parse_accept_lang_header

# The admin's pages, its login and its JavaScript catalog (cms/urls.py) among them.
ADMIN_PREFIX = "/admin/"


def browser_language(request) -> str:
    """The first of the site's languages that the browser's Accept-Language asks for, else the default one."""
    for asked, _quality in parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", "")):
        if asked == "*":
            break
        if not language_code_re.search(asked):
            continue
        try:
            return get_supported_language_variant(asked)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


class NewsroomLocaleMiddleware(LocaleMiddleware):
    """
    Django's LocaleMiddleware, except that the admin never reads the language
    cookie: that cookie is the edition the person last opened as a reader
    (RememberLanguageMiddleware). Admin pages start in the browser's language;
    AdminLanguageMiddleware then puts a staff user's own choice in its place.
    Reader pages keep Django's rule: the address, then the cookie, then the browser.
    """

    def process_request(self, request):
        if not request.path_info.startswith(ADMIN_PREFIX):
            return super().process_request(request)
        translation.activate(browser_language(request))
        request.LANGUAGE_CODE = translation.get_language()
        return None


class AdminLanguageMiddleware:
    """
    The admin in the language its staff user chose (editorial.StaffPreference),
    once AuthenticationMiddleware knows who they are: every admin page, its
    messages and its JavaScript catalog. No choice, no login, or a page that
    is not the admin's: the language NewsroomLocaleMiddleware took stays.
    Costs one query on an admin page of a signed-in staff user, none elsewhere.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PREFIX) and request.user.is_authenticated and request.user.is_staff:
            from editorial.selectors import admin_language

            language = admin_language(user=request.user)
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)


class RememberLanguageMiddleware:
    """
    Remember the edition a reader last opened, in Django's language cookie.

    LocaleMiddleware sends `/` to the language of the cookie first, so a
    reader who switched to Рус comes back to /ru/ next time. A reader whose
    browser already asks for the language they read gets no cookie: `/`
    would send them there anyway.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = get_language_from_path(request.path_info)
        if (
            language
            and response.status_code == 200
            and not request.path_info.startswith(ADMIN_PREFIX)
            # A page may decline, such as a shared preview (editorial.views).
            and getattr(response, "remember_language", True)
            and get_language_from_request(request) != language
        ):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response


class SitePolicyCSPMiddleware:
    """
    The site's Content-Security-Policy (settings.CONTENT_SECURITY_POLICY) on
    every response, built by django-csp once per process instead of for
    every response.

    django-csp's own middleware builds the header from the settings on each
    response and makes a nonce object for each request, about 70 µs, as much
    as the rest of the middleware together; the site's policy uses no nonce
    and only changes with the settings. A response that a view gave a policy
    of its own (django-csp's decorators set `_csp_*` attributes on it), and
    every response while a report-only policy is set, go through
    django-csp's middleware as they would without this one.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.django_csp = CSPMiddleware(get_response)

    def __call__(self, request):
        response = self.get_response(request)
        policy = _site_policy()
        if policy.delegate or not PER_RESPONSE.isdisjoint(response.__dict__):
            self.django_csp.process_request(request)
            return self.django_csp.process_response(request, response)
        if settings.DEBUG and response.status_code in (404, 500):
            return response  # django-csp leaves Django's debug pages alone
        if "Content-Security-Policy" not in response and not request.path_info.startswith(policy.excluded):
            response["Content-Security-Policy"] = policy.header
        return response


# What django-csp's decorators set on a response to give it a policy of its own.
PER_RESPONSE = frozenset(
    f"_csp_{kind}{suffix}" for kind in ("config", "update", "replace", "exempt") for suffix in ("", "_ro")
)


@dataclass(frozen=True)
class SitePolicy:
    header: str
    excluded: tuple[str, ...]
    # A report-only policy: django-csp's middleware writes both headers.
    delegate: bool


@functools.cache
def _site_policy() -> SitePolicy:
    return SitePolicy(
        header=build_policy(),
        excluded=tuple(settings.CONTENT_SECURITY_POLICY.get("EXCLUDE_URL_PREFIXES") or ()),
        delegate=bool(getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)),
    )


@receiver(setting_changed)
def _forget_site_policy(*, setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _site_policy.cache_clear()


class RefuseNulMiddleware:
    """
    Answer 400 to a request whose query string carries a NUL byte (`%00`).

    A query value reaches the database as it is (the admin's filters and
    search, for one), and PostgreSQL refuses NUL in text with an error: such
    a request means no page, and says so before any view runs.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "%00" in request.META.get("QUERY_STRING", ""):
            # Answered here, not raised: Django would log a traceback for each one.
            from .views import bad_request

            return bad_request(request, NulInQuery("A NUL character (%00) in the query string."))
        return self.get_response(request)


class NulInQuery(SuspiciousOperation):
    """A query string with a NUL character, answered 400 by cms.views.bad_request."""
