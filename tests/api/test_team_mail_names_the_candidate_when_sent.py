"""The hiring team's email of an application names its candidate as it is handed to the mail
server, looked up then (the outbox row names nobody): one sent while the candidate has an
account names them; one queued before the candidate erased their account and sent after it
(the server refused it for a while) says the application is from a candidate who has since
left. The embedded gateway as served, with a real SMTP server (aiosmtpd on 127.0.0.1)."""
from __future__ import annotations

import email
import email.policy
import socket

import pytest
from aiosmtpd.controller import Controller

from tests.account_helpers import verified
from tests.applications_helpers import APPLY, MOVE, parsed_resume, wait_until

ERASE = "mutation($p: String!){ deleteAccount(password: $p) }"


class _MailServer:
    """Takes mail, or refuses it for now (451) while `holding`."""

    def __init__(self) -> None:
        self.holding = False
        self.refused = 0
        self.received: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        if self.holding:
            self.refused += 1
            return "451 4.3.0 Try again later"
        self.received.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted"

    def application_mail(self) -> list[tuple[str, str]]:
        return [(str(m["Subject"]), m.get_body(("plain",)).get_content()) for m in self.received
                if "pplication" in str(m["Subject"]) and "Your application" not in str(m["Subject"])]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mail_server():
    server = _MailServer()
    controller = Controller(server, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        yield server, f"smtp://127.0.0.1:{controller.port}"
    finally:
        controller.stop()


@pytest.fixture
def settings(settings, mail_server):
    _, url = mail_server
    return settings.model_copy(update={"smtp_url": url, "outbox_backoff_seconds": 0.2, "outbox_poll_seconds": 0.1})


async def test_a_mail_queued_before_the_erasure_and_sent_after_it_names_nobody(client, app, mail_server):
    server, _ = mail_server
    employer, employer_user = await client.employer()
    await verified(app, employer_user)
    job = await client.post_job(employer, title="Night Porter")
    signed = await client.register("CANDIDATE", name="Maria Gonzalez")
    token = signed["accessToken"]
    resume = await parsed_resume(client, token)
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, token))["applyToJob"]

    async def mailed(count: int) -> bool:
        return len(server.application_mail()) >= count

    await wait_until(lambda: mailed(1), attempts=600)
    [(subject, text)] = server.application_mail()
    assert subject == "Application from Maria Gonzalez for Night Porter: submitted"
    assert text.startswith("The application from Maria Gonzalez for Night Porter was submitted.")

    server.holding = True  # the withdrawal's mail waits in the outbox, refused for now
    await client.data(MOVE, {"id": application["id"], "s": "WITHDRAWN", "v": 1}, token)

    async def refused() -> bool:
        return server.refused > 0

    await wait_until(refused, attempts=600)
    assert (await client.data(ERASE, {"p": "correct horse battery staple"}, token))["deleteAccount"] is True
    server.holding = False

    await wait_until(lambda: mailed(2), attempts=600)
    (subject, text) = server.application_mail()[1]
    assert subject == "Application (from a candidate who has since left) for Night Porter: submitted → withdrawn"
    assert "Maria" not in subject + text and "Gonzalez" not in subject + text
