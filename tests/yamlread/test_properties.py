"""Property-based tests: however a valid file is mangled, `validate` ends cleanly and places every problem.

Each test starts from a clean file, either tests/data/valid/assessment/mini-complete.yaml (checked
against the mini roadmap) or one of the bundled examples under assessments/ (checked against the
bundled roadmap), mangles it, and runs `cmhroadmap validate` on the result. Whatever the input, the
run ends with exit status 0 or 1 and no exception, and every problem line names the file with a line
and column inside it. Edits that do not change the meaning leave a valid file valid.

The examples are derandomised, so every run, here or in CI, tries the same inputs.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from cmhroadmap.cli import app
from cmhroadmap.cycle import validate as validation
from cmhroadmap.problems.problem import ProblemsFound
from cmhroadmap.roadmap.loader import load_roadmap
from cmhroadmap.roadmap.roadmap import RoadmapResult
from cmhroadmap.yamlread.fast import fast_load, fast_positions
from cmhroadmap.yamlread.limits import MAX_DEPTH, MAX_INT_DIGITS, MAX_VALUES
from cmhroadmap.yamlread.source import parse_yaml
from tests.conftest import DATA, REPO

MINI_ROADMAP = DATA / "roadmaps" / "mini"
MINI_FILE = DATA / "valid" / "assessment" / "mini-complete.yaml"
BUNDLED_FILES = sorted((REPO / "assessments").rglob("*.yaml"))
NAME = "mutated.yaml"
PROBLEM_LINE = re.compile(rf"^{re.escape(NAME)}:(\d+):(\d+): (error|warning|note) ([a-z0-9-]+): .+$")
# Line breaks as YAML counts them.
LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- )?(?P<key>[A-Za-z0-9_][\w-]*):(?P<rest>(?: .*)?)$")

runner = CliRunner()


# For a deeper search on a developer's machine: CMHROADMAP_PROPERTY_SCALE=20 runs 20 times as many
# examples, and CMHROADMAP_PROPERTY_RANDOM=1 draws fresh ones instead of the fixed sequence.
SCALE = float(os.environ.get("CMHROADMAP_PROPERTY_SCALE", "1"))
RANDOM = bool(os.environ.get("CMHROADMAP_PROPERTY_RANDOM"))


def examples(count: int) -> settings:
    """Reproducible settings; a run on a bundled example costs about 0.1 s, so counts stay modest."""
    return settings(
        max_examples=max(1, int(count * SCALE)),
        deadline=None,
        derandomize=not RANDOM,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@cache
def _cached_roadmap(directory: Path | None) -> RoadmapResult:
    return load_roadmap(directory)


@pytest.fixture(scope="module", autouse=True)
def _workdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A working directory for the whole module, and the roadmap loaded once rather than per run.

    Loading the bundled roadmap takes most of a run's time; the roadmaps are not what is mutated.
    """
    workdir = tmp_path_factory.mktemp("properties")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(workdir)
        patch.setattr(validation, "load_roadmap", _cached_roadmap)
        yield workdir


def roadmap_args(base: Path) -> list[str]:
    return ["--roadmap", str(MINI_ROADMAP)] if base == MINI_FILE else []


def assessment_of(base: Path) -> list[str]:
    """A validation file is checked with the assessment it validates; that file's own lines are set aside."""
    suffix = ".validation.yaml"
    return (
        [str(base.with_name(base.name.removesuffix(suffix) + ".yaml"))] if base.name.endswith(suffix) else []
    )


def run_validate(data: bytes, base: Path) -> Result:
    """Validate `data` as a file against the base file's roadmap; check what holds for any input."""
    Path(NAME).write_bytes(data)
    companion = assessment_of(base)
    result = runner.invoke(app, ["validate", *roadmap_args(base), *companion, NAME])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"validate raised {result.exception!r}") from result.exception
    assert result.exit_code in (0, 1), result.output
    *problems, _summary = result.stdout.splitlines()
    problems = [line for line in problems if not any(line.startswith(f"{path}:") for path in companion)]
    lengths = line_lengths(data)
    severities = set()
    for line in problems:
        match = PROBLEM_LINE.match(line)
        assert match is not None, line
        number, column = int(match.group(1)), int(match.group(2))
        assert 1 <= number <= len(lengths), (line, len(lengths))
        assert 1 <= column <= lengths[number - 1] + 1, (line, lengths[number - 1])
        severities.add(match.group(3))
    assert (result.exit_code == 1) == ("error" in severities)
    return result


def line_lengths(data: bytes) -> list[int]:
    """The length in characters of each line of the file as the parser sees it (the last may be empty)."""
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    return [len(line) for line in LINE_BREAK.split(text)]


def problem_codes(result: Result) -> list[tuple[str, str]]:
    matches = [PROBLEM_LINE.match(line) for line in result.stdout.splitlines()]
    return sorted((m.group(3), m.group(4)) for m in matches if m is not None)


# --- Mutations -------------------------------------------------------------------------------------


def key_lines(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if KEY_LINE.match(line.rstrip("\r\n"))]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def block_end(lines: list[str], start: int) -> int:
    """The index just past the key at `start` and everything indented under it."""
    match = KEY_LINE.match(lines[start].rstrip("\r\n"))
    assert match is not None
    level = len(match.group("indent")) + (2 if match.group("dash") else 0)
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and not line.lstrip().startswith("#") and _indent(line) <= level:
            break
        end += 1
    return end


SCALARS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(
        ["0", "5", "3.5", "-1", ".inf", ".nan", "0x1F", "1e9", "null", "~", "true", "false", "yes", "no"]
    ),
    # Numbers YAML 1.2 spells in ways the fast reading leaves to the careful one, and near misses.
    st.sampled_from(
        ["0b11", "0o7", "1_000", "1_0.5", "+_", "0x_", ".5e3", "-.5e+3", "010", "1.", "=", "12:30"]
    ),
    # Numbers too long for int() (Python refuses over 4,300 digits), in decimal and in hex.
    st.integers(min_value=21, max_value=6000).map(lambda n: "9" * n),
    st.integers(min_value=1, max_value=6000).map(lambda n: "0x" + "f" * n),
    st.sampled_from(["2024-02-30", "2024-13-01", "28/03/2024", "2024/26", "2023/24", "2024-03-28", "mini-1"]),
    st.text(max_size=30).map(json.dumps),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=20),
)
FLOW = st.one_of(
    st.lists(SCALARS, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
    st.dictionaries(st.sampled_from(["a", "rating", "by", "name", "x"]), SCALARS, max_size=3).map(
        lambda pairs: "{" + ", ".join(f"{k}: {v}" for k, v in pairs.items()) + "}"
    ),
)
# A new value for a key: a scalar or flow collection on the key's line, or a block under it.
NEW_VALUES = st.one_of(
    SCALARS.map(lambda v: (v, [])),
    FLOW.map(lambda v: (v, [])),
    st.just(("", [])),
    st.lists(SCALARS, min_size=1, max_size=3).map(lambda items: ("", [f"- {item}" for item in items])),
    st.dictionaries(
        st.sampled_from(["rating", "evidence", "name", "zz"]), SCALARS, min_size=1, max_size=3
    ).map(lambda pairs: ("", [f"{k}: {v}" for k, v in pairs.items()])),
)
# Any text at all, control characters and unpaired surrogates' neighbours included.
WILD_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40)
# Text a comment can hold without ending or changing anything: letters, marks, digits, punctuation.
COMMENT_TEXT = st.text(alphabet=st.characters(categories=["L", "M", "N", "P", "S", "Zs"]), max_size=40)
LONG_TEXT = st.builds(
    lambda char, n: char * n,
    st.sampled_from(["x", "é", "語", " ", "\u202e", "-"]),
    st.integers(1_000, 100_000),
)


@st.composite
def structural_edit(draw: st.DrawFn, lines: list[str]) -> list[str]:
    """Drop, duplicate, retype or rename one key, with everything under it."""
    keys = key_lines(lines)
    if not keys:
        return lines
    start = draw(st.sampled_from(keys))
    end = block_end(lines, start)
    match = KEY_LINE.match(lines[start].rstrip("\r\n"))
    assert match is not None
    prefix = match.group("indent") + (match.group("dash") or "")
    level = len(prefix)
    operation = draw(st.sampled_from(["drop", "duplicate", "retype", "rename"]))
    if operation == "drop":
        return lines[:start] + lines[end:]
    if operation == "duplicate":
        # The copy goes right after the block; a copied list item becomes a second item.
        copy = lines[start:end]
        return lines[:end] + copy + lines[end:]
    if operation == "retype":
        inline, block = draw(NEW_VALUES)
        head = f"{prefix}{match.group('key')}: {inline}".rstrip() + "\n"
        body = [" " * (level + 2) + item + "\n" for item in block]
        return [*lines[:start], head, *body, *lines[end:]]
    new_key = draw(
        st.one_of(
            st.sampled_from(
                ["rating", "evidence", "roadmap", "notes", "governance", "zz", "Rating", "123", "null"]
            ),
            st.text(alphabet="abcdefghijklmnopqrstuvwxyz_-0123456789", min_size=1, max_size=30),
            WILD_TEXT.map(json.dumps),
        )
    )
    return [
        *lines[:start],
        f"{prefix}{new_key}:{match.group('rest')}\n",
        *lines[start + 1 : end],
        *lines[end:],
    ]


@st.composite
def corrupt_value(draw: st.DrawFn, lines: list[str]) -> list[str]:
    """Replace one key's value with wild text: raw or quoted, control characters, very long."""
    keys = key_lines(lines)
    if not keys:
        return lines
    start = draw(st.sampled_from(keys))
    match = KEY_LINE.match(lines[start].rstrip("\r\n"))
    assert match is not None
    text = draw(st.one_of(WILD_TEXT, LONG_TEXT))
    value = draw(st.sampled_from([text, json.dumps(text), json.dumps(text, ensure_ascii=False)]))
    prefix = match.group("indent") + (match.group("dash") or "")
    return [*lines[:start], f"{prefix}{match.group('key')}: {value}\n", *lines[start + 1 :]]


@st.composite
def line_edit(draw: st.DrawFn, lines: list[str]) -> list[str]:
    """Swap, drop or repeat whole lines."""
    if len(lines) < 2:
        return lines
    first = draw(st.integers(0, len(lines) - 1))
    second = draw(st.integers(0, len(lines) - 1))
    operation = draw(st.sampled_from(["swap", "drop", "repeat"]))
    result = list(lines)
    if operation == "swap":
        result[first], result[second] = result[second], result[first]
    elif operation == "drop":
        del result[first]
    else:
        result.insert(second, lines[first])
    return result


def edits(
    strategy: Callable[[list[str]], st.SearchStrategy[list[str]]],
) -> Callable[[str], st.SearchStrategy[str]]:
    """One to three edits of the given kind, applied in turn to the file's lines."""

    @st.composite
    def apply(draw: st.DrawFn, text: str) -> str:
        lines = text.splitlines(keepends=True)
        for _ in range(draw(st.integers(1, 3))):
            lines = draw(strategy(lines))
        return "".join(lines)

    return apply


@st.composite
def byte_edit(draw: st.DrawFn, data: bytes) -> bytes:
    """Cut the file short, or put random bytes anywhere in it."""
    at = draw(st.integers(0, len(data)))
    if draw(st.booleans()):
        return data[:at]
    return data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]


# --- The properties --------------------------------------------------------------------------------

BASES = [MINI_FILE, *BUNDLED_FILES]
ANY_BASE = st.sampled_from(BASES)


@cache
def base_text(base: Path) -> str:
    return base.read_text(encoding="utf-8")


@pytest.mark.parametrize("base", BASES, ids=lambda path: path.relative_to(REPO).as_posix())
def test_clean_files_are_valid(base: Path) -> None:
    result = run_validate(base.read_bytes(), base)
    assert result.exit_code == 0
    assert not [code for severity, code in problem_codes(result) if severity == "error"]


@examples(100)
@given(data=st.data())
def test_structural_edits_of_the_mini_file(data: st.DataObject) -> None:
    text = data.draw(edits(structural_edit)(base_text(MINI_FILE)))
    run_validate(text.encode("utf-8"), MINI_FILE)


@examples(40)
@given(data=st.data())
def test_structural_edits_of_the_bundled_examples(data: st.DataObject) -> None:
    base = data.draw(st.sampled_from(BUNDLED_FILES))
    text = data.draw(edits(structural_edit)(base_text(base)))
    run_validate(text.encode("utf-8"), base)


@examples(50)
@given(data=st.data())
def test_corrupted_values(data: st.DataObject) -> None:
    base = data.draw(ANY_BASE)
    text = data.draw(edits(corrupt_value)(base_text(base)))
    run_validate(text.encode("utf-8", errors="surrogatepass"), base)


@examples(50)
@given(data=st.data())
def test_swapped_dropped_and_repeated_lines(data: st.DataObject) -> None:
    base = data.draw(ANY_BASE)
    text = data.draw(edits(line_edit)(base_text(base)))
    run_validate(text.encode("utf-8"), base)


@examples(80)
@given(data=st.data())
def test_truncated_files_and_random_bytes(data: st.DataObject) -> None:
    base = data.draw(ANY_BASE)
    mangled = data.draw(byte_edit(base.read_bytes()))
    run_validate(mangled, base)


@st.composite
def neutral_edit(draw: st.DrawFn, text: str) -> str:
    """An edit that keeps the meaning: comments, blank lines, top-level order, line endings, a BOM."""
    lines = text.splitlines(keepends=True)
    operation = draw(st.sampled_from(["comment", "blank", "reorder", "crlf", "bom"]))
    if operation == "crlf":
        return text.replace("\n", "\r\n")
    if operation == "bom":
        return "\ufeff" + text
    top = [i for i in key_lines(lines) if not lines[i].startswith((" ", "-"))]
    if operation == "reorder" and len(top) >= 2:
        first, second = sorted(draw(st.lists(st.sampled_from(top), min_size=2, max_size=2, unique=True)))
        a, b = (first, block_end(lines, first)), (second, block_end(lines, second))
        return "".join(
            lines[: a[0]] + lines[b[0] : b[1]] + lines[a[1] : b[0]] + lines[a[0] : a[1]] + lines[b[1] :]
        )
    at = draw(st.sampled_from(top or [0]))
    note = "\n" if operation == "blank" else "# " + draw(COMMENT_TEXT) + "\n"
    return "".join([*lines[:at], note, *lines[at:]])


@examples(50)
@given(data=st.data())
def test_edits_that_keep_the_meaning_keep_a_valid_file_valid(data: st.DataObject) -> None:
    base = data.draw(ANY_BASE)
    text = data.draw(neutral_edit(base_text(base)))
    result = run_validate(text.encode("utf-8"), base)
    assert result.exit_code == 0, result.stdout
    assert problem_codes(result) == clean_codes(base)


@cache
def clean_codes(base: Path) -> list[tuple[str, str]]:
    return problem_codes(run_validate(base.read_bytes(), base))


@examples(20)
@given(data=st.data())
def test_assess_and_report_survive_whatever_validate_survives(data: st.DataObject) -> None:
    """The commands that go on to use the ratings end cleanly too, and write a report only when whole."""
    kind = data.draw(st.sampled_from([structural_edit, corrupt_value]))
    text = data.draw(edits(kind)(base_text(MINI_FILE)))
    Path(NAME).write_text(text, encoding="utf-8", errors="surrogatepass")
    Path("report.html").unlink(missing_ok=True)
    roadmap = ["--roadmap", str(MINI_ROADMAP)]
    for args in (
        ["assess", *roadmap, NAME],
        ["report", *roadmap, "--format", "html", "-o", "report.html", NAME],
    ):
        result = runner.invoke(app, args)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"{args[0]} raised {result.exception!r}") from result.exception
        assert result.exit_code in (0, 1), result.output
    written = Path("report.html")
    assert written.exists() == (result.exit_code == 0)
    if written.exists():
        assert written.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert sorted(path.name for path in Path().iterdir()) == sorted(
        {NAME, *(["report.html"] * written.exists())}
    )


@examples(60)
@given(data=st.data())
def test_fast_and_careful_readings_agree(data: st.DataObject) -> None:
    """What the fast reading accepts, the careful one (which places problems) reads the same way."""
    base = data.draw(ANY_BASE)
    kind = data.draw(st.sampled_from([structural_edit, corrupt_value, line_edit]))
    text = data.draw(edits(kind)(base_text(base)))
    plain, fast = fast_load(text, MAX_DEPTH, MAX_VALUES)
    if plain:
        careful = parse_yaml(text, NAME, fast=False)
        assert repr(careful.data) == repr(fast)  # repr, so that NaN equals NaN
        # And a problem found later is placed alike, whichever reading took the file (unless ruamel
        # failed on the text, by a fault of its own, and left it to libyaml).
        if careful.unlocated is None:
            assert fast_positions(text) == (careful.values, careful.keys)


INTEGER_LOOKALIKES = st.one_of(
    st.from_regex(r"\A[-+]?[0-9]{1,30}\Z"),
    st.from_regex(r"\A[-+]?0[xob][0-9a-fA-F_]{0,12}\Z"),
    st.from_regex(r"\A[-+]?[0-9][0-9_]{1,8}\Z"),
    st.from_regex(r"\A[0-9]{1,2}(:[0-5][0-9]){1,2}\Z"),
    st.integers(min_value=4000, max_value=6000).map(lambda n: "0x" + "1" * n),
)


@examples(200)
@given(number=INTEGER_LOOKALIKES, version=st.sampled_from(["", "%YAML 1.1\n---\n", "%YAML 1.2\n---\n"]))
def test_a_whole_number_is_decimal_and_short_or_refused_at_its_place(number: str, version: str) -> None:
    """Both readings: short decimal digits are that number; anything else YAML calls an integer is a
    located problem, never int()'s ValueError, never another number (0b100 as 4, 010 as 8)."""
    text = f"{version}a: x\nrating: {number}\n"
    line = version.count("\n") + 2
    for fast in (True, False):
        try:
            data = parse_yaml(text, NAME, fast=fast).data
        except ProblemsFound as found:
            [problem] = found.problems
            assert (problem.line, problem.column) == (line, 9), problem
            assert problem.code in ("not-decimal", "number-too-long"), problem
            continue
        value = data["rating"]
        if isinstance(value, int):
            digits = number.lstrip("+-")
            assert digits.isdigit()
            assert len(digits) <= MAX_INT_DIGITS
            assert value == int(number, 10)
        else:
            assert isinstance(value, str | float)  # text the models refuse, or a float such as 1_0.5
