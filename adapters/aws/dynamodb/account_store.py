"""Erasing an account on DynamoDB, with the semantics of the SQLite store: the person's
resumes (items, content claims, stored vectors), matches, sessions, devices, one-time
tokens and preferences go; the applications they sent stay with the employer, anonymised.

DynamoDB cannot put an unbounded set of items in one transaction (100 actions at most),
so "all or nothing" becomes "ordered and resumable": every step is idempotent and the
user item with its email claim goes last, in one transaction. Until then the account
exists and the person (or a retry) can run the erasure again, which finishes the job;
after it nothing of theirs is left to find.

The résumés are not found through the owner's GSI listing alone: a GSI is eventually
consistent and may not list yet a résumé written a moment before. The erasure first marks the
user item `erasing` (a résumé is added only with a ConditionCheck that the owner exists and is
not being erased, resumes.owner_accepts_resumes), then reads the résumé ids every add keeps on
the owner's RESUMECOUNT item, consistently: every résumé that will ever exist for the owner is
then known. A crashed erasure leaves the mark, and uploads are refused until it is run again.
Sent applications are found the same way (the ids on the user's APPLICATIONIDS item, adds
refused once marked). Matches are still found through their GSIs (see docs/dynamodb.md)."""
from __future__ import annotations

import hashlib

from boto3.dynamodb.conditions import Attr

from adapters.aws.dynamodb import external_identities, keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.address_holds import HELD_ADDRESSES, release_holds
from adapters.aws.dynamodb.codec import to_model
from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore
from adapters.aws.dynamodb.invitation_erasure import forget_in_invitations
from adapters.aws.dynamodb.matches import delete_matches
from adapters.aws.dynamodb.query import ListQuery, read_all
from adapters.aws.dynamodb.work_outbox import WorkWritten, outbox_put
from domain.ports.accounts import ResumeWork
from domain.users import User

_EMBEDDING_KINDS = ("resume",)
_EVENT = "EVENT#"
_PERSONAL_FIELDS = ("candidate_id", "resume_id", "resume_snapshot", "cover_letter",
                    "GSI1PK", "GSI1SK", "GSI3PK", "GSI3SK")


class DynamoAccountStore:
    def __init__(self, table: DynamoTable, work_written: WorkWritten | None = None) -> None:
        self._table = table
        self._work_written = work_written or WorkWritten()
        self._embeddings = DynamoEmbeddingStore(table)

    async def _user(self, user_id: str) -> User | None:
        item = await self._table.get(keys.user(user_id))
        return to_model(User, item) if item else None

    async def erase(self, user_id: str, work_per_resume: ResumeWork | None = None) -> list[tuple[str, str]]:
        user = await self._user(user_id)
        if user is None:
            return []
        # First: no résumé is added from here on (resumes.owner_accepts_resumes), so the
        # owner's résumé ids read next are all there will be.
        await self._table.update(keys.user(user_id), "SET erasing = :yes", "attribute_exists(PK)",
                                 ExpressionAttributeValues={":yes": {"BOOL": True}})
        erased = await self._resumes_of(user_id)
        await self._anonymise_applications(user_id)
        await delete_matches(self._table, ListQuery(keys.GSI1, keys.candidate_matches(user_id)))
        for resume_id, sha256 in erased:
            # The resume before its matches: a match write checks that its resume exists, so
            # one landing after this sweep is refused (swept first, one could land in between).
            doomed = [keys.resume(resume_id), keys.resume_sha(user_id, sha256), keys.sha_use(sha256, resume_id)]
            if work_per_resume is None:
                await self._table.batch_delete(doomed)
            else:
                # The file's removal in the outbox with the items' (a rerun finds no resume
                # left to store it for): a crash after this leaves it to the relay and queue.
                await self._table.transact([*({"Delete": {"Key": k}} for k in doomed),
                                            outbox_put(work_per_resume(resume_id, sha256))])
                self._work_written()
            await delete_matches(self._table, ListQuery(keys.GSI3, keys.resume_matches(resume_id)))
        owners = [user_id, *(resume_id for resume_id, _ in erased)]
        for kind in _EMBEDDING_KINDS:
            present = await self._embeddings.get_many(kind, owners)
            await self._embeddings.delete(kind, [o for o, v in zip(owners, present) if v is not None])
        await self._erase_partition(user_id)
        # Read once marked: an address change (the only writer of holds) is refused from then on.
        listed = await self._table.get(keys.user(user_id), [HELD_ADDRESSES])
        if listed is not None and HELD_ADDRESSES in listed:
            await release_holds(self._table, user_id, sorted(listed[HELD_ADDRESSES]["SS"]))
        await external_identities.release(self._table, user_id)
        for organization_id in await self._organizations_of(user_id, user.organization_id):
            await self._forget_recruiter(organization_id, user_id)
        await forget_in_invitations(self._table, user_id, user.email)
        await self._delete_with_claim(user_id, user.email)
        return erased

    async def _delete_with_claim(self, user_id: str, email: str) -> None:
        """The user item with the claim on the address it holds: an address changed after the
        erasure first read it (changes are refused once `erasing` is set) is read again, so no
        claim outlives the account."""
        while True:
            try:
                await self._table.transact([
                    {"Delete": {"Key": keys.user(user_id),
                                "ConditionExpression": "attribute_not_exists(PK) OR email = :email",
                                "ExpressionAttributeValues": {":email": {"S": email}}}},
                    {"Delete": {"Key": keys.email(email),
                                "ConditionExpression": "attribute_not_exists(PK) OR user_id = :id",
                                "ExpressionAttributeValues": {":id": {"S": user_id}}}},
                ])
                return
            except TransactionCancelled:
                item = await self._table.get(keys.user(user_id), projection=["email"])
                if item is None or item["email"]["S"] == email:
                    raise
                email = item["email"]["S"]

    async def _resumes_of(self, user_id: str) -> list[tuple[str, str]]:
        """(id, sha256) of every résumé of the owner. The GSI listing is eventually consistent
        and may miss one written a moment ago; the ids kept on the owner's RESUMECOUNT item,
        read consistently, do not (the listing still finds those stored before the ids were
        kept there)."""
        listed = await read_all(self._table, ListQuery(keys.GSI1, keys.owner_resumes(user_id)))
        found = {r["id"]["S"]: r["sha256"]["S"] for r in listed}
        holder = await self._table.get(keys.resume_count(user_id), projection=["resume_ids"])
        unlisted = [i for i in (holder or {}).get("resume_ids", {}).get("SS", []) if i not in found]
        for item in (await self._table.batch_get(keys.resume(i) for i in unlisted)).values():
            found[item["id"]["S"]] = item["sha256"]["S"]
        return list(found.items())

    async def _anonymise_applications(self, user_id: str) -> None:
        listed = await read_all(self._table, ListQuery(keys.GSI1, keys.candidate_applications(user_id)))
        # As with résumés: the GSI may not list one sent a moment ago; the ids every add keeps
        # in the user's partition, read consistently, do (adds are refused once marked).
        holder = await self._table.get(keys.candidate_application_ids(user_id))
        known = {item["id"]["S"] for item in listed}
        unlisted = [i for i in (holder or {}).get("application_ids", {}).get("SS", []) if i not in known]
        sent = [*listed, *(await self._table.batch_get(keys.application(i) for i in unlisted)).values()]
        for application in sent:
            names = {f"#f{i}": name for i, name in enumerate(_PERSONAL_FIELDS)}
            await self._table.update(
                {"PK": application["PK"], "SK": application["SK"]},
                "SET candidate_anonymised = :yes REMOVE " + ", ".join(names),
                "attribute_exists(PK)",
                ExpressionAttributeNames=names, ExpressionAttributeValues={":yes": {"BOOL": True}},
            )
            await self._table.batch_delete([keys.applied(application["job_id"]["S"], user_id)])
            await self._forget_own_events(application["id"]["S"], user_id)

    async def _forget_own_events(self, application_id: str, user_id: str) -> None:
        """What they wrote on their own application (a withdrawal's reason, what each
        submission was sent with) is theirs, like the cover letter, and goes, and so does their
        id on their moves (SQLite's foreign key sets the mover NULL): the moves stay, made by no
        one, and so do the hiring team's notes."""
        events = await read_all(self._table, ListQuery(
            None, keys.application_partition(application_id), ascending=True, sort_prefix=_EVENT, consistent=True))
        for event in events:
            if event.get("by_user_id", {}).get("S") == user_id:
                await self._table.update(
                    {"PK": event["PK"], "SK": event["SK"]}, "REMOVE #note, resume_id, cover_letter, by_user_id",
                    "by_user_id = :id", ExpressionAttributeNames={"#note": "note"},
                    ExpressionAttributeValues={":id": {"S": user_id}})

    async def _organizations_of(self, user_id: str, current: str | None) -> list[str]:
        """Their organization and every one they left (kept on the user item when they were
        taken out): a recruiter who left or moved on keeps their id on what they did there."""
        item = await self._table.get(keys.user(user_id), projection=["past_organization_ids"])
        past = (item or {}).get("past_organization_ids", {}).get("SS", [])
        return list(dict.fromkeys([*([current] if current else []), *sorted(past)]))

    async def _forget_recruiter(self, organization_id: str, user_id: str) -> None:
        """The jobs they posted and the moves they made in the pipeline stay the organization's
        (with the hiring team's notes), without their id: SQLite's foreign keys set `posted_by`
        and the mover NULL. Called for their organization and each one they left. Found through
        the organization's GSIs, which may not list yet a job posted or an application moved a
        moment before the erasure began."""
        posted = await read_all(self._table, ListQuery(
            keys.GSI1, keys.organization_jobs(organization_id), where=Attr("posted_by").eq(user_id)))
        pipeline = await read_all(self._table, ListQuery(keys.GSI5, keys.organization_applications(organization_id)))
        moves: list[dict] = []
        for application in pipeline:
            moves += await read_all(self._table, ListQuery(
                None, application["PK"]["S"], ascending=True, sort_prefix=_EVENT, consistent=True,
                where=Attr("by_user_id").eq(user_id)))
        for item, attribute in [*((job, "posted_by") for job in posted), *((move, "by_user_id") for move in moves)]:
            await self._table.update(
                {"PK": item["PK"], "SK": item["SK"]}, f"REMOVE {attribute}", f"{attribute} = :id",
                ExpressionAttributeValues={":id": {"S": user_id}})

    async def _erase_partition(self, user_id: str) -> None:
        """Everything listed in the user's own partition: session memberships (and the
        sessions), one-time tokens with their hash claims, devices with their claims."""
        items = await read_all(self._table, ListQuery(
            None, keys.user_partition(user_id), ascending=True, consistent=True))
        doomed: list[dict] = []
        for item in items:
            sort = item["SK"]["S"]
            if sort == "USER":
                continue  # goes last, with the email claim
            doomed.append({"PK": item["PK"], "SK": item["SK"]})
            if sort.startswith("SESSION#"):
                doomed += await self._session_items(item["session_id"]["S"])
            elif sort.startswith("OTT#"):
                token = await self._table.get(keys.one_time_token(item["token_id"]["S"]))
                doomed.append(keys.one_time_token(item["token_id"]["S"]))
                if token is not None:
                    doomed.append(keys.one_time_token_hash(token["token_hash"]["S"]))
            elif sort.startswith(keys.DEVICE_MEMBER):
                doomed += await self._device_items(item["device_id"]["S"])
        await self._table.batch_delete(doomed)

    async def _session_items(self, session_id: str) -> list[dict]:
        members = await read_all(self._table, ListQuery(None, keys.session_partition(session_id), consistent=True))
        return [keys.session(session_id), *({"PK": m["PK"], "SK": m["SK"]} for m in members)]

    async def _device_items(self, device_id: str) -> list[dict]:
        device = await self._table.get(keys.device(device_id))
        if device is None:
            return []
        token_sha = hashlib.sha256(device["token"]["S"].encode()).hexdigest()
        found = [keys.device(device_id), keys.device_token(device["platform"]["S"], token_sha)]
        if "session_id" in device:
            found.append(keys.session_device(device["session_id"]["S"], device_id))
        return found
