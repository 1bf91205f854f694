"""The roadmap keeps the shared register's ids, columns, kinds, part_of links and footnotes exactly."""

from __future__ import annotations

import csv

import pytest

from cmhroadmap.roadmap.roadmap import Roadmap
from tests.conftest import REGISTER

pytestmark = pytest.mark.skipif(
    not REGISTER.exists(), reason=f"register not found at {REGISTER} (../shared is not beside)"
)


def register_rows() -> list[dict[str, str]]:
    if not REGISTER.exists():
        return []
    with REGISTER.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_same_ids_in_the_same_order_within_each_column(roadmap: Roadmap) -> None:
    rows = register_rows()
    assert len(rows) == len(roadmap) == 50
    for column in roadmap.columns:
        expected = [row["id"] for row in rows if row["column"] == column.id]
        actual = [item.id for item in roadmap if roadmap.column_of(item.id) == column.id]
        assert actual == expected, column.id


@pytest.mark.parametrize("row", register_rows(), ids=lambda row: row["id"])
def test_deliverable_matches_its_register_row(roadmap: Roadmap, row: dict[str, str]) -> None:
    item = roadmap[row["id"]]
    assert roadmap.column_of(item.id) == row["column"]
    assert item.kind == row["kind"]
    assert (item.part_of or "-") == row["part_of"]
    footnotes = ",".join(str(n) for n in item.footnotes) or "-"
    assert footnotes == row["footnotes"]
    assert item.title == row["title"]
