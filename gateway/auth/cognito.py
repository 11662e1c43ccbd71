"""Amazon Cognito as an identity provider beside the built-in tokens.

A Cognito-issued JWT (RS256) is verified against the user pool's JWKS, fetched once and
cached (refetched only for an unknown key id, i.e. after Cognito rotates its keys), and must
come from the configured pool and app client. At a Cognito user's first sign-in the person is
the TalentGraph account with the ID token's email, and only when both sides verified it
(`email_verified` here, the mailed link there); the account is then linked to the Cognito user
(pool and `sub`), which signs in to it from then on whatever address either has later, with
an ID or an access token. A username is never taken for an address: in a pool where people
choose their usernames, anyone could sign up as someone else's address. An access token
carries no address, so a first sign-in with one is refused with a request for the ID token.
Linking by the address needs a sign-in made after the account's link was last ended
(CognitoIdentity.signed_in_at): an ID token issued before still carries the address."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime

import jwt

from domain.errors import Unauthenticated

_JWKS_CACHE_SECONDS = 6 * 3600


@dataclass(frozen=True)
class CognitoIdentity:
    subject: str
    email: str | None
    token_use: str
    email_verified: bool = False
    issuer: str = ""
    # When the person signed in to Cognito for this token (see signed_in_at below).
    signed_in_at: datetime = field(kw_only=True)

    @property
    def key(self) -> str:
        """The user across every pool: a subject is unique within its pool (its issuer) only."""
        return f"{self.issuer}#{self.subject}"


class CognitoVerifier:
    def __init__(self, region: str, user_pool_id: str, client_id: str, endpoint_url: str | None = None) -> None:
        self.issuer = f"https://cognito-idp.{region}.amazonaws.com/{user_pool_id}"
        self._client_id = client_id
        # A local stand-in (moto) serves the same document under its own address.
        base = f"{endpoint_url.rstrip('/')}/{user_pool_id}" if endpoint_url else self.issuer
        self._jwks = jwt.PyJWKClient(f"{base}/.well-known/jwks.json", cache_jwk_set=True,
                                     lifespan=_JWKS_CACHE_SECONDS, timeout=10)

    def issued_here(self, token: str) -> bool:
        """Whether the (unverified) token names this pool as its issuer: only routing."""
        try:
            claims = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            return False
        return claims.get("iss") == self.issuer

    async def verify(self, token: str) -> CognitoIdentity:
        try:
            # PyJWKClient's fetch is blocking (urllib); it runs only when the cache misses.
            key = await asyncio.to_thread(self._jwks.get_signing_key_from_jwt, token)
            header_claims = jwt.decode(token, options={"verify_signature": False})
            use = header_claims.get("token_use")
            claims = jwt.decode(
                token, key.key, algorithms=["RS256"], issuer=self.issuer,
                audience=self._client_id if use == "id" else None,
                options={"require": ["exp", "iat", "iss", "sub", "token_use"], "verify_aud": use == "id"},
            )
        except jwt.ExpiredSignatureError:
            raise Unauthenticated("The Cognito token has expired; refresh it with Cognito.") from None
        except (jwt.PyJWTError, jwt.PyJWKClientError):
            raise Unauthenticated("The Cognito token is not valid for this API; sign in again.") from None
        if claims["token_use"] not in ("id", "access"):
            raise Unauthenticated("Send a Cognito ID or access token.")
        if claims["token_use"] == "access" and claims.get("client_id") != self._client_id:
            raise Unauthenticated("The Cognito token was issued to another app client.")
        email = claims.get("email")
        email = email if isinstance(email, str) and email else None
        verified = claims.get("email_verified") in (True, "true")
        return CognitoIdentity(subject=claims["sub"], email=email, token_use=claims["token_use"],
                               email_verified=verified, issuer=self.issuer, signed_in_at=signed_in_at(claims))


def signed_in_at(claims: dict) -> datetime:
    """`auth_time` (when the person gave Cognito their password), not `iat` (when this token was
    made): Cognito mints new ID tokens from a refresh token (valid 30 days by default) with a new
    `iat` and the first `auth_time`, so after an unlink the old user could otherwise refresh its
    way to a token "issued" later that still carries the address. `iat` where a token has no
    `auth_time` (whole seconds, as Cognito writes it), and never later than `iat` (PyJWT checked
    `iat` is a number not in the future) nor before 1970 (a moment any clock can hold)."""
    issued = int(claims["iat"])
    authenticated = claims.get("auth_time")
    if isinstance(authenticated, int | float) and not isinstance(authenticated, bool):
        issued = min(issued, int(authenticated))  # rounded down to whole seconds: errs toward refusing
    return datetime.fromtimestamp(max(issued, 0), UTC)
