"""The routes the schema describes: the API's endpoints, under /api/v1/."""

from django.urls import include, path

urlpatterns = [path("api/v1/", include("kopir.api_urls"))]
