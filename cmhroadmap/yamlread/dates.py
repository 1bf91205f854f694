"""The one rule for a date written as text, in a YAML file or a workbook cell, said the same way."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from cmhroadmap.safe.text import quoted

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# How a date is often typed in the UK; refused (a file read elsewhere must not guess 03/04 wrong), but
# the message then says how to write that same date.
_DAY_FIRST = re.compile(r"([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})")


class DateRefused(ValueError):
    """Text that is not a date written YYYY-MM-DD, with the message to show (after the key's name)."""


def date_from_text(text: str) -> dt.date:
    """The date `text` names as YYYY-MM-DD, or DateRefused saying what to write instead."""
    if _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in text.split("-"))
        return _real_date(text, year, month, day)
    hint = ""
    if day_first := _DAY_FIRST.fullmatch(text.strip()):
        day, month, year = (int(part) for part in day_first.groups())
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year or 1, month)[1] and year:
            hint = f" (write {year:04d}-{month:02d}-{day:02d})"
    raise DateRefused(f"must be a date written YYYY-MM-DD, such as 2025-03-31; got {quoted(text)}{hint}")


def _real_date(text: str, year: int, month: int, day: int) -> dt.date:
    """The date, or DateRefused naming what does not exist (no library's wording)."""
    if not 1 <= year <= 9999:
        raise DateRefused(f"there is no such date as {text}: the year must be from 0001 to 9999")
    if not 1 <= month <= 12:
        raise DateRefused(f"there is no such date as {text}: the month must be from 01 to 12")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        name = dt.date(year, month, 1).strftime("%B")
        raise DateRefused(f"there is no such date as {text}: {name} {year} has {days} days")
    return dt.date(year, month, day)
