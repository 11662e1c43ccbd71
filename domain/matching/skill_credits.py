"""The credit each candidate of a batch earns for a wanted skill, as a column over all the
batch's candidates, worked out once per skill for every job of the batch that wants it.

A held skill (compared case-insensitively), a requirement the résumé's words state (one no
taxonomy names: mentioned_skills.py; one it knows: stated_skills.py), or one that meets it (a class or level of it, a
licence covering it: specialisations.meets; a kind of it: MatchScorer.covers) earns 1; otherwise the most related held skill
earns its relation times `related_credit`, if the relation reaches `related_floor`; otherwise
0: MatchScorer's own rule (`closest_held`), as array operations over a candidates x held-skills
matrix, with each (wanted, held) relation asked once. Maxima and one product per value, so the
credits are those of the per-pair scorer to the last bit (tests/unit/test_match_batch_scoring.py)."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from domain.driving_licences import licence_category
from domain.matching.joint_skills import joint_credit
from domain.matching.mentioned_skills import mentions
from domain.matching.profiles import CandidateProfile
from domain.matching.scoring import MatchScorer
from domain.matching.specialisations import meeting, name_key
from domain.skill_alternatives import alternatives


class SkillCredits:
    def __init__(self, scorer: MatchScorer, candidates: Sequence[CandidateProfile]) -> None:
        self._scorer = scorer
        self._row = {c.resume_id: row for row, c in enumerate(candidates)}
        self._candidates = candidates
        self._texts = [(c.mention_text, c.mention_stems) for c in candidates]
        self._any_stated = any(c.stated_skills for c in candidates)
        vocabulary: dict[str, int] = {}
        rows: list[int] = []
        columns: list[int] = []
        for row, candidate in enumerate(candidates):
            for skill in candidate.skills:
                rows.append(row)
                columns.append(vocabulary.setdefault(skill, len(vocabulary)))
        self._vocabulary = list(vocabulary)
        self._held = np.zeros((len(candidates), len(vocabulary)), dtype=bool)
        self._held[rows, columns] = True
        self._by_folded: dict[str, list[int]] = {}
        for column, skill in enumerate(self._vocabulary):
            self._by_folded.setdefault(skill.casefold(), []).append(column)
        self._columns: dict[str, np.ndarray] = {}
        self._keys = [name_key(skill) for skill in self._vocabulary]
        self._categories = [licence_category(skill) for skill in self._vocabulary]

    def of(self, resume_ids: Sequence[str], skills: Sequence[str]) -> np.ndarray:
        """Credits of the candidates of `resume_ids` (rows) for `skills` (columns)."""
        rows = np.fromiter((self._row[r] for r in resume_ids), dtype=np.intp, count=len(resume_ids))
        if not skills:
            return np.zeros((len(rows), 0))
        return np.column_stack([self._column(skill)[rows] for skill in skills])

    def _column(self, skill: str) -> np.ndarray:
        column = self._columns.get(skill)
        if column is None:
            column = self._columns[skill] = self._credits(skill)
        return column

    def _credits(self, wanted: str) -> np.ndarray:
        parts = alternatives(wanted)
        if len(parts) > 1:
            # one requirement any of several skills meets: the best any one of them earns
            holds = self._held[:, self._by_folded.get(wanted.casefold(), [])].any(axis=1)
            return np.where(holds, 1.0, np.column_stack([self._column(part) for part in parts]).max(axis=1))
        w, related = self._scorer.weights, self._scorer.related
        meets = meeting(self._vocabulary, self._keys, self._categories, wanted)
        meets += [i for i, held in enumerate(self._vocabulary) if self._scorer.covers(held, wanted)]
        holds = self._held[:, self._by_folded.get(wanted.casefold(), []) + meets].any(axis=1)
        if keys := self._scorer.mention_keys(wanted):
            holds |= np.fromiter((mentions(text, keys, stems) for text, stems in self._texts), dtype=bool,
                                 count=len(self._texts))
        if self._any_stated:
            holds |= np.fromiter((self._scorer.stated_known(c, wanted) for c in self._candidates), dtype=bool,
                                 count=len(self._candidates))
        if related is None or not self._vocabulary:
            best = np.zeros(self._held.shape[0])
        else:
            relation = np.array([related(wanted, held) for held in self._vocabulary], dtype=np.float64)
            # The scorer starts from 0 and keeps a higher relation: the maximum with 0, over
            # the few held skills related at all (a relation of 0 or less never raises it).
            best = best_related(self._held, relation)
        credit = np.where(holds, 1.0, np.where(best >= w.related_floor, best * w.related_credit, 0.0))
        named = self._scorer.joint(wanted)
        if named:
            # Each skill a joint requirement names on its own (joint_skills.py), as the scorer does.
            joint = np.array([joint_credit(tuple(float(self._column(p)[row]) for p in named))
                              for row in range(self._held.shape[0])])
            credit = np.where(joint > credit, joint, credit)
        return credit


def best_related(held: np.ndarray, relation: np.ndarray) -> np.ndarray:
    """Per row of `held` (candidates x skills), the highest relation of a held skill, at least
    0: the maximum of `where(held, relation, 0)` over each row, read from the columns whose
    relation is above 0 alone (a handful of a vocabulary of hundreds). Where every relation
    held is 0 or less it is 0, as a credit is then: the floor it must reach is not negative."""
    related = np.flatnonzero(relation > 0)
    if not related.size:
        return np.zeros(held.shape[0])
    best: np.ndarray = np.where(held[:, related], relation[related][None, :], 0.0).max(axis=1)
    return best
