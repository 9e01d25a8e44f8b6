from modeltranslation.translator import TranslationOptions, register

from .models import Article, Category, Contributor, Section, SiteSettings


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "lead", "seo_description", "cover_alt", "cover_caption", "cover_credit")


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("heading", "body", "photo_alt", "photo_caption")


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = ("press_contact",)


@register(Contributor)
class ContributorTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name", "slug")
