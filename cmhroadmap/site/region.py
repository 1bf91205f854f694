"""A region's assessments made ready to publish: redacted, paired with validations, sorted."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from cmhroadmap.assessment.basis import on_basis
from cmhroadmap.assessment.consistency import find_inconsistencies
from cmhroadmap.assessment.loader import LoadedAssessment
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.validation_model import Validation
from cmhroadmap.cycle.corpus import Corpus
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.site.publication import Publication


@dataclass(frozen=True)
class PublishedAssessment:
    """One system's assessment for one period, with only what is to be published."""

    loaded: LoadedAssessment
    validation: Validation | None

    @property
    def own(self) -> Ratings:
        assert self.loaded.ratings is not None
        return self.loaded.ratings

    @property
    def code(self) -> str:
        return self.own.assessment.organisation.code

    @property
    def name(self) -> str:
        return self.own.assessment.organisation.name

    @property
    def period(self) -> str:
        return self.own.assessment.period

    @cached_property
    def published(self) -> Ratings:
        """The ratings the site shows: the validator's where one was given, else the system's own."""
        return on_basis(self.own, self.validation)

    def validated(self, deliverable_id: str) -> bool:
        """Whether the validator rated this deliverable (an umbrella: all of its rated parts)."""
        if self.validation is None:
            return False
        roadmap = self.own.roadmap
        ids = roadmap.parts.get(deliverable_id, []) if roadmap[deliverable_id].kind == "umbrella" else []
        checked = self.validation.deliverables
        return all(
            checked.get(i) is not None and checked[i].rating is not None for i in ids or [deliverable_id]
        )


@dataclass
class Region:
    """Every entry, sorted by organisation code and period, and the roadmap the site is laid out by."""

    roadmap: Roadmap
    entries: list[PublishedAssessment] = field(default_factory=list)

    @property
    def periods(self) -> list[str]:
        return sorted({entry.period for entry in self.entries})

    @property
    def latest(self) -> str:
        return self.periods[-1] if self.entries else ""

    @property
    def systems(self) -> dict[str, list[PublishedAssessment]]:
        """Each organisation code (sorted) and its entries, oldest period first."""
        found: dict[str, list[PublishedAssessment]] = {}
        for entry in self.entries:
            found.setdefault(entry.code, []).append(entry)
        return found

    def in_period(self, period: str) -> list[PublishedAssessment]:
        return [entry for entry in self.entries if entry.period == period]


def collect_region(corpus: Corpus, roadmap: Roadmap, publication: Publication) -> Region:
    """The corpus's usable assessments, each with only what `publication` allows.

    The corpus is used up: each file's full assessment is let go once its redacted copy is made, so
    that a region is never held twice (memory stays flat in the number of files).
    """
    region = Region(roadmap)
    usable = corpus.usable[::-1]
    corpus.assessments.clear()
    while usable:
        loaded = usable.pop()
        assert loaded.ratings is not None
        validation = corpus.validation_for(loaded)
        assessment = publication.redact(loaded.ratings.assessment)
        ratings = Ratings(loaded.ratings.roadmap, assessment)
        # Problems stay out: they name local paths, and the files had no errors to be published.
        redacted = LoadedAssessment(loaded.path, assessment, None, [], ratings, find_inconsistencies(ratings))
        region.entries.append(PublishedAssessment(redacted, validation))
    region.entries.sort(key=lambda entry: (entry.code, entry.period))
    return region
