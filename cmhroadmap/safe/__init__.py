"""Making text from any input safe for the output it goes to: terminal, Markdown, Mermaid, HTML, CSV, xlsx.

A bottom layer, beside `cmhroadmap.formats`: imports nothing of the package (markupsafe only).
"""
