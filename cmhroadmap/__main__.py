"""`python -m cmhroadmap` runs the command line."""

from cmhroadmap.entry import main

main()
