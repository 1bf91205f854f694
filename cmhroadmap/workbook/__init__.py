"""The Excel round trip: the workbook's layout, exporting an assessment to it and importing it back.

May import: `cmhroadmap.cycle` and every layer below it; not `cmhroadmap.reports`.
"""
