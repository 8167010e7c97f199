from django.urls import path

from claims import views

urlpatterns = [
    path("", views.claim_list, name="home"),
    path("claims/", views.claim_list, name="claim-list"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("speakers/<slug:slug>/", views.speaker_detail, name="speaker-detail"),
    path("sources/<slug:slug>/", views.source_detail, name="source-detail"),
    path("events/<slug:slug>/", views.event_detail, name="event-detail"),
]
