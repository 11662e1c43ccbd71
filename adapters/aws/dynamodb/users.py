"""Users and organizations. An address is unique through an EMAIL# item written in the
same transaction as the user, on the condition that it does not exist yet (or is a hold that
ended, address_holds.py); an organization's
name likewise through an ORGNAME# item keyed by its domain.organization_names key."""
from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime, timedelta

from adapters.aws.dynamodb import external_identities, keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled, put_new
from adapters.aws.dynamodb.address_holds import HELD_ADDRESSES, claim, held_by, hold, holder_of, take
from adapters.aws.dynamodb.codec import assignments, keyed, plain, stored_moment, to_attributes, to_model
from adapters.aws.dynamodb.lookups import get_many
from adapters.aws.dynamodb.query import ListQuery, read_all
from adapters.aws.dynamodb.work_outbox import WorkWritten, outbox_put
from domain.errors import email_taken, organization_name_taken
from domain.organization_names import organization_name_key
from domain.person_names import fold_person_name
from domain.ports.accounts import EmailChangeOutcome
from domain.ports.queue import PendingWork
from domain.users import HeldAddress, Organization, Preferences, User

_EXISTS = "attribute_exists(PK)"


def user_item(user: User) -> dict:
    values = {**plain(user), "entity": "user", **admin_listing(user)}
    if user.organization_id:
        values["GSI1PK"] = keys.organization_members(user.organization_id)
        values["GSI1SK"] = keys.ordered(user.created_at, user.id)
    return keyed(keys.user(user.id), values)


def admin_listing(user: User) -> dict:
    """Every user on GSI2 `USERS`, newest first, with the lower-cased text an
    administrator's search matches (adapters/aws/dynamodb/user_admin.py)."""
    return {"GSI2PK": keys.USERS_LISTING, "GSI2SK": keys.ordered(user.created_at, user.id),
            "search_text": search_text(user.email, user.name)}


def search_text(email: str, name: str) -> str:
    # The name folded too, as a plain keyboard types it ("lukasz" for "Łukasz").
    return f"{email}\n{name}\n{fold_person_name(name)}".lower()


def organization_name_claim(organization: Organization) -> dict:
    name_key = organization_name_key(organization.name)
    return keyed(keys.organization_name(name_key), {"organization_id": organization.id, "name_key": name_key})


def organization_item(organization: Organization) -> dict:
    return keyed(keys.organization(organization.id), {**plain(organization), "entity": "organization"})


class DynamoUserRepository:
    def __init__(self, table: DynamoTable, work_written: WorkWritten | None = None) -> None:
        self._table = table
        self._work_written = work_written or WorkWritten()

    async def add(self, user: User, organization: Organization | None = None) -> None:
        actions = [claim(user.email, user.id, user.created_at), put_new(user_item(user))]
        if organization is not None:
            actions.append(put_new(organization_name_claim(organization)))
            actions.append(put_new(organization_item(organization)))
        try:
            await self._table.transact(actions)
        except TransactionCancelled as cancelled:
            if cancelled.failed(0):
                raise email_taken() from None
            if organization is not None and cancelled.failed(2):
                raise organization_name_taken(organization.name) from None
            raise

    async def get_many(self, ids: Sequence[str]) -> list[User | None]:
        return await get_many(self._table, ids, keys.user, User)

    async def get_by_email(self, email: str) -> User | None:
        pointer = await self._table.get(keys.email(email))
        if pointer is None or "held_until" in pointer:
            return None  # a held address signs nobody in
        item = await self._table.get(keys.user(pointer["user_id"]["S"]))
        return to_model(User, item) if item else None

    async def members_of(self, organization_ids: Sequence[str]) -> list[list[User]]:
        unique = list(dict.fromkeys(organization_ids))
        lists = await asyncio.gather(
            *(read_all(self._table, ListQuery(keys.GSI1, keys.organization_members(o), ascending=True)) for o in unique)
        )
        members = {o: [to_model(User, item) for item in items] for o, items in zip(unique, lists)}
        return [members[o] for o in organization_ids]

    async def update_preferences(
        self, user_id: str, preferences: Preferences, work: Sequence[PendingWork] = (),
        *, expected: Preferences | None = None, verified_phone: bool = False,
    ) -> bool:
        update = {"Key": keys.user(user_id), "ConditionExpression": _EXISTS,
                  **assignments({"preferences": plain(preferences)})}
        if verified_phone:
            update["ConditionExpression"] += " AND attribute_exists(#phone) AND #verified = :verified"
            update["ExpressionAttributeNames"].update({"#phone": "phone", "#verified": "phone_verified"})
            update["ExpressionAttributeValues"][":verified"] = {"BOOL": True}
        if expected is not None:
            item = await self._table.get(keys.user(user_id), ["preferences"])
            # Compared as preferences (an item written before a field was added spells the same
            # ones differently), then written only over that stored value, exactly as read.
            if item is None or "preferences" not in item \
                    or to_model(Preferences, item["preferences"]["M"]) != expected:
                return False
            update["ConditionExpression"] += " AND #was = :was"
            update["ExpressionAttributeNames"]["#was"] = "preferences"
            update["ExpressionAttributeValues"][":was"] = item["preferences"]
        if not work:
            return await self._table.update(
                update["Key"], update["UpdateExpression"], update["ConditionExpression"],
                ExpressionAttributeNames=update["ExpressionAttributeNames"],
                ExpressionAttributeValues=update["ExpressionAttributeValues"])
        try:
            await self._table.transact([{"Update": update}, *(outbox_put(item) for item in work)])
        except TransactionCancelled:
            return False  # an unknown id, or changed meanwhile: nothing stored, no work
        self._work_written()
        return True

    async def set_email_verified(self, user_id: str) -> None:
        await self._set(user_id, "email_verified", True)

    async def change_email(self, user_id: str, new_email: str, *, replacing: str, now: datetime,
                           hold_replaced_for: timedelta | None = None,
                           link: str | None = None) -> EmailChangeOutcome:
        """The new address's EMAIL# claim, the old one's removal (or its hold) and the user item
        (with the admin search text, which holds the address) in one transaction, with a check
        that the change's link (`link`) is still unused."""
        item = await self._table.get(keys.user(user_id), ["email", "name"])
        if item is None or item["email"]["S"] != replacing:
            return EmailChangeOutcome.STALE
        text = search_text(new_email, item["name"]["S"])
        values = {":new": new_email, ":yes": True, ":text": text, ":was": replacing, ":name": item["name"]["S"]}
        expression = "SET email = :new, email_verified = :yes, search_text = :text"
        if hold_replaced_for is None:
            old: dict = {"Delete": {"Key": keys.email(replacing), "ConditionExpression": "user_id = :id",
                                    "ExpressionAttributeValues": to_attributes({":id": user_id})}}
        else:
            old = hold(replacing, user_id, now + hold_replaced_for)
            # Listed on the account, for its erasure to release.
            expression += f" ADD {HELD_ADDRESSES} :held"
            values[":held"] = {replacing}
        checks = [] if link is None else [{"ConditionCheck": {
            "Key": keys.one_time_token(link), "ConditionExpression": f"{_EXISTS} AND attribute_not_exists(used_at)"}}]
        try:
            await self._table.transact([
                *checks,
                take(new_email, user_id, now),
                old,
                {"Update": {"Key": keys.user(user_id),
                            "UpdateExpression": expression,
                            # The name read with the address: a rename meanwhile is read again.
                            # Not once an erasure began: it deletes the claim of the address it
                            # reads, and the holds listed.
                            "ConditionExpression": f"{_EXISTS} AND email = :was AND #name = :name"
                                                   " AND attribute_not_exists(erasing)",
                            "ExpressionAttributeNames": {"#name": "name"},
                            "ExpressionAttributeValues": to_attributes(values)}},
            ])
        except TransactionCancelled as cancelled:
            if checks and cancelled.failed(0):
                return EmailChangeOutcome.WITHDRAWN
            return EmailChangeOutcome.TAKEN if cancelled.failed(len(checks)) else EmailChangeOutcome.STALE
        return EmailChangeOutcome.CHANGED

    async def withdraw_email_change(self, user_id: str, link: str, new_email: str, now: datetime) -> bool:
        try:
            await self._table.transact([
                {"ConditionCheck": {"Key": keys.user(user_id), "ConditionExpression": f"{_EXISTS} AND email <> :new",
                                    "ExpressionAttributeValues": to_attributes({":new": new_email})}},
                {"Update": {"Key": keys.one_time_token(link), "UpdateExpression": "SET used_at = :used",
                            "ConditionExpression": f"{_EXISTS} AND attribute_not_exists(used_at) AND user_id = :id",
                            "ExpressionAttributeValues": to_attributes(
                                {":used": stored_moment(now), ":id": user_id})}},
            ])
        except TransactionCancelled:
            return False
        return True

    async def held_addresses(self, user_id: str, now: datetime) -> list[HeldAddress]:
        return await held_by(self._table, user_id, now)

    async def holder_of(self, email: str, now: datetime) -> str | None:
        return await holder_of(self._table, email, now)

    async def get_by_external_identity(self, identity: str) -> User | None:
        user_id = await external_identities.account_for(self._table, identity)
        item = await self._table.get(keys.user(user_id)) if user_id else None
        return to_model(User, item) if item else None

    async def external_identity_of(self, user_id: str) -> str | None:
        return await external_identities.of_account(self._table, user_id)

    async def link_external_identity(self, user_id: str, identity: str, *, email: str, signed_in_at: datetime) -> bool:
        return await external_identities.link(self._table, user_id, identity, email, signed_in_at)

    async def unlink_external_identity(self, user_id: str, now: datetime) -> bool:
        return await external_identities.unlink(self._table, user_id, now)

    async def identity_unlinked_at(self, user_id: str) -> datetime | None:
        return await external_identities.unlinked_at(self._table, user_id)

    async def set_name(self, user_id: str, name: str) -> bool:
        # The admin search text holds the address too: read it, then write both only while the
        # address is still the one read; an address changed in between is read again.
        while True:
            item = await self._table.get(keys.user(user_id), ["email"])
            if item is None:
                return False
            email = item["email"]["S"]
            if await self._table.update(
                keys.user(user_id), "SET #name = :name, search_text = :text", f"{_EXISTS} AND email = :email",
                ExpressionAttributeNames={"#name": "name"},
                ExpressionAttributeValues=to_attributes(
                    {":name": name, ":text": search_text(email, name), ":email": email}),
            ):
                return True

    async def update_password(self, user_id: str, password_hash: str, *, replacing: str | None = None) -> None:
        if replacing is None:
            await self._set(user_id, "password_hash", password_hash)
            return
        await self._table.update(
            keys.user(user_id), "SET password_hash = :hash", f"{_EXISTS} AND password_hash = :was",
            ExpressionAttributeValues=to_attributes({":hash": password_hash, ":was": replacing}),
        )

    async def replace_password(self, user_id: str, password_hash: str, *, replacing: str | None = None) -> bool:
        """A new password that ends every access token: also bumps token_version. With
        `replacing`, only while that hash is still stored (a change made meanwhile stays)."""
        condition, values = _EXISTS, {":hash": password_hash, ":one": 1}
        if replacing is not None:
            condition, values = f"{_EXISTS} AND password_hash = :was", {**values, ":was": replacing}
        return await self._table.update(
            keys.user(user_id), "SET password_hash = :hash ADD token_version :one", condition,
            ExpressionAttributeValues=to_attributes(values),
        )

    async def set_phone(self, user_id: str, phone: str | None, verified: bool) -> None:
        await self._table.assign(keys.user(user_id), {"phone": phone, "phone_verified": verified}, _EXISTS)

    async def _set(self, user_id: str, attribute: str, value: object) -> None:
        # Conditional so that an unknown id is a no-op rather than a stray half-item.
        await self._table.assign(keys.user(user_id), {attribute: value}, _EXISTS)


class DynamoOrganizationRepository:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def get_many(self, ids: Sequence[str]) -> list[Organization | None]:
        return await get_many(self._table, ids, keys.organization, Organization)

    async def set_verified(self, organization_id: str, verified: bool) -> Organization | None:
        if not await self._table.assign(keys.organization(organization_id), {"verified": verified}, _EXISTS):
            return None
        (organization,) = await self.get_many([organization_id])
        return organization
