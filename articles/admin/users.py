"""
Staff accounts: the languages a translator works in, on the user's own admin
page; and a press secretary managing the newsroom's authors and translators
without being a superuser.

A user who is not a superuser (a press secretary, given the user permissions
by editorial 0005) sees and changes only authors and translators: users whose
groups are Author or Translator and nothing else, with no permission of their
own and no superuser status. They choose only those two groups, the
translator's languages and the admin language; staff status is set for them.
Every other field of the user form is refused on the server, whatever the
form showed.
"""

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.options import IS_POPUP_VAR, TO_FIELD_VAR
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.admin_titles import SentenceTitlesMixin, Titles
from editorial import services as editorial_services
from editorial.admin.language import AdminLanguageFormMixin

from ..forms import request_keys
from ..models import TranslatorLanguage

AUTHOR, TRANSLATOR, PRESS_SECRETARY = "Author", "Translator", "Press secretary"
# The groups a press secretary gives; the group names are data, their labels are translated.
STAFF_ROLES = (AUTHOR, TRANSLATOR)
NEWSROOM_GROUPS = (AUTHOR, TRANSLATOR, PRESS_SECRETARY)
GROUP_LABELS = {AUTHOR: _("Author"), TRANSLATOR: _("Translator"), PRESS_SECRETARY: _("Press secretary")}
CONTROL_KEYS = {"csrfmiddlewaretoken", "_save", "_continue", "_addanother", "_changelist_filters"}
CONTROL_KEYS |= {IS_POPUP_VAR, TO_FIELD_VAR}


def manages_staff_only(user) -> bool:
    """A user who may manage accounts but is no superuser: authors and translators only."""
    return not user.is_superuser


def staff_accounts(users):
    """Of `users`, the authors and translators a press secretary may manage."""
    through = users.model.groups.through
    permissions = users.model.user_permissions.through
    return users.filter(
        Exists(through.objects.filter(user=OuterRef("pk"), group__name__in=STAFF_ROLES)),
        is_superuser=False,
    ).exclude(
        Exists(through.objects.filter(user=OuterRef("pk")).exclude(group__name__in=STAFF_ROLES))
        | Exists(permissions.objects.filter(user=OuterRef("pk")))
    )


class TranslatorLanguageInline(admin.TabularInline):
    model = TranslatorLanguage
    extra = 0
    max_num = len(settings.LANGUAGES)
    # The group by the name it is stored under, never translated: the name an admin finds in the group list.
    # Named as the role picker above it names the group, in the admin's language.
    verbose_name_plural = _("languages this user translates (for the “Translator” role)")


def group_label(group) -> str:
    """A group's name as the newsroom reads it, in its language."""
    return str(GROUP_LABELS.get(group.name, group.name))


class RoleListFilter(admin.RelatedFieldListFilter):
    """The user list's groups filter, each named as the role picker names it: "Переводчик", not "Translator"."""

    def field_choices(self, field, request, model_admin):
        return [(group.pk, group_label(group)) for group in Group.objects.order_by("name")]


class StaffChangeForm(AdminLanguageFormMixin, UserChangeForm):
    pass


class StaffAddForm(AdminLanguageFormMixin, AdminUserCreationForm):
    pass


def with_admin_language(fieldsets):
    """`fieldsets` with the admin language after the e-mail address (or last, where there is none)."""
    fieldsets = [(name, dict(options)) for name, options in fieldsets]
    for _name, options in fieldsets:
        if "email" in options["fields"]:
            options["fields"] = (*options["fields"], "admin_language")
            return fieldsets
    return [*fieldsets, (None, {"fields": ("admin_language",)})]


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class UserWithLanguagesAdmin(SentenceTitlesMixin, UserAdmin):
    titles = Titles(
        select_to_change=_("Select a user to change"),
        select_to_view=_("Select a user to view"),
        add=_("Add a user"),
        change=_("Change user"),
        view=_("View user"),
        cannot_delete=_("Cannot delete the user"),
    )
    inlines = [*UserAdmin.inlines, TranslatorLanguageInline]
    form = StaffChangeForm
    add_form = StaffAddForm
    staff_fieldsets = (
        (None, {"fields": ("username", "password")}),
        (_("Personal info"), {"fields": ("first_name", "last_name", "email")}),
        (_("Role"), {"fields": ("is_active", "groups")}),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    staff_add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("username", "usable_password", "password1", "password2")}),
        (_("Personal info"), {"fields": ("first_name", "last_name", "email")}),
        (_("Role"), {"fields": ("groups",)}),
    )

    def get_queryset(self, request):
        users = super().get_queryset(request)
        return staff_accounts(users) if manages_staff_only(request.user) else users

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if allowed and obj is not None and manages_staff_only(request.user):
            return staff_accounts(User.objects.filter(pk=obj.pk)).exists()
        return allowed

    def has_delete_permission(self, request, obj=None):
        # Accounts are deactivated, so that what their owners did keeps their name.
        return super().has_delete_permission(request, obj) and not manages_staff_only(request.user)

    def get_fieldsets(self, request, obj=None):
        if manages_staff_only(request.user):
            return with_admin_language(self.staff_fieldsets if obj else self.staff_add_fieldsets)
        return with_admin_language(super().get_fieldsets(request, obj))

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        return [*readonly, "last_login", "date_joined"] if manages_staff_only(request.user) else readonly

    def get_list_filter(self, request):
        filters = ("is_active", "groups") if manages_staff_only(request.user) else super().get_list_filter(request)
        return [("groups", RoleListFilter) if name == "groups" else name for name in filters]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups" and manages_staff_only(request.user):
            kwargs["queryset"] = Group.objects.filter(name__in=STAFF_ROLES).order_by("name")
            kwargs["required"] = True
            kwargs["help_text"] = _("An author writes and submits for review; a translator translates their languages.")
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "groups":
            field.label_from_instance = group_label
        return field

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and manages_staff_only(request.user):
            user = self.get_object(request, object_id) if object_id else None
            unexpected = self._unexpected_keys(request, user) if (user or not object_id) else []
            if unexpected:
                context = {
                    **self.admin_site.each_context(request),
                    "opts": self.model._meta,
                    "original": user,
                    "title": str(user) if user else self.model._meta.verbose_name_plural,
                    "message": gettext("These fields are not in your form: %(fields)s. Nothing was saved.")
                    % {"fields": ", ".join(unexpected)},
                }
                return TemplateResponse(request, "admin/articles/article/refused.html", context, status=403)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _unexpected_keys(self, request, user) -> list[str]:
        """The keys of this POST that the user form, as a press secretary is shown it, does not have."""
        from .article import _formset_keys

        form = self.get_form(request, user, change=user is not None)(instance=user)
        expected = CONTROL_KEYS | request_keys(form)
        formsets, inlines = self._create_formsets(request, user or User(), change=user is not None)
        for formset, inline in zip(formsets, inlines, strict=True):
            expected |= _formset_keys(
                formset,
                may_add=inline.has_add_permission(request, user),
                may_change=inline.has_change_permission(request, user),
            )
        return sorted({*request.POST, *request.FILES} - expected)

    def save_model(self, request, obj, form, change):
        if manages_staff_only(request.user):
            obj.is_superuser = False
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if "admin_language" in form.changed_data:
            editorial_services.staff_preference_set(user=form.instance, language=form.cleaned_data["admin_language"])
        # A newsroom role without staff status would fail at the admin's login.
        user = form.instance
        if not user.is_staff and user.groups.filter(name__in=NEWSROOM_GROUPS).exists():
            user.is_staff = True
            user.save(update_fields=["is_staff"])


admin.site.unregister(Group)


@admin.register(Group)
class GroupWithTitlesAdmin(SentenceTitlesMixin, GroupAdmin):
    titles = Titles(
        select_to_change=_("Select a group to change"),
        select_to_view=_("Select a group to view"),
        add=_("Add a group"),
        change=_("Change group"),
        view=_("View group"),
        cannot_delete=_("Cannot delete the group"),
    )
