"""The shape of the roadmap's YAML files, as strict pydantic models."""

# No `from __future__ import annotations` here: pydantic would evaluate every annotation again from
# its text when each class is made (2-3% of a one-file validate).

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StrictInt, StringConstraints

from cmhroadmap.models.base import ColumnId, Id, IsoDate, StrictModel, Url
from cmhroadmap.models.base import PlainText as Text

Position = Annotated[StrictInt, Field(ge=1)]
Kind = Literal["slide", "combined-slide", "umbrella", "grid-only", "referenced-only"]
ANNEXED_KINDS = ("slide", "combined-slide")
# Each kind in the words a reader of `show`, a CSV or a workbook understands, instead of its code.
KIND_WORDS: dict[str, str] = {
    "slide": "deliverable with its own slide",
    "combined-slide": "deliverable sharing a slide with another",
    "umbrella": "umbrella item, rated by its parts",
    "grid-only": "deliverable in the summary grid only, with no slide",
    "referenced-only": "deliverable named only by other slides",
}


def _text_as_mapping(value: Any) -> Any:
    """Let a plain string stand for an item that has only text, so the YAML stays readable."""
    return {"text": value} if isinstance(value, str) else value


class Item(StrictModel):
    """A Getting started step or a Success marker, with its nested sub-points."""

    text: Text
    points: tuple[Text, ...] = ()
    alternative_to: tuple[Position, ...] = Field(
        default=(), description="Markers this one may stand in for (the source's 'OR')."
    )
    note: Text | None = None


TextOrItem = Annotated[Item, BeforeValidator(_text_as_mapping, json_schema_input_type=str | Item)]


class Resource(StrictModel):
    title: Text
    url: Url | None = None
    note: Text | None = None


class Voice(StrictModel):
    """One Service User Voice/Expectations paragraph."""

    text: Text
    attribution: Text | None = None


class GridCell(StrictModel):
    """Where the deliverable sits in the summary grid, and the wording printed there."""

    wording: Text
    row: Position
    column: ColumnId | None = Field(
        default=None, description="Only where the grid prints it outside the deliverable's column."
    )


class Deliverable(StrictModel):
    id: Id
    kind: Kind
    title: Text
    part_of: Id | None = None
    footnotes: tuple[Position, ...] = ()
    grid: tuple[GridCell, ...] = ()
    aliases: tuple[Text, ...] = ()
    getting_started: tuple[TextOrItem, ...] = ()
    success: tuple[TextOrItem, ...] = ()
    resources: tuple[Resource, ...] = ()
    service_user_voice: tuple[
        Annotated[Voice, BeforeValidator(_text_as_mapping, json_schema_input_type=str | Voice)], ...
    ] = ()
    relies_upon: tuple[Id, ...] = ()
    replaces: tuple[Id, ...] = Field(
        default=(),
        description="Ids in the previous version this deliverable takes the place of: one id it does not "
        "share is a rename, several a merge; an old id replaced by several deliverables is a split.",
    )
    notes: tuple[Text, ...] = ()


class ColumnFile(StrictModel):
    """One roadmap column's file; its deliverables are validated one by one (see the loader)."""

    deliverables: tuple[dict[str, Any], ...]


class ColumnFileSchema(StrictModel):
    """A column file as its JSON Schema describes it: the loader validates each deliverable in turn."""

    deliverables: tuple[Deliverable, ...]


class ScaleLevel(StrictModel):
    level: StrictInt
    label: Text
    description: Text


class ScaleSource(StrictModel):
    """Who wrote the scale's levels. The roadmap has no rating scale of its own, so it is the tool's."""

    defined_by: Literal["cmhroadmap"] = Field(
        description="The scale's labels and descriptions are this tool's, never the roadmap publisher's."
    )
    basis: Text = Field(description="What the scale was written after.")


class Column(StrictModel):
    id: ColumnId
    title: Text = Field(description="The heading in the summary grid.")
    annex_title: Text
    file: Text


class FocusArea(StrictModel):
    id: Id
    title: Text = Field(description="The heading in the summary grid.")
    annex_title: Text
    file: Text
    status: Text | None = None


class DedicatedFocus(StrictModel):
    title: Text
    footnotes: tuple[Position, ...] = ()
    minimum_areas: Position
    expectation: Text
    areas: tuple[FocusArea, ...]


class Footnote(StrictModel):
    number: Position
    text: Text
    items: tuple[Text, ...] = ()


class Acronym(StrictModel):
    term: Text
    definition: Text


class Licence(StrictModel):
    name: Text
    url: Url
    attribution: Text


class Source(StrictModel):
    title: Text
    publisher: Text
    published: IsoDate
    url: Url | None = None


FinancialYear = Annotated[str, StringConstraints(strict=True, pattern=r"^\d{4}/\d{2}$")]


class Expectation(StrictModel):
    """What the roadmap expects of every system by a date: the yardstick the first page counts against."""

    level: StrictInt = Field(description="The level on the tool's scale that counts as meeting it.")
    period: FinancialYear = Field(description="The NHS financial year it is expected in, e.g. 2023/24.")
    by: IsoDate = Field(description="The day that year ends, for comparing with an assessment's date.")
    wording: Text = Field(description="The expectation in a sentence's words: 'in place by the end of ...'.")
    source: Text = Field(description="The roadmap's own words this is read from, quoted.")
    note: Text | None = Field(default=None, description="What was decided where the source is silent.")


class RoadmapFile(StrictModel):
    """roadmap.yaml: what the roadmap is, the tool's scale, and where the roadmap's columns are."""

    id: Id
    title: Text
    version: Text
    previous: Id | None = Field(default=None, description="The id of the version this one succeeds.")
    publisher: Text
    published: IsoDate
    source: Source
    licence: Licence
    purpose: tuple[Text, ...] = ()
    how_to_use: tuple[Text, ...] = Field(default=(), description="The roadmap's 'How to use' bullets.")
    scale_source: ScaleSource
    scale: tuple[ScaleLevel, ...]
    dependency_threshold: StrictInt = Field(
        default=2, description="Rating gap to what a deliverable relies upon that draws a warning."
    )
    expectation: Expectation | None = Field(
        default=None, description="What the roadmap expects to be in place, and by when; none if it says not."
    )
    columns: tuple[Column, ...]
    dedicated_focus: DedicatedFocus
    footnotes: tuple[Footnote, ...] = ()
    acronyms: tuple[Acronym, ...] = ()
    notes: tuple[Text, ...] = ()
