"""The two floors of the page benchmark, served by the same gunicorn as the real pages.

- `constant`: Django's request/response cycle and middleware, nothing else.
- `orm`: the same plus one ORM query for the 20 newest public claims with their speakers,
  returned as JSON: the cost of Django and the ORM with no filters, facets or templates.
"""

from django.http import HttpResponse, JsonResponse

from claims.models import Claim


def constant(request):
    """A constant string."""
    return HttpResponse("ok", content_type="text/plain")


def orm(request):
    """The first page of the public list (20 newest public claims) with speakers, as JSON."""
    claims = Claim.objects.public().select_related("speaker").order_by("-created_at", "-id")[:20]
    return JsonResponse(
        {
            "results": [
                {
                    "id": c.pk,
                    "text": c.text,
                    "figure_text": c.figure_text,
                    "value": str(c.value) if c.value is not None else None,
                    "status": c.status,
                    "speaker": {"name": c.speaker.name, "slug": c.speaker.slug},
                }
                for c in claims
            ]
        }
    )
