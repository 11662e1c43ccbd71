"""Access tokens are checked once for signature and claims, and for expiry on every use."""
from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import jwt
import pytest

import gateway.auth.tokens as tokens_module
from domain.errors import Unauthenticated
from gateway.auth.tokens import JwtAccessTokens

SECRET = "unit-secret-" + "x" * 40


def _tokens() -> JwtAccessTokens:
    class Now:
        def now(self) -> datetime:
            return datetime.now(UTC)

    return JwtAccessTokens(SECRET, "talentgraph", "talentgraph-api", timedelta(minutes=15), Now())


def _token(expires_in: int, secret: str = SECRET) -> str:
    now = int(time.time())
    claims = {"iss": "talentgraph", "aud": "talentgraph-api", "sub": "u1", "sid": "s1", "role": "CANDIDATE",
              "tv": 3, "iat": now, "exp": now + expires_in}
    return jwt.encode(claims, secret, algorithm="HS256")


def test_a_token_accepted_before_is_refused_once_it_has_expired(monkeypatch):
    tokens, token = _tokens(), _token(expires_in=60)
    assert tokens.verify(token).token_version == 3

    class Later:
        @staticmethod
        def time() -> float:
            return time.time() + 61

    monkeypatch.setattr(tokens_module, "time", Later)
    with pytest.raises(Unauthenticated, match="expired"):
        tokens.verify(token)


def test_a_forged_token_is_refused_after_a_genuine_one_was_accepted():
    tokens = _tokens()
    tokens.verify(_token(expires_in=60))
    with pytest.raises(Unauthenticated, match="not valid"):
        tokens.verify(_token(expires_in=60, secret="another-secret-" + "y" * 40))


def test_a_refused_token_is_refused_again():
    tokens, forged = _tokens(), _token(expires_in=60, secret="another-secret-" + "y" * 40)
    for _ in range(2):
        with pytest.raises(Unauthenticated, match="not valid"):
            tokens.verify(forged)
