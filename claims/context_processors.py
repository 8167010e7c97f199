from django.conf import settings


def site(request):
    """Desk name for every template's header and footer."""
    return {"desk_name": settings.CLAIMTRACK_DESK_NAME}
