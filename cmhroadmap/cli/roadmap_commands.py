"""Commands about the roadmap itself: list, show and graph."""

from __future__ import annotations

from typing import Annotated

import typer

from cmhroadmap.cli.app import app
from cmhroadmap.cli.options import RoadmapOption, ViewFormatOption, format_option, load_roadmap_or_exit
from cmhroadmap.cli.output import console, usage_error
from cmhroadmap.formats.registry import JSON
from cmhroadmap.reports.graph_formats import GRAPH_FORMATS
from cmhroadmap.safe.neutralise import json_text


@app.command("list")
def list_grid(
    roadmap: RoadmapOption = None,
    fmt: ViewFormatOption = "text",
) -> None:
    """The summary grid: deliverables by column and dedicated focus area."""
    from cmhroadmap.roadmap.views import grid_view, outside_grid  # noqa: PLC0415

    loaded, _ = load_roadmap_or_exit(roadmap)
    columns = grid_view(loaded)
    if fmt == JSON.name:
        console().file.write(json_text(columns))
        return
    from cmhroadmap.cli.roadmap_text import print_grid  # noqa: PLC0415

    print_grid(loaded, columns, outside_grid(loaded))


@app.command()
def show(
    deliverable: Annotated[str, typer.Argument(help="Deliverable id, e.g. joint-governance.")],
    roadmap: RoadmapOption = None,
    fmt: ViewFormatOption = "text",
) -> None:
    """One deliverable's whole annex, what it relies upon, and what relies upon it."""
    from cmhroadmap.problems.suggest import did_you_mean  # noqa: PLC0415
    from cmhroadmap.roadmap.views import deliverable_view  # noqa: PLC0415

    loaded, graph = load_roadmap_or_exit(roadmap)
    if deliverable not in loaded:
        found = loaded.resolve(deliverable)
        if found is None:
            usage_error(f"no deliverable '{deliverable}'{did_you_mean(deliverable, loaded.entries)}")
        deliverable = found
    view = deliverable_view(loaded, graph, loaded[deliverable])
    if fmt == JSON.name:
        console().file.write(json_text(view))
        return
    from cmhroadmap.cli.roadmap_text import print_deliverable  # noqa: PLC0415

    print_deliverable(loaded, view)


@app.command()
def graph(
    roadmap: RoadmapOption = None,
    fmt: Annotated[
        str, format_option(GRAPH_FORMATS, "Mermaid (renders on GitHub), Graphviz dot, or JSON.")
    ] = GRAPH_FORMATS.default.name,
    around: Annotated[
        str | None,
        typer.Option(
            help="Only this deliverable, what it relies upon and what relies upon it (see --depth).",
            metavar="ID",
        ),
    ] = None,
    depth: Annotated[
        int, typer.Option(min=1, help="With --around: how many links away to go in each direction.")
    ] = 1,
) -> None:
    """The dependency graph: an edge from A to B means A relies upon B."""
    from cmhroadmap.problems.suggest import did_you_mean  # noqa: PLC0415
    from cmhroadmap.reports.graph_formats import neighbourhood  # noqa: PLC0415

    loaded, deps = load_roadmap_or_exit(roadmap)
    nodes = list(loaded.entries)
    if around is not None:
        if around not in loaded:
            usage_error(f"no deliverable '{around}'{did_you_mean(around, loaded.entries)}")
        keep = neighbourhood(deps, around, depth)
        nodes = [node for node in nodes if node in keep]
    render = GRAPH_FORMATS[fmt].render
    assert render is not None
    console().file.write(render(loaded, deps, nodes))
