from __future__ import annotations

from typing import Annotated

import strawberry

from domain.errors import BadUserInput
from domain.services.accounts import ClientInfo, Registration, Signed
from resolvers.context import Info
from resolvers.ids import MADE_ID, plain_id
from resolvers.inputs import PreferencesInput, RegisterInput
from resolvers.permissions import IsAuthenticated, SetsPreferences, signed_in
from resolvers.services import AccountLifecycleServices
from resolvers.types.account import current_session_id
from resolvers.types.user import UserType


@strawberry.type(name="AuthPayload")
class AuthPayload:
    access_token: str
    refresh_token: str
    user: UserType

    @classmethod
    def from_signed(cls, signed: Signed) -> AuthPayload:
        return cls(
            access_token=signed.access_token, refresh_token=signed.refresh_token,
            user=UserType.from_domain(signed.user),
        )


def client_of(info: Info) -> ClientInfo:
    return ClientInfo(ip=info.context.client_ip, device=info.context.user_agent)


def lifecycle(info: Info) -> AccountLifecycleServices:
    return info.context.services.lifecycle


def this_session(info: Info) -> str:
    session_id = current_session_id(info)
    if session_id is None:
        raise BadUserInput("This request was not made with a TalentGraph session token, so there is none to end here.")
    return session_id


@strawberry.type
class AccountMutations:
    @strawberry.mutation
    async def register(self, info: Info, input: RegisterInput) -> AuthPayload:
        registration = Registration(
            email=input.email, password=input.password, name=input.name, role=input.role,
            organization_name=input.organization_name, invitation_token=input.invitation_token,
        )
        signed = await info.context.services.accounts.register(registration, client_of(info))
        info.context.viewer = signed.user
        return AuthPayload.from_signed(signed)

    @strawberry.mutation
    async def login(self, info: Info, email: str, password: str) -> AuthPayload:
        signed = await info.context.services.accounts.login(email, password, client_of(info))
        info.context.viewer = signed.user
        return AuthPayload.from_signed(signed)

    @strawberry.mutation
    async def refresh_session(self, info: Info, refresh_token: str) -> AuthPayload:
        signed = await info.context.services.accounts.refresh(refresh_token, client_of(info))
        info.context.viewer = signed.user
        return AuthPayload.from_signed(signed)

    @strawberry.mutation(
        description="Your preferences. Candidates: job-search preferences (they steer your matches) and"
        " `notifyMinScore`; `matchEmailDigest` is refused with BAD_USER_INPUT. Recruiters: `notifyMinScore`"
        " (how good a job's new candidates must be for you to be told of them) and `matchEmailDigest` (their"
        " emails as they come, in one a day, or none); the job-search fields are refused with BAD_USER_INPUT.",
        permission_classes=[IsAuthenticated, SetsPreferences],
    )
    async def update_preferences(self, info: Info, input: PreferencesInput) -> UserType:
        user = await info.context.services.accounts.update_preferences(signed_in(info), input.changes())
        info.context.viewer = user
        return UserType.from_domain(user)

    @strawberry.mutation(
        description="Changes the name you go by (what recruiters, colleagues and emails show): one line of at"
        " most 200 characters, not blank. Your email address is not changed here.",
        permission_classes=[IsAuthenticated],
    )
    async def update_my_name(self, info: Info, name: str) -> UserType:
        user = await info.context.services.accounts.change_name(signed_in(info), name)
        info.context.viewer = user
        return UserType.from_domain(user)

    @strawberry.mutation(description="Marks the email address verified, with the token from the mailed link.")
    async def verify_email(self, info: Info, token: str) -> bool:
        await lifecycle(info).verification.verify(token)
        return True

    @strawberry.mutation(
        description="Mails a new verification link (rate limited: RATE_LIMITED says when to try again).",
        permission_classes=[IsAuthenticated],
    )
    async def resend_verification(self, info: Info) -> bool:
        await lifecycle(info).verification.resend(signed_in(info))
        return True

    @strawberry.mutation(
        description="Mails a reset link if an account has this address. Always answers true, whether or not one does."
    )
    async def request_password_reset(self, info: Info, email: str) -> bool:
        await lifecycle(info).password_reset.request(email)
        return True

    @strawberry.mutation(description="Sets a new password with the token from the mailed link; ends every session.")
    async def reset_password(self, info: Info, token: str, new_password: str) -> bool:
        await lifecycle(info).password_reset.reset(token, new_password)
        return True

    @strawberry.mutation(
        description="Changes the password, ends every session and signs in afresh here. When the password was changed"
                    " meanwhile (another tab or device) it is a CONFLICT (reason PASSWORD_CHANGED_MEANWHILE) and"
                    " nothing changes.",
        permission_classes=[IsAuthenticated],
    )
    async def change_password(self, info: Info, current_password: str, new_password: str) -> AuthPayload:
        signed = await info.context.services.accounts.change_password(
            signed_in(info), current_password, new_password, client_of(info)
        )
        info.context.viewer = signed.user
        return AuthPayload.from_signed(signed)

    @strawberry.mutation(
        description="Signs out here: ends this session's refresh tokens and forgets its push devices.",
        permission_classes=[IsAuthenticated],
    )
    async def logout(self, info: Info) -> bool:
        await lifecycle(info).sessions.logout(signed_in(info), this_session(info))
        return True

    @strawberry.mutation(description="Signs one of your sessions out (see `me { sessions }`).",
                         permission_classes=[IsAuthenticated])
    async def revoke_session(self, info: Info, id: strawberry.ID) -> bool:
        session_id = plain_id(id, "a session", "`me { sessions { id } }`", form=MADE_ID)
        await lifecycle(info).sessions.revoke(signed_in(info), session_id)
        return True

    @strawberry.mutation(
        description="Deletes your account for good: resumes, matches, preferences and sessions are erased;"
        " applications you sent stay with the employer, anonymised.",
        permission_classes=[IsAuthenticated],
    )
    async def delete_account(
        self, info: Info, password: Annotated[str, strawberry.argument(description="Your current password.")]
    ) -> bool:
        await lifecycle(info).erasure.delete_account(signed_in(info), password)
        info.context.viewer = None
        return True
