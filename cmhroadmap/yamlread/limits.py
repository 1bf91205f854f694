"""The limits every YAML file is held to, and the textual checks that apply them before parsing."""

from __future__ import annotations

import re

# Assessment files are a few tens of kilobytes; anything far larger is a mistake or an attack, and is
# refused before the parser sees it. The parser reads a megabyte of YAML in a few seconds.
MAX_FILE_BYTES = 1024 * 1024
# Real files nest five or six levels; a limit far above that stops stack exhaustion on hostile input.
MAX_DEPTH = 40
# Real files hold a few hundred values. The parser takes about a tenth of a millisecond per value, so
# a small file of tiny values ("[1,1,1,...]") could otherwise keep it busy for minutes.
MAX_VALUES = 20_000


# Whole numbers longer than this are no rating, year or marker; int() of thousands of digits is refused
# by Python itself, and slow before that.
MAX_INT_DIGITS = 20
_DECIMAL = re.compile(r"[-+]?[0-9]+")


def integer_refusal(text: str) -> tuple[str, str] | None:
    """Why a plain scalar YAML reads as an integer cannot be taken as one: (code, message), or None.

    Only decimal digits are taken: YAML also reads 0x1F, 0o17, 0b101, 1_000 and (in YAML 1.1) 1:30 and
    010 as numbers, which a person filling in a rating does not mean.
    """
    shown = text if len(text) <= 30 else text[:29] + "…"
    if not _DECIMAL.fullmatch(text):
        return (
            "not-decimal",
            f"'{shown}' is not a decimal number; write whole numbers with the digits 0-9 only",
        )
    digits = len(text.lstrip("+-"))
    if digits > MAX_INT_DIGITS:
        return (
            "number-too-long",
            f"a number {digits:,} digits long; no value here needs more than {MAX_INT_DIGITS}",
        )
    return None


def too_many_values(limit: int) -> str:
    """What to say of a file holding more than `limit` values, whichever reading finds it."""
    return f"the file holds more than {limit:,} values, far more than a roadmap or assessment file needs"


Loc = tuple[str | int, ...]
Position = tuple[int, int]

# Line breaks as the parsers count them, so positions computed here match theirs.
LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


def position_at(text: str, index: int) -> Position:
    """The 1-based line and column of character `index` of `text`, counting lines as the parser does."""
    line, start = 1, 0
    for match in LINE_BREAK.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return (line, index - start + 1)


def content_start(text: str) -> Position:
    """Where a document's content starts: past comments, blank lines and directives."""
    for number, line in enumerate(LINE_BREAK.split(text), start=1):
        content = line.strip()
        if content and not content.startswith(("#", "%")) and content != "---":
            return (number, len(line) - len(line.lstrip()) + 1)
    return (1, 1)


def excessive_nesting(text: str) -> Position | None:
    """Where the text nests deeper than MAX_DEPTH, estimated in one linear pass.

    The parsers' cost grows with the square of the nesting depth (and libyaml's composer recurses
    in C), so hostile input is refused before it is parsed. Flow brackets outside quotes and
    comments count one level each; block nesting counts one level per open indentation and per
    leading '- '.
    """
    if not could_nest_too_deep(text):
        return None
    indents: list[int] = [0]
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        while indents and indent < indents[-1]:
            indents.pop()
        if indent > indents[-1]:
            indents.append(indent)
        dashes = len(stripped) - len(stripped.lstrip("- "))
        depth = len(indents) + dashes // 2
        # Most lines hold no bracket and are not deep; only the others need reading character by character.
        if depth > MAX_DEPTH or "[" in stripped or "{" in stripped:
            found = _flow_nesting(stripped, depth, indent + 1)
            if found is not None:
                return (number, found)
    return None


def could_nest_too_deep(text: str) -> bool:
    """False when no line can reach past MAX_DEPTH in `excessive_nesting`'s estimate; cheap, in C.

    A line's estimate is at most 1 + its indentation + its leading dashes (each open indentation is
    at least one space deeper than the last) + the brackets it opens. A text none of whose lines
    starts with a long run of spaces and dashes or opens many brackets is not read line by line: the
    bundled roadmap's files and one assessment in 0.7 ms instead of 2.9 ms, 210 assessments in 38 ms
    instead of 66 ms.
    """
    if _LONG_LEAD.match(text) is not None or _LONG_LEAD_AFTER_BREAK.search(text) is not None:
        return True
    return text.count("[") + text.count("{") >= _SPLIT and _MANY_BRACKETS.search(text) is not None


# A line is within the limit if it starts with at most MAX_DEPTH - _SPLIT spaces and dashes and opens
# fewer than _SPLIT brackets: 1 + (MAX_DEPTH - _SPLIT) + (_SPLIT - 1) = MAX_DEPTH. The patterns are
# written without "^" and MULTILINE, which make the search several times slower.
_SPLIT = MAX_DEPTH // 2
_LONG_LEAD = re.compile(f"[ -]{{{MAX_DEPTH - _SPLIT + 1}}}")
_LONG_LEAD_AFTER_BREAK = re.compile(f"\\n[ -]{{{MAX_DEPTH - _SPLIT + 1}}}")
_MANY_BRACKETS = re.compile(f"[\\[{{](?:[^\\n\\[{{]*[\\[{{]){{{_SPLIT - 1}}}")


def _flow_nesting(stripped: str, depth: int, first_column: int) -> int | None:
    """The column where the brackets of one line take it past MAX_DEPTH, if they do."""
    quote = ""
    for column, char in enumerate(stripped, start=first_column):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "#":
            break
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        if depth > MAX_DEPTH:
            return column
    return None
