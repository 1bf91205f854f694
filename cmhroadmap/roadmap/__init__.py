"""The roadmap: its file model, loading and checks, the cache of the bundled copy, the dependency graph.

May import: `cmhroadmap.yamlread`, `cmhroadmap.problems` and the shared foundations.
"""
