"""Reports for people: view models prepared in Python, rendered by one Jinja environment, charts, the graph.

Holds the registries of the report, trajectory, benchmark and graph formats (`formats.py`,
`graph_formats.py`). May import: `cmhroadmap.cycle` and every layer below it; not `cmhroadmap.workbook`.
"""
