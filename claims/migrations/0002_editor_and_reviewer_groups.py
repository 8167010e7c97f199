"""Create the Editors and Reviewers groups with their permissions.

Editors add and change claims, speakers, aliases, sources, events and relations but delete
nothing; Reviewers have all that plus claims.review_claim (verified/disputed/rejected and
the verdict).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITABLE = {
    "claims": ["claim", "speaker", "speakeralias", "event", "claimrelation", "appearance"],
    "sources": ["source"],
}


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    for app_label in ("claims", "sources"):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    codenames = []
    for app_label, models in EDITABLE.items():
        for model in models:
            codenames += [(app_label, f"view_{model}"), (app_label, f"add_{model}"),
                          (app_label, f"change_{model}")]
    editor_perms = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in codenames
    ]
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.set(editor_perms)

    reviewers, _ = Group.objects.get_or_create(name="Reviewers")
    review = Permission.objects.get(content_type__app_label="claims", codename="review_claim")
    reviewers.permissions.set([*editor_perms, review])


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Reviewers"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
