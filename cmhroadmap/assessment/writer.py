"""Writing an Assessment back out as YAML text in the shape and style of the hand-written examples."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Sequence

from cmhroadmap.assessment.model import Assessment, DeliverableRating
from cmhroadmap.roadmap.roadmap import Roadmap

WIDTH = 100

# Characters YAML reads back as written in every style (c-printable less the line separators and
# the byte-order mark, which some readers treat specially). Anything else is escaped in quotes.
_UNSAFE = re.compile(
    r"[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_PLAIN_START = re.compile(r"^[A-Za-z]")
_NUMBER_LIKE = re.compile(r"^[-+.]?\d")
_PERIOD = re.compile(r"[0-9]{4}/[0-9]{2}", re.ASCII)  # plain 2023/24 is text to every YAML reader
# Words that YAML 1.1 readers resolve to booleans or null.
_SPECIAL = frozenset(("y", "n", "yes", "no", "on", "off", "true", "false", "null"))


RETIRED_NOTE = "deliverables an earlier roadmap version had: kept so that nothing is lost, rated nothing from"


def _safe_chars(text: str) -> bool:
    return not _UNSAFE.search(text) and "\t" not in text and "\r" not in text


def _plain_ok(text: str) -> bool:
    """True when `text` reads back as the same string written without quotes on one line."""
    return (
        bool(_PLAIN_START.match(text))
        and _safe_chars(text)
        and "\n" not in text
        and text == text.strip()
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and text.casefold() not in _SPECIAL
    )


def quote(text: str) -> str:
    """A double-quoted YAML scalar for any text; JSON escapes are valid YAML escapes."""
    body = json.dumps(text, ensure_ascii=False)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", body)


def scalar(text: str) -> str:
    """A value or key for one line: plain when that is safe, double-quoted otherwise."""
    return text if _plain_ok(text) and not _NUMBER_LIKE.match(text) else quote(text)


def _flow_item(text: str) -> str:
    return text if _plain_ok(text) and not re.search(r"[,\[\]{}]", text) else quote(text)


def text_field(key: str, text: str, indent: int) -> list[str]:
    """`key: text` at `indent` spaces: plain, folded (>-) or literal (|-) block, or double-quoted."""
    pad = " " * indent
    head = f"{pad}{scalar(key)}:"
    single = f"{head} {scalar(text)}"
    inner = pad + "  "
    if "\n" not in text:
        wrapped = _folded(text, WIDTH - len(inner))
        if len(single) <= WIDTH or wrapped is None:
            return [single]
        return [f"{head} >-", *(inner + line for line in wrapped)]
    if _literal_ok(text):
        return [f"{head} |-", *((inner + line) if line else "" for line in text.split("\n"))]
    return [f"{head} {quote(text)}"]


def _folded(text: str, width: int) -> list[str] | None:
    """The lines of a folded block that reads back as `text`, or None when folding would change it."""
    if not text or not _safe_chars(text) or text != text.strip() or "  " in text:
        return None
    wrapped = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    return wrapped if " ".join(wrapped) == text else None


def _literal_ok(text: str) -> bool:
    lines = text.split("\n")
    return (
        _safe_chars(text)
        and text == text.strip()
        and not lines[0].startswith(" ")
        and all(line == line.rstrip() for line in lines)
    )


def render_assessment(assessment: Assessment, roadmap: Roadmap, header: Sequence[str] = ()) -> str:
    """The assessment as YAML: header fields, then the deliverables in roadmap order by column."""
    lines = [f"# {line}".rstrip() for line in header]
    if lines:
        lines.append("")
    lines.append(f"roadmap: {scalar(assessment.roadmap)}")
    lines.append("organisation:")
    lines += text_field("name", assessment.organisation.name, 2)
    lines += text_field("code", assessment.organisation.code, 2)
    period = assessment.period
    lines.append(f"period: {period if _PERIOD.fullmatch(period) else scalar(period)}")
    lines.append(f"assessed_on: {assessment.assessed_on.isoformat()}")
    if assessment.prepared_by is not None:
        lines += text_field("prepared_by", assessment.prepared_by, 0)
    lines.append(f"focus_areas: [{', '.join(_flow_item(area) for area in assessment.focus_areas)}]")
    if assessment.notes is not None:
        lines += text_field("notes", assessment.notes, 0)
    lines += _deliverables(assessment, roadmap)
    if assessment.retired:
        lines += ["", f"retired:  # {RETIRED_NOTE}"]
        for key, entry in assessment.retired.items():
            lines += ["", *entry_lines(key, entry)]
    return "\n".join(lines) + "\n"


def _deliverables(assessment: Assessment, roadmap: Roadmap) -> list[str]:
    if not assessment.deliverables:
        return ["deliverables: {}"]
    lines = ["deliverables:"]
    known = sorted((key for key in assessment.deliverables if key in roadmap), key=roadmap.order)
    titles = {column.id: column.title for column in roadmap.columns}
    column = None
    for key in known:
        if roadmap.column_of(key) != column:
            column = roadmap.column_of(key)
            lines += ["", _banner(titles.get(column, column))]
        lines += ["", *entry_lines(key, assessment.deliverables[key])]
    unknown = [key for key in assessment.deliverables if key not in roadmap]
    if unknown:
        lines += ["", _banner("Not in the roadmap")]
        for key in unknown:
            lines += ["", *entry_lines(key, assessment.deliverables[key])]
    return lines


def _banner(title: str) -> str:
    return f"  # ==== {title} " + "=" * max(4, WIDTH - len(title) - 10)


def entry_lines(key: str, entry: DeliverableRating) -> list[str]:
    """One deliverable's entry, its key indented two spaces and its fields four."""
    lines = [f"  {scalar(key)}:"]
    if entry.rating is not None:
        lines.append(f"    rating: {entry.rating}")
    if entry.evidence is not None:
        lines += text_field("evidence", entry.evidence, 4)
    if entry.success_met:
        lines.append(f"    success_met: [{', '.join(str(n) for n in entry.success_met)}]")
    if entry.owner is not None:
        lines += text_field("owner", entry.owner, 4)
    if entry.target is not None:
        lines.append(f"    target: {{rating: {entry.target.rating}, by: {entry.target.by.isoformat()}}}")
    if entry.acknowledged:
        lines.append("    acknowledged:")
        for other, reason in entry.acknowledged.items():
            lines += text_field(other, reason, 6)
    if entry.notes is not None:
        lines += text_field("notes", entry.notes, 4)
    if entry.review is not None:
        lines += text_field("review", entry.review, 4)
    return lines
