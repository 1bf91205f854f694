"""Problems found in users' files: the Problem value, the exception root, the catalogue of codes, formats.

Every problem code is defined once in `codes/` (one module per kind of input) with its explanation;
`catalogue.py` gathers them for `explain` and docs/problems.md; `formats.py` is the registry of the
ways problems are printed. May import only `cmhroadmap.formats` and `cmhroadmap.safe`.
"""
