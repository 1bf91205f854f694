"""The bundled roadmap says what the source says: every slide, step, marker and relies-upon line."""

from __future__ import annotations

import pytest

from cmhroadmap.roadmap.roadmap import Roadmap, normalise_wording
from tests.conftest import SOURCE
from tests.seed_source import Slide, read_slides

pytestmark = pytest.mark.skipif(
    not SOURCE.exists(), reason=f"source document not found at {SOURCE} (../shared is not beside)"
)

# The source's explanation of its own boxes uses the same headings but is not a slide.
NOT_A_SLIDE = {"Breakdown of the annexes"}


@pytest.fixture(scope="module")
def slides() -> list[Slide]:
    return [slide for slide in read_slides(SOURCE) if slide.title not in NOT_A_SLIDE]


def slide_id(roadmap: Roadmap, slide: Slide) -> str:
    found = roadmap.resolve(slide.title)
    assert found is not None, f"slide '{slide.title}' (line {slide.line}) has no deliverable"
    return found


def test_every_slide_has_exactly_one_deliverable(roadmap: Roadmap, slides: list[Slide]) -> None:
    ids = [slide_id(roadmap, slide) for slide in slides]
    assert len(ids) == len(set(ids))
    annexed = {item.id for item in roadmap if item.kind in ("slide", "combined-slide")}
    assert set(ids) == annexed
    assert len(slides) == 39  # 37 slides and 2 combined slides


def test_step_and_marker_counts_match_the_source(roadmap: Roadmap, slides: list[Slide]) -> None:
    mismatches = []
    for slide in slides:
        item = roadmap[slide_id(roadmap, slide)]
        expected = (slide.numbered("getting_started"), slide.numbered("success"))
        actual = (len(item.getting_started), len(item.success))
        if expected != actual:
            mismatches.append(f"{item.id}: source {expected}, yaml {actual}")
    assert mismatches == []


def test_step_text_is_transcribed(roadmap: Roadmap, slides: list[Slide]) -> None:
    """Each numbered line's words appear, in order, in the matching YAML item."""
    for slide in slides:
        item = roadmap[slide_id(roadmap, slide)]
        for box, items in (("getting_started", item.getting_started), ("success", item.success)):
            numbered = [line for line in slide.boxes.get(box, []) if line[:1].isdigit()]
            for line, yaml_item in zip(numbered, items, strict=True):
                words = _plain(line.split(". ", 1)[1]).split()
                assert " ".join(words[:6]) in _plain(yaml_item.text), (item.id, line)


def _plain(text: str) -> str:
    for markup in ("**", "*", "\\(", "\\)", "](#)", "["):
        text = text.replace(markup, {"\\(": "(", "\\)": ")"}.get(markup, ""))
    return " ".join(text.split())


def test_every_relies_upon_line_is_represented(roadmap: Roadmap, slides: list[Slide]) -> None:
    for slide in slides:
        item = roadmap[slide_id(roadmap, slide)]
        for wording in slide.relies():
            target = roadmap.resolve(wording)
            assert target is not None, f"{item.id}: no alias resolves '{wording}'"
            if target in item.relies_upon:
                continue
            # The one documented exception: a combined slide naming its own other half, which must be
            # explained in a note that quotes the wording. A slide's own umbrella is kept as printed.
            assert target == item.id, f"{item.id}: '{wording}' -> {target} missing"
            printed = normalise_wording(wording)
            assert any(printed in normalise_wording(note) for note in item.notes), item.id


def test_relies_upon_has_nothing_the_source_does_not_say(roadmap: Roadmap, slides: list[Slide]) -> None:
    for slide in slides:
        item = roadmap[slide_id(roadmap, slide)]
        printed = {roadmap.resolve(wording) for wording in slide.relies()}
        assert [t for t in item.relies_upon if t not in printed] == [], item.id


def test_self_references_to_an_umbrella_are_kept_as_printed(roadmap: Roadmap) -> None:
    naming_their_umbrella = [item.id for item in roadmap if item.part_of in item.relies_upon]
    assert naming_their_umbrella == ["alignment-perinatal", "ips-services", "eip-services"]
    # The data explains how they are read once, in roadmap.yaml, naming each of them.
    explained = [note for note in roadmap.meta.notes if "own umbrella" in note]
    assert len(explained) == 1
    assert all(name in explained[0] for name in naming_their_umbrella)
    assert not any("own umbrella" in note for item in roadmap for note in item.notes if item.part_of)


def _bullets_under(heading: str) -> list[str]:
    """The bullets of one '### heading' section of the source's opening slide, links as plain text."""
    lines = SOURCE.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"### {heading}")
    bullets = []
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            break
        if line.startswith("- "):
            bullets.append(line[2:].replace("](#)", "").replace("[", "").strip())
    return bullets


def test_purpose_and_how_to_use_are_each_complete(roadmap: Roadmap) -> None:
    assert list(roadmap.meta.purpose) == _bullets_under("Purpose:")
    assert list(roadmap.meta.how_to_use) == _bullets_under("How to use:")
    # The caveat that systems start from different points stays with the advice to use it as a guide.
    assert "not all systems will be starting from the same point" in roadmap.meta.how_to_use[1]


def test_the_expectation_quotes_the_legend_and_how_to_use_as_printed(roadmap: Roadmap) -> None:
    expectation = roadmap.meta.expectation
    assert expectation is not None
    text = SOURCE.read_text(encoding="utf-8")
    assert "In place by end of year" in text
    assert '"In place by end of year"' in " ".join(expectation.source.split())
    quoted = "a guide for systems as to what needs to be delivered by the end of 2023/24"
    assert quoted in text
    assert quoted in " ".join(expectation.source.split())
    assert (expectation.level, expectation.period) == (roadmap.top_level, "2023/24")
    assert expectation.note is not None
    assert expectation.note.startswith("Ours:")


@pytest.mark.parametrize(
    ("deliverable", "printed", "typo"),
    [
        ("ed-early-intervention", "Imbedded early implementation model", "Imbedded"),
        ("staff-retention", "it's impact is regularly evaluated", "it's impact"),
        ("staff-caseload-ratios", "a geographical area that is management", "that is management"),
    ],
)
def test_typos_are_kept_as_printed_and_noted(
    roadmap: Roadmap, deliverable: str, printed: str, typo: str
) -> None:
    assert printed in SOURCE.read_text(encoding="utf-8")
    item = roadmap[deliverable]
    texts = [m.text for m in (*item.getting_started, *item.success)] + [
        v.text for v in item.service_user_voice
    ]
    assert any(printed in text for text in texts)
    assert any(typo in note and "kept as printed" in note for note in item.notes), deliverable


def test_the_unexplained_asterisk_is_noted(roadmap: Roadmap) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert "Personality Disorder\\*" in text
    assert text.count("\\*") == 1  # nothing else in the source is marked with an asterisk
    assert any(a.annex_title.endswith("Disorder*") for a in roadmap.meta.dedicated_focus.areas)
    assert any("Disorder*" in note and "asterisk refers to nothing" in note for note in roadmap.meta.notes)


def test_real_urls_are_kept(roadmap: Roadmap) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    urls = {r.url for item in roadmap for r in item.resources if r.url}
    assert urls
    for url in urls:
        assert f"]({url})" in text
    assert text.count("](http") == len([r for item in roadmap for r in item.resources if r.url])
