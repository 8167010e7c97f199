"""Import benchmark: `manage.py import_seeds` on a generated corpus, SQLite and PostgreSQL.

    python bench/bench_import.py                 # 1k articles
    BENCH_SIZE=10000 python bench/bench_import.py  # 1k and 10k (and the 10k/1k time ratio)
    python bench/bench_import.py 1000 100000     # exactly these sizes

For each size and database: generate the corpus (cached in bench/out/corpus-<size>/), create a
fresh database (a temporary SQLite file; a new PostgreSQL database that is dropped afterwards),
migrate it (not timed), then time `import_seeds <dir> --no-progress` in its own process and
sample its memory. The wall time includes Django's start-up (about a second). `import_seeds`
may fork extraction workers (`--jobs`): CPU time and memory cover the whole process tree.

Prints `import_<db>_<n>_articles_per_s`, `_seconds`, `_cpu_seconds`, `_peak_mb`, `_claims`,
and `import_<db>_time_ratio_<big>_over_<small>` (wall) and `_cpu_ratio_` (the import process's
CPU time, steadier on a busy machine) for each pair of consecutive sizes; writes
bench/out/import.json. Environment: BENCH_DATABASES (default "sqlite,postgres"),
BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_SEED (7).
"""

from __future__ import annotations

import os
import re
import secrets
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import (  # noqa: E402
    code_version,
    databases_from_env,
    figure,
    label,
    note,
    run_measured,
    sizes_from,
    write_json,
)
from corpus import ensure_corpus  # noqa: E402

PUBLISHER = "Bench Wire Service"
SUMMARY = re.compile(
    r"(?P<files>\d+) files, articles (?P<new>\d+) new / (?P<updated>\d+) updated / "
    r"(?P<unchanged>\d+) unchanged, (?P<claims>\d+) claims new, (?P<speakers>\d+) speakers new, "
    r"(?P<relations>\d+) relations suggested, (?P<refused>\d+) files refused"
)


def child_env(database_url: str) -> dict[str, str]:
    """Production-like settings for the child: DEBUG off (no query log), a throwaway key."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DEBUG="0",
        SECRET_KEY=env.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        PYTHONUNBUFFERED="1",
    )
    return env


def import_once(db, corpus: Path, n: int, figures: dict, runs: list) -> bool:
    """Migrate a fresh database, time one import of the corpus into it. False on failure."""
    prefix = f"import_{db.name}_{n}"
    with db as url:
        env = child_env(url)
        python = sys.executable
        migrate = run_measured([python, "manage.py", "migrate", "--no-input", "-v0"], env=env)
        if migrate.returncode != 0:
            figure(figures, f"{prefix}_failed", 1)
            print(f"migrate failed on {db.name}:\n{migrate.tail()}", file=sys.stderr)
            return False
        cmd = [
            python,
            "manage.py",
            "import_seeds",
            str(corpus),
            "--no-progress",
            "--publisher",
            PUBLISHER,
        ]
        run = run_measured(cmd, env=env)
    summary = SUMMARY.search(run.stdout)
    record = {
        "database": db.name,
        "articles": n,
        "corpus": str(corpus),
        "returncode": run.returncode,
        "seconds": round(run.seconds, 3),
        "cpu_seconds": round(run.cpu_seconds, 3),
        "peak_mb": round(run.peak_mb, 1),
        "peak_rss_max_mb": round(run.peak_rss_max_mb, 1),
        "summary": summary.groupdict() if summary else run.stdout.strip()[-500:],
    }
    runs.append(record)
    if run.returncode != 0 or summary is None:
        figure(figures, f"{prefix}_failed", 1)
        print(
            f"import_seeds failed on {db.name} at {n} articles "
            f"(exit {run.returncode}):\n{run.tail()}",
            file=sys.stderr,
        )
        return False
    figure(figures, f"{prefix}_articles_per_s", n / run.seconds)
    figure(figures, f"{prefix}_seconds", run.seconds)
    # CPU time of the import process alone: steadier than wall time on a shared machine.
    figure(figures, f"{prefix}_cpu_seconds", run.cpu_seconds)
    figure(figures, f"{prefix}_peak_mb", run.peak_mb)
    figure(figures, f"{prefix}_claims", int(summary["claims"]))
    figure(figures, f"{prefix}_speakers", int(summary["speakers"]))
    figure(figures, f"{prefix}_relations", int(summary["relations"]))
    imported = int(summary["new"]) + int(summary["updated"]) + int(summary["unchanged"])
    if int(summary["new"]) != n or int(summary["refused"]):
        note(
            f"{db.name} {n}: expected {n} new articles, got {summary['new']} new, "
            f"{summary['updated']} updated, {summary['unchanged']} unchanged "
            f"({imported} read), {summary['refused']} files refused"
        )
    return True


def main(argv: list[str]) -> int:
    sizes = sizes_from(argv)
    code_at_start = code_version()  # the tree may change under a long run: record both ends
    seed = int(os.environ.get("BENCH_SEED", "7"))
    databases = databases_from_env(
        "", lambda name: print(f"import_{name}_skipped: 1", flush=True))
    if databases is None:
        return 2

    figures: dict[str, float | int] = {}
    runs: list[dict] = []
    ok = True
    corpora = {n: ensure_corpus(n, seed) for n in sizes}
    for db in databases:
        for n in sizes:
            ok = import_once(db, corpora[n], n, figures, runs) and ok
        for small, big in zip(sizes, sizes[1:], strict=False):
            pair = f"{label(big)}_over_{label(small)}"
            for kind, ratio in (("seconds", "time_ratio"), ("cpu_seconds", "cpu_ratio")):
                a = figures.get(f"import_{db.name}_{small}_{kind}")
                b = figures.get(f"import_{db.name}_{big}_{kind}")
                if a and b:
                    figure(figures, f"import_{db.name}_{ratio}_{pair}", b / a)
    write_json(
        "import",
        {
            "module": "import",
            "sizes": sizes,
            "seed": seed,
            "figures": figures,
            "runs": runs,
            "code_at_start": code_at_start,
        },
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
