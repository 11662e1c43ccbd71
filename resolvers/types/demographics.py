"""The self-identification enums and types. Deliberately not reachable from User: nobody
reads one person's answers but that person (mySelfIdentification)."""
from __future__ import annotations

from datetime import datetime

import strawberry

from domain.demographics import RaceEthnicity as _RaceEthnicity
from domain.demographics import SelfIdentification
from domain.demographics import Sex as _Sex

strawberry.enum(_Sex, name="Sex", description="EEO-1 sex categories, or DECLINE_TO_STATE.")
Sex = _Sex
strawberry.enum(
    _RaceEthnicity, name="RaceEthnicity", description="EEO-1 race/ethnicity categories, or DECLINE_TO_STATE."
)
RaceEthnicity = _RaceEthnicity


@strawberry.input(description=(
    "Voluntary. Leave a question out (null) to not answer it, but answer at least one "
    "(DECLINE_TO_STATE declines it): an input with no answer is refused."))
class SelfIdentificationInput:
    sex: Sex | None = None
    race_ethnicity: RaceEthnicity | None = None


@strawberry.type(
    name="SelfIdentification",
    description="Your own answers, used only in aggregate for the bias audit of matching, never in scoring.",
)
class SelfIdentificationType:
    sex: Sex | None
    race_ethnicity: RaceEthnicity | None
    updated_at: datetime

    @classmethod
    def from_domain(cls, answers: SelfIdentification) -> SelfIdentificationType:
        return cls(sex=answers.sex, race_ethnicity=answers.race_ethnicity, updated_at=answers.updated_at)
