"""Every free-text field of every input kind, through every output: nothing in it is live there.

Each field of an assessment and of a validation file carries a payload tagged with the field's name:
terminal escapes, a bell, C1 controls, bidi overrides, bare addresses, HTML and a formula. Every
output is then checked for what would be live in it: a raw control or bidi character anywhere, an
element in HTML, a link GitHub would make in Markdown, and a JSON string that is not escaped.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from ruamel.yaml import YAML
from typer.testing import CliRunner, Result

from cmhroadmap.cli import app
from cmhroadmap.safe.text import CONTROL_CHARACTER
from tests.conftest import REPO

SOURCE = REPO / "assessments" / "north-riverside"
RICH_STYLE = re.compile(r"\x1b\[[0-9;]*m")
# What GitHub's Markdown turns into a link with no markup at all (its autolink extension).
GFM_AUTOLINK = re.compile(r"(?i)(?:\b(?:https?|ftp)://|\bwww\.|[A-Za-z0-9._+-]@[A-Za-z0-9_-])")
runner = CliRunner()


def payload(tag: str, *, c0: bool = True) -> str:
    controls = "\x1b[31mred\x07 \x85\x9b \u202eevil\u2066 " if c0 else ""
    return (
        f"[{tag}] {controls}https://evil.example/{tag} "
        f"www.evil.example a@evil.example <script>alert(1)</script> =1+1"
    )


def _yaml() -> YAML:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.width = 4096
    return yaml


def _poison_assessment(data: Any, *, c0: bool = True) -> None:
    data["organisation"]["name"] = payload("organisation", c0=c0)
    data["prepared_by"] = payload("prepared_by", c0=c0)
    data["notes"] = payload("notes", c0=c0)
    for key, entry in data["deliverables"].items():
        if not isinstance(entry, dict):
            continue
        for field in ("evidence", "owner", "notes"):
            entry[field] = payload(f"{field}:{key}", c0=c0)
        for acknowledged in entry.get("acknowledged", {}) or {}:
            entry["acknowledged"][acknowledged] = payload(f"acknowledged:{key}", c0=c0)


def _poison_validation(data: Any) -> None:
    data["validator"]["name"] = payload("validator")
    data["validator"]["role"] = payload("role")
    data["notes"] = payload("validation-notes")
    for key, entry in data["deliverables"].items():
        if isinstance(entry, dict):
            entry["note"] = payload(f"note:{key}")


@pytest.fixture(scope="module")
def region(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-region") / "region"
    folder.mkdir()
    yaml = _yaml()
    for path in sorted(SOURCE.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"))
        (_poison_validation if path.name.endswith(".validation.yaml") else _poison_assessment)(data)
        with (folder / path.name).open("w", encoding="utf-8") as out:
            yaml.dump(data, out)
    return folder


def run(*args: str) -> Result:
    result = runner.invoke(app, list(args), env={"NO_COLOR": "1", "SOURCE_DATE_EPOCH": "0"})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"the command raised {result.exception!r}") from result.exception
    assert result.exit_code == 0, result.output
    return result


def assert_inert_text(text: str, where: str) -> None:
    found = CONTROL_CHARACTER.search(RICH_STYLE.sub("", text))
    assert found is None, f"{where}: raw U+{ord(found.group()):04X}"


def assert_inert_html(text: str, where: str) -> None:
    assert_inert_text(text, where)
    assert "<script>alert" not in text, where
    assert not re.search(r"""(?i)(?:href|src|action)\s*=\s*["']?[^"'>]*evil""", text), f"{where}: a live link"


def assert_inert_markdown(text: str, where: str) -> None:
    assert_inert_text(text, where)
    # The tool's own links, written as links, are meant; text outside them must not become one.
    # (Markdown links and <https://...> autolinks; user text cannot write "<", which is escaped.)
    own = re.sub(r"<https?://[^>\s]*>", "<>", re.sub(r"\]\([^)\s]*\)", "]()", text))
    found = GFM_AUTOLINK.search(own)
    assert found is None, f"{where}: GitHub would link {text[found.start() : found.start() + 30]!r}"
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    assert "<script>alert" not in rendered, where
    assert "evil.example" not in "".join(re.findall(r'href="([^"]*)"', rendered)), where


def assert_inert_json(text: str, where: str) -> None:
    assert_inert_text(text, where)
    json.loads(text)  # still JSON, with the characters escaped inside its strings


def tags(text: str) -> set[str]:
    """The fields whose text reached an output (Markdown escapes the brackets and underscores)."""
    return set(re.findall(r"\[([a-z_:-]+)\]", re.sub(r"\\(.)", r"\1", text)))


def test_the_region_carries_the_payload(region: Path) -> None:
    text = "".join(path.read_text(encoding="utf-8") for path in region.iterdir())
    assert "validator" in tags(text)
    assert "\\e[31m" in text or "\x1b" in text


def test_terminal(region: Path) -> None:
    for fmt in ("text", "json"):
        out = run("assess", str(region / "2023-24.yaml"), "--format", fmt).stdout
        (assert_inert_json if fmt == "json" else assert_inert_text)(out, f"assess {fmt}")
        assert {"organisation", "validator"} <= tags(out)


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_reports(region: Path, fmt: str) -> None:
    check = assert_inert_markdown if fmt == "markdown" else assert_inert_html
    report = run("report", str(region / "2023-24.yaml"), "--format", fmt).stdout
    check(report, f"report {fmt}")
    assert {"organisation", "validator", "role", "evidence:joint-governance"} <= tags(report)
    compare = run("compare", *(str(p) for p in sorted(region.glob("20??-??.yaml"))), "--format", fmt).stdout
    check(compare, f"compare {fmt}")
    assert "organisation" in tags(compare)
    benchmark = run("benchmark", str(region), "--period", "2023/24", "--format", fmt).stdout
    check(benchmark, f"benchmark {fmt}")
    assert "organisation" in tags(benchmark)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export(region: Path, fmt: str) -> None:
    out = run("export", str(region), "--format", fmt).stdout
    if fmt == "json":
        assert_inert_json(out, "export json")
        rows = json.loads(out)
        # The escapes are JSON's own: reading the file back gives the text as it was written.
        assert any(str(row.get("evidence", "")).startswith("[evidence:") for row in rows)
    else:
        assert_inert_text(out, "export csv")
    assert "evidence:joint-governance" in tags(out)


def _site_files(root: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(root.rglob("*")):
        if path.is_file():
            yield path.relative_to(root).as_posix(), path.read_text(encoding="utf-8")


def test_site(region: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    run("publish", str(region), "-o", str(site), "--include-evidence", "--include-owners")
    seen: set[str] = set()
    for name, text in _site_files(site):
        if name.endswith(".html"):
            assert_inert_html(text, name)
        elif name.endswith(".json"):
            assert_inert_json(text, name)
        else:
            assert_inert_text(text, name)
        seen |= tags(text)
    assert {"organisation", "validator", "evidence:joint-governance", "owner:joint-governance"} <= seen


def test_workbook_refuses_what_excel_cannot_hold(region: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["workbook", "export", str(region / "2023-24.yaml"), "-o", str(tmp_path / "a.xlsx")]
    )
    assert result.exit_code == 1
    assert result.output
    for line in result.output.splitlines():
        assert " error not-for-excel: " in line, line
        assert_inert_text(line, "problem line")
    assert list(tmp_path.iterdir()) == []


def test_workbook(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    # Excel cannot store control characters: an export with them is refused at their places (above),
    # so here the payload has the rest: addresses, HTML and a formula.
    yaml = _yaml()
    data = yaml.load((SOURCE / "2023-24.yaml").read_text(encoding="utf-8"))
    _poison_assessment(data, c0=False)
    with (tmp_path / "a.yaml").open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    target = tmp_path / "a.xlsx"
    run("workbook", "export", str(tmp_path / "a.yaml"), "-o", str(target))
    book = load_workbook(io.BytesIO(target.read_bytes()))
    seen: set[str] = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert_inert_text(value, f"{sheet.title} cell")
                    assert not value.startswith(("=", "+", "-", "@")), value
                    seen |= tags(value)
    assert {"organisation", "evidence:joint-governance"} <= seen


@pytest.mark.parametrize("fmt", ["markdown", "html", "docx"])
def test_board_paper(region: Path, tmp_path: Path, fmt: str) -> None:
    from docx import Document

    target = tmp_path / f"paper.{ {'markdown': 'md', 'html': 'html', 'docx': 'docx'}[fmt] }"
    run("paper", str(region / "2023-24.yaml"), "-o", str(target))
    if fmt == "docx":
        document = Document(str(target))
        text = "\n".join(p.text for p in document.paragraphs)
        text += "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
        assert_inert_text(text, "paper docx")
    else:
        text = target.read_text(encoding="utf-8")
        (assert_inert_markdown if fmt == "markdown" else assert_inert_html)(text, f"paper {fmt}")
    assert "organisation" in tags(text)
