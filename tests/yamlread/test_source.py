"""Reading YAML: positions of values and keys, and a clear problem for every kind of unreadable file."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmhroadmap.problems.problem import ProblemsFound
from cmhroadmap.yamlread import careful as yaml_careful
from cmhroadmap.yamlread import ruamel_setup
from cmhroadmap.yamlread import source as yaml_source
from cmhroadmap.yamlread.source import load_yaml, parse_yaml


def problems_of(text: str) -> list[str]:
    with pytest.raises(ProblemsFound) as caught:
        parse_yaml(text, "f.yaml")
    return [str(p) for p in caught.value.problems]


def test_positions_of_values_and_keys() -> None:
    document = parse_yaml("a: 1\nb:\n  - x\n  - {c: 2}\nd:\n  e: f\n", "f.yaml")
    assert document.data == {"a": 1, "b": ["x", {"c": 2}], "d": {"e": "f"}}
    assert document.locate(("a",)) == (1, 4)
    assert document.locate(("b", 0)) == (3, 5)
    assert document.locate(("b", 1, "c")) == (4, 9)
    assert document.locate(("d",), key=True) == (5, 1)
    assert document.locate(("d", "e")) == (6, 6)
    # An unknown path falls back to the nearest enclosing value.
    assert document.locate(("b", 1, "missing")) == (4, 5)


def test_dates_stay_text_so_models_can_judge_them() -> None:
    assert parse_yaml("d: 2024-02-30\n", "f.yaml").data == {"d": "2024-02-30"}


def reading_problems_of(text: str) -> list[str]:
    return [str(p) for p in parse_yaml(text, "f.yaml").reading_problems]


def test_a_tab_inside_text_says_to_quote_it() -> None:
    [line] = reading_problems_of("evidence: done\tmostly\n")
    assert line.startswith("f.yaml:1:15: error yaml-syntax:")
    assert line.endswith("a tab character is here; replace the tab with spaces, or put the text in quotes")
    assert parse_yaml('evidence: "done\tmostly"\n', "f.yaml").data == {"evidence": "done\tmostly"}


@pytest.mark.parametrize(("text", "key"), [("a: 1\na: 2\n", "a"), ("null: 1\n'null': 2\n", "null")])
def test_a_duplicate_key_is_reported_and_the_rest_still_read(text: str, key: str) -> None:
    """The file stays usable, with the first value, so its other problems show in the same run."""
    document = parse_yaml(text, "f.yaml")
    assert document.data == {key: 1}
    assert [str(p) for p in document.reading_problems] == [
        f'f.yaml:2:1: error duplicate-key: the key "{key}" is written twice here; delete one '
        "(the first is the one checked)"
    ]


def test_tab_indentation_says_what_to_do() -> None:
    [line] = reading_problems_of("a:\n\tb: 1\n")
    assert line.startswith("f.yaml:2:1: error yaml-syntax:")
    assert "indent with spaces, not tabs" in line


def test_reading_goes_on_past_tabs_as_if_they_were_spaces() -> None:
    """Each tab is one problem, and what follows is read, at the columns the user sees."""
    text = "top:\n  first:\n\trating: 9\n    evidence:\tx\n  second:\n\t\tn: [1,\n  2]\nlast:\tend\n"
    document = parse_yaml(text, "f.yaml")
    assert document.data == {
        "top": {"first": {"rating": 9, "evidence": "x"}, "second": {"n": [1, 2]}},
        "last": "end",
    }
    assert [(p.line, p.column) for p in document.reading_problems] == [(3, 1), (4, 14), (6, 1), (8, 6)]
    assert {p.code for p in document.reading_problems} == {"yaml-syntax"}
    assert document.locate(("top", "first", "rating")) == (3, 10)
    assert document.locate(("top", "second", "n")) == (6, 6)


def test_a_file_of_tabs_stops_after_so_many() -> None:
    text = "".join(f"k{n}:\n\tv: {n}\n" for n in range(30))
    problems = problems_of(text)
    assert len(problems) == 11
    assert all("a tab character is here" in line for line in problems)


def test_aliases_of_collections_are_refused() -> None:
    text = "a: &x [1, 2]\nb: *x\n"
    assert problems_of(text) == [
        "f.yaml:2:4: error yaml-alias: anchors and aliases (& and *) are not allowed"
    ]


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 9)]
    problems = problems_of("\n".join(lines) + "\n")
    assert problems
    assert all("yaml-alias" in line for line in problems)


def test_unknown_tags_are_refused() -> None:
    assert problems_of("a: !!python/object:os.system ls\n") == [
        "f.yaml:1:4: error unknown-tag: the tag !!python/object:os.system is not allowed"
    ]
    assert parse_yaml("a: !!str 5\n", "f.yaml").data == {"a": "5"}


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 5000 + "]" * 5000 + "\n",
        "".join(" " * i + f"k{i}:\n" for i in range(200)) + " " * 200 + "v: 1\n",
        "- " * 300 + "x\n",
    ],
    ids=["flow", "block", "dashes"],
)
def test_deep_nesting_is_refused_before_parsing(text: str) -> None:
    [line] = problems_of(text)
    assert " error too-deep: nested more than 40 levels deep" in line


def test_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\n")
    assert load_yaml(path, "bom.yaml").data == {"a": 1}


def test_invalid_utf8_points_at_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("a: 1\nb: caf\xe9\n".encode("latin-1"))
    with pytest.raises(ProblemsFound) as caught:
        load_yaml(path, "latin1.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "latin1.yaml:2:7: error not-utf8: byte 0xe9 is not valid UTF-8; save the file as UTF-8"
    ]


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda d: d / "missing.yaml", "file-not-found"),
        (lambda d: d, "not-a-file"),
    ],
    ids=["missing", "directory"],
)
def test_paths_that_are_not_files(tmp_path: Path, make: object, code: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ProblemsFound) as caught:
        load_yaml(path, "x.yaml")
    assert [p.code for p in caught.value.problems] == [code]


def test_oversized_file_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_source, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 200 + "\n", encoding="utf-8")
    with pytest.raises(ProblemsFound) as caught:
        load_yaml(path, "big.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "big.yaml:1:1: error file-too-large: file is 204 bytes, over the limit of 100"
    ]


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "careful"])
def test_both_readings_count_values_not_keys(monkeypatch: pytest.MonkeyPatch, fast: bool) -> None:
    """A limit of 50 values: a mapping of 49 pairs is 50 values with the root, and is read whole."""
    monkeypatch.setattr(yaml_source, "MAX_VALUES", 50)
    monkeypatch.setattr(ruamel_setup, "MAX_VALUES", 50)
    at_limit = "".join(f"k{i}: {i}\n" for i in range(49))
    assert len(parse_yaml(at_limit, "f.yaml", fast=fast).data) == 49
    # The fast reading hands a file over the limit to the careful one, which says where it stopped.
    assert problems_of(at_limit + "k49: 49\n") == [
        "f.yaml:50:6: error too-many-values: the file holds more than 50 values, "
        "far more than a roadmap or assessment file needs"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "a: &x true\nb: *x\n",  # ruamel keeps an anchored boolean as a number
        "a: 1\nb: [x, &y 2.5, *y]\n",
        "a:\n  - {b: c}\n  - d\n",
        "a: '010'\nb: 010\nc: .NaN\nd: -.inf\ne: ~\n",
    ],
)
def test_both_readings_give_the_same_data_and_positions(text: str) -> None:
    fast, careful = parse_yaml(text, "f.yaml"), parse_yaml(text, "f.yaml", fast=False)
    assert fast.unlocated is not None  # the fast reading took it
    assert repr(fast.data) == repr(careful.data)
    for loc in careful.values:
        assert fast.locate(loc) == careful.locate(loc)
    for loc in careful.keys:
        assert fast.locate(loc, key=True) == careful.locate(loc, key=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a: 1\nb: <<\n",
            "f.yaml:2:4: error yaml-merge: a plain << is a merge key to YAML; "
            "put it in quotes ('<<') to mean the text",
        ),
        ("a: !!binary aGk=\n", "f.yaml:1:4: error unknown-tag: the tag !!binary is not allowed"),
        # Standard tags on values they cannot hold, which ruamel fails on with a bare KeyError.
        ("a: 1\nb: !!bool x\n", "f.yaml:2:4: error unknown-tag: the tag !!bool is not allowed here"),
        ("a: !!set x\n", "f.yaml:1:4: error unknown-tag: the tag !!set is not allowed here"),
    ],
)
def test_what_only_the_careful_reading_can_judge(text: str, expected: str) -> None:
    assert problems_of(text) == [expected]


def test_a_text_ruamel_fails_on_by_a_fault_of_its_own_is_read_by_libyaml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Failing:
        def load(self, text: str) -> None:
            raise NotImplementedError("overlap in comment")  # as ruamel's comment handling once did

    monkeypatch.setattr(yaml_careful, "new_parser", Failing)
    text = 'evidence: # see annex\n  Some text\n\nnotes: "a\tb"\n'  # the tab sends it to ruamel
    document = parse_yaml(text, "f.yaml")
    assert document.data == {"evidence": "Some text", "notes": "a\tb"}
    assert document.locate(("notes",)) == (4, 8)
    # What libyaml cannot judge either is refused, saying what failed.
    assert problems_of("a: !!str x\nb:\tc\n") == [
        "f.yaml:1:1: error yaml-syntax: not readable as YAML (NotImplementedError: overlap in comment)"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "notes: # see annex\n  Some text\n\n2023: yes\n",  # ruamel's comment handling failed here
        "a: &x?y 1\n",  # the anchor's name is "x?y" to ruamel, "x" to libyaml
        "a: |#c\n  x\n",
        "? a\n: 1\n",
    ],
)
def test_texts_the_readings_take_differently_go_to_the_careful_one(text: str) -> None:
    try:
        careful: object = parse_yaml(text, "f.yaml", fast=False).data
    except ProblemsFound as found:
        careful = [str(p) for p in found.problems]
    try:
        either: object = parse_yaml(text, "f.yaml").data
    except ProblemsFound as found:
        either = [str(p) for p in found.problems]
    assert either == careful


@pytest.mark.parametrize(
    "text",
    ["[\n" * 30_000, "? " * 30_000 + "a\n", "- ? " * 15_000 + "a\n", "[#\n" * 30_000],
    ids=["brackets-on-lines", "explicit-keys", "dashes-and-keys", "brackets-and-comments"],
)
def test_deep_nesting_the_line_by_line_check_misses_is_refused_without_a_crash(text: str) -> None:
    [line] = problems_of(text)
    assert " error too-deep: nested more than 40 levels deep" in line
