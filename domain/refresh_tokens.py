"""Which refresh token follows which: derived, not stored.

A rotated token's successor is HMAC(server key, token). Two requests refreshing the same token
at once (two tabs) compute the same successor without talking to each other, so the store only
has to let both through, and a repeat within the grace window can be answered with the same
pair although only hashes of tokens are stored. Nothing recoverable is kept at rest (no
successor token encrypted in the database, no key to rotate beside it); whoever holds an old
token cannot compute its successor without the key, and the key is the one that already signs
access tokens, so leaking it would already let anyone forge those."""
from __future__ import annotations

import base64
import hashlib
import hmac


class RefreshTokenSuccessors:
    def __init__(self, key: bytes) -> None:
        # A key of its own, derived, so a successor is never also a valid signature elsewhere.
        self._key = hmac.new(key, b"talentgraph refresh-token successor", hashlib.sha256).digest()

    def successor(self, refresh_token: str) -> str:
        digest = hmac.new(self._key, refresh_token.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
