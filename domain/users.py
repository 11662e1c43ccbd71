"""People, the organizations employers post for, and what candidates prefer."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, Field

from domain.channels import ChannelPreferences
from domain.jobs import PERIODS_IN_A_YEAR, EmploymentType, RemotePolicy, SalaryPeriod
from domain.match_email_digest import MatchEmailDigest, chosen_or_default
from domain.money import Amount
from domain.time_zones import time_zone_of


class Role(str, Enum):
    CANDIDATE = "CANDIDATE"
    EMPLOYER = "EMPLOYER"
    ADMIN = "ADMIN"


class OrganizationRole(str, Enum):
    """What a person may do in the organization they recruit for. The account that registered
    the organization is its first OWNER; people who join by invitation are RECRUITERs. Only
    owners (and platform admins) remove members and change roles, and an organization always
    keeps at least one owner."""

    OWNER = "OWNER"
    RECRUITER = "RECRUITER"


class Preferences(BaseModel):
    desired_titles: list[str] = Field(default_factory=list)
    locations: list[str] = Field(default_factory=list)
    remote: list[RemotePolicy] = Field(default_factory=list)
    # Exact (12.60 an hour); minimums stored as whole units before read unchanged.
    min_salary: Amount | None = None
    currency: str | None = None
    # What `min_salary` pays for: nurses, drivers and chefs think in pay an hour, a day or a
    # month. Preferences stored before it (and left out) are a year's pay.
    salary_period: SalaryPeriod = SalaryPeriod.YEAR
    employment_types: list[EmploymentType] = Field(default_factory=list)
    notify_min_score: float = 0.7
    channels: ChannelPreferences = Field(default_factory=ChannelPreferences)
    # Unset: by role (domain/match_email_digest.py), so a stored choice is never a default.
    match_email_digest: MatchEmailDigest | None = None
    # An IANA name; unset: read from the phone number, else UTC (domain/time_zones.py).
    time_zone: str | None = None

    @property
    def yearly_min_salary(self) -> Decimal | None:
        """`min_salary` as a year's pay: what matching compares with a job's yearly top."""
        return None if not self.min_salary else self.min_salary * PERIODS_IN_A_YEAR[self.salary_period]


class User(BaseModel):
    id: str
    email: str
    name: str
    role: Role
    password_hash: str
    email_verified: bool = False
    # E.164; SMS goes only to a number proven by a code.
    phone: str | None = None
    phone_verified: bool = False
    organization_id: str | None = None
    # Held only with organization_id; an account stored without one (joined before roles
    # existed and not yet made an owner by the upgrade) is a recruiter.
    organization_role: OrganizationRole | None = None
    preferences: Preferences = Field(default_factory=Preferences)
    created_at: datetime
    suspended: bool = False
    # Bumped whenever every existing token must stop working (suspension, password change).
    token_version: int = 0

    @property
    def role_in_organization(self) -> OrganizationRole | None:
        if self.organization_id is None:
            return None
        return self.organization_role or OrganizationRole.RECRUITER

    @property
    def match_email_digest(self) -> MatchEmailDigest:
        """How this person takes the "New candidates" emails: their choice, else by role."""
        return chosen_or_default(self.preferences.match_email_digest, self.role is Role.EMPLOYER)

    @property
    def time_zone(self) -> str:
        """The zone this person's days are counted in (their daily digest's)."""
        return time_zone_of(self.preferences.time_zone, self.phone)

    def owns(self, organization_id: str) -> bool:
        return self.organization_id == organization_id and self.role_in_organization is OrganizationRole.OWNER


class Organization(BaseModel):
    id: str
    name: str
    website: str | None = None
    created_at: datetime
    # Set by an administrator who checked the organization is who its name says.
    verified: bool = False
    # When its last member deleted their account (domain/services/organization_closing.py):
    # nobody joins it again, its jobs are closed and its name is free for another.
    closed_at: datetime | None = None


class HeldAddress(BaseModel):
    """An address the account gave up by a change, still its own until `held_until` (while the
    change's undo link works): nobody else registers it or signs in with it meanwhile."""
    email: str
    held_until: datetime
