"""Forms of the editorial admin: the claim form with its review rule, and action pages."""

from __future__ import annotations

from django import forms
from django.db.models import Q

from claims.models import Appearance, Claim, ClaimRelation, Event, Speaker
from claims.services.review import can_review, review_inconsistency, review_refusal
from sources.models import Source
from sources.reader import SeedFormatError, parse_plain_article

REVIEWERS_ONLY = "Reviewers only."


class ClaimAdminForm(forms.ModelForm):
    """The claim change form. The admin sets `current_user` on the class it builds per request.

    Editors see the verdict and reviewer note disabled; a post that changes them anyway, or
    sets a status only reviewers may set, is refused with a form error (the rule itself
    lives in claims.services.review).
    """

    current_user = None

    class Meta:
        model = Claim
        fields = [
            "text",
            "speaker",
            "event",
            "source",
            "stated_on",
            "figure_text",
            "qualifier",
            "value",
            "lower",
            "upper",
            "unit",
            "counts",
            "status",
            "verdict",
            "reviewer_note",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The stored state before this post. Read from the database, not from the instance:
        # simple_history's revert page builds this form on an old version of the claim.
        stored = None
        if self.instance.pk is not None:
            stored = (
                Claim.objects.filter(pk=self.instance.pk)
                .values_list("status", "verdict", "reviewer_note")
                .first()
            )
        self.review_before = stored or (
            self.instance.status,
            self.instance.verdict,
            self.instance.reviewer_note,
        )
        if not can_review(self.current_user):
            for name in ("verdict", "reviewer_note"):
                if name in self.fields:
                    self.fields[name].disabled = True
                    self.fields[name].help_text = REVIEWERS_ONLY
            if "status" in self.fields:
                self.fields["status"].help_text = (
                    "Editors can set “not yet reviewed” or “in review”; "
                    "reviewers set verified, disputed or rejected."
                )

    def clean(self):
        cleaned = super().clean()
        old_status, old_verdict, old_note = self.review_before
        if self.is_bound and not can_review(self.current_user):
            # Disabled fields ignore what is posted; a crafted post is refused, not dropped.
            for name, old in (("verdict", old_verdict), ("reviewer_note", old_note)):
                posted = self.data.get(self.add_prefix(name))
                if posted is not None and posted.replace("\r\n", "\n") != (old or ""):
                    self.add_error(name, f"{REVIEWERS_ONLY} Your change was not saved.")
        status = cleaned.get("status", old_status)
        verdict = cleaned.get("verdict", old_verdict) or ""
        note = cleaned.get("reviewer_note", old_note) or ""
        refusal = review_refusal(
            self.current_user,
            old_status=old_status,
            new_status=status,
            old_verdict=old_verdict,
            new_verdict=verdict,
            old_note=old_note,
            new_note=note,
        )
        if refusal:
            if status != old_status:
                field = "status"
            elif verdict != (old_verdict or ""):
                field = "verdict"
            else:
                field = "reviewer_note"
            if field not in self.errors:
                self.add_error(field, refusal)
        problem = review_inconsistency(status, verdict)
        if problem and not refusal:
            self.add_error("verdict", problem)

        value, lower, upper = (cleaned.get(name) for name in ("value", "lower", "upper"))
        if lower is not None and value is not None and lower > value:
            self.add_error("lower", "The lower bound is above the value.")
        if upper is not None and value is not None and value > upper:
            self.add_error("upper", "The upper bound is below the value.")
        if lower is not None and upper is not None and lower > upper:
            self.add_error("upper", "The upper bound is below the lower bound.")
        return cleaned


class SetEventForm(forms.Form):
    """Intermediate page of the “set event” action."""

    event = forms.ModelChoiceField(
        queryset=Event.objects.order_by("-start_date", "name"),
        required=False,
        empty_label="— no event (clear it) —",
        help_text="The selected claims will be about this event.",
    )


class MergeSpeakersForm(forms.Form):
    """Intermediate page of the speaker merge action: which of the selected speakers stays."""

    keep = forms.ModelChoiceField(
        queryset=Speaker.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        label="Speaker to keep",
        help_text="The others' claims and aliases move to it; their names become its aliases.",
    )

    def __init__(self, *args, speakers=None, **kwargs):
        super().__init__(*args, **kwargs)
        if speakers is not None:
            self.fields["keep"].queryset = speakers


class PlainArticleForm(forms.ModelForm):
    """“Add an article from any outlet”: what an editor pastes; the importer does the rest."""

    url = forms.URLField(
        max_length=1000,
        required=False,
        assume_scheme="https",
        help_text="The article's address, if known.",
    )

    class Meta:
        model = Source
        fields = ["headline", "published_on", "publisher", "url", "text"]
        labels = {"published_on": "Date", "text": "Article text"}
        help_texts = {
            "published_on": "The date the article gives.",
            "text": "Paste the article's text: paragraphs on their own lines.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["published_on"].required = True
        self.fields["text"].widget.attrs.update({"rows": 20, "class": "vLargeTextField"})

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].replace("\r\n", "\n").strip()
        if not text:
            raise forms.ValidationError("Paste the article's text.")
        return text

    def clean_headline(self) -> str:
        return self.cleaned_data["headline"].strip()

    def clean_publisher(self) -> str:
        return self.cleaned_data["publisher"].strip()

    def clean(self):
        cleaned = super().clean()
        headline, text, date = (cleaned.get(k) for k in ("headline", "text", "published_on"))
        if headline and text and date:
            # The same reader the import runs; refusing here keeps the editor's paste on screen.
            try:
                parse_plain_article(f"{headline}\n\n{text}\n", date, filename="pasted article")
            except SeedFormatError as error:
                raise forms.ValidationError(f"The article cannot be read: {error.reason}.") from None
        return cleaned


class RelationForm(forms.ModelForm):
    """A relation between two claims, on its own page or inline on either claim.

    Inline, the parent claim's field is left out of model validation by Django, so the
    one-relation-per-pair rule is checked here to give a form error instead of a crash.
    """

    class Meta:
        model = ClaimRelation
        fields = ["from_claim", "to_claim", "kind", "status", "rationale"]

    def _side(self, name: str) -> int | None:
        value = self.cleaned_data.get(name)
        if value is not None:
            return value.pk
        return getattr(self.instance, f"{name}_id", None)

    def clean(self):
        cleaned = super().clean()
        a, b = self._side("from_claim"), self._side("to_claim")
        if a is None or b is None:
            return cleaned
        if a == b:
            raise forms.ValidationError("A claim cannot confirm or contradict itself.")
        existing = (
            ClaimRelation.objects.filter(
                Q(from_claim_id=a, to_claim_id=b) | Q(from_claim_id=b, to_claim_id=a)
            )
            .exclude(pk=self.instance.pk)
            .first()
        )
        if existing is not None:
            raise forms.ValidationError(
                f"These two claims are already related ({existing}); change that relation "
                "instead of adding another."
            )
        return cleaned


class AppearanceForm(forms.ModelForm):
    class Meta:
        model = Appearance
        fields = ["claim", "source", "quote", "start", "end", "figure_start", "figure_end",
                  "part", "stale"]

    def clean(self):
        """Offsets must point at the quote in the article, or pages would highlight nonsense."""
        data = super().clean()
        source, quote = data.get("source"), data.get("quote")
        start, end = data.get("start"), data.get("end")
        if source and quote is not None and start is not None and end is not None:
            if source.text[start:end] != quote:
                raise forms.ValidationError(
                    "The quote must be exactly the article's text between start and end; "
                    f"the article has “{source.text[start:end][:200]}” there."
                )
            fs, fe = data.get("figure_start"), data.get("figure_end")
            if (fs is None) != (fe is None) or (fs is not None and not start <= fs < fe <= end):
                raise forms.ValidationError(
                    "The figure's offsets must both be set, inside the quote, or both be empty."
                )
        return data
