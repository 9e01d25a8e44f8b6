from django.urls import path, register_converter

from . import views
from .feeds import CategoryFeed, EditionFeed

app_name = "articles"


class IdConverter:
    """A database id: at most 18 digits, so a longer number is a 404, not an overflow."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")

urlpatterns = [
    path("", views.article_list, name="list"),
    path("feed/", EditionFeed(), name="feed"),
    path("category/<slug:slug>/", views.category_detail, name="category"),
    path("category/<slug:slug>/feed/", CategoryFeed(), name="category-feed"),
    path("articles/<id:pk>/", views.article_detail, {"slug": ""}, name="detail-noslug"),
    path("articles/<id:pk>/<str:slug>/", views.article_detail, name="detail"),
    path("articles/<id:pk>/share/<str:network>/", views.article_share, name="share"),
]
