"""Reading a YAML file safely into plain Python data that remembers where every value came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError

from cmhroadmap.problems import Problem, ProblemsFound, Severity

# Assessment files are a few hundred kilobytes at most; anything far larger is a mistake or an attack,
# and is refused before the parser sees it.
MAX_FILE_BYTES = 4 * 1024 * 1024
# Real files nest five or six levels; a limit far above that stops stack exhaustion on hostile input.
MAX_DEPTH = 40

Loc = tuple[str | int, ...]
Position = tuple[int, int]

_STANDARD_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "map", "seq")}


class _Constructor(RoundTripConstructor):
    """Round-trip constructor that leaves dates as text, so the models can report a bad date."""


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_str)


def _new_parser() -> YAML:
    parser = YAML(typ="rt", pure=True)
    parser.Constructor = _Constructor
    return parser


@dataclass
class SourceDocument:
    """A parsed file: its plain data, and the line/column (1-based) of every value and key."""

    path: str
    data: Any
    values: dict[Loc, Position] = field(default_factory=dict)
    keys: dict[Loc, Position] = field(default_factory=dict)

    def locate(self, loc: Sequence[str | int], *, key: bool = False) -> Position:
        """Position of the value (or key) at `loc`, or of the nearest enclosing one that exists."""
        path = tuple(loc)
        if key and path in self.keys:
            return self.keys[path]
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))

    def problem(
        self,
        loc: Sequence[str | int],
        severity: Severity,
        code: str,
        message: str,
        *,
        key: bool = False,
    ) -> Problem:
        line, column = self.locate(loc, key=key)
        return Problem(self.path, line, column, severity, code, message)


def read_text(path: Path, display: str) -> str:
    """The file's text, or ProblemsFound saying why it cannot be read as UTF-8 text."""

    def refuse(code: str, message: str, line: int = 1, column: int = 1) -> ProblemsFound:
        return ProblemsFound([Problem(display, line, column, Severity.ERROR, code, message)])

    if not path.exists():
        raise refuse("file-not-found", "no such file")
    if path.is_dir():
        raise refuse("not-a-file", "this is a directory; a file was expected")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise refuse("file-too-large", f"file is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,}")
        raw = path.read_bytes()
    except OSError as error:
        raise refuse("unreadable", f"cannot read the file: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise refuse(
            "not-utf8",
            f"byte 0x{raw[error.start]:02x} is not valid UTF-8; save the file as UTF-8",
            line,
            column,
        ) from None
    # Editors on Windows often start UTF-8 files with a byte-order mark; it carries no meaning.
    return text.removeprefix("\ufeff")


def parse_yaml(text: str, display: str) -> SourceDocument:
    """Parse YAML text into a SourceDocument, or raise ProblemsFound with every position known."""
    too_deep = _excessive_nesting(text)
    if too_deep is not None:
        message = f"nested more than {MAX_DEPTH} levels deep"
        raise ProblemsFound([Problem(display, *too_deep, Severity.ERROR, "too-deep", message)])
    try:
        tree = _new_parser().load(text)
    except MarkedYAMLError as error:
        raise ProblemsFound([_syntax_problem(error, display)]) from None
    except RecursionError:
        raise ProblemsFound(
            [Problem(display, 1, 1, Severity.ERROR, "too-deep", "the YAML is nested too deeply")]
        ) from None
    except Exception as error:
        message = f"not readable as YAML: {error}".splitlines()[0]
        raise ProblemsFound([Problem(display, 1, 1, Severity.ERROR, "yaml-syntax", message)]) from None
    document = SourceDocument(display, None)
    problems: list[Problem] = []
    document.data = _Walker(document, problems).plain(tree, (), (1, 1), 0)
    if problems:
        raise ProblemsFound(problems)
    return document


def load_yaml(path: Path, display: str | None = None) -> SourceDocument:
    """Read and parse one YAML file; `display` is the path as the user should see it."""
    shown = display if display is not None else str(path)
    return parse_yaml(read_text(path, shown), shown)


def _excessive_nesting(text: str) -> Position | None:
    """Where the text nests deeper than MAX_DEPTH, estimated in one linear pass.

    The parser's cost grows with the square of the nesting depth, so hostile input is refused
    before it is parsed. Flow brackets outside quotes and comments count one level each; block
    nesting counts one level per open indentation and per leading '- '.
    """
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
        quote = ""
        for column, char in enumerate(stripped, start=indent + 1):
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
                return (number, column)
        if depth > MAX_DEPTH:
            return (number, 1)
    return None


def _syntax_problem(error: MarkedYAMLError, display: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    name = type(error).__name__
    if name == "DuplicateKeyError":
        text = (error.problem or "duplicate key").split(" with value")[0]
        return Problem(display, line, column, Severity.ERROR, "duplicate-key", text)
    message = error.problem or error.context or "invalid YAML"
    if "'\\t'" in message:
        message += " (indent with spaces, not tabs)"
    return Problem(display, line, column, Severity.ERROR, "yaml-syntax", message)


class _Walker:
    """Copies a ruamel tree into plain data, recording positions and refusing what YAML should not hold."""

    def __init__(self, document: SourceDocument, problems: list[Problem]) -> None:
        self.document = document
        self.problems = problems
        self.seen: set[int] = set()

    def refuse(self, position: Position, code: str, message: str) -> None:
        self.problems.append(Problem(self.document.path, *position, Severity.ERROR, code, message))

    def plain(self, node: Any, loc: Loc, position: Position, depth: int) -> Any:
        self.document.values[loc] = position
        if depth > MAX_DEPTH:
            self.refuse(position, "too-deep", f"nested more than {MAX_DEPTH} levels deep")
            return None
        if isinstance(node, CommentedMap | CommentedSeq):
            tag = getattr(node.tag, "value", None)
            if tag is not None and tag not in _STANDARD_TAGS:
                self.refuse(position, "unknown-tag", f"the tag {tag} is not allowed")
                return None
            # An alias hands back the very object it names; expanding it would let a short file
            # grow without bound ("billion laughs"), so aliases of collections are refused.
            if id(node) in self.seen:
                self.refuse(position, "yaml-alias", "anchors and aliases (& and *) are not allowed")
                return None
            self.seen.add(id(node))
            if isinstance(node, CommentedMap):
                return self.mapping(node, loc, depth)
            return [
                self.plain(item, (*loc, index), self.item_position(node, index), depth + 1)
                for index, item in enumerate(node)
            ]
        if isinstance(node, TaggedScalar):
            tag = getattr(node.tag, "value", None)
            if tag == "tag:yaml.org,2002:str":
                return str(node.value)
            self.refuse(position, "unknown-tag", f"the tag {tag} is not allowed")
            return None
        return _plain_scalar(node)

    def mapping(self, node: CommentedMap, loc: Loc, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for raw_key, value in node.items():
            key_position = _pair(node.lc.key(raw_key))
            if isinstance(raw_key, str | int | float | bool) or raw_key is None:
                key = _key_text(raw_key)
            else:
                self.refuse(key_position, "complex-key", "a key must be plain text")
                continue
            self.document.keys[(*loc, key)] = key_position
            if id(value) in self.seen:
                # ruamel gives an alias the position of its anchor; the key is where it was used.
                value_position = key_position
            elif isinstance(value, CommentedMap | CommentedSeq) and value:
                value_position = _pair((value.lc.line, value.lc.col))
            else:
                value_position = _pair(node.lc.value(raw_key))
            result[key] = self.plain(value, (*loc, key), value_position, depth + 1)
        return result

    def item_position(self, node: CommentedSeq, index: int) -> Position:
        item = node[index]
        if id(item) in self.seen:
            return _pair((node.lc.line, node.lc.col))  # an alias: see mapping()
        if isinstance(item, CommentedMap | CommentedSeq) and item:
            return _pair((item.lc.line, item.lc.col))
        return _pair(node.lc.item(index))


def _pair(zero_based: Any) -> Position:
    line, column = zero_based
    return (int(line) + 1, int(column) + 1)


def _key_text(key: str | int | float | bool | None) -> str:
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


def _plain_scalar(node: Any) -> Any:
    if node is None or isinstance(node, bool):
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    return str(node)
