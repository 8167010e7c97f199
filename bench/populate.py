"""Fast synthetic claims for the page, search and load benchmarks (bulk ORM, no extractor).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/somedb python bench/populate.py 100000

`populate(n, seed)` writes n claims with their speakers (and aliases), articles, events,
appearances and relations through `bulk_create`, and recounts the claims' relation counters, in
chunks so memory stays flat. The same (n, seed) gives the same rows. It does not go through the
importer on purpose: the page benchmarks must not depend on the extractor, and 100k claims load
in well under a minute.

Shape of the data, chosen to look like a year of a wire desk:
- about n/50 speakers (people, governments, organisations, armed groups, outlets), a few very
  busy ones (a skewed pick), each with one or two aliases;
- about n/40 events, 70% of claims tied to one;
- articles of 1-8 claims (about n/4 articles), each claim quoted in its article at exact
  offsets; one article in five quotes the previous article's last claim again;
- statuses 70% unreviewed, 10% in review, 10% verified, 5% disputed, 5% rejected;
- a relation for about a third of the claims that share an event and a measure.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import random
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _words(text: str) -> list[str]:
    """A word list written as one string."""
    return text.split()


FIRST = _words(
    "Amadou Fatima Ivan Olena Moussa Aisha Dmitri Leila Kwame Sofia Youssef Marta Ibrahim "
    "Hanna Omar Nadia Pavel Mariam Samuel Irina Ahmed Grace Oleksandr Zainab Tomasz Amina "
    "Viktor Salma Joseph Yulia Karim Esther Bakary Oksana Hassan Ruth Sergei Khadija Daniel "
    "Aminata Mykola Rania Felix Iryna Abdoulaye Lucia Andriy Halima Pierre Noura"
)
LAST = _words(
    "Diallo Kovalenko Traore Petrenko Haidara Shevchenko Keita Bondarenko Coulibaly Melnyk "
    "Toure Kravchenko Sangare Tkachenko Maiga Boyko Cisse Marchenko Konate Rudenko Ouedraogo "
    "Savchenko Sidibe Lysenko Kone Moroz Dembele Ponomarenko Sow Hrytsenko Ndiaye Pavlenko "
    "Barry Levchenko Camara Kuzmenko Fofana Zakharchenko Sylla Tarasenko Bah Ivanenko Doumbia "
    "Karpenko Diarra Yurchenko Kante Romanenko Sissoko Vasylenko Balde Klymenko Dicko Oliinyk "
    "Sanogo Fedorenko Samake Mazur Guindo Kovalchuk Tall Polishchuk Wane Koval Niang Shapoval"
)
COUNTRIES = _words(
    "Mali Ukraine Niger Sudan Chad Burkina Yemen Somalia Ethiopia Nigeria Libya Syria "
    "Mozambique Cameroon Haiti Myanmar"
)
PLACES = _words(
    "Kidal Gao Timbuktu Menaka Kharkiv Bakhmut Avdiivka Kherson Zaporizhzhia Odesa Agadez "
    "Tillaberi Darfur Omdurman Khartoum Abeche Marib Hodeidah Mogadishu Kismayo Mekelle Gondar "
    "Maiduguri Bama Sirte Benghazi Idlib Aleppo Palma Mocimboa Bamenda Buea Kenscoff Sittwe "
    "Myitkyina Tinzaouatene Ansongo Djibo Diffa Kobani"
)
OUTLETS = (
    "Arab News",
    "Bench Wire Service",
    "Sahel Daily",
    "Kyiv Evening Post",
    "Horn Observer",
    "Gulf Herald",
    "Lake Chad Monitor",
)
MEASURES = (
    "people killed",
    "civilians killed",
    "soldiers killed",
    "fighters killed",
    "militants killed",
    "people wounded",
    "civilians displaced",
    "homes destroyed",
    "drones shot down",
    "missiles launched",
    "people detained",
    "hostages freed",
    "refugees registered",
    "children vaccinated",
    "tonnes of food delivered",
    "schools closed",
)
EVENT_KINDS = ("Battle of", "Siege of", "Shelling of", "Attack on", "Flooding in", "Raid on")
SAID = ("said", "told reporters", "said in a statement", "told Reuters", "wrote on X")
FILLER = (
    "The claim could not be independently verified.",
    "Fighting in the area has intensified in recent weeks, residents said.",
    "Aid agencies have warned of a worsening humanitarian situation.",
    "Officials did not respond to a request for comment.",
    "The region has seen repeated clashes since the start of the year.",
    "Local journalists reported heavy gunfire overnight.",
)
QUALIFIERS = ("exact",) * 5 + ("over", "at_least", "about", "about", "up_to", "under", "range")
QUALIFIER_WORDS = {
    "over": "over",
    "at_least": "at least",
    "about": "about",
    "up_to": "up to",
    "under": "under",
}
VAGUE = (("dozens", 12), ("hundreds", 100), ("thousands", 1000), ("several", 3))
STATUSES = (
    ("unreviewed", 70),
    ("in_review", 10),
    ("verified", 10),
    ("disputed", 5),
    ("rejected", 5),
)
VERDICTS = ("accurate", "mostly_accurate", "misleading", "inaccurate", "unverifiable")
KINDS = (
    ("person", 50),
    ("government", 20),
    ("organisation", 10),
    ("armed_group", 10),
    ("media", 10),
)

CHUNK_CLAIMS = 5000
BATCH = 2000
BASE_TIME = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)


@dataclass
class PopulateStats:
    """What `populate` wrote and how long it took."""

    claims: int = 0
    speakers: int = 0
    events: int = 0
    sources: int = 0
    appearances: int = 0
    relations: int = 0
    seconds: float = 0.0


def _weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def _skewed(rng: random.Random, n: int) -> int:
    """An index in [0, n) where low indexes are picked far more often (a few busy speakers)."""
    return min(n - 1, int(n * rng.random() ** 2.5))


def _speaker_name(rng: random.Random, kind: str, i: int) -> tuple[str, str, list[str]]:
    """(name, role, aliases) of a made-up speaker; `i` keeps names unique."""
    country = rng.choice(COUNTRIES)
    if kind == "person":
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}" if i < len(FIRST) * len(LAST) // 2 else f"{first} {last} {i}"
        role = rng.choice(("spokesman", "minister", "commander", "governor", "mayor")) + (
            f", {country}"
        )
        return name, role, [last, f"{first[0]}. {last}"]
    if kind == "government":
        body = rng.choice(("Ministry of Defence", "Ministry of Health", "Interior Ministry"))
        name = f"{country} {body} {i}"
        return name, "", [f"{body} of {country} {i}"]
    if kind == "organisation":
        org = rng.choice(("Relief Council", "Red Crescent", "Human Rights Watchers"))
        return f"{org} {i}", "", [f"the {org} {i}"]
    if kind == "armed_group":
        adj = rng.choice(("Liberation", "Patriotic", "Islamic", "Popular", "Revolutionary"))
        return f"{adj} Front of {country} {i}", "", [f"{adj} Front {i}"]
    return f"{rng.choice(OUTLETS)} {i}", "", []


def _figure(rng: random.Random) -> tuple[str, str, Decimal | None, Decimal | None, Decimal | None]:
    """(qualifier, figure_text, value, lower, upper), consistent with the model's constraints."""
    if rng.random() < 0.05:
        word, low = rng.choice(VAGUE)
        return "vague", word, None, Decimal(low), None
    qualifier = rng.choice(QUALIFIERS)
    v = rng.choice((rng.randint(1, 99), rng.randint(10, 999), rng.randint(100, 20000)))
    shown = f"{v:,}"
    value = Decimal(v)
    if qualifier == "exact":
        return qualifier, shown, value, value, value
    if qualifier in ("over", "at_least"):
        return qualifier, f"{QUALIFIER_WORDS[qualifier]} {shown}", value, value, None
    if qualifier == "about":
        low, high = (value * Decimal("0.9")).quantize(1), (value * Decimal("1.1")).quantize(1)
        return qualifier, f"about {shown}", value, low, high
    if qualifier in ("up_to", "under"):
        return qualifier, f"{QUALIFIER_WORDS[qualifier]} {shown}", value, Decimal(0), value
    high = v + rng.randint(1, max(1, v // 2))
    return "range", f"between {shown} and {high:,}", None, value, Decimal(high)


@contextmanager
def _keep_given_timestamps(*models):
    """Let bulk_create store the created_at values we set, so the newest-first order is spread
    over time as in a real database instead of one shared `now()`."""
    fields = [m._meta.get_field("created_at") for m in models]
    saved = [f.auto_now_add for f in fields]
    for f in fields:
        f.auto_now_add = False
    try:
        yield
    finally:
        for f, value in zip(fields, saved, strict=True):
            f.auto_now_add = value


def populate(n: int, seed: int = 7, *, progress: bool = False) -> PopulateStats:
    """Write n claims and everything they hang on into the default database (see module doc).

    Expects an empty database (slugs and fingerprints would collide with a previous run).
    """
    from claims.matching import measure_key
    from claims.models import (
        Appearance,
        Claim,
        ClaimRelation,
        Event,
        Speaker,
        SpeakerAlias,
    )
    from claims.services.relations import refresh_relation_counts
    from claims.text import normalise_name
    from sources.models import Source

    started = time.perf_counter()
    rng = random.Random(seed)
    stats = PopulateStats()

    # Speakers and their aliases.
    n_speakers = max(20, n // 50)
    speakers: list[Speaker] = []
    alias_names: list[list[str]] = []
    for i in range(n_speakers):
        kind = _weighted(rng, KINDS)
        name, role, aliases = _speaker_name(rng, kind, i)
        speakers.append(
            Speaker(
                name=name,
                slug=f"s{i}-" + normalise_name(name).replace(" ", "-")[:150],
                kind=kind,
                role=role,
            )
        )
        alias_names.append([name, *aliases])
    Speaker.objects.bulk_create(speakers, batch_size=BATCH)
    aliases_rows = []
    for speaker, names in zip(speakers, alias_names, strict=True):
        seen: set[str] = set()
        for alias in names:
            norm = normalise_name(alias)
            if norm and norm not in seen:
                seen.add(norm)
                aliases_rows.append(SpeakerAlias(speaker=speaker, alias=alias, normalised=norm))
    SpeakerAlias.objects.bulk_create(aliases_rows, batch_size=BATCH)
    stats.speakers = len(speakers)

    # Events.
    n_events = max(5, n // 40)
    events: list[Event] = []
    for i in range(n_events):
        place = rng.choice(PLACES)
        start = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))
        kind = rng.choice(EVENT_KINDS)
        events.append(
            Event(
                name=f"{kind} {place}, {start:%B %Y} ({i})",
                slug=f"e{i}-{kind.lower().replace(' ', '-')}-{place.lower()}",
                place=place,
                start_date=start,
                end_date=start + datetime.timedelta(days=rng.randint(0, 10)),
                status=rng.choice(("suggested", "accepted")),
                key_terms=place.lower(),
            )
        )
    Event.objects.bulk_create(events, batch_size=BATCH)
    stats.events = len(events)

    measure_keys = {m: measure_key(m)[:300] for m in MEASURES}
    blocks: dict[tuple[int, str], tuple[int, Decimal | None]] = {}  # last claim per block
    reviewer_time = BASE_TIME + datetime.timedelta(days=400)

    with _keep_given_timestamps(Claim, Source):
        made = 0
        article_no = 0
        while made < n:
            chunk = min(CHUNK_CLAIMS, n - made)
            # Plan the chunk's articles: each a list of claim plans.
            plans: list[list[dict]] = []
            left = chunk
            while left:
                k = min(left, rng.randint(1, 8))
                plans.append([{} for _ in range(k)])
                left -= k
            sources: list[Source] = []
            claim_rows: list[tuple[Claim, int, tuple[int, int, int, int]]] = []
            sentences: list[str] = []  # the quote of each claim in claim_rows
            requotes: list[tuple[int, int, int, int]] = []  # (claim row, source, start, end)
            for plan in plans:
                article_no += 1
                event = events[rng.randrange(n_events)] if rng.random() < 0.7 else None
                place = event.place if event else rng.choice(PLACES)
                published = (
                    event.start_date if event else datetime.date(2024, 1, 1)
                ) + datetime.timedelta(days=rng.randint(0, 5))
                headline = (
                    f"{rng.choice(MEASURES).capitalize()} in {place}, officials say (#{article_no})"
                )
                paragraphs = [headline]
                offset = len(headline) + 2
                if claim_rows and rng.random() < 0.2:
                    # Quote the previous article's last claim again, word for word.
                    previous = len(claim_rows) - 1
                    sentence = sentences[previous]
                    requotes.append((previous, len(sources), offset, offset + len(sentence)))
                    paragraphs.append(sentence)
                    offset += len(sentence) + 2
                for _ in plan:
                    speaker_index = _skewed(rng, n_speakers)
                    speaker = speakers[speaker_index]
                    qualifier, figure_text, value, lower, upper = _figure(rng)
                    counts = rng.choice(MEASURES)
                    said = rng.choice(SAID)
                    if rng.random() < 0.5:
                        lead = f"{speaker.name} {said} "
                        sentence = f"{lead}{figure_text} {counts} in {place}."
                        fig_at = len(lead)
                    else:
                        lead = f"In {place}, "
                        sentence = f"{lead}{figure_text} {counts}, {speaker.name} {said}."
                        fig_at = len(lead)
                    if rng.random() < 0.4:
                        paragraphs.append(rng.choice(FILLER))
                        offset += len(paragraphs[-1]) + 2
                    paragraphs.append(sentence)
                    span = (
                        offset,
                        offset + len(sentence),
                        offset + fig_at,
                        offset + fig_at + len(figure_text),
                    )
                    offset += len(sentence) + 2
                    sentences.append(sentence)
                    status = _weighted(rng, STATUSES)
                    verdict = "" if status in ("unreviewed", "in_review") else rng.choice(VERDICTS)
                    text = f"{figure_text} {counts}"
                    claim = Claim(
                        speaker=speaker,
                        text=text,
                        figure_text=figure_text,
                        value=value,
                        lower=lower,
                        upper=upper,
                        qualifier=qualifier,
                        unit="",
                        counts=counts,
                        measure_key=measure_keys[counts],
                        stated_on=published,
                        event=event,
                        status=status,
                        verdict=verdict,
                        reviewer_note="Checked against the ministry's figures." if verdict else "",
                        reviewed_at=reviewer_time if verdict else None,
                        origin="extracted",
                        extractor_version="bench",
                        dedupe_key=f"bench:{made + len(claim_rows)}",
                        search_text=f"{text} {sentence} {' '.join(alias_names[speaker_index])}"[
                            :5000
                        ],
                        created_at=BASE_TIME
                        + datetime.timedelta(seconds=30 * (made + len(claim_rows))),
                    )
                    claim_rows.append((claim, len(sources), span))
                text = "\n\n".join(paragraphs)
                sources.append(
                    Source(
                        headline=headline,
                        slug=f"a{article_no}-"
                        + headline.split(",")[0].lower().replace(" ", "-")[:120],
                        publisher=rng.choice(OUTLETS),
                        url=f"https://news.example/{article_no}",
                        dateline=place.upper(),
                        published_on=published,
                        date_kind="published",
                        text=text,
                        summary=[],
                        body="\n\n".join(paragraphs[1:]),
                        captions=[],
                        seed_file=f"bench_{article_no // 100:05d}.txt",
                        seed_position=article_no % 100,
                        seed_line=1,
                        fingerprint=hashlib.sha256(text.encode()).hexdigest(),
                        created_at=BASE_TIME + datetime.timedelta(seconds=30 * made),
                    )
                )
            Source.objects.bulk_create(sources, batch_size=BATCH)
            for claim, source_index, _ in claim_rows:
                claim.source = sources[source_index]
            Claim.objects.bulk_create([c for c, _, _ in claim_rows], batch_size=BATCH)

            appearances = []
            relations = []
            for claim, source_index, (start, end, f_start, f_end) in claim_rows:
                source = sources[source_index]
                appearances.append(
                    Appearance(
                        claim=claim,
                        source=source,
                        quote=source.text[start:end],
                        start=start,
                        end=end,
                        figure_start=f_start,
                        figure_end=f_end,
                        part="body",
                    )
                )
                if claim.event_id:
                    key = (claim.event_id, claim.measure_key)
                    previous = blocks.get(key)
                    blocks[key] = (claim.pk, claim.value)
                    if previous and rng.random() < 0.6:
                        same = previous[1] is not None and previous[1] == claim.value
                        relations.append(
                            ClaimRelation(
                                from_claim_id=previous[0],
                                to_claim_id=claim.pk,
                                kind="confirms" if same or rng.random() < 0.4 else "contradicts",
                                status=rng.choice(
                                    ("suggested",) * 8 + ("accepted",) * 3 + ("rejected",)
                                ),
                                origin="auto",
                                rationale="bench",
                            )
                        )
            for row, source_index, start, end in requotes:
                source = sources[source_index]
                appearances.append(
                    Appearance(
                        claim=claim_rows[row][0],
                        source=source,
                        quote=source.text[start:end],
                        start=start,
                        end=end,
                        part="body",
                    )
                )
            Appearance.objects.bulk_create(appearances, batch_size=BATCH)
            ClaimRelation.objects.bulk_create(relations, batch_size=BATCH)
            # bulk_create sends no signals: the claims' relation counters (the review queue's
            # order) are recounted here, by their one writer.
            refresh_relation_counts(
                {r.from_claim_id for r in relations} | {r.to_claim_id for r in relations}
            )
            stats.sources += len(sources)
            stats.appearances += len(appearances)
            stats.relations += len(relations)
            made += chunk
            if progress:
                print(f"# populate: {made}/{n} claims", file=sys.stderr, flush=True)
    stats.claims = made
    _analyze()
    stats.seconds = time.perf_counter() - started
    return stats


def _analyze() -> None:
    """Fresh planner statistics and a flushed GIN pending list, as autovacuum leaves a database
    some time after a big import (inside a transaction, as in tests, only ANALYZE can run)."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")


def main(argv: list[str]) -> int:
    """CLI: populate the database named by DATABASE_URL with N claims (seed from --seed)."""
    import argparse

    parser = argparse.ArgumentParser(description="Bulk-write synthetic claims for benchmarks.")
    parser.add_argument("claims", type=int, help="number of claims")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    stats = populate(args.claims, args.seed, progress=True)
    print(
        f"{stats.claims} claims, {stats.speakers} speakers, {stats.events} events, "
        f"{stats.sources} articles, {stats.appearances} appearances, {stats.relations} relations "
        f"in {stats.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
