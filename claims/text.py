"""Small text helpers shared by the importer, the admin and the pages."""

import re
import unicodedata

from django.utils.text import slugify

_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalise_name(name: str) -> str:
    """Lower-case, strip accents, apostrophes and punctuation: "Maïga's" -> "maigas"."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    ascii_only = ascii_only.replace("'", "")
    return _NON_WORD.sub(" ", ascii_only).strip()


def slug_for(text: str, max_length: int = 200) -> str:
    """A URL slug for any text, never empty."""
    slug = slugify(unicodedata.normalize("NFKD", text))[:max_length].strip("-")
    return slug or "item"
