from django.urls import path

from . import views
from .feeds import LatestArticlesFeed

app_name = "articles"

urlpatterns = [
    path("", views.article_list, name="list"),
    path("feed/", LatestArticlesFeed(), name="feed"),
    path("preview/<int:pk>/", views.article_preview, name="preview"),
    path("articles/<int:pk>/", views.article_detail, {"slug": ""}, name="detail-noslug"),
    path("articles/<int:pk>/<str:slug>/", views.article_detail, name="detail"),
    path("articles/<int:pk>/share/<str:network>/", views.article_share, name="share"),
]
