"""Did-you-mean suggestions for ids and keys that are nearly right."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The candidate nearest to `word`, or None when none is close enough."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=cutoff)
    return matches[0] if matches else None


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A ' (did you mean 'x'?)' suffix naming the closest candidate, or '' when none is close."""
    match = closest(word, candidates)
    return f" (did you mean '{match}'?)" if match is not None else ""
