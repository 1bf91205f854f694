"""The cheap test before the nesting estimate never skips a text the estimate would refuse."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmhroadmap.yamlread import limits
from cmhroadmap.yamlread.limits import MAX_DEPTH, could_nest_too_deep, excessive_nesting

_LINE = st.builds(
    lambda spaces, dashes, brackets, rest: " " * spaces + "- " * dashes + brackets + rest,
    st.integers(0, 45),
    st.integers(0, 25),
    st.text(alphabet="[{]}'\" #", max_size=45),
    st.text(alphabet="ab -[{#'\"\r", max_size=10),
)
_TEXT = st.lists(_LINE, max_size=30).map("\n".join)


def _estimate_line_by_line(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int] | None:
    with monkeypatch.context() as patched:
        patched.setattr(limits, "could_nest_too_deep", lambda _: True)
        return excessive_nesting(text)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_a_text_the_cheap_test_passes_is_never_too_deep(text: str) -> None:
    monkeypatch = pytest.MonkeyPatch()
    if not could_nest_too_deep(text):
        assert _estimate_line_by_line(text, monkeypatch) is None
    assert excessive_nesting(text) == _estimate_line_by_line(text, monkeypatch)


def _staircase(steps: int, brackets: int) -> str:
    """Each line one space deeper than the last (one level each), then brackets on the deepest."""
    return "\n".join(" " * step + "a:" for step in range(steps)) + "\n" + " " * steps + "[" * brackets


@pytest.mark.parametrize(
    ("text", "deep"),
    [
        # The tightest texts: one more space or bracket and the estimate refuses them.
        (_staircase(MAX_DEPTH - MAX_DEPTH // 2 + 1, MAX_DEPTH // 2 - 1), True),
        (_staircase(MAX_DEPTH - MAX_DEPTH // 2, MAX_DEPTH // 2), True),
        (_staircase(MAX_DEPTH - MAX_DEPTH // 2, MAX_DEPTH // 2 - 1), False),
        ("a: " + "[" * 19 + "\n" + "b: " + "[" * 19, False),
        ("a:\n  - b: [1, 2]\n    c: {d: e}\n", False),
    ],
)
def test_the_cheap_test_is_tight_where_the_estimate_is(text: str, deep: bool) -> None:
    assert could_nest_too_deep(text) is deep
    assert (excessive_nesting(text) is not None) is deep
