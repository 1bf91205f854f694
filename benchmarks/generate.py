"""Write the benchmark corpus: 42 ICBs x 5 periods of assessments, and roadmaps of 1,000-10,000 items."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import random
import shutil
import sys
import textwrap
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ROADMAP = REPO / "roadmap"
CORPUS = HERE / ".corpus"
STAMP = CORPUS / "stamp"

SEED = 20230531
ICBS = 42
PERIODS = ("2019/20", "2020/21", "2021/22", "2022/23", "2023/24")
ROADMAP_SIZES = (1_000, 5_000, 10_000)
# The CLI refuses a YAML file of more than 20,000 values (nodes); a synthetic deliverable has about
# 22, so a column file holds at most this many and large roadmaps get extra columns.
PER_FILE = 750

PLACES = (
    "Northern Fells", "Ashby Vale", "Brackenmoor", "Castleford Downs", "Eastmarsh", "Glenholm",
    "Hartwell", "Inglewood", "Kestrel Coast", "Larkfield", "Marshbrook", "Netherby", "Oakhurst",
    "Pendle Water", "Queensferry Plain", "Ravensdale", "Saltmarsh", "Thornbury Heath", "Upton Wolds",
    "Wexcombe", "Yarrow Valley", "Alderbank", "Blackwater", "Coldharbour", "Dunmere", "Elmstead",
    "Foxley", "Greystone", "Hollowmere", "Ivybridge Moor", "Juniper Hills", "Kingsford",
    "Lindenfield", "Moorcross", "Northwick", "Otterburn Vale", "Pinewood", "Redcliffe",
    "Stonebridge", "Tidewell", "Underhill", "Westbury Levels",
)  # fmt: skip
ACTORS = (
    "The place-based partnership", "The ICB mental health team", "Our VCSE alliance",
    "The Trust's community directorate", "The transformation programme board", "PCN clinical directors",
    "The lived experience panel", "The joint commissioning group", "The workforce steering group",
    "The data and digital working group",
)  # fmt: skip
DONE = (
    "agreed a costed plan for {topic}", "signed off terms of reference covering {topic}",
    "mapped current provision for {topic}", "recruited two coordinators to lead {topic}",
    "co-produced a service specification for {topic}", "ran a twelve-week pilot of {topic}",
    "published a baseline audit of {topic}", "secured recurrent funding for {topic}",
)  # fmt: skip
PROGRESS = (
    "Coverage reached {pct}% of PCNs by {month} {year}.",
    "{count} staff completed training by {month} {year}.",
    "Monthly reporting to the programme board started in {month} {year}.",
    "An evaluation with service users reported in {month} {year}.",
    "Waiting times fell to {count} days on average by {month} {year}.",
)
GAPS = (
    "Data sharing with primary care is still manual.",
    "Recruitment in the two rural places is behind plan.",
    "Funding beyond March is not yet confirmed.",
    "Uptake among younger adults remains low.",
    "The digital care record does not yet flow to the MHSDS.",
)
OWNERS = (
    "Director of Mental Health Commissioning", "Head of Primary Care Mental Health",
    "VCSE Partnerships Manager", "Associate Director of Transformation", "Clinical Lead for Psychosis",
    "Head of Involvement and Co-production", "Workforce Development Lead", "Head of Performance",
)  # fmt: skip
MONTHS = ("April", "June", "September", "November", "January", "March")  # of a financial year
WORDS = (
    "access", "care", "peer", "support", "housing", "crisis", "digital", "outcomes", "workforce",
    "therapy", "recovery", "carers", "equality", "pathway", "records", "training", "outreach", "rehab",
    "employment", "nutrition", "transition", "prevention", "coordination", "funding", "planning",
)  # fmt: skip


def fingerprint() -> str:
    """What the corpus depends on: this generator and the bundled roadmap."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted(ROADMAP.glob("*.yaml")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def load_bundled() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """roadmap.yaml's metadata, and every deliverable with the focus area its file belongs to."""
    yaml = YAML(typ="safe")
    meta = yaml.load((ROADMAP / "roadmap.yaml").read_text(encoding="utf-8"))
    files = [(column["file"], None) for column in meta["columns"]]
    files += [(area["file"], area["id"]) for area in meta["dedicated_focus"]["areas"]]
    items = []
    for name, area in files:
        for item in yaml.load((ROADMAP / name).read_text(encoding="utf-8"))["deliverables"] or []:
            items.append({**item, "area": area})
    return meta, items


def text(value: str) -> str:
    """A YAML scalar for any text: JSON's double-quoted strings are valid YAML."""
    return json.dumps(value, ensure_ascii=False)


def evidence(rng: random.Random, title: str, rating: int, year: int) -> str:
    """One to three sentences, longer for higher ratings."""
    topic = title[0].lower() + title[1:]
    month = rng.randrange(len(MONTHS))
    facts = {"month": MONTHS[month], "year": year + (month >= 4), "pct": rng.randint(20, 100)}
    facts["count"] = rng.randint(3, 120)
    if rating == 1:
        return f"Work on {topic} has not started; it is in the plan for {year + 1}."
    sentences = [
        f"{rng.choice(ACTORS)} {rng.choice(DONE).format(topic=topic)} in {facts['month']} {facts['year']}."
    ]
    if rating >= 3 or rng.random() < 0.5:
        sentences.append(rng.choice(PROGRESS).format(**facts))
    if rating < 4 and rng.random() < 0.6:
        sentences.append(rng.choice(GAPS))
    return " ".join(sentences[:3])


def marker_numbers(rng: random.Random, count: int, rating: int) -> list[int]:
    """success_met that the rules accept: all markers for a 4, some (not none) for a 3."""
    if count == 0 or rating <= 1:
        return []
    if rating == 4:
        return list(range(1, count + 1))
    if rating == 3:
        return sorted(rng.sample(range(1, count + 1), rng.randint(1, max(1, count - 1))))
    return sorted(rng.sample(range(1, count + 1), 1)) if rng.random() < 0.3 else []


def write_assessment(
    path: Path, meta: dict[str, Any], items: list[dict[str, Any]], icb: int, period_index: int
) -> None:
    """One complete assessment; most are clean, every eighth has a rating ahead of what it relies upon."""
    period = PERIODS[period_index]
    code = f"X{icb:02d}"
    rng = random.Random(f"{SEED}-{code}-{period}")
    icb_rng = random.Random(f"{SEED}-{code}")
    areas = sorted(icb_rng.sample([a["id"] for a in meta["dedicated_focus"]["areas"]], 2))
    start = icb_rng.choice((1, 1, 2))
    base = min(3, start + period_index // 2)
    end_year = int(period[:4]) + 1
    assessed = dt.date(end_year, 4, 1) + dt.timedelta(days=rng.randint(0, 80))
    rated = [i for i in items if i["kind"] != "umbrella" and (i["area"] is None or i["area"] in areas)]
    ratings = {i["id"]: base + (rng.random() < 0.4) for i in rated}
    acknowledged: dict[str, str] = {}  # deliverable -> the one it relies upon, rated far below
    if (icb * len(PERIODS) + period_index) % 8 == 0:
        # A rating two levels ahead of something it relies upon: a warning, or a note when acknowledged.
        ahead = next(i for i in rated if any(t in ratings for t in i.get("relies_upon", [])))
        behind = next(t for t in ahead["relies_upon"] if t in ratings)
        ratings[ahead["id"]], ratings[behind] = 4, 1
        if icb % 2:
            acknowledged[ahead["id"]] = behind
    lines = [
        f"# Synthetic benchmark data (benchmarks/generate.py): {code} {period}. Fictional.",
        f"roadmap: {meta['id']}",
        "organisation:",
        f"  name: NHS {PLACES[icb]} Integrated Care Board",
        f"  code: {code}",
        f"period: {period}",
        f"assessed_on: {assessed.isoformat()}",
        "prepared_by: Mental Health Transformation Programme Office",
        f"focus_areas: [{', '.join(areas)}]",
        "deliverables:",
    ]
    for item in rated:
        rating = ratings[item["id"]]
        lines += [f"  {item['id']}:", f"    rating: {rating}", "    evidence: >-"]
        body = evidence(rng, item["title"], rating, end_year - 1)
        lines += textwrap.wrap(
            body, 100, initial_indent=" " * 6, subsequent_indent=" " * 6, break_on_hyphens=False
        )
        met = marker_numbers(rng, len(item.get("success", [])), rating)
        if met:
            lines.append(f"    success_met: [{', '.join(map(str, met))}]")
        if rng.random() < 0.5:
            lines.append(f"    owner: {rng.choice(OWNERS)}")
        if rating < 4 and rng.random() < 0.4:
            lines.append(f"    target: {{rating: {rating + 1}, by: {end_year + 1}-03-31}}")
        if item["id"] in acknowledged:
            reason = "An interim arrangement covers this until next year."
            lines += ["    acknowledged:", f"      {acknowledged[item['id']]}: {reason}"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def sentence(rng: random.Random, topic: str) -> str:
    return f"{rng.choice(ACTORS)} {rng.choice(DONE).format(topic=topic)}, with {rng.choice(GAPS).lower()}"


def write_roadmap(directory: Path, size: int) -> None:
    """A roadmap with the bundled metadata and `size` synthetic deliverables, about 4 links each."""
    rng = random.Random(f"{SEED}-roadmap-{size}")
    yaml = YAML()
    meta = yaml.load((ROADMAP / "roadmap.yaml").read_text(encoding="utf-8"))
    meta["id"] = f"synthetic-{size}"
    files = [c["file"] for c in meta["columns"]] + [a["file"] for a in meta["dedicated_focus"]["areas"]]
    for extra in range(1, math.ceil(size / PER_FILE) - len(files) + 1):
        column = f"extra-{extra:02d}"
        meta["columns"].append(
            {
                "id": column,
                "title": f"Extra {extra}",
                "annex_title": f"Extra {extra}",
                "file": f"{column}.yaml",
            }
        )
        files.append(f"{column}.yaml")
    directory.mkdir(parents=True)
    with (directory / "roadmap.yaml").open("w", encoding="utf-8") as handle:
        yaml.dump(meta, handle)
    ids = [f"d{n:05d}-{rng.choice(WORDS)}-{rng.choice(WORDS)}" for n in range(size)]
    umbrellas = set(range(0, size, 100))  # each followed by 2-4 parts
    blocks: list[list[str]] = [[] for _ in files]
    umbrella = ""
    parts_left = 0
    for n, key in enumerate(ids):
        words = key.split("-")[1:]
        title = f"{words[0].capitalize()} and {words[1]} deliverable {n}"
        lines = [f"  - id: {key}"]
        if n in umbrellas:
            lines += ["    kind: umbrella", f"    title: {text(title)}"]
            umbrella, parts_left = key, rng.randint(2, 4)
        else:
            kind = rng.choices(("slide", "combined-slide", "grid-only", "referenced-only"), (90, 4, 3, 3))[0]
            lines += [f"    kind: {kind}", f"    title: {text(title)}"]
            if parts_left:
                lines.append(f"    part_of: {umbrella}")
                parts_left -= 1
            if kind in ("slide", "combined-slide"):
                lines.append("    getting_started:")
                lines += [f"      - {text(sentence(rng, words[0]))}" for _ in range(rng.randint(1, 3))]
                lines.append("    success:")
                lines += [f"      - {text(sentence(rng, words[1]))}" for _ in range(rng.randint(2, 4))]
            targets: dict[int, None] = {}
            for _ in range(rng.randint(3, 5)):
                while (target := rng.randrange(size)) == n or target in targets:
                    pass
                targets[target] = None
            lines.append("    relies_upon:")
            lines += [f"      - {ids[t]}" for t in targets]
        blocks[n * len(files) // size].extend(lines)
    for name, block in zip(files, blocks, strict=True):
        header = "# Synthetic benchmark roadmap (benchmarks/generate.py).\ndeliverables:\n"
        (directory / name).write_text(header + "\n".join(block) + "\n", encoding="utf-8")


def generate(force: bool = False) -> bool:
    """Write the corpus unless its stamp says it is current; True when it was written."""
    want = fingerprint()
    if not force and STAMP.is_file() and STAMP.read_text(encoding="utf-8").strip() == want:
        return False
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    meta, items = load_bundled()
    for icb in range(ICBS):
        for index, period in enumerate(PERIODS):
            name = period[:4] + "-" + period[5:]
            write_assessment(CORPUS / "assessments" / f"x{icb:02d}" / f"{name}.yaml", meta, items, icb, index)
    for size in ROADMAP_SIZES:
        write_roadmap(CORPUS / "roadmaps" / f"r{size}", size)
    STAMP.write_text(want + "\n", encoding="utf-8")
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="Write the corpus even if it is current.")
    wrote = generate(force=parser.parse_args().force)
    sizes = ", ".join(f"{size:,}" for size in ROADMAP_SIZES)
    what = f"{ICBS * len(PERIODS)} assessments, roadmaps of {sizes} deliverables"
    print(f"{'Wrote' if wrote else 'Up to date:'} {CORPUS.relative_to(REPO)} ({what})", file=sys.stderr)


if __name__ == "__main__":
    main()
