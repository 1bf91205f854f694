"""The Excel round trip in the core: export, read back with openpyxl, fill in, and import again."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cmhroadmap.assessment.loader import load_assessment
from cmhroadmap.assessment.model import Assessment, DeliverableRating
from cmhroadmap.assessment.writer import render_assessment
from cmhroadmap.models.placing import validate_document
from cmhroadmap.problems.problem import ProblemsFound, Severity
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import Roadmap
from cmhroadmap.workbook.exporter import blank_assessment, export_workbook
from cmhroadmap.workbook.importer import import_workbook
from cmhroadmap.workbook.layout import COLUMN_NUMBER, DERIVED
from cmhroadmap.yamlread.source import parse_yaml
from tests.conftest import DATA, EXAMPLES, REPO

NORTH_RIVERSIDE = next(p for p in EXAMPLES if p.parent.name == "north-riverside" and p.stem == "2023-24")


def example(path: Path, roadmap: Roadmap) -> Assessment:
    loaded = load_assessment(path, roadmap)
    assert loaded.assessment is not None, loaded.problems
    return loaded.assessment


def exported(assessment: Assessment, roadmap: Roadmap, path: Path) -> Path:
    path.write_bytes(export_workbook(assessment, roadmap))
    return path


def blank(roadmap: Roadmap) -> Assessment:
    areas = ["cen", "eating-disorders"]
    return blank_assessment(roadmap, "NHS Test ICB", "XT9", "2024/25", areas, dt.date(2024, 4, 1))


def row_of(sheet: Any, item_id: str) -> int:
    for number in range(2, sheet.max_row + 1):
        if sheet.cell(row=number, column=1).value == item_id:
            return number
    raise AssertionError(item_id)


def fill(sheet: Any, item_id: str, **values: object) -> int:
    number = row_of(sheet, item_id)
    for key, value in values.items():
        sheet.cell(row=number, column=COLUMN_NUMBER[key], value=value)
    return number


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_example_survives_export_and_import(path: Path, roadmap: Roadmap, tmp_path: Path) -> None:
    original = example(path, roadmap)
    result = import_workbook(exported(original, roadmap, tmp_path / "book.xlsx"), roadmap)
    assert not result.has_errors, result.problems
    assert result.assessment == original


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_written_yaml_loads_back_equal(path: Path, roadmap: Roadmap) -> None:
    original = example(path, roadmap)
    text = render_assessment(original, roadmap, ["a header"])
    again, problems = validate_document(Assessment, parse_yaml(text, "written.yaml"))
    assert problems == []
    assert again == original
    assert text.startswith("# a header\n\nroadmap: cmh-2023-24\norganisation:\n  name: ")
    assert f"period: {original.period}\n" in text
    assert "\n  # ==== Model development ====" in text


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "2023",
        "a: b # not a comment",
        "=SUM(A1:A3)",
        "- a dash",
        "two\nlines\n\n  indented",
        "trailing space \nthen more",
        "tab\tinside",
        "‘curly’ quotes – and an “em” dash",
        "long " * 60 + "end",
        "word  " * 30 + "end",
    ],
)
def test_awkward_text_survives_both_ways(text: str, roadmap: Roadmap, tmp_path: Path) -> None:
    original = example(NORTH_RIVERSIDE, roadmap)
    entry = DeliverableRating(
        rating=3, evidence=text, owner=text, notes=text, acknowledged={"eip-services": text}
    )
    changed = Assessment.model_validate(
        {**original.model_dump(), "notes": text, "deliverables": {"ips-services": entry.model_dump()}}
    )
    again, problems = validate_document(Assessment, parse_yaml(render_assessment(changed, roadmap), "w"))
    assert problems == []
    assert again == changed
    result = import_workbook(exported(changed, roadmap, tmp_path / "odd.xlsx"), roadmap)
    assert result.assessment == changed, result.problems


def test_openpyxl_reads_the_layout_back(roadmap: Roadmap, tmp_path: Path) -> None:
    original = example(NORTH_RIVERSIDE, roadmap)
    book = openpyxl.load_workbook(exported(original, roadmap, tmp_path / "nr.xlsx"))
    assert book.sheetnames[:3] == ["About", "Ratings", "Scale"]
    about = {row[0]: row[1] for row in book["About"].iter_rows(min_row=4, values_only=True)}
    assert about["Organisation name"] == "NHS North Riverside Integrated Care Board"
    assert about["ODS code"] == "XA1"
    assert about["Period"] == "2023/24"
    assert about["Assessed on"] == dt.datetime.combine(original.assessed_on, dt.time())
    assert about["Focus areas"] == "cen, eating-disorders"
    assert about["Roadmap"] == "cmh-2023-24"

    ratings = book["Ratings"]
    assert ratings.freeze_panes == "D2"
    assert [cell.value for cell in ratings[1]][:6] == [
        "ID",
        "Column",
        "Deliverable",
        "Kind",
        "Success markers",
        "Rating (1-4)",
    ]
    assert [ratings.cell(row=n, column=1).value for n in range(2, ratings.max_row + 1)] == [
        i.id for i in roadmap
    ]
    governance = row_of(ratings, "joint-governance")
    assert ratings.cell(row=governance, column=6).value == original.deliverables["joint-governance"].rating
    assert ratings.cell(row=governance, column=5).value.startswith("1. Representation should include")
    assert ratings.cell(row=governance, column=6).alignment.wrap_text

    lists = [v for v in ratings.data_validations.dataValidation if v.type == "list"]
    rating_list = next(v for v in lists if f"F{governance}" in v.sqref)
    assert rating_list.formula1 == (
        '"1 - Not started,2 - Getting started,3 - Partially in place,4 - Fully in place"'
    )
    assert rating_list.showErrorMessage
    # Excel's default "stop" alert would refuse a rating typed as "3" or "Partially in place", which
    # are not among the list's choices; an information alert says so and keeps what was typed.
    assert rating_list.errorStyle == "information"

    umbrella = row_of(ratings, "must-have-services")
    assert ratings.cell(row=umbrella, column=6).value == DERIVED
    assert ratings.cell(row=umbrella, column=4).value == "umbrella"
    assert ratings.cell(row=umbrella, column=6).fill.fgColor.rgb.endswith("D9D9D9")
    assert ratings.cell(row=umbrella, column=6).protection.locked
    assert not ratings.cell(row=governance, column=6).protection.locked
    assert not any(f"F{umbrella}" in v.sqref for v in lists)
    refused = next(v for v in ratings.data_validations.dataValidation if f"F{umbrella}" in v.sqref)
    assert (refused.type, refused.formula1) == ("custom", "FALSE")

    rehab = row_of(ratings, "rehab-strong-mdt")  # community-rehab is not one of North Riverside's areas
    assert ratings.cell(row=rehab, column=4).value == "deliverable: focus area not chosen"
    assert ratings.cell(row=rehab, column=1).fill.fgColor.rgb.endswith("D9D9D9")

    assert book["Scale"]["A1"].value == "The tool's four-point scale"
    assert "not NHS England's" in book["Scale"]["A2"].value
    scale = list(book["Scale"].iter_rows(min_row=4, max_row=7, values_only=True))
    assert [(level, label) for level, label, _ in scale] == [(s.level, s.label) for s in roadmap.meta.scale]
    assert book["cmhroadmap"].sheet_state == "veryHidden"


def test_text_that_looks_like_a_formula_stays_text(roadmap: Roadmap, tmp_path: Path) -> None:
    original = example(NORTH_RIVERSIDE, roadmap)
    entry = DeliverableRating(rating=2, evidence='=HYPERLINK("http://x")')
    changed = original.model_copy(update={"deliverables": {**original.deliverables, "ips-services": entry}})
    path = exported(changed, roadmap, tmp_path / "f.xlsx")
    sheet = openpyxl.load_workbook(path)["Ratings"]
    assert sheet.cell(row=row_of(sheet, "ips-services"), column=7).data_type == "s"
    assert import_workbook(path, roadmap).assessment == changed


def test_control_characters_are_refused_before_writing(roadmap: Roadmap) -> None:
    original = example(NORTH_RIVERSIDE, roadmap)
    changed = original.model_copy(update={"notes": "bell \x07 here"})
    with pytest.raises(ProblemsFound) as found:
        export_workbook(changed, roadmap)
    [problem] = found.value.problems
    assert problem.code == "not-for-excel"
    assert "control character" in problem.message


@pytest.mark.parametrize(("text", "code"), [("right\u202eleft", "U+202E"), ("c1 \x9b here", "U+009B")])
def test_characters_excel_would_keep_but_show_wrongly_are_refused(
    roadmap: Roadmap, text: str, code: str
) -> None:
    changed = example(NORTH_RIVERSIDE, roadmap).model_copy(update={"notes": text})
    with pytest.raises(ProblemsFound) as found:
        export_workbook(changed, roadmap)
    assert [p.message for p in found.value.problems] == [
        f"notes: contains an invisible control character ({code}); delete it"
    ]


def test_blank_workbook_filled_in_and_resorted_imports(roadmap: Roadmap, tmp_path: Path) -> None:
    path = exported(blank(roadmap), roadmap, tmp_path / "blank.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Ratings"]
    # The team sorts the rows their own way first: the import matches rows by ID, not position.
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    for number, values in enumerate(reversed(rows), start=2):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=number, column=column).value = value  # value=None would not clear it
    fill(sheet, "joint-governance", rating=3, evidence="Board meets monthly.", success_met="1, 2")
    fill(
        sheet,
        "ips-services",
        rating="4",  # typed as text
        evidence="Fidelity review passed.",
        success_met=3,
        owner="Head of Employment",
        target_rating=4,
        target_by=dt.datetime(2025, 3, 31),
        acknowledged="eip-services: Measured separately.\n  Second line of the reason.",
    )
    fill(sheet, "shift-from-cpa", rating=1.0, target_rating=2, target_by="2025-03-31")  # typed as text
    book["About"]["B8"] = "Transformation team"  # Prepared by
    book.save(path)

    result = import_workbook(path, roadmap)
    assert not result.has_errors, result.problems
    assessment = result.assessment
    assert assessment is not None
    assert assessment.prepared_by == "Transformation team"
    assert assessment.deliverables["joint-governance"] == DeliverableRating(
        rating=3, evidence="Board meets monthly.", success_met=(1, 2)
    )
    ips = assessment.deliverables["ips-services"]
    assert (ips.rating, ips.success_met, ips.owner) == (4, (3,), "Head of Employment")
    assert ips.target is not None
    assert (ips.target.rating, ips.target.by) == (4, dt.date(2025, 3, 31))
    assert ips.acknowledged == {"eip-services": "Measured separately.\nSecond line of the reason."}
    cpa = assessment.deliverables["shift-from-cpa"]
    assert cpa.rating == 1
    assert cpa.target is not None
    assert cpa.target.by == dt.date(2025, 3, 31)
    assert assessment.deliverables["alignment-perinatal"] == DeliverableRating()  # listed, still empty
    assert "rehab-strong-mdt" not in assessment.deliverables
    assert {p.code for p in result.problems} <= {
        "not-assessed",
        "success-not-evidenced",
        "rating-ahead-of-dependency",
        "acknowledged-dependency",
        "nothing-to-acknowledge",
    }


def test_every_problem_is_reported_at_once_with_its_cell(roadmap: Roadmap, tmp_path: Path) -> None:
    path = exported(blank(roadmap), roadmap, tmp_path / "bad.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Ratings"]
    assert fill(sheet, "joint-governance", rating=5) == 2
    assert fill(sheet, "model-design-coproduced", rating="three") == 3
    assert fill(sheet, "primary-care-integration", rating=2, target_rating=3, target_by="soon") == 4
    assert fill(sheet, "vcse-commissioning", success_met="1, two") == 5
    assert fill(sheet, "local-authority-integration", rating=2, success_met="9") == 6
    assert fill(sheet, "expanding-pcn-coverage", target_rating=3) == 7
    assert fill(sheet, "shift-from-cpa", acknowledged="no colon here") == 8
    sheet["F9"] = 2  # alignment-tt-cyp-perinatal, an umbrella
    sheet["A60"] = "joint-governence"
    sheet["F60"] = 2
    sheet["G61"] = "evidence with no ID"
    book["About"]["B6"] = "2024/26"
    book["About"]["B4"] = None
    book.save(path)

    result = import_workbook(path, roadmap)
    assert result.assessment is None
    found = {(p.line, p.column, p.code): p.message for p in result.problems}
    assert all(p.severity is Severity.ERROR and p.path.endswith("bad.xlsx") for p in result.problems)
    assert found == {
        (2, 6, "invalid-rating"): "Ratings!F2: rating must be 1-4 (1 Not started, 2 Getting started, "
        "3 Partially in place, 4 Fully in place), got 5",
        (3, 6, "invalid-rating"): "Ratings!F3: rating must be 1-4 (1 Not started, 2 Getting started, "
        "3 Partially in place, 4 Fully in place), got 'three'",
        (4, 11, "invalid-date"): "Ratings!K4: target by must be a date written YYYY-MM-DD, "
        "such as 2025-03-31; got 'soon'",
        (5, 8, "invalid-value"): "Ratings!H5: success markers met must be marker numbers separated by "
        "commas, such as 1, 3; got '1, two'",
        (6, 8, "unknown-marker"): "Ratings!H6: there is no Success marker 9: "
        "'local-authority-integration' has 3",
        (7, 11, "missing-value"): "Ratings!K7: target by is empty: give a target rating and a target by "
        "date together, or neither",
        (8, 12, "invalid-value"): "Ratings!L8: acknowledged: line 1 should be 'deliverable-id: reason', "
        "got 'no colon here'",
        (9, 6, "umbrella-rated"): "Ratings!F9: 'alignment-tt-cyp-perinatal' is not rated: its rating is "
        "the lowest of its parts (alignment-talking-therapies, alignment-perinatal)",
        (60, 1, "unknown-deliverable"): "Ratings!A60: 'joint-governence' is not a deliverable id "
        "(did you mean 'joint-governance'?)",
        (61, 1, "missing-id"): "Ratings!A61: this row has no ID; every row needs its deliverable's ID",
        (6, 2, "invalid-period"): "About!B6: Period: the years of a period must be consecutive: "
        "2024/26 should be 2024/25",
        (4, 2, "missing-value"): "About!B4: Organisation name must be filled in: the ICB's name.",
    }


def test_a_file_that_is_not_a_workbook_is_one_clear_problem(roadmap: Roadmap, tmp_path: Path) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("rating,evidence\n3,yes\n", encoding="utf-8")
    other_zip = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("readme.txt", "hello")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(export_workbook(blank(roadmap), roadmap)[:3000])
    for path in (text, other_zip, truncated):
        result = import_workbook(path, roadmap)
        assert result.assessment is None
        [problem] = result.problems
        assert (problem.line, problem.column, problem.code) == (1, 1, "not-a-workbook"), problem
    missing = import_workbook(tmp_path / "nope.xlsx", roadmap)
    assert [p.code for p in missing.problems] == ["file-not-found"]


def test_a_workbook_without_the_ratings_sheet(roadmap: Roadmap, tmp_path: Path) -> None:
    path = exported(blank(roadmap), roadmap, tmp_path / "cut.xlsx")
    book = openpyxl.load_workbook(path)
    del book["Ratings"]
    book.save(path)
    [problem] = import_workbook(path, roadmap).problems
    assert problem.code == "missing-sheet"
    assert "no 'Ratings' sheet" in problem.message


def test_a_period_excel_turned_into_a_date_is_explained(roadmap: Roadmap, tmp_path: Path) -> None:
    path = exported(blank(roadmap), roadmap, tmp_path / "period.xlsx")
    book = openpyxl.load_workbook(path)
    book["About"]["B6"] = dt.datetime(2024, 12, 1)  # what Excel makes of 2024/12 typed in a General cell
    book.save(path)
    [problem] = import_workbook(path, roadmap).problems
    assert problem.message == (
        "About!B6: Excel has turned the period into a date: format the cell as Text and type it like 2024/25"
    )


def test_a_workbook_for_another_roadmap_is_one_problem(roadmap: Roadmap, tmp_path: Path) -> None:
    path = exported(blank(roadmap), roadmap, tmp_path / "other.xlsx")
    book = openpyxl.load_workbook(path)
    book["About"]["B10"] = "cmh-2025-26"
    book.save(path)
    [problem] = import_workbook(path, roadmap).problems
    assert (problem.line, problem.column, problem.code) == (10, 2, "wrong-roadmap")
    assert problem.message.startswith("About!B10: this workbook is for roadmap 'cmh-2025-26'")


@pytest.mark.parametrize(
    ("typed", "level"),
    [
        ("Partially in place", 3),
        ("3 - Partially in place", 3),
        ("3. partially in place", 3),
        ("  FULLY IN PLACE ", 4),
        ("1: Not started", 1),
        ("2", 2),
    ],
)
def test_a_rating_typed_as_its_words_is_read_as_its_number(
    typed: str, level: int, roadmap: Roadmap, tmp_path: Path
) -> None:
    path = exported(blank(roadmap), roadmap, tmp_path / "words.xlsx")
    book = openpyxl.load_workbook(path)
    fill(book["Ratings"], "joint-governance", rating=typed, evidence="Terms of reference.")
    book.save(path)
    result = import_workbook(path, roadmap)
    assert result.assessment is not None, result.problems
    assert result.assessment.deliverables["joint-governance"].rating == level


def test_every_choice_the_drop_down_offers_imports_as_its_level(roadmap: Roadmap, tmp_path: Path) -> None:
    path = exported(blank(roadmap), roadmap, tmp_path / "choices.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Ratings"]
    number = row_of(sheet, "joint-governance")
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    [rating_list] = [v for v in lists if f"F{number}" in v.sqref]
    [target_list] = [v for v in lists if f"J{number}" in v.sqref]
    choices = rating_list.formula1.strip('"').split(",")
    assert target_list.formula1 == rating_list.formula1
    assert len(choices) == len(roadmap.scale)
    for level, choice in zip(sorted(roadmap.scale), choices, strict=True):
        fill(sheet, "joint-governance", rating=choice, evidence="Minutes.", success_met="1, 2, 3")
        fill(sheet, "joint-governance", target_rating=choice, target_by=dt.datetime(2026, 3, 31))
        book.save(path)
        result = import_workbook(path, roadmap)
        assert result.assessment is not None, result.problems
        entry = result.assessment.deliverables["joint-governance"]
        assert entry.rating == level
        assert entry.target is not None
        assert entry.target.rating == level


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("Partialy in place", "(did you mean 3 Partially in place?)"),
        ("3 - Fully in place", "(3 is Partially in place, but Fully in place is 4: write one of them)"),
    ],
)
def test_a_rating_in_words_not_on_the_scale_gets_a_suggestion(
    typed: str, hint: str, roadmap: Roadmap, tmp_path: Path
) -> None:
    path = exported(blank(roadmap), roadmap, tmp_path / "words.xlsx")
    book = openpyxl.load_workbook(path)
    number = fill(book["Ratings"], "joint-governance", rating=typed)
    book.save(path)
    [problem] = [p for p in import_workbook(path, roadmap).problems if p.code == "invalid-rating"]
    assert problem.message.startswith(f"Ratings!F{number}: rating must be 1-4")
    assert problem.message.endswith(f"got '{typed}' {hint}")


def test_errors_about_the_header_point_at_the_about_sheet(roadmap: Roadmap, tmp_path: Path) -> None:
    path = exported(blank(roadmap), roadmap, tmp_path / "about.xlsx")
    book = openpyxl.load_workbook(path)
    about = book["About"]
    rows = {about.cell(row=n, column=1).value: n for n in range(1, about.max_row + 1)}
    about.cell(row=rows["ODS code"], column=2, value="qxx")
    about.cell(row=rows["Focus areas"], column=2, value="cen, eating-disorder")
    book.save(path)
    found = {p.code: p.message for p in import_workbook(path, roadmap).problems}
    code_cell = f"About!B{rows['ODS code']}"
    assert found["invalid-value"].startswith(f"{code_cell}: ODS code must be three to ten capital")
    assert found["unknown-focus-area"].startswith(f"About!B{rows['Focus areas']}: 'eating-disorder'")
    # One misspelt focus area is one problem, not one for each of its deliverables too.
    assert "focus-area-not-chosen" not in found


def test_messages_name_the_sheets_columns_not_the_yaml_keys(roadmap: Roadmap, tmp_path: Path) -> None:
    assessment = blank(roadmap).model_copy(update={"focus_areas": ("cen",)})
    path = exported(assessment, roadmap, tmp_path / "names.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Ratings"]
    fill(sheet, "joint-governance", rating=4, evidence="Minutes.", success_met="1")
    fill(sheet, "model-design-coproduced", rating=3, evidence="Workshops.")
    book.save(path)
    said = [p.message for p in import_workbook(path, roadmap).problems]
    assert any(m.endswith("not in Success markers met") for m in said), said
    assert any("but Success markers met lists no Success marker" in m for m in said), said
    fill(sheet, "ed-no-barriers", rating=3, evidence="Open referral.", success_met="1")
    book.save(path)
    [error] = [p.message for p in import_workbook(path, roadmap).problems]
    assert error.endswith("which is not in Focus areas on the About sheet")
    said.append(error)
    for key in ("success_met", "focus_areas", "acknowledged", "mapping", "square brackets"):
        assert not any(key in message for message in said), key


def test_a_migrated_assessment_keeps_its_review_notes_and_retired_entries_through_excel(
    tmp_path: Path,
) -> None:
    from typer.testing import CliRunner

    from cmhroadmap.cli import app

    next_dir = DATA / "roadmaps" / "next-version"
    loaded_next = load_roadmap(next_dir).roadmap
    assert loaded_next is not None
    migrated = tmp_path / "migrated.yaml"
    source = REPO / "assessments" / "north-riverside" / "2023-24.yaml"
    result = CliRunner().invoke(app, ["migrate", str(source), "--to", str(next_dir), "-o", str(migrated)])
    assert result.exit_code == 0, result.output
    before = load_assessment(migrated, loaded_next).assessment
    assert before is not None
    assert before.retired
    assert any(entry.review for entry in before.deliverables.values())
    book = tmp_path / "migrated.xlsx"
    book.write_bytes(export_workbook(before, loaded_next))
    back = import_workbook(book, loaded_next)
    assert back.assessment == before
    # Imported over the migrated file, that file's comments (its Success markers) stay as well.
    args = ["workbook", "import", str(book), "--roadmap", str(next_dir), "-o", str(migrated), "--force"]
    imported = CliRunner().invoke(app, args)
    assert imported.exit_code == 0, imported.output
    again = load_assessment(migrated, loaded_next).assessment
    assert again == before
    text = migrated.read_text(encoding="utf-8")
    assert "  # Commissioning and partnership working with VCSE and local authority" in text
    assert "retired:  # deliverables an earlier roadmap version had" in text
