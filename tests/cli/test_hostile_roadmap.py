"""Hostile text in a custom --roadmap and in exported cells: refused or made inert, never passed on."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from cmhroadmap.cli import app
from tests.conftest import DATA, REPO

runner = CliRunner()
EXAMPLE = REPO / "assessments" / "north-riverside" / "2023-24.yaml"
TITLE = "    title: Model designed and co-produced with service users, carers & communities"
URL = "        url: https://www.gov.uk\n"


def snapshot(directory: Path) -> dict[str, bytes]:
    files = sorted(path for path in directory.rglob("*") if path.is_file())
    return {str(path.relative_to(directory)): path.read_bytes() for path in files}


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, text: str) -> int:
    """The line `text` starts on: the data's line numbers move whenever the roadmap's notes change."""
    content = path.read_text(encoding="utf-8")
    return content[: content.index(text)].count("\n") + 1


def test_escapes_and_link_breakouts_in_a_roadmap_are_refused_at_their_place(roadmap_copy: Path) -> None:
    title_line = line_of(roadmap_copy / "model-development.yaml", TITLE)
    url_line = line_of(roadmap_copy / "care-provision.yaml", URL)
    replace(roadmap_copy / "model-development.yaml", TITLE, '    title: "Model \\e[31mdesigned\\u202e"')
    replace(
        roadmap_copy / "care-provision.yaml",
        URL,
        '        url: "https://www.gov.uk>)[x](javascript:alert(1)"\n',
    )
    shutil.copy(EXAMPLE, "a.yaml")
    before = snapshot(roadmap_copy.parent)
    result = runner.invoke(app, ["validate", "--roadmap", "roadmap", "a.yaml"])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"roadmap/care-provision.yaml:{url_line}:14: error invalid-url: url: write a web address "
        "starting https:// (or http://), with no spaces, quotes, angle brackets or other characters "
        "a link cannot hold, such as https://www.england.nhs.uk/",
        f"roadmap/model-development.yaml:{title_line}:12: error control-character: title: contains an "
        "invisible control character (U+001B); delete it",
        "the roadmap has errors, so nothing else was checked; 2 errors",
    ]
    assert snapshot(roadmap_copy.parent) == before


def test_a_title_cannot_break_out_of_the_markdown_reports_mermaid_block(roadmap_copy: Path) -> None:
    title = '    title: "Model designed\\n```\\n<script>alert(1)</script>\\n```mermaid\\n[x](javascript:y)"'
    replace(roadmap_copy / "model-development.yaml", TITLE, title)
    shutil.copy(EXAMPLE, "a.yaml")
    result = runner.invoke(app, ["report", "--roadmap", "roadmap", "--format", "markdown", "a.yaml"])
    assert result.exit_code == 0, result.output
    tokens = MarkdownIt("commonmark").parse(result.stdout)
    assert [t.type for t in tokens if t.type.startswith("html")] == []
    [diagram] = [t for t in tokens if t.type == "fence" and t.info == "mermaid"]
    assert diagram.content.startswith("flowchart LR\n")
    assert "Model designed #96;#96;#96; #lt;script#gt;" in diagram.content
    html = MarkdownIt("commonmark").render(result.stdout)
    assert "<script" not in html
    assert 'href="javascript' not in html


def test_csv_export_shows_control_characters_instead_of_writing_them(tmp_path: Path) -> None:
    text = (DATA / "hostile" / "rating-huge" / "input.yaml").read_text(encoding="utf-8")
    text = text.replace("rating: 99999999999999999999999999", "rating: 3")
    text = text.replace("owner: Head of Eating Disorder Services", 'owner: "Dir\\e[2J\\a\\x85\\u202eector"')
    text = text.replace("evidence: Board meets monthly.", "evidence: \"=cmd|' /C calc'!A0 \\e]8;;x\\e\\\\\"")
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    mini = DATA / "roadmaps" / "mini"
    result = runner.invoke(app, ["export", "--roadmap", str(mini), str(tmp_path / "a.yaml")])
    assert result.exit_code == 0, result.output
    for char in "\x1b\x07\x85\u202e":
        assert char not in result.stdout
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    owners = [r["owner"] for r in rows if r["owner"].startswith("Dir")]
    assert owners == ["Dir\\x1b[2J\\x07\\x85\\x202eector"]
    evidence = [r["evidence"] for r in rows if "calc" in r["evidence"]]
    assert evidence == ["'=cmd|' /C calc'!A0 \\x1b]8;;x\\x1b\\"]


def test_a_column_file_outside_the_roadmap_folder_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(DATA / "roadmaps" / "mini", "rm")
    Path(".env").write_text("SECRET_TOKEN=abc123\n", encoding="utf-8")
    Path("rm/link.yaml").symlink_to("../.env")
    main = Path("rm/roadmap.yaml")
    replace(main, "file: model.yaml", "file: ../.env")
    replace(main, "file: care.yaml", "file: /etc/passwd")
    replace(main, "file: cen.yaml", "file: link.yaml")
    replace(main, "file: rehab.yaml", "file: 'C:\\Users\\x.yaml'")
    before = snapshot(tmp_path)
    result = runner.invoke(app, ["list", "--roadmap", "rm"])
    assert result.exit_code == 1
    advice = "name a file in the roadmap's own folder, such as model-development.yaml"
    assert result.output.splitlines() == [
        f"rm/roadmap.yaml:21:69: error file-outside-roadmap: file: '../.env' leads out of the roadmap's "
        f"folder with '..'; {advice}",
        f"rm/roadmap.yaml:22:64: error file-outside-roadmap: file: '/etc/passwd' is a path from the top "
        f"of a disk; {advice}",
        f"rm/roadmap.yaml:28:53: error file-outside-roadmap: file: 'link.yaml' is a link to a file "
        f"outside the roadmap's folder; {advice}",
        "rm/roadmap.yaml:29:69: error file-outside-roadmap: file: 'C:\\Users\\x.yaml' is a path from "
        f"the top of a disk; {advice}",
    ]
    assert "SECRET" not in result.output
    assert snapshot(tmp_path) == before


def test_a_deliverable_id_windows_keeps_for_a_device_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each deliverable becomes deliverables/<id>.html when published; con.html cannot exist on Windows.
    monkeypatch.chdir(tmp_path)
    shutil.copytree(DATA / "roadmaps" / "mini", "rm")
    replace(Path("rm/model.yaml"), "  - id: governance", "  - id: con")
    before = snapshot(tmp_path)
    result = runner.invoke(app, ["list", "--roadmap", "rm"])
    assert result.exit_code == 1
    assert (
        "rm/model.yaml:2:9: error reserved-name: id: 'con' is a name Windows keeps for a device (as are "
        "CON, PRN, AUX, NUL, COM1-9 and LPT1-9), and it becomes a file name when published; choose another"
    ) in result.output.splitlines()
    assert snapshot(tmp_path) == before
