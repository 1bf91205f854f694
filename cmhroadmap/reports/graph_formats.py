"""The dependency graph as JSON, Mermaid or Graphviz DOT, whole or around one deliverable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from cmhroadmap.formats.registry import DOT, JSON, MERMAID, Registry
from cmhroadmap.safe.neutralise import json_text, mermaid_label
from cmhroadmap.safe.text import printable

if TYPE_CHECKING:
    # Types only: `--help` reads GRAPH_FORMATS, and should not import the roadmap's models to do it.
    from cmhroadmap.roadmap.graph import DependencyGraph
    from cmhroadmap.roadmap.roadmap import Roadmap


def neighbourhood(graph: DependencyGraph, node: str, depth: int = 1) -> set[str]:
    """The node, what it relies upon and what relies upon it, up to `depth` links away each way.

    The two directions are walked apart, so that siblings (others relying upon the same thing) are
    not drawn in: a mutual-dependency group would otherwise bring in nearly the whole roadmap.
    """
    kept = {node}
    for links in (graph.relies_upon, graph.relied_upon_by):
        frontier = {node}
        for _ in range(depth):
            frontier = {other for current in frontier for other in links(current)} - kept
            kept |= frontier
    return kept


class GraphFormat:
    name: ClassVar[str]

    def render(self, roadmap: Roadmap, graph: DependencyGraph, nodes: list[str]) -> str:
        raise NotImplementedError

    @staticmethod
    def edges(graph: DependencyGraph, nodes: list[str]) -> list[tuple[str, str]]:
        keep = set(nodes)
        return [(a, b) for a, b in graph.edges if a in keep and b in keep]


class JsonGraph(GraphFormat):
    name = "json"

    def render(self, roadmap: Roadmap, graph: DependencyGraph, nodes: list[str]) -> str:
        keep = set(nodes)
        payload = {
            "nodes": [
                {
                    "id": node,
                    "title": roadmap[node].title,
                    "column": roadmap.column_of(node),
                    "kind": roadmap[node].kind,
                }
                for node in nodes
            ],
            "edges": [{"from": a, "to": b} for a, b in self.edges(graph, nodes)],
            "groups": [
                [member for member in group if member in keep]
                for group in graph.groups
                if any(member in keep for member in group)
            ],
        }
        return json_text(payload)


def mermaid_id(node: str) -> str:
    """Mermaid ids must avoid hyphens (read as arrows) and keywords such as 'end'."""
    return "d_" + node.replace("-", "_").replace("/", "_")


class MermaidGraph(GraphFormat):
    name = "mermaid"

    def render(self, roadmap: Roadmap, graph: DependencyGraph, nodes: list[str]) -> str:
        lines = ["flowchart LR"]
        for column in roadmap.columns:
            members = [n for n in nodes if roadmap.column_of(n) == column.id]
            if not members:
                continue
            lines.append(f'  subgraph {mermaid_id(column.id)}["{mermaid_label(column.title)}"]')
            lines += [f'    {mermaid_id(n)}["{mermaid_label(roadmap[n].title)}"]' for n in members]
            lines.append("  end")
        lines += [f"  {mermaid_id(a)} --> {mermaid_id(b)}" for a, b in self.edges(graph, nodes)]
        return "\n".join(lines) + "\n"


def _dot(text: str) -> str:
    return '"' + printable(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


class DotGraph(GraphFormat):
    name = "dot"

    def render(self, roadmap: Roadmap, graph: DependencyGraph, nodes: list[str]) -> str:
        lines = ["digraph roadmap {", "  rankdir=LR;", "  node [shape=box];"]
        for index, column in enumerate(roadmap.columns):
            members = [n for n in nodes if roadmap.column_of(n) == column.id]
            if not members:
                continue
            lines.append(f"  subgraph cluster_{index} {{")
            lines.append(f"    label={_dot(column.title)};")
            lines += [f"    {_dot(n)} [label={_dot(roadmap[n].title)}];" for n in members]
            lines.append("  }")
        lines += [f"  {_dot(a)} -> {_dot(b)};" for a, b in self.edges(graph, nodes)]
        lines.append("}")
        return "\n".join(lines) + "\n"


# The roadmap, its graph and the nodes to draw in; the text out.
GraphRenderer = Callable[["Roadmap", "DependencyGraph", list[str]], str]
GRAPH_FORMATS: Registry[GraphRenderer] = Registry(
    "the graph",
    (
        MERMAID.rendered_by(MermaidGraph().render),
        DOT.rendered_by(DotGraph().render),
        JSON.rendered_by(JsonGraph().render),
    ),
)
