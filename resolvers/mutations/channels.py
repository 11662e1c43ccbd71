from __future__ import annotations

import strawberry

from resolvers.context import Info
from resolvers.mutations.accounts import lifecycle
from resolvers.permissions import IsAuthenticated, signed_in
from resolvers.types.account import DevicePlatform, DeviceType, NotificationChannelsInput, current_session_id
from resolvers.types.user import UserType


@strawberry.type
class ChannelMutations:
    @strawberry.mutation(
        description="Chooses the channels (EMAIL, SMS, PUSH) for each kind of notification. SMS needs a verified phone"
        " (verifyPhone), PUSH a registered device (registerDevice): either chosen without is refused.",
        permission_classes=[IsAuthenticated],
    )
    async def update_notification_channels(self, info: Info, input: NotificationChannelsInput) -> UserType:
        user = await lifecycle(info).channels.choose(signed_in(info), input.changes())
        info.context.viewer = user
        return UserType.from_domain(user)

    @strawberry.mutation(
        description="Texts a code to this number (international form, e.g. +44 20 7946 0958); verifyPhone proves it.",
        permission_classes=[IsAuthenticated],
    )
    async def request_phone_verification(self, info: Info, phone: str) -> bool:
        await lifecycle(info).channels.request_phone_verification(signed_in(info), phone)
        return True

    @strawberry.mutation(
        description="Proves the phone number with the texted code.", permission_classes=[IsAuthenticated]
    )
    async def verify_phone(self, info: Info, code: str) -> UserType:
        user = await lifecycle(info).channels.verify_phone(signed_in(info), code)
        info.context.viewer = user
        return UserType.from_domain(user)

    @strawberry.mutation(description="Forgets the phone number and stops text messages.",
                         permission_classes=[IsAuthenticated])
    async def remove_phone(self, info: Info) -> UserType:
        user = await lifecycle(info).channels.remove_phone(signed_in(info))
        info.context.viewer = user
        return UserType.from_domain(user)

    @strawberry.mutation(
        description="Registers this device's push token; signing this session out removes it.",
        permission_classes=[IsAuthenticated],
    )
    async def register_device(self, info: Info, platform: DevicePlatform, token: str) -> DeviceType:
        device = await lifecycle(info).channels.register_device(
            signed_in(info), current_session_id(info), platform, token
        )
        return DeviceType.from_domain(device)

    @strawberry.mutation(description="Stops push notifications to one of your devices.",
                         permission_classes=[IsAuthenticated])
    async def remove_device(self, info: Info, id: strawberry.ID) -> bool:
        await lifecycle(info).channels.remove_device(signed_in(info), str(id))
        return True
