"""A fast first reading of YAML with libyaml, for files that turn out to have nothing to locate.

Most files are valid, and a valid file needs no line numbers. libyaml (through PyYAML) parses several
times faster than ruamel's round-trip parser, which is kept for files with problems, where it gives
every position. This reading must never accept a file differently from the round-trip reading, so
it follows YAML 1.2's core schema as ruamel does, and gives up (returns None) on anything unusual:
tags, duplicate keys, aliases of collections, keys that are not text, deep nesting.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_TAG = re.compile(r"(?:^|[\s\[{,:-])!")
# Where the two readings part: directives (%YAML 1.1 changes what yes, 010 and 1:30 mean), and the
# line breaks YAML 1.1 had and 1.2 dropped, which libyaml still breaks lines at.
_DIVERGENT = re.compile("^%|[\x85\u2028\u2029]", re.MULTILINE)
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

    def construct_mapping(loader: yaml.CSafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
        keys = [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
        if len(keys) != len(node.value) or len(set(keys)) != len(keys) or "<<" in keys:
            raise _Unusual
        return loader.construct_mapping(node, deep=True)

    def decimal_int(loader: yaml.CSafeLoader, node: yaml.ScalarNode) -> int:
        # YAML 1.2 reads 010 as ten; libyaml's 1.1 constructor would read it as octal.
        return int(loader.construct_scalar(node))

    def unusual(loader: yaml.CSafeLoader, node: yaml.Node) -> None:
        raise _Unusual

    Loader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    Loader.add_constructor("tag:cmhroadmap,unusual", unusual)
    Loader.add_constructor("tag:yaml.org,2002:int", decimal_int)
    return Loader


_LOADER = _loader_class() if hasattr(yaml, "CSafeLoader") else None


def fast_load(text: str, max_depth: int, max_values: int) -> tuple[bool, Any]:
    """(True, data) when libyaml reads the text plainly; (False, None) when it needs ruamel."""
    if _LOADER is None or _TAG.search(text) or _DIVERGENT.search(text):
        return False, None
    try:
        data = yaml.load(text, Loader=_LOADER)
        if _check(data, max_depth, set(), 0) > max_values:
            raise _Unusual
    except (_Unusual, yaml.YAMLError, ValueError, RecursionError):
        return False, None
    return True, data


def _check(node: Any, max_depth: int, seen: set[int], depth: int) -> int:
    """How many values the tree holds; raises _Unusual on what the careful reading must judge."""
    if depth > max_depth:
        raise _Unusual
    if isinstance(node, dict | list):
        if id(node) in seen:
            raise _Unusual
        seen.add(id(node))
        children = node.values() if isinstance(node, dict) else node
        if isinstance(node, dict) and not all(isinstance(key, str) for key in node):
            raise _Unusual
        return 1 + sum(_check(child, max_depth, seen, depth + 1) for child in children)
    if node is not None and not isinstance(node, str | int | float):
        raise _Unusual
    return 1
