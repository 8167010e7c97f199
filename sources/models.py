"""Articles: what claims are read from."""

from django.db import models
from simple_history.models import HistoricalRecords


class Source(models.Model):
    """One news article, kept as read so that appearance offsets point into `text`."""

    headline = models.CharField(max_length=500)
    slug = models.SlugField(max_length=220, unique=True, help_text="Permanent URL part.")
    publisher = models.CharField(
        max_length=200, help_text="The outlet that published the article, e.g. “Arab News”."
    )
    url = models.URLField(max_length=1000, blank=True, help_text="The article's address, if known.")
    dateline = models.CharField(
        max_length=120, blank=True, help_text="Place the article was filed from, e.g. “DAKAR”."
    )
    published_on = models.DateField(
        null=True, blank=True, help_text="The date the article gives (its “Updated”/“Published” line)."
    )
    date_kind = models.CharField(
        max_length=20,
        blank=True,
        choices=[("updated", "Updated"), ("published", "Published")],
        help_text="Whether the article's date line said “Updated” or “Published”.",
    )
    text = models.TextField(
        help_text="The article's full text as read (newlines normalised). "
        "Appearance offsets point into this text; do not edit it by hand."
    )
    summary = models.JSONField(default=list, blank=True, help_text="Summary points, in order.")
    body = models.TextField(blank=True, help_text="Body paragraphs, separated by blank lines.")
    captions = models.JSONField(
        default=list, blank=True, help_text="Image captions: a list of {text, credit}."
    )
    seed_file = models.CharField(
        max_length=500, blank=True, help_text="Seed file the article was imported from."
    )
    seed_position = models.PositiveIntegerField(
        null=True, blank=True, help_text="0-based position of the article in its seed file."
    )
    seed_line = models.PositiveIntegerField(
        null=True, blank=True, help_text="1-based line where the article starts in its seed file."
    )
    fingerprint = models.CharField(
        max_length=64,
        unique=True,  # re-imports find an already-imported article by its text
        help_text="SHA-256 of the article's text; re-imports key on it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_on", "-id"]
        indexes = [
            # Source list and sitemap: newest first.
            models.Index(fields=["-published_on", "-id"], name="source_published_idx"),
            # Re-import of an edited article: the same file position with a new fingerprint.
            models.Index(fields=["seed_file", "seed_position"], name="source_seed_pos_idx"),
        ]

    def __str__(self) -> str:
        date = self.published_on.isoformat() if self.published_on else "undated"
        return f"{self.headline} ({self.publisher}, {date})"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("source-detail", args=[self.slug])
