"""Problems found in users' files: the Problem value, the exception root, their output formats, did-you-mean.

The bottom layer: everything else reports through it. May import only `cmhroadmap.safe.text`.
"""
