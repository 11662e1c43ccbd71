"""Signed, expiring download links for blobs kept on local disk: the embedded counterpart
of S3's presigned GET URLs. The token names the blob and the file name, and carries an
HMAC so it cannot be altered or forged."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from dataclasses import dataclass


class LinkRefused(Exception):
    def __init__(self, reason: str, status: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass(frozen=True)
class DownloadLinks:
    secret: bytes
    base_url: str
    ttl_seconds: int = 900

    def make(self, key: str, filename: str | None, now: float | None = None) -> str:
        claims = {"k": key, "f": filename or "resume", "e": int((now or time.time()) + self.ttl_seconds)}
        body = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
        return f"{self.base_url.rstrip('/')}/downloads/{body}.{self._sign(body)}"

    def read(self, token: str, now: float | None = None) -> tuple[str, str]:
        """(blob key, file name) of a valid token; LinkRefused otherwise."""
        body, _, signature = token.partition(".")
        # Bytes, not str: compare_digest refuses str with non-ASCII characters.
        if not body or not hmac.compare_digest(signature.encode(), self._sign(body).encode()):
            raise LinkRefused("This download link is not valid.", 404)
        key, filename, expires = _claims(body)
        if expires < (now or time.time()):
            raise LinkRefused("This download link has expired; ask for a new one.", 410)
        return key, filename

    def _sign(self, body: str) -> str:
        digest = hmac.new(self.secret, body.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _claims(body: str) -> tuple[str, str, int]:
    """(key, file name, expiry) of a signed body; one signed with the right key but without
    them (an older or foreign format) is refused, never a server error."""
    try:
        claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except ValueError:  # binascii.Error, UnicodeDecodeError and JSONDecodeError alike
        claims = None
    if not isinstance(claims, dict):
        raise LinkRefused("This download link is not valid.", 404)
    key, filename, expires = claims.get("k"), claims.get("f"), claims.get("e")
    if not isinstance(key, str) or not isinstance(filename, str) or type(expires) is not int:
        raise LinkRefused("This download link is not valid.", 404)
    return key, filename, expires
