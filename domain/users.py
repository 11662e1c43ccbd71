"""People, the organizations employers post for, and what candidates prefer."""
from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel, Field

from domain.channels import ChannelPreferences
from domain.jobs import EmploymentType, RemotePolicy


class Role(str, Enum):
    CANDIDATE = "CANDIDATE"
    EMPLOYER = "EMPLOYER"
    ADMIN = "ADMIN"


class Preferences(BaseModel):
    desired_titles: list[str] = Field(default_factory=list)
    locations: list[str] = Field(default_factory=list)
    remote: list[RemotePolicy] = Field(default_factory=list)
    min_salary: int | None = None
    currency: str | None = None
    employment_types: list[EmploymentType] = Field(default_factory=list)
    notify_min_score: float = 0.7
    channels: ChannelPreferences = Field(default_factory=ChannelPreferences)


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
    preferences: Preferences = Field(default_factory=Preferences)
    created_at: datetime
    suspended: bool = False
    # Bumped whenever every existing token must stop working (suspension, password change).
    token_version: int = 0


class Organization(BaseModel):
    id: str
    name: str
    website: str | None = None
    created_at: datetime
