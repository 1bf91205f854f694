"""Writing an assessment over the file it replaces, keeping that file's comments (a ruamel round trip).

A file made by `init` carries every deliverable's Success markers as comments; `workbook import
--force` onto it must not drop them. The old file's values are replaced in place, key by key, so
each comment stays beside its key; a key the new assessment leaves empty is kept as it was when it
was empty already (`evidence:` in a blank file), else emptied. The text is used only if reading it
back gives exactly the assessment; otherwise (or for a file that is not a readable assessment) the
caller writes the file afresh.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from cmhroadmap.assessment.model import Assessment, DeliverableRating
from cmhroadmap.assessment.writer import scalar
from cmhroadmap.models.placing import validate_document
from cmhroadmap.problems.problem import ProblemsFound
from cmhroadmap.reading.bounded import InputRefused, read_bounded
from cmhroadmap.yamlread.limits import MAX_FILE_BYTES
from cmhroadmap.yamlread.source import parse_yaml


def rewrite_file(path: Path, assessment: Assessment) -> str | None:
    """The file at `path` rewritten with the assessment's values, or None (write it afresh then)."""
    try:
        old = read_bounded(path, MAX_FILE_BYTES, output=True).decode("utf-8").removeprefix("\ufeff")
    except (InputRefused, UnicodeDecodeError):
        return None
    return rewrite_keeping_comments(old, assessment)


def rewrite_keeping_comments(old_text: str, assessment: Assessment) -> str | None:
    """`old_text` with the assessment's values and the old comments, or None if that cannot be done."""
    yaml = _round_trip()
    try:
        tree = yaml.load(old_text)
        if not isinstance(tree, CommentedMap) or not isinstance(
            tree.get("deliverables"), CommentedMap | None
        ):
            return None
        _merge(tree, _plain(assessment))
        buffer = io.StringIO()
        yaml.dump(tree, buffer)
    except Exception:  # ruamel raises many kinds on odd files; writing afresh is always possible
        return None
    text = buffer.getvalue()
    return text if _reads_back_as(text, assessment) else None


def _round_trip() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 100_000  # never fold a long line of evidence into several
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    return yaml


def _plain(assessment: Assessment) -> dict[str, Any]:
    """The values as the writer writes them: what is unset is left out."""
    data: dict[str, Any] = {
        "roadmap": assessment.roadmap,
        "organisation": {"name": assessment.organisation.name, "code": assessment.organisation.code},
        "period": assessment.period,
        "assessed_on": assessment.assessed_on,
        "prepared_by": assessment.prepared_by,
        "focus_areas": list(assessment.focus_areas),
        "notes": assessment.notes,
        "deliverables": {key: _entry(entry) for key, entry in assessment.deliverables.items()},
        "retired": {key: _entry(entry) for key, entry in assessment.retired.items()} or None,
    }
    return {key: value for key, value in data.items() if value is not None}


def _entry(entry: DeliverableRating) -> dict[str, Any]:
    target = None
    if entry.target is not None:
        target = CommentedMap(rating=entry.target.rating, by=entry.target.by)
        target.fa.set_flow_style()
    data = {
        "rating": entry.rating,
        "evidence": entry.evidence,
        "success_met": list(entry.success_met) or None,
        "owner": entry.owner,
        "target": target,
        "acknowledged": dict(entry.acknowledged) or None,
        "notes": entry.notes,
        "review": entry.review,
    }
    return {key: value for key, value in data.items() if value is not None}


def _merge(old: CommentedMap, new: dict[str, Any]) -> None:
    """Put `new`'s values into `old`, keeping old keys (and their comments) where they are."""
    for key, value in new.items():
        current = old.get(key)
        if isinstance(current, CommentedMap) and isinstance(value, dict) and not _is_flow(value):
            _merge(current, value)
        elif isinstance(current, CommentedSeq) and isinstance(value, list):
            # In place, so that a comment on the list stays; written as the writer does, [1, 2].
            current.clear()
            current.extend(value)
            current.fa.set_flow_style()
        elif not _same(current, value) or key not in old:
            old[key] = _scalar(value)
    # A key the new values leave unset is emptied, not deleted: ruamel keeps the comment lines that
    # follow a key with that key, so deleting it would drop the next deliverable's Success markers.
    for key in [k for k in old if k not in new]:
        if isinstance(old[key], CommentedSeq | list):
            old[key] = _scalar([])
        elif isinstance(old[key], dict) and old[key]:
            old[key] = _scalar({})
        elif not isinstance(old[key], dict):
            old[key] = None


def _is_flow(value: Any) -> bool:
    return isinstance(value, CommentedMap) and bool(value.fa.flow_style())


def _same(current: Any, value: Any) -> bool:
    if isinstance(current, dt.date) and isinstance(value, dt.date):
        return current == value
    return type(current) is type(value) and current == value


def _scalar(value: Any) -> Any:
    """The value in the style the writer would give it: quoted where a YAML 1.1 reader would misread it."""
    if isinstance(value, str) and "\n" in value:
        lines = value.split("\n")
        block = (
            value == value.rstrip()
            and not value[:1].isspace()
            and all(scalar(line) == line for line in lines)
        )
        return LiteralScalarString(value) if block else DoubleQuotedScalarString(value)
    if isinstance(value, str) and scalar(value) != value:
        return DoubleQuotedScalarString(value)
    if isinstance(value, list):
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq
    if isinstance(value, dict) and not isinstance(value, CommentedMap):
        mapping = CommentedMap()
        for key, item in value.items():
            mapping[key] = _scalar(item)
        if not mapping:
            mapping.fa.set_flow_style()
        return mapping
    return value


def _reads_back_as(text: str, assessment: Assessment) -> bool:
    try:
        document = parse_yaml(text, "rewritten.yaml")
    except ProblemsFound:
        return False
    model, problems = validate_document(Assessment, document)
    return model == assessment and not problems and not document.reading_problems
