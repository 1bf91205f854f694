"""Reading users' YAML files: the fast and careful readings, their limits, and the strict models they fill.

Owns turning a file's text into plain data with every value's line and column, refusing what YAML
allows but a roadmap or assessment file never needs, and placing pydantic's errors at those positions.
May import: `cmhroadmap.problems` and the shared foundations at the top of the package.
"""
