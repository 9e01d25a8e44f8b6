from modeltranslation.translator import TranslationOptions, register

from .models import Article, Contributor, Section, SiteSettings


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "lead", "cover_alt")


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("heading", "body")


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = ("press_contact",)


@register(Contributor)
class ContributorTranslationOptions(TranslationOptions):
    fields = ("name",)
