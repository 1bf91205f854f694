"""The console script's entry point: prepares the interpreter, then imports and runs the command line."""

from __future__ import annotations

import gc
import os


def main() -> None:
    # A run builds many objects and frees few: the cyclic collector, at its default threshold, kept
    # walking them all (a third of validate's time for 10,000 deliverables, and 23 collections while
    # typer alone is imported, which is why this is set before importing it). mypy's setting, for the
    # same reason; memory stayed the same.
    gc.set_threshold(200_000, 30, 30)
    # pydantic looks for plugins in every installed package's metadata before its first validator; a
    # command line has no use for them (typer turns them off only around its own adapters). Set here,
    # not in the library, so a program that uses cmhroadmap keeps its plugins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from cmhroadmap.cli import main as run_command_line  # noqa: PLC0415

    run_command_line()
