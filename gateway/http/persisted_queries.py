"""Automatic persisted queries exactly as Apollo defines them.

`extensions.persistedQuery = {version: 1, sha256Hash}`: with the hash alone, the stored query
or PERSISTED_QUERY_NOT_FOUND (HTTP 200, so Apollo's link retries with the query); with hash
and query, the hash must match (else 400 "provided sha does not match query") and the query
is stored once it has parsed and validated."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from gateway.http.refusals import Refusal
from gateway.http.stores import PersistedQueryCache

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class PersistedQuery:
    sha256_hash: str
    query: str
    new: bool  # sent with the query: to be stored once it proves valid


_SENT_AS = 'send `extensions.persistedQuery` as {"version": 1, "sha256Hash": "<the query\'s SHA-256, 64 hex digits>"}'


def persisted_query_request(extensions: dict[str, Any] | None) -> dict[str, Any] | None:
    """`extensions.persistedQuery` when the request uses persisted queries, or None.

    null counts as absent: Apollo Server reads the extension only when it is truthy
    (`if (extensions?.persistedQuery)`), and clients that fill `extensions` from optional
    fields send `persistedQuery: null` beside an ordinary `query`. Any other shape is the
    caller's mistake, refused naming the field and what it should hold."""
    if not extensions:
        return None
    persisted = extensions.get("persistedQuery")
    if persisted is None:
        return None
    if not isinstance(persisted, dict):
        raise Refusal(400, "BAD_USER_INPUT",
                      f"`extensions.persistedQuery` must be an object, not {json_kind(persisted)}: {_SENT_AS},"
                      " or null (or leave it out) to send the query as text.")
    if "version" not in persisted:
        raise Refusal(400, "BAD_USER_INPUT", f"`extensions.persistedQuery.version` is missing: {_SENT_AS}.")
    version = persisted["version"]
    if isinstance(version, bool) or not isinstance(version, (int, float)):
        raise Refusal(400, "BAD_USER_INPUT",
                      f"`extensions.persistedQuery.version` must be the number 1, not {json_kind(version)}.")
    if version != 1:
        # A well-formed version this server does not speak: Apollo's links read this code as
        # "no persisted queries here" and send the query as text instead.
        raise Refusal(400, "PERSISTED_QUERY_NOT_SUPPORTED",
                      "This `extensions.persistedQuery.version` is not supported: this server speaks version 1 of"
                      " automatic persisted queries; send version 1, or leave `extensions.persistedQuery` out.")
    return persisted


def persisted_query_hash(extensions: dict[str, Any] | None) -> str | None:
    """The requested sha256, or None when the request does not use persisted queries."""
    persisted = persisted_query_request(extensions)
    if persisted is None:
        return None
    sha = persisted.get("sha256Hash")
    if sha is None:
        raise Refusal(400, "BAD_USER_INPUT", f"`extensions.persistedQuery.sha256Hash` is missing: {_SENT_AS}.")
    if not isinstance(sha, str):
        raise Refusal(400, "BAD_USER_INPUT", "`extensions.persistedQuery.sha256Hash` must be a string (the query's"
                                             f" SHA-256 as 64 hex digits), not {json_kind(sha)}.")
    if not _SHA256.match(sha.lower()):
        found = "not all hex digits" if len(sha) == 64 else f"{len(sha)} characters long"
        raise Refusal(400, "BAD_USER_INPUT", "`extensions.persistedQuery.sha256Hash` must be the query's SHA-256 as"
                                             f" 64 hex digits; this one is {found}.")
    return sha.lower()


def json_kind(value: object) -> str:
    """What a JSON value is, as a person reading an error message would call it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


async def resolve_automatic_persisted_query(
    query: str | None, sha256_hash: str, cache: PersistedQueryCache, max_query_bytes: int
) -> PersistedQuery:
    if query is None:
        stored = await cache.get(sha256_hash)
        if stored is None:
            # The message is the protocol's word: Apollo iOS, Kotlin and Java compare it exactly
            # (Apollo Client JS reads the code); the sentence for a person is `hint`.
            raise Refusal(
                200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound",
                headers={"cache-control": "private, no-cache, must-revalidate"},
                hint="No query is stored under this `persistedQuery.sha256Hash` (never sent, or expired);"
                     " send the request again with `query` beside the hash, and it is stored for next time.",
            )
        return PersistedQuery(sha256_hash, stored, new=False)
    actual = hashlib.sha256(query.encode("utf-8")).hexdigest()
    if actual != sha256_hash:
        # Apollo's word again (its clients match it); `hint` says what a person should fix:
        # usually the hash was taken before a build step reformatted the query.
        raise Refusal(
            400, "BAD_USER_INPUT", "provided sha does not match query", querySha256Hash=actual,
            hint="`persistedQuery.sha256Hash` must be the hex SHA-256 of `query` exactly as sent (its UTF-8"
                 f" bytes, whitespace included); this query's is {actual}. Hash the text you send, or leave"
                 " `extensions.persistedQuery` out.",
        )
    if len(query.encode("utf-8")) > max_query_bytes:
        raise Refusal(400, "BAD_USER_INPUT", f"Persisted queries are limited to {max_query_bytes} bytes.")
    return PersistedQuery(sha256_hash, query, new=True)
