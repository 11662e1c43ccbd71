"""The known, expected failures. Each carries one of the contract's error codes and a
message a person can act on; anything else is unexpected and gets masked by the gateway."""
from __future__ import annotations

from typing import TYPE_CHECKING

from domain.applications import TERMINAL, ApplicationStatus
from domain.rejection_undo import REJECTION_UNDO_WINDOW

if TYPE_CHECKING:
    from domain.jobs import Job


class DomainError(Exception):
    code = "INTERNAL_SERVER_ERROR"

    def __init__(self, message: str, **extensions: object) -> None:
        super().__init__(message)
        self.message = message
        self.extensions = extensions


class Unauthenticated(DomainError):
    code = "UNAUTHENTICATED"


class Forbidden(DomainError):
    code = "FORBIDDEN"


class AccountSuspended(Forbidden):
    """The account is suspended: whatever the caller holds (a password, a valid access or
    refresh token), the answer is the same FORBIDDEN, and signing in again would not help."""

    def __init__(self) -> None:
        super().__init__(
            "This account is suspended by an administrator, so it cannot sign in or act; signing in again will"
            " not help. Contact support to have it reactivated.", reason="ACCOUNT_SUSPENDED")


class BadUserInput(DomainError):
    code = "BAD_USER_INPUT"


class NotFound(DomainError):
    code = "NOT_FOUND"


class Conflict(DomainError):
    code = "CONFLICT"


class RateLimited(DomainError):
    code = "RATE_LIMITED"

    def __init__(self, message: str, retry_after_seconds: float, **extensions: object) -> None:
        super().__init__(message, retryAfter=round(retry_after_seconds, 3), **extensions)
        self.retry_after_seconds = retry_after_seconds


class DocumentRejected(Exception):
    """A document that will never process, whatever the retries: the reason is for people."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TransientFailure(Exception):
    """A failure worth retrying later (a backend hiccup, a timeout)."""


# The conflicts every storage adapter reports the same way, whatever detects them.
def email_taken() -> Conflict:
    return Conflict("An account with this email already exists; sign in or reset the password.", field="email")


def already_applied(existing_application_id: str | None) -> Conflict:
    return Conflict(
        "You already applied to this job; see the existing application.",
        existingApplicationId=existing_application_id,
    )


def no_such_resume() -> NotFound:
    """Asked before the write and again in it (a résumé deleted in between)."""
    return NotFound("You have no resume with that id; upload one first.", field="resumeId")


def job_closed() -> Conflict:
    """Refused in the write that would store the application, so none lands on a job closed
    after the caller read it open (its candidate would never hear of the close). CONFLICT, the
    code of a job whose state forbids the action (as changing a closed job answers): nothing
    in the request was wrong."""
    return Conflict("This job is closed and no longer takes applications.", field="jobId", reason="JOB_CLOSED")


def past_closing(job: Job) -> Conflict:
    """Applying from the job's closing time on (before or after the sweep closed it)."""
    assert job.closes_at is not None
    return Conflict(
        f"This job stopped taking applications at its closing time, {job.closes_at:%Y-%m-%d %H:%M %Z}.",
        field="jobId", reason="JOB_CLOSED", closesAt=job.closes_at.isoformat())


def _closed_advice(status: str | None) -> str:
    # The hiring team may take a rejection back for a while.
    if status == "REJECTED":
        return ("it is closed; its hiring team may still take the rejection back within"
                f" {REJECTION_UNDO_WINDOW.days} days of it, with the version above as `expectedVersion`")
    return "it is closed, so it moves no further"


def changed_meanwhile(application_id: str, current_version: int | None, current_status: str | None = None) -> Conflict:
    """The version stored now travels with the refusal, so a client can show what changed and
    retry with it as `expectedVersion` without reading the application again first."""
    where = f"it is in {current_status} at version {current_version} now" if current_status \
        else f"it is at version {current_version} now"
    # Moved to a final status, it is closed: no retry would go through, so none is suggested.
    closed = current_status in {status.value for status in TERMINAL}
    advice = (_closed_advice(current_status) if closed
              else "reload it and try again with that `expectedVersion`")
    return Conflict(
        f"Someone else moved this application first ({where}); {advice}.",
        applicationId=application_id, currentVersion=current_version,
    )


def moved_while_moving(application_id: str, current_version: int, current_status: str, asked_status: str) -> Conflict:
    """A move sent without `expectedVersion` that lost the race to someone else's: it is told
    what happened to its own request and where the application is now, in terms of what it sent."""
    closed = current_status in {status.value for status in TERMINAL}
    advice = (_closed_advice(current_status) if closed
              else f"look at it as it is now and send the move again if {asked_status} still applies")
    return Conflict(
        f"Someone else moved this application while your move to {asked_status} was being made, so yours was"
        f" not made (it is in {current_status} at version {current_version} now); {advice}.",
        applicationId=application_id, currentVersion=current_version,
    )


def candidate_erased(application_id: str) -> Conflict:
    """Refused in the write too: a move read before the erasure is not stored after it."""
    return Conflict(
        "The candidate deleted their account, so this application cannot move on (no one is left"
        " to screen, interview or hire); you can only reject it (status REJECTED) to close it.",
        reason="CANDIDATE_ERASED", applicationId=application_id,
        allowedStatuses=[ApplicationStatus.REJECTED.value],
    )


def no_longer_a_member() -> Forbidden:
    """Refused in the write: a request begun before its sender's removal lands nothing."""
    return Forbidden(
        "You no longer recruit for this application's organization (you were removed or left while"
        " the move was on its way), so it was not made; ask a member of its hiring team.",
        reason="NOT_A_MEMBER",
    )


def no_longer_a_member_to_post() -> Forbidden:
    """Refused in the write: a post sent before its sender's removal stores no job."""
    return Forbidden(
        "You no longer recruit for this organization (you were removed or left while the post was on its way),"
        " so the job was not posted; ask a member of its hiring team.",
        reason="NOT_A_MEMBER",
    )


def no_longer_a_member_to_change_job() -> Forbidden:
    """Refused in the write: an edit or close sent before its sender's removal changes nothing."""
    return Forbidden(
        "You no longer recruit for this job's organization (you were removed or left while the change was on its"
        " way), so it was not made; ask a member of its hiring team.",
        reason="NOT_A_MEMBER",
    )


def organization_name_taken(name: str) -> Conflict:
    """Names are compared as domain.organization_names.organization_name_key reads them."""
    return Conflict(
        f"An organization named “{name}” already exists. To recruit for it, ask one of its recruiters to"
        " invite you (inviteRecruiter) and register with that invitation's `invitationToken`; otherwise"
        " choose another `organizationName`.",
        field="organizationName",
    )
