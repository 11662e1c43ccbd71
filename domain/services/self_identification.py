"""A candidate's voluntary self-identification (sex, race/ethnicity) for the bias audit:
given, read back and withdrawn by that candidate only. Nobody else reads it one person at a
time; the audit sees it only in aggregate (domain.services.bias_audit)."""
from __future__ import annotations

from domain.clock import Clock
from domain.demographics import RaceEthnicity, SelfIdentification, Sex
from domain.errors import BadUserInput, Forbidden, Unauthenticated
from domain.ports.demographics import DemographicsStore
from domain.users import Role, User

NO_ANSWER = (
    "Send at least one answer: sex or raceEthnicity (DECLINE_TO_STATE to decline a question). "
    "To forget your earlier answers, use withdrawSelfIdentification."
)


class SelfIdentificationService:
    def __init__(self, store: DemographicsStore, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    async def answer(self, person: User, sex: Sex | None, race_ethnicity: RaceEthnicity | None) -> SelfIdentification:
        _only_candidates(person)
        if sex is None and race_ethnicity is None:
            # Answers are replaced as a whole: an input with none would wipe earlier ones unasked.
            raise BadUserInput(NO_ANSWER)
        answers = SelfIdentification(
            user_id=person.id, sex=sex, race_ethnicity=race_ethnicity, updated_at=self._clock.now()
        )
        if not await self._store.put(answers):
            raise Unauthenticated("This account no longer exists.")
        return answers

    async def read_back(self, person: User) -> SelfIdentification | None:
        _only_candidates(person)
        return await self._store.get(person.id)

    async def withdraw(self, person: User) -> bool:
        _only_candidates(person)
        return await self._store.remove(person.id)


def _only_candidates(person: User) -> None:
    if person.role is not Role.CANDIDATE:
        raise Forbidden("Only candidates self-identify: the bias audit is about how candidates are matched.")
