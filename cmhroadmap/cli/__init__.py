"""The command line: the only part of the package that imports typer and rich."""

from cmhroadmap.cli.app import app, main

__all__ = ["app", "main"]
