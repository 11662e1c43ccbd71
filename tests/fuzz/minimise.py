"""Makes a failing operation small: drops selections, arguments, input fields and list items and
shortens strings, one at a time, keeping each step that still fails the same way.

hypothesis shrinks only examples that raise; the fuzzer records failures and goes on (to report
every distinct one), so the shrinking of a recorded operation is done here on its syntax tree."""
from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

import graphql
from graphql.language.visitor import REMOVE

from tests.fuzz.operations import Operation

STILL_FAILS = Callable[[Operation], Awaitable[bool]]


class _Reduce(graphql.Visitor):
    """Applies the `target`-th possible reduction of the document (counting while visiting)."""

    def __init__(self, target: int) -> None:
        super().__init__()
        self.target = target
        self.seen = 0
        self.done = False

    def _hit(self) -> bool:
        hit = self.seen == self.target
        self.seen += 1
        if hit:
            self.done = True
        return hit

    def enter(self, node, key, parent, path, ancestors) -> Any:
        in_list = isinstance(key, int) and ancestors and isinstance(ancestors[-1], graphql.ListValueNode)
        removable = (graphql.FieldNode, graphql.InlineFragmentNode, graphql.ArgumentNode, graphql.ObjectFieldNode)
        if isinstance(node, removable) or in_list:
            if self._hit():
                return REMOVE
        if isinstance(node, graphql.StringValueNode) and len(node.value) > 1 and self._hit():
            return graphql.StringValueNode(value=node.value[: len(node.value) // 2])
        return None


def _reduced(query: str, target: int) -> str | None:
    try:
        document = graphql.parse(query)
    except graphql.GraphQLError:
        return None
    visitor = _Reduce(target)
    changed = graphql.visit(document, visitor)
    return graphql.print_ast(changed) if visitor.done else None


def _drop_unused_variables(operation: Operation) -> Operation:
    if not operation.variables:
        return operation
    used = set(re.findall(r"\$(\w+)", operation.query))
    try:
        document = graphql.parse(operation.query)
    except graphql.GraphQLError:
        return operation
    body_uses = set()
    for definition in document.definitions:
        text = graphql.print_ast(definition.selection_set) if hasattr(definition, "selection_set") else ""
        body_uses |= set(re.findall(r"\$(\w+)", text))
    kept = {k: v for k, v in operation.variables.items() if k in used and k in body_uses}
    return replace(operation, variables=kept)


async def minimise(operation: Operation, still_fails: STILL_FAILS, budget: int = 150) -> Operation:
    """The smallest operation found within `budget` replays that `still_fails`."""
    if operation.transport in ("raw", "multipart"):
        return operation
    best = operation
    target = 0
    tries = 0
    while tries < budget:
        query = _reduced(best.query, target)
        if query is None:
            break
        candidate = _drop_unused_variables(replace(best, query=query))
        tries += 1
        if await still_fails(candidate):
            best = candidate  # same target: the next node now sits where the removed one was
        else:
            target += 1
    if best.variables:
        for name in list(best.variables):
            if tries >= budget:
                break
            tries += 1
            value = best.variables[name]
            if isinstance(value, str) and len(value) > 1:
                candidate = replace(best, variables={**best.variables, name: value[: len(value) // 2]})
                if await still_fails(candidate):
                    best = candidate
    return best
