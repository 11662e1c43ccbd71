from __future__ import annotations

import strawberry

from domain.services.accounts import ClientInfo, Registration, Signed
from resolvers.context import Info
from resolvers.inputs import PreferencesInput, RegisterInput
from resolvers.permissions import IsAuthenticated
from resolvers.types.user import UserType


@strawberry.type(name="AuthPayload")
class AuthPayload:
    access_token: str
    refresh_token: str
    user: UserType

    @classmethod
    def from_signed(cls, signed: Signed) -> "AuthPayload":
        return cls(
            access_token=signed.access_token, refresh_token=signed.refresh_token,
            user=UserType.from_domain(signed.user),
        )


def client_of(info: Info) -> ClientInfo:
    return ClientInfo(ip=info.context.client_ip, device=info.context.user_agent)


@strawberry.type
class AccountMutations:
    @strawberry.mutation
    async def register(self, info: Info, input: RegisterInput) -> AuthPayload:
        registration = Registration(
            email=input.email, password=input.password, name=input.name, role=input.role,
            organization_name=input.organization_name,
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

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def update_preferences(self, info: Info, input: PreferencesInput) -> UserType:
        user = await info.context.services.accounts.update_preferences(info.context.viewer, input.changes())
        info.context.viewer = user
        return UserType.from_domain(user)
