from django.contrib import admin


class ReadOnlyAdmin(admin.ModelAdmin):
    """A list that is only read: no one adds, changes or deletes a row through the admin, even by a crafted POST."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
