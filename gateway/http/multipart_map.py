"""Files placed into `operations` by the multipart request's `map`, as the GraphQL multipart
request spec defines it: every path names a `null` placeholder that is already there, so a
path into nothing, a negative or huge list index, or a map naming a file not sent is the
caller's mistake (400), never an IndexError deep in the server."""
from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from cross_web import HTTPException

_MAX_INDEX_DIGITS = 6  # no operation holds a million files


def read_fields(form: Mapping[str, Any], files: Mapping[str, Any], parse_json: Callable[[Any], Any]) -> tuple[Any, Any]:
    """The request's `operations` and `map` fields, each parsed as JSON; the field at fault is
    named, as the body as a whole is multipart, not JSON. Files sent without a `map` would
    never reach their variables."""
    fields = []
    for name in ("operations", "map"):
        raw = form.get(name)
        if raw is None:
            if name == "operations" or files:
                raise HTTPException(400, f"The multipart request has no `{name}` field; send `operations` and `map` "
                                         "before the files, as the GraphQL multipart request spec says.")
            raw = "{}"
        if isinstance(raw, (bytes, str)):
            try:
                raw = parse_json(raw)
            except HTTPException as problem:
                raise HTTPException(400, f"The multipart `{name}` field is not valid: {problem.reason}") from None
        fields.append(raw)
    return fields[0], fields[1]


def place_files(operations: Any, files_map: Any, files: Mapping[str, Any]) -> Any:
    if not isinstance(files_map, dict):
        raise HTTPException(400, "The multipart `map` must be an object of file field names to lists of paths.")
    operations = copy.deepcopy(operations)
    for field_name, paths in files_map.items():
        if field_name not in files:
            raise HTTPException(
                400, f"The multipart `map` names the file field {field_name[:40]!r}, which was not sent."
            )
        if not isinstance(paths, list) or not paths or not all(isinstance(path, str) for path in paths):
            raise HTTPException(
                400, f"The multipart `map` entry {field_name[:40]!r} must be a non-empty list of paths."
            )
        for path in paths:
            _put(operations, path, files[field_name])
    return operations


def _put(operations: Any, path: str, file: Any) -> None:
    *parents, last = path.split(".")
    container = operations
    for key in parents:
        container = _child(container, key, path)
    if isinstance(container, list):
        index = _index(container, last, path)
        if container[index] is not None:
            raise _nowhere(path)
        container[index] = file
    elif isinstance(container, dict) and last in container and container[last] is None:
        container[last] = file
    else:
        raise _nowhere(path)


def _child(container: Any, key: str, path: str) -> Any:
    if isinstance(container, list):
        return container[_index(container, key, path)]
    if isinstance(container, dict) and key in container:
        return container[key]
    raise _nowhere(path)


def _index(container: list, key: str, path: str) -> int:
    if not (key.isascii() and key.isdigit() and len(key) <= _MAX_INDEX_DIGITS) or int(key) >= len(container):
        raise _nowhere(path)
    return int(key)


def _nowhere(path: str) -> HTTPException:
    return HTTPException(
        400, f"The multipart `map` path {path[:100]!r} does not name a null placeholder in `operations`."
    )
