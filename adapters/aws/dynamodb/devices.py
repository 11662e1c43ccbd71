"""Push devices. One device per (platform, token) through a claim item named by the token's
sha256 (a push token can be 4 KB, over DynamoDB's key limit). A device is listed from
membership items in its user's and its session's partitions, read strongly consistently:
signing a session out must not miss a device registered a moment before (a GSI could)."""
from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled, put_new
from adapters.aws.dynamodb.codec import keyed, plain, to_model
from adapters.aws.dynamodb.query import ListQuery, read_all
from domain.channels import Device


def _claim(device: Device) -> dict:
    return keys.device_token(device.platform.value, hashlib.sha256(device.token.encode()).hexdigest())


def _memberships(device: Device) -> list[dict]:
    found = [keys.user_device(device.user_id, device.id)]
    if device.session_id:
        found.append(keys.session_device(device.session_id, device.id))
    return found


class DynamoDeviceRepository:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def add(self, device: Device) -> Device:
        item = keyed(keys.device(device.id), {**plain(device), "entity": "device"})
        try:
            await self._table.transact([
                put_new(keyed(_claim(device), {"device_id": device.id})),
                put_new(item),
                *({"Put": {"Item": keyed(m, {"device_id": device.id})}} for m in _memberships(device)),
            ])
            return device
        except TransactionCancelled as cancelled:
            if not cancelled.failed(0):
                raise
        # The token is known: it now belongs to whoever registered it last.
        claim = await self._table.get(_claim(device))
        existing = await self._get(claim["device_id"]["S"]) if claim else None
        if existing is None:
            raise RuntimeError("a device claim points at no device; registering again repairs it")
        moved = existing.model_copy(update={"user_id": device.user_id, "session_id": device.session_id})
        await self._table.transact([
            {"Put": {"Item": keyed(keys.device(moved.id), {**plain(moved), "entity": "device"})}},
            *({"Delete": {"Key": m}} for m in _memberships(existing) if m not in _memberships(moved)),
            *({"Put": {"Item": keyed(m, {"device_id": moved.id})}} for m in _memberships(moved)),
        ])
        return moved

    async def _get(self, device_id: str) -> Device | None:
        item = await self._table.get(keys.device(device_id))
        return to_model(Device, item) if item else None

    async def _listed(self, partition: str, owner: str, field: str) -> list[Device]:
        members = await read_all(self._table, ListQuery(
            None, partition, ascending=True, sort_prefix=keys.DEVICE_MEMBER, consistent=True))
        found = await self._table.batch_get(keys.device(m["device_id"]["S"]) for m in members)
        devices = [to_model(Device, item) for item in found.values()]
        # A membership left by a move that raced is ignored: the device names its owner.
        return sorted((d for d in devices if getattr(d, field) == owner), key=lambda d: (d.created_at, d.id))

    async def for_users(self, user_ids: Sequence[str]) -> list[list[Device]]:
        unique = list(dict.fromkeys(user_ids))
        lists = await asyncio.gather(*(self._listed(keys.user_partition(u), u, "user_id") for u in unique))
        by_user = dict(zip(unique, lists))
        return [by_user[u] for u in user_ids]

    async def remove(self, device_id: str) -> None:
        device = await self._get(device_id)
        if device is None:
            return
        await self._table.transact([
            {"Delete": {"Key": keys.device(device.id)}},
            {"Delete": {"Key": _claim(device), "ConditionExpression": "attribute_not_exists(PK) OR device_id = :id",
                        "ExpressionAttributeValues": {":id": {"S": device.id}}}},
            *({"Delete": {"Key": m}} for m in _memberships(device)),
        ])

    async def remove_for_session(self, session_id: str) -> None:
        for device in await self._listed(keys.session_partition(session_id), session_id, "session_id"):
            await self.remove(device.id)

    async def remove_for_user(self, user_id: str) -> None:
        for device in await self._listed(keys.user_partition(user_id), user_id, "user_id"):
            await self.remove(device.id)
