from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from sources.models import Source


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["headline", "publisher", "published_on", "dateline"]
    list_filter = ["publisher"]
    search_fields = ["headline", "publisher"]
    date_hierarchy = "published_on"
