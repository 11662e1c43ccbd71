"""Where each kind of DynamoDB item that names a person goes in their data export: the
document's section (domain.data_export.SECTIONS) or what it leaves out (LEFT_OUT), as
adapters/embedded/sqlite/personal_tables.py for SQLite. An item's kind is its keys' labels
without the ids (`USER#<id>` / `SESSION#<id>` is USER:SESSION); the AWS export test fails on
an item kind naming the person that is in neither."""
from __future__ import annotations

import re

PERSONAL_ITEMS: dict[str, str] = {
    "USER:USER": "account",
    "EMAIL:EMAIL": "account",  # the address's uniqueness claim
    "ORG:ORG": "account",
    "SELFID:SELFID": "self_identification",
    "RESUME:RESUME": "resumes",
    "RESUMESHA:RESUMESHA": "resumes",  # one owner's copy of some bytes
    "SHAUSE:RESUME": "resumes",
    "USER:RESUMECOUNT": "resumes",  # the owner's résumé ids, read consistently by erasure
    "APP:APP": "applications",
    "APP:EVENT": "applications",
    "APPLIED:APPLIED": "applications",  # one application per person and job
    "USER:APPLICATIONIDS": "applications",
    "MATCH:MATCH": "matches",
    "MATCHPAIR:MATCHPAIR": "matches",
    "INBOX:": "notifications",
    "INBOXKEY:INBOXKEY": "notifications",  # a notification told once
    "INBOXCOUNT:INBOXCOUNT": "notifications",
    "USER:SESSION": "sessions",
    "SESSION:SESSION": "sessions",
    "USER:DEVICE": "devices",
    "SESSION:DEVICE": "devices",
    "DEVICE:DEVICE": "devices",
    "DEVICETOKEN:DEVICETOKEN": "devicePushTokens",
    "TOKEN:TOKEN": "refreshTokens",
    "USER:OTT": "oneTimeTokens",
    "OTT:OTT": "oneTimeTokens",
    "OTTHASH:OTTHASH": "oneTimeTokens",
    "EMB:EMB": "vectors",
    "RATE:RATE": "rateLimitCounters",
    "INVITATION:INVITATION": "invitations",
    # The pointers by which an erasure finds the invitations naming a person (their id as the
    # inviter or as the one who accepted, their address): the invitations' ids, nothing more.
    "INVITATIONSOF:INVITED": "invitations",
    "INVITATIONSOF:ACCEPTED": "invitations",
    "INVITATIONSTO:INVITATION": "invitations",
    "JOB:JOB": "jobsPosted",
    # A post's idempotency key claim (which job a post with that key made): part of the
    # posting's record, as the key and its fingerprint are columns of the job on SQLite.
    "USER:POSTKEY": "jobsPosted",
    "APIKEYS:KEY": "apiKeys",
}

_LABEL = re.compile(r"^[A-Z][A-Z_]*$")


def item_kind(pk: str, sk: str) -> str:
    def labels(key: str) -> str:
        return "/".join(part for part in key.split("#") if _LABEL.match(part))

    return f"{labels(pk)}:{labels(sk)}"
