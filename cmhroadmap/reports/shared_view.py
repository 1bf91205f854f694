"""View pieces several report sections share: ratings as shown and deliverable details."""

from __future__ import annotations

from dataclasses import dataclass, field

from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.assessment.validation_model import Validation
from cmhroadmap.roadmap.graph import relied_upon
from cmhroadmap.roadmap.model import Deliverable
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.safe.neutralise import safe_url


@dataclass(frozen=True)
class RatingView:
    """A rating as shown: text always carries it; the css class adds colour, never alone."""

    level: int | None
    text: str
    css: str


def rating_view(
    roadmap: Roadmap, level: int | None, derived: bool = False, missing: str = "Not assessed"
) -> RatingView:
    if level is None:
        return RatingView(None, missing, "level-none")
    text = f"{level} {roadmap.scale[level].label}"
    return RatingView(level, text + (" (lowest part)" if derived else ""), f"level-{level}")


@dataclass(frozen=True)
class Marker:
    number: int
    text: str
    points: list[str]
    met: bool | None  # None where the deliverable is not assessed
    alternative_to: list[int] = field(default_factory=list)

    @property
    def status(self) -> str:
        return {True: "✓ Met", False: "✗ Not met", None: ""}[self.met]


@dataclass(frozen=True)
class DeliverableDetail:
    id: str
    anchor: str
    title: str
    kind: str
    in_scope: bool
    rating: RatingView
    evidence: str | None
    owner: str | None
    target: str | None
    notes: str | None
    acknowledged: list[tuple[str, str]]
    getting_started: list[Marker]
    success: list[Marker]
    resources: list[tuple[str, str | None]]
    voice: list[str]
    parts: list[tuple[str, str]]
    part_of: tuple[str, str] | None
    relies_upon: list[tuple[str, str, RatingView]]
    self_rating: RatingView | None = None
    validated: RatingView | None = None
    validation_note: str | None = None


def deliverable_detail(
    ratings: Ratings, item: Deliverable, own: Ratings | None = None, validation: Validation | None = None
) -> DeliverableDetail:
    """Everything the report shows of one deliverable; `own` and `validation` add the validator's view."""
    roadmap = ratings.roadmap
    checked = validation.deliverables.get(item.id) if validation is not None else None
    validated = None
    if checked is not None and checked.rating in roadmap.scale:
        validated = rating_view(roadmap, checked.rating)
    own_view = None
    if validation is not None and own is not None:
        own_view = rating_view(roadmap, own.effective[item.id], item.kind == "umbrella")
    entry = ratings.assessment.deliverables.get(item.id)
    met = set(entry.success_met) if entry is not None else set()
    assessed = ratings.effective[item.id] is not None
    target = None
    if entry is not None and entry.target is not None and entry.target.rating in roadmap.scale:
        level = roadmap.scale[entry.target.rating]
        target = f"{level.level} {level.label} by {entry.target.by.isoformat()}"
    return DeliverableDetail(
        id=item.id,
        anchor=f"d-{item.id}",
        title=item.title,
        kind=item.kind,
        in_scope=ratings.in_scope(item.id) or item.kind == "umbrella",
        rating=rating_view(roadmap, ratings.effective[item.id], item.kind == "umbrella"),
        evidence=entry.evidence if entry else None,
        owner=entry.owner if entry else None,
        target=target,
        notes=entry.notes if entry else None,
        acknowledged=[
            (roadmap[k].title if k in roadmap else k, reason)
            for k, reason in (entry.acknowledged.items() if entry else [])
        ],
        getting_started=[
            Marker(n, step.text, list(step.points), None) for n, step in enumerate(item.getting_started, 1)
        ],
        success=[
            Marker(n, m.text, list(m.points), (n in met) if assessed else None, list(m.alternative_to))
            for n, m in enumerate(item.success, 1)
        ],
        # The model takes only safe addresses; checked again here, a link is never made of anything else.
        resources=[(r.title, r.url if r.url and safe_url(r.url) else None) for r in item.resources],
        voice=[v.text for v in item.service_user_voice],
        parts=[(roadmap[p].title, f"d-{p}") for p in roadmap.parts.get(item.id, [])],
        part_of=(roadmap[item.part_of].title, f"d-{item.part_of}") if item.part_of else None,
        relies_upon=[
            (
                roadmap[t].title,
                f"d-{t}",
                rating_view(roadmap, ratings.effective[t], roadmap[t].kind == "umbrella"),
            )
            for t in relied_upon(roadmap, item)
        ],
        self_rating=own_view,
        validated=validated,
        validation_note=checked.note if checked is not None else None,
    )
