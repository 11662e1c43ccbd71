"""Where each SQLite table that holds a person's data goes in their data export: the
document's section (domain.data_export.SECTIONS) or what the document says it leaves out
(domain.data_export.LEFT_OUT). tests/integration/test_data_export_covers_every_table.py
fails when a table holding a person's id, or a table the account erasure touches, is in
neither: a new kind of personal data is then exported (or its omission explained) before
it ships."""
from __future__ import annotations

PERSONAL_TABLES: dict[str, str] = {
    "users": "account",
    "held_addresses": "account",  # addresses given up by a change, held for the account a week
    "organizations": "account",
    "self_identifications": "self_identification",
    "resumes": "resumes",
    "applications": "applications",
    "application_events": "applications",
    "matches": "matches",
    "inbox": "notifications",
    "sessions": "sessions",
    "devices": "devices",
    "refresh_tokens": "refreshTokens",
    "account_tokens": "oneTimeTokens",
    "embeddings": "vectors",
    "outbox": "emailDeliveries",
    "work_items": "backgroundWork",
    "rate_buckets": "rateLimitCounters",
    "audit_log": "activity",
    "analytics_facts": "analytics",
    "match_digest_entries": "pendingDigests",
    "organization_invitations": "invitations",
    "jobs": "jobsPosted",
    "api_keys": "apiKeys",
}

# Exported tables whose rows outlive the person's account, and why (the erasure removes or
# anonymises the rest: tests/integration/test_data_export_covers_every_table.py).
KEPT_AFTER_ERASURE: dict[str, str] = {
    "organizations": "The organization a recruiter belonged to is its other members' too.",
    "audit_log": "Append-only security record of operations; names an account id no more in use.",
}
