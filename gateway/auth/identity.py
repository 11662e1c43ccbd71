"""Who is calling: from an `Authorization: Bearer` token (HTTP) or `connection_init` (websockets)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from domain.errors import Unauthenticated
from domain.ports.accounts import SessionRepository, UserRepository
from domain.sessions import Session
from domain.users import User
from gateway.auth.tokens import AccessClaims, JwtAccessTokens

if TYPE_CHECKING:
    from gateway.auth.cognito import CognitoVerifier


class AccountSuspended(Unauthenticated):
    """The caller's account is suspended (a live connection ends with its own close code)."""


def bearer_from_params(params: Mapping[str, Any] | None) -> str | None:
    """The access token a websocket's `connection_init` payload carries, under any of the
    names clients use, without its `Bearer ` prefix."""
    params = params or {}
    token = params.get("authorization") or params.get("Authorization") or params.get("authToken") or params.get("token")
    if not token:
        return None
    token = str(token)
    if token.lower().startswith("bearer "):
        token = token[7:]
    return token.strip()


class IdentityResolver:
    def __init__(
        self, tokens: JwtAccessTokens, users: UserRepository, sessions: SessionRepository,
        cognito: CognitoVerifier | None = None,
    ) -> None:
        self._cognito = cognito
        self._tokens = tokens
        self._users = users
        self._sessions = sessions

    async def from_authorization(self, header: str | None) -> User | None:
        if not header:
            return None
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthenticated("Send the access token as `Authorization: Bearer <token>`.")
        return await self.from_token(token.strip())

    async def from_token(self, token: str) -> User:
        if self._cognito is not None and self._cognito.issued_here(token):
            return await self._from_cognito(self._cognito, token)
        claims = self._tokens.verify(token)
        # Asked of the store on every request (which may answer from memory only while nothing
        # has changed): a suspension, a password change (new token version) or a revoked
        # session takes effect on the very next request.
        session, user = await self._session_and_user(claims)
        # Before the token version: a suspension may move it too, and "suspended" is what
        # the holder of a genuine token can act on (signing in again would not help).
        if user is not None and user.suspended:
            raise AccountSuspended("This account is suspended; contact support.")
        if user is None or user.token_version != claims.token_version:
            raise Unauthenticated("The access token is no longer valid; sign in again.")
        if session is None or not session.active:
            raise Unauthenticated("The session was ended; sign in again.")
        return user

    def session_id_of(self, token: str) -> str | None:
        """The sign-in session a token of ours names (None for a Cognito token or a bad one)."""
        if self._cognito is not None and self._cognito.issued_here(token):
            return None
        try:
            return self._tokens.verify(token).session_id
        except Unauthenticated:
            return None

    async def _session_and_user(self, claims: AccessClaims) -> tuple[Session | None, User | None]:
        return await self._sessions.get_with_user(claims.session_id, claims.user_id)

    async def _from_cognito(self, cognito: CognitoVerifier, token: str) -> User:
        identity = await cognito.verify(token)
        user = await self._users.get_by_email(identity.email) if identity.email else None
        if user is None:
            raise Unauthenticated(
                "No TalentGraph account has this Cognito user's email; register with that email first"
                " (or send the ID token, which carries the email).")
        if user.suspended:
            raise AccountSuspended("This account is suspended; contact support.")
        return user
