"""The contract's enums, taken from the domain so both always agree."""
from __future__ import annotations

import strawberry

from domain.applications import ApplicationStatus as _ApplicationStatus
from domain.jobs import EmploymentType as _EmploymentType
from domain.jobs import JobStatus as _JobStatus
from domain.jobs import RemotePolicy as _RemotePolicy
from domain.jobs import SalaryPeriod as _SalaryPeriod
from domain.jobs import Seniority as _Seniority
from domain.match_email_digest import MatchEmailDigest as _MatchEmailDigest
from domain.resumes import ResumeStatus as _ResumeStatus
from domain.users import OrganizationRole as _OrganizationRole
from domain.users import Role as _Role

# strawberry.enum registers the domain class itself (and returns it); the names below are that
# class, so type checkers see the enum.
strawberry.enum(_Role, name="Role")
Role = _Role
strawberry.enum(_OrganizationRole, name="OrganizationRole",
                description="A member's role in their organization: owners also remove members and change roles.")
OrganizationRole = _OrganizationRole
strawberry.enum(_RemotePolicy, name="RemotePolicy")
RemotePolicy = _RemotePolicy
strawberry.enum(_EmploymentType, name="EmploymentType")
EmploymentType = _EmploymentType
strawberry.enum(_Seniority, name="Seniority")
Seniority = _Seniority
strawberry.enum(_JobStatus, name="JobStatus")
JobStatus = _JobStatus
strawberry.enum(_SalaryPeriod, name="SalaryPeriod", description="What a salary's amounts pay for.")
SalaryPeriod = _SalaryPeriod
strawberry.enum(_MatchEmailDigest, name="MatchEmailDigest", description=(
    "How the \"New candidates for <title>\" emails reach you: IMMEDIATE (one per job and matching pass), DAILY (one"
    " email after each UTC day, listing your jobs and how many new candidates each had) or OFF (no email). The"
    " inbox entry, SMS and push come as they happen whatever you choose."))
MatchEmailDigest = _MatchEmailDigest
strawberry.enum(_ResumeStatus, name="ResumeStatus", description=(
    "Where a resume's processing is: UPLOADED, PROCESSING, then PARSED or FAILED (failureReason says why)."
    " DELETED: its owner deleted it after applying with it; the application keeps a resume that holds"
    " nothing (no file, no parsed data)."))
ResumeStatus = _ResumeStatus
strawberry.enum(_ApplicationStatus, name="ApplicationStatus")
ApplicationStatus = _ApplicationStatus
