"""A site published from the bundled examples, once per test session, as a user would run publish."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cmhroadmap.cli import app
from tests.conftest import REPO

EPOCH = "1712050200"  # 2024-04-02 09:30 UTC
EXAMPLES_DIR = REPO / "assessments"


def publish(target: Path, *paths: Path, options: tuple[str, ...] = ()) -> tuple[int, str]:
    result = CliRunner().invoke(
        app,
        ["publish", *map(str, paths), "-o", str(target), *options],
        env={"SOURCE_DATE_EPOCH": EPOCH},
    )
    return result.exit_code, result.output


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole bundled region, with the default choices: no evidence, no owners."""
    target = tmp_path_factory.mktemp("published") / "site"
    code, output = publish(target, EXAMPLES_DIR)
    assert code == 0, output
    return target


def site_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def tools() -> tuple[str, Path]:
    """Chromium and axe-core, or a skip (a failure in CI) saying how to install them."""
    from tests.browser import require_axe, require_chromium

    return require_chromium(), require_axe()
