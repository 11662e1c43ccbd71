"""On AWS the hiring team's email of an application leaves through the notifications topic (no
SES sender configured) and names its candidate there, looked up as the worker hands it over;
the queued work item names nobody. The gateway as served on moto, its topic read through an SQS
queue subscribed to it (the real SNS → SQS protocol)."""
from __future__ import annotations

import json

import boto3

from tests.account_helpers import verified
from tests.applications_helpers import APPLY, parsed_resume, wait_until
from tests.aws_backend import aws_client, aws_settings  # noqa: F401


def _mailbox(moto_endpoint: str, topic: str):
    session = boto3.Session(region_name="us-east-1")
    sns, sqs = session.client("sns", endpoint_url=moto_endpoint), session.client("sqs", endpoint_url=moto_endpoint)
    topic_arn = sns.create_topic(Name=topic)["TopicArn"]  # the gateway's own (creating it again finds it)
    queue_url = sqs.create_queue(QueueName=f"{topic}-test-mailbox")["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=queue_arn, Attributes={"RawMessageDelivery": "true"})
    return sqs, queue_url


async def test_the_teams_email_names_the_candidate_as_published(aws_client, moto_endpoint, aws_names):  # noqa: F811
    client, app = aws_client
    sqs, queue_url = _mailbox(moto_endpoint, aws_names["topic"])
    employer, employer_user = await client.employer()
    await verified(app, employer_user)
    job = await client.post_job(employer, title="Night Porter")
    signed = await client.register("CANDIDATE", name="Maria Gonzalez")
    resume = await parsed_resume(client, signed["accessToken"])
    await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, signed["accessToken"])

    published: list[dict] = []

    async def arrived() -> bool:
        for message in sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10).get("Messages", []):
            published.append(json.loads(message["Body"]))
        return any(m.get("kind") == "application" and m.get("recipient") == employer_user["email"] for m in published)

    await wait_until(arrived, attempts=300, pause=0.1)
    (mail,) = [m for m in published if m.get("kind") == "application" and m.get("recipient") == employer_user["email"]]
    assert mail["subject"] == "Application from Maria Gonzalez for Night Porter: submitted"
    assert mail["text"].startswith("The application from Maria Gonzalez for Night Porter was submitted.")
