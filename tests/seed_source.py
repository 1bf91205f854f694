"""An independent reading of the source roadmap text, to check the YAML against it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_HEADING = re.compile(r"^(#{1,3}) (.+?)\s*$")
_NUMBERED = re.compile(r"^\d+\. ")
_BOXES = {
    "getting started": "getting_started",
    "success": "success",
    "or": "success",  # the eating-disorders referral slide prints an 'OR' between markers
    "resources and guidance": "resources",
    "service user voice/expectations": "voice",
    "relies upon delivery of:": "relies",
}


@dataclass
class Slide:
    title: str
    line: int
    boxes: dict[str, list[str]] = field(default_factory=dict)

    def numbered(self, box: str) -> int:
        return sum(1 for line in self.boxes.get(box, []) if _NUMBERED.match(line))

    def relies(self) -> list[str]:
        return [line.strip() for line in self.boxes.get("relies", []) if line.strip()]


def read_slides(path: Path) -> list[Slide]:
    """Every annex slide: a heading followed by a 'Getting started' box."""
    lines = path.read_text(encoding="utf-8").split("\n")
    slides: list[Slide] = []
    current: Slide | None = None
    box: str | None = None
    pending: tuple[str, int] | None = None
    for number, line in enumerate(lines, start=1):
        heading = _HEADING.match(line)
        if heading:
            name = heading.group(2).strip()
            if name.casefold() in _BOXES:
                if box is None and current is None and pending is not None:
                    current = Slide(pending[0], pending[1])
                    slides.append(current)
                box = _BOXES[name.casefold()] if current is not None else None
                if box is not None and current is not None:
                    current.boxes.setdefault(box, [])
            else:
                pending, current, box = (name, number), None, None
            continue
        if line.startswith("Please note:"):
            box = None
        if current is not None and box is not None:
            current.boxes[box].append(line)
    return slides
