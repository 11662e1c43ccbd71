"""Lookahead over graphql-core's own nodes: whether a selection of the field being resolved
goes down a path of field names, fragments expanded, as resolvers/lookahead.py answers it from
Strawberry's `info.selected_fields`. That builds a typed tree of the whole selection, with
every argument and directive converted, for the one yes or no a resolver asks (a search page
asks two); this walks the field names only."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from graphql import FieldNode, FragmentSpreadNode, InlineFragmentNode


def selects_any(info: Any, paths: Iterable[tuple[str, ...]]) -> bool:
    raw = info._raw_info
    fragments = raw.fragments
    return any(_selects(_children(field, fragments), path, fragments) for path in paths for field in raw.field_nodes)


def _children(node: Any, fragments: Mapping[str, Any]) -> Iterable[Any]:
    if isinstance(node, FragmentSpreadNode):
        fragment = fragments.get(node.name.value)
        selection_set = fragment.selection_set if fragment is not None else None
    else:
        selection_set = node.selection_set
    return selection_set.selections if selection_set is not None else ()


def _selects(selections: Iterable[Any], path: tuple[str, ...], fragments: Mapping[str, Any]) -> bool:
    if not path:
        return True
    for selection in selections:
        if isinstance(selection, FieldNode):
            if selection.name.value != path[0]:
                continue
            if len(path) == 1 or _selects(_children(selection, fragments), path[1:], fragments):
                return True
        elif isinstance(selection, (InlineFragmentNode, FragmentSpreadNode)):
            if _selects(_children(selection, fragments), path, fragments):
                return True
    return False
