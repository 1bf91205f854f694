"""Writing a migrated assessment: the user's own lines copied as they were written, byte for byte.

Only what must change is rewritten (the roadmap named, a renamed key, renumbered markers); every
other line of an entry, its quoting, escapes and comments included, is copied from the input. Entries
put together from several old ones are written by the assessment writer. The comments `init` writes
are written afresh for the new version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cmhroadmap.assessment.init_template import (
    column_banner,
    deliverable_comments,
    empty_entry,
    focus_comment,
    render_init,
    scale_comments,
)
from cmhroadmap.assessment.model import DeliverableRating
from cmhroadmap.assessment.writer import RETIRED_NOTE, entry_lines, text_field
from cmhroadmap.cycle.migration import Added, Built, Copied, MigrationPlan
from cmhroadmap.roadmap.lineage import Lineage
from cmhroadmap.yamlread.source import SourceDocument

SCHEMA_LINE = "# yaml-language-server:"


@dataclass
class _Source:
    """The input's lines and where each of its keys starts (1-based line and column)."""

    lines: list[str]
    document: SourceDocument
    entries: dict[str, DeliverableRating]

    def key(self, *loc: str) -> tuple[int, int] | None:
        return self.document.keys.get(tuple(loc))

    def lead_start(self, line: int, floor: int) -> int:
        """Index of the first comment or blank line right above `line` (1-based), not above `floor`."""
        index = line - 1
        while index > floor and _is_aside(self.lines[index - 1]):
            index -= 1
        return index


def _is_aside(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def render_migration(
    text: str,
    document: SourceDocument,
    entries: dict[str, DeliverableRating],
    plan: MigrationPlan,
    lineage: Lineage,
    source_name: str,
) -> str:
    """The migrated file's text: the input's top-level blocks in order, the deliverables rewritten."""
    source = _Source(text.split("\n"), document, entries)
    document.locate(())  # the fast reader places keys only when asked
    starts = sorted((pos[0], loc[0]) for loc, pos in document.keys.items() if len(loc) == 1)
    out = _header(source, starts[0][0] if starts else len(source.lines), lineage, source_name)
    init_lines = _init_comments(lineage)
    wrote_retired = False
    for index, (line, key) in enumerate(starts):
        lead = source.lead_start(line, starts[index - 1][0] if index else 0)
        end = source.lead_start(starts[index + 1][0], line) if index + 1 < len(starts) else len(source.lines)
        before = source.lines[lead : line - 1] if index else []
        block = source.lines[line - 1 : end]
        if key == "roadmap":
            out += [*before, f"roadmap: {lineage.new.id}"]
        elif key == "focus_areas":
            out += _focus(before, block, plan, lineage, init_lines)
        elif key == "deliverables":
            out += [*before, *_deliverables(source, plan, lineage, init_lines)]
        elif key == "retired":
            out += [*before, *_retired(source, plan, block)]
            wrote_retired = True
        else:
            out += [*before, *block]
    if not wrote_retired and plan.retired:
        while out and not out[-1].strip():
            out.pop()
        out += _retired(source, plan, [])
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out) + "\n"


def _header(source: _Source, first_key: int, lineage: Lineage, source_name: str) -> list[str]:
    schema = [line for line in source.lines[: first_key - 1] if line.startswith(SCHEMA_LINE)]
    new, old = lineage.new, lineage.old
    return [
        *schema,
        f"# Self-assessment against {new.meta.title} ({new.id}).",
        f"# Migrated by cmhroadmap from {source_name} (against {old.id}); that file is unchanged.",
        "# Each `review:` line marks a judgement the migration made: check it, then delete the line",
        "# (validate warns about each one until then). Run: cmhroadmap validate THIS_FILE",
        *scale_comments(new),
        "",
    ]


def _init_comments(lineage: Lineage) -> set[str]:
    """Every comment line `init` writes for the old version: those are written afresh, never copied."""
    old = lineage.old
    text = render_init(old, "x", "XXX", "2000/01", list(old.focus_areas), dt.date(2000, 1, 1))
    return {line.strip() for line in text.splitlines() if line.strip().startswith("#")}


def _own_comments(lines: Sequence[str], init_lines: set[str]) -> list[str]:
    return [line for line in lines if line.strip() and line.strip() not in init_lines]


def _focus(
    before: list[str], block: list[str], plan: MigrationPlan, lineage: Lineage, init_lines: set[str]
) -> list[str]:
    out = [*_own_comments(before, init_lines), focus_comment(lineage.new)]
    if not plan.dropped_areas:
        return out + block
    dropped = ", ".join(plan.dropped_areas)
    return [
        *out,
        f"# Not in {lineage.new.id}, so dropped: {dropped}",
        f"focus_areas: [{', '.join(plan.focus_areas)}]",
    ]


def _entry_spans(source: _Source) -> dict[str, tuple[int, int, int]]:
    """Each entry's lead start, key line and end (line indexes, the end exclusive) in the input."""
    found = sorted(
        (pos[0], loc[1])
        for loc, pos in source.document.keys.items()
        if len(loc) == 2 and loc[0] == "deliverables" and isinstance(loc[1], str)
    )
    after = source.key("deliverables")
    floor = after[0] if after is not None else 0
    top = sorted(pos[0] for loc, pos in source.document.keys.items() if len(loc) == 1 and pos[0] > floor)
    limit = source.lead_start(top[0], floor) if top else len(source.lines)
    spans = {}
    for index, (line, key) in enumerate(found):
        lead = source.lead_start(line, found[index - 1][0] if index else floor)
        end = source.lead_start(found[index + 1][0], line) if index + 1 < len(found) else limit
        while end > line and _is_aside(source.lines[end - 1]):
            end -= 1
        spans[key] = (lead, line - 1, end)
    return spans


def _indent(source: _Source) -> int:
    spans = [pos for loc, pos in source.document.keys.items() if len(loc) == 2 and loc[0] == "deliverables"]
    return spans[0][1] - 1 if spans else 2


def _shift(lines: list[str], indent: int) -> list[str]:
    """The writer's lines (keys at two spaces) moved to the input's indentation."""
    if indent >= 2:
        return [(" " * (indent - 2) + line) if line else line for line in lines]
    return [line[2 - indent :] if line.startswith("  ") else line for line in lines]


def _deliverables(source: _Source, plan: MigrationPlan, lineage: Lineage, init_lines: set[str]) -> list[str]:
    spans = _entry_spans(source)
    indent = _indent(source)
    new = lineage.new
    titles = {column.id: column.title for column in new.columns}
    out = ["deliverables:"]
    column = None
    for step in plan.steps:
        if new.column_of(step.new_id) != column:
            column = new.column_of(step.new_id)
            out += ["", column_banner(titles[column])]
        comments = deliverable_comments(new, new[step.new_id])
        if isinstance(step, Copied):
            lead, key_line, end = spans[step.old_id]
            out += comments + _own_comments(source.lines[lead:key_line], init_lines)
            copied = _copy(source, step, source.lines[key_line:end], key_line, indent)
            out += (
                copied
                if copied is not None
                else _shift(entry_lines(step.new_id, _as_model(source, step)), indent)
            )
        elif isinstance(step, Built):
            out += comments + _shift(entry_lines(step.new_id, step.entry), indent)
        elif isinstance(step, Added):
            out += comments + _shift(empty_entry(new, step.new_id), indent)
    if len(out) == 1:
        out = ["deliverables: {}"]
    return [*out, ""]


def _as_model(source: _Source, step: Copied) -> DeliverableRating:
    """An entry that cannot be copied line by line (a flow mapping), with the same changes made."""
    entry = source.entries[step.old_id]
    moved = {step.acknowledged[key]: reason for key, reason in entry.acknowledged.items()}
    review = " ".join(step.review) or None
    return entry.model_copy(update={"success_met": step.success_met, "acknowledged": moved, "review": review})


def _token_end(line: str, start: int) -> int:
    """Where the key that starts at `start` ends: after its closing quote, or at its colon."""
    if line[start] in "\"'":
        close = line.find(line[start], start + 1)
        return close + 1 if close > 0 else start
    colon = line.find(":", start)
    return colon if colon > 0 else len(line)


def _copy(source: _Source, step: Copied, body: list[str], first: int, indent: int) -> list[str] | None:
    """The old entry's lines with the key renamed, markers renumbered and the review note added."""
    lines = list(body)
    pos = source.key("deliverables", step.old_id)
    assert pos is not None
    column = pos[1] - 1
    lines[0] = lines[0][:column] + step.new_id + lines[0][_token_end(lines[0], column) :]
    entry = source.document.data["deliverables"][step.old_id] or {}
    fields = [source.key("deliverables", step.old_id, name) for name in entry]
    after_key = lines[0][_token_end(lines[0], column) :].lstrip(" :")
    if any(f is not None and f[0] == pos[0] for f in fields) or (after_key and after_key[0] not in "#\r"):
        return None  # a value on the key's line (a flow mapping, {}): left to the writer
    field_indent = min((f[1] - 1 for f in fields if f is not None), default=column + 2)
    for old_key, heir in step.acknowledged.items():
        at = source.key("deliverables", step.old_id, "acknowledged", old_key)
        if at is not None and heir != old_key:
            row, col = at[0] - 1 - first, at[1] - 1
            lines[row] = lines[row][:col] + heir + lines[row][_token_end(lines[row], col) :]
    if tuple(entry.get("success_met") or ()) != step.success_met:
        at = source.key("deliverables", step.old_id, "success_met")
        assert at is not None
        lines = _replace_markers(lines, at[0] - 1 - first, step.success_met)
    if step.review:
        lines += text_field("review", " ".join(step.review), field_indent)
    return lines


def _replace_markers(lines: list[str], row: int, met: tuple[int, ...]) -> list[str]:
    """success_met's value, in flow or block style, replaced by the renumbered list on the key's line."""
    line = lines[row]
    indent = len(line) - len(line.lstrip())
    end = row + 1
    while end < len(lines) and (
        not lines[end].strip()
        or len(lines[end]) - len(lines[end].lstrip()) > indent
        or lines[end].lstrip().startswith("- ")
    ):
        end += 1
    while end > row + 1 and not lines[end - 1].strip():
        end -= 1
    new = f"{line[:indent]}success_met: [{', '.join(str(n) for n in met)}]"
    return [*lines[:row], new, *lines[end:]]


def _retired(source: _Source, plan: MigrationPlan, block: list[str]) -> list[str]:
    """The old entries of deliverables retired, copied as written, after any retired already."""
    spans = _entry_spans(source)
    out = ["", f"retired:  # {RETIRED_NOTE}"] if not block else ["", *block]
    for key in plan.retired:
        _lead, key_line, end = spans[key]
        out += ["", *source.lines[key_line:end]]
    return out
