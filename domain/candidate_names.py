"""How a hiring team's notices about an application name its candidate: by the name the team
reads on the application (the account's display name), else by the name read from the résumé
the candidate sent (the team has that résumé), else as "a candidate"; never by an address or a
phone number, which a notice may carry where the application's contact details are not shown
(a push to a lock screen, an SMS). Once the candidate erased their account the application
shows FORMER_CANDIDATE_NAME, and so does every notice kept about it, whatever name it was sent
with: the name goes in the notice's data under CANDIDATE_NAME_KEY for the read to replace."""
from __future__ import annotations

from dataclasses import replace

from domain.applications import FORMER_CANDIDATE_NAME
from domain.inbox import Notification
from domain.validation import clean_line

CANDIDATE_NAME_KEY = "candidateName"
NAMELESS_CANDIDATE = "a candidate"
# A display name is a name, not a paragraph: longer ones are cut at a word.
_LONGEST = 80


def candidate_called(display_name: str | None, resume_name: str | None, *, erased: bool) -> str:
    if erased:
        return FORMER_CANDIDATE_NAME
    for name in (display_name, resume_name):
        shown = clean_line(name or "").strip()
        if shown and "@" not in shown:
            return shown if len(shown) <= _LONGEST else shown[:_LONGEST].rsplit(" ", 1)[0] + "…"
    return NAMELESS_CANDIDATE


def as_erased(text: str, sent_name: object) -> str:
    """`text` as read once the candidate it names erased their account."""
    if not isinstance(sent_name, str) or not sent_name or sent_name == FORMER_CANDIDATE_NAME:
        return text
    return text.replace(sent_name, FORMER_CANDIDATE_NAME)


# What a log line says instead of a candidate's name (logs outlive an erasure and are read by more people).
NAME_IN_LOGS = "[candidate]"


def without_name(text: str, data: dict[str, str | int | None]) -> str:
    """`text` with the candidate's name it was sent with (if any) left out, for a log line."""
    sent_name = data.get(CANDIDATE_NAME_KEY)
    return text.replace(sent_name, NAME_IN_LOGS) if isinstance(sent_name, str) and sent_name else text


def named_application(note: Notification) -> str | None:
    """The application whose candidate `note` names, if it names one."""
    return note.link("applicationId") if note.data.get(CANDIDATE_NAME_KEY) else None


def kept_as_erased(note: Notification) -> Notification:
    """`note` as kept once the candidate it names erased their account."""
    sent_name = note.data.get(CANDIDATE_NAME_KEY)
    return replace(note, subject=as_erased(note.subject, sent_name), text=as_erased(note.text, sent_name),
                   data={**note.data, CANDIDATE_NAME_KEY: FORMER_CANDIDATE_NAME})
