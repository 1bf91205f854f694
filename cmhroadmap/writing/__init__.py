"""Writing outputs: one file replaced in one step, never over an input, and CSV for spreadsheets.

`atomic.py` writes a file (folders made when asked); `spreadsheet.py` is the one CSV writer.
May import: `cmhroadmap.reading` (to know what was read), `cmhroadmap.problems`, `cmhroadmap.formats`
and `cmhroadmap.safe`.
"""
