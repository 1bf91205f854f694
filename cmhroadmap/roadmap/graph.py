"""The dependency graph: who relies upon whom, transitive walks, and mutual-dependency groups."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from functools import cached_property

from cmhroadmap.roadmap.model import Deliverable
from cmhroadmap.roadmap.roadmap import Roadmap


def relied_upon(roadmap: Roadmap, item: Deliverable) -> list[str]:
    """What `item` relies upon, read the one way the graph, the checks and the reports all use.

    `relies_upon` is written as the source prints it, and the source sometimes has a part name its
    own umbrella. An umbrella's rating is the lowest of its parts, this part among them, so a part
    relying upon its own umbrella relies upon its siblings: the umbrella's other parts. Ids that are
    not in the roadmap, and the item itself, are left out; each target comes once.
    """
    targets: list[str] = []
    for target in item.relies_upon:
        if target == item.part_of:
            targets += [part for part in roadmap.parts.get(target, []) if part != item.id]
        elif target in roadmap and target != item.id:
            targets.append(target)
    return list(dict.fromkeys(targets))


class DependencyGraph:
    """Edges run from a deliverable to what it relies upon, as `relied_upon` reads it.

    An umbrella relies upon each of its parts.
    """

    def __init__(self, roadmap: Roadmap) -> None:
        self.order = list(roadmap.entries)
        self._position = {node: index for index, node in enumerate(self.order)}
        self.parts = roadmap.parts
        self.out: dict[str, list[str]] = {node: [] for node in self.order}
        self.into: dict[str, list[str]] = {node: [] for node in self.order}
        for item in roadmap:
            targets = relied_upon(roadmap, item) + self.parts.get(item.id, [])
            for target in dict.fromkeys(targets):
                self.out[item.id].append(target)
                self.into[target].append(item.id)

    @property
    def edges(self) -> list[tuple[str, str]]:
        return [(source, target) for source in self.order for target in self.out[source]]

    def relies_upon(self, node: str) -> list[str]:
        return list(self.out[node])

    def relied_upon_by(self, node: str) -> list[str]:
        return list(self.into[node])

    def expanded(self, targets: Iterable[str]) -> list[str]:
        """Targets with each umbrella replaced by its parts, in roadmap order.

        Relying upon an umbrella is relying upon each of its parts.
        """
        result: set[str] = set()
        pending = list(targets)
        while pending:
            node = pending.pop()
            if node in self.parts:
                pending.extend(self.parts[node])
            else:
                result.add(node)
        return self._sorted(result)

    def all_relied_upon(self, node: str) -> list[str]:
        """Everything `node` relies upon, directly or through chains, in roadmap order."""
        return self._walk(node, self.out)

    def all_relying_upon(self, node: str) -> list[str]:
        """Everything that relies upon `node`, directly or through chains, in roadmap order."""
        return self._walk(node, self.into)

    def _walk(self, start: str, links: dict[str, list[str]]) -> list[str]:
        seen: set[str] = set()
        queue = deque(links[start])
        while queue:
            node = queue.popleft()
            if node not in seen:
                seen.add(node)
                queue.extend(links[node])
        seen.discard(start)
        return self._sorted(seen)

    def _sorted(self, nodes: Iterable[str]) -> list[str]:
        return sorted(nodes, key=self._position.__getitem__)

    @cached_property
    def groups(self) -> list[list[str]]:
        """Mutual-dependency groups, largest first, each in roadmap order.

        They are the strongly connected components of more than one deliverable.
        """
        components = [c for c in _strongly_connected(self.order, self.out) if len(c) > 1]
        ordered = [self._sorted(c) for c in components]
        return sorted(ordered, key=lambda c: (-len(c), self._position[c[0]]))

    @cached_property
    def group_of(self) -> dict[str, int]:
        """Deliverable id to the index of its group in `groups`."""
        return {node: index for index, group in enumerate(self.groups) for node in group}

    def group_leaders(self, group: list[str], count: int = 3) -> list[str]:
        """The members of a group most relied upon from inside it: they set the group's pace."""
        members = set(group)
        return sorted(group, key=lambda m: (-sum(o in members for o in self.into[m]), self._position[m]))[
            :count
        ]


def _strongly_connected(nodes: list[str], out: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm without recursion, so large synthetic roadmaps cannot exhaust the stack."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = out[node]
            if child < len(targets):
                work.append((node, child + 1))
                target = targets[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return components
