"""The ready-to-fill assessment that `init` writes: every deliverable, with its markers as comments."""

from __future__ import annotations

import datetime as dt
import json
import textwrap

from cmhroadmap.assessment.schema_line import schema_comment
from cmhroadmap.roadmap.model import Deliverable
from cmhroadmap.roadmap.roadmap import Roadmap

WIDTH = 100


def _scalar(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar, so any name is written safely.
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: str, lead: str = "", hang: str = "") -> list[str]:
    # Never inside a word: an id (eip-services), a hyphenated word or a link stays whole on one line.
    wrapped = textwrap.wrap(
        text,
        WIDTH - len(indent) - 2,
        initial_indent=lead,
        subsequent_indent=hang or " " * len(lead),
        break_on_hyphens=False,
        break_long_words=False,
    )
    return [f"{indent}# {line}".rstrip() for line in wrapped]


def render_init(
    roadmap: Roadmap,
    name: str,
    code: str,
    period: str,
    focus: list[str],
    today: dt.date,
    schema: str | None = None,
) -> str:
    """The file's text; `schema` is where editors using yaml-language-server find its JSON Schema."""
    lines = [f"# {schema_comment(schema)}"] if schema else []
    lines += [
        f"# Self-assessment against {roadmap.meta.title} ({roadmap.id}).",
        *scale_comments(roadmap),
    ]
    lines += [
        "# For each deliverable fill in `rating`, `evidence` (what shows it), and `success_met` (the",
        "# numbers of the Success markers listed above it that you can evidence). `owner`, `target`",
        "# ({rating: 4, by: 2025-03-31}) and `acknowledged` (a dependency warning you accept, with its",
        "# reason) are optional. Check the file with: cmhroadmap validate THIS_FILE",
        "",
        f"roadmap: {roadmap.id}",
        "organisation:",
        f"  name: {_scalar(name)}",
        f"  code: {_scalar(code)}",
        f"period: {_scalar(period)}",
        f"assessed_on: {today.isoformat()}",
        focus_comment(roadmap),
        f"focus_areas: [{', '.join(focus)}]",
        "deliverables:",
    ]
    for column in roadmap.columns:
        members = [item for item in roadmap if roadmap.column_of(item.id) == column.id]
        if not members:
            continue
        lines += ["", column_banner(column.title)]
        if column.focus_area is not None and column.focus_area not in focus:
            lines.append(f"  # Not in your focus_areas, so not rated: {', '.join(m.id for m in members)}")
            continue
        for item in members:
            lines += _deliverable(roadmap, item)
    return "\n".join(lines) + "\n"


def _deliverable(roadmap: Roadmap, item: Deliverable) -> list[str]:
    lines = deliverable_comments(roadmap, item)
    return lines if item.kind == "umbrella" else lines + empty_entry(roadmap, item.id)


def deliverable_comments(roadmap: Roadmap, item: Deliverable) -> list[str]:
    """A blank line, then the deliverable's title and numbered Success markers as comments."""
    lines = [""]
    lines += _comment(item.title, "  ")
    if item.kind == "umbrella":
        parts = ", ".join(roadmap.parts.get(item.id, []))
        lines += _comment(f"Not rated: its rating is the lowest of its parts ({parts}).", "  ")
        return lines
    if item.success:
        lines.append("  # Success markers:")
        for number, marker in enumerate(item.success, start=1):
            lines += _comment(marker.text, "  ", f"  {number}. ")
    else:
        lines.append("  # (The roadmap has no Success markers for this deliverable yet.)")
    return lines


def empty_entry(roadmap: Roadmap, deliverable_id: str) -> list[str]:
    """An entry ready to fill in, the scale's levels beside its rating."""
    scale = ", ".join(f"{level.level} {level.label}" for level in roadmap.meta.scale)
    return [
        f"  {deliverable_id}:",
        f"    rating:        # {scale}",
        "    evidence:",
        "    success_met: []",
        "    owner:",
    ]


def column_banner(title: str) -> str:
    return f"  # ==== {title} " + "=" * max(4, WIDTH - len(title) - 10)


def scale_comments(roadmap: Roadmap) -> list[str]:
    """The header's lines on the four-point scale."""
    lines = ["# Rate every deliverable on the tool's four-point scale (cmhroadmap's own, not NHS England's):"]
    for level in roadmap.meta.scale:
        lines += _comment(level.description, "", f"  {level.level} {level.label}: ")
    return lines


def focus_comment(roadmap: Roadmap) -> str:
    return (
        f"# Dedicated focus areas you work on; the roadmap expects at least "
        f"{roadmap.meta.dedicated_focus.minimum_areas} of: {', '.join(roadmap.focus_areas)}"
    )
