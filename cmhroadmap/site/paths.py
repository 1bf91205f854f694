"""Where each page of the site lives, and the relative links between pages."""

from __future__ import annotations

import posixpath

INDEX = "index.html"
METHOD = "method.html"
DOWNLOADS = "downloads.html"
DATA = "data/ratings"  # the tidy export: data/ratings.csv and .json, one per format it is written in


def download(extension: str) -> str:
    """The site's download of the export in the format with this extension: data/ratings.csv."""
    return DATA + extension


# Marks a folder as a site that publish wrote, so that --force replaces only such a folder.
MARKER = ".cmhroadmap-site"


def period_slug(period: str) -> str:
    """2023/24 as 2023-24: a period is checked to be YYYY/YY, so this is a safe file name."""
    return period.replace("/", "-")


def system_page(code: str) -> str:
    # ODS codes are checked to be [A-Z0-9]{3,10}, so they are safe folder names.
    return f"systems/{code}/index.html"


def trajectory_page(code: str) -> str:
    return f"systems/{code}/trajectory.html"


def report_page(code: str, period: str) -> str:
    return f"systems/{code}/{period_slug(period)}.html"


def deliverable_page(deliverable_id: str) -> str:
    # Deliverable ids are checked to be lower-case words joined by hyphens.
    return f"deliverables/{deliverable_id}.html"


def link(source: str, target: str) -> str:
    """A relative link from the page at `source` to `target` (both relative to the site's root)."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")
