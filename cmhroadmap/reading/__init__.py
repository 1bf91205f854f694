"""Reading inputs: any file read whole within its limit, and where the bundled roadmap and templates are.

Notes every file read, so that no output ever replaces one. May import only `cmhroadmap.problems`,
`cmhroadmap.formats` and `cmhroadmap.safe`.
"""
