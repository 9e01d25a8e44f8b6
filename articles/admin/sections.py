"""
The sections of the article change form: their order, and a formset that
reads each section once.

A new section saved without a place, or at 0 (the model's default), goes
after the last one, with or without the form's JavaScript; an existing
section whose place was emptied goes last too. A section keeps any place
typed for it.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet


class LoadedSectionField(forms.ModelChoiceField):
    """
    The hidden id of each section form, found among the sections the formset
    has already read: Django's own field asks the database once per form,
    150 queries on the save of a 150-section article. An id that is not one of
    this article's sections is refused, as Django refuses an unknown one.
    """

    def __init__(self, *args, formset, **kwargs):
        super().__init__(*args, **kwargs)
        self.formset = formset

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, self.queryset.model):
            return value
        self.validate_no_null_characters(value)
        try:
            pk = self.queryset.model._meta.pk.to_python(value)
        except ValidationError:
            pk = None
        section = self.formset._existing_object(pk) if pk is not None else None
        if section is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value})
        return section


class SectionFormSet(BaseInlineFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        pk_name = self.model._meta.pk.name
        field = form.fields[pk_name]
        form.fields[pk_name] = LoadedSectionField(
            field.queryset, initial=field.initial, required=False, widget=field.widget, formset=self
        )

    def save_new(self, form, commit=True):
        section = form.save(commit=False)
        if not section.position:
            section.position = self._next_position()
        if commit:
            section.save()
        return section

    def save_existing(self, form, obj, commit=True):
        section = form.save(commit=False)
        if section.position is None:
            section.position = self._next_position()
        if commit:
            section.save()
        return section

    def _next_position(self) -> int:
        """One after the last place of the article's sections as this save leaves them."""
        deleted = {section.pk for section in getattr(self, "deleted_objects", ())}
        kept = [s.position for s in self.get_queryset() if s.pk not in deleted and s.position is not None]
        # Existing sections are saved first (BaseModelFormSet.save), then the new ones in the form's order.
        kept += [section.position for section in getattr(self, "new_objects", ())]
        return max(kept, default=0) + 1
