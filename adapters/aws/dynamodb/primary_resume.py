"""A candidate's primary resume on DynamoDB: the owner's RESUMECOUNT item names it
(`primary_resume`) and the resume items carry the `primary` flag, both changed in one
transaction conditioned on the name read before. Two requests marking different resumes at
once cannot both commit (the loser's condition fails and it reads again), so at most one
resume per owner is primary; a deletion of the primary removes the name in its own
transaction (see `deletion_actions`)."""
from __future__ import annotations

from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.codec import to_attributes
from adapters.aws.dynamodb.work_outbox import outbox_put
from domain.ports.queue import PendingWork
from domain.resumes import Resume

_NAMES = {"#p": "primary"}
# Conditions that fail only when a racing request changed the marks; then read again.
ROUNDS = 8


def _flag(resume_id: str, value: bool) -> dict[str, Any]:
    """Flips the resume's flag to `value`, only from the opposite (an item from before the
    flag existed counts as not primary) and only while the resume exists."""
    was = "#p = :was" if not value else "(attribute_not_exists(#p) OR #p = :was)"
    condition = f"attribute_exists(PK) AND {was}"
    values: dict[str, Any] = {":v": value, ":was": not value}
    return {"Update": {
        "Key": keys.resume(resume_id), "UpdateExpression": "SET #p = :v", "ConditionExpression": condition,
        "ExpressionAttributeNames": _NAMES, "ExpressionAttributeValues": to_attributes(values),
    }}


def _name(owner_id: str, current: str | None, new: str | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if current is None:
        condition = "attribute_not_exists(primary_resume)"
    else:
        condition, values[":current"] = "primary_resume = :current", current
    if new is None:
        expression = "REMOVE primary_resume"
    else:
        expression, values[":new"] = "SET primary_resume = :new", new
    update: dict[str, Any] = {"Key": keys.resume_count(owner_id), "UpdateExpression": expression,
                              "ConditionExpression": condition}
    if values:
        update["ExpressionAttributeValues"] = to_attributes(values)
    return {"Update": update}


async def mark(table: DynamoTable, resume: Resume, primary: bool, work: tuple[PendingWork, ...]) -> bool:
    """Marks or unmarks `resume` (read just before); False when it is gone meanwhile or a
    racing request moved the marks (then the caller reads the resume again)."""
    holder = await table.get(keys.resume_count(resume.owner_id), projection=["primary_resume"])
    current = holder["primary_resume"]["S"] if holder and "primary_resume" in holder else None
    if primary:
        actions = [_name(resume.owner_id, current, resume.id), _flag(resume.id, True)]
        if current is not None and current != resume.id:
            actions.append(_flag(current, False))
    else:
        actions = [_name(resume.owner_id, resume.id, None), _flag(resume.id, False)]
    try:
        await table.transact([*actions, *(outbox_put(item) for item in work)])
    except TransactionCancelled:
        return False
    return True


def deletion_actions(resume: Resume) -> list[dict[str, Any]]:
    """Deleting `resume` (read just before) and counting it off the owner's items: the delete
    holds only while its flag is as read, and a primary's deletion removes the owner's name
    for it in the same transaction, so no name outlives its resume."""
    was = bool(resume.primary)
    condition = "attribute_exists(PK) AND " + ("#p = :was" if was else "(attribute_not_exists(#p) OR #p = :was)")
    gone = {":minus": {"N": "-1"}, ":ids": {"SS": [resume.id]}}
    count: dict[str, Any] = {
        "Key": keys.resume_count(resume.owner_id), "UpdateExpression": "ADD resumes :minus DELETE resume_ids :ids",
        "ExpressionAttributeValues": gone,
    }
    if was:
        count["UpdateExpression"] += " REMOVE primary_resume"
        count["ConditionExpression"] = "primary_resume = :me"
        count["ExpressionAttributeValues"] = {**gone, ":me": {"S": resume.id}}
    return [
        {"Delete": {"Key": keys.resume(resume.id), "ConditionExpression": condition,
                    "ExpressionAttributeNames": _NAMES, "ExpressionAttributeValues": to_attributes({":was": was})}},
        {"Delete": {"Key": keys.resume_sha(resume.owner_id, resume.sha256)}},
        {"Delete": {"Key": keys.sha_use(resume.sha256, resume.id)}},
        {"Update": count},
    ]
