"""The careful reading of YAML (ruamel's round trip): every value placed, every oddity refused.

It is slow (pure Python), so it reads only the files the fast reading leaves to it; see yaml_source.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from ruamel.yaml.comments import (
    CommentedMap,
    CommentedOrderedMap,
    CommentedSeq,
    CommentedSet,
    TaggedScalar,
)
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.scalarbool import ScalarBoolean

from cmhroadmap.problems.problem import CmhRoadmapError, Problem, ProblemsFound, Severity
from cmhroadmap.yamlread.errors import character_problem, syntax_problem
from cmhroadmap.yamlread.limits import MAX_DEPTH, Loc, Position, content_start
from cmhroadmap.yamlread.ruamel_setup import new_parser

# The data, the positions of values and of keys, and problems that leave the data usable.
Placed = tuple[Any, dict[Loc, Position], dict[Loc, Position], list[Problem]]

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
# Half of a UTF-16 pair, which a "\ud800" escape can produce: not a character, and no output takes it.
_SURROGATE = re.compile("[\ud800-\udfff]")


class ReaderFailed(CmhRoadmapError):
    """ruamel failed on a text by a fault of its own, not of the YAML; `problem` is what to report."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def parse_carefully(text: str, display: str) -> Placed:
    """The plain data with the position of every value and key, or ProblemsFound with every position.

    A duplicate key does not stop the reading: it comes back with the data, as a problem to report.
    """
    parser = new_parser()
    try:
        with warnings.catch_warnings():
            # The parser warns (on stderr) about such things as a reused anchor name; those are
            # either harmless or refused below.
            warnings.simplefilter("ignore")
            tree = parser.load(text)
    except MarkedYAMLError as error:
        raise ProblemsFound([syntax_problem(error, text, display)]) from None
    except ReaderError as error:
        raise ProblemsFound([character_problem(error, text, display)]) from None
    except RecursionError:
        raise ProblemsFound(
            [Problem(display, 1, 1, Severity.ERROR, "too-deep", "the YAML is nested too deeply")]
        ) from None
    except Exception as error:
        # Not a fault found in the YAML but one of ruamel's own (such as "overlap in comment").
        detail = (str(error).splitlines() or [""])[0][:120]
        message = f"not readable as YAML ({type(error).__name__}{': ' if detail else ''}{detail})"
        raise ReaderFailed(Problem(display, 1, 1, Severity.ERROR, "yaml-syntax", message)) from None
    walker = _Walker(display)
    root = _pair((tree.lc.line, tree.lc.col)) if _filled(tree) else content_start(text)
    data = walker.plain(tree, (), root, 0)
    problems = walker.problems
    aliases: list[Position] = parser.composer.collection_aliases
    if aliases:
        # The walk refuses aliases too, but can only place them at their anchor or key.
        problems = [p for p in problems if p.code != "yaml-alias"]
        message = "anchors and aliases (& and *) are not allowed"
        problems += [Problem(display, *at, Severity.ERROR, "yaml-alias", message) for at in aliases]
    duplicates = getattr(parser.constructor, "duplicates", [])
    soft = walker.soft + [duplicate_key(display, at, key) for at, key in duplicates]
    if problems:
        raise ProblemsFound(problems + soft)
    return data, walker.values, walker.keys, soft


def duplicate_key(display: str, position: Position, key: str) -> Problem:
    shown = key.replace("\n", "\\n").replace("\t", "\\t")
    shown = shown if len(shown) <= 60 else shown[:59] + "…"
    message = f'the key "{shown}" is written twice here; delete one (the first is the one checked)'
    return Problem(display, *position, Severity.ERROR, "duplicate-key", message)


def _filled(node: Any) -> bool:
    return isinstance(node, CommentedMap | CommentedSeq) and bool(node)


class _Walker:
    """Copies a ruamel tree into plain data, recording positions and refusing what YAML should not hold."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.soft: list[Problem] = []
        self.values: dict[Loc, Position] = {}
        self.keys: dict[Loc, Position] = {}
        self.seen: set[int] = set()

    def refuse(self, position: Position, code: str, message: str) -> None:
        self.problems.append(Problem(self.path, *position, Severity.ERROR, code, message))

    def plain(self, node: Any, loc: Loc, position: Position, depth: int) -> Any:
        self.values[loc] = position
        if depth > MAX_DEPTH:
            self.refuse(position, "too-deep", f"nested more than {MAX_DEPTH} levels deep")
            return None
        refused = _REFUSED_TYPES.get(type(node))
        if refused is not None:
            self.refuse(position, "unknown-tag", f"the tag !!{refused} is not allowed")
            return None
        if isinstance(node, CommentedMap | CommentedSeq):
            tag = getattr(node.tag, "value", None)
            if tag is not None and tag != _COLLECTION_TAGS.get(type(node)):
                self.refuse(position, "unknown-tag", f"the tag {_shown(tag)} is not allowed")
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
            self.refuse(position, "unknown-tag", f"the tag {_shown(tag)} is not allowed")
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
            if key in result:
                # Keys ruamel holds apart but that read the same as text (null and "null", 1 and "1").
                self.soft.append(duplicate_key(self.path, key_position, key))
                continue
            self.keys[(*loc, key)] = key_position
            if id(value) in self.seen:
                # ruamel gives an alias the position of its anchor; the key is where it was used.
                value_position = key_position
            elif _filled(value):
                value_position = _pair((value.lc.line, value.lc.col))
            else:
                value_position = _pair(node.lc.value(raw_key))
            result[key] = self.plain(value, (*loc, key), value_position, depth + 1)
        return result

    def item_position(self, node: CommentedSeq, index: int) -> Position:
        item = node[index]
        if id(item) in self.seen:
            return _pair((node.lc.line, node.lc.col))  # an alias: see mapping()
        if _filled(item):
            return _pair((item.lc.line, item.lc.col))
        return _pair(node.lc.item(index))


def _shown(tag: str | None) -> str:
    """A tag as the user wrote it: "!!python/object" rather than "tag:yaml.org,2002:python/object"."""
    text = str(tag)
    return "!!" + text.removeprefix(_YAML_TAG) if text.startswith(_YAML_TAG) else text


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
    if isinstance(node, ScalarBoolean):  # an anchored true or false, which ruamel keeps as an int
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    return str(node)
