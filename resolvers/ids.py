"""Opaque global IDs: base64url of "<Type>:<id>", so clients never build or parse them."""
from __future__ import annotations

import base64
import binascii
import re
from functools import lru_cache

from domain.errors import BadUserInput

NODE_TYPES = frozenset({"User", "Organization", "Job", "Resume", "Match", "Application"})
# The form of the plain ids this API makes (domain.clock.new_id: a random UUID as 32 lowercase
# hex digits): sessions, invitations and API keys.
MADE_ID = re.compile(r"[0-9a-f]{32}")


@lru_cache(maxsize=16_384)  # pure, and every page shows the same few organizations and jobs again
def to_global_id(type_name: str, raw_id: str) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{raw_id}".encode()).decode().rstrip("=")


def from_global_id(global_id: str, expected: str | None = None, argument: str = "id") -> tuple[str, str]:
    """(type name, raw id). BAD_USER_INPUT when malformed or of another type than expected."""
    text = (global_id or "").strip()
    try:
        decoded = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        decoded = ""
    type_name, sep, raw_id = decoded.partition(":")
    # IDs of objects that are no Node (a notification) are read only where one is expected.
    if not sep or (type_name not in NODE_TYPES and type_name != expected) or not raw_id:
        raise BadUserInput(f"`{argument}` is not a valid ID; use an `id` returned by this API.", argument=argument)
    if expected is not None and type_name != expected:
        raise BadUserInput(
            f"`{argument}` must be the ID of {_with_article(expected)}, not of {_with_article(type_name)}.",
            argument=argument,
        )
    return type_name, raw_id


def _with_article(type_name: str) -> str:
    # By sound: "an Application", "an Organization", but "a User" (a "you" sound).
    return f"{'an' if type_name[:1] in 'AEIO' else 'a'} {type_name}"


def raw_id(global_id: str, expected: str, argument: str = "id") -> str:
    return from_global_id(global_id, expected, argument)[1]


def plain_id(value: str, kind: str, listed_by: str, argument: str = "id", form: re.Pattern[str] | None = None) -> str:
    """An id of an object that is no Node (an invitation, a session), as sent. Another object's
    global ID, the commonest slip, is named as such: "no invitation has that id" would leave the
    client looking for a missing invitation rather than at the id it sent. So is an id not of
    `form`, the form every id of the kind has: no object could have it, as no global ID that
    fails to decode names one."""
    text = (value or "").strip()
    if not text:
        raise BadUserInput(f"`{argument}` must not be empty; send {kind}'s id (from {listed_by}).", argument=argument)
    try:
        decoded = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        decoded = ""
    type_name, sep, raw = decoded.partition(":")
    if sep and raw and type_name in NODE_TYPES:
        raise BadUserInput(
            f"`{argument}` must be the ID of {kind} (from {listed_by}), not of {_with_article(type_name)}.",
            argument=argument,
        )
    if form is not None and not form.fullmatch(text):
        noun = kind.split(" ", 1)[-1]
        raise BadUserInput(f"`{argument}` is not a valid {noun} id; send {kind}'s id as {listed_by} gives it.",
                           argument=argument)
    return text
