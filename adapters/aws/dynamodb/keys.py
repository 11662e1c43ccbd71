"""The table's key vocabulary: every partition/sort key value is built here and nowhere else.

Sort keys that order lists are "<fixed-width text>#<id>" so that equal times or scores
still give a stable, total order; docs/dynamodb.md lists the access pattern each serves."""
from __future__ import annotations

import hashlib
from datetime import UTC, datetime

GSI1, GSI2, GSI3, GSI4 = "GSI1", "GSI2", "GSI3", "GSI4"
# An organization's pipeline across its jobs, all statuses (GSI5) and one status (GSI6).
GSI5, GSI6 = "GSI5", "GSI6"
# One job's share of its organization's pipeline, so a pipeline listed for one job is a query
# of that job's entries rather than a filter over every entry of the organization.
GSI7 = "GSI7"
INDEXES = (GSI1, GSI2, GSI3, GSI4, GSI5, GSI6, GSI7)


def key(pk: str, sk: str) -> dict[str, dict[str, str]]:
    return {"PK": {"S": pk}, "SK": {"S": sk}}


def moment(value: datetime) -> str:
    """Fixed-width UTC text, so string order is time order."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ordered(value: datetime, item_id: str) -> str:
    return f"{moment(value)}#{item_id}"


_SCORE_CEILING = 1_000_000.0


def _score_text(score: float) -> str:
    # Stored as the distance below a ceiling, so an ascending read is best score first
    # and equal scores come in id order (as the SQLite lists). Scores are in [0, 1].
    return f"{_SCORE_CEILING - min(max(score, 0.0), _SCORE_CEILING):017.9f}"


def best_first(score: float, item_id: str) -> str:
    return f"{_score_text(score)}#{item_id}"


def scores_at_least(min_score: float) -> str:
    """An exclusive upper bound on best_first keys whose score reaches min_score."""
    return _score_text(min_score) + "$"  # "$" sorts right after the "#" separator


# Accounts
def user(user_id: str) -> dict:
    return key(f"USER#{user_id}", "USER")


def external_identity(identity: str) -> dict:
    """An identity provider's user (issuer and subject) claimed by the account it signs in to."""
    return key(f"IDENTITY#{identity}", "IDENTITY")


def email(address: str) -> dict:
    # Lower-cased: one account per address whatever its case (as SQLite's NOCASE column).
    return key(f"EMAIL#{address.lower()}", "EMAIL")


def organization(organization_id: str) -> dict:
    return key(f"ORG#{organization_id}", "ORG")


def organization_name(name_key: str) -> dict:
    """The claim of an organization name (domain.organization_names.organization_name_key), by
    the key's SHA-256: NFKC can make a 200-character name's key many times longer (one "ﷺ" is
    18 letters) than a partition key's 2,048 bytes."""
    return key(f"ORGNAME#{hashlib.sha256(name_key.encode()).hexdigest()}", "ORGNAME")


def organization_members(organization_id: str) -> str:
    return f"ORG#{organization_id}#USERS"


def invitation(invitation_id: str) -> dict:
    return key(f"INVITATION#{invitation_id}", "INVITATION")


def invitation_secret(token_hash: str) -> dict:
    return key(f"INVITATION_SECRET#{token_hash}", "INVITATION_SECRET")


# The invitations naming a person, in base-table partitions of their own (read consistently by
# the account erasure, which has no other way to find the closed ones short of a Scan): by user
# id (as inviter and as the one who accepted) and by invitee address. Not in `USER#<id>`: the
# erasure empties that partition before it rewrites the invitations.
def invitations_of_user(user_id: str) -> str:
    return f"INVITATIONSOF#{user_id}"


def invitation_sent_by(user_id: str, invitation_id: str) -> dict:
    return key(invitations_of_user(user_id), f"INVITED#{invitation_id}")


def invitation_accepted_by(user_id: str, invitation_id: str) -> dict:
    return key(invitations_of_user(user_id), f"ACCEPTED#{invitation_id}")


def invitations_to(address: str) -> str:
    # Lower-cased, as the email claim: one partition per address whatever its case.
    return f"INVITATIONSTO#{address.lower()}"


def invitation_to(address: str, invitation_id: str) -> dict:
    return key(invitations_to(address), f"INVITATION#{invitation_id}")


def organization_invitations(organization_id: str) -> str:
    """GSI1 partition of an organization's open invitations (accepted or revoked ones leave it)."""
    return f"ORG#{organization_id}#INVITATIONS"


def session(session_id: str) -> dict:
    return key(f"SESSION#{session_id}", "SESSION")


def user_session(user_id: str, session_id: str) -> dict:
    return key(f"USER#{user_id}", f"SESSION#{session_id}")


def user_partition(user_id: str) -> str:
    return f"USER#{user_id}"


def refresh_token(token_hash: str) -> dict:
    return key(f"TOKEN#{token_hash}", "TOKEN")


# Jobs
def job(job_id: str) -> dict:
    return key(f"JOB#{job_id}", "JOB")


def organization_jobs(organization_id: str, status: str | None = None) -> str:
    return f"ORG#{organization_id}#JOBS" + (f"#{status}" if status else "")


def jobs_listing(status: str | None = None) -> str:
    return "JOBS" + (f"#{status}" if status else "")


def jobs_closing() -> str:
    """GSI5's partition of open jobs with a closing time, soonest first (the closing sweep's);
    a job item leaves it when it closes or its closing time is cleared."""
    return "JOBS#CLOSING"


def application_counts(job_id: str) -> dict:
    return key(f"JOB#{job_id}", "APPCOUNTS")


# Resumes
def resume(resume_id: str) -> dict:
    return key(f"RESUME#{resume_id}", "RESUME")


def owner_resumes(owner_id: str) -> str:
    return f"USER#{owner_id}#RESUMES"


def resume_sha(owner_id: str, sha256: str) -> dict:
    return key(f"RESUMESHA#{owner_id}#{sha256}", "RESUMESHA")


def resume_count(owner_id: str) -> dict:
    return key(f"USER#{owner_id}", "RESUMECOUNT")


def sha_users(sha256: str) -> str:
    return f"SHA#{sha256}"


def sha_use(sha256: str, resume_id: str) -> dict:
    """One resume using the blob of these bytes, in the base table: a Query on the partition
    is strongly consistent, which the GSI2 `SHA#` listing is not."""
    return key(f"SHAUSE#{sha256}", f"RESUME#{resume_id}")


def sha_uses(sha256: str) -> str:
    return f"SHAUSE#{sha256}"


# Matches
def match(match_id: str) -> dict:
    return key(f"MATCH#{match_id}", "MATCH")


def match_pair(candidate_id: str, job_id: str) -> dict:
    return key(f"MATCHPAIR#{candidate_id}#{job_id}", "MATCHPAIR")


def candidate_matches(candidate_id: str) -> str:
    return f"USER#{candidate_id}#MATCHES"


def job_matches(job_id: str) -> str:
    return f"JOB#{job_id}#MATCHES"


def resume_matches(resume_id: str) -> str:
    return f"RESUME#{resume_id}#MATCHES"


# Applications
def application(application_id: str) -> dict:
    return key(f"APP#{application_id}", "APP")


def application_event(application_id: str, version: int) -> dict:
    return key(f"APP#{application_id}", f"EVENT#{version:09d}")


def job_closure_event(application_id: str, job_id: str) -> dict:
    return key(f"APP#{application_id}", f"JOBCLOSED#{job_id}")


def application_partition(application_id: str) -> str:
    return f"APP#{application_id}"


def applied(job_id: str, candidate_id: str) -> dict:
    return key(f"APPLIED#{job_id}#{candidate_id}", "APPLIED")


def candidate_application_ids(candidate_id: str) -> dict:
    """The ids of every application the candidate sent, in their own partition: read
    consistently by the account erasure (GSI1 may not list one sent a moment ago)."""
    return key(user_partition(candidate_id), "APPLICATIONIDS")


def candidate_applications(candidate_id: str, status: str | None = None) -> str:
    return f"USER#{candidate_id}#APPS" + (f"#{status}" if status else "")


def job_applications(job_id: str, status: str | None = None) -> str:
    return f"JOB#{job_id}#APPS" + (f"#{status}" if status else "")


def organization_applications(organization_id: str, status: str | None = None) -> str:
    """GSI5 (all) and GSI6 (one status) partitions of an organization's pipeline, sorted by
    `ordered(updated_at, id)`: a move rewrites the sort key, so the latest activity reads first."""
    return f"ORG#{organization_id}#APPS" + (f"#{status}" if status else "")


def organization_job_applications(organization_id: str, job_id: str) -> str:
    """GSI7 partition of one job's share of its organization's pipeline, sorted as GSI5. The
    organization is part of the key: a job id of another organization lists nothing."""
    return f"ORG#{organization_id}#JOB#{job_id}#APPS"


# Account lifecycle (one-time tokens, devices), gateway stores and administration
USERS_LISTING = "USERS"


def one_time_token(token_id: str) -> dict:
    return key(f"OTT#{token_id}", "OTT")


def one_time_token_hash(token_hash: str) -> dict:
    return key(f"OTTHASH#{token_hash}", "OTTHASH")


def user_token_prefix(purpose: str) -> str:
    return f"OTT#{purpose}#"


def user_token(user_id: str, purpose: str, created: datetime, token_id: str) -> dict:
    return key(user_partition(user_id), user_token_prefix(purpose) + ordered(created, token_id))


def device(device_id: str) -> dict:
    return key(f"DEVICE#{device_id}", "DEVICE")


def device_token(platform: str, token_sha256: str) -> dict:
    # The push token itself can be 4 KB, over the 2 KB key limit: its hash names it.
    return key(f"DEVICETOKEN#{platform}#{token_sha256}", "DEVICETOKEN")


DEVICE_MEMBER = "DEVICE#"


def user_device(user_id: str, device_id: str) -> dict:
    return key(user_partition(user_id), DEVICE_MEMBER + device_id)


def session_partition(session_id: str) -> str:
    return f"SESSION#{session_id}"


def session_device(session_id: str, device_id: str) -> dict:
    return key(session_partition(session_id), DEVICE_MEMBER + device_id)


API_KEYS = "APIKEYS"


def api_key(key_id: str) -> dict:
    return key(API_KEYS, f"KEY#{key_id}")


def api_key_hash(key_hash: str) -> dict:
    return key(f"APIKEYHASH#{key_hash}", "APIKEYHASH")


def persisted_query(sha256: str) -> dict:
    return key(f"APQ#{sha256}", "APQ")


def embedding(kind: str, owner_id: str) -> dict:
    return key(f"EMB#{kind}#{owner_id}", "EMB")


def embeddings_of(kind: str) -> str:
    return f"EMBS#{kind}"


def embedding_generation(kind: str) -> dict:
    return key(f"EMBGEN#{kind}", "EMBGEN")


EMBEDDING_MODEL = key("EMBMODEL", "EMBMODEL")
LEXICAL_ANALYZER = key("LEXANALYZER", "LEXANALYZER")


def reembedding_left(model_id: str, switch: str | None = None) -> str:
    """The partition of the résumés the switch `switch` to `model_id` (a model or a lexical
    analyzer) still has to index again; without `switch`, that of a switch recorded before
    switches had an id."""
    return f"REEMBEDLEFT#{model_id}" if switch is None else f"REEMBEDLEFT#{model_id}#{switch}"


SCORING_VERSION = key("SCORINGVERSION", "SCORINGVERSION")


def change_order(sequence: int) -> str:
    return f"{sequence:020d}"


def rate_bucket(bucket: str, principal: str) -> dict:
    return key(f"RATE#{bucket}#{principal}", "RATE")


# Bias audit: a candidate's self-identification, in a partition of its own (not the user's),
# so no read of the profile or of the user's partition ever meets it.
def self_identification(user_id: str) -> dict:
    return key(f"SELFID#{user_id}", "SELFID")


# The in-app inbox: a person's notifications in a partition of their own, sort key the
# notification's id (ids sort as creation times); the dedupe claims and the counters beside it.
def inbox(user_id: str) -> str:
    return f"INBOX#{user_id}"


def inbox_unread(user_id: str) -> str:
    """GSI1 partition of a person's unread notifications (the key is removed when read)."""
    return f"INBOX#{user_id}#UNREAD"


def inbox_note(user_id: str, notification_id: str) -> dict:
    return key(inbox(user_id), notification_id)


def inbox_claim(user_id: str, dedupe_sha256: str) -> dict:
    return key(f"INBOXKEY#{user_id}#{dedupe_sha256}", "INBOXKEY")


def inbox_counts(user_id: str) -> dict:
    return key(f"INBOXCOUNT#{user_id}", "INBOXCOUNT")
