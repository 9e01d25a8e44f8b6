from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from articles.sitemaps import ArticleSitemap, NewsSitemap, cached_sitemap
from editorial.admin.language import language_view

from . import views

handler400 = views.bad_request

admin.site.site_header = _("Newsroom administration")
admin.site.site_title = _("Newsroom")
admin.site.index_title = _("Articles, translations and the site")

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots"),
    # Django's sitemap view, with templates that give lastmod its time of day;
    # every edition's, kept until one changes.
    path(
        "sitemap.xml",
        cached_sitemap,
        {"name": "articles", "sitemaps": {"articles": ArticleSitemap}, "template_name": "sitemaps/sitemap.xml"},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path(
        "sitemap-news.xml",
        sitemap,
        {"sitemaps": {"news": NewsSitemap}, "template_name": "sitemaps/news.xml"},
        name="sitemap-news",
    ),
    # Before the admin's own URLs, whose last pattern takes every address under admin/.
    path("admin/language/", admin.site.admin_view(language_view), name="admin_language"),
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", include("articles.urls")),
    path("", include("editorial.urls")),
    path("", include("search.urls")),
    prefix_default_language=True,
)

if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^{}(?P<path>.*)$".format(settings.MEDIA_URL.lstrip("/")), views.media)]
