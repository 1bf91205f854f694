"""The file init writes: comments wrapped between words, never inside an id or a hyphenated word."""

from __future__ import annotations

import datetime as dt
import re

from cmhroadmap.assessment.init_template import render_init
from cmhroadmap.roadmap.roadmap import Roadmap


def test_no_comment_line_breaks_an_id_or_a_word(roadmap: Roadmap) -> None:
    focus = list(roadmap.focus_areas)
    text = render_init(roadmap, "NHS X ICB", "QXX", "2024/25", focus, dt.date(2025, 1, 6))
    comments = [line.strip() for line in text.splitlines() if line.lstrip().startswith("#")]
    assert comments
    # A break after a hyphen left 'eip-' on one line and 'services' on the next.
    assert [line for line in comments if re.search(r"\w-$", line)] == []
    # Each id named in a comment is whole on its line (the umbrella lines name their parts' ids).
    named = {word.strip("(),.") for line in comments for word in line.split()}
    assert {"physical-health-services", "ips-services", "eip-services"} <= named
