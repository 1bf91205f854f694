"""A rating written in words: its level's label read as the workbook and a YAML file both allow."""

from __future__ import annotations

import re
from collections.abc import Mapping

from cmhroadmap.problems.suggest import closest


def label_words(text: str) -> str:
    """`text` as bare lower-case words, so that 'Partially-in place' reads as 'partially in place'."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.casefold()).split())


def labels_by_words(labels: Mapping[int, str]) -> dict[str, int]:
    """Each level's label, as label_words has it, to its level."""
    return {label_words(label): level for level, label in labels.items()}


def number_hint(given: str, labels: Mapping[int, str], key: str = "rating") -> str:
    """' (Partially in place is 3: write rating: 3)' for a level's label, '' when `given` names none.

    A label spelt nearly right gets a did-you-mean with its number.
    """
    words = label_words(given)
    if not words or len(words) > 100:
        return ""
    by_words = labels_by_words(labels)
    if words in by_words:
        level = by_words[words]
        return f" ({labels[level]} is {level}: write {key}: {level})"
    near = closest(words, by_words, cutoff=0.75)
    if near is not None:
        level = by_words[near]
        return f" (did you mean {level} {labels[level]}? write {key}: {level})"
    return ""
