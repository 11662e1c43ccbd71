"""The contract's enums, taken from the domain so both always agree."""
from __future__ import annotations

import strawberry

from domain.applications import ApplicationStatus as _ApplicationStatus
from domain.jobs import EmploymentType as _EmploymentType
from domain.jobs import JobStatus as _JobStatus
from domain.jobs import RemotePolicy as _RemotePolicy
from domain.jobs import Seniority as _Seniority
from domain.resumes import ResumeStatus as _ResumeStatus
from domain.users import Role as _Role

Role = strawberry.enum(_Role, name="Role")
RemotePolicy = strawberry.enum(_RemotePolicy, name="RemotePolicy")
EmploymentType = strawberry.enum(_EmploymentType, name="EmploymentType")
Seniority = strawberry.enum(_Seniority, name="Seniority")
JobStatus = strawberry.enum(_JobStatus, name="JobStatus")
ResumeStatus = strawberry.enum(_ResumeStatus, name="ResumeStatus")
ApplicationStatus = strawberry.enum(_ApplicationStatus, name="ApplicationStatus")
