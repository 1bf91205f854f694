"""Rewriting an assessment file in place: the values change, every comment stays."""

from __future__ import annotations

from cmhroadmap.assessment.model import Assessment
from cmhroadmap.assessment.rewrite import rewrite_keeping_comments
from cmhroadmap.models.placing import validate_document
from cmhroadmap.yamlread.source import parse_yaml

OLD = """\
# The file's own header.
roadmap: mini-1
organisation:
  name: NHS Test ICB
  code: XT1
period: 2023/24
assessed_on: 2024-03-28
focus_areas: [cen, eating-disorders]  # the two chosen
deliverables:
  # Governance, and its Success markers
  governance:
    rating: 3   # 1 to 4
    evidence: Board meets monthly.
    notes: To drop.
  # Co-production, and its Success markers
  coproduction:
    rating: 2
"""


def read(text: str) -> Assessment:
    model, problems = validate_document(Assessment, parse_yaml(text, "a.yaml"))
    assert model is not None, problems
    return model


def test_values_change_and_every_comment_stays() -> None:
    old = read(OLD)
    governance = old.deliverables["governance"].model_copy(
        update={"rating": 4, "notes": None, "success_met": (1, 2), "evidence": "yes"}
    )
    new = old.model_copy(update={"deliverables": {**old.deliverables, "governance": governance}})
    text = rewrite_keeping_comments(OLD, new)
    assert text is not None
    assert read(text) == new
    comments = [line.strip() for line in OLD.splitlines() if "#" in line]
    assert [line.strip() for line in text.splitlines() if "#" in line] == [
        comment.replace("rating: 3", "rating: 4") for comment in comments
    ]
    assert "success_met: [1, 2]" in text
    assert 'evidence: "yes"' in text  # a YAML 1.1 reader would take yes for true
    assert "To drop" not in text


def test_a_file_that_is_not_an_assessment_is_left_to_be_written_afresh() -> None:
    assert rewrite_keeping_comments("- a list\n", read(OLD)) is None
    assert rewrite_keeping_comments("key: [unclosed\n", read(OLD)) is None
