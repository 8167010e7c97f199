"""Admin for articles. claims.admin extends it with the claims inline and the paste-an-article
form, because `sources` never imports `claims`."""

from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from sources.models import Source

# Fields the importer owns: appearance offsets point into `text`, re-imports key on the
# fingerprint, and the slug is a permanent URL.
IMPORTER_FIELDS = [
    "slug",
    "text",
    "summary",
    "body",
    "captions",
    "fingerprint",
    "seed_file",
    "seed_position",
    "seed_line",
    "created_at",
    "updated_at",
]


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["headline", "publisher", "published_on", "dateline"]
    list_filter = ["publisher"]
    search_fields = ["headline", "publisher"]
    date_hierarchy = "published_on"
    show_full_result_count = False
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["headline", "publisher", "url", "dateline", "published_on", "date_kind"]}),
        ("Article as read", {"fields": ["text", "summary", "body", "captions"]}),
        (
            "Import record",
            {
                "classes": ["collapse"],
                "fields": [
                    "slug",
                    "fingerprint",
                    "seed_file",
                    "seed_position",
                    "seed_line",
                    "created_at",
                    "updated_at",
                ],
            },
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        """Importer-owned fields are read-only once the article exists."""
        if obj is None:
            return ["created_at", "updated_at"]
        return IMPORTER_FIELDS
