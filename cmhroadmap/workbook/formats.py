"""The format the fill-in workbook is written in: an Excel workbook, which a terminal cannot show."""

from __future__ import annotations

from typing import Any

from cmhroadmap.formats.registry import XLSX, Registry

WORKBOOK_FORMATS: Registry[Any] = Registry("the workbook", (XLSX,))
