"""Whether a query asks for a field below the one being resolved, so a resolver can load, in
one batch up front, what the fields beneath it will need. Reads graphql-core's syntax tree
(fragments included): cheaper than building strawberry's `selected_fields` for a yes or no."""
from __future__ import annotations

from collections.abc import Iterable

from graphql import FieldNode, FragmentSpreadNode, InlineFragmentNode, SelectionNode

from resolvers.context import Info


def selects(info: Info, *path: str) -> bool:
    """selects(info, "edges", "node", "organization"): does any selection of the field being
    resolved go down that path of field names?"""
    raw = info._raw_info
    return any(_selects(node.selection_set.selections, path, raw.fragments)
               for node in raw.field_nodes if node.selection_set is not None)


def _selects(selections: Iterable[SelectionNode], path: tuple[str, ...], fragments: dict) -> bool:
    if not path:
        return True
    for selection in selections:
        if isinstance(selection, FieldNode):
            if selection.name.value != path[0]:
                continue
            if len(path) == 1:
                return True
            if selection.selection_set is not None and _selects(selection.selection_set.selections, path[1:], fragments):
                return True
        elif isinstance(selection, InlineFragmentNode):
            if _selects(selection.selection_set.selections, path, fragments):
                return True
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            if fragment is not None and _selects(fragment.selection_set.selections, path, fragments):
                return True
    return False
