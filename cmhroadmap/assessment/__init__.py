"""One system's self-assessment and its independent validation: models, loading, checks, the walk.

Owns the rules a file is checked against, the dependency-consistency check, the priorities, the
`assess` job, writing new files (`init`), the JSON Schemas of the file formats, and reading one
assessment with its validation (and the previous period's, kept beside it).
May import: `cmhroadmap.roadmap` and every layer below it.
"""
