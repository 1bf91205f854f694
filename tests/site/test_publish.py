"""`publish` as a regional team runs it: what is written, what is left out, and what is refused."""

from __future__ import annotations

import json
import os
from pathlib import Path

from cmhroadmap.assessment.model import Assessment
from cmhroadmap.site.index_view import short_name
from cmhroadmap.yamlread.source import load_yaml
from tests.conftest import EXAMPLES, REPO
from tests.site.conftest import EXAMPLES_DIR, publish, site_files


def _texts(field: str) -> list[str]:
    """Every value of `field` written in the bundled assessments (deliverables' and the file's own)."""
    found = []
    for path in EXAMPLES:
        data = load_yaml(path, str(path)).data
        assessment = Assessment.model_validate(data)
        if field in ("notes", "prepared_by") and getattr(assessment, field):
            found.append(getattr(assessment, field))
        for entry in assessment.deliverables.values():
            value = getattr(entry, field, None)
            if isinstance(value, str):
                found.append(value)
            if field == "evidence":
                found += list(entry.acknowledged.values())
    return found


def _everything(root: Path) -> str:
    return "\n".join(data.decode("utf-8") for data in site_files(root).values())


def test_the_site_has_a_page_for_every_system_period_and_deliverable(published: Path) -> None:
    files = site_files(published)
    for name in ("index.html", "method.html", "downloads.html", "data/ratings.csv", "data/ratings.json"):
        assert name in files
    for path in EXAMPLES:
        code = Assessment.model_validate(load_yaml(path, str(path)).data).organisation.code
        assert f"systems/{code}/index.html" in files
        assert f"systems/{code}/{path.stem}.html" in files
    assert "systems/XA1/trajectory.html" in files  # North Riverside has two periods
    assert "deliverables/joint-governance.html" in files
    rows = json.loads(files["data/ratings.json"])
    assert {(r["code"], r["period"]) for r in rows} >= {("XA1", "2022/23"), ("XA1", "2023/24")}


def test_the_front_grid_names_each_system_beside_its_code(published: Path) -> None:
    front = (published / "index.html").read_text(encoding="utf-8")
    assert 'XA1 <span class="short-name">North Riverside</span>' in front
    assert 'title="NHS North Riverside Integrated Care Board"' in front
    assert short_name("NHS Example Integrated Care Board") == "Example"
    assert short_name("Example ICB") == "Example"
    assert short_name("Integrated Care Board") == "Integrated Care Board"


def test_evidence_and_owners_are_left_out_by_default(published: Path) -> None:
    evidence, owners, notes = _texts("evidence"), _texts("owner"), _texts("notes")
    prepared = _texts("prepared_by")
    # The examples have some of each, so the check means something.
    assert evidence
    assert owners
    assert prepared
    everything = _everything(published)
    # A short owner such as "Lived Experience Lead" may be words of the roadmap's own, shown anyway.
    roadmap_words = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "roadmap").rglob("*.yaml"))
    checked = [t for t in [*evidence, *owners, *notes, *prepared] if t not in roadmap_words]
    assert len(checked) > len(evidence)
    for text in checked:
        # Each as it would be written in HTML too: quotes and ampersands escaped.
        for form in {text, text.replace("&", "&amp;").replace("'", "&#39;").replace('"', "&#34;")}:
            assert form not in everything, f"{text!r} is published without being asked for"
    assert "Owner:" not in everything
    assert "Prepared by" not in everything
    rows = json.loads((published / "data" / "ratings.json").read_text(encoding="utf-8"))
    assert "evidence" not in rows[0]
    assert "owner" not in rows[0]
    method = (published / "method.html").read_text(encoding="utf-8")
    assert "--include-evidence" in method
    assert "--include-owners" in method


def test_evidence_and_owners_are_published_when_asked(tmp_path: Path) -> None:
    code, output = publish(
        tmp_path / "site", EXAMPLES_DIR, options=("--include-evidence", "--include-owners")
    )
    assert code == 0, output
    everything = _everything(tmp_path / "site")
    some_owner = _texts("owner")[0]
    assert some_owner.replace("&", "&amp;") in everything
    rows = json.loads((tmp_path / "site" / "data" / "ratings.json").read_text(encoding="utf-8"))
    assert any(row["evidence"] for row in rows)
    assert "Nothing is left out" in (tmp_path / "site" / "method.html").read_text(encoding="utf-8")


def test_two_runs_give_byte_identical_sites(published: Path, tmp_path: Path) -> None:
    code, output = publish(tmp_path / "again", EXAMPLES_DIR)
    assert code == 0, output
    assert site_files(tmp_path / "again") == site_files(published)


def test_the_generation_date_comes_from_source_date_epoch(published: Path) -> None:
    assert "Generated 2024-04-02 09:30 UTC" in (published / "index.html").read_text(encoding="utf-8")


def test_an_input_with_errors_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    bad = tmp_path / "inputs" / "bad.yaml"
    bad.parent.mkdir()
    text = EXAMPLES[0].read_text(encoding="utf-8")
    bad.write_text(text.replace("period: ", "period: 20", 1), encoding="utf-8")
    code, output = publish(tmp_path / "site", EXAMPLES_DIR, bad.parent)
    assert code == 1
    assert "bad.yaml:" in output
    assert " error " in output
    assert not (tmp_path / "site").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["inputs"]  # no temporary folder left behind


def test_an_existing_site_needs_force_and_is_then_replaced(tmp_path: Path) -> None:
    target = tmp_path / "site"
    assert publish(target, EXAMPLES[0])[0] == 0
    code, output = publish(target, EXAMPLES_DIR)
    assert code == 2
    assert "add --force to replace it" in output
    assert not (target / "systems" / "XB2").exists()
    code, output = publish(target, EXAMPLES_DIR, options=("--force",))
    assert code == 0, output
    assert (target / "systems" / "XB2").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_folder_of_other_files_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me", encoding="utf-8")
    code, output = publish(target, EXAMPLES_DIR, options=("--force",))
    assert code == 2
    assert "is not a site cmhroadmap published" in output
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_refuses_a_folder_that_holds_the_inputs(tmp_path: Path) -> None:
    inputs = tmp_path / "region"
    inputs.mkdir()
    (inputs / "a.yaml").write_bytes(EXAMPLES[0].read_bytes())
    code, output = publish(tmp_path, inputs / "a.yaml")
    assert code == 2
    assert "holds input files" in output


def test_an_empty_folder_is_written_into(tmp_path: Path) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    code, output = publish(target, EXAMPLES[0])
    assert code == 0, output
    assert (target / "index.html").is_file()
    assert oct(target.stat().st_mode & 0o777) == oct(0o777 & ~_umask())


def test_missing_folders_are_made_and_said_as_for_every_output(tmp_path: Path) -> None:
    target = tmp_path / "region" / "2024" / "site"
    code, output = publish(target, EXAMPLES[0])
    assert code == 0, output
    assert f"Made the folder {tmp_path / 'region'}" in output
    assert (target / "index.html").is_file()


def test_a_file_in_the_way_of_the_folder_is_a_usage_error_and_nothing_is_written(tmp_path: Path) -> None:
    (tmp_path / "region").write_text("notes", encoding="utf-8")
    code, output = publish(tmp_path / "region" / "site", EXAMPLES[0])
    assert code == 2
    assert "region is a file" in output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["region"]
    assert (tmp_path / "region").read_text(encoding="utf-8") == "notes"


def test_no_assessment_is_a_usage_error(tmp_path: Path) -> None:
    validation = next(EXAMPLES_DIR.rglob("*.validation.yaml"))
    code, output = publish(tmp_path / "site", validation)
    assert code == 2
    assert "nothing to publish" in output


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_the_site_folder_is_named_with_its_escapes_shown(tmp_path: Path) -> None:
    code, output = publish(tmp_path / "\x1b[31mred", EXAMPLES[0])
    assert code == 0, output
    assert "\x1b" not in output
    assert "\\x1b[31mred; open " in output


def test_review_notes_and_retired_entries_are_never_published() -> None:
    from cmhroadmap.assessment.model import DeliverableRating
    from cmhroadmap.site.publication import Publication

    data = load_yaml(EXAMPLES[0], str(EXAMPLES[0])).data
    assessment = Assessment.model_validate(data)
    key = next(iter(assessment.deliverables))
    entry = assessment.deliverables[key].model_copy(update={"review": "check the split"})
    kept = DeliverableRating(rating=3, evidence="old evidence", owner="A Person")
    marked = assessment.model_copy(
        update={"deliverables": {**assessment.deliverables, key: entry}, "retired": {"gone": kept}}
    )
    everything = Publication(include_evidence=True, include_owners=True).redact(marked)
    assert everything.retired == {}
    assert everything.deliverables[key].review is None
    assert everything.deliverables[key].evidence == entry.evidence
