"""Tidy export: one row per organisation, period and deliverable, for spreadsheets and dashboards."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from cmhroadmap.assessment.basis import RatingsBasis, on_basis
from cmhroadmap.assessment.delivery import delivery_status
from cmhroadmap.assessment.loader import LoadedAssessment
from cmhroadmap.assessment.previous import previous_period
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.cycle.export_formats import EXPORT_FORMATS
from cmhroadmap.roadmap.model import KIND_WORDS

if TYPE_CHECKING:
    from cmhroadmap.cycle.corpus import Corpus

FIELDS = [
    "organisation",
    "code",
    "period",
    "roadmap",
    "deliverable",
    "title",
    "column",
    "kind",
    "in_scope",
    "self_rating",
    "validated_rating",
    "effective_rating",
    "ratings_basis",
    "delivery_status",
    "delivery_why",
    "target_rating",
    "target_by",
    "owner",
    "evidence",
    "validator_note",
    "validator",
]


def export_rows(corpus: Corpus, *, own_only: bool = False) -> Iterator[dict[str, Any]]:
    """One row per deliverable of every assessment; effective_rating is on the basis in use.

    That is the validated rating where the validator gave one (ratings_basis "validated"), the
    system's own elsewhere ("self"), or the system's own alone with `own_only`. The rows come one at
    a time: a region's rows (one per deliverable of every file) are never all held.
    """
    ordered = sorted(
        corpus.usable,
        key=lambda a: (a.assessment.organisation.code, a.assessment.period) if a.assessment else ("", ""),
    )
    by_key = {(a.assessment.organisation.code, a.assessment.period): a for a in ordered if a.assessment}
    for loaded in ordered:
        assessment, own = loaded.assessment, loaded.ratings
        assert assessment is not None
        assert own is not None
        validation = corpus.validation_for(loaded)
        ratings = on_basis(own, validation, own_only=own_only)
        earlier = by_key.get((assessment.organisation.code, previous_period(assessment.period) or ""))
        previous = _on_basis(earlier, corpus, own_only=own_only) if earlier is not None else None
        delivery = delivery_status(ratings, previous, own)
        for item in ratings.roadmap:
            entry = assessment.deliverables.get(item.id)
            checked = validation.deliverables.get(item.id) if validation is not None else None
            used = checked is not None and checked.rating is not None and not own_only
            status = delivery.get(item.id)
            yield (
                {
                    "organisation": assessment.organisation.name,
                    "code": assessment.organisation.code,
                    "period": assessment.period,
                    "roadmap": assessment.roadmap,
                    "deliverable": item.id,
                    "title": item.title,
                    "column": ratings.roadmap.column_of(item.id),
                    "kind": KIND_WORDS[item.kind],
                    # Words, not True/False: a spreadsheet shows what it is given.
                    "in_scope": "yes" if ratings.in_scope(item.id) else "no",
                    "self_rating": own.own(item.id),
                    "validated_rating": checked.rating if checked is not None else None,
                    "effective_rating": ratings.effective[item.id],
                    "ratings_basis": (RatingsBasis.VALIDATED if used else RatingsBasis.SELF).value,
                    "delivery_status": status.status.value if status is not None else None,
                    "delivery_why": status.why if status is not None else None,
                    "target_rating": entry.target.rating if entry and entry.target else None,
                    "target_by": entry.target.by.isoformat() if entry and entry.target else None,
                    "owner": entry.owner if entry else None,
                    "evidence": entry.evidence if entry else None,
                    "validator_note": checked.note if checked is not None else None,
                    "validator": validation.validator.name if validation is not None else None,
                }
            )


def _on_basis(loaded: LoadedAssessment, corpus: Corpus, *, own_only: bool) -> Ratings:
    assert loaded.ratings is not None
    return on_basis(loaded.ratings, corpus.validation_for(loaded), own_only=own_only)


def export_text(corpus: Corpus, fmt: str, fields: list[str] | None = None, *, own_only: bool = False) -> str:
    """The rows in the format called `fmt`; `fields` (all by default) chooses the columns, in FIELDS' order.

    Whole, for tests and small exports; export_chunks gives the same text in pieces.
    """
    return "".join(export_chunks(corpus, fmt, fields, own_only=own_only))


def export_chunks(
    corpus: Corpus, fmt: str, fields: list[str] | None = None, *, own_only: bool = False
) -> Iterator[str]:
    """export_text's text in pieces, so that a large region's export is never held whole."""
    chosen = FIELDS if fields is None else [name for name in FIELDS if name in fields]
    rows = ({name: row[name] for name in chosen} for row in export_rows(corpus, own_only=own_only))
    render = EXPORT_FORMATS[fmt].render
    assert render is not None
    yield from render(chosen, rows)
