"""The strict pydantic base of every file model, and pydantic's errors placed at line:col in plain words.

Used by the YAML files' models and by the workbook, whose cells are placed the same way.
May import: `cmhroadmap.yamlread` (a document's positions), `cmhroadmap.writing`, `cmhroadmap.reading`,
`cmhroadmap.problems`, `cmhroadmap.formats` and `cmhroadmap.safe`.
"""
