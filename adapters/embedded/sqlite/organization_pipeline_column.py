"""Which organization an application is to, kept on the application itself so a hiring team's
pipeline across its jobs (newest activity first) is one index range, not a join over its jobs."""
from __future__ import annotations

# Jobs never change organization, so the copy cannot go stale; applications stored before are
# filled from their jobs, and the repository fills it on insert from the job it checks is open.
ORGANIZATION_PIPELINE = [
    "ALTER TABLE applications ADD COLUMN organization_id TEXT",
    "UPDATE applications SET organization_id = (SELECT j.organization_id FROM jobs j WHERE j.id = applications.job_id)",
    # The order of Organization.applications: last moved (or submitted) first, then id.
    "CREATE INDEX applications_by_organization ON applications(organization_id, updated_at DESC, id DESC)",
    "CREATE INDEX applications_by_organization_status"
    " ON applications(organization_id, status, updated_at DESC, id DESC)",
    "CREATE INDEX applications_by_job_activity ON applications(job_id, updated_at DESC, id DESC)",
]
