"""Where the import's CPU goes: `import_seeds` in this process with timers around its stages.

    export DATABASE_URL=sqlite:////tmp/stages.sqlite3 DEBUG=0 SECRET_KEY=profiling-only-key
    rm -f /tmp/stages.sqlite3
    .venv/bin/python bench/import_stages.py bench/out/corpus-10k [--jobs N]

Migrates the database named by DATABASE_URL (use an empty one), imports the folder with the
default `--jobs` (extraction and the reading of happenings in worker processes), and prints
the wall time, this process's CPU time and the workers' CPU time per article, then the CPU time
(`time.process_time`, this process only) spent in each timed stage per article. Stages nest
(`write_file` holds `write_many`, which holds `_write_claims`...). A profiling aid, not part of
`make bench`; the machine's other load inflates CPU times too, so compare runs made together.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

SPENT: Counter[str] = Counter()
CALLS: Counter[str] = Counter()


def timed(owner, name: str, label: str | None = None, by_model: bool = False) -> None:
    """Replace owner.name with a wrapper adding its CPU time to SPENT[label]."""
    inner = getattr(owner, name)

    @functools.wraps(inner)
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            key = label or name
            if by_model:
                key = f"{key}:{args[1].__name__}"
            SPENT[key] += time.process_time() - started
            CALLS[key] += 1

    setattr(owner, name, wrapper)


def install_timers() -> None:
    from claims.models import Appearance
    from claims.services import events, importing

    timed(importing, "write_file")
    timed(importing._Writer, "write_many")
    timed(importing._Writer, "_write_claims")
    timed(importing._Writer, "_resolve_speakers")
    timed(importing, "create_with_history", by_model=True)
    timed(importing, "place_in_events")
    timed(importing, "suggest_relations")
    timed(Appearance.objects, "bulk_create", "Appearance.bulk_create")
    timed(events, "_nearby_views")
    timed(events, "free_event_slugs")
    timed(events, "create_with_history", "place_in_events: create events")
    timed(events, "update_with_history", "place_in_events: grown key terms")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="a folder of seed files (bench/corpus.py output)")
    parser.add_argument("--jobs", type=int, help="import_seeds --jobs (default: its own)")
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    install_timers()
    options = ["--no-progress", "--publisher", "Bench Wire Service"]
    if args.jobs:
        options += ["--jobs", str(args.jobs)]
    started, own = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    call_command("import_seeds", args.folder, *options)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    main_cpu = after.ru_utime - own.ru_utime + after.ru_stime - own.ru_stime
    workers_cpu = workers.ru_utime + workers.ru_stime
    from sources.models import Source

    n = Source.objects.count()
    print(f"articles: {n}, wall {wall:.1f} s ({n / wall:.0f} articles/s)")
    print(f"main process CPU: {main_cpu * 1000 / n:.2f} ms/article")
    print(f"workers CPU: {workers_cpu * 1000 / n:.2f} ms/article")
    print(f"{'stage (main process)':40s} {'ms/article':>10s} {'calls':>6s}")
    for key, seconds in SPENT.most_common():
        print(f"{key:40s} {seconds * 1000 / n:10.3f} {CALLS[key]:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
