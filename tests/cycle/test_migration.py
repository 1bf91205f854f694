"""migrate onto the made-up next version (a test fixture), and compare across the two versions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.assessment.loader import load_assessment
from cmhroadmap.cli import app
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap
from tests.conftest import DATA, EXAMPLES, REPO

NEXT = DATA / "roadmaps" / "next-version"
runner = CliRunner()


@pytest.fixture(scope="module")
def next_roadmap() -> Roadmap:
    result = load_roadmap(NEXT)
    assert result.roadmap is not None, result.problems
    return result.roadmap


def migrate(source: Path, out: Path) -> str:
    result = runner.invoke(app, ["migrate", str(source), "--to", str(NEXT), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_example_migrates_and_validates_without_errors(
    path: Path, next_roadmap: Roadmap, tmp_path: Path
) -> None:
    before = path.read_bytes()
    text = migrate(path, tmp_path / "migrated.yaml")
    assert path.read_bytes() == before
    assert text.splitlines()[:2][0].startswith("# Self-assessment against Made-up next version")
    loaded = load_assessment(tmp_path / "migrated.yaml", next_roadmap)
    assert loaded.assessment is not None
    assert loaded.assessment.roadmap == "cmh-next-fixture"
    assert [p for p in loaded.problems if p.severity.name == "ERROR"] == []


AWKWARD = """\
# yaml-language-server: $schema=../../schemas/assessment.schema.json
roadmap: cmh-2023-24
organisation:
  name: "NHS \\u00c9xample \\"Quoted\\" ICB"
  code: QXX
period: 2024/25
assessed_on: 2025-04-01
focus_areas: [cen, eating-disorders]
deliverables:
  joint-governance:   # our comment on the key
    rating: 3
    evidence: "Caf\\u00e9 \\t tab, a \\\\ backslash and \\"quotes\\"\\nsecond line"
    # a comment of the team's, inside the entry
    success_met:
      - 1
      - 3
    owner: 'Single ''quoted'' owner'
  primary-care-integration:
    rating: 2
    evidence: |
      Literal block, kept as written:
        indented line \x20
    success_met: [1, 2, 3, 4]
  vcse-commissioning:
    rating: 3
    evidence: VCSE evidence.
    success_met: [2]
  local-authority-integration:
    rating: 2
    evidence: "Council evidence \\u2014 with a dash."
    success_met: [3]
    target: {rating: 3, by: 2026-03-31}
  shift-from-cpa:
    rating: 3
    evidence: CPA evidence.
    success_met: [1, 2, 3]
  expanding-pcn-coverage:
    rating: 2
    evidence: "Retired \\u00e9vidence"
notes: Last line of the file.
"""


@pytest.fixture
def awkward(tmp_path: Path, next_roadmap: Roadmap) -> tuple[str, Path]:
    source = tmp_path / "awkward.yaml"
    source.write_text(AWKWARD, encoding="utf-8")
    return migrate(source, tmp_path / "out.yaml"), tmp_path / "out.yaml"


def test_users_text_survives_byte_for_byte_escapes_and_all(awkward: tuple[str, Path]) -> None:
    text, _ = awkward
    for line in (
        '  name: "NHS \\u00c9xample \\"Quoted\\" ICB"',
        '    evidence: "Caf\\u00e9 \\t tab, a \\\\ backslash and \\"quotes\\"\\nsecond line"',
        "    # a comment of the team's, inside the entry",
        "    owner: 'Single ''quoted'' owner'",
        "  system-governance:   # our comment on the key",
        "    evidence: |\n      Literal block, kept as written:\n        indented line  \n",
        '    evidence: "Retired \\u00e9vidence"',
        "notes: Last line of the file.",
        "# yaml-language-server: $schema=../../schemas/assessment.schema.json",
    ):
        assert line in text, line
    assert text.count("Literal block, kept as written:") == 2  # one copy for each part of the split


def test_each_rule_of_the_migration(awkward: tuple[str, Path], next_roadmap: Roadmap) -> None:
    _, path = awkward
    loaded = load_assessment(path, next_roadmap)
    assert loaded.assessment is not None, loaded.problems
    a = loaded.assessment
    assert a.roadmap == "cmh-next-fixture"
    assert a.organisation.name == 'NHS Éxample "Quoted" ICB'
    renamed = a.deliverables["system-governance"]
    assert (renamed.rating, renamed.success_met, renamed.review) == (3, (1, 3), None)
    assert renamed.evidence == 'Café \t tab, a \\ backslash and "quotes"\nsecond line'
    # split: each part the old entry, markers renumbered to the part's own, and a note to review
    first, second = (
        a.deliverables["primary-care-case-coordination"],
        a.deliverables["pcn-mental-health-practitioners"],
    )
    assert (first.rating, first.success_met) == (2, (1, 2))
    assert (second.rating, second.success_met) == (2, (1, 2))
    # (the model trims text at both ends, in the input as in the output)
    assert first.evidence == second.evidence == "Literal block, kept as written:\n  indented line"
    assert first.review is not None
    assert "split" in first.review
    # merged: the lowest rating, each evidence marked with its old id, markers renumbered
    merged = a.deliverables["partnership-commissioning"]
    assert merged.rating == 2
    assert merged.evidence == (
        "[vcse-commissioning] VCSE evidence.\n\n[local-authority-integration] Council evidence — with a dash."
    )
    assert merged.success_met == (2, 7)  # VCSE marker 2, and the council's marker 3 after the four of VCSE
    assert merged.target is not None
    assert merged.target.rating == 3
    assert merged.review is not None
    assert "Merged from" in merged.review
    # Success markers: kept where the text is unchanged, renumbered; the reworded one dropped, with a note
    changed = a.deliverables["shift-from-cpa"]
    assert changed.success_met == (2, 3)
    assert changed.review is not None
    assert "Success marker 3 of 'shift-from-cpa'" in changed.review
    # retired: kept, rated nothing from; added: left unrated
    assert a.retired["expanding-pcn-coverage"].evidence == "Retired évidence"
    assert "expanding-pcn-coverage" not in a.deliverables
    assert a.deliverables["digital-inclusion"].rating is None
    reviews = [p for p in loaded.problems if p.code == "review-after-migration"]
    assert {p.message.split("'")[1] for p in reviews} == {
        "primary-care-case-coordination",
        "pcn-mental-health-practitioners",
        "partnership-commissioning",
        "shift-from-cpa",
    }
    assert all(p.severity.name == "WARNING" for p in reviews)
    assert not [p for p in loaded.problems if p.severity.name == "ERROR"]


def test_the_init_comments_are_written_for_the_new_version(awkward: tuple[str, Path]) -> None:
    text, _ = awkward
    block = text.split("  partnership-commissioning:")[0].rsplit("\n\n", 1)[1]
    assert block.startswith("  # Commissioning and partnership working with VCSE and local authority")
    assert "  #   7. Have a shared understanding of community assets" in block
    assert "Self-assessment against Community Mental Health Transformation Roadmap" not in text


def test_deleting_the_review_line_clears_the_warning(
    awkward: tuple[str, Path], next_roadmap: Roadmap
) -> None:
    _, path = awkward
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, x in enumerate(lines) if x.startswith("  shift-from-cpa:"))
    review = next(i for i in range(start, len(lines)) if lines[i].startswith("    review:"))
    end = next(i for i in range(review + 1, len(lines)) if not lines[i].startswith("      "))
    path.write_text("\n".join(lines[:review] + lines[end:]), encoding="utf-8")
    loaded = load_assessment(path, next_roadmap)
    flagged = {p.message.split("'")[1] for p in loaded.problems if p.code == "review-after-migration"}
    assert "shift-from-cpa" not in flagged
    assert "partnership-commissioning" in flagged


def test_migrate_never_replaces_its_input(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(AWKWARD, encoding="utf-8")
    result = runner.invoke(app, ["migrate", str(source), "--to", str(NEXT), "-o", str(source), "--force"])
    assert result.exit_code == 2
    assert source.read_text(encoding="utf-8") == AWKWARD


def test_an_assessment_of_another_version_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(AWKWARD.replace("roadmap: cmh-2023-24", "roadmap: cmh-2019-20"), encoding="utf-8")
    result = runner.invoke(app, ["migrate", str(source), "--to", str(NEXT), "-o", str(tmp_path / "b.yaml")])
    assert result.exit_code == 1
    assert "error wrong-roadmap" in result.output
    assert not (tmp_path / "b.yaml").exists()


def test_compare_follows_a_deliverable_through_the_versions(tmp_path: Path) -> None:
    migrated = tmp_path / "2023-24.yaml"
    migrate(REPO / "assessments" / "north-riverside" / "2023-24.yaml", migrated)
    earlier = REPO / "assessments" / "north-riverside" / "2022-23.yaml"
    args = [
        "compare",
        str(earlier),
        str(migrated),
        "--roadmap",
        str(REPO / "roadmap"),
        "--roadmap",
        str(NEXT),
    ]
    text = runner.invoke(app, args)
    assert text.exit_code == 0, text.output
    assert "followed back through renames, splits and merges" in text.output
    assert "Joint governance with ICB oversight: 3 → 4" in text.output
    assert "(was 'joint-governance' in cmh-2023-24)" in text.output
    assert "split from 'primary-care-integration' of cmh-2023-24" in text.output
    assert "merged from 'vcse-commissioning', 'local-authority-integration' of cmh-2023-24" in text.output
    md = runner.invoke(app, [*args, "--format", "markdown"])
    assert md.exit_code == 0, md.output
    assert "(was 'joint-governance' in cmh-2023-24)" in md.output


def test_a_validation_file_or_a_file_already_migrated_is_one_clear_problem(tmp_path: Path) -> None:
    validation = REPO / "assessments" / "north-riverside" / "2023-24.validation.yaml"
    out = str(tmp_path / "v.yaml")
    result = runner.invoke(app, ["migrate", str(validation), "--to", str(NEXT), "-o", out])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "error not-an-assessment: this is a validation file" in result.output
    done = tmp_path / "done.yaml"
    migrate(REPO / "assessments" / "severn-vale" / "2023-24.yaml", done)
    again = runner.invoke(app, ["migrate", str(done), "--to", str(NEXT), "-o", str(tmp_path / "again.yaml")])
    assert again.exit_code == 1
    assert again.output.startswith(f"{done}:")
    assert "error already-migrated: this assessment is already against 'cmh-next-fixture'" in again.output
    assert not (tmp_path / "again.yaml").exists()


def _reindented(text: str) -> str:
    """Every indent doubled: entries at four spaces, their fields at eight."""
    return "\n".join(" " * (len(x) - len(x.lstrip(" "))) + x for x in text.split("\n"))


_EXAMPLE = (REPO / "assessments" / "north-riverside" / "2023-24.yaml").read_text(encoding="utf-8")
WRITTEN_OTHERWISE = {
    "windows-line-endings": _EXAMPLE.replace("\n", "\r\n"),
    "four-space-indents": _reindented(_EXAMPLE),
    "flow-style-entries": re.sub(
        r"  (shift-from-cpa|primary-care-integration|joint-governance):\n(?:    .*\n)+",
        lambda m: f'  {m[1]}: {{rating: 2, evidence: "flow \\\\u00e9", success_met: [1, 2, 3]}}\n',
        _EXAMPLE,
    ),
    "markers-as-a-block-list": re.sub(
        r"(    )success_met: \[(\d+(?:, \d+)*)\]",
        lambda m: f"{m[1]}success_met:\n" + "\n".join(f"{m[1]}- {n}" for n in m[2].split(", ")),
        _EXAMPLE,
    ),
}


@pytest.mark.parametrize("name", WRITTEN_OTHERWISE)
def test_a_file_written_otherwise_migrates_to_a_valid_file(
    name: str, tmp_path: Path, next_roadmap: Roadmap
) -> None:
    source = tmp_path / "in.yaml"
    source.write_bytes(WRITTEN_OTHERWISE[name].encode("utf-8"))
    migrate(source, tmp_path / "out.yaml")
    loaded = load_assessment(tmp_path / "out.yaml", next_roadmap)
    assert loaded.assessment is not None, loaded.problems
    assert [str(p) for p in loaded.problems if p.severity.name == "ERROR"] == []
    # marker 2 of shift-from-cpa is marker 3 now (the example met only 2; the flow entries 1 to 3)
    expected = (2, 3) if name == "flow-style-entries" else (3,)
    assert loaded.assessment.deliverables["shift-from-cpa"].success_met == expected
    assert loaded.assessment.retired["expanding-pcn-coverage"].rating == 3


def test_the_trajectory_counts_each_earlier_deliverable_once(tmp_path: Path, next_roadmap: Roadmap) -> None:
    from cmhroadmap.cycle.trajectory import build_trajectory
    from cmhroadmap.roadmap.lineage import Lineage

    old = load_roadmap().roadmap
    assert old is not None
    migrated = tmp_path / "2023-24.yaml"
    migrate(REPO / "assessments" / "north-riverside" / "2023-24.yaml", migrated)
    earlier = load_assessment(REPO / "assessments" / "north-riverside" / "2022-23.yaml", old)
    later = load_assessment(migrated, next_roadmap)
    lineage = Lineage(old, next_roadmap)
    trajectory = build_trajectory([later, earlier], own_only=True, lineages={next_roadmap.id: lineage})
    assert trajectory.followed
    rows = {row.id: row for row in trajectory.rows}
    old_ratings = earlier.ratings
    assert old_ratings is not None
    assert rows["system-governance"].ratings[0] == old_ratings.effective["joint-governance"]
    merged = [old_ratings.effective[k] for k in ("vcse-commissioning", "local-authority-integration")]
    assert rows["partnership-commissioning"].ratings[0] == min(r for r in merged if r is not None)
    split = old_ratings.effective["primary-care-integration"]
    assert rows["pcn-mental-health-practitioners"].ratings[0] == split
    assert rows["digital-inclusion"].ratings == [None, None]
    # Each earlier deliverable with a successor counted once (the split one too); retired ones not at all.
    counted = {old_id for new_id in lineage.sources for old_id in lineage.sources[new_id]}
    in_scope = [key for key in counted if old_ratings.in_scope(key)]
    assert sum(trajectory.counts[0].values()) == len(in_scope)
