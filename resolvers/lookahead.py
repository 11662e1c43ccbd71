"""Whether a query asks for a field below the one being resolved, so a resolver can load, in
one batch up front, what the fields beneath it will need. Reads Strawberry's
`info.selected_fields` (fragments already expanded into their selections)."""
from __future__ import annotations

from collections.abc import Iterable

from strawberry.types.nodes import SelectedField, Selection

from resolvers.context import Info
from resolvers.fastpath import lookahead as fast_lookahead


def selects(info: Info, *path: str) -> bool:
    """selects(info, "edges", "node", "organization"): does any selection of the field being
    resolved go down that path of field names?"""
    return selects_any(info, path)


def selects_any(info: Info, *paths: tuple[str, ...]) -> bool:
    """Whether any of the paths is selected; Strawberry builds the selections once for all
    (with the fast paths on, the same answer is read off graphql-core's nodes)."""
    if getattr(info.schema, "fast_paths", False):
        return fast_lookahead.selects_any(info, paths)
    fields = info.selected_fields
    return any(_selects(field.selections, path) for path in paths for field in fields)


def _selects(selections: Iterable[Selection], path: tuple[str, ...]) -> bool:
    if not path:
        return True
    for selection in selections:
        if isinstance(selection, SelectedField):
            if selection.name != path[0]:
                continue
            if len(path) == 1 or _selects(selection.selections, path[1:]):
                return True
        elif _selects(selection.selections, path):  # an inline fragment or a fragment spread
            return True
    return False
