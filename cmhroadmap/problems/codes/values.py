"""Codes for a file's keys and values against its model: what is missing, unknown or of the wrong kind."""

from __future__ import annotations

from cmhroadmap.problems.catalogue import Code, Group
from cmhroadmap.problems.problem import Severity

ERROR = Severity.ERROR

GROUP = Group(
    "Keys and values",
    (
        Code(
            "missing-key",
            ERROR,
            "A required key is missing",
            "The file (or one of its entries) leaves out a key it must have.",
            "Add the key named in the message, with its value.",
            "organisation:\n  name: North Riverside ICB   # code: is missing",
        ),
        Code(
            "unknown-key",
            ERROR,
            "A key the file format does not have",
            "The key is not one this kind of file uses, often a misspelling; its value would be ignored.",
            "Correct the spelling (the message suggests the nearest key), or delete the key.",
            "joint-governance:\n  ratng: 3",
        ),
        Code(
            "not-a-mapping",
            ERROR,
            "Keys and values were expected here",
            "This place holds a single value or a list where the format expects keys, each written "
            "`key: value` on its own line.",
            "Indent the entry's keys on the lines below it.",
            "joint-governance: 3   # write rating: 3 on the next line, indented",
        ),
        Code(
            "wrong-type",
            ERROR,
            "A value of the wrong kind",
            "The value is text where a number is expected, a single value where a list is expected, or "
            "the like.",
            "Write the kind of value the message names; numbers without quotes.",
            'rating: "3"',
        ),
        Code(
            "invalid-value",
            ERROR,
            "A value that is not one of those allowed",
            "The value has the right kind but is not allowed here: out of range, not one of the choices, "
            "or not in the pattern asked for.",
            "Write one of the values the message lists.",
            "rating: 7",
        ),
        Code(
            "invalid-date",
            ERROR,
            "Not a date written YYYY-MM-DD",
            "Dates are written year-month-day, such as 2024-03-31, so that they read the same everywhere.",
            "Write the date as YYYY-MM-DD.",
            "assessed_on: 31/03/2024",
        ),
        Code(
            "invalid-period",
            ERROR,
            "Not a financial year written YYYY/YY",
            "A period is an NHS financial year: the two years consecutive, written 2023/24.",
            "Write the period like 2023/24.",
            "period: 2023-2024",
        ),
        Code(
            "invalid-url",
            ERROR,
            "Not a web address a link can hold",
            "Addresses must start https:// (or http://) and hold no spaces, quotes or angle brackets.",
            "Write the whole address, such as https://www.england.nhs.uk/.",
            "url: www.england.nhs.uk",
        ),
        Code(
            "control-character",
            ERROR,
            "Text holds an invisible control character",
            "An invisible character, often pasted from another program, would show as nothing or change "
            "how the text around it displays.",
            "Delete the character (retype the words around it).",
            "title: Joint\\x1bgovernance",
        ),
        Code(
            "reserved-name",
            ERROR,
            "A name Windows keeps for a device",
            "Codes and ids become file names when a site is published; Windows will not open a file called "
            "CON, PRN, AUX, NUL, COM1-COM9 or LPT1-LPT9, with any extension.",
            "Use the organisation's real ODS code, or another id.",
            "code: CON",
        ),
    ),
)
