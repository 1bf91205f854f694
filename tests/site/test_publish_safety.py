"""`publish` never deletes what it did not write: foreign files, planted markers, links, races, -o paths."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from cmhroadmap.site import paths
from cmhroadmap.site.manifest import HEADER, read_manifest
from cmhroadmap.site.writing import write_site
from cmhroadmap.writing.atomic import OutputRefused
from tests.conftest import EXAMPLES
from tests.site.conftest import EXAMPLES_DIR, publish


def snapshot(root: Path) -> dict[str, object]:
    """Everything under `root`: each file's bytes, each link's target, each folder."""
    found: dict[str, object] = {}
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[name] = ("link", os.readlink(path))
        elif path.is_dir():
            found[name] = "folder"
        else:
            found[name] = path.read_bytes()
    return found


@pytest.fixture
def site(tmp_path: Path) -> Path:
    target = tmp_path / "site"
    code, output = publish(target, EXAMPLES[0])
    assert code == 0, output
    return target


def test_the_marker_lists_every_file_written_with_its_hash(site: Path) -> None:
    recorded = read_manifest(site)
    assert recorded is not None
    written = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert set(recorded) == written - {paths.MARKER}
    assert (site / paths.MARKER).read_text(encoding="utf-8").startswith(HEADER)


@pytest.mark.parametrize(
    ("added", "named"),
    [(".git/HEAD", ".git"), ("CNAME", "CNAME"), ("systems/mine.html", "systems/mine.html")],
)
def test_a_file_publish_did_not_write_stops_even_force(
    site: Path, tmp_path: Path, added: str, named: str
) -> None:
    (site / added).parent.mkdir(parents=True, exist_ok=True)
    (site / added).write_text("someone's\n", encoding="utf-8")
    before = snapshot(tmp_path)
    code, output = publish(site, EXAMPLES_DIR, options=("--force",))
    assert code == 2
    assert f"holds {named}, which publish did not write" in output
    assert "--force or not" in output
    assert snapshot(tmp_path) == before


def test_a_changed_page_stops_even_force(site: Path, tmp_path: Path) -> None:
    (site / "index.html").write_text("edited by hand\n", encoding="utf-8")
    before = snapshot(tmp_path)
    code, output = publish(site, EXAMPLES_DIR, options=("--force",))
    assert code == 2
    assert "holds index.html, which publish did not write (or which has changed since)" in output
    assert snapshot(tmp_path) == before


def test_a_link_inside_the_site_stops_even_force(site: Path, tmp_path: Path) -> None:
    (site / "notes").symlink_to(tmp_path)
    before = snapshot(tmp_path)
    code, output = publish(site, EXAMPLES_DIR, options=("--force",))
    assert code == 2
    assert "holds notes, which publish did not write" in output
    assert snapshot(tmp_path) == before


OLD_MARKER = "Written by cmhroadmap publish. publish --force replaces this folder as a whole.\n"


@pytest.mark.parametrize("marker", ["", OLD_MARKER])
def test_a_planted_marker_does_not_make_a_folder_a_site(tmp_path: Path, marker: str) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "minutes.docx").write_bytes(b"board minutes")
    (documents / paths.MARKER).write_text(marker, encoding="utf-8")
    before = snapshot(tmp_path)
    code, output = publish(documents, EXAMPLES[0], options=("--force",))
    assert code == 2
    assert "is not a site cmhroadmap published" in output
    assert snapshot(tmp_path) == before


def test_a_planted_manifest_listing_a_file_with_another_hash_is_refused(tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "plan.txt").write_text("ours\n", encoding="utf-8")
    (documents / paths.MARKER).write_text(HEADER + "0" * 64 + "  plan.txt\n", encoding="utf-8")
    before = snapshot(tmp_path)
    code, output = publish(documents, EXAMPLES[0], options=("--force",))
    assert code == 2
    assert "holds plan.txt, which publish did not write" in output
    assert snapshot(tmp_path) == before


def test_a_roadmap_inside_the_output_folder_is_refused(site: Path, tmp_path: Path) -> None:
    from tests.conftest import REPO

    roadmap = site / "rm"
    roadmap.mkdir()
    for path in (REPO / "roadmap").iterdir():
        if path.is_file():
            (roadmap / path.name).write_bytes(path.read_bytes())
    before = snapshot(tmp_path)
    code, output = publish(site, EXAMPLES[0], options=("--force", "--roadmap", str(roadmap)))
    assert code == 2
    assert "holds input files" in output
    assert snapshot(tmp_path) == before


def test_force_replaces_a_site_and_leaves_nothing_beside_it(site: Path, tmp_path: Path) -> None:
    code, output = publish(site, EXAMPLES_DIR, options=("--force",))
    assert code == 0, output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert (site / "systems" / "XB2").is_dir()


def _made_meanwhile(target: Path, make: str) -> Iterator[tuple[str, str]]:
    yield "index.html", "<p>new</p>\n"
    target.mkdir()
    if make == "foreign":
        (target / "report.docx").write_bytes(b"someone's report")
    yield "method.html", "<p>new</p>\n"


@pytest.mark.parametrize(("make", "force"), [("foreign", True), ("foreign", False)])
def test_a_folder_made_during_the_run_is_checked_again_at_the_swap(
    tmp_path: Path, make: str, force: bool
) -> None:
    target = tmp_path / "site"
    with pytest.raises(OutputRefused, match="is not a site cmhroadmap published"):
        write_site(target, _made_meanwhile(target, make), force=force)
    assert snapshot(tmp_path) == {"site": "folder", "site/report.docx": b"someone's report"}


def test_a_site_published_during_the_run_needs_force_at_the_swap(tmp_path: Path) -> None:
    target = tmp_path / "site"

    def files() -> Iterator[tuple[str, str]]:
        yield "index.html", "<p>new</p>\n"
        assert publish(target, EXAMPLES[0])[0] == 0
        yield "method.html", "<p>new</p>\n"

    with pytest.raises(OutputRefused, match="already holds a published site; add --force"):
        write_site(target, files(), force=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert (target / "systems").is_dir()


def test_a_symlinked_output_is_followed_and_the_link_kept(site: Path, tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(site)
    code, output = publish(link, EXAMPLES_DIR, options=("--force",))
    assert code == 0, output
    assert link.is_symlink()
    assert os.readlink(link) == str(site)
    assert (site / "systems" / "XB2").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "site"]


def test_a_symlink_loop_as_output_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    before = snapshot(tmp_path)
    code, output = publish(tmp_path / "a", EXAMPLES[0])
    assert code == 2
    assert output == f"Error: {tmp_path / 'a'} is a symbolic link that leads round in a loop; give a folder\n"
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("name", [".", ".."])
def test_the_current_folder_is_refused_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    code, output = publish(Path(name), EXAMPLES[0], options=("--force",))
    assert code == 2
    assert "give the site a folder of its own, such as -o site" in output
    assert snapshot(tmp_path) == {"here": "folder"}


def test_a_folder_holding_the_current_one_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inner = tmp_path / "site" / "inner"
    inner.mkdir(parents=True)
    monkeypatch.chdir(inner)
    code, output = publish(tmp_path / "site", EXAMPLES[0], options=("--force",))
    assert code == 2
    assert "holds the folder you are in" in output


def test_a_name_of_255_bytes_is_written(tmp_path: Path) -> None:
    target = tmp_path / ("s" * 255)
    code, output = publish(target, EXAMPLES[0])
    assert code == 0, output
    assert (target / "index.html").is_file()
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_name_too_long_fails_before_the_work(tmp_path: Path) -> None:
    code, output = publish(tmp_path / ("s" * 256), EXAMPLES[0])
    assert code == 2
    assert "is 256 bytes long; this file system takes names of up to 255 bytes" in output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["CON", "nul", "COM1", "lpt9.site", "Aux"])
def test_a_windows_reserved_name_is_refused(tmp_path: Path, name: str) -> None:
    code, output = publish(tmp_path / name, EXAMPLES[0])
    assert code == 2
    assert output == f"Error: {name} is a name Windows keeps for a device; choose another name\n"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_may_not_be_written_fails_before_the_work(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write in any folder")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    code, output = publish(locked / "site", EXAMPLES[0])
    assert code == 2
    assert f"cannot write in the folder {locked}: permission denied" in output


def _region(folder: Path, systems: int) -> None:
    text = (EXAMPLES_DIR / "north-riverside" / "2023-24.yaml").read_text(encoding="utf-8")
    for number in range(systems):
        (folder / f"s{number}.yaml").write_text(text.replace("code: XA1", f"code: QK{number:03d}"), "utf-8")


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
def test_workers_die_with_publish_when_it_is_killed(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    from cmhroadmap.site.system_pages import PARALLEL_FROM

    region = tmp_path / "region"
    region.mkdir()
    _region(region, PARALLEL_FROM + 40)
    process = subprocess.Popen(
        [sys.executable, "-m", "cmhroadmap", "publish", str(region), "-o", str(tmp_path / "site")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "SOURCE_DATE_EPOCH": "0"},
    )
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        workers = [pid for pid in _children(process.pid) if _alive(pid)]
        if len(workers) >= 2:
            break
        time.sleep(0.05)
    assert len(workers) >= 2, "publish started no worker processes"
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.05)
    assert not [pid for pid in workers if _alive(pid)]


def test_o_dash_is_refused_since_a_site_cannot_be_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.iterdir())
    code, output = publish(Path("-"), EXAMPLES[0])
    assert code == 2
    assert "publish writes a folder of pages, which cannot be printed; name a folder" in output
    assert sorted(tmp_path.iterdir()) == before  # no folder called '-'
