from django.conf import settings
from django.utils.translation import get_language_from_path, get_language_from_request


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
            and not request.path_info.startswith("/admin/")
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
