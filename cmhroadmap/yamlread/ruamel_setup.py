"""ruamel, set up for the careful reading: what it refuses while parsing, and where it places values."""

from __future__ import annotations

from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.nodes import MappingNode, SequenceNode
from ruamel.yaml.parser import RoundTripParser
from ruamel.yaml.scanner import Scanner
from ruamel.yaml.tokens import DirectiveToken, ValueToken

from cmhroadmap.yamlread.errors import Refused
from cmhroadmap.yamlread.limits import MAX_DEPTH, MAX_VALUES, Position, integer_refusal, too_many_values

_MERGE_TAG = "tag:yaml.org,2002:merge"


class _Parser(RoundTripParser):
    """Places an empty value ("key:" and nothing) just after its ':', as libyaml does.

    ruamel places it at whatever comes next, often a later key, which would point a problem with
    the empty value at the wrong line, and differently from the fast reading.
    """

    _after_colon: Any = None

    def parse_block_mapping_value(self) -> Any:
        token = self.scanner.peek_token()
        self._after_colon = token.end_mark if isinstance(token, ValueToken) else None
        try:
            return super().parse_block_mapping_value()
        finally:
            self._after_colon = None

    def process_empty_scalar(self, mark: Any, comment: Any = None) -> Any:
        return super().process_empty_scalar(self._after_colon or mark, comment)

    def process_directives(self) -> Any:
        # ruamel asserts the version it reads: "%YAML 1.3" would show its AssertionError's wording.
        token = self.scanner.peek_token()
        if isinstance(token, DirectiveToken) and token.name == "YAML":
            major, minor = token.value
            if major == 1 and minor not in (1, 2):
                message = f"%YAML {major}.{minor} is not a YAML version; delete the %YAML line"
                raise Refused("yaml-version", message, token.start_mark)
        return super().process_directives()


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
        # Values are counted, not keys (composed with no index), as the fast reading counts them.
        if not (isinstance(parent, MappingNode) and index is None):
            self.values += 1
        if self.values > MAX_VALUES:
            mark = self.parser.peek_event().start_mark
            raise Refused("too-many-values", too_many_values(MAX_VALUES), mark)
        if self.parser.check_event(AliasEvent):
            event = self.parser.peek_event()
            if isinstance(self.anchors.get(event.anchor), MappingNode | SequenceNode):
                self.collection_aliases.append((event.start_mark.line + 1, event.start_mark.column + 1))
        return super().compose_node(parent, index)


class _Constructor(RoundTripConstructor):
    """Round-trip constructor that leaves dates as text, so the models can report a bad date.

    A key written twice keeps its first value and is noted in `duplicates`, not refused: the file
    can still be checked, so its other problems are reported in the same run.
    """

    duplicates: list[tuple[Position, str]]

    def check_mapping_key(self, node: Any, key_node: Any, mapping: Any, key: Any, value: Any) -> bool:
        if key in mapping:
            if not hasattr(self, "duplicates"):
                self.duplicates = []
            mark = key_node.start_mark
            self.duplicates.append(((mark.line + 1, mark.column + 1), str(key)))
            return False
        return True

    def construct_non_recursive_object(self, node: Any, tag: str | None = None) -> Any:
        # A standard tag on a value it cannot hold ("!!bool x", "!!set x") makes ruamel fail with a
        # bare KeyError or AttributeError; it is refused here, at the value, like any other tag.
        try:
            return super().construct_non_recursive_object(node, tag)
        except (KeyError, AttributeError, TypeError, ValueError):
            shown = "!!" + str(node.tag).removeprefix("tag:yaml.org,2002:")
            raise Refused("unknown-tag", f"the tag {shown} is not allowed here", node.start_mark) from None

    def flatten_mapping(self, node: Any) -> Any:
        # A merge key copies another mapping's keys in; they would have no position of their own.
        for key_node, _ in node.value:
            if key_node.tag == _MERGE_TAG:
                message = "merge keys (<<) are not allowed; write the keys out in full"
                raise Refused("yaml-merge", message, key_node.start_mark)
        return super().flatten_mapping(node)

    def construct_merge_value(self, node: Any) -> Any:
        # A plain << anywhere but as a key; refused here, at its place, before ruamel gives up on it.
        message = "a plain << is a merge key to YAML; put it in quotes ('<<') to mean the text"
        raise Refused("yaml-merge", message, node.start_mark)

    def construct_yaml_int(self, node: Any) -> Any:
        # Refused before any conversion: "0x" and 5,000 digits would make int() raise, and 0b100
        # would quietly be 4.
        text = str(node.value)
        refusal = integer_refusal(text)
        if refusal is None:
            value = super().construct_yaml_int(node)
            if value == int(text, 10):
                return value
            # YAML 1.1 reads 010 as octal (8): a leading zero that changes the number.
            refusal = (
                "not-decimal",
                f"'{text}' is an octal number in YAML 1.1; write it without the leading 0",
            )
        raise Refused(*refusal, node.start_mark)

    def construct_yaml_float(self, node: Any) -> Any:
        try:
            return super().construct_yaml_float(node)
        except (ValueError, IndexError):
            return self.construct_yaml_str(node)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_str)
_Constructor.add_constructor("tag:yaml.org,2002:int", _Constructor.construct_yaml_int)
_Constructor.add_constructor("tag:yaml.org,2002:float", _Constructor.construct_yaml_float)
_Constructor.add_constructor(_MERGE_TAG, _Constructor.construct_merge_value)
# ruamel gives a lone "=" a tag of its own; in a file like this it is just text.
_Constructor.add_constructor("tag:yaml.org,2002:value", _Constructor.construct_yaml_str)


def new_parser() -> YAML:
    """A round-trip parser that places every value and refuses, with its position, what we refuse."""
    parser = YAML(typ="rt", pure=True)
    # The plain scanner, which drops comments: they are never needed here, and the round-trip
    # scanner's handling of them fails on some valid files ("overlap in comment").
    parser.Scanner = Scanner
    parser.Parser = _Parser
    parser.Constructor = _Constructor
    parser.Composer = _Composer
    # The walk refuses anything deeper; stopping the parser there too keeps its cost and stack small
    # for nesting the textual pre-check cannot see (such as flow brackets spread over many lines).
    parser.max_depth = MAX_DEPTH + 2
    return parser
