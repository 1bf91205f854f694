"""Reading users' YAML files: the fast and careful readings, their limits, and positions of every value.

Owns turning a file's text into plain data with every value's line and column (`SourceDocument`,
which the workbook's cells stand in for too), refusing what YAML allows but a roadmap or assessment
file never needs. May import: `cmhroadmap.reading`, `cmhroadmap.problems`, `cmhroadmap.formats` and
`cmhroadmap.safe`.
"""
