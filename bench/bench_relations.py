"""Relation-suggestion benchmark: `suggest_relations` over 1k, 10k, 100k synthetic claims.

    python bench/bench_relations.py                  # 1k and 10k claims
    BENCH_SIZE=100000 python bench/bench_relations.py  # 1k, 10k and 100k
    python bench/bench_relations.py 1000 100000      # exactly these sizes

For each size and database (a temporary SQLite file; a fresh PostgreSQL database, dropped
afterwards) a child process migrates (not timed), writes the claims with bulk_create in
realistic blocks, then times:

* a full run, `suggest_relations()`, comparing every claim (`..._seconds`, and the child's
  own CPU time `..._cpu_seconds`: steadier on a shared machine, but without the database
  server's work, which for PostgreSQL is another process);
* a re-run, which must create nothing (`..._rerun_seconds`);
* an incremental run for 100 new claims added to existing events, what an import of a few
  articles costs (`..._incremental_seconds`): it must not grow with the database.

The blocks: events of 4 to 16 claims (mean 10) by different speakers, on two or three measures
each (civilians killed, soldiers killed, children abducted, a generic "deaths"), with exact,
"about", "over" and vague figures, so the matcher does real work. Cost should grow linearly:
`relations_<db>_time_ratio_<big>_over_<small>` (wall) and `..._cpu_ratio_...` (CPU) near 10
for each pair of consecutive sizes (start-up noise makes small sizes look cheaper).

Prints `name: value` lines and the load average before and after as `#` notes; writes
bench/out/relations.json (with the machine, the commit and each run's load average).
Environment: BENCH_DATABASES (default "sqlite,postgres"), BENCH_POSTGRES_URL (default
postgres://postgres@127.0.0.1:5432/postgres), BENCH_SEED (default 7), BENCH_REPEAT (runs per
size and database, each in a fresh database; the figures are their medians; default 3).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import random
import secrets
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _util import (  # noqa: E402
    code_version,
    databases_from_env,
    figure,
    label,
    load_average,
    note,
    write_json,
)

DEFAULT_SIZES = (1000, 10_000)
# Timings are the median of BENCH_REPEAT runs (default 3), each in a freshly generated
# database: one run's time moves by 20-30% with the machine's other work.
MEDIAN_KEYS = ("seconds", "cpu_seconds", "rerun_seconds", "incremental_seconds")
STANDARD_SIZES = (1000, 10_000, 100_000)
INCREMENTAL = 100

MEASURES = [
    ("civilians killed", "killed:civilian"),
    ("soldiers killed", "killed:soldier"),
    ("children abducted", "abducted:child"),
    ("deaths", "killed"),
]


def sizes_from(argv: list[str]) -> list[int]:
    """Sizes from argv, else the standard sizes up to BENCH_SIZE, else 1k and 10k."""
    if argv:
        return sorted({int(a) for a in argv})
    big = os.environ.get("BENCH_SIZE")
    if not big:
        return list(DEFAULT_SIZES)
    return sorted({s for s in STANDARD_SIZES if s <= int(big)} | {int(big)})


# ------------------------------------------------------------------------------ child process


def _figure(rng: random.Random, truth: int) -> dict:
    """One speaker's figure for a true count: mostly close, sometimes far, sometimes vague."""
    roll = rng.random()
    if roll < 0.45:
        value = max(0, truth + rng.randint(-3, 3))
        return dict(figure_text=str(value), qualifier="exact", value=Decimal(value))
    if roll < 0.65:
        value = max(10, round(truth, -1))
        return dict(figure_text=f"about {value}", qualifier="about", value=Decimal(value))
    if roll < 0.8:
        value = max(0, truth - rng.randint(1, 10))
        return dict(figure_text=f"over {value}", qualifier="over", value=Decimal(value),
                    lower=Decimal(value))
    if roll < 0.9:
        value = rng.randint(1, max(2, truth // 3))  # a lowball: contradicts
        return dict(figure_text=str(value), qualifier="exact", value=Decimal(value))
    word, low = rng.choice([("dozens", 12), ("scores", 40), ("a large number", None)])
    return dict(figure_text=word, qualifier="vague", value=None,
                lower=None if low is None else Decimal(low))


def generate(n: int, seed: int, *, start_pk: int = 0) -> None:
    """Write n claims in events of 4-16 claims, with their sources, speakers and events."""
    from claims.models import Claim, Event, Origin, Speaker, SpeakerKind
    from sources.models import Source

    rng = random.Random(seed)
    speakers = Speaker.objects.bulk_create(
        [Speaker(name=f"Speaker {i}", slug=f"bench-speaker-{i}", kind=SpeakerKind.PERSON,
                 role=rng.choice(["", "army spokesman", "governor", "nurse"]))
         for i in range(max(20, n // 20))]
    )
    speakers = list(Speaker.objects.order_by("pk"))
    claims: list[Claim] = []
    made = 0
    event_no = 0
    day = datetime.date(2020, 1, 1)
    while made < n:
        size = min(n - made, rng.randint(4, 16))
        event = Event.objects.create(
            name=f"Town {event_no}, {day:%B %Y}", slug=f"bench-town-{event_no}",
            place=f"Town {event_no}", start_date=day, end_date=day,
        )
        sources = Source.objects.bulk_create([
            Source(headline=f"Report {event_no}-{k}", slug=f"bench-report-{event_no}-{k}",
                   publisher=f"Outlet {k}", published_on=day, text=f"Report {event_no}-{k}",
                   fingerprint=hashlib.sha256(f"{event_no}-{k}".encode()).hexdigest())
            for k in range(max(1, size // 3))
        ])
        measures = rng.sample(MEASURES, rng.randint(2, 3))
        truths = {key: rng.randint(5, 400) for _, key in measures}
        for i in range(size):
            counts, key = measures[i % len(measures)]
            figure = _figure(rng, truths[key])
            speaker = speakers[rng.randrange(len(speakers))]
            claims.append(Claim(
                source=sources[i % len(sources)], speaker=speaker, event=event,
                text=f"{figure['figure_text']} {counts}", counts=counts, measure_key=key,
                origin=Origin.EXTRACTED, stated_on=day,
                dedupe_key=f"{speaker.pk}|{key}|{figure['figure_text']}|{event.pk}", **figure,
            ))
        made += size
        event_no += 1
        day += datetime.timedelta(days=rng.randint(0, 2))
        if len(claims) >= 5000:
            Claim.objects.bulk_create(claims, batch_size=1000)
            claims = []
    Claim.objects.bulk_create(claims, batch_size=1000)


def add_new_claims(count: int, seed: int) -> list[int]:
    """`count` new claims spread over existing events: what one small import adds."""
    from claims.models import Claim, Event, Origin, Speaker
    from sources.models import Source

    rng = random.Random(seed + 1)
    events = list(Event.objects.order_by("?").values_list("pk", flat=True)[:count])
    speaker = Speaker.objects.create(name="Late speaker", slug="bench-late-speaker")
    source = Source.objects.first()
    new = []
    for i in range(count):
        counts, key = MEASURES[i % 3]
        figure = _figure(rng, rng.randint(5, 400))
        new.append(Claim(source=source, speaker=speaker, event_id=events[i % len(events)],
                         text="late", counts=counts, measure_key=key,
                         origin=Origin.EXTRACTED, **figure))
    Claim.objects.bulk_create(new)
    return list(Claim.objects.filter(speaker=speaker).values_list("pk", flat=True))


def child(n: int, seed: int) -> dict:
    """In a fresh database: migrate, generate, time the runs; returns the measurements."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from claims.models import Claim, ClaimRelation
    from claims.services.relations import suggest_relations

    call_command("migrate", verbosity=0, interactive=False)
    started = time.perf_counter()
    generate(n, seed)
    generate_seconds = time.perf_counter() - started

    stats, full, full_cpu = timed(suggest_relations)
    again, rerun, rerun_cpu = timed(suggest_relations)
    new_ids = add_new_claims(INCREMENTAL, seed)
    incremental, inc, inc_cpu = timed(suggest_relations, new_ids)
    return {
        "claims": Claim.objects.count() - INCREMENTAL,
        "generate_seconds": generate_seconds,
        "seconds": full,
        "cpu_seconds": full_cpu,
        "relations": stats.created,
        "confirms": stats.confirms,
        "contradicts": stats.contradicts,
        "rerun_seconds": rerun,
        "rerun_cpu_seconds": rerun_cpu,
        "rerun_created": again.created + again.updated + again.removed,
        "incremental_seconds": inc,
        "incremental_cpu_seconds": inc_cpu,
        "incremental_relations": incremental.created,
        "relations_total": ClaimRelation.objects.count(),
    }


def timed(function, *args):
    """(result, wall seconds, CPU seconds of this process: not the database server's)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return result, time.perf_counter() - started, time.process_time() - cpu


# ------------------------------------------------------------------------------ parent process


def run_child(url: str, n: int, seed: int) -> dict | str:
    env = dict(os.environ)
    env.update(DATABASE_URL=url, DEBUG="0", SECRET_KEY=secrets.token_urlsafe(50),
               PYTHONUNBUFFERED="1")
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(n), str(seed)],
        env=env, cwd=ROOT, capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0:
        return "\n".join(proc.stderr.strip().splitlines()[-15:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    sizes = sizes_from(argv)
    seed = int(os.environ.get("BENCH_SEED", "7"))
    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "3")))
    code_at_start = code_version()  # the tree may change under a long run: record both ends
    load_at_start = load_average()
    note(f"load average {load_at_start}")
    figures: dict[str, float | int] = {}
    runs: list[dict] = []
    databases = databases_from_env(
        "relations", lambda name: figure(figures, f"relations_{name}_skipped", 1)
    )
    if databases is None:
        return 2

    ok = True
    for db in databases:
        for n in sizes:
            prefix = f"relations_{db.name}_{label(n)}"
            results = []
            for _ in range(repeat):
                with db as url:
                    result = run_child(url, n, seed)
                if isinstance(result, str):
                    break
                runs.append({"database": db.name, "size": n, "load_average": load_average(),
                             **result})
                results.append(result)
            if isinstance(result, str):
                figure(figures, f"{prefix}_failed", 1)
                print(f"{db.name} {n} claims failed:\n{result}", file=sys.stderr)
                ok = False
                continue
            if repeat > 1:
                note(f"{prefix} full runs (s): "
                     + ", ".join(f"{r['seconds']:.2f}" for r in results))
            result = {**results[0], **{k: statistics.median(r[k] for r in results)
                                      for k in MEDIAN_KEYS}}
            figure(figures, f"{prefix}_seconds", result["seconds"])
            figure(figures, f"{prefix}_cpu_seconds", result["cpu_seconds"])
            figure(figures, f"{prefix}_claims_per_s", result["claims"] / result["seconds"])
            figure(figures, f"{prefix}_relations", result["relations"])
            figure(figures, f"{prefix}_rerun_seconds", result["rerun_seconds"])
            figure(figures, f"{prefix}_rerun_changes", result["rerun_created"])
            figure(figures, f"{prefix}_incremental_seconds", result["incremental_seconds"])
        for small, big in zip(sizes, sizes[1:], strict=False):
            pair = f"{label(big)}_over_{label(small)}"
            for kind, ratio in (("seconds", "time_ratio"), ("cpu_seconds", "cpu_ratio")):
                a = figures.get(f"relations_{db.name}_{label(small)}_{kind}")
                b = figures.get(f"relations_{db.name}_{label(big)}_{kind}")
                if a and b:
                    figure(figures, f"relations_{db.name}_{ratio}_{pair}", b / a)
    note(f"load average {load_average()}")
    write_json("relations", {
        "module": "relations",
        "sizes": sizes,
        "seed": seed,
        "repeat": repeat,
        "figures": figures,
        "runs": runs,
        "code_at_start": code_at_start,
        "load_average_at_start": load_at_start,
    })
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "--child":
        print(json.dumps(child(int(sys.argv[2]), int(sys.argv[3]))))
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
