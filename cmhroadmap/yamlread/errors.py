"""The careful YAML parser's complaints, turned into problems in plain words at the right place."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.reader import ReaderError

from cmhroadmap.problems.problem import Problem, Severity
from cmhroadmap.yamlread.limits import LINE_BREAK, MAX_DEPTH, position_at

# The parser reads a key only when its ':' comes within this many characters.
_MAX_KEY = 1024


class Refused(MarkedYAMLError):
    """A construct refused on purpose while parsing; `code` names the problem."""

    def __init__(self, code: str, message: str, mark: Any) -> None:
        super().__init__(None, None, message, mark)
        self.code = code


def character_problem(error: ReaderError, text: str, display: str) -> Problem:
    """A character YAML does not allow, named and placed."""
    index = error.position if isinstance(error.position, int) and 0 <= error.position < len(text) else 0
    code = ord(text[index]) if text else 0
    kind = "an invisible control character" if code < 0x20 or 0x7F <= code <= 0x9F else "a character"
    message = f"the file contains {kind} (U+{code:04X}) that YAML does not allow; delete it"
    return Problem(display, *position_at(text, index), Severity.ERROR, "bad-character", message)


def syntax_problem(error: MarkedYAMLError, text: str, display: str) -> Problem:
    """What the parser could not read, where, with a hint at the usual cause."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    name = type(error).__name__
    if isinstance(error, Refused):
        return Problem(display, line, column, Severity.ERROR, error.code, error.problem)
    if name == "MaxDepthExceededError":
        message = f"nested more than {MAX_DEPTH} levels deep"
        return Problem(display, line, column, Severity.ERROR, "too-deep", message)
    if name == "DuplicateKeyError":
        text = (error.problem or "duplicate key").split(" with value")[0]
        opening = 'found duplicate key "'
        if text.startswith(opening) and text.endswith('"'):
            key = text[len(opening) : -1].replace("\n", "\\n").replace("\t", "\\t")
            text = opening + (key if len(key) <= 60 else key[:59] + "…") + '"'
        return Problem(display, line, column, Severity.ERROR, "duplicate-key", text)
    message, start = _explained(error, text)
    if start and error.context_mark is not None:
        line, column = error.context_mark.line + 1, error.context_mark.column + 1
    return Problem(display, line, column, Severity.ERROR, "yaml-syntax", message)


def _explained(error: MarkedYAMLError, text: str) -> tuple[str, bool]:
    """The parser's complaint in plain words, and whether to point where the construct started."""
    problem = str(error.problem or error.context or "invalid YAML")
    context = str(error.context or "")
    if context == "while scanning a simple key" and error.context_mark is not None:
        start = error.context_mark.index
        line = text[start : start + _MAX_KEY + 2]
        if len(line) > _MAX_KEY and LINE_BREAK.search(line) is None:
            return f"this line has no ':' in its first {_MAX_KEY:,} characters; is the key too long?", True
    if context == "while scanning a quoted scalar":
        return "this quoted text is never closed; add the closing quote", True
    if context.startswith("while parsing a flow") and problem.startswith("expected ','"):
        brackets = "[ ]" if "sequence" in context else "{ }"
        return f"this {brackets} is not closed, or a comma is missing between its items", True
    if context == "while scanning a simple key":
        return "this line is neither 'key: value' nor a '- ' list item; is a ':' missing?", True
    if problem.startswith("expected <block end>"):
        return "this does not fit with the lines above it; check its indentation", False
    if problem == "mapping values are not allowed here":
        hint = "put text that contains ': ' in quotes, or check the indentation"
        return f"a ':' is not allowed here; {hint}", False
    if problem == "but found another document":
        return "a second document starts here; a file holds only one (remove the '---' or '...' line)", False
    if "'\\t'" in problem:
        return "a tab character is here; " + _tab_hint(error, text), False
    if problem.startswith("found undefined alias"):
        return problem + " (anchors and aliases are not allowed; quote text that starts with *)", False
    if problem.endswith("that cannot start any token"):
        return problem + " (put text that starts with it in quotes)", False
    if problem.startswith("found unknown escape character"):
        return problem + " (in double quotes, write \\\\ for a backslash, or use single quotes)", False
    return problem, False


def _tab_hint(error: MarkedYAMLError, text: str) -> str:
    """Indentation with a tab, or a tab inside a line's text (such as evidence pasted from a sheet)."""
    mark = error.problem_mark
    lines = LINE_BREAK.split(text)
    if mark is not None and mark.line < len(lines) and lines[mark.line][: mark.column].strip():
        return "replace the tab with spaces, or put the text in quotes"
    return "indent with spaces, not tabs"
