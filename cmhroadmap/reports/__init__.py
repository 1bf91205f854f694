"""Reports for people: view models prepared in Python, rendered by one Jinja environment, and charts.

May import: `cmhroadmap.cycle` and every layer below it; not `cmhroadmap.workbook`.
"""
