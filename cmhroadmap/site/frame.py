"""What every page of the site shares: its navigation, generation date and licence."""

from __future__ import annotations

from dataclasses import dataclass

from cmhroadmap.assessment.basis import BASIS_WORDS, RatingsBasis
from cmhroadmap.reports.shared_view import RatingView
from cmhroadmap.site import paths


@dataclass(frozen=True)
class Frame:
    """The site around one page: links from it to the site's main pages, and where it sits."""

    page: str
    home: str
    method: str
    downloads: str
    crumbs: list[tuple[str, str]]  # the pages above this one: text and relative link
    generated: str
    tool_version: str
    licence: str
    # Every page of a site uses the same ratings and says so: validated where a validator rated one.
    basis: str = BASIS_WORDS[RatingsBasis.VALIDATED]

    def to(self, target: str) -> str:
        return paths.link(self.page, target)


@dataclass(frozen=True)
class Site:
    """The values every page's frame is made from."""

    generated: str
    tool_version: str
    licence: str

    def frame(self, page: str, crumbs: list[tuple[str, str]] | None = None) -> Frame:
        return Frame(
            page=page,
            home=paths.link(page, paths.INDEX),
            method=paths.link(page, paths.METHOD),
            downloads=paths.link(page, paths.DOWNLOADS),
            crumbs=[(text, paths.link(page, target)) for text, target in crumbs or []],
            generated=self.generated,
            tool_version=self.tool_version,
            licence=self.licence,
        )


@dataclass(frozen=True)
class Cell:
    """A rating in a grid: short visible text, the words a screen reader says, and its colour."""

    text: str
    spoken: str
    css: str
    validated: bool


def cell(view: RatingView, validated: bool) -> Cell:
    if view.level is None:
        return Cell("–", "not assessed", view.css, False)
    basis = "validated" if validated else "self-assessed"
    return Cell(str(view.level), f"{view.text}, {basis}", view.css, validated)


OUT_OF_SCOPE = Cell("n/a", "not a chosen focus area", "not-chosen", False)
