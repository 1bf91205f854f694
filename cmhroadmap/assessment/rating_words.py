"""What a rating written in words, in a YAML file, should be written as: its level's number."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.casefold()).split())


def number_hint(given: str, labels: Mapping[int, str], key: str = "rating") -> str:
    """' (Partially in place is 3: write rating: 3)' for a level's label, '' when `given` names none.

    A label spelt nearly right gets a did-you-mean with its number.
    """
    words = _words(given)
    if not words or len(words) > 100:
        return ""
    by_words = {_words(label): level for level, label in labels.items()}
    if words in by_words:
        level = by_words[words]
        return f" ({labels[level]} is {level}: write {key}: {level})"
    close = difflib.get_close_matches(words, list(by_words), n=1, cutoff=0.75)
    if close:
        level = by_words[close[0]]
        return f" (did you mean {level} {labels[level]}? write {key}: {level})"
    return ""
