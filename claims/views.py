"""Public, read-only pages. (Placeholder list and details; the full pages are issue 5.)"""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from claims.models import Claim, Event, Speaker
from sources.models import Source


@require_safe
def claim_list(request):
    claims = Claim.objects.public().select_related("speaker", "source")[:50]
    return render(request, "claims/claim_list.html", {"claims": claims})


@require_safe
def claim_detail(request, pk: int):
    claim = get_object_or_404(Claim.objects.public().select_related("speaker", "source"), pk=pk)
    return render(request, "claims/claim_detail.html", {"claim": claim})


@require_safe
def speaker_detail(request, slug: str):
    speaker = get_object_or_404(Speaker, slug=slug)
    return render(request, "claims/speaker_detail.html", {"speaker": speaker})


@require_safe
def source_detail(request, slug: str):
    source = get_object_or_404(Source, slug=slug)
    return render(request, "claims/source_detail.html", {"source": source})


@require_safe
def event_detail(request, slug: str):
    event = get_object_or_404(Event, slug=slug)
    return render(request, "claims/event_detail.html", {"event": event})
