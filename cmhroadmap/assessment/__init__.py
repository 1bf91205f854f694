"""One system's self-assessment and its independent validation: models, loading, checks, the walk.

Owns the rules a file is checked against, the dependency-consistency check, the priorities, the
`assess` job, writing new files (`init`) and the JSON Schemas of the file formats.
May import: `cmhroadmap.roadmap`, `cmhroadmap.yamlread`, `cmhroadmap.problems` and the shared foundations.
"""
