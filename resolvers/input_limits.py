"""How long each string input may be, and which characters it may hold: one table for the
whole schema, keyed by schema coordinate (`Type.field` for an input field,
`Type.field(argument:)` for an argument). `resolvers.bounded_inputs` enforces it before an
operation runs; a test walks the schema and sends one character too many to every entry.

A single line (names, titles, emails, locations, ...) holds no control character but TAB:
a CR or LF in a name or a job title would otherwise reach an email header. Multi-line text
(descriptions, notes, cover letters, reasons) may also hold LF and CR. Secrets (passwords,
tokens) are compared, never shown or sent on, so only their length is bounded."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from domain.channels import MAX_DEVICE_TOKEN_LENGTH
from domain.errors import BadUserInput
from domain.services.jobs import MAX_SKILLS
from domain.validation import MAX_PASSWORD_LENGTH


class Text(Enum):
    LINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")
    MULTILINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
    SECRET = None


@dataclass(frozen=True)
class Limit:
    max_length: int
    text: Text = Text.LINE
    max_items: int | None = None  # for a list of strings: how many


EMAIL = Limit(320)  # RFC 3696: 64 for the local part, @, 255 for the domain
PASSWORD = Limit(MAX_PASSWORD_LENGTH, Text.SECRET)
TOKEN = Limit(1024, Text.SECRET)  # one-time, refresh and verification tokens
CURSOR = Limit(1024)
NAME = Limit(200)
TITLE = Limit(200)
LOCATION = Limit(200)
SKILLS = Limit(100, max_items=MAX_SKILLS)
DESCRIPTION = Limit(20_000, Text.MULTILINE)

# Any ID: global ids are base64 of "Type:uuid", far below this.
ID_LIMIT = Limit(256)
# A String input missing from the table still gets a bound (the schema test insists on an
# explicit entry, so this only protects a field added without one).
DEFAULT = Limit(1000)

LIMITS: dict[str, Limit] = {
    "Query.searchJobs(query:)": Limit(500),
    # A client's retry key for one post (domain.job_post_keys says what it may hold).
    "Mutation.postJob(idempotencyKey:)": Limit(200),
    "Query.searchJobs(after:)": CURSOR,
    "Query.adminUsers(query:)": Limit(200),
    "Query.adminUsers(after:)": CURSOR,
    "Query.adminAuditLog(after:)": CURSOR,
    "Query.adminDeadMatchAnnouncements(after:)": CURSOR,
    "Job.matches(after:)": CURSOR,
    "Job.applications(after:)": CURSOR,
    "Organization.jobs(after:)": CURSOR,
    "Organization.applications(after:)": CURSOR,
    "User.resumes(after:)": CURSOR,
    "User.applications(after:)": CURSOR,
    "User.matches(after:)": CURSOR,
    "User.notifications(after:)": CURSOR,
    "Mutation.login(email:)": EMAIL,
    "Mutation.login(password:)": PASSWORD,
    "Mutation.refreshSession(refreshToken:)": TOKEN,
    "Mutation.verifyEmail(token:)": TOKEN,
    "Mutation.requestPasswordReset(email:)": EMAIL,
    "Mutation.resetPassword(token:)": TOKEN,
    "Mutation.inviteRecruiter(email:)": EMAIL,
    "Mutation.acceptInvitation(token:)": TOKEN,
    "Mutation.resetPassword(newPassword:)": PASSWORD,
    "Mutation.changePassword(currentPassword:)": PASSWORD,
    "Mutation.changePassword(newPassword:)": PASSWORD,
    "Mutation.deleteAccount(password:)": PASSWORD,
    "Mutation.updateMyName(name:)": NAME,
    "Mutation.requestEmailChange(newEmail:)": EMAIL,
    "Mutation.requestEmailChange(currentPassword:)": PASSWORD,
    "Mutation.confirmEmailChange(token:)": TOKEN,
    "Mutation.undoEmailChange(token:)": TOKEN,
    "Mutation.updateApplicationStatus(note:)": Limit(2_000, Text.MULTILINE),
    "Mutation.confirmResumeUpload(key:)": Limit(1024),
    "Mutation.confirmResumeUpload(filename:)": Limit(255),
    "Mutation.issueApiKey(partner:)": Limit(100),
    "Mutation.adminSuspendUser(reason:)": Limit(500, Text.MULTILINE),
    "Mutation.adminTakeDownJob(reason:)": Limit(1_000, Text.MULTILINE),
    "Mutation.requestPhoneVerification(phone:)": Limit(32),
    "Mutation.verifyPhone(code:)": Limit(16, Text.SECRET),
    "Mutation.registerDevice(token:)": Limit(MAX_DEVICE_TOKEN_LENGTH),
    "ApplyInput.coverLetter": Limit(10_000, Text.MULTILINE),
    "AuditLogFilter.operation": Limit(100),
    "AuditLogFilter.outcome": Limit(50),
    "JobFilter.location": LOCATION,
    "JobFilter.skills": SKILLS,
    "JobFilter.salaryCurrency": Limit(8),
    "JobInput.title": TITLE,
    "JobInput.description": DESCRIPTION,
    "JobInput.location": LOCATION,
    "JobInput.requiredSkills": SKILLS,
    "JobInput.niceToHaveSkills": SKILLS,
    "JobUpdateInput.title": TITLE,
    "JobUpdateInput.description": DESCRIPTION,
    "JobUpdateInput.location": LOCATION,
    "JobUpdateInput.requiredSkills": SKILLS,
    "JobUpdateInput.niceToHaveSkills": SKILLS,
    "PreferencesInput.desiredTitles": Limit(200, max_items=20),
    "PreferencesInput.locations": Limit(200, max_items=20),
    "PreferencesInput.currency": Limit(8),
    "PreferencesInput.timeZone": Limit(64),  # IANA names run to about 30 characters
    "RegisterInput.email": EMAIL,
    "RegisterInput.password": PASSWORD,
    "RegisterInput.name": NAME,
    "RegisterInput.organizationName": NAME,
    "RegisterInput.invitationToken": TOKEN,
    "SalaryRangeInput.currency": Limit(8),
}


def limit_for(coordinate: str, type_name: str) -> Limit:
    if type_name == "ID":
        return LIMITS.get(coordinate, ID_LIMIT)
    return LIMITS.get(coordinate, DEFAULT)


def _name(coordinate: str) -> str:
    """`title` for JobInput.title, `email` for Mutation.login(email:)."""
    if coordinate.endswith(":)"):
        return coordinate[coordinate.index("(") + 1:-2]
    return coordinate.rsplit(".", 1)[-1]


def check_text(value: str, coordinate: str, limit: Limit) -> None:
    """BadUserInput naming the field and the bound when `value` breaks `limit`."""
    if len(value) > limit.max_length:
        name = _name(coordinate)
        raise BadUserInput(
            f"`{name}` ({coordinate}) may be at most {limit.max_length} characters long; {len(value)} were sent.",
            field=name, coordinate=coordinate, maxLength=limit.max_length,
        )
    pattern = limit.text.value
    if pattern is not None and (found := pattern.search(value)) is not None:
        name = _name(coordinate)
        kind = "a single line" if limit.text is Text.LINE else "text"
        raise BadUserInput(
            f"`{name}` ({coordinate}) must be {kind} without control characters; "
            f"found U+{ord(found.group()):04X} at position {found.start()}.",
            field=name, coordinate=coordinate,
        )


def check_count(count: int, coordinate: str, limit: Limit) -> None:
    if limit.max_items is not None and count > limit.max_items:
        name = _name(coordinate)
        raise BadUserInput(
            f"`{name}` ({coordinate}) may hold at most {limit.max_items} items; {count} were sent.",
            field=name, coordinate=coordinate, maxItems=limit.max_items,
        )
