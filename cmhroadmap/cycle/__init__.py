"""The annual cycle over many files at once: a corpus read, validate, trajectory, benchmarking, export.

Holds the export's format registry (also the site's downloads). May import: `cmhroadmap.assessment`
and every layer below it.
"""
