"""The report's "At a glance" page: what a programme board reads first, built to fit one A4 page.

It is a view model of its own, so that it can be rendered alone (templates/_glance.html) as well as
at the top of the full report.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.assessment.delivery import STATUS_WORDS, DeliveryStatus, count_statuses
from cmhroadmap.assessment.priorities import Priority
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.reports.board_words import problems_in_words
from cmhroadmap.reports.shared_view import RatingView, rating_view
from cmhroadmap.roadmap.model import ANNEXED_KINDS

GLANCE_PRIORITIES = 5
NAMED_MOVES = 3


@dataclass(frozen=True)
class GlancePriority:
    rank: int
    title: str
    anchor: str
    rating: RatingView
    sentence: str


@dataclass(frozen=True)
class GlanceView:
    organisation: str
    code: str
    period: str
    assessed_on: str
    basis: str
    levels: list[tuple[RatingView, int]]
    in_scope: int
    priorities_title: str
    priorities: list[GlancePriority]
    ahead: str
    movement: str | None
    problems: list[str]
    # What an independent validator found, said on the first page where a board will see it.
    validation: str | None = None
    # Said instead of priorities when there are none: nothing rated yet, or everything at the top.
    no_priorities: str = ""
    # Where the priorities' details are: the report itself, or a page beside it (a published site).
    link_base: str = ""
    # The roadmap's yardstick: how many are in place against what it expects, and by when.
    expectation: str | None = None
    # Delivery status counted: (status, words, count), then one sentence saying what it means.
    delivery: tuple[tuple[str, str, int], ...] = ()
    delivery_sentence: str = ""


def build_glance(result: AssessResult, previous: Ratings | None = None) -> GlanceView:
    ratings = result.ratings
    roadmap, assessment = ratings.roadmap, ratings.assessment
    levels = [(rating_view(roadmap, level), count) for level, count in result.overall.by_level.items()]
    levels.append((rating_view(roadmap, None), result.overall.not_assessed))
    return GlanceView(
        organisation=assessment.organisation.name,
        code=assessment.organisation.code,
        period=assessment.period,
        assessed_on=assessment.assessed_on.isoformat(),
        basis=result.basis_words,
        levels=levels,
        in_scope=sum(count for _, count in levels),
        priorities_title=_priorities_title(len(result.priorities)),
        no_priorities=no_priorities(result),
        validation=validation_sentence(result),
        priorities=[
            GlancePriority(
                rank,
                roadmap[p.id].title,
                f"d-{p.id}",
                rating_view(roadmap, p.rating),
                priority_sentence(ratings, p),
            )
            for rank, p in enumerate(result.priorities[:GLANCE_PRIORITIES], start=1)
        ],
        ahead=_ahead(result),
        movement=None if previous is None else _movement(previous, ratings),
        problems=problems_in_words(result.loaded.problems),
        expectation=None if result.expectation is None else result.expectation.sentence,
        delivery=tuple(
            (status.value, STATUS_WORDS[status], count)
            for status, count in count_statuses(result.delivery).items()
        ),
        delivery_sentence=delivery_sentence(result),
    )


def delivery_sentence(result: AssessResult) -> str:
    """What the statuses count, against the system's own targets: the regional lead's question."""
    counts = count_statuses(result.delivery)
    off, none = counts[DeliveryStatus.OFF_TRACK], counts[DeliveryStatus.NO_PLAN]
    unrated = counts[DeliveryStatus.NOT_ASSESSED]
    also = f"; {unrated} not rated yet, so not judged" if unrated else ""
    return (
        f"Against the system's own targets: {off} off track (a target date passed, or the rating fell) "
        f"and {none} below 4 with no target{also}."
    )


def priority_sentence(ratings: Ratings, priority: Priority) -> str:
    """One sentence for the summary: who is waiting on it, or who relies on it."""
    said = _waiting(priority)
    if ratings.roadmap[priority.id].kind not in ANNEXED_KINDS:
        # A board cannot act on a name alone; the plan says where the roadmap names it.
        said += " The roadmap gives it no annex: no steps or Success markers."
    return said


def _waiting(priority: Priority) -> str:
    held, direct = priority.held_back, priority.leverage
    if held:
        waiting = f"{_count(held)} already rated above it {'is' if held == 1 else 'are'} waiting on it"
        return waiting + (f"; {direct} rely on it in all." if direct > held else ".")
    if direct:
        relies = "relies" if direct == 1 else "rely"
        return f"Nothing is waiting on it yet; {_count(direct)} not yet in place {relies} on it."
    return "Nothing not yet in place relies on it."


def validation_sentence(result: AssessResult) -> str | None:
    """Who validated the ratings, and where they disagree: a board must not miss a marked-down 4."""
    validation = result.validation
    if validation is None:
        return None
    roadmap = result.ratings.roadmap
    who = f"Independently validated by {validation.validator.name} on {validation.validated_on.isoformat()}"
    found = result.differences
    if not found:
        return f"{who}: every validated rating agrees with the system's own."
    named = [
        f"'{roadmap[item].title}' ({'not rated' if own is None else own} by the system, {checked} validated)"
        for item, own, checked, _ in found[:NAMED_MOVES]
    ]
    more = len(found) - len(named)
    listed = ", ".join(named) + (f" and {more} more" if more else "")
    ratings = "rating differs" if len(found) == 1 else "ratings differ"
    basis = (
        "these figures use the validated ratings"
        if result.basis == "validated"
        else "these figures use the system's own ratings, as asked"
    )
    return f"{who}: {len(found)} {ratings} from the system's own: {listed}; {basis}."


def no_priorities(result: AssessResult) -> str:
    """Why there is no priority: an empty file must not read as a finished one."""
    in_scope = sum(result.overall.by_level.values()) + result.overall.not_assessed
    if result.overall.not_assessed == in_scope:
        return (
            f"Nothing is rated yet: none of the {in_scope} deliverables in scope has a rating, so there are "
            "no priorities to show."
        )
    if result.overall.not_assessed:
        return (
            f"Every rated deliverable is at the top of the scale; {result.overall.not_assessed} in scope "
            "are not rated yet."
        )
    return "Nothing in scope is rated below the top of the scale."


def _priorities_title(ranked: int) -> str:
    shown = min(ranked, GLANCE_PRIORITIES)
    if shown == 0:
        return "Priorities"
    if shown == 1:
        return "The one priority"
    return f"The top {'five' if shown == GLANCE_PRIORITIES else shown} priorities"


def _ahead(result: AssessResult) -> str:
    """Counted per rating: one rating ahead of two things it relies upon is one rating to look at."""
    found = result.inconsistencies
    ahead = {i.deliverable for i in found}
    if not ahead:
        return "No rating runs ahead of what it relies upon."
    explained = ahead - {i.deliverable for i in found if i.acknowledged is None}
    one = len(ahead) == 1
    text = (
        f"{len(ahead)} rating{'' if one else 's'} run{'s' if one else ''} ahead of what "
        f"{'it relies' if one else 'they rely'} upon by "
        f"{result.ratings.roadmap.meta.dependency_threshold} levels or more"
    )
    if explained:
        text += f"; the team has given its reasons for {len(explained)}"
    return text + "."


def _movement(previous: Ratings, current: Ratings) -> str:
    rose, fell, same, new = [], [], 0, 0
    for item in current.roadmap:
        if not current.in_scope(item.id) or item.id not in previous.roadmap:
            continue
        now, then = current.effective[item.id], previous.effective.get(item.id)
        if now is None:
            continue
        if then is None:
            new += 1
        elif now > then:
            rose.append(item.title)
        elif now < then:
            fell.append(item.title)
        else:
            same += 1
    parts = [f"{len(rose)} rating{'' if len(rose) == 1 else 's'} rose", f"{len(fell)} fell"]
    if fell:
        named = ", ".join(f"'{title}'" for title in fell[:NAMED_MOVES])
        parts[-1] += f" ({named}{' and others' if len(fell) > NAMED_MOVES else ''})"
    parts.append(f"{same} stayed the same")
    if new:
        parts.append(f"{new} {'was' if new == 1 else 'were'} rated for the first time")
    return f"Since {previous.assessment.period}: " + ", ".join(parts[:-1]) + " and " + parts[-1] + "."


def _count(number: int) -> str:
    return f"{number} deliverable{'' if number == 1 else 's'}"
