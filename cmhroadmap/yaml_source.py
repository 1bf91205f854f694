"""Reading a YAML file safely into plain Python data that remembers where every value came from."""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import (
    CommentedMap,
    CommentedOrderedMap,
    CommentedSeq,
    CommentedSet,
    TaggedScalar,
)
from ruamel.yaml.composer import Composer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.nodes import MappingNode, SequenceNode
from ruamel.yaml.reader import ReaderError

from cmhroadmap.fast_yaml import fast_load
from cmhroadmap.problems import Problem, ProblemsFound, Severity

# Assessment files are a few tens of kilobytes; anything far larger is a mistake or an attack, and is
# refused before the parser sees it. The parser reads a megabyte of YAML in a few seconds.
MAX_FILE_BYTES = 1024 * 1024
# Real files nest five or six levels; a limit far above that stops stack exhaustion on hostile input.
MAX_DEPTH = 40
# Real files hold a few hundred values. The parser takes about a tenth of a millisecond per value, so
# a small file of tiny values ("[1,1,1,...]") could otherwise keep it busy for minutes.
MAX_VALUES = 20_000

Loc = tuple[str | int, ...]
Position = tuple[int, int]

_YAML_TAG = "tag:yaml.org,2002:"
# The tag a collection may carry, by its kind; any other tag on it is refused.
_COLLECTION_TAGS: dict[type, str] = {CommentedMap: _YAML_TAG + "map", CommentedSeq: _YAML_TAG + "seq"}
# Values the parser builds from standard tags that plain data has no place for.
_REFUSED_TYPES: dict[type, str] = {
    CommentedOrderedMap: "omap",
    CommentedSet: "set",
    list: "pairs",
    bytes: "binary",
}
# Line breaks as the parser counts them, so positions computed here match the parser's.
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
# The parser reads a key only when its ':' comes within this many characters.
_MAX_KEY = 1024
# Half of a UTF-16 pair, which a "\ud800" escape can produce: not a character, and no output takes it.
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Refused(MarkedYAMLError):
    """A construct refused on purpose while parsing; `code` names the problem."""

    def __init__(self, code: str, message: str, mark: Any) -> None:
        super().__init__(None, None, message, mark)
        self.code = code


class _Composer(Composer):
    """Composer that stops a file holding far more values than any real one, before it costs minutes.

    It also notes where each alias of a list or mapping is written: once built, an alias is the very
    object its anchor names, and its own position is lost.
    """

    def __init__(self, loader: Any = None) -> None:
        super().__init__(loader)
        self.values = 0
        self.collection_aliases: list[Position] = []

    def compose_node(self, parent: Any, index: Any) -> Any:
        self.values += 1
        if self.values > MAX_VALUES:
            message = f"the file holds more than {MAX_VALUES:,} values, far more than an assessment needs"
            raise _Refused("too-many-values", message, self.parser.peek_event().start_mark)
        if self.parser.check_event(AliasEvent):
            event = self.parser.peek_event()
            if isinstance(self.anchors.get(event.anchor), MappingNode | SequenceNode):
                self.collection_aliases.append((event.start_mark.line + 1, event.start_mark.column + 1))
        return super().compose_node(parent, index)


class _Constructor(RoundTripConstructor):
    """Round-trip constructor that leaves dates as text, so the models can report a bad date."""

    def flatten_mapping(self, node: Any) -> Any:
        # A merge key copies another mapping's keys in; they would have no position of their own.
        for key_node, _ in node.value:
            if key_node.tag == _YAML_TAG + "merge":
                message = "merge keys (<<) are not allowed; write the keys out in full"
                raise _Refused("yaml-merge", message, key_node.start_mark)
        return super().flatten_mapping(node)

    def construct_yaml_int(self, node: Any) -> Any:
        # YAML 1.2's pattern takes such text as "0x_" or "+_" for a number that ruamel then cannot
        # read; as text it reaches the models, which say what is wrong, and where.
        try:
            return super().construct_yaml_int(node)
        except (ValueError, IndexError):
            return self.construct_yaml_str(node)

    def construct_yaml_float(self, node: Any) -> Any:
        try:
            return super().construct_yaml_float(node)
        except (ValueError, IndexError):
            return self.construct_yaml_str(node)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_str)
_Constructor.add_constructor("tag:yaml.org,2002:int", _Constructor.construct_yaml_int)
_Constructor.add_constructor("tag:yaml.org,2002:float", _Constructor.construct_yaml_float)
# ruamel gives a lone "=" a tag of its own; in a file like this it is just text.
_Constructor.add_constructor("tag:yaml.org,2002:value", _Constructor.construct_yaml_str)


def _new_parser() -> YAML:
    parser = YAML(typ="rt", pure=True)
    parser.Constructor = _Constructor
    parser.Composer = _Composer
    # The walk refuses anything deeper; stopping the parser there too keeps its cost and stack small
    # for nesting the textual pre-check cannot see (such as flow brackets spread over many lines).
    parser.max_depth = MAX_DEPTH + 2
    return parser


@dataclass
class SourceDocument:
    """A parsed file: its plain data, and the line/column (1-based) of every value and key."""

    path: str
    data: Any
    values: dict[Loc, Position] = field(default_factory=dict)
    keys: dict[Loc, Position] = field(default_factory=dict)
    # Text read by the fast parser, whose positions are worked out only when a problem needs one.
    unlocated: str | None = None

    def locate(self, loc: Sequence[str | int], *, key: bool = False) -> Position:
        """Position of the value (or key) at `loc`, or of the nearest enclosing one that exists."""
        if self.unlocated is not None:
            text, self.unlocated = self.unlocated, None
            # The careful reading of a text the fast one accepted finds the same values, now placed.
            try:
                careful = _parse_carefully(text, self.path)
            except ProblemsFound:
                careful = SourceDocument(self.path, None)  # cannot happen for a text read plainly
            self.values, self.keys = careful.values, careful.keys
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
        before = raw[: error.start].decode("utf-8").removeprefix("\ufeff")
        raise refuse(
            "not-utf8",
            f"byte 0x{raw[error.start]:02x} is not valid UTF-8; save the file as UTF-8",
            *_position_at(before, len(before)),
        ) from None
    # Editors on Windows often start UTF-8 files with a byte-order mark; it carries no meaning.
    return text.removeprefix("\ufeff")


def parse_yaml(text: str, display: str, *, fast: bool = True) -> SourceDocument:
    """Parse YAML text into a SourceDocument, or raise ProblemsFound with every position known.

    A plain file is read by the fast parser and placed (line and column) only if a problem needs it;
    anything unusual is read carefully by the round-trip parser from the start.
    """
    too_deep = _excessive_nesting(text)
    if too_deep is not None:
        message = f"nested more than {MAX_DEPTH} levels deep"
        raise ProblemsFound([Problem(display, *too_deep, Severity.ERROR, "too-deep", message)])
    if fast:
        plain, data = fast_load(text, MAX_DEPTH, MAX_VALUES)
        if plain:
            return SourceDocument(display, data, unlocated=text)
    return _parse_carefully(text, display)


def _parse_carefully(text: str, display: str) -> SourceDocument:
    """The round-trip reading: every value and key placed, every oddity refused with its position."""
    parser = _new_parser()
    try:
        with warnings.catch_warnings():
            # The parser warns (on stderr) about such things as a reused anchor name; those are
            # either harmless or refused below.
            warnings.simplefilter("ignore")
            tree = parser.load(text)
    except MarkedYAMLError as error:
        raise ProblemsFound([_syntax_problem(error, text, display)]) from None
    except ReaderError as error:
        raise ProblemsFound([_character_problem(error, text, display)]) from None
    except RecursionError:
        raise ProblemsFound(
            [Problem(display, 1, 1, Severity.ERROR, "too-deep", "the YAML is nested too deeply")]
        ) from None
    except Exception as error:
        message = f"not readable as YAML: {error}".splitlines()[0]
        raise ProblemsFound([Problem(display, 1, 1, Severity.ERROR, "yaml-syntax", message)]) from None
    document = SourceDocument(display, None)
    problems: list[Problem] = []
    document.data = _Walker(document, problems).plain(tree, (), _root_position(tree, text), 0)
    aliases: list[Position] = parser.composer.collection_aliases
    if aliases:
        # The walk refuses aliases too, but can only place them at their anchor or key.
        problems = [p for p in problems if p.code != "yaml-alias"]
        message = "anchors and aliases (& and *) are not allowed"
        problems += [Problem(display, *at, Severity.ERROR, "yaml-alias", message) for at in aliases]
    if problems:
        raise ProblemsFound(problems)
    return document


def _root_position(tree: Any, text: str) -> Position:
    """Where the document's content starts: past comments, blank lines and directives."""
    if isinstance(tree, CommentedMap | CommentedSeq) and tree:
        return _pair((tree.lc.line, tree.lc.col))
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        content = line.strip()
        if content and not content.startswith(("#", "%")) and content != "---":
            return (number, len(line) - len(line.lstrip()) + 1)
    return (1, 1)


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


def _position_at(text: str, index: int) -> Position:
    """The 1-based line and column of character `index` of `text`, counting lines as the parser does."""
    line, start = 1, 0
    for match in _LINE_BREAK.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return (line, index - start + 1)


def _character_problem(error: ReaderError, text: str, display: str) -> Problem:
    index = error.position if isinstance(error.position, int) and 0 <= error.position < len(text) else 0
    code = ord(text[index]) if text else 0
    kind = "an invisible control character" if code < 0x20 or 0x7F <= code <= 0x9F else "a character"
    message = f"the file contains {kind} (U+{code:04X}) that YAML does not allow; delete it"
    return Problem(display, *_position_at(text, index), Severity.ERROR, "bad-character", message)


def _syntax_problem(error: MarkedYAMLError, text: str, display: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    name = type(error).__name__
    if isinstance(error, _Refused):
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
        if len(line) > _MAX_KEY and _LINE_BREAK.search(line) is None:
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
        return problem + " (indent with spaces, not tabs)", False
    if problem.startswith("found undefined alias"):
        return problem + " (anchors and aliases are not allowed; quote text that starts with *)", False
    if problem.endswith("that cannot start any token"):
        return problem + " (put text that starts with it in quotes)", False
    if problem.startswith("found unknown escape character"):
        return problem + " (in double quotes, write \\\\ for a backslash, or use single quotes)", False
    return problem, False


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
        refused = _REFUSED_TYPES.get(type(node))
        if refused is not None:
            self.refuse(position, "unknown-tag", f"the tag {_YAML_TAG}{refused} is not allowed")
            return None
        if isinstance(node, CommentedMap | CommentedSeq):
            tag = getattr(node.tag, "value", None)
            if tag is not None and tag != _COLLECTION_TAGS.get(type(node)):
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
                text = str(node.value)
                return None if self.lone_surrogate(text, position) else text
            self.refuse(position, "unknown-tag", f"the tag {tag} is not allowed")
            return None
        if not (node is None or isinstance(node, str | int | float | bool)):
            # Anything else the parser builds comes from a tag plain data has no place for.
            self.refuse(position, "unknown-tag", f"a value of type {type(node).__name__} is not allowed")
            return None
        if isinstance(node, str) and self.lone_surrogate(node, position):
            return None
        return _plain_scalar(node)

    def lone_surrogate(self, text: str, position: Position) -> bool:
        found = _SURROGATE.search(text)
        if found is not None:
            message = f"\\u{ord(found.group()):04x} is half of a character pair, not a character; remove it"
            self.refuse(position, "bad-character", message)
        return found is not None

    def mapping(self, node: CommentedMap, loc: Loc, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for raw_key, value in node.items():
            key_position = _pair(node.lc.key(raw_key))
            if isinstance(raw_key, str | int | float | bool) or raw_key is None:
                key = _key_text(raw_key)
                if self.lone_surrogate(key, key_position):
                    continue
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
