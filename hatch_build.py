"""The wheel's build hook: the bundled roadmap checked and prepared as data, the templates compiled.

Both only save time at run time; the package works without them (a checkout, an editable install),
and uses each only while it matches what it was made from (see cmhroadmap.roadmap.prepared and
cmhroadmap.reports.precompiled). Nothing generated is kept in git.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class PrepareBundled(BuildHookInterface):  # type: ignore[type-arg]
    """Writes the prepared roadmap and the compiled templates, and adds them to the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        # The package being built, from its source tree (its dependencies are build requirements).
        sys.path.insert(0, self.root)
        from cmhroadmap.reports.precompiled import compiled_package  # noqa: PLC0415
        from cmhroadmap.reports.rendering import source_environment  # noqa: PLC0415
        from cmhroadmap.roadmap.loader import load_roadmap  # noqa: PLC0415
        from cmhroadmap.roadmap.prepared import PREPARED_NAME, prepared_text  # noqa: PLC0415

        self._scratch = Path(tempfile.mkdtemp(prefix="cmhroadmap-build-"))
        included = build_data["force_include"]
        prepared = prepared_text(load_roadmap(Path(self.root) / "roadmap"))
        if prepared is None:
            # The roadmap has problems: the installed tool reads it from source and reports them.
            self.app.display_warning("The bundled roadmap has problems, so it is not prepared as data")
        else:
            (self._scratch / PREPARED_NAME).write_text(prepared, encoding="utf-8")
            included[str(self._scratch / PREPARED_NAME)] = f"cmhroadmap/_bundled/{PREPARED_NAME}"
        compiled = self._scratch / "compiled_templates"
        compiled.mkdir()
        for name, text in compiled_package(source_environment()).items():
            (compiled / name).write_text(text, encoding="utf-8")
        included[str(compiled)] = "cmhroadmap/reports/compiled_templates"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
