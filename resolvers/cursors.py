"""Opaque keyset cursors. A cursor names the list it came from and the sort key of its item:
base64url of `tg2:` + JSON `[list name, [key parts...]]`. A list with an owner (one job's
applications, one person's matches) is named with its owner's id (`owned_list`): the same
position in another owner's list would skip or repeat items without a word. Floats are written with Python's
shortest round-tripping repr, so a relevance score comes back bit for bit.

A cursor is read strictly: anything that is not one of ours, names another list, or holds
values of the wrong type or out of range is the caller's mistake (BAD_USER_INPUT), never a
server error. Tampering can only move the position within the same list, whose filters and
permissions still apply, so cursors are not signed."""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import TYPE_CHECKING

from domain.errors import BadUserInput
from domain.pagination import PageRequest, Position, checked_part, foreign_position
from domain.validation import clean_line
from resolvers.lookahead import selects_any

if TYPE_CHECKING:
    from resolvers.context import Info

_PREFIX = "tg2:"
_OLD_PREFIX = "cursor:v1:"
_MAX_CURSOR = 2048


# One encoder for every cursor: json.dumps with options builds a new one per call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), allow_nan=False)


def encode_cursor(list_name: str, position: Position) -> str:
    text = _PREFIX + _ENCODER.encode([list_name, list(position)])
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def owned_list(list_name: str, owner_id: str) -> str:
    """The name of `list_name` as one owner's list ("Job.applications/<job id>")."""
    return f"{list_name}/{owner_id}"


_RELEVANCE = "searchJobs.relevance"


def search_list(query: str | None) -> str:
    """searchJobs' list: newest first without words; in relevance order, the list of one
    search's words, whose cursors hold a score of those words that means nothing against
    others. The words as the search reads them (invisible characters and lone surrogates
    dropped, spacing collapsed, NFC); case does not change the scores, so not the list."""
    words = clean_line(query or "").casefold()
    if not words:
        return "searchJobs.newest"
    return owned_list(_RELEVANCE, hashlib.sha256(words.encode()).hexdigest()[:16])


_CORRECTED = "/corrected:"


def corrected_list(list_name: str, corrections: dict[str, str]) -> str:
    """The list of a search read with its spelling corrected: its cursors name the corrected
    words (not the whole query: a cursor stays short), so later pages search exactly what the
    first did, even after the index's words change."""
    return list_name + _CORRECTED + _ENCODER.encode(sorted(corrections.items()))


def correction_in_cursor(list_name: str, after: str) -> dict[str, str] | None:
    """The corrections a cursor of `list_name`'s corrected list names; None for any other
    cursor (decode_cursor judges those)."""
    name, _ = _decoded(after)
    if not name.startswith(list_name + _CORRECTED):
        return None
    try:
        pairs = json.loads(name[len(list_name + _CORRECTED):])
    except ValueError:
        raise _invalid() from None
    if not (isinstance(pairs, list) and all(isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p)
                                            for p in pairs)):
        raise _invalid()
    return dict(pairs)


_NARROWER = "/without:"


def narrower_list(list_name: str, left_out: frozenset[str]) -> str:
    """The list of a search read with words left out: its cursors name them."""
    return list_name + _NARROWER + _ENCODER.encode(sorted(left_out))


def left_out_in_cursor(list_name: str, after: str) -> frozenset[str] | None:
    """The words a cursor of `list_name`'s narrower list names as left out; None for any other
    cursor (decode_cursor judges those)."""
    name, _ = _decoded(after)
    if not name.startswith(list_name + _NARROWER):
        return None
    try:
        words = json.loads(name[len(list_name + _NARROWER):])
    except ValueError:
        raise _invalid() from None
    if not (isinstance(words, list) and words and all(isinstance(w, str) for w in words)):
        raise _invalid()
    return frozenset(words)


def _another_search() -> BadUserInput:
    return BadUserInput(
        "`after` is a cursor from a search for other words: a search's pages follow its own `query`."
        " When `query` changes, start again from the first page (leave `after` out).",
        argument="after",
    )


def _invalid() -> BadUserInput:
    return BadUserInput(
        "`after` is not a valid cursor; pass a `cursor` or `pageInfo.endCursor` from a previous page,"
        " unchanged, or leave `after` out to start from the first page.",
        argument="after",
    )


def _reject_constant(name: str) -> None:
    raise ValueError(name)  # NaN and Infinity are not JSON


def decode_cursor(list_name: str, cursor: str) -> Position:
    name, parts = _decoded(cursor)
    if name != list_name:
        if name.startswith(_RELEVANCE + "/") and list_name.startswith(_RELEVANCE + "/"):
            raise _another_search()
        raise foreign_position()
    return tuple(checked_part(part) for part in parts)


def _decoded(cursor: str) -> tuple[str, list[object]]:
    if len(cursor) > _MAX_CURSOR:
        raise _invalid()
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise _invalid() from None
    if text.startswith(_OLD_PREFIX):
        raise BadUserInput(
            "`after` is a cursor from an earlier version of this API, which counted positions;"
            " start again from the first page (leave `after` out).",
            argument="after",
        )
    if not text.startswith(_PREFIX):
        raise _invalid()
    try:
        decoded = json.loads(text[len(_PREFIX):], parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise _invalid() from None
    if not (isinstance(decoded, list) and len(decoded) == 2 and isinstance(decoded[0], str)
            and isinstance(decoded[1], list)):
        raise _invalid()
    return decoded[0], decoded[1]


def page_request(list_name: str, first: int | None, after: str | None, want_total: bool = True) -> PageRequest:
    position = decode_cursor(list_name, after) if after else None
    return PageRequest(first=20 if first is None else first, after=position, want_total=want_total)


def requested_page(info: Info, list_name: str, first: int | None, after: str | None) -> PageRequest:
    """The page a connection field asks for; its total is counted only if the query reads it."""
    want_total = selects_any(info, ("totalCount",), ("totalCountIsEstimate",))
    return page_request(list_name, first, after, want_total)
