"""A file's problems told to a programme board in words: counts per kind, never path:line:col."""

from __future__ import annotations

from collections import Counter

from cmhroadmap.problems.problem import Problem

# code -> (one, many): what the checker's finding means for the board reading the ratings.
_WORDS = {
    "missing-evidence": ("1 rating gives no evidence", "{n} ratings give no evidence"),
    "success-not-evidenced": (
        "1 rating claims more than its Success markers show",
        "{n} ratings claim more than their Success markers show",
    ),
    "no-success-evidenced": (
        "1 rating of 3 shows no Success marker met",
        "{n} ratings of 3 show no Success marker met",
    ),
    "too-few-focus-areas": (
        "fewer dedicated focus areas are chosen than the roadmap expects",
        "fewer dedicated focus areas are chosen than the roadmap expects",
    ),
}
# Told elsewhere on the summary, from the ratings themselves: the counts per level (not assessed)
# and the ratings ahead of what they rely upon.
TOLD_ELSEWHERE = frozenset({"not-assessed", "rating-ahead-of-dependency", "acknowledged-dependency"})
_OTHER = ("1 other point in the file needs attention", "{n} other points in the file need attention")


def problems_in_words(problems: list[Problem]) -> list[str]:
    """One sentence per kind of problem, in the order above, with a count where it helps."""
    problems = [p for p in problems if p.code not in TOLD_ELSEWHERE]
    counts = Counter(p.code for p in problems)
    sentences = []
    for code, (one, many) in _WORDS.items():
        if counts[code]:
            sentences.append(_sentence(one, many, _distinct(problems, code)))
    others = sum(n for code, n in counts.items() if code not in _WORDS)
    if others:
        sentences.append(_sentence(*_OTHER, others))
    return sentences


def _distinct(problems: list[Problem], code: str) -> int:
    """Places in the file: two findings of a kind about one rating count as one rating."""
    return len({(p.line, p.column) for p in problems if p.code == code})


def _sentence(one: str, many: str, count: int) -> str:
    text = one if count == 1 else many.format(n=count)
    return text[0].upper() + text[1:] + "."
