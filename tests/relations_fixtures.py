"""Articles written for these tests about a made-up raid on the made-up town of Kessoum.

Three outlets cover it in their own styles with agreeing, disagreeing and vague figures, and a
fourth reprints the governor's toll word for word; two more articles cover unrelated
happenings (a flood elsewhere the same week, a second raid on Kessoum three months later).
`build` writes an article and its claims through the ORM, the way the importer stores them
(measure key, appearance with offsets), for tests that must not depend on the extractor.
"""

from __future__ import annotations

import datetime
import itertools
from dataclasses import dataclass
from decimal import Decimal

from claims.matching import measure_key
from claims.models import Appearance, Claim, Origin, Speaker, SpeakerKind
from claims.text import slug_for
from tests.conftest import make_source

WIRE = """Gunmen kill civilians and seize pupils in raid on Kessoum

TOMBARA: Gunmen on motorbikes stormed the market town of Kessoum on March 2, killing villagers \
and carrying off pupils from its boarding school, officials said on Monday.
Provincial governor Idrissa Tamboura said 84 civilians were killed in the raid, which lasted \
most of the afternoon.
Headmaster Salif Ouedraogo said over 300 pupils were abducted from the dormitories.
The attackers, believed to belong to the Front for the Liberation of Nare, withdrew towards the \
border before troops arrived.
"""

FEATURE = """Kessoum counts its dead as families wait for news of kidnapped children

Three days after the attack, the clinic in Kessoum was still full.
Nurses at the clinic said about 80 civilians died on Sunday, most of them traders at the weekly \
market.
Police commissioner Awa Diarra told the Meridian that 303 students had been kidnapped, a figure \
she said was checked against the school register.
Governor Idrissa Tamboura repeated on Tuesday that 84 civilians were killed.
The army said in a statement that seven soldiers were killed when a relief column was ambushed \
near Kessoum.
"""

RADIO = """Ministry disputes toll from Kessoum raid

KESSOUM: The education ministry said on Wednesday that 215 schoolchildren were seized in the \
attack, well below the figure given by the school.
Army spokesman Lt. Col. Moussa Sangare said only 20 civilians were killed.
The Front for the Liberation of Nare said in a message to the station that its fighters had \
killed dozens of soldiers.
"""

REPRINT = """Governor gives toll for Kessoum raid

Provincial governor Idrissa Tamboura said 84 civilians were killed in the raid on Kessoum.
Relatives were still searching the market for the missing on Tuesday.
"""

FLOOD = """Floods sweep through Port Malo

PORT MALO: Flash floods tore through the fishing port of Port Malo on March 3 after two days of \
rain.
Mayor Fatou Camara said 31 civilians were killed when the river burst its banks.
"""

SECOND_RAID = """Kessoum attacked again

TOMBARA: Gunmen attacked the market in Kessoum again on June 14, three months after the raid \
that emptied its school.
Provincial governor Idrissa Tamboura said 12 civilians were killed.
"""


@dataclass(frozen=True)
class Spec:
    """One claim to store: who said it, the sentence it is in, and its figure."""

    speaker: str
    kind: str
    quote: str  # the start of the sentence, enough to find it
    figure_text: str
    counts: str
    value: Decimal | None
    qualifier: str = "exact"
    lower: Decimal | None = None
    upper: Decimal | None = None


ARTICLES = {
    "wire": dict(text=WIRE, publisher="Sahel Wire", dateline="TOMBARA",
                 published_on=datetime.date(2025, 3, 4)),
    "feature": dict(text=FEATURE, publisher="The Daily Meridian", dateline="",
                    published_on=datetime.date(2025, 3, 5)),
    "radio": dict(text=RADIO, publisher="Horizon Radio", dateline="KESSOUM",
                  published_on=datetime.date(2025, 3, 6)),
    "reprint": dict(text=REPRINT, publisher="Coastal Times", dateline="",
                    published_on=datetime.date(2025, 3, 5)),
    "flood": dict(text=FLOOD, publisher="Sahel Wire", dateline="PORT MALO",
                  published_on=datetime.date(2025, 3, 5)),
    "second_raid": dict(text=SECOND_RAID, publisher="Sahel Wire", dateline="TOMBARA",
                        published_on=datetime.date(2025, 6, 15)),
}

GOVERNOR = ("Idrissa Tamboura", SpeakerKind.PERSON)

CLAIMS = {
    "wire": [
        Spec(*GOVERNOR, "Provincial governor Idrissa Tamboura said 84", "84",
             "civilians killed", Decimal(84)),
        Spec("Salif Ouedraogo", SpeakerKind.PERSON, "Headmaster Salif Ouedraogo said over 300",
             "over 300", "pupils abducted", Decimal(300), "over", lower=Decimal(300)),
    ],
    "feature": [
        Spec("Nurses at the Kessoum clinic", SpeakerKind.ORGANISATION,
             "Nurses at the clinic said about 80", "about 80", "civilians died", Decimal(80),
             "about"),
        Spec("Awa Diarra", SpeakerKind.PERSON, "Police commissioner Awa Diarra told", "303",
             "students kidnapped", Decimal(303)),
        # The governor repeats his figure: an appearance of his claim, never a relation.
        Spec(*GOVERNOR, "Governor Idrissa Tamboura repeated", "84", "civilians killed",
             Decimal(84)),
        Spec("Nare army", SpeakerKind.GOVERNMENT, "The army said in a statement that seven",
             "seven", "soldiers killed", Decimal(7)),
    ],
    "radio": [
        Spec("Nare education ministry", SpeakerKind.GOVERNMENT,
             "The education ministry said on Wednesday that 215", "215",
             "schoolchildren seized", Decimal(215)),
        Spec("Moussa Sangare", SpeakerKind.PERSON, "Army spokesman Lt. Col. Moussa Sangare",
             "20", "civilians killed", Decimal(20)),
        Spec("Front for the Liberation of Nare", SpeakerKind.ARMED_GROUP,
             "The Front for the Liberation of Nare said", "dozens", "soldiers killed", None,
             "vague", lower=Decimal(12)),
    ],
    "reprint": [
        Spec(*GOVERNOR, "Provincial governor Idrissa Tamboura said 84", "84",
             "civilians killed", Decimal(84)),
    ],
    "flood": [
        Spec("Fatou Camara", SpeakerKind.PERSON, "Mayor Fatou Camara said 31", "31",
             "civilians killed", Decimal(31)),
    ],
    "second_raid": [
        Spec(*GOVERNOR, "Provincial governor Idrissa Tamboura said 12", "12",
             "civilians killed", Decimal(12)),
    ],
}

_numbers = itertools.count(1)


def speaker_named(name: str, kind: str) -> Speaker:
    """The one speaker of that name, created the first time (as the importer resolves names)."""
    speaker = Speaker.objects.filter(name=name).first()
    if speaker is None:
        speaker = Speaker.objects.create(
            name=name, slug=f"{slug_for(name, 150)}-{next(_numbers)}", kind=kind
        )
    return speaker


def add_claim(source, spec: Spec, *, merge_repeats: bool = False) -> Claim:
    """Store one claim with its appearance, as the importer would.

    With `merge_repeats`, a repeat (same speaker, figure and measure) becomes a second
    appearance of the existing claim, as the importer does; without it, a separate row, to
    check that relations never pair a speaker's repeats even if they were stored twice.
    """
    text = source.text
    start = text.index(spec.quote)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    speaker = speaker_named(spec.speaker, spec.kind)
    key = measure_key(spec.counts)
    dedupe = "|".join(
        str(x) for x in (speaker.pk, key, spec.qualifier, spec.value, spec.lower, spec.upper)
    )
    claim = Claim.objects.filter(dedupe_key=dedupe).first() if merge_repeats else None
    if claim is None:
        claim = Claim.objects.create(
            source=source,
            speaker=speaker,
            text=f"{spec.figure_text} {spec.counts}",
            figure_text=spec.figure_text,
            value=spec.value,
            lower=spec.lower,
            upper=spec.upper,
            qualifier=spec.qualifier,
            counts=spec.counts,
            measure_key=key,
            stated_on=source.published_on,
            origin=Origin.EXTRACTED,
            dedupe_key=dedupe,
        )
    Appearance.objects.create(
        claim=claim, source=source, quote=text[start:end], start=start, end=end
    )
    return claim


def build(name: str, *, merge_repeats: bool = False) -> tuple[object, list[Claim]]:
    """Store article `name` and its claims; returns (source, claims in article order)."""
    fields = dict(ARTICLES[name])
    text = fields.pop("text")
    headline = text.split("\n", 1)[0]
    source = make_source(text=text, headline=headline, **fields)
    claims = [add_claim(source, spec, merge_repeats=merge_repeats) for spec in CLAIMS[name]]
    return source, claims
