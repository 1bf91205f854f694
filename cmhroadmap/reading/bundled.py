"""Where the bundled roadmap and templates are: inside the installed wheel, or at the top of a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    # A wheel carries copies under cmhroadmap/_bundled; an editable install or a checkout uses the
    # reviewed originals at the repository's top level.
    installed = _PACKAGE / "_bundled" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def bundled_roadmap() -> Path:
    return _bundled("roadmap")


def bundled_prepared_roadmap() -> Path:
    """The bundled roadmap as data, which only a wheel carries (see cmhroadmap.roadmap.prepared)."""
    return _PACKAGE / "_bundled" / "prepared-roadmap.json"


def bundled_templates() -> Path:
    return _bundled("templates")
