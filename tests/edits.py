"""Applying the small text edits that data-driven test cases describe in their edit.yaml."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML


def apply_edit(target: Path, case: Path) -> None:
    """Edit `target` as `case/edit.yaml` says: replace text (`count` times), append, or delete.

    `edits:` lists several replacements ({replace, with}), made in order, for cases that combine mistakes.
    """
    edit = YAML(typ="safe").load((case / "edit.yaml").read_text(encoding="utf-8"))
    if edit.get("delete"):
        target.unlink()
        return
    text = target.read_text(encoding="utf-8")
    if "append" in edit:
        target.write_text(text + edit["append"], encoding="utf-8")
        return
    for part in edit.get("edits", []):
        assert part["replace"] in text, f"{case.name}: text to replace not found: {part['replace']!r}"
        text = text.replace(part["replace"], part["with"], 1)
    if "edits" in edit:
        target.write_text(text, encoding="utf-8")
        return
    count = edit.get("count", 1)
    assert text.count(edit["replace"]) >= count, f"{case.name}: text to replace not found"
    target.write_text(text.replace(edit["replace"], edit["with"], count), encoding="utf-8")


def check_expected(lines: list[str], expected_file: Path, update: bool) -> None:
    """Compare problem lines with the case's expected.txt, or rewrite it when asked to."""
    if update:
        expected_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    assert lines == expected, (
        f"problem lines differ from {expected_file}; if the change is deliberate, rerun with "
        "CMHROADMAP_UPDATE_EXPECTED=1 and review the diff"
    )
