"""The settings module refuses unsafe production values before anything starts."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_django(**env_overrides: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )


def test_production_without_a_secret_key_refuses_to_start():
    result = start_django()
    assert result.returncode != 0
    assert "SECRET_KEY is missing" in result.stderr
    assert "started" not in result.stdout


def test_production_with_the_development_secret_key_refuses_to_start():
    from config.settings import DEV_SECRET_KEY

    result = start_django(SECRET_KEY=DEV_SECRET_KEY)
    assert result.returncode != 0
    assert "SECRET_KEY is missing or is the development default" in result.stderr


def test_production_with_a_real_secret_key_starts():
    result = start_django(SECRET_KEY="x" * 60, ALLOWED_HOSTS="claims.example.org")
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_development_mode_starts_without_a_secret_key():
    result = start_django(DEBUG="1")
    assert result.returncode == 0, result.stderr


def test_postgres_url_selects_the_postgresql_backend():
    result = subprocess.run(
        [sys.executable, "-c",
         "from django.conf import settings; import django; django.setup();"
         "print(settings.DATABASES['default']['ENGINE'])"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "1",
             "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/claimtrack"},
    )
    assert result.stdout.strip() == "django.db.backends.postgresql", result.stderr


def manage_bare(*args: str) -> subprocess.CompletedProcess:
    """Run manage.py with neither SECRET_KEY nor DEBUG set (a bare production shell)."""
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )


def test_offline_schema_check_runs_without_a_secret_key():
    result = manage_bare("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout


def test_extract_claims_runs_without_a_secret_key(tmp_path):
    # It reads a file and prints: an editor trying an article needs no production secret.
    article = tmp_path / "article.txt"
    article.write_text("Storm kills 12\nThe storm killed 12 people, police said.\n")
    result = manage_bare("extract_claims", "--plain", "--date", "2025-01-02", str(article))
    assert result.returncode == 0, result.stderr
    assert '"value": 12' in result.stdout


def test_serving_commands_still_refuse_without_a_secret_key_in_one_line():
    result = manage_bare("migrate", "--check")
    assert result.returncode != 0
    assert "SECRET_KEY is missing" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def postgres_options(**env: str) -> subprocess.CompletedProcess:
    """The PostgreSQL connection OPTIONS config.settings builds from the environment."""
    return subprocess.run(
        [sys.executable, "-c",
         "from django.conf import settings; import django; django.setup();"
         "o = settings.DATABASES['default']['OPTIONS'];"
         "print(o['server_side_binding'], o['prepare_threshold'])"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**{k: v for k, v in os.environ.items() if k != "DATABASE_PREPARE_THRESHOLD"},
             "DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "1",
             "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/claimtrack", **env},
    )


def test_postgres_binds_on_the_server_and_prepares_repeated_statements():
    result = postgres_options()
    assert result.stdout.split() == ["True", "5"], result.stderr
    assert postgres_options(DATABASE_PREPARE_THRESHOLD="2").stdout.split() == ["True", "2"]


def test_preparing_can_be_turned_off_for_a_transaction_pooler():
    result = postgres_options(DATABASE_PREPARE_THRESHOLD="off")
    assert result.stdout.split() == ["True", "None"], result.stderr


def test_a_bad_prepare_threshold_is_refused_in_one_line():
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY"}}
    env.update(DJANGO_SETTINGS_MODULE="config.settings", DEBUG="1",
               DATABASE_URL="postgres://postgres@127.0.0.1:5432/claimtrack",
               DATABASE_PREPARE_THRESHOLD="often")
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "DATABASE_PREPARE_THRESHOLD must be a whole number or 'off'" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
