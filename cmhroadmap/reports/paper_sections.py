"""The board paper's later sections: rationale, resources, risks, co-production and the delivery plan."""

from __future__ import annotations

from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.assessment.checks import unmet_markers
from cmhroadmap.assessment.priorities import Priority
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.reports.paper_model import NOT_STATED, Bullets, Para, Quote, Section, Table
from cmhroadmap.reports.parts import rating_view
from cmhroadmap.roadmap.graph import DependencyGraph

# A board endorses a handful: the paper carries the top five, the gap report every one.
PAPER_PRIORITIES = 5
NAMED = 3
# The deliverables on co-production, lived experience and equalities: the tool's selection from the
# roadmap's titles, not a grouping the roadmap makes. Those not in the roadmap in use are passed over.
COPRODUCTION = (
    "model-design-coproduced",
    "lived-experience-resource",
    "equalities-principles",
    "inequalities-monitoring",
    "cen-coproduced-model",
    "ed-experts-by-experience",
    "rehab-coproduced-care-planning",
)


def owner_and_target(ratings: Ratings, deliverable: str) -> tuple[str | None, str | None]:
    """The owner and the target ("3 Partially in place by 2025-03-31") the team wrote, if any."""
    entry = ratings.assessment.deliverables.get(deliverable)
    if entry is None:
        return None, None
    target = None
    if entry.target is not None and entry.target.rating in ratings.roadmap.scale:
        level = ratings.roadmap.scale[entry.target.rating]
        target = f"{level.level} {level.label} by {entry.target.by.isoformat()}"
    return entry.owner, target


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
        intro = Para("There are no priorities: nothing in scope is rated below the top of the scale.")
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
    blocks: list[Para | Bullets] = []
    for lead, found, none in (
        ("Ratings running ahead of what they rely upon.", ahead, "None."),
        (
            "Ratings the independent validator did not agree with.",
            differ,
            "None." if result.validation is not None else "Not known: no validation was found.",
        ),
        ("Ratings that fell since the last period.", _fell(result.ratings, previous), _no_fall(previous)),
    ):
        blocks.append(Para("" if found else none, lead=lead))
        if found:
            blocks.append(Bullets(found))
    return Section("Risks", blocks)


def coproduction_section(result: AssessResult) -> Section:
    ratings = result.ratings
    roadmap = ratings.roadmap
    rows = []
    for key in COPRODUCTION:
        if key not in roadmap or not ratings.in_scope(key):
            continue
        owner, target = owner_and_target(ratings, key)
        rating = rating_view(roadmap, ratings.effective[key]).text
        own = result.own.effective.get(key)
        if result.basis == "validated" and own != ratings.effective[key]:
            rating += f" (the system's own: {rating_view(roadmap, own).text})"
        rows.append([[roadmap[key].title], [rating], [owner or NOT_STATED], [target or NOT_STATED]])
    intro = Para(
        "Where the deliverables on co-production, lived experience and equalities stand (the tool's "
        "selection from the roadmap):"
    )
    table = Table(
        "Co-production and equalities", ["Deliverable", "Rating", "Owner", "Target"], rows, [40, 22, 20, 18]
    )
    if not rows:
        intro = Para(
            "None of the roadmap's deliverables on co-production, lived experience and equalities (the "
            "tool's selection) is in scope for this assessment."
        )
    return Section("Co-production and equalities", [intro, table] if rows else [intro])


def plan_section(result: AssessResult, top: list[Priority]) -> Section:
    """The top priorities in the shape of a national delivery plan's table."""
    ratings = result.ratings
    roadmap = ratings.roadmap
    rows = []
    for priority in top:
        item = roadmap[priority.id]
        owner, _ = owner_and_target(ratings, item.id)
        entry = ratings.assessment.deliverables.get(item.id)
        level = (
            entry.target.rating if entry and entry.target and entry.target.rating in roadmap.scale else None
        )
        milestone = f"{item.title}: " + (
            rating_view(roadmap, level).text if level else "target level not stated"
        )
        by = entry.target.by.isoformat() if level and entry and entry.target else NOT_STATED
        status = f"Now {rating_view(roadmap, priority.rating).text}"
        rows.append([[milestone], _activities(ratings, priority), [owner or NOT_STATED], [by], [status]])
    intro = Para(
        "For each top priority: the milestone is the team's target level, the activities are the "
        "roadmap's Getting started steps where none is under way (rated 1), else its Success markers not "
        "yet evidenced."
    )
    table = Table(
        "Delivery plan",
        ["Milestone", "Implementation activities", "Responsibility", "Timeframe", "Status"],
        rows,
        [20, 44, 14, 10, 12],
    )
    return Section("Delivery plan", [intro, table] if rows else [intro])


def _activities(ratings: Ratings, priority: Priority) -> list[str]:
    item = ratings.roadmap[priority.id]
    entry = ratings.assessment.deliverables.get(item.id)
    if priority.rating <= 1 or not item.success:
        lines = [step.text for step in item.getting_started]
    else:
        met = entry.success_met if entry is not None else ()
        lines = [f"Evidence: {item.success[n - 1].text}" for n in unmet_markers(item, met)]
    if entry is not None and entry.notes:
        lines.append(f"The team's notes: {entry.notes}")
    return lines or ["The roadmap gives no Getting started steps or Success markers for it"]


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


def _fell(current: Ratings, previous: Ratings | None) -> list[str]:
    if previous is None:
        return []
    found = []
    for item in current.roadmap:
        now, then = current.effective.get(item.id), previous.effective.get(item.id)
        if current.in_scope(item.id) and now is not None and then is not None and now < then:
            found.append(f"{item.title}: from {then} to {now}")
    return found


def _no_fall(previous: Ratings | None) -> str:
    if previous is None:
        return "Not known: no assessment of the previous period was found beside this one."
    return f"None since {previous.assessment.period}."


def _quoted(text: str) -> str:
    """The roadmap's words in quotation marks, unless the roadmap already quotes them."""
    return text if text.startswith(("“", '"', "‘")) else f"“{text}”"
