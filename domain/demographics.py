"""What a candidate may choose to tell about themselves for the bias audit, and nothing more.

The categories are the EEO-1 ones that New York City's Local Law 144 audits use, each with
"decline to state". The answers live apart from the profile (their own store), are never
read by scoring, and leave the store only as aggregates (domain.bias_audit)."""
from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel


class Sex(str, Enum):
    FEMALE = "FEMALE"
    MALE = "MALE"
    DECLINE_TO_STATE = "DECLINE_TO_STATE"


class RaceEthnicity(str, Enum):
    HISPANIC_OR_LATINO = "HISPANIC_OR_LATINO"
    WHITE = "WHITE"
    BLACK_OR_AFRICAN_AMERICAN = "BLACK_OR_AFRICAN_AMERICAN"
    ASIAN = "ASIAN"
    NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER = "NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER"
    AMERICAN_INDIAN_OR_ALASKA_NATIVE = "AMERICAN_INDIAN_OR_ALASKA_NATIVE"
    TWO_OR_MORE_RACES = "TWO_OR_MORE_RACES"
    DECLINE_TO_STATE = "DECLINE_TO_STATE"


class SelfIdentification(BaseModel):
    """One candidate's answers; None means the question was left unanswered."""

    user_id: str
    sex: Sex | None = None
    race_ethnicity: RaceEthnicity | None = None
    updated_at: datetime


class Demographic(BaseModel):
    """The part of a self-identification the audit sees: no person, no time."""

    sex: Sex | None = None
    race_ethnicity: RaceEthnicity | None = None
