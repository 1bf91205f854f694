"""Writing outputs: one file replaced in one step, never over an input, folders made when asked.

May import: `cmhroadmap.reading` (to know what was read), `cmhroadmap.problems` and `cmhroadmap.safe`.
"""
