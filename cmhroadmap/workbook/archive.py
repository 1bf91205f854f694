"""Checking a workbook's zip archive before openpyxl opens it: a small file must not unpack to gigabytes.

An .xlsx file is a zip of XML parts. openpyxl would unpack whatever the archive holds, so a 30 KB
file of repeated text could take minutes and gigabytes. The declared sizes are checked here; Python's
zip reader never returns more than a part's declared size, so the declarations bound what is read.
"""

from __future__ import annotations

import io
import zipfile

from cmhroadmap.reading.bounded import InputRefused

# An exported workbook holds a dozen parts, about 100 KB unpacked; a filled-in one a few times that.
MAX_PARTS = 200
MAX_PART_BYTES = 16 * 1024 * 1024
MAX_UNPACKED_BYTES = 48 * 1024 * 1024
# Spreadsheet XML packs about 4 to 1; past a megabyte, a part packed 100 to 1 is repetition made on purpose.
MAX_RATIO = 100
_RATIO_FROM = 1024 * 1024
_NOT_A_WORKBOOK = "this is not an Excel workbook; save it from Excel as 'Excel Workbook (.xlsx)'"


def open_checked(data: bytes) -> io.BytesIO:
    """The workbook's bytes to hand to openpyxl, or InputRefused if its archive is not a sane size."""
    stream = io.BytesIO(data)
    try:
        with zipfile.ZipFile(stream) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise InputRefused("not-a-workbook", _NOT_A_WORKBOOK) from None
    if len(parts) > MAX_PARTS:
        raise InputRefused("workbook-too-large", f"the workbook holds {len(parts):,} parts, over {MAX_PARTS}")
    total = 0
    for part in parts:
        total += part.file_size
        packed = max(part.compress_size, 1)
        if part.file_size > MAX_PART_BYTES or (
            part.file_size > _RATIO_FROM and part.file_size / packed > MAX_RATIO
        ):
            raise InputRefused(
                "workbook-too-large",
                f"the workbook's part {part.filename!r} unpacks to {part.file_size:,} bytes, "
                "far more than an assessment workbook holds",
            )
    if total > MAX_UNPACKED_BYTES:
        raise InputRefused(
            "workbook-too-large",
            f"the workbook unpacks to {total:,} bytes, over the limit of {MAX_UNPACKED_BYTES:,}",
        )
    stream.seek(0)
    return stream
