"""The board paper's content: the summary table, summary and recommendations, decided here in words.

A cover paper in the shape of a local board's "Report summary table" (meeting, date, type, title,
author, attachments, summary, recommendations, rationale, resources), then risks, co-production and a
delivery plan in the shape of the national delivery plans' tables. Every figure comes from the
assessment on one basis, said in the paper; where the team wrote nothing, the paper says "Not stated".
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from cmhroadmap.assessment.assess import AssessResult
from cmhroadmap.assessment.delivery import DeliveryStatus
from cmhroadmap.assessment.ratings import Ratings
from cmhroadmap.reports.glance_view import build_glance
from cmhroadmap.reports.paper_model import NOT_STATED, Bullets, Facts, Paper, Para, Section
from cmhroadmap.reports.paper_sections import (
    PAPER_PRIORITIES,
    rationale_section,
    resources_section,
    risks_section,
)
from cmhroadmap.reports.paper_tables import coproduction_section, owner_and_target, plan_section
from cmhroadmap.roadmap.graph import DependencyGraph
from cmhroadmap.safe.neutralise import safe_url


class Purpose(enum.StrEnum):
    decision = "decision"
    assurance = "assurance"
    information = "information"


@dataclass(frozen=True)
class PaperDetails:
    """What only the paper's author knows, from the command line; None where not given."""

    meeting: str | None = None
    date: dt.date | None = None
    author: str | None = None
    sponsor: str | None = None
    purpose: Purpose = Purpose.decision
    attachment: str | None = None


def build_paper(
    result: AssessResult,
    graph: DependencyGraph,
    details: PaperDetails,
    *,
    generated: dt.datetime,
    tool_version: str,
    previous: Ratings | None = None,
) -> Paper:
    ratings = result.ratings
    roadmap, assessment = ratings.roadmap, ratings.assessment
    title = f"Community mental health transformation: self-assessment {assessment.period}"
    author = details.author or assessment.prepared_by or ""
    top = result.priorities[:PAPER_PRIORITIES]
    licence = roadmap.meta.licence
    sections = [
        Section("Report summary", [_summary_table(result, details, title, author)]),
        Section("Summary", _summary(result, previous)),
        Section("Recommendations", _recommendations(result, details.purpose)),
        rationale_section(result, graph, top),
        resources_section(result, top),
        risks_section(result, previous),
        coproduction_section(result),
        plan_section(result, top),
    ]
    return Paper(
        title=title,
        subtitle=f"{assessment.organisation.name} ({assessment.organisation.code})",
        author=author,
        sections=sections,
        footer=[
            f"Drafted by cmhroadmap {tool_version} on {generated.strftime('%Y-%m-%d')} from the "
            f"self-assessment dated {assessment.assessed_on.isoformat()}, for the author to edit.",
            roadmap.meta.licence.attribution,
        ],
        subject=f"{roadmap.meta.title}: {assessment.organisation.name}, {assessment.period}",
        keywords=["community mental health", "board paper", assessment.period],
        generated=generated,
        # The model takes only safe addresses; checked again here, a link is never made of anything else.
        links=[(licence.name, str(licence.url))] if safe_url(str(licence.url)) else [],
    )


def basis_words(result: AssessResult) -> str:
    """The ratings every figure in the paper uses, as every output says it (in a table cell's case)."""
    words = result.basis_words
    return words[0].upper() + words[1:]


def _summary_table(result: AssessResult, details: PaperDetails, title: str, author: str) -> Facts:
    purpose = {
        Purpose.decision: "For decision",
        Purpose.assurance: "For assurance",
        Purpose.information: "For information",
    }[details.purpose]
    attachment = f"Appendix A: the full gap report ({details.attachment})" if details.attachment else "None"
    rows = [
        ("Meeting", details.meeting or NOT_STATED),
        ("Date", details.date.strftime("%-d %B %Y") if details.date else NOT_STATED),
        ("Type", "An open public item"),
        ("Report title", f"{title}: {result.ratings.assessment.organisation.name}"),
        ("Report author", author or NOT_STATED),
        ("Executive sponsor", details.sponsor or NOT_STATED),
        ("Purpose", purpose),
        ("List of attachments", attachment),
        ("Ratings used", basis_words(result)),
    ]
    return Facts(rows, "Report summary table")


def _summary(result: AssessResult, previous: Ratings | None) -> list[Para | Bullets]:
    glance = build_glance(result, previous)
    stand = "; ".join(f"{view.text}: {count}" for view, count in glance.levels)
    delivery = "; ".join(f"{words}: {count}" for _, words, count in glance.delivery)
    blocks: list[Para | Bullets] = [
        Para(
            f"{glance.organisation} assessed itself against NHS England's Community Mental Health "
            f"Transformation Roadmap on {glance.assessed_on}. Every figure uses {glance.basis}. Of the "
            f"{glance.in_scope} deliverables in scope: {stand}."
        ),
    ]
    if glance.expectation:
        blocks.append(Para(f"Against the roadmap's expectation: {glance.expectation}"))
    blocks += [
        Para(f"{glance.delivery_sentence} Delivery status: {delivery}."),
        Para(
            glance.movement
            or "No assessment of the previous period was found beside this one: what moved is not stated."
        ),
        Para(glance.validation or "No independent validation of these ratings was found."),
        Para(glance.ahead),
    ]
    if glance.problems:
        blocks.append(Para("The file itself: " + " ".join(glance.problems)))
    return blocks


_VERBS = {
    "decision": ("note", "endorse", "agree"),
    "assurance": ("note", "take assurance from", "seek"),
    "information": ("note", "note", "note the gaps in"),
}


def _recommendations(result: AssessResult, purpose: Purpose) -> list[Para | Bullets]:
    """What the board is asked to do, drafted for the author to edit; the verbs follow the purpose."""
    roadmap, ratings = result.ratings.roadmap, result.ratings
    note, endorse, agree = _VERBS[purpose.value]
    top_level = roadmap.top_level
    in_place = result.overall.by_level.get(top_level, 0)
    in_scope = sum(result.overall.by_level.values()) + result.overall.not_assessed
    basis = "validated ratings where given" if result.basis == "validated" else "its own ratings"
    against = ""
    if result.expectation is not None:
        against = f", against the roadmap's expectation that every one be {result.expectation.wording}"
    asks = [
        f"{note} where the system stands: {in_place} of the {in_scope} deliverables in scope are "
        f"{roadmap.scale[top_level].label.lower()} on {basis}{against}"
    ]
    if result.differences:
        count = len(result.differences)
        asks.append(
            f"{note} the independent validator's findings: {count} rating{'' if count == 1 else 's'} "
            "differ from the system's own"
        )
    top = result.priorities[:PAPER_PRIORITIES]
    planned = [p for p in top if all(owner_and_target(ratings, p.id))]
    unplanned = [p for p in top if not all(owner_and_target(ratings, p.id))]
    if planned:
        named = "; ".join(_with_plan(ratings, p.id) for p in planned)
        asks.append(f"{endorse} the top priorities with their owners and target dates: {named}")
    if unplanned:
        named = "; ".join(f"{roadmap[p.id].title} ({_missing(ratings, p.id)})" for p in unplanned)
        asks.append(f"{agree} owners and target dates for the priorities that have none: {named}")
    shown = {p.id for p in top}
    # Only rated deliverables: one not yet rated needs a rating before a target.
    no_plan = [
        k
        for k, d in result.delivery.items()
        if d.status is DeliveryStatus.NO_PLAN and k not in shown and ratings.effective.get(k) is not None
    ]
    if no_plan:
        asks.append(
            f"{agree} targets for the {len(no_plan)} other deliverable{'' if len(no_plan) == 1 else 's'} "
            f"below {top_level} with none"
        )
    if result.inconsistencies:
        ahead = len({i.deliverable for i in result.inconsistencies})
        asks.append(
            f"{note} that {ahead} rating{'' if ahead == 1 else 's'} run ahead of what they rely upon, "
            "and ask for them to be reviewed"
        )
    unrated = result.overall.not_assessed
    if unrated:
        asks.append(
            f"{agree} that the {unrated} deliverable{'' if unrated == 1 else 's'} in scope not yet rated "
            f"{'is' if unrated == 1 else 'are'} rated before the next meeting"
        )
    if not top and unrated < in_scope:
        asks.append(f"{note} that there is no priority to endorse: every rated deliverable is in place")
    items = [ask[0].upper() + ask[1:] + ("." if n == len(asks) else ";") for n, ask in enumerate(asks, 1)]
    return [Para("", lead="The Board is asked to:"), Bullets(items)]


def _with_plan(ratings: Ratings, deliverable: str) -> str:
    owner, target = owner_and_target(ratings, deliverable)
    return f"{ratings.roadmap[deliverable].title} (owner: {owner}; target: {target})"


def _missing(ratings: Ratings, deliverable: str) -> str:
    owner, target = owner_and_target(ratings, deliverable)
    if owner is None and target is None:
        return "no owner and no target"
    return f"owner: {owner}; no target" if target is None else f"target: {target}; no owner"
