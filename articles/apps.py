from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = _("Newsroom")

    def ready(self):
        from cms import sqlite

        # Counting writes on every view: on SQLite, keep the disk flushes out of those requests.
        connection_created.connect(sqlite.on_connection_created, dispatch_uid="cms.sqlite.checkpoints")
