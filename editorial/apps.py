from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """The newsroom's workflow around an article: revisions, review, preview links, activity."""

    name = "editorial"
    verbose_name = _("Newsroom workflow")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import revisions

        # Here, not with @reversion.register() on the models: modeltranslation
        # (an earlier app) has added the translated columns by now.
        revisions.register()
