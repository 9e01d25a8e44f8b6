import polib
from django.core.management.base import BaseCommand, CommandError

from catalogs.django_catalogs import django_catalog_path, gaps


class Command(BaseCommand):
    help = (
        "List the strings of Django's catalogs that the staff would see in English in the Armenian admin "
        "(neither Django's hy catalogs nor ours translate them). With --add, append them untranslated to "
        "locale/django/hy/LC_MESSAGES/django.po for a translator; exits 1 while any is left."
    )

    def add_arguments(self, parser):
        parser.add_argument("--add", action="store_true", help="Append the django-domain ones to our catalog.")

    def handle(self, *args, add=False, **options):
        found = gaps("hy")
        for gap in found:
            context = f" [{gap.entry.msgctxt}]" if gap.entry.msgctxt else ""
            self.stdout.write(f"{gap.catalog.name} ({gap.catalog.domain}){context}: {gap.entry.msgid}")
        if add:
            self._add([gap for gap in found if gap.catalog.domain == "django"])
        if found:
            # djangojs ones go to locale/hy/LC_MESSAGES/djangojs.po, by hand: that file also has our scripts' strings.
            raise CommandError(f"{len(found)} msgid(s) without Armenian; translate them and compile.")
        self.stdout.write("Every string of Django's catalogs that the staff see has its Armenian.")

    def _add(self, found):
        path = django_catalog_path("hy")
        po = polib.pofile(str(path), wrapwidth=0)
        for gap in found:
            entry = gap.entry
            po.append(
                polib.POEntry(
                    msgid=entry.msgid,
                    msgctxt=entry.msgctxt,
                    msgid_plural=entry.msgid_plural,
                    msgstr_plural={0: "", 1: ""} if entry.msgid_plural else {},
                    flags=[flag for flag in entry.flags if flag != "fuzzy"],
                    comment=f"django/{gap.catalog.name.replace('.', '/')}",
                )
            )
        po.save(str(path))
        self.stdout.write(f"{len(found)} entries added to {path}.")
