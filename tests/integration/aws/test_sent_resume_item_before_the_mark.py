"""A résumé item DynamoDB stored before applications marked their résumés sent (no
`sent_to_employer` attribute) is found sent through its candidate's applications when its
bytes are uploaded again under another name: it keeps its name, and is marked from then on."""
from __future__ import annotations

from adapters.aws.dynamodb import keys
from tests.integration.contract.repository_backends import (
    a_candidate,
    a_job,
    a_resume,
    an_application,
    an_employer,
    repositories_on,
)


async def test_a_resume_sent_before_the_mark_keeps_its_name(aws_clients, aws_names):
    repositories = await repositories_on("aws", None, aws_clients, aws_names)
    client = await aws_clients.get("dynamodb")
    candidate = await a_candidate(repositories)
    sent, unsent = a_resume(candidate.id), a_resume(candidate.id, minute=1)
    for resume in (sent, unsent):
        await repositories.resumes.add(resume, max_per_owner=5)
    _, organization = await an_employer(repositories)
    job = a_job(organization.id)
    await repositories.jobs.add(job)
    application, event = an_application(job.id, candidate.id, sent.id)
    await repositories.applications.add(application, event, organization_id=organization.id)
    for resume in (sent, unsent):  # as an older release left them
        await client.update_item(TableName=aws_names["table"], Key=keys.resume(resume.id),
                                 UpdateExpression="REMOVE sent_to_employer")

    for resume, kept in ((sent, "cv.pdf"), (unsent, "Renamed.pdf")):
        again = a_resume(candidate.id, sha256=resume.sha256, minute=5).model_copy(update={"filename": "Renamed.pdf"})
        stored, created = await repositories.resumes.add(again, max_per_owner=5)
        assert (stored.id, stored.filename, created) == (resume.id, kept, False)
    item = (await client.get_item(TableName=aws_names["table"], Key=keys.resume(sent.id)))["Item"]
    assert (item["filename"], item["sent_to_employer"]) == ({"S": "cv.pdf"}, {"BOOL": True})
