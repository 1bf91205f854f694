"""The fast reading of YAML with libyaml, and the placing of its values only when a problem needs it.

Most files are plain, and a valid one needs no line numbers. libyaml (through PyYAML) reads many
times faster than ruamel's round-trip parser, which is kept for files with anything unusual, where it
refuses each oddity at its position. This reading must never accept a file differently from the
round-trip reading, so it follows YAML 1.2's core schema as ruamel does, and gives up (returns None)
on anything unusual: tags, duplicate keys, aliases of collections, keys that are not text, deep
nesting. A file it accepts is placed, when a problem needs a line, from libyaml's own node marks.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from cmhroadmap.yaml_limits import Loc, Position, content_start

_TAG = re.compile(r"(?:^|[\s\[{,:-])!")
# Where the two readings part: directives (%YAML 1.1 changes what yes, 010 and 1:30 mean), the line
# breaks YAML 1.1 had and 1.2 dropped, which libyaml still breaks lines at, and tabs, which libyaml
# takes as spaces in places ruamel refuses them ("key: <tab>").
_DIRECTIVE = re.compile("^%", re.MULTILINE)
_DIVERGENT_CHARACTERS = ("\t", "\x85", "\u2028", "\u2029")
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


def _loader_class() -> type[yaml.CSafeLoader]:
    class Loader(yaml.CSafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {}
    # YAML 1.2 core schema, as ruamel resolves plain scalars; dates stay text (the models read them).
    core = [
        ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
        ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
        ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
        (
            "tag:yaml.org,2002:float",
            r"^(?:[-+]?[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+"
            r"|[-+]?\.[0-9]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
            list("-+0123456789."),
        ),
        # Checked after the patterns above: what ruamel reads as a number and they do not.
        ("tag:cmhroadmap,unusual", _OTHER_NUMBER, list("-+0123456789.")),
    ]
    for tag, pattern, first in core:
        Loader.add_implicit_resolver(tag, re.compile(pattern), first)
    return Loader


_LOADER = _loader_class() if hasattr(yaml, "CSafeLoader") else None
_STR, _INT, _FLOAT, _NULL, _BOOL = (
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "null", "bool")
)
_SPECIAL_FLOATS = {".inf": float("inf"), "+.inf": float("inf"), "-.inf": float("-inf"), ".nan": float("nan")}


def fast_load(text: str, max_depth: int, max_values: int) -> tuple[bool, Any]:
    """(True, data) when libyaml reads the text plainly; (False, None) when it needs ruamel."""
    if _LOADER is None or _diverges(text):
        return False, None
    try:
        # libyaml composes the nodes; building plain data from them here is several times quicker
        # than PyYAML's general constructor, and checks what the careful reading must judge.
        builder = _Builder(max_depth, max_values)
        return True, builder.plain(yaml.compose(text, Loader=_LOADER), 0)
    except (_Unusual, yaml.YAMLError, ValueError, RecursionError):
        return False, None


def _diverges(text: str) -> bool:
    """Whether the text holds what the two readings take differently (tested cheaply first)."""
    if "!" in text and _TAG.search(text):
        return True
    if "%" in text and _DIRECTIVE.search(text):
        return True
    return any(char in text for char in _DIVERGENT_CHARACTERS)


class _Builder:
    """Plain data from composed nodes; raises _Unusual on anything the careful reading must judge."""

    def __init__(self, max_depth: int, max_values: int) -> None:
        self.max_depth = max_depth
        self.budget = max_values
        self.seen: set[int] = set()

    def plain(self, node: yaml.Node | None, depth: int) -> Any:
        self.budget -= 1
        if node is None:  # an empty document
            return None
        if depth > self.max_depth or self.budget < 0:
            raise _Unusual
        tag = node.tag
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(tag, node.value)
        if id(node) in self.seen:  # an alias of a collection
            raise _Unusual
        self.seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            return [self.plain(item, depth + 1) for item in node.value]
        result: dict[str, Any] = {}
        for key, value in node.value:
            # Keys must be text, once each; "<<" is a merge key to ruamel.
            if key.tag != _STR or not isinstance(key, yaml.ScalarNode) or key.value in result:
                raise _Unusual
            if key.value == "<<":
                raise _Unusual
            result[key.value] = self.plain(value, depth + 1)
        return result

    @staticmethod
    def scalar(tag: str, value: str) -> Any:
        if tag == _STR:
            return value
        if tag == _INT:
            return int(value)  # decimal, as YAML 1.2 reads 010 (YAML 1.1 read it as octal)
        if tag == _FLOAT:
            special = _SPECIAL_FLOATS.get(value.lower())
            return special if special is not None else float(value)
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return value[0] in "tT"
        raise _Unusual


def fast_positions(text: str) -> tuple[dict[Loc, Position], dict[Loc, Position]]:
    """The line and column (1-based) of every value and key of a text `fast_load` accepted."""
    assert _LOADER is not None, "only a text fast_load accepted is placed here"
    values: dict[Loc, Position] = {}
    keys: dict[Loc, Position] = {}
    root = yaml.compose(text, Loader=_LOADER)
    if root is None or isinstance(root, yaml.ScalarNode) or not root.value:
        values[()] = content_start(text)  # as the careful reading places a root with nothing to mark
        if root is None:
            return values, keys
    pending: list[tuple[yaml.Node, Loc]] = [(root, ())]
    while pending:
        node, loc = pending.pop()
        mark = node.start_mark
        values.setdefault(loc, (mark.line + 1, mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                keys[(*loc, key.value)] = (key.start_mark.line + 1, key.start_mark.column + 1)
                pending.append((value, (*loc, key.value)))
        elif isinstance(node, yaml.SequenceNode):
            pending.extend((item, (*loc, index)) for index, item in enumerate(node.value))
    return values, keys
