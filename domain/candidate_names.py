"""How a hiring team's notice of an application names its candidate.

The notice is stored (inbox entry, outbox row, queued mail) with the application's and the
job's ids and a wording that names nobody: a name written into a stored copy would outlive the
candidate's erasure. The name is filled in where the notice is shown: when the inbox is read
and when a mail (or SMS, push) is handed to its provider, each time from the application as it
is then. Once the candidate erased their account the notice says they have since left, and
never by a name.

The name shown is the one the team reads on the application (the account's display name),
else the name read from the résumé the candidate sent (the team has that résumé); never an
address typed as a name, nor a paragraph: a notice may show where contact details are not (a
push on a lock screen, an SMS)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from domain.applications import Application
from domain.resumes import Resume
from domain.users import User
from domain.validation import clean_line

# Marks, in a notice's data, a team's notice whose wording takes its candidate's name when shown.
NAMES_CANDIDATE_KEY = "namesCandidate"
# How the stored wording starts (subject, then text): the name goes in after these words only.
_SUBJECT_START = "Application for "
_TEXT_START = "An application for "
WHO_HAS_LEFT = "a candidate who has since left"
# A display name is a name, not a paragraph: longer ones are cut at a word.
_LONGEST = 80


@dataclass(frozen=True)
class CandidateAsShown:
    """Who a notice's application is from, as the team may be told now: `name` while the
    candidate has an account and a usable name, `left` once they erased it."""

    name: str | None = None
    left: bool = False


UNNAMED = CandidateAsShown()
HAS_LEFT = CandidateAsShown(left=True)


def team_subject(job_title: str, moved: str) -> str:
    """The subject a team's notice is stored with."""
    return f"{_SUBJECT_START}{job_title}: {moved}"


def team_text(job_title: str, sentence: str) -> str:
    """The first sentence a team's notice is stored with."""
    return f"{_TEXT_START}{job_title} {sentence}."


def candidate_called(display_name: str | None, resume_name: str | None) -> CandidateAsShown:
    """The name the team is told: the display name, else the résumé's, else none."""
    for name in (display_name, resume_name):
        shown = clean_line(name or "")
        if shown and "@" not in shown:
            return CandidateAsShown(shown if len(shown) <= _LONGEST else shown[:_LONGEST].rsplit(" ", 1)[0] + "…")
    return UNNAMED


def as_shown_now(application: Application | None, candidate: User | None,
                 resume_name: str | None = None) -> CandidateAsShown:
    """Who `application` is from, told to its team now: `candidate` is its candidate's account
    as read now (None: gone). An application no longer found is named by nobody."""
    if application is None:
        return UNNAMED
    if application.candidate_id is None or application.candidate_anonymised or candidate is None:
        return HAS_LEFT
    return candidate_called(candidate.name, resume_name)


async def candidate_of(application: Application | None, user: Callable[[str], Awaitable[User | None]],
                       resume: Callable[[str], Awaitable[Resume | None]] | None) -> CandidateAsShown:
    """as_shown_now for `application`, its candidate and (only when the account names nobody
    usable) the résumé they sent read by `user` and `resume`: a request's loaders, or stores."""
    if application is None:
        return UNNAMED
    candidate = await user(application.candidate_id) if application.candidate_id else None
    resume_name = None
    if needs_resume_name(candidate) and application.resume_id and resume is not None:
        sent = await resume(application.resume_id)
        resume_name = sent.parsed.name if sent is not None and sent.parsed is not None else None
    return as_shown_now(application, candidate, resume_name)


def needs_resume_name(candidate: User | None) -> bool:
    """Whether the name must come from the résumé sent: the account names nobody usable."""
    return candidate is not None and candidate_called(candidate.name, None) == UNNAMED


def naming(line: str, who: CandidateAsShown) -> str:
    """`line` of a stored team notice (its subject, its text, or the one line of an SMS or push)
    as shown now: naming the candidate, or saying they have left; unchanged when neither is known
    or when the line is not one of the stored wordings."""
    if line.startswith(_SUBJECT_START):
        rest = line[len(_SUBJECT_START):]
        if who.left:
            return f"Application (from {WHO_HAS_LEFT}) for {rest}"
        return f"Application from {who.name} for {rest}" if who.name else line
    if line.startswith(_TEXT_START):
        rest = line[len(_TEXT_START):]
        if who.left:
            return f"An application (from {WHO_HAS_LEFT}) for {rest}"
        return f"The application from {who.name} for {rest}" if who.name else line
    return line


def names_its_candidate(kind: str, data: dict[str, str | int | None]) -> str | None:
    """The application whose candidate a notice (of `kind`, with `data`) names when shown, if any."""
    if kind != "application" or not data.get(NAMES_CANDIDATE_KEY):
        return None
    application_id = data.get("applicationId")
    return str(application_id) if application_id else None
