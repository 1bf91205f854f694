"""The annual cycle over many files at once: a corpus read, validate, trajectory, benchmarking, export.

May import: `cmhroadmap.assessment` and every layer below it.
"""
