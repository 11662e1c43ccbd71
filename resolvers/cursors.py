"""Opaque pagination cursors. A cursor encodes its position in the list it came from."""
from __future__ import annotations

import base64
import binascii
from functools import lru_cache

from domain.errors import BadUserInput
from domain.pagination import PageRequest

_PREFIX = "cursor:v1:"


@lru_cache(maxsize=4096)  # pure: every page of every list starts again from the same positions
def encode_cursor(position: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{position}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not text.startswith(_PREFIX):
            raise ValueError
        position = int(text[len(_PREFIX):])
        if not 0 <= position < 2**63:  # SQLite integers are 64-bit signed
            raise ValueError
        return position
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise BadUserInput(
            "`after` is not a valid cursor; pass a `cursor` or `pageInfo.endCursor` from a previous page.",
            argument="after",
        ) from None


def page_request(first: int | None, after: str | None) -> PageRequest:
    offset = decode_cursor(after) + 1 if after else 0
    return PageRequest(first=20 if first is None else first, offset=offset)
