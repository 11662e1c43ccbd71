"""Who is calling: from an `Authorization: Bearer` token (HTTP) or `connection_init` (websockets)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NoReturn

from domain.errors import AccountSuspended as AccountSuspended  # where the transports look
from domain.errors import Unauthenticated
from domain.ports.accounts import SessionRepository, UserRepository
from domain.sessions import Session
from domain.users import User
from gateway.auth.tokens import AccessClaims, JwtAccessTokens

if TYPE_CHECKING:
    from gateway.auth.cognito import CognitoIdentity, CognitoVerifier


class MalformedCredentials(Unauthenticated):
    """Credentials in a form that names no one token: refused rather than guessed at."""


# Also a close reason, so at most 123 bytes.
CONNECTION_PARAMS_FORM = (
    'Send the token in connection_init as {"authorization": "Bearer <token>"} or {"token": "<token>"}.'
)
# Where graphql-ws and Apollo clients put it: `authorization` holds what the HTTP header would
# (a scheme and the token, and the scheme must be Bearer, as over HTTP); `token`/`authToken`
# hold the token itself (a `Bearer ` before it is read as well).
_AUTHORIZATION_KEYS = ("authorization", "Authorization")
_TOKEN_KEYS = ("token", "authToken")


def bearer_from_params(params: Mapping[str, Any] | None) -> str | None:
    """The access token a websocket's `connection_init` payload carries, or None when it
    carries none. MalformedCredentials for `authorization` without the Bearer scheme (a bare
    token, `Basic ...`: the HTTP header refuses them too), a value that is not text, or two
    names that carry different tokens."""
    found: set[str] = set()
    for key in (*_AUTHORIZATION_KEYS, *_TOKEN_KEYS):
        value = (params or {}).get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise MalformedCredentials(f"`{key}` must be text. {CONNECTION_PARAMS_FORM}")
        scheme, space, token = value.strip().partition(" ")
        if key in _TOKEN_KEYS and not space:
            scheme, token = "bearer", scheme
        if scheme.lower() != "bearer" or not token.strip():
            raise MalformedCredentials(f"`{key}` must carry a Bearer token. {CONNECTION_PARAMS_FORM}")
        found.add(token.strip())
    if len(found) > 1:
        raise MalformedCredentials(f"Two different tokens were sent; send one. {CONNECTION_PARAMS_FORM}")
    return found.pop() if found else None


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
        # the holder of a genuine token can act on (signing in again would not help). FORBIDDEN,
        # as signing in answers: the caller is known, the account may not act.
        if user is not None and user.suspended:
            raise AccountSuspended()
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
        # Once linked, the Cognito user is the account's whatever address either side has since
        # (changed in Cognito, or given up here and registered by someone else).
        linked = await self._users.get_by_external_identity(identity.key)
        user = linked or await self._by_verified_address(identity)
        if user.suspended:
            raise AccountSuspended()
        if linked is None and not await self._users.link_external_identity(
                user.id, identity.key, email=user.email, signed_in_at=identity.signed_in_at):
            await self._refuse_link(user, identity)
        return user

    async def _refuse_link(self, user: User, identity: CognitoIdentity) -> NoReturn:
        # The write decided (its conditions hold or not together); this read only says why.
        unlinked_at = await self._users.identity_unlinked_at(user.id)
        if unlinked_at is not None and identity.signed_in_at <= unlinked_at:
            raise Unauthenticated(
                "This Cognito token comes from a sign-in made before the account's Cognito link was ended (by"
                " TalentGraph support, a password reset or change, or an undone email change); sign in with"
                " Cognito again, entering your password (a refreshed token keeps the old sign-in), and send the"
                " new ID token.")
        raise Unauthenticated(
            "This account is linked to another Cognito user; sign in as that user, or contact"
            " TalentGraph support to move the account to this one.")

    async def _by_verified_address(self, identity: CognitoIdentity) -> User:
        if identity.email is None:
            raise Unauthenticated(
                "This Cognito token carries no email address (an access token never does); sign in here"
                " the first time with the Cognito ID token of a user with a verified email.")
        user = await self._users.get_by_email(identity.email)
        if user is None:
            raise Unauthenticated(
                "No TalentGraph account has this Cognito user's email; register with that email first.")
        # Addresses move between accounts (one changed away is free to register): only an address
        # both sides verified is taken to be the same person's, and only for the first sign-in.
        if not (identity.email_verified and user.email_verified):
            raise Unauthenticated(
                "This Cognito user's email is not verified, in Cognito or here; verify it in both (the"
                " TalentGraph account by its mailed link) and sign in again.")
        return user
