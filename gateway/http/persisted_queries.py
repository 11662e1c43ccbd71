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


def persisted_query_hash(extensions: dict[str, Any] | None) -> str | None:
    """The requested sha256, or None when the request does not use persisted queries."""
    if not extensions or "persistedQuery" not in extensions:
        return None
    persisted = extensions["persistedQuery"]
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise Refusal(400, "PERSISTED_QUERY_NOT_SUPPORTED", "Unsupported persisted query version: use version 1.")
    sha = persisted.get("sha256Hash")
    if not isinstance(sha, str) or not _SHA256.match(sha.lower()):
        raise Refusal(400, "BAD_USER_INPUT", "`persistedQuery.sha256Hash` must be a hex sha256 of the query.")
    return sha.lower()


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
