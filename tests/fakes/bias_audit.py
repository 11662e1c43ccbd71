"""In-memory fakes of the bias audit's ports: the demographics store, and match outcomes
derived from scored matches (optionally through a deliberately biased scorer)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from domain.analytics import TimeWindow
from domain.bias_audit import CandidateOutcome, ScoredMatch, outcomes_from_matches
from domain.demographics import Demographic, SelfIdentification
from tests.fakes.accounts import FakeUsers


class InMemoryDemographicsStore:
    """DemographicsStore in memory; with `users`, answers only for people who have an account,
    as the real stores (the contract runs it so: test_bias_audit_ports_contract.py)."""

    def __init__(self, gone: set[str] | None = None, users: FakeUsers | None = None) -> None:
        self.answers: dict[str, SelfIdentification] = {}
        self.gone = gone or set()  # accounts erased meanwhile
        self._users = users

    async def put(self, answers: SelfIdentification) -> bool:
        if answers.user_id in self.gone:
            return False
        if self._users is not None and answers.user_id not in self._users.users:
            return False  # no account, no answers
        self.answers[answers.user_id] = answers
        return True

    async def get(self, user_id: str) -> SelfIdentification | None:
        return self.answers.get(user_id)

    async def remove(self, user_id: str) -> bool:
        return self.answers.pop(user_id, None) is not None

    async def groups_of(self, user_ids: Sequence[str]) -> list[Demographic | None]:
        found = [self.answers.get(i) for i in user_ids]
        return [None if a is None else Demographic(sex=a.sex, race_ethnicity=a.race_ethnicity) for a in found]


class InMemoryMatchOutcomes:
    """The matches a scorer produced, ranked per job the way the real adapters rank them.
    The window is ignored: every match given here counts as scored in it."""

    def __init__(self, matches: Iterable[ScoredMatch]) -> None:
        self.matches = list(matches)

    async def assessed(self, window: TimeWindow, top_n: int) -> list[CandidateOutcome]:
        return outcomes_from_matches(self.matches, top_n)


def biased(score_of: Callable[[str, str], float], penalised: set[str], penalty: float) -> Callable[[str, str], float]:
    """A deliberately biased scorer (a test double, not a model of anything real): the
    candidates in `penalised` lose `penalty` on every score."""

    def score(candidate_id: str, job_id: str) -> float:
        base = score_of(candidate_id, job_id)
        return max(0.0, base - penalty) if candidate_id in penalised else base

    return score
