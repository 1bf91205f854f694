"""Benchmarking: many systems' ratings for one period, side by side and deliverable by deliverable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cmhroadmap.assessment.basis import RatingsBasis, on_basis
from cmhroadmap.assessment.delivery import DeliveryStatus, count_statuses, delivery_status
from cmhroadmap.assessment.loader import LoadedAssessment
from cmhroadmap.assessment.previous import previous_period
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.validation_checks import apply_validation
from cmhroadmap.cycle.corpus import Corpus
from cmhroadmap.roadmap.roadmap import Roadmap


class BenchmarkRefused(ValueError):
    """The files cannot be benchmarked as asked (for example, several periods and none chosen)."""


@dataclass(frozen=True)
class System:
    name: str
    code: str
    focus_areas: list[str]
    ratings: dict[str, int | None]  # None: not assessed; absent: out of scope
    counts: dict[int, int]
    not_assessed: int
    validated: bool
    # Delivery status counted, on the same ratings (with validated ratings only: only what was rated).
    delivery: dict[DeliveryStatus, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DeliverableSpread:
    id: str
    title: str
    column: str
    counts: dict[int, int]
    not_assessed: int
    out_of_scope: int
    behind: int  # systems that rated it below the top of the scale (not rated: neither behind nor ahead)
    in_scope: int
    mean: float | None

    @property
    def rated(self) -> int:
        return sum(self.counts.values())

    @property
    def mean_text(self) -> str:
        """The mean as every format shows it: two decimals, or a dash where nothing is rated."""
        return "–" if self.mean is None else f"{self.mean:.2f}"


VALIDATED_ONLY = "validated-only"
BENCHMARK_BASIS_WORDS = {
    VALIDATED_ONLY: "validated ratings only: only systems with a validation file, and only the "
    "deliverables their validator rated",
    RatingsBasis.VALIDATED.value: "each system's validated ratings where a validator rated the "
    "deliverable, its own elsewhere",
    RatingsBasis.SELF.value: "each system's own ratings only, as asked (--own-ratings)",
}


@dataclass
class Benchmark:
    roadmap: Roadmap
    period: str
    basis: str  # "validated" (validated where given), "validated-only", or "self"
    focus: str | None
    systems: list[System] = field(default_factory=list)
    deliverables: list[DeliverableSpread] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)

    @property
    def missing_label(self) -> str:
        """What a blank means: with validated ratings only, the validator did not rate it."""
        return "Not validated" if self.basis == VALIDATED_ONLY else "Not assessed"

    @property
    def basis_words(self) -> str:
        return BENCHMARK_BASIS_WORDS[self.basis]

    def most_behind(self, count: int = 10) -> list[DeliverableSpread]:
        """Behind among the systems that rated it: a blank is neither behind nor ahead."""
        ranked = [d for d in self.deliverables if d.rated]
        ranked.sort(key=lambda d: (-d.behind / d.rated, d.mean if d.mean is not None else 0))
        return ranked[:count]


def periods_of(corpus: Corpus) -> list[str]:
    return sorted({a.assessment.period for a in corpus.usable if a.assessment is not None})


def build_benchmark(
    corpus: Corpus,
    roadmap: Roadmap,
    period: str | None = None,
    *,
    validated_only: bool = False,
    own_only: bool = False,
    focus: str | Sequence[str] = (),
) -> Benchmark:
    """The systems of one period side by side; with `focus`, only those working on every area named.

    Each system on its validated ratings where its validator gave them, its own elsewhere; with
    `validated_only`, validated ratings alone; with `own_only`, its own alone.
    """
    areas = [focus] if isinstance(focus, str) else list(focus)
    periods = periods_of(corpus)
    if period is None:
        if len(periods) > 1:
            raise BenchmarkRefused(
                f"the files cover several periods ({', '.join(periods)}); choose one with --period"
            )
        period = periods[0] if periods else ""
    elif period not in periods:
        raise BenchmarkRefused(
            f"no assessment is for {period}; the files cover {', '.join(periods) or 'no period'}"
        )
    basis = VALIDATED_ONLY if validated_only else RatingsBasis.SELF if own_only else RatingsBasis.VALIDATED
    benchmark = Benchmark(roadmap, period, str(basis), ", ".join(areas) or None)
    by_key = {
        (a.assessment.organisation.code, a.assessment.period): a
        for a in corpus.usable
        if a.assessment is not None
    }
    chosen = [a for a in corpus.usable if a.assessment is not None and a.assessment.period == period]
    for loaded in sorted(chosen, key=_name):
        assert loaded.assessment is not None
        assert loaded.ratings is not None
        missing = [area for area in areas if area not in loaded.assessment.focus_areas]
        if missing:
            benchmark.excluded.append(
                f"{loaded.assessment.organisation.code}: does not work on {', '.join(missing)}"
            )
            continue
        validation = corpus.validation_for(loaded)
        if validated_only and validation is None:
            benchmark.excluded.append(f"{loaded.assessment.organisation.code}: no validation file")
            continue
        ratings = _basis(loaded, corpus, benchmark.basis)
        assert ratings is not None
        earlier = by_key.get((loaded.assessment.organisation.code, previous_period(period) or ""))
        before = _basis(earlier, corpus, benchmark.basis) if earlier is not None else None
        benchmark.systems.append(_system(loaded, ratings, validation is not None, benchmark.basis, before))
    benchmark.deliverables = [
        _spread(roadmap, item.id, benchmark.systems) for item in roadmap if item.kind != "umbrella"
    ]
    return benchmark


def _name(loaded: LoadedAssessment) -> str:
    return loaded.assessment.organisation.name if loaded.assessment else ""


def _basis(loaded: LoadedAssessment, corpus: Corpus, basis: str) -> Ratings | None:
    """A system's ratings on the benchmark's basis; None with validated ratings only and no validation."""
    assert loaded.ratings is not None
    validation = corpus.validation_for(loaded)
    if basis != VALIDATED_ONLY:
        return on_basis(loaded.ratings, validation, own_only=basis == RatingsBasis.SELF)
    if validation is None:
        return None
    only = {k: v for k, v in validation.deliverables.items() if v.rating is not None}
    # Like for like: only what the validator rated counts; the rest is not assessed. Targets stay.
    kept = {
        k: v.model_copy(update={"rating": None}) for k, v in loaded.ratings.assessment.deliverables.items()
    }
    blank = loaded.ratings.assessment.model_copy(update={"deliverables": kept})
    return Ratings(
        loaded.ratings.roadmap, apply_validation(blank, validation.model_copy(update={"deliverables": only}))
    )


def _system(
    loaded: LoadedAssessment, ratings: Ratings, validated: bool, basis: str, previous: Ratings | None
) -> System:
    assert loaded.assessment is not None
    assert loaded.ratings is not None
    roadmap = ratings.roadmap
    delivery = delivery_status(ratings, previous, loaded.ratings)
    if basis == VALIDATED_ONLY:
        # A deliverable nobody validated is neither behind nor ahead.
        delivery = {k: v for k, v in delivery.items() if ratings.effective[k] is not None}
    values = {item.id: ratings.effective[item.id] for item in roadmap if ratings.in_scope(item.id)}
    counts = dict.fromkeys(roadmap.scale, 0)
    for value in values.values():
        if value is not None:
            counts[value] += 1
    return System(
        loaded.assessment.organisation.name,
        loaded.assessment.organisation.code,
        list(loaded.assessment.focus_areas),
        values,
        counts,
        sum(1 for v in values.values() if v is None),
        validated,
        count_statuses(delivery),
    )


def _spread(roadmap: Roadmap, node: str, systems: list[System]) -> DeliverableSpread:
    counts = dict.fromkeys(roadmap.scale, 0)
    missing = outside = 0
    for system in systems:
        if node not in system.ratings:
            outside += 1
        elif system.ratings[node] is None:
            missing += 1
        else:
            counts[system.ratings[node]] += 1  # type: ignore[index]
    rated = sum(counts.values())
    in_scope = len(systems) - outside
    total = sum(level * n for level, n in counts.items())
    return DeliverableSpread(
        node,
        roadmap[node].title,
        roadmap.column_of(node),
        counts,
        missing,
        outside,
        rated - counts.get(roadmap.top_level, 0),
        in_scope,
        round(total / rated, 2) if rated else None,
    )
