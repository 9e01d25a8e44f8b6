"""
The language of the admin, each staff user's own: the page where they choose
it (linked from the user tools at the top of every admin page), and the
field where a press secretary sets it for an author or translator.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _

from articles.models import LANGUAGE_NAMES
from cms.middleware import browser_language

from .. import selectors, services


def language_label(code: str) -> str:
    """A language by its own name, then by its name in the page's language when that differs: "Русский (Russian)"."""
    info = get_language_info(code)
    own = info["name_local"][:1].upper() + info["name_local"][1:]
    translated = str(LANGUAGE_NAMES[code])
    return own if translation.get_language() == code else f"{own} ({translated})"


def language_choices(*, browser: str | None = None) -> list[tuple[str, str]]:
    """The four languages, each by its own name, after the choice to follow the browser."""
    follow = _("The browser’s language: %(language)s") % {"language": language_label(browser)} if browser else None
    follow = follow or _("The browser’s language")
    return [("", follow), *((code, language_label(code)) for code, _name in settings.LANGUAGES)]


class AdminLanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("admin language"), required=False, widget=forms.RadioSelect)

    def __init__(self, *args, browser: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices(browser=browser)


def language_view(request):
    """The page where a staff user chooses the language of their own admin pages; saving applies it at once."""
    browser = browser_language(request)
    if request.method == "POST":
        form = AdminLanguageForm(request.POST, browser=browser)
        if form.is_valid():
            language = form.cleaned_data["language"]
            services.staff_preference_set(user=request.user, language=language)
            # Said in the language just chosen, as the next page will be.
            with translation.override(language or browser):
                messages.success(request, str(_("Saved: the admin is shown in this language from now on.")))
            return redirect("admin_language")
    else:
        form = AdminLanguageForm(initial={"language": selectors.admin_language(user=request.user)}, browser=browser)
    context = {
        **admin.site.each_context(request),
        "title": capfirst(gettext("admin language")),
        "form": form,
    }
    return TemplateResponse(request, "admin/language.html", context)


class AdminLanguageFormMixin(forms.Form):
    """
    The admin language as a field of a user form, for whoever may change
    that account; the admin saves it with editorial.services.staff_preference_set.
    """

    admin_language = forms.ChoiceField(
        label=_("admin language"),
        required=False,
        help_text=_("The language of the admin pages for this person. Empty: the language their browser asks for."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["admin_language"].choices = language_choices()
        if self.instance.pk and not self.is_bound:
            self.initial["admin_language"] = selectors.admin_language(user=self.instance)
