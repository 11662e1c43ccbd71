"""Resumes. One resume per (owner, sha256) through a RESUMESHA# item, and the per-owner cap
through a counter item, both in the resume's own transaction: a condition on a count
DynamoDB keeps is the only way to enforce a cap without a race."""
from __future__ import annotations

from collections.abc import Sequence

from adapters.aws.dynamodb import keys, primary_resume
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled, put_new
from adapters.aws.dynamodb.codec import assignments, keyed, plain, to_attributes, to_model
from adapters.aws.dynamodb.lookups import get_many
from adapters.aws.dynamodb.matches import delete_matches
from adapters.aws.dynamodb.query import ListQuery, read_pages, read_slice
from adapters.aws.dynamodb.sent_resumes import named_as_uploaded
from adapters.aws.dynamodb.work_outbox import WorkWritten, outbox_put
from domain.errors import BadUserInput, Forbidden, TransientFailure
from domain.pagination import Page, PageRequest
from domain.ports.queue import PendingWork
from domain.ports.resumes import AddedResume
from domain.resumes import ParsedResume, Resume, ResumeStatus


def _resume_item(resume: Resume) -> dict:
    values = {
        **plain(resume),
        "entity": "resume",
        "GSI1PK": keys.owner_resumes(resume.owner_id),
        "GSI1SK": keys.ordered(resume.uploaded_at, resume.id),
        "GSI2PK": keys.sha_users(resume.sha256),
        "GSI2SK": resume.id,
    }
    return keyed(keys.resume(resume.id), values)


def owner_accepts_resumes(owner_id: str) -> dict:
    """The transaction action that holds while the owner's account exists and is not being
    erased (account_store.py marks it first): no résumé lands behind the erasure's reads."""
    return {"ConditionCheck": {"Key": keys.user(owner_id),
                               "ConditionExpression": "attribute_exists(PK) AND attribute_not_exists(erasing)"}}


def _resume(item: dict) -> Resume:
    return to_model(Resume, item)


class DynamoResumeRepository:
    def __init__(self, table: DynamoTable, work_written: WorkWritten | None = None) -> None:
        self._table = table
        self._work_written = work_written or WorkWritten()

    async def add(
        self, resume: Resume, max_per_owner: int, work: Sequence[PendingWork] = ()
    ) -> tuple[Resume, bool]:
        added = await self.add_or_find(resume, max_per_owner, work)
        return added.resume, added.created

    async def add_or_find(
        self, resume: Resume, max_per_owner: int, work: Sequence[PendingWork] = ()
    ) -> AddedResume:
        sha_key = keys.resume_sha(resume.owner_id, resume.sha256)
        try:
            await self._table.transact([
                put_new(keyed(sha_key, {"resume_id": resume.id})),
                put_new(_resume_item(resume)),
                {"Update": {
                    # The owner's résumé ids beside the count, read consistently by the erasure
                    # (the owner's GSI listing may not show a résumé written a moment ago).
                    "Key": keys.resume_count(resume.owner_id),
                    "UpdateExpression": "ADD resumes :one, resume_ids :ids",
                    "ConditionExpression": "attribute_not_exists(resumes) OR resumes < :cap",
                    "ExpressionAttributeValues": {**to_attributes({":one": 1, ":cap": max_per_owner}),
                                                  ":ids": {"SS": [resume.id]}},
                }},
                owner_accepts_resumes(resume.owner_id),
                {"Put": {"Item": keyed(keys.sha_use(resume.sha256, resume.id), {"entity": "sha_use"})}},
                *(outbox_put(item) for item in work),
            ])
        except TransactionCancelled as cancelled:
            if cancelled.failed(0):
                found = await self._existing(sha_key)
                if found is not None:
                    stored = await named_as_uploaded(self._table, *found, resume.filename)
                    earlier = found[0].filename
                    return AddedResume(stored, False, earlier if stored.filename != earlier else None)
            if cancelled.failed(3):
                raise Forbidden("This account is gone or being deleted; nothing more can be uploaded to it.",
                                reason="ACCOUNT_DELETED") from None
            if cancelled.failed(2):
                raise BadUserInput(
                    f"A candidate may keep at most {max_per_owner} resumes; delete one before uploading another.",
                    field="file",
                ) from None
            raise
        if work:
            self._work_written()
        return AddedResume(resume, True)

    async def _existing(self, sha_key: dict) -> tuple[Resume, bool] | None:
        """The stored résumé, and whether its item predates the sent mark (see sent_resumes.py)."""
        pointer = await self._table.get(sha_key)
        if pointer is None:
            return None
        item = await self._table.get(keys.resume(pointer["resume_id"]["S"]))
        return (_resume(item), "sent_to_employer" not in item) if item else None

    async def get_many(self, ids: Sequence[str]) -> list[Resume | None]:
        return await get_many(self._table, ids, keys.resume, Resume)

    async def by_owners(self, owner_ids: Sequence[str], selector: None, page: PageRequest) -> list[Page[Resume]]:
        queries = [ListQuery(keys.GSI1, keys.owner_resumes(o)) for o in owner_ids]
        return await read_pages(self._table, queries, page, _resume)

    async def set_status(
        self, resume_id: str, status: ResumeStatus, failure_reason: str | None = None,
        parsed: ParsedResume | None = None, work: Sequence[PendingWork] = (),
    ) -> None:
        values: dict[str, object] = {"status": status.value, "failure_reason": failure_reason}
        if parsed is not None:
            values["parsed"] = plain(parsed)
        if not work:
            await self._table.assign(keys.resume(resume_id), values, "attribute_exists(PK)")
            return
        update = {"Key": keys.resume(resume_id), "ConditionExpression": "attribute_exists(PK)", **assignments(values)}
        try:
            await self._table.transact([{"Update": update}, *(outbox_put(item) for item in work)])
        except TransactionCancelled:
            return  # deleted meanwhile: no status to set, no work to do
        self._work_written()

    async def retry_failed(self, resume_id: str, work: Sequence[PendingWork] = ()) -> bool:
        update = {"Key": keys.resume(resume_id),
                  **assignments({"status": ResumeStatus.UPLOADED.value, "failure_reason": None})}
        # assignments names `status` #a0: the condition reads the same alias.
        update["ConditionExpression"] = "attribute_exists(PK) AND #a0 = :failed"
        update["ExpressionAttributeValues"] = {
            **update["ExpressionAttributeValues"], **to_attributes({":failed": ResumeStatus.FAILED.value})}
        try:
            await self._table.transact([{"Update": update}, *(outbox_put(item) for item in work)])
        except TransactionCancelled:
            return False  # not FAILED (retried by another request meanwhile) or deleted
        if work:
            self._work_written()
        return True

    async def delete(self, resume_id: str, work: Sequence[PendingWork] = ()) -> Resume | None:
        for _ in range(primary_resume.ROUNDS):
            item = await self._table.get(keys.resume(resume_id))
            if item is None:
                return None  # deleted by a concurrent request
            resume = _resume(item)
            try:
                await self._table.transact([
                    *primary_resume.deletion_actions(resume), *(outbox_put(item) for item in work)])
                break
            except TransactionCancelled:
                continue  # deleted, or marked or unmarked primary meanwhile: read again
        else:
            raise TransientFailure("the resume kept changing while it was deleted; try again")
        if work:
            self._work_written()
        # Matches are derived from the resume and go with it (SQLite cascades the same way).
        await delete_matches(self._table, ListQuery(keys.GSI3, keys.resume_matches(resume_id)))
        return resume

    async def set_primary(
        self, resume_id: str, owner_id: str, primary: bool, work: Sequence[PendingWork] = ()
    ) -> Resume | None:
        for _ in range(primary_resume.ROUNDS):
            item = await self._table.get(keys.resume(resume_id))
            resume = _resume(item) if item is not None else None
            if resume is None or resume.owner_id != owner_id:
                return None
            if resume.primary == primary:
                return resume
            if await primary_resume.mark(self._table, resume, primary, tuple(work)):
                if work:
                    self._work_written()
                return resume.model_copy(update={"primary": primary})
        raise TransientFailure("the primary resume kept changing; try again")

    async def sha_in_use(self, sha256: str) -> bool:
        # The use items first, read strongly: a resume committed a moment ago (racing a
        # deletion of the same bytes, domain/services/blob_forgetting.py) is seen. The GSI
        # then answers for resumes stored before those items were written.
        uses = ListQuery(None, keys.sha_uses(sha256), consistent=True)
        if await read_slice(self._table, uses, 0, 1):
            return True
        return bool(await read_slice(self._table, ListQuery(keys.GSI2, keys.sha_users(sha256)), 0, 1))
