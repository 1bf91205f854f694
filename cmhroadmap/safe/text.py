"""Neutralising user text for one-line messages and terminals: no control characters get through."""

from __future__ import annotations

import re

# C0 and C1 controls (ESC starts terminal escape sequences), and the Unicode line separators and
# bidirectional overrides that can make text display differently from what it is; and halves of
# UTF-16 pairs (from escapes such as "\ud800"), which no output can encode.
CONTROL_CHARACTER = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def printable(text: str) -> str:
    """Text with every control character shown as a visible hex escape; newlines and tabs kept."""
    return CONTROL_CHARACTER.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def single_line(text: str) -> str:
    """Text kept on one line, every character still shown: newlines and tabs written as escapes."""
    return printable(text).replace("\n", "\\n").replace("\t", "\\t")


def one_line(text: str) -> str:
    return printable(" ".join(text.split()))


def quoted(value: object, limit: int = 60) -> str:
    """User input quoted for a one-line message: control characters escaped, long text shortened."""
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    text = value if isinstance(value, str) else repr(value)
    text = single_line(text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'" if isinstance(value, str) else text
