"""The `yaml-language-server` line of a written assessment: a relative path to a schema in its repository."""

from __future__ import annotations

import os
from pathlib import Path

# Where a repository keeps the schema, as `cmhroadmap schema assessment -o ...` is told in the README.
SCHEMA_PLACES = ("schemas/assessment.schema.json", "assessment.schema.json")
ADD_SCHEMA = "cmhroadmap schema assessment -o schemas/assessment.schema.json"


def schema_reference(target: Path) -> str | None:
    """The schema's path relative to `target`'s folder, found searching upwards; None if there is none.

    An absolute path would be wrong on a colleague's machine and in CI, so nothing is written then.
    The search stops at the top of the repository (the folder holding .git).
    """
    folder = Path(os.path.abspath(target)).parent
    for candidate in (folder, *folder.parents):
        for place in SCHEMA_PLACES:
            found = candidate / place
            if found.is_file():
                return Path(os.path.relpath(found, folder)).as_posix()
        if (candidate / ".git").exists():
            return None
    return None


def schema_comment(reference: str) -> str:
    """The comment line (without '# ') that points editors using yaml-language-server at the schema."""
    return f"yaml-language-server: $schema={reference}"
