"""init, assess and validate on assessment files, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.cli import app
from tests.conftest import DATA

runner = CliRunner()
MINI = str(DATA / "roadmaps" / "mini")
CLEAN = str(DATA / "valid" / "assessment" / "mini-complete.yaml")


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_init_writes_a_file_that_validates_with_only_not_assessed_warnings(in_tmp: Path) -> None:
    result = runner.invoke(
        app,
        [
            "init",
            "--org",
            'NHS "Quoted": ICB',
            "--code",
            "XQ1",
            "--period",
            "2024/25",
            "--focus",
            "cen,eating-disorders",
        ],
    )
    assert result.exit_code == 0, result.output
    written = in_tmp / "xq1-2024-25.yaml"
    text = written.read_text(encoding="utf-8")
    assert "# Rate every deliverable on the tool's four-point scale (cmhroadmap's own" in text
    assert "  # Joint governance with ICB oversight" in text
    assert "  #   1. Representation should include as a minimum" in text
    assert "# Not in your focus_areas, so not rated: rehab-strong-mdt" in text
    check = runner.invoke(app, ["validate", "--format", "json", str(written)])
    assert check.exit_code == 0
    problems = json.loads(check.output)["problems"]
    assert problems
    assert {p["code"] for p in problems} == {"not-assessed"}
    # 50 deliverables less 3 umbrellas and the 4 community rehab items not chosen, said on one line.
    assert len(problems) == 1
    [unrated] = json.loads(check.output)["summary"]["not_rated"].values()
    assert len(unrated) == 43


def test_init_refuses_to_overwrite_without_force(in_tmp: Path) -> None:
    target = in_tmp / "mine.yaml"
    target.write_text("keep me\n", encoding="utf-8")
    args = ["init", "--org", "X", "--code", "XQ1", "--period", "2024/25", "-o", str(target)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "already exists; add --force to replace it" in result.output
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0
    assert target.read_text(encoding="utf-8").splitlines()[0].startswith("# Self-assessment")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--period", "2024/26", "should be 2024/25"),
        ("--code", "q x", "--code must be three to ten capital letters or digits, such as QXX; got 'q x'"),
        ("--focus", "cen,eating-disorder", "did you mean 'eating-disorders'?"),
    ],
)
def test_init_rejects_bad_options_as_usage_errors(
    in_tmp: Path, option: str, value: str, message: str
) -> None:
    args = {"--org": "X", "--code": "XQ1", "--period": "2024/25", option: value}
    result = runner.invoke(app, ["init", *[part for pair in args.items() for part in pair]])
    assert result.exit_code == 2
    assert message in result.output
    assert list(in_tmp.iterdir()) == []


def test_init_to_standard_output(in_tmp: Path) -> None:
    result = runner.invoke(app, ["init", "--org", "X", "--code", "XQ1", "--period", "2024/25", "-o", "-"])
    assert result.exit_code == 0
    assert result.output.startswith("# Self-assessment against")
    assert list(in_tmp.iterdir()) == []


INIT = ["init", "--org", "X", "--code", "XQ1", "--period", "2024/25"]


def test_init_points_at_the_repository_schema_by_a_relative_path(in_tmp: Path) -> None:
    (in_tmp / ".git").mkdir()
    assert runner.invoke(app, ["schema", "assessment", "-o", "schemas/assessment.schema.json"]).exit_code == 0
    result = runner.invoke(app, [*INIT, "-o", "assessments/x/2024-25.yaml"])
    assert result.exit_code == 0, result.output
    first = (in_tmp / "assessments/x/2024-25.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../schemas/assessment.schema.json"
    assert "Made the folder assessments" in result.stderr


def test_init_without_a_schema_in_the_repository_writes_no_line_and_says_how_to_add_one(in_tmp: Path) -> None:
    (in_tmp / ".git").mkdir()
    result = runner.invoke(app, [*INIT, "-o", "a.yaml"])
    assert result.exit_code == 0
    assert "$schema" not in (in_tmp / "a.yaml").read_text(encoding="utf-8")
    assert "cmhroadmap schema assessment -o schemas/assessment.schema.json" in result.stdout


def test_validate_directory_of_assessments(in_tmp: Path) -> None:
    folder = in_tmp / "many"
    folder.mkdir()
    (folder / "a.yaml").write_text(Path(CLEAN).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.yaml").write_text("roadmap: mini-1\nperiod: 2023/2\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", "--roadmap", MINI, "many"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[-1] == (
        "roadmap mini-1: 9 deliverables, 6 links, 1 mutual-dependency group; 2 files; "
        "3 errors, 1 warning, 5 deliverables not yet rated"
    )
    assert "many/b.yaml:1:1: error missing-key: missing required key 'organisation'" in lines
    assert not any(line.startswith("many/a.yaml") for line in lines)


def test_validate_strict_fails_on_warnings(in_tmp: Path) -> None:
    text = Path(CLEAN).read_text(encoding="utf-8").replace("    evidence: Needs mapped.\n", "")
    (in_tmp / "w.yaml").write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["validate", "--roadmap", MINI, "w.yaml"]).exit_code == 0
    strict = runner.invoke(app, ["validate", "--roadmap", MINI, "--strict", "w.yaml"])
    assert strict.exit_code == 1
    assert (
        "w.yaml:32:13: warning missing-evidence: rated 2 (Getting started) without evidence" in strict.output
    )


def test_validate_missing_file_is_a_problem_not_a_crash(in_tmp: Path) -> None:
    result = runner.invoke(app, ["validate", "--roadmap", MINI, "nope.yaml"])
    assert result.exit_code == 1
    assert "nope.yaml:1:1: error file-not-found: no such file" in result.output


def test_assess_json(in_tmp: Path) -> None:
    result = runner.invoke(app, ["assess", "--roadmap", MINI, CLEAN, "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["problems"] == []
    assert payload["ratings"]["services"] == 2  # umbrella derived
    assert payload["inconsistencies"] == []
    # physical (2) holds back access (3); governance (3) has more dependents, none rated above it.
    assert [p["id"] for p in payload["priorities"]][:2] == ["physical", "governance"]
    assert set(payload["priorities"][0]) >= {"id", "held_back", "holds_back", "leverage", "reach"}
    assert (payload["priorities"][0]["held_back"], payload["priorities"][0]["holds_back"]) == (1, ["access"])
    assert payload["priorities"][1]["held_back"] == 0
    assert payload["counts"]["overall"] == {"by_level": {"1": 1, "2": 2, "3": 3, "4": 1}, "not_assessed": 0}


def test_assess_text_reads_well(in_tmp: Path) -> None:
    result = runner.invoke(app, ["assess", "--roadmap", MINI, CLEAN])
    assert result.exit_code == 0
    out = result.output
    for text in (
        "NHS Test ICB (XT1)",
        "Governance",
        "3 Partially in place",
        "2 Getting started (lowest part)",
        "Deliverables at each level",
        "Where to start: the top 6 priorities",
        "Getting started:",
        "Not one of this system's focus areas",
    ):
        assert text in out, text
    assert "\x1b[" not in out  # no colour codes when not a terminal


def test_assess_inconsistency_shown_and_exit_code(in_tmp: Path) -> None:
    text = Path(CLEAN).read_text(encoding="utf-8")
    text = text.replace(
        "    rating: 3\n    evidence: Partners supported on referrals.\n    success_met: [2]\n",
        "    rating: 4\n    evidence: All in place.\n    success_met: [1, 2]\n",
    )
    (in_tmp / "ahead.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["assess", "--roadmap", MINI, "ahead.yaml", "--format", "json"])
    assert result.exit_code == 0
    [found] = json.loads(result.output)["inconsistencies"]
    assert found == {
        "deliverable": "access",
        "rating": 4,
        "relies_upon": "services",
        "relies_upon_rating": 2,
        "gap": 2,
        "acknowledged": False,
        "reason": None,
    }
    assert runner.invoke(app, ["assess", "--roadmap", MINI, "ahead.yaml", "--strict"]).exit_code == 1


def test_assess_unreadable_file_exits_1_with_problems(in_tmp: Path) -> None:
    (in_tmp / "bad.yaml").write_text("roadmap: [\n", encoding="utf-8")
    result = runner.invoke(app, ["assess", "bad.yaml"])
    assert result.exit_code == 1
    assert "bad.yaml:2:1: error yaml-syntax:" in result.output
    assert "Traceback" not in result.output


def test_assess_neutralises_terminal_escapes(in_tmp: Path) -> None:
    text = Path(CLEAN).read_text(encoding="utf-8").replace("NHS Test ICB", '"NHS \\e[31mRed\\e[0m ICB"')
    (in_tmp / "esc.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["assess", "--roadmap", MINI, "esc.yaml"])
    assert result.exit_code == 0
    assert "\x1b" not in result.output
    assert "NHS \\x1b[31mRed\\x1b[0m ICB" in result.output


def test_directory_without_yaml_files_is_a_problem(in_tmp: Path) -> None:
    (in_tmp / "empty").mkdir()
    for command in (["validate", "empty"], ["benchmark", "empty"], ["export", "empty"]):
        result = runner.invoke(app, [*command, "--roadmap", MINI])
        assert result.exit_code == 1, command
        assert "empty:1:1: error no-files: no .yaml or .yml files in this directory" in result.output


def test_assess_given_a_validation_file_says_so(in_tmp: Path) -> None:
    validation = DATA / "valid" / "validation" / "mini-complete.validation.yaml"
    (in_tmp / "v.yaml").write_bytes(validation.read_bytes())
    result = runner.invoke(app, ["assess", "--roadmap", MINI, "v.yaml"])
    assert result.exit_code == 1
    assert result.output == (
        "v.yaml:2:1: error not-an-assessment: this is a validation file; give the assessment it "
        "validates (it is found beside it)\n"
    )


def test_assess_text_opens_with_the_report_summary(in_tmp: Path) -> None:
    """The terminal tells the same story as the board report's first page, movement included."""
    from cmhroadmap.assessment.assess import assess
    from cmhroadmap.assessment.single import load_single
    from cmhroadmap.roadmap.graph import DependencyGraph
    from cmhroadmap.roadmap.loader import load_roadmap
    from tests.conftest import REPO

    later = REPO / "assessments" / "north-riverside" / "2023-24.yaml"
    result = runner.invoke(app, ["assess", str(later)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = lines.index("At a glance")
    glance = lines[start : lines.index("", start)]
    roadmap = load_roadmap().roadmap
    assert roadmap is not None
    single = load_single(later, roadmap, None)
    # The validation beside it is used by default, so the priorities are the validated ones.
    assert single.validation is not None
    found = assess(single.loaded, roadmap, DependencyGraph(roadmap), single.validation)
    assert found is not None
    top = [roadmap[p.id].title for p in found.priorities[:5]]
    numbered = [line for line in glance if line.startswith("    ")]
    assert all(line.split(". ", 1)[1].startswith(title) for line, title in zip(numbered, top, strict=True))
    assert any(line.startswith("  Since 2022/23:") for line in glance)
    # The validator marked three ratings down: the first thing a board reads says so.
    assert any(
        line.startswith("  Independently validated by ")
        and ": 3 ratings differ from the system's own: " in line
        for line in glance
    )
    alone = in_tmp / "2023-24.yaml"
    alone.write_bytes(later.read_bytes())
    without = runner.invoke(app, ["assess", str(alone)]).output
    assert "Since 2022/23" not in without
    assert "At a glance" in without


def test_a_workbook_given_to_validate_gets_the_import_command(in_tmp: Path) -> None:
    made = runner.invoke(
        app,
        [
            "workbook",
            "export",
            "--org",
            "NHS Test ICB",
            "--code",
            "QXX",
            "--period",
            "2024/25",
            "-o",
            "wb.xlsx",
        ],
    )
    assert made.exit_code == 0, made.output
    for command in ("validate", "assess"):
        result = runner.invoke(app, [command, "wb.xlsx"])
        assert result.exit_code == 1
        # validate lists problems on standard output; assess, which then has nothing to show, on stderr.
        assert (result.stdout + result.stderr).splitlines()[0] == (
            "wb.xlsx:1:1: error workbook-not-yaml: this is an Excel workbook (or another zip file), not a "
            "YAML file; to turn a filled-in workbook into an assessment file, run: "
            "cmhroadmap workbook import wb.xlsx -o wb.yaml"
        )


def test_a_file_with_nothing_rated_does_not_read_as_finished(in_tmp: Path) -> None:
    made = runner.invoke(
        app, ["init", "--org", "NHS Test ICB", "--code", "QXX", "--period", "2024/25", "-o", "a.yaml"]
    )
    assert made.exit_code == 0, made.output
    said = runner.invoke(app, ["assess", "a.yaml"]).stdout
    report = runner.invoke(app, ["report", "a.yaml"]).stdout
    for out in (said, report):
        assert "Nothing is rated yet: none of the" in out
        assert "top 0" not in out
        assert "rated below the top of the scale" not in out


@pytest.mark.parametrize("width", ["80", "60"])
def test_tables_in_a_pipe_wrap_words_rather_than_cut_them(width: str) -> None:
    """rich shortened 'Model development' to 'Model developme…' in the counts table of an 80-column pipe."""
    from tests.conftest import REPO

    example = str(REPO / "assessments" / "north-riverside" / "2023-24.yaml")
    region = str(REPO / "assessments")
    for command in (["assess", example], ["benchmark", region, "--period", "2023/24"], ["list"]):
        result = runner.invoke(app, command, env={"COLUMNS": width, "NO_COLOR": "1"})
        assert result.exit_code == 0, result.output
        assert "…" not in result.output, command
    shown = runner.invoke(app, ["assess", example], env={"COLUMNS": width}).output
    assert "│ development" in shown


def test_assess_json_gives_the_basis_the_delivery_and_the_expectation() -> None:
    from tests.conftest import REPO

    path = REPO / "assessments" / "north-riverside" / "2023-24.yaml"
    found = json.loads(runner.invoke(app, ["assess", str(path), "--format", "json"]).output)
    assert found["ratings_basis"] == "validated"
    assert found["ratings"]["joint-governance"] == 3
    assert found["delivery"]["joint-governance"] == {
        "status": "off-track",
        "why": "target 4 by 31 March 2024, set in 2022/23, missed: rated 3 (the system's own rating is 4)",
    }
    assert found["delivery"]["ips-services"]["status"] == "off-track"
    assert len(found["delivery"]) == 43  # every deliverable in scope, and no umbrella
    assert "must-have-services" not in found["delivery"]
    assert sum(found["delivery_counts"].values()) == 43
    assert found["expectation"] == {
        "level": 4,
        "period": "2023/24",
        "by": "2024-03-31",
        "wording": "in place by the end of 2023/24",
        "met": 0,
        "in_scope": 43,
    }
    own = json.loads(runner.invoke(app, ["assess", str(path), "--format", "json", "--own-ratings"]).output)
    assert own["ratings_basis"] == "self"
    assert own["expectation"]["met"] == 2
    assert own["delivery"]["joint-governance"]["status"] == "in-place"
