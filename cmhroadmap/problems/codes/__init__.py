"""Every problem code the tool reports, one module per kind of input: add a new code to its module.

Each module holds one `GROUP`; `cmhroadmap.problems.catalogue` gathers them. A test fails when the
code base can report a code that is not here, or when docs/problems.md is not the page made from here.
"""
