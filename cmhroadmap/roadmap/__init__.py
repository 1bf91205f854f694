"""The roadmap: its file model, loading and checks, and the dependency graph.

May import: `cmhroadmap.yamlread`, `cmhroadmap.problems` and the shared foundations.
"""
