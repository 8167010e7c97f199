from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Appearance, Claim, ClaimRelation, Event, Speaker, SpeakerAlias


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "role"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__alias"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(SimpleHistoryAdmin):
    list_display = ["alias", "speaker"]
    search_fields = ["alias", "speaker__name"]
    list_select_related = ["speaker"]


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["name", "place", "start_date", "end_date", "status"]
    search_fields = ["name", "place"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["text", "speaker", "figure_text", "counts", "source", "status", "verdict"]
    list_filter = ["status", "verdict", "qualifier"]
    search_fields = ["text", "speaker__name", "source__headline"]
    list_select_related = ["speaker", "source"]
    raw_id_fields = ["source", "speaker", "event"]


@admin.register(Appearance)
class AppearanceAdmin(admin.ModelAdmin):
    list_display = ["claim", "source", "part", "start", "end"]
    list_select_related = ["claim__speaker", "source"]
    raw_id_fields = ["claim", "source"]


@admin.register(ClaimRelation)
class ClaimRelationAdmin(SimpleHistoryAdmin):
    list_display = ["from_claim", "kind", "to_claim", "status", "origin"]
    list_filter = ["kind", "status", "origin"]
    raw_id_fields = ["from_claim", "to_claim"]
