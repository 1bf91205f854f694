"""The command line: the only part of the package that imports typer and rich, and the only part that prints.

Parses arguments, calls the layers below, and reports; chooses formats and checks -o through the
registries in `cmhroadmap.formats`. May import every layer below it.
"""

from cmhroadmap.cli.app import app, main

__all__ = ["app", "main"]
