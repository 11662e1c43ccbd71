"""The same bytes uploaded again under another name: the stored résumé is renamed only while
no organization has received it (domain.ports.resumes.ResumeRepository.add). An application's
write marks its résumé `sent_to_employer` (applications.py); the rename is conditional on that
mark, so an application committing between the read and the rename leaves the name alone."""
from __future__ import annotations

from boto3.dynamodb.conditions import Attr

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.codec import to_attributes, to_model
from adapters.aws.dynamodb.query import ListQuery, read_all
from domain.resumes import Resume

_NOT_SENT = "attribute_exists(PK) AND (attribute_not_exists(sent_to_employer) OR sent_to_employer = :no)"


async def named_as_uploaded(table: DynamoTable, existing: Resume, unmarked: bool, filename: str) -> Resume:
    """`unmarked`: the item was written before applications marked their résumés, so the
    candidate's applications are asked (once: the answer is then marked on it)."""
    if existing.sent_to_employer or existing.filename == filename:
        return existing
    if unmarked and await _sent_before_the_mark(table, existing):
        await table.update(keys.resume(existing.id), "SET sent_to_employer = :yes", "attribute_exists(PK)",
                           ExpressionAttributeValues=to_attributes({":yes": True}))
        return existing.model_copy(update={"sent_to_employer": True})
    # Only while it exists (a deletion landing meanwhile is not undone by a rename) and is unsent.
    if await table.update(keys.resume(existing.id), "SET filename = :name", _NOT_SENT,
                          ExpressionAttributeValues=to_attributes({":name": filename, ":no": False})):
        return existing.model_copy(update={"filename": filename})
    item = await table.get(keys.resume(existing.id))
    return to_model(Resume, item) if item else existing  # sent meanwhile: under the name it was sent


async def _sent_before_the_mark(table: DynamoTable, resume: Resume) -> bool:
    """Whether one of the owner's applications holds the résumé (those stored before the mark
    are old enough for the candidate's GSI1 listing to show them)."""
    query = ListQuery(keys.GSI1, keys.candidate_applications(resume.owner_id), where=Attr("resume_id").eq(resume.id))
    return bool(await read_all(table, query))
