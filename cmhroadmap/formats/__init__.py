"""Output formats: each format's name, file extensions and media type, and a registry per kind of output.

Every kind of output (problems, reports, graph, export and site downloads, assessment files,
workbooks, explanations) declares one `Registry` in its own layer, with the renderer of each format;
the command line takes its --format choices and its -o extension rule from there. A bottom layer,
beside `cmhroadmap.safe`: imports nothing of the package.
"""
