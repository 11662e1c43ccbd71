"""Email over SMTP with aiosmtplib, configured by one URL:

    smtp://user:password@host:587?starttls=true   (STARTTLS; the default when credentials are given)
    smtps://user:password@host:465                 (TLS from the first byte)
    smtp://127.0.0.1:1025                          (plain, e.g. a local relay or test server)
"""
from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid, parseaddr
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib

from domain.channels import Channel
from domain.ports.notifications import Delivery, RecipientRejected
from domain.validation import header_safe

_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class SmtpConfig:
    hostname: str
    port: int
    username: str | None
    password: str | None
    use_tls: bool
    start_tls: bool | None

    @classmethod
    def from_url(cls, url: str) -> SmtpConfig:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ValueError("TALENTGRAPH_SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465")
        query = {key: values[-1].lower() for key, values in parse_qs(parts.query).items()}
        implicit_tls = parts.scheme == "smtps"
        start_tls = None if "starttls" not in query else query["starttls"] in _TRUE
        return cls(
            hostname=parts.hostname,
            port=parts.port or (465 if implicit_tls else 587 if parts.username else 25),
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            use_tls=implicit_tls,
            start_tls=False if implicit_tls else start_tls,
        )


class SmtpEmailSender:
    channel = Channel.EMAIL

    def __init__(self, url: str, sender: str) -> None:
        self._config = SmtpConfig.from_url(url)
        self._sender = sender

    def _message(self, delivery: Delivery) -> EmailMessage:
        # Header values stay on one line, whatever reached the subject: a line break there
        # would add headers (`\r\nBcc: ...`), and email's default policy refuses it anyway.
        if header_safe(delivery.recipient) != delivery.recipient:
            raise RecipientRejected("The address holds a line break or control character.")
        message = EmailMessage()
        message["From"] = self._sender
        message["To"] = delivery.recipient
        message["Subject"] = header_safe(delivery.subject)
        domain = self._sender.rsplit("@", 1)[-1].strip("> ") or "talentgraph.invalid"
        message["Message-ID"] = (
            f"<{delivery.message_id}@{domain}>" if delivery.message_id else make_msgid(domain=domain)
        )
        message.set_content(delivery.text)
        if delivery.html:
            message.add_alternative(delivery.html, subtype="html")
        return message

    async def deliver(self, delivery: Delivery) -> None:
        config = self._config
        try:
            # The envelope names the recipient itself: no header decides who gets the mail.
            await aiosmtplib.send(
                self._message(delivery), sender=parseaddr(self._sender)[1], recipients=[delivery.recipient],
                hostname=config.hostname, port=config.port, username=config.username, password=config.password,
                use_tls=config.use_tls, start_tls=config.start_tls, timeout=30,
            )
        except aiosmtplib.SMTPRecipientsRefused as refused:
            reasons = "; ".join(f"{r.code} {r.message}" for r in refused.recipients)
            if all(500 <= r.code < 600 for r in refused.recipients):
                raise RecipientRejected(reasons) from None
            raise
