"""The published site: a region's assessments over every period as linked static pages.

May import: `cmhroadmap.reports`, `cmhroadmap.workbook`, `cmhroadmap.cycle` and every layer below them.
"""
