"""The roadmap: its file model, loading and checks, and the dependency graph.

May import: `cmhroadmap.models`, `cmhroadmap.yamlread`, `cmhroadmap.writing`, `cmhroadmap.reading`,
`cmhroadmap.problems`, `cmhroadmap.formats` and `cmhroadmap.safe`.
"""
