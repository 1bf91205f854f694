"""The annual cycle over many files at once: reading a corpus, validate, trajectory, benchmarking, tidy export.

May import: `cmhroadmap.assessment` and every layer below it.
"""
