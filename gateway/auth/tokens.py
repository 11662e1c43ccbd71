"""Short-lived JWT access tokens (HS256) with issuer, audience and expiry checked."""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

import jwt

from domain.clock import Clock
from domain.errors import Unauthenticated
from domain.users import User
from gateway.private_files import write_atomically
from gateway.startup import StartupFailure


@dataclass(frozen=True)
class AccessClaims:
    user_id: str
    session_id: str
    role: str
    token_version: int


@dataclass(frozen=True)
class _Verified:
    claims: AccessClaims
    expires_at: int


class JwtAccessTokens:
    def __init__(self, secret: str, issuer: str, audience: str, ttl: timedelta, clock: Clock) -> None:
        self._secret = secret
        self._issuer = issuer
        self._audience = audience
        self._ttl = ttl
        self._clock = clock
        # A token's signature and claims never change, so each one is checked once; only the
        # expiry, which depends on the time, is checked again on every use. Failures are not
        # cached (lru_cache keeps no exceptions).
        self._verified = lru_cache(maxsize=4096)(self._decode)

    def issue(self, user: User, session_id: str, issued_at: datetime | None = None) -> str:
        """Deterministic (HS256): the same user, session and issue time give the same token."""
        now = issued_at or self._clock.now()
        claims = {
            "iss": self._issuer,
            "aud": self._audience,
            "sub": user.id,
            "sid": session_id,
            "role": user.role.value,
            "tv": user.token_version,
            "iat": int(now.timestamp()),
            "exp": int((now + self._ttl).timestamp()),
        }
        return jwt.encode(claims, self._secret, algorithm="HS256")

    def verify(self, token: str) -> AccessClaims:
        verified = self._verified(token)
        if verified.expires_at <= time.time():  # as PyJWT decides it: expired at `exp` exactly
            raise Unauthenticated("The access token has expired; refresh the session.")
        return verified.claims

    def _decode(self, token: str) -> _Verified:
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=["HS256"],
                audience=self._audience,
                issuer=self._issuer,
                options={"require": ["exp", "iss", "aud", "sub", "sid"]},
            )
        except jwt.ExpiredSignatureError:
            raise Unauthenticated("The access token has expired; refresh the session.") from None
        except jwt.PyJWTError:
            raise Unauthenticated("The access token is not valid; sign in again.") from None
        access = AccessClaims(claims["sub"], claims["sid"], claims.get("role", ""), int(claims.get("tv", 0)))
        return _Verified(access, int(claims["exp"]))


MIN_SECRET_LENGTH = 32


def load_or_create_secret(configured: str | None, data_dir: Path) -> str:
    """The configured secret, else one generated once and kept in the data dir, so that
    tokens survive a restart without anyone having to invent a secret for local use.
    An empty or short one (a crash while it was written, a typo) refuses to start."""
    if configured is not None:
        if len(configured) < MIN_SECRET_LENGTH:
            raise StartupFailure("TALENTGRAPH_JWT_SECRET", f"the secret is shorter than {MIN_SECRET_LENGTH} characters")
        return configured
    path = data_dir / "jwt-secret"
    if path.exists():
        secret = path.read_text().strip()
        if len(secret) < MIN_SECRET_LENGTH:
            raise StartupFailure(
                path, f"the secret file is {'empty' if not secret else 'too short'} (under {MIN_SECRET_LENGTH} "
                "characters); delete it to have a new one made (signs everyone out) or restore it"
            )
        return secret
    secret = secrets.token_urlsafe(48)
    write_atomically(path, secret)
    return secret
