"""Benchmarking: many systems' ratings for one period, side by side and deliverable by deliverable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cmhroadmap.assessment.loader import LoadedAssessment
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.validation_checks import apply_validation
from cmhroadmap.assessment.validation_model import Validation
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


@dataclass(frozen=True)
class DeliverableSpread:
    id: str
    title: str
    column: str
    counts: dict[int, int]
    not_assessed: int
    out_of_scope: int
    behind: int  # systems with it in scope and not yet at the top of the scale
    in_scope: int
    mean: float | None

    @property
    def mean_text(self) -> str:
        """The mean as every format shows it: two decimals, or a dash where nothing is rated."""
        return "–" if self.mean is None else f"{self.mean:.2f}"


@dataclass
class Benchmark:
    roadmap: Roadmap
    period: str
    basis: str
    focus: str | None
    systems: list[System] = field(default_factory=list)
    deliverables: list[DeliverableSpread] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)

    @property
    def missing_label(self) -> str:
        """What a blank means: with validated ratings only, the validator did not rate it."""
        return "Not validated" if self.basis == "validated" else "Not assessed"

    def most_behind(self, count: int = 10) -> list[DeliverableSpread]:
        ranked = [d for d in self.deliverables if d.in_scope]
        ranked.sort(key=lambda d: (-d.behind / d.in_scope, d.mean if d.mean is not None else 0))
        return ranked[:count]


def periods_of(corpus: Corpus) -> list[str]:
    return sorted({a.assessment.period for a in corpus.usable if a.assessment is not None})


def build_benchmark(
    corpus: Corpus,
    roadmap: Roadmap,
    period: str | None = None,
    *,
    validated_only: bool = False,
    focus: str | Sequence[str] = (),
) -> Benchmark:
    """The systems of one period side by side; with `focus`, only those working on every area named."""
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
    benchmark = Benchmark(
        roadmap, period, "validated" if validated_only else "self", ", ".join(areas) or None
    )
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
        benchmark.systems.append(_system(loaded, roadmap, validation if validated_only else None))
    benchmark.deliverables = [
        _spread(roadmap, item.id, benchmark.systems) for item in roadmap if item.kind != "umbrella"
    ]
    return benchmark


def _name(loaded: LoadedAssessment) -> str:
    return loaded.assessment.organisation.name if loaded.assessment else ""


def _system(loaded: LoadedAssessment, roadmap: Roadmap, validation: Validation | None) -> System:
    assert loaded.assessment is not None
    assert loaded.ratings is not None
    ratings: Ratings = loaded.ratings
    if validation is not None:
        only = {k: v for k, v in validation.deliverables.items() if v.rating is not None}
        # Like for like: only what the validator rated counts; the rest is not assessed.
        blank = loaded.assessment.model_copy(update={"deliverables": {}})
        ratings = Ratings(
            roadmap, apply_validation(blank, validation.model_copy(update={"deliverables": only}))
        )
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
        validation is not None,
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
        in_scope - counts.get(roadmap.top_level, 0),
        in_scope,
        round(total / rated, 2) if rated else None,
    )
