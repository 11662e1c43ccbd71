"""The account messages, rendered from templates with the person's name and a link: plain
text plus HTML for email, one line for SMS and push. Values are HTML-escaped in the HTML."""
from __future__ import annotations

import html
from dataclasses import dataclass
from string import Template
from urllib.parse import urlencode

from domain.channels import Channel
from domain.ports.notifications import Message

_HTML_PAGE = Template(
    "<!doctype html><html><body style=\"font-family:sans-serif\">"
    "<p>Hello $name,</p>$body<p>The TalentGraph team</p></body></html>"
)


@dataclass(frozen=True)
class AccountTemplate:
    subject: str
    text: Template
    html: Template
    short: Template

    def render(self, user_id: str, name: str, link: str = "", dedupe_key: str | None = None,
               only_channel: Channel | None = None, recipient: str | None = None, **values: str) -> Message:
        plain = {"name": name, "link": link, **values}
        escaped = {key: html.escape(value, quote=True) for key, value in plain.items()}
        return Message(
            user_id=user_id,
            kind="account",
            subject=self.subject,
            text=self.text.substitute(plain),
            html=_HTML_PAGE.substitute(name=escaped["name"], body=self.html.substitute(escaped)),
            short=self.short.substitute(plain),
            data={"link": link} if link else {},
            dedupe_key=dedupe_key,
            only_channel=only_channel,
            recipient=recipient,
            # Every template here is of signing up or in, or of proving or changing an address.
            sign_in_flow=True,
        )


VERIFY_EMAIL = AccountTemplate(
    subject="Confirm your email address",
    text=Template(
        "Hello $name,\n\nPlease confirm that this is your email address by opening this link:\n\n$link\n\n"
        "The link works once and expires in $hours hours. If you did not sign up for TalentGraph,"
        " ignore this message.\n\nThe TalentGraph team\n"
    ),
    html=Template(
        "<p>Please confirm that this is your email address:</p>"
        "<p><a href=\"$link\">Confirm my email address</a></p>"
        "<p>The link works once and expires in $hours hours. If you did not sign up for TalentGraph,"
        " ignore this message.</p>"
    ),
    short=Template("Confirm your TalentGraph email address: $link"),
)

RESET_PASSWORD = AccountTemplate(
    subject="Reset your password",
    text=Template(
        "Hello $name,\n\nSomeone (we hope you) asked to reset your TalentGraph password. Choose a new one here:\n\n"
        "$link\n\nThe link works once and expires in $minutes minutes. Resetting signs you out everywhere."
        " If you did not ask, ignore this message: your password stays as it is.\n\nThe TalentGraph team\n"
    ),
    html=Template(
        "<p>Someone (we hope you) asked to reset your TalentGraph password.</p>"
        "<p><a href=\"$link\">Choose a new password</a></p>"
        "<p>The link works once and expires in $minutes minutes. Resetting signs you out everywhere."
        " If you did not ask, ignore this message: your password stays as it is.</p>"
    ),
    short=Template("Reset your TalentGraph password: $link"),
)

PASSWORD_CHANGED = AccountTemplate(
    subject="Your password was changed",
    text=Template(
        "Hello $name,\n\nThe password of your TalentGraph account was just changed and every device was"
        " signed out. If this was not you, reset your password now:\n\n$link\n\nThe TalentGraph team\n"
    ),
    html=Template(
        "<p>The password of your TalentGraph account was just changed and every device was signed out.</p>"
        "<p>If this was not you, <a href=\"$link\">reset your password now</a>.</p>"
    ),
    short=Template("Your TalentGraph password was changed. Not you? $link"),
)

PHONE_CODE = AccountTemplate(
    subject="Your TalentGraph code",
    text=Template("Hello $name,\n\nYour TalentGraph code is $code. It expires in $minutes minutes.\n"),
    html=Template("<p>Your TalentGraph code is <strong>$code</strong>. It expires in $minutes minutes.</p>"),
    short=Template("Your TalentGraph code is $code. It expires in $minutes minutes."),
)


@dataclass(frozen=True)
class Links:
    """Where links in messages point: the web app's base URL (configurable) plus a path."""

    base_url: str

    def to(self, path: str, **query: str) -> str:
        suffix = f"?{urlencode(query)}" if query else ""
        return f"{self.base_url.rstrip('/')}/{path.lstrip('/')}{suffix}"
