"""The strict bucket on the fields worth guessing at (sign-in, sign-up, password resets, ...),
taken from each time such a field runs. Counted at execution rather than read off the
document, so no spelling escapes it: a field in a named or inline fragment, under an alias,
several times in one document, in a batch or over a websocket runs the same resolver."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from inspect import isawaitable
from typing import Any

from graphql import GraphQLResolveInfo, GraphQLSchema, default_field_resolver
from starlette.responses import Response

from domain.errors import RateLimited
from gateway.http.refusals import Refusal


def guard_sensitive_fields(schema: GraphQLSchema, field_names: Iterable[str]) -> list[str]:
    """Wraps the resolvers of the root fields so named, once, when the schema is built (only
    those fields pay for it); returns the names found."""
    wanted = set(field_names)
    guarded = []
    for root in (schema.query_type, schema.mutation_type):
        for name, field in (root.fields.items() if root is not None else ()):
            if name in wanted and not getattr(field.resolve, "_rate_limited", False):
                field.resolve = _rate_limited(name, field.resolve or default_field_resolver)
                guarded.append(name)
    return guarded


# Fields that check the signed-in person's current password. Each guess at it also takes from
# one bucket of that account, whichever of these fields it comes through: a stolen access
# token used from many client addresses (each with a fresh per-address bucket) is no faster.
PASSWORD_CHECKING_FIELDS = frozenset({"requestEmailChange", "deleteAccount", "changePassword"})


# What each guarded field does, as a refusal names it: whoever is refused is told which of
# their actions to slow down, not about sign-ins they never tried.
_ACTIONS = {
    "login": "sign-in attempts",
    "register": "sign-ups",
    "requestPasswordReset": "password-reset requests",
    "resetPassword": "password resets",
    "changePassword": "password changes",
    "verifyPhone": "phone verification attempts",
    "requestPhoneVerification": "phone verification code requests",
    "inviteRecruiter": "recruiter invitations",
    "acceptInvitation": "invitation acceptances",
    "requestEmailChange": "email change requests",
    "deleteAccount": "account deletion attempts",
    "exportMyData": "data exports",
}


def limited_action(field_name: str) -> str:
    """"recruiter invitations (`inviteRecruiter`) from this address"."""
    action = _ACTIONS.get(field_name, "calls")
    return f"{action} (`{field_name}`) from this address"


def sensitive_bucket_key(client_ip: str | None, field_name: str) -> str:
    return f"ip:{client_ip}:{field_name}"


def account_password_bucket_key(user_id: str) -> str:
    return f"user:{user_id}:current-password"


def _rate_limited(field_name: str, resolve: Callable[..., Any]) -> Callable[..., Any]:
    async def rate_limited_resolve(root: Any, info: GraphQLResolveInfo, *args: Any, **kwargs: Any) -> Any:
        await admit_sensitive_field(info.context, field_name)
        result = resolve(root, info, *args, **kwargs)
        if isawaitable(result):
            result = await result
        return result

    # A mark on the function object (mypy gives functions no such attribute).
    rate_limited_resolve._rate_limited = True  # type: ignore[attr-defined]
    return rate_limited_resolve


async def admit_sensitive_field(context: Any, field_name: str) -> None:
    """Takes one attempt from the caller's bucket for this field (and, for a field checking the
    signed-in person's password, from that account's bucket too), or raises RateLimited. Over
    HTTP the response also gets 429 and Retry-After; a websocket has neither."""
    edge = getattr(context, "edge", None)
    if edge is None:
        return
    viewer = getattr(context, "viewer", None)
    try:
        await edge.rate_limiter.admit_sensitive(
            sensitive_bucket_key(context.client_ip, field_name), 1, limited_action(field_name))
        if field_name in PASSWORD_CHECKING_FIELDS and viewer is not None:
            await edge.rate_limiter.admit_sensitive(
                account_password_bucket_key(viewer.id), 1, "current-password checks on this account")
    except Refusal as refusal:
        response = context.response
        if isinstance(response, Response):
            response.status_code = refusal.status
            response.headers.update(refusal.headers)
        raise RateLimited(refusal.message, float(refusal.extensions["retryAfter"])) from None
