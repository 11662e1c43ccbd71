"""Applications and their history. One application per (job, candidate) through an
APPLIED# item; a status move is a compare-and-set on the version, written in one
transaction with its history event and the job's per-status counters."""
from __future__ import annotations

import asyncio
from collections.abc import Sequence

from boto3.dynamodb.conditions import Attr

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled, put_new
from adapters.aws.dynamodb.codec import assignments, keyed, plain, stored_moment, to_attributes, to_model, to_value
from adapters.aws.dynamodb.lookups import pair
from adapters.aws.dynamodb.query import ListQuery, read_all, read_pages
from adapters.aws.dynamodb.resumes import owner_accepts_resumes
from adapters.aws.dynamodb.work_outbox import WorkWritten, outbox_put
from domain.applications import AFTER_ERASURE, Application, ApplicationEvent, ApplicationStatus, PipelineFilter
from domain.errors import (
    Forbidden,
    already_applied,
    candidate_erased,
    changed_meanwhile,
    job_closed,
    no_longer_a_member,
    no_such_resume,
)
from domain.jobs import JobStatus
from domain.pagination import Page, PageRequest
from domain.ports.queue import PendingWork

_EVENT = "EVENT#"


def _status_keys(application: Application) -> dict[str, str]:
    status = application.status.value
    found = {"GSI4PK": keys.job_applications(application.job_id, status)}
    if application.candidate_id:
        found["GSI3PK"] = keys.candidate_applications(application.candidate_id, status)
    return found


def pipeline_keys(application: Application, organization_id: str | None) -> dict[str, str]:
    """The organization's pipeline entries (GSI5, GSI6, and its job's share: GSI7), sorted by
    the latest activity."""
    if organization_id is None:
        return {}
    activity = keys.ordered(application.updated_at, application.id)
    return {
        "GSI5PK": keys.organization_applications(organization_id), "GSI5SK": activity,
        "GSI6PK": keys.organization_applications(organization_id, application.status.value), "GSI6SK": activity,
        "GSI7PK": keys.organization_job_applications(organization_id, application.job_id), "GSI7SK": activity,
    }


def _application_item(application: Application, organization_id: str | None) -> dict:
    order = keys.ordered(application.created_at, application.id)
    values = {
        **plain(application), **_status_keys(application), **pipeline_keys(application, organization_id),
        "entity": "application", "GSI2PK": keys.job_applications(application.job_id), "GSI2SK": order,
        "GSI4SK": order,
    }
    if organization_id is not None:
        values["organization_id"] = organization_id
    if application.candidate_id:
        values["GSI1PK"] = keys.candidate_applications(application.candidate_id)
        values["GSI1SK"] = values["GSI3SK"] = order
    return keyed(keys.application(application.id), values)


def _event_put(application_id: str, version: int, event: ApplicationEvent) -> dict:
    values = {**plain(event), "entity": "application_event"}
    return put_new(keyed(keys.application_event(application_id, version), values))


def _count_update(job_id: str, changes: dict[str, int]) -> dict:
    names = {f"#s{i}": status for i, status in enumerate(changes)}
    return {"Update": {
        "Key": keys.application_counts(job_id),
        "UpdateExpression": "ADD " + ", ".join(f"#s{i} :d{i}" for i in range(len(changes))),
        "ExpressionAttributeNames": names,
        "ExpressionAttributeValues": to_attributes({f":d{i}": d for i, d in enumerate(changes.values())}),
    }}


def _job_open(job_id: str) -> dict:
    """Checked in the application's own transaction: a close (a write to the job item) and an
    application cannot both succeed against the job as it was."""
    return {"ConditionCheck": {
        "Key": keys.job(job_id), "ConditionExpression": "#status = :open",
        "ExpressionAttributeNames": {"#status": "status"},
        "ExpressionAttributeValues": to_attributes({":open": JobStatus.OPEN.value})}}


def _resume_kept(application: Application) -> dict:
    """The résumé applied with is still the candidate's: checked on reading too, but it may be
    deleted before this write, which would store the id of a résumé that is gone. Marked sent
    in the same write: from now on an employer has it under its present name, which a re-upload
    of its bytes must leave alone (its rename is conditional on this mark)."""
    return {"Update": {
        "Key": keys.resume(application.resume_id or ""), "ConditionExpression": "owner_id = :owner",
        "UpdateExpression": "SET sent_to_employer = :sent",
        "ExpressionAttributeValues": to_attributes({":owner": application.candidate_id, ":sent": True})}}


def _application(item: dict) -> Application:
    application = to_model(Application, item)
    if "processed_version" not in item:
        # Stored before changes were marked processed: taken as processed once its resume
        # snapshot shows the submission was (as the SQLite migration does).
        done = application.version if "resume_snapshot" in item or application.resume_id is None else 0
        application = application.model_copy(update={"processed_version": done})
    return application


class DynamoApplicationRepository:
    def __init__(self, table: DynamoTable, work_written: WorkWritten | None = None) -> None:
        self._table = table
        self._work_written = work_written or WorkWritten()

    async def add(self, application: Application, event: ApplicationEvent, work: Sequence[PendingWork] = (),
                  organization_id: str | None = None) -> None:
        # A job never changes organization, so the caller's copy of it will do; a job gone or
        # closed fails the transaction's check.
        if organization_id is None:
            job = await self._table.get(keys.job(application.job_id), projection=["organization_id"])
            organization_id = job["organization_id"]["S"] if job and "organization_id" in job else None
        actions = [
            put_new(_application_item(application, organization_id)),
            _event_put(application.id, application.version, event),
            _count_update(application.job_id, {application.status.value: 1}),
            *(outbox_put(item) for item in work),
            job_open := _job_open(application.job_id),
        ]
        if application.candidate_id:
            pointer = keys.applied(application.job_id, application.candidate_id)
            actions.insert(0, put_new(keyed(pointer, {"application_id": application.id})))
            actions.insert(1, owner_accepts_resumes(application.candidate_id))
            actions.append({"Update": {
                "Key": keys.candidate_application_ids(application.candidate_id),
                "UpdateExpression": "ADD application_ids :ids",
                "ExpressionAttributeValues": {":ids": {"SS": [application.id]}}}})
        resume_kept = _resume_kept(application) if application.resume_id else None
        if resume_kept is not None:
            actions.append(resume_kept)
        try:
            await self._table.transact(actions)
        except TransactionCancelled as cancelled:
            if cancelled.failed(actions.index(job_open)):
                raise job_closed() from None
            if resume_kept is not None and cancelled.failed(actions.index(resume_kept)):
                raise no_such_resume() from None
            if application.candidate_id and cancelled.failed(1):
                raise Forbidden("This account is gone or being deleted; it can send no more applications.",
                                reason="ACCOUNT_DELETED") from None
            if not (application.candidate_id and cancelled.failed(0)):
                raise
            existing = await self._table.get(keys.applied(application.job_id, application.candidate_id))
            raise already_applied(existing["application_id"]["S"] if existing else None) from None
        if work:
            self._work_written()

    async def get_many(self, ids: Sequence[str]) -> list[Application | None]:
        found = await self._table.batch_get(keys.application(i) for i in ids) if ids else {}
        items = [found.get(pair(keys.application(i))) for i in ids]
        return [_application(item) if item is not None else None for item in items]

    async def claim_closure_event(self, job_id: str, application_id: str) -> bool:
        # Beside the application's history, in its partition: ids only, no one's details.
        claim = keyed(keys.job_closure_event(application_id, job_id), {"entity": "job_closure_event"})
        return await self._table.put(claim, "attribute_not_exists(PK)")

    async def by_candidates(
        self, candidate_ids: Sequence[str], status: ApplicationStatus | None, page: PageRequest
    ) -> list[Page[Application]]:
        index = keys.GSI3 if status else keys.GSI1
        value = status.value if status else None
        queries = [ListQuery(index, keys.candidate_applications(c, value)) for c in candidate_ids]
        return await read_pages(self._table, queries, page, _application)

    async def by_jobs(
        self, job_ids: Sequence[str], status: ApplicationStatus | None, page: PageRequest
    ) -> list[Page[Application]]:
        index = keys.GSI4 if status else keys.GSI2
        value = status.value if status else None
        queries = [ListQuery(index, keys.job_applications(j, value)) for j in job_ids]
        return await read_pages(self._table, queries, page, _application)

    async def by_organizations(
        self, organization_ids: Sequence[str], only: PipelineFilter, page: PageRequest
    ) -> list[Page[Application]]:
        if only.job_id is not None:
            # The job's own partition; a status is then a filter on it, which reads no more than
            # the job's applications (one status of a whole organization is usually more).
            where = Attr("status").eq(only.status.value) if only.status else None
            job_id = only.job_id
            queries = [ListQuery(keys.GSI7, keys.organization_job_applications(o, job_id), where=where)
                       for o in organization_ids]
        else:
            index = keys.GSI6 if only.status else keys.GSI5
            value = only.status.value if only.status else None
            queries = [ListQuery(index, keys.organization_applications(o, value)) for o in organization_ids]
        return await read_pages(self._table, queries, page, _application)

    async def histories(self, application_ids: Sequence[str]) -> list[list[ApplicationEvent]]:
        unique = list(dict.fromkeys(application_ids))
        lists = await asyncio.gather(*(
            read_all(self._table, ListQuery(None, keys.application_partition(a), ascending=True, sort_prefix=_EVENT))
            for a in unique
        ))
        found = {a: [to_model(ApplicationEvent, item) for item in items] for a, items in zip(unique, lists)}
        return [found[a] for a in application_ids]

    async def organizations_applied_to(self, candidate_ids: Sequence[str]) -> list[list[str]]:
        unique = list(dict.fromkeys(candidate_ids))
        lists = await asyncio.gather(
            *(read_all(self._table, ListQuery(keys.GSI1, keys.candidate_applications(c))) for c in unique)
        )
        job_ids = {item["job_id"]["S"] for items in lists for item in items}
        jobs = await self._table.batch_get((keys.job(j) for j in job_ids), projection=["id", "organization_id"])
        organization_of = {item["id"]["S"]: item["organization_id"]["S"] for item in jobs.values()}
        found = {}
        for candidate, items in zip(unique, lists):
            jobs_applied = [i["job_id"]["S"] for i in items]
            found[candidate] = list(dict.fromkeys(organization_of[j] for j in jobs_applied if j in organization_of))
        return [found[c] for c in candidate_ids]

    async def counts_by_status(self, job_ids: Sequence[str]) -> list[dict[str, int]]:
        found = await self._table.batch_get(keys.application_counts(j) for j in job_ids)
        results = []
        for j in job_ids:
            item = found.get(pair(keys.application_counts(j)), {})
            counts: dict[str, int] = {s.value: int(item[s.value]["N"]) for s in ApplicationStatus if s.value in item}
            results.append({status: n for status, n in counts.items() if n > 0})
        return results

    async def snapshot_resume(self, application_id: str, snapshot: str, *, resume_id: str) -> None:
        """Keeps the resume as it was when applied with (first snapshot wins; never once the
        candidate erased their account, which may happen while the snapshot is being taken; nor
        once it was sent again with another résumé, whose own processing takes its snapshot)."""
        await self._table.update(
            keys.application(application_id), "SET resume_snapshot = :s",
            "attribute_exists(PK) AND attribute_not_exists(resume_snapshot) AND candidate_anonymised = :no"
            " AND resume_id = :r",
            ExpressionAttributeValues=to_attributes({":s": snapshot, ":no": False, ":r": resume_id}),
        )

    async def transition(
        self, application: Application, event: ApplicationEvent, expected_version: int,
        work: Sequence[PendingWork] = (), *, job_must_be_open: bool = False, member_of: str | None = None,
        resubmitted: bool = False,
    ) -> Application:
        item = await self._table.get(keys.application(application.id))
        stored = to_model(Application, item) if item else None
        if stored is None or stored.version != expected_version:
            raise changed_meanwhile(application.id, stored.version if stored else None,
                                    stored.status.value if stored else None)
        forward = application.status not in AFTER_ERASURE
        if forward and stored.candidate_anonymised:
            raise candidate_erased(application.id)
        following = expected_version + 1
        organization_id = item.get("organization_id", {}).get("S") if item else None
        update = assignments({
            "status": application.status.value, "version": following,
            "updated_at": stored_moment(application.updated_at), **_status_keys(application),
            **pipeline_keys(application, organization_id),
            # Sent again after a withdrawal: what it was sent with now (None removes the
            # attribute); the snapshot of the earlier résumé goes, its processing takes one.
            **({"resume_id": application.resume_id, "cover_letter": application.cover_letter,
                "resume_snapshot": None} if resubmitted else {}),
        })
        update["ExpressionAttributeValues"][":expected"] = to_value(expected_version)
        condition = "#a1 = :expected"
        if forward:
            # In the write: the erasure may anonymise it between the read above and this.
            condition += " AND (attribute_not_exists(#erased) OR #erased = :kept)"
            update["ExpressionAttributeNames"]["#erased"] = "candidate_anonymised"
            update["ExpressionAttributeValues"][":kept"] = {"BOOL": False}
        actions = [
            {"Update": {"Key": keys.application(application.id), "ConditionExpression": condition, **update}},
            _event_put(application.id, following, event),
            *(outbox_put(item) for item in work),
        ]
        member_check = len(actions)
        if member_of is not None:
            # The author still recruits for it: a removal landing after the checks made on
            # reading (before this write) refuses the move.
            actions.append({"ConditionCheck": {
                "Key": keys.user(event.by_user_id or ""), "ConditionExpression": "organization_id = :org",
                "ExpressionAttributeValues": to_attributes({":org": member_of})}})
        if stored.status != application.status:
            moves = {stored.status.value: -1, application.status.value: 1}
            actions.append(_count_update(application.job_id, moves))
        job_open = _job_open(application.job_id) if job_must_be_open else None
        if job_open is not None:
            actions.append(job_open)
        resume_kept = _resume_kept(application) if resubmitted and application.resume_id else None
        if resume_kept is not None:
            actions.append(resume_kept)
        try:
            await self._table.transact(actions)
        except TransactionCancelled as cancelled:
            if job_open is not None and cancelled.failed(actions.index(job_open)):
                raise job_closed() from None
            if resume_kept is not None and cancelled.failed(actions.index(resume_kept)):
                raise no_such_resume() from None
            if member_of is not None and cancelled.failed(member_check):
                raise no_longer_a_member() from None
            # The winner's version, read consistently after the refusal.
            after = await self._table.get(keys.application(application.id),
                                          projection=["version", "status", "candidate_anonymised"])
            if forward and after and int(after["version"]["N"]) == expected_version \
                    and after.get("candidate_anonymised", {}).get("BOOL"):
                raise candidate_erased(application.id) from None
            raise changed_meanwhile(application.id, int(after["version"]["N"]) if after else None,
                                    after["status"]["S"] if after else None) from None
        if work:
            self._work_written()
        return application.model_copy(update={"version": following})

    async def mark_processed(self, application_id: str, version: int) -> None:
        await self._table.update(
            keys.application(application_id), "SET processed_version = :v",
            "attribute_exists(PK) AND (attribute_not_exists(processed_version) OR processed_version < :v)",
            ExpressionAttributeValues=to_attributes({":v": version}),
        )
