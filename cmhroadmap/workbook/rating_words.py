"""Reading a rating typed as words ("Partially in place", "3 - Partially in place") as its level."""

from __future__ import annotations

import re
from collections.abc import Mapping

from cmhroadmap.assessment.rating_words import label_words, labels_by_words
from cmhroadmap.problems.suggest import closest

# "3", "3 - Partially in place", "3. Partially in place", "3: partially in place", "Partially in place"
# ASCII digits only ("٤" and "４" are not 4); a number is no level past a few digits, and is checked for
# length before int(), which refuses thousands of digits.
_LEVEL_AND_WORDS = re.compile(r"\s*(?:([0-9]+)\s*[-–—:.)]?\s*)?(.*?)\s*", re.DOTALL)
_LONGEST_LEVEL = 3


def level_from_words(text: str, labels: Mapping[int, str]) -> tuple[int | None, str]:
    """The level `text` names, or None with a hint ('' when there is none) of what was meant.

    A number and its label must agree; a label alone, in any case, is enough.
    """
    if any(char.isdigit() and not char.isascii() for char in text):
        return None, ""  # "٤" and "４" are not 4, whatever words follow them
    match = _LEVEL_AND_WORDS.fullmatch(text)
    if match is None:  # pragma: no cover - the pattern matches any text
        return None, ""
    number, words = match.group(1), label_words(match.group(2))
    if number is not None and len(number) > _LONGEST_LEVEL:
        return None, ""
    by_words = labels_by_words(labels)
    named = by_words.get(words) if words else None
    if number is not None and int(number) in labels:
        level = int(number)
        if not words or named == level:
            return level, ""
        if named is not None:
            return None, f" ({level} is {labels[level]}, but {labels[named]} is {named}: write one of them)"
        return None, ""
    if number is None and named is not None:
        return named, ""
    near = closest(words, by_words) if words else None
    if near is None:
        return None, ""
    return None, f" (did you mean {by_words[near]} {labels[by_words[near]]}?)"
