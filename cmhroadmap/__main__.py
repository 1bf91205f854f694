"""`python -m cmhroadmap` runs the command line."""

from cmhroadmap.cli import main

main()
