"""A person's own data export (GDPR right of access, Art. 15, and portability, Art. 20): the
document's shape, what it deliberately leaves out, and why.

One JSON document, versioned by FORMAT_VERSION (bumped when a field is removed or changes
meaning; added fields keep it). Every list is read in pages of at most READ_PAGE items and
at most READ_LIMIT items a section; a section cut there is named in `truncated`, and its
GraphQL connection on `me` (resumes, applications, matches, notifications) pages on; of
`activity` (no such list) the newest READ_LIMIT operations are exported."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, WrapSerializer
from pydantic.alias_generators import to_camel

from domain.applications import ApplicationStatus
from domain.channels import DevicePlatform
from domain.demographics import RaceEthnicity, Sex
from domain.matches import ScoreBreakdown
from domain.resumes import ParsedResume, ResumeStatus
from domain.users import OrganizationRole, Preferences, Role

# 2: ids as the API shows them (global IDs of Nodes and notifications), where 1 had the stored ones.
FORMAT_VERSION = 2
# Items asked of a backend in one call (the ports' own page bound, domain.pagination).
READ_PAGE = 100
# Items exported a section: far above what any section holds today (20 résumés, 100 kept
# matches, 500 kept notifications), so only applications and activity could ever reach it.
READ_LIMIT = 5_000


class _Part(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, frozen=True)


def _camel_keys(value: Any, dumped: Any) -> Any:
    """`dumped` (a domain model as pydantic serialised it, snake_case) with every model field
    named in camelCase as the rest of the document is; a dict's own keys (a résumé's section
    names) are data and stay as they are."""
    if isinstance(value, BaseModel) and isinstance(dumped, dict):
        return {to_camel(name): _camel_keys(getattr(value, name), dumped[name])
                for name in type(value).model_fields if name in dumped}
    if isinstance(value, list | tuple) and isinstance(dumped, list):
        return [_camel_keys(v, d) for v, d in zip(value, dumped, strict=True)]
    if isinstance(value, dict) and isinstance(dumped, dict):
        return {key: _camel_keys(v, d) for (_, v), (key, d) in zip(value.items(), dumped.items(), strict=True)}
    return dumped


def _in_camel_case(value: Any, handler: SerializerFunctionWrapHandler) -> Any:
    return _camel_keys(value, handler(value))


# The domain's own models, exported with the document's camelCase keys (their values, enums
# among them, as pydantic writes them: the names the API shows).
CamelCase = WrapSerializer(_in_camel_case)


class ExportedOrganization(_Part):
    id: str
    name: str
    role: OrganizationRole | None


class ExportedHeldAddress(_Part):
    """An address given up by a change, still the account's until `held_until` (its undo week)."""
    email: str
    held_until: datetime


class ExportedAccount(_Part):
    id: str
    email: str
    email_verified: bool
    name: str
    role: Role
    phone: str | None
    phone_verified: bool
    created_at: datetime
    suspended: bool
    organization: ExportedOrganization | None
    held_addresses: list[ExportedHeldAddress] = Field(default_factory=list)
    # The identity provider's user (issuer#subject) that signs in to the account, once linked.
    linked_identity: str | None = None


class ExportedSelfIdentification(_Part):
    sex: Sex | None
    race_ethnicity: RaceEthnicity | None
    updated_at: datetime


class ExportedResume(_Part):
    id: str
    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    status: ResumeStatus
    failure_reason: str | None
    uploaded_at: datetime
    primary: bool
    parsed: Annotated[ParsedResume, CamelCase] | None
    # The product's own short-lived download link (Resume.downloadUrl); null once expired.
    download_url: str | None


class ExportedJob(_Part):
    """The job an application or match is about, as far as it is still stored."""
    id: str
    title: str | None
    organization_name: str | None


class ExportedMove(_Part):
    status: ApplicationStatus
    at: datetime
    # Who moved it: the person themself, or the hiring team (whose members are not named:
    # they are other people, and the history on the application names them to the candidate).
    by_you: bool
    # Notes on moves are written to the candidate (the candidate sees them in the history
    # and the emails); there are no private hiring-team notes stored about a person.
    note: str | None
    # What a submission (the first, or one again after a withdrawal) was sent with: a
    # re-apply may change both, and the application itself holds only the latest. Null on
    # other moves, on submissions stored before these were kept, and once erased.
    resume_id: str | None = None
    cover_letter: str | None = None


class ExportedApplication(_Part):
    id: str
    job: ExportedJob
    resume_id: str | None
    cover_letter: str | None
    status: ApplicationStatus
    created_at: datetime
    updated_at: datetime
    history: list[ExportedMove]


class ExportedMatch(_Part):
    id: str
    job: ExportedJob
    resume_id: str
    score: float
    breakdown: Annotated[ScoreBreakdown, CamelCase]
    scoring_version: int
    created_at: datetime
    updated_at: datetime


class ExportedNotification(_Part):
    id: str
    # As the API's NotificationKind names it (MATCH, APPLICATION), not as stored.
    kind: str
    subject: str
    text: str
    created_at: datetime
    read_at: datetime | None
    data: dict[str, str | int | None]


class ExportedSession(_Part):
    id: str
    device: str | None
    ip: str | None
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    revoked_at: datetime | None


class ExportedDevice(_Part):
    id: str
    platform: DevicePlatform
    session_id: str | None
    created_at: datetime


class ExportedActivity(_Part):
    """One operation you performed, as the audit trail keeps it (every mutation is recorded)."""
    at: datetime
    operation: str
    outcome: str
    target_ids: list[str]
    request_id: str | None
    client_ip: str | None


class LeftOut(_Part):
    kind: str
    reason: str


# What is stored about a person and not in the export, each with the reason: said in the
# document itself, so the person (and a data-protection officer) reads it there.
LEFT_OUT: dict[str, str] = {
    "passwordHash": "A one-way hash of your password: a credential, not information about you.",
    "oneTimeTokens": "Hashes of short-lived email and phone codes (verification, password reset): credentials"
                     " that expire within hours.",
    "refreshTokens": "Hashes of your sign-in tokens: credentials; the sessions they belong to are exported.",
    "devicePushTokens": "Your devices' push addresses are exported without the token itself: whoever holds it can"
                        " send notifications to that device.",
    "vectors": "Numeric embeddings computed from your résumés for matching: derived, not readable, and rebuilt"
               " from the résumés exported here.",
    "matchExplanations": "Match explanations and matched/missing skill lists are computed on reading from the"
                         " résumé and the job (Match.explanation, Match.reasons), not stored.",
    "emailDeliveries": "Records of the emails, texts and pushes sent to you (address, attempts, state): kept to"
                       " deliver them; what they said reaches your inbox, exported here, and some carried"
                       " sign-in or reset links, which are credentials.",
    "backgroundWork": "Queued processing of your résumés and applications: internal bookkeeping, removed once"
                      " done.",
    "rateLimitCounters": "Per-address request counters against abuse: kept for minutes, about the address.",
    "auditLog": "Others' operations that name you as their subject (an administrator's suspension, a recruiter's"
                " move): their record; your own operations are exported in `activity`.",
    "analytics": "Counts of events for administrators' statistics, without names.",
    "pendingDigests": "A recruiter's counts of new candidates per job awaiting the next digest email: sent and"
                      " removed with that email.",
    "jobsPosted": "Jobs a recruiter posted (and who posted them): the organization's records, which stay when"
                  " the recruiter leaves.",
    "apiKeys": "Partner API keys an administrator created: the platform's credentials.",
    "invitations": "Invitations to join an organization: the organization's records of who it invited.",
}


class DataExportDocument(_Part):
    format_version: int = FORMAT_VERSION
    generated_at: datetime
    account: ExportedAccount
    preferences: Annotated[Preferences, CamelCase]
    self_identification: ExportedSelfIdentification | None
    resumes: list[ExportedResume] = Field(default_factory=list)
    applications: list[ExportedApplication] = Field(default_factory=list)
    matches: list[ExportedMatch] = Field(default_factory=list)
    notifications: list[ExportedNotification] = Field(default_factory=list)
    sessions: list[ExportedSession] = Field(default_factory=list)
    devices: list[ExportedDevice] = Field(default_factory=list)
    activity: list[ExportedActivity] = Field(default_factory=list)
    # Sections cut at READ_LIMIT (the rest: page on the same list of `me`).
    truncated: list[str] = Field(default_factory=list)
    left_out: list[LeftOut] = Field(default_factory=lambda: [LeftOut(kind=k, reason=r) for k, r in LEFT_OUT.items()])


# The sections a store's personal data can be exported in, for the coverage checks.
SECTIONS: frozenset[str] = frozenset(
    name for name in DataExportDocument.model_fields
    if name not in ("format_version", "generated_at", "truncated", "left_out")
)
