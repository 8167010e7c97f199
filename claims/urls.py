from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from claims import views
from claims.feeds import ReviewedClaimsFeed
from claims.sitemaps import SITEMAPS

urlpatterns = [
    path("", views.claim_list, name="home"),
    path("claims/", views.claim_list, name="claim-list"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("speakers/<slug:slug>/", views.speaker_detail, name="speaker-detail"),
    path("sources/<slug:slug>/", views.source_detail, name="source-detail"),
    path("events/<slug:slug>/", views.event_detail, name="event-detail"),
    path("feeds/claims/", views.public_view(ReviewedClaimsFeed()), name="feed-claims"),
    path(
        "sitemap.xml",
        views.public_view(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        views.public_view(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("robots.txt", views.robots_txt, name="robots-txt"),
]
