"""The fast reading of YAML with libyaml, and the placing of its values only when a problem needs it.

Most files are plain, and a valid one needs no line numbers. libyaml (through PyYAML) reads many
times faster than ruamel's round-trip parser, which is kept for files with anything unusual, where it
refuses each oddity at its position. This reading must never accept a file differently from the
round-trip reading, so it follows YAML 1.2's core schema as ruamel does, and gives up (returns None)
on anything unusual: tags, duplicate keys, aliases of collections, keys that are not text, deep
nesting. A file it accepts is placed, when a problem needs a line, from libyaml's own event marks.

It reads libyaml's events, not its composed nodes: PyYAML composes nodes by recursion in C, which a
60 KB file of brackets over many lines exhausts, killing the process; events come from a loop.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml

from cmhroadmap.yamlread.limits import MAX_INT_DIGITS, Loc, Position, content_start

_TAG = re.compile(r"(?:^|[\s\[{,:-])!")
# Where the two readings part: directives (%YAML 1.1 changes what yes, 010 and 1:30 mean), the line
# breaks YAML 1.1 had and 1.2 dropped, which libyaml still breaks lines at, and tabs, which libyaml
# takes as spaces in places ruamel refuses them ("key: <tab>").
_DIRECTIVE = re.compile("^%", re.MULTILINE)
_DIVERGENT_CHARACTERS = ("\t", "\x85", "\u2028", "\u2029", "\ufeff")
# Constructs libyaml accepts and ruamel refuses or reads otherwise, each with a substring that must
# be there for it to be (a cheap test first): explicit keys ("? key"), anchors, the end-of-document marker
# ("..."), a JSON-style key with no space ('"a":1'), and a block scalar's header followed by a comment
# with no space ("|#") or by a line of only spaces.
_DIVERGENT_CONSTRUCTS: list[tuple[tuple[str, ...], re.Pattern[str]]] = [
    (("?",), re.compile(r"(?:^|[\s\[{,])\?(?:\s|$)", re.MULTILINE)),
    # An anchor's name runs on through "?" and ":" for ruamel ("&x?y"); libyaml ends it there.
    (("&",), re.compile(r"&[^\s\[\]{},?:]+[?:]\S")),
    (("...",), re.compile(r"^\.\.\.", re.MULTILINE)),
    (('":', "':"), re.compile(r"""["']:\S""")),
    (("|", ">"), re.compile(r"[|>][-+0-9]*(?:#|[ \t]*\r?\n[ ]+\r?\n)")),
]
# Numbers ruamel reads in YAML 1.2 that the core patterns below leave out: underscores, binary,
# octal and hexadecimal. A plain scalar like these is left to the careful reading.
_OTHER_NUMBER = re.compile(
    r"""^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+
    |[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?)$""",
    re.VERBOSE,
)


class _Unusual(Exception):
    """The file needs the careful reading."""


class TooManyValues(Exception):
    """The text holds more values than allowed; `position` is where the first one too many starts.

    Said straight away: the careful reading would take seconds to read a large file to the same end.
    """

    def __init__(self, position: Position) -> None:
        super().__init__(position)
        self.position = position


_RESOLVERS: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
# YAML 1.2 core schema, as ruamel resolves plain scalars; dates stay text (the models read them).
for _tag, _pattern, _first in (
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    (
        "float",
        r"^(?:[-+]?[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+"
        r"|[-+]?\.[0-9]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+0123456789."),
    ),
    # Checked after the patterns above: what ruamel reads as a number and they do not.
    ("unusual", _OTHER_NUMBER.pattern, list("-+0123456789.")),
):
    for _char in _first:
        _RESOLVERS.setdefault(_char, []).append((_tag, re.compile(_pattern, re.VERBOSE)))

_SPECIAL_FLOATS = {".inf": float("inf"), "+.inf": float("inf"), "-.inf": float("-inf"), ".nan": float("nan")}
_CParser: Any
try:
    import yaml.cyaml

    _CParser = getattr(yaml.cyaml, "CParser")  # noqa: B009  (not in its stubs' exports)
except ImportError:  # PyYAML built without libyaml: every file takes the careful reading
    _CParser = None


def fast_load(text: str, max_depth: int, max_values: int, *, screen: bool = True) -> tuple[bool, Any]:
    """(True, data) when libyaml reads the text plainly; (False, None) when it needs ruamel.

    `screen=False` skips the textual screening for constructs the readings take differently, for a
    text ruamel has failed on. Raises TooManyValues past `max_values`.
    """
    if _CParser is None or (screen and _diverges(text)):
        return False, None
    try:
        return True, _EventReader(text, max_depth, max_values, place=False).read()
    except (_Unusual, yaml.YAMLError, ValueError):
        return False, None


def fast_positions(text: str) -> tuple[dict[Loc, Position], dict[Loc, Position]]:
    """The line and column (1-based) of every value and key of a text `fast_load` accepted."""
    reader = _EventReader(text, max_depth=10**9, max_values=10**9, place=True)
    reader.read()
    return reader.values, reader.keys


def _diverges(text: str) -> bool:
    """Whether the text holds what the two readings take differently (tested cheaply first)."""
    if "!" in text and _TAG.search(text):
        return True
    if "%" in text and _DIRECTIVE.search(text):
        return True
    if any(char in text for char in _DIVERGENT_CHARACTERS):
        return True
    return any(
        any(needed in text for needed in needs) and pattern.search(text) is not None
        for needs, pattern in _DIVERGENT_CONSTRUCTS
    )


class _Frame:
    """An open mapping or sequence: where it is, and (for a mapping) the key whose value comes next."""

    __slots__ = ("container", "flow", "is_map", "key", "loc")

    def __init__(self, container: dict[str, Any] | list[Any], loc: Loc, flow: bool) -> None:
        self.container = container
        self.is_map = isinstance(container, dict)
        self.loc = loc
        self.flow = flow
        self.key: str | None = None


_COLLECTION = object()  # what an anchor on a mapping or sequence stands for: aliases of it are refused
_SCALAR, _MAPPING, _SEQUENCE, _ALIAS = (
    yaml.ScalarEvent,
    yaml.MappingStartEvent,
    yaml.SequenceStartEvent,
    yaml.AliasEvent,
)


class _EventReader:
    """Plain data (and, if asked, positions) from libyaml's events; _Unusual on what ruamel must judge."""

    def __init__(self, text: str, max_depth: int, max_values: int, *, place: bool) -> None:
        self.text = text
        self.max_depth = max_depth
        self.budget = max_values
        self.place = place
        self.values: dict[Loc, Position] = {}
        self.keys: dict[Loc, Position] = {}
        self.anchors: dict[str, tuple[Any, Any]] = {}

    def read(self) -> Any:
        parser = _CParser(self.text)
        stack: list[_Frame] = []
        root: Any = None
        documents = 0
        get_event = parser.get_event
        while True:
            event = get_event()
            kind = type(event)
            # The usual events first: this loop runs once for every key and value of every file.
            if kind is _SCALAR or kind is _MAPPING or kind is _SEQUENCE or kind is _ALIAS:
                if stack and stack[-1].is_map and stack[-1].key is None:
                    self.key(stack[-1], event)
                else:
                    root = self.node(stack, event, root)
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                stack.pop()
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Unusual  # ruamel says where the second document starts
            elif kind is yaml.StreamEndEvent:
                break
            elif kind is not yaml.StreamStartEvent and kind is not yaml.DocumentEndEvent:
                raise _Unusual
        if self.place and not (isinstance(root, dict | list) and root):
            self.values[()] = content_start(self.text)  # as the careful reading places such a root
        return root

    def key(self, frame: _Frame, event: Any) -> None:
        # Keys must be plain or quoted text, once each; a plain "<<" is a merge key to ruamel.
        if type(event) is not yaml.ScalarEvent or event.anchor is not None or event.tag is not None:
            raise _Unusual
        text = event.value
        if event.implicit[0] and (_resolve(text) != "str" or text == "<<"):
            raise _Unusual
        if text in frame.container:
            raise _Unusual
        frame.key = text
        if self.place:
            mark: Any = event.start_mark
            self.keys[(*frame.loc, text)] = (mark.line + 1, mark.column + 1)

    def node(self, stack: list[_Frame], event: Any, root: Any) -> Any:
        """Builds the value `event` starts, puts it in its parent, and returns the root so far."""
        self.budget -= 1
        if self.budget < 0:
            raise TooManyValues((event.start_mark.line + 1, event.start_mark.column + 1))
        if len(stack) > self.max_depth:
            raise _Unusual
        parent = stack[-1] if stack else None
        # Where the value is, needed only to place it (or what it holds).
        loc: Loc = ()
        if self.place and parent is not None:
            key = parent.key if parent.is_map else len(parent.container)
            assert key is not None
            loc = (*parent.loc, key)
        kind = type(event)
        mark: Any = event.start_mark
        if kind is _ALIAS:
            value, mark = self.anchors.get(event.anchor, (_COLLECTION, None))
            if value is _COLLECTION:
                raise _Unusual
        elif event.tag is not None:
            raise _Unusual  # an explicit tag: ruamel judges it
        elif kind is _SCALAR:
            if parent is None and event.style in ("|", ">"):
                raise _Unusual  # the readings part on comment-like lines of a top-level block scalar
            value = self.scalar(event, parent)
        else:
            value = {} if kind is _MAPPING else []
            stack.append(_Frame(value, loc, bool(event.flow_style)))
        if kind is not _ALIAS and event.anchor is not None:
            self.anchors[event.anchor] = (_COLLECTION if kind is not _SCALAR else value, mark)
        if self.place:
            self.values[loc] = (mark.line + 1, mark.column + 1)
        if parent is None:
            return value
        container = parent.container
        if isinstance(container, dict):
            assert parent.key is not None
            container[parent.key] = value
            parent.key = None
        else:
            container.append(value)
        return root

    @staticmethod
    def scalar(event: Any, parent: _Frame | None) -> Any:
        text: str = event.value
        if not event.implicit[0]:
            return text  # quoted, or a block scalar
        if text == "<<":
            raise _Unusual  # a merge key's value, to ruamel
        if not text and parent is not None and parent.flow:
            raise _Unusual  # an empty value in a flow collection: the readings place it differently
        tag = _resolve(text)
        if tag == "str":
            return text
        if tag == "int":
            if len(text) > MAX_INT_DIGITS:
                raise _Unusual  # refused, at its place, by the careful reading
            return int(text)  # decimal, as YAML 1.2 reads 010 (YAML 1.1 read it as octal)
        if tag == "float":
            special = _SPECIAL_FLOATS.get(text.lower())
            return special if special is not None else float(text)
        if tag == "null":
            return None
        if tag == "bool":
            return text[0] in "tT"
        raise _Unusual


# Keys and short values repeat in every file ("rating", "3", "true"): each is resolved once.
@lru_cache(maxsize=4096)
def _resolve(text: str) -> str:
    """The core schema's type for a plain scalar, as ruamel resolves it."""
    for tag, pattern in _RESOLVERS.get(text[:1], ()):
        if pattern.match(text):
            return tag
    return "str"
