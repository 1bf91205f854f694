"""The board paper's reasoning: rationale for the priorities, resource implications and risks."""

from __future__ import annotations

from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.assessment.delivery import DeliveryStatus
from cmhroadmap.assessment.priorities import Priority
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.reports.glance_view import no_priorities
from cmhroadmap.reports.paper_model import NOT_STATED, Bullets, Para, Quote, Section, Table
from cmhroadmap.reports.paper_tables import owner_and_target
from cmhroadmap.reports.shared_view import rating_view
from cmhroadmap.roadmap.graph import DependencyGraph

# A board endorses a handful: the paper carries the top five, the gap report every one.
PAPER_PRIORITIES = 5
NAMED = 3


def rationale_section(result: AssessResult, graph: DependencyGraph, top: list[Priority]) -> Section:
    roadmap = result.ratings.roadmap
    intro = Para(
        "Each deliverable in the roadmap names the others it relies upon delivery of. These come first "
        "because others rely upon them: where deliverables already rated above one are waiting on it, "
        "they cannot rise further until it does. What service users expect is quoted from the roadmap."
    )
    subsections = []
    for rank, priority in enumerate(top, start=1):
        item = roadmap[priority.id]
        rating = rating_view(roadmap, priority.rating).text
        blocks: list[Para | Bullets | Quote] = [Para(_waiting(result.ratings, priority))]
        relies = [t for t in graph.relies_upon(item.id) if t in roadmap]
        if relies:
            blocks.append(Para(f"It relies upon: {_names(result.ratings, relies)}."))
        if not item.getting_started and not item.success:
            named = [other.title for other in roadmap if item.id in other.relies_upon]
            verb = "relies" if len(named) == 1 else "rely"
            blocks.append(
                Para(
                    "The roadmap gives it no annex of its own (no Getting started steps or Success "
                    f"markers); it is named only in what {_listed(named)} {verb} upon."
                )
            )
        voice = [v.text for v in item.service_user_voice]
        source = f"Roadmap, {item.title}: Service User Voice"
        blocks += [Quote(_quoted(text), source) for text in voice] or [
            Para("The roadmap gives no Service User Voice for this deliverable.")
        ]
        subsections.append(Section(f"{rank}. {item.title} (now {rating})", list(blocks)))
    if not top:
        intro = Para(no_priorities(result))
    return Section("Rationale for the recommendations", [intro], subsections)


def resources_section(result: AssessResult, top: list[Priority]) -> Section:
    ratings = result.ratings
    rows = []
    for priority in top:
        entry = ratings.assessment.deliverables.get(priority.id)
        owner, target = owner_and_target(ratings, priority.id)
        notes = entry.notes if entry is not None and entry.notes else NOT_STATED
        rows.append(
            [[ratings.roadmap[priority.id].title], [owner or NOT_STATED], [target or NOT_STATED], [notes]]
        )
    intro = Para(
        "The self-assessment records no costs, posts or funding, so no resource figure is stated here: "
        "the author should add any before the paper goes to the Board. For each top priority, what the "
        "team wrote in its plan fields:"
    )
    table = Table(
        "Plan fields for the top priorities",
        ["Priority", "Owner", "Target", "The team's notes"],
        rows,
        [30, 20, 18, 32],
    )
    return Section("Resource implications", [intro, table] if rows else [intro])


def risks_section(result: AssessResult, previous: Ratings | None) -> Section:
    roadmap = result.ratings.roadmap
    ahead = [
        f"{roadmap[i.deliverable].title} is rated {i.rating} but relies upon {roadmap[i.relies_upon].title}, "
        f"rated {i.relied_rating}" + (f" (the team's reason: {i.acknowledged})" if i.acknowledged else "")
        for i in result.inconsistencies
    ]
    differ = [
        f"{roadmap[key].title}: {'not rated' if own is None else own} by the system, {checked} validated"
        + (f" ({note})" if note else "")
        for key, own, checked, note in result.differences
    ]
    off = [
        f"{roadmap[key].title}: {one.why}"
        for key, one in result.delivery.items()
        if one.status is DeliveryStatus.OFF_TRACK
    ]
    blocks: list[Para | Bullets] = []
    for lead, found, none in (
        ("Ratings running ahead of what they rely upon.", ahead, "None."),
        (
            "Ratings the independent validator did not agree with.",
            differ,
            "None." if result.validation is not None else "Not known: no validation was found.",
        ),
        (
            "Off track: targets missed, and ratings that fell since the previous period.",
            off,
            "None." if previous is not None else f"No target was missed. {_NO_PREVIOUS}",
        ),
    ):
        blocks.append(Para("" if found else none, lead=lead))
        if found:
            blocks.append(Bullets(found))
    if off and previous is None:
        blocks.append(Para(_NO_PREVIOUS))
    return Section("Risks", blocks)


_NO_PREVIOUS = "What fell is not known: no assessment of the previous period was found beside this one."


def _waiting(ratings: Ratings, priority: Priority) -> str:
    held, direct = priority.held, priority.direct
    if held:
        text = f"Waiting on it: {len(held)} already rated above it ({_names(ratings, held)})."
        others = len(direct) - len(held)
        if others > 0:
            text += f" {others} more not yet in place rel{'ies' if others == 1 else 'y'} upon it."
        return text
    if direct:
        return f"Nothing rated above it is waiting on it yet; relied upon by {_names(ratings, direct)}."
    return "Nothing not yet in place relies upon it directly."


def _names(ratings: Ratings, ids: list[str]) -> str:
    roadmap = ratings.roadmap
    named = [
        f"{roadmap[key].title}, {rating_view(roadmap, ratings.effective[key]).text.lower()}"
        for key in ids[:NAMED]
    ]
    more = len(ids) - len(named)
    return "; ".join(named) + (f"; and {more} more" if more else "")


def _listed(titles: list[str]) -> str:
    if not titles:
        return "no deliverable"
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]


def _quoted(text: str) -> str:
    """The roadmap's words in quotation marks, unless the roadmap already quotes them."""
    return text if text.startswith(("“", '"', "‘")) else f"“{text}”"
