"""Making text from any input safe for the output it goes to: terminal, Markdown, Mermaid, HTML, CSV, xlsx.

The bottom layer: imports nothing of the package (markupsafe only).
"""
