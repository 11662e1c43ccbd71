"""The full match score: six parts in 0..1, each with the facts behind it, combined by
configurable weights. Pure and synchronous; unknown parts are left out of the score (the
weights are renormalised over the known ones), and only a full fit scores 1."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np

from domain.matches import ScoreBreakdown
from domain.matching.credential_gates import gates_factor, held_abroad, is_credential
from domain.matching.generic_skills import is_generic
from domain.matching.hybrid import text_similarity, two_languages
from domain.matching.joint_skills import joint_credit, joint_parts
from domain.matching.match_score import MatchScore
from domain.matching.mentioned_skills import mention_keys, mentions, stated_words
from domain.matching.other_registers import another_register, registration_named
from domain.matching.place_fit import location_part, place_distance_km, place_fit
from domain.matching.preferences import employment_fit, held_titles, preference_part, rank_factor, title_fit
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.relevant_years import (
    RELATED_SHARE,
    CountedYears,
    HeldRole,
    JobSkills,
    counted_years,
    job_skills_of,
    other_occupation,
    skills_like,
    title_like,
)
from domain.matching.scalar_fits import experience_fit as experience_fit
from domain.matching.scalar_fits import remote_fit as remote_fit
from domain.matching.scalar_fits import remote_policy_fit as remote_policy_fit
from domain.matching.scalar_fits import salary_fit as salary_fit
from domain.matching.skill_facts import FitStatus, SkillFact, SkillFit
from domain.matching.specialisations import a_credential_in, an_edition_of, meets
from domain.matching.stated_limits import ruled_out
from domain.matching.unknown_facts import why_unknown
from domain.matching.weights import PARTS, MatchWeights, expected_years
from domain.ports.documents import SkillExtractor
from domain.skill_alternatives import alternatives
from domain.skill_relations import RelationSource
from domain.skills import SkillKind, normalise

# Stored with every match: a change to how scores are computed bumps it, so stored scores
# from an older scoring can be told apart rather than silently mixed; the first start of the
# process that scores with a newer one queues every open job to be matched again
# (domain/ports/scoring_version.py), so a bump needs no migration.
SCORING_VERSION = 26  # what each version changed: docs/matching.md, "Scoring versions"
# The highest score of a pair that is not a full fit (every part known and at its best).
PARTIAL_FIT_CEILING = 0.99


def _a_product(name: str, skills: SkillExtractor) -> bool:
    """A product the taxonomy knows: what a skills section lists, not read from prose
    (stated_skills.py)."""
    canonical = skills.canonical(name)
    return canonical is not None and skills.kind(canonical) is SkillKind.TOOL


class MatchScorer:
    def __init__(self, skills: SkillExtractor | None = None,
                 weights: MatchWeights | None = None) -> None:
        self.skill_relations = skills
        self.weights = weights or MatchWeights.model_validate({})
        # Re-ranking scores one resume against many jobs that share skills: remember the
        # closest held skill per (wanted skill, held set). frozenset hashes are cached.
        self._closest_cached = lru_cache(maxsize=65_536)(self._closest_uncached)
        # ... and each (wanted, held) pair's relation, which those sets share among them.
        self._related = lru_cache(maxsize=262_144)(skills.related) if skills is not None else None
        self._is_credential = lru_cache(maxsize=65_536)(lambda name: is_credential(name, skills))
        self.held_abroad = lru_cache(maxsize=65_536)(
            lambda wanted, held, asked=(): held_abroad(wanted, held, skills, asked))
        self._covers = skills.covers if skills is not None else None
        self._named_kind = lru_cache(maxsize=65_536)(
            lambda held, wanted: skills is not None and (an_edition_of(held, wanted, skills.canonical, skills.kind)
                                                         or a_credential_in(held, wanted)))
        self._of_a_trade = lru_cache(maxsize=65_536)(skills.of_a_trade) if skills is not None else _no_trade
        # One résumé's roles are judged against many jobs, and many résumés share titles.
        self._title_like = lru_cache(maxsize=262_144)(title_like)
        self._registration = lru_cache(maxsize=65_536)(lambda name: registration_named(name, skills))
        self._another_register = lru_cache(maxsize=262_144)(
            lambda held, wanted: skills is not None and another_register(held, wanted, self._registration))
        self._job_skills = lru_cache(maxsize=4_096)(self._job_skills_uncached)
        self._joint = lru_cache(maxsize=16_384)(
            lambda wanted: joint_parts(wanted, skills.canonical) if skills is not None else ())
        kind = skills.kind if skills is not None else None
        self._generic = lru_cache(maxsize=65_536)(lambda name: is_generic(name, kind))
        self._mention_keys = lru_cache(maxsize=65_536)(
            lambda wanted: () if skills is None else mention_keys(
                wanted, skills.canonical, lambda p: self._generic(p) or bool(self.joint(p)) or self._is_credential(p)
                or _a_product(p, skills)))

    def role_alike(self, job: JobProfile) -> Callable[[HeldRole], float]:
        """How much of a held role's years are work like the job's (relevant_years.py): 1, a
        related share for another regulated profession's (other_registers.py), or 0; the
        job's skills worked out once for every role asked about."""
        skills = self._job_skills((*job.required_skills, *job.nice_to_have_skills))
        title = job.title

        def alike(role: HeldRole) -> float:
            if not (self._title_like(role.title, title) or skills_like(role.folded_skills, skills)):
                return 0.0
            return RELATED_SHARE if self._another_register(role.title, title) else 1.0
        return alike

    def counted_years(self, candidate: CandidateProfile, job: JobProfile) -> CountedYears:
        """The candidate's years of work like the job's (relevant_years.py)."""
        counted = counted_years(candidate.years, candidate.timeline, self.role_alike(job))
        if counted.not_counted and not counted.counted and _two_known(candidate.language, job.language) \
                and not other_occupation(counted.not_counted, job.title):
            # Titles in one language cannot name another's words: no role read as the job's
            # says nothing, so the roles are not told apart; unless each names an occupation
            # in a language the names know, none the job's.
            return CountedYears(candidate.years, tuple(dict.fromkeys(r.title for r in candidate.roles)))
        return counted

    def _job_skills_uncached(self, job_skills: tuple[str, ...]) -> JobSkills:
        return job_skills_of(job_skills, self._of_a_trade, self._generic)

    def joint(self, wanted: str) -> tuple[str, ...]:
        """The two skills a requirement names at once (joint_skills.py), () when one."""
        return self._joint(wanted)

    def mention_keys(self, wanted: str) -> tuple[str, ...]:
        """What finds a requirement no taxonomy names in a résumé's words (mentioned_skills.py)."""
        return self._mention_keys(wanted)

    def stated_words(self, candidate: CandidateProfile, wanted: str) -> str | None:
        """The résumé's words that state a requirement (one no taxonomy names, found as a phrase;
        one it knows, as the extractor reads the résumé: stated_skills.py), or None."""
        if (known := self._stated_known(candidate, wanted)) is not None:
            return known
        keys = self._mention_keys(wanted)
        return stated_words(candidate.mention_text, keys, candidate.mention_stems) if keys else None

    def mentioned(self, candidate: CandidateProfile, wanted: str) -> bool:
        """Whether the résumé's own words state a requirement."""
        if self._stated_known(candidate, wanted) is not None:
            return True
        keys = self._mention_keys(wanted)
        return bool(keys) and mentions(candidate.mention_text, keys, candidate.mention_stems)

    def stated_known(self, candidate: CandidateProfile, wanted: str) -> bool:
        """Whether the résumé's words state `wanted`, a skill the taxonomy knows (stated_skills.py)."""
        return self._stated_known(candidate, wanted) is not None

    def _stated_known(self, candidate: CandidateProfile, wanted: str) -> str | None:
        """The words stating a skill the taxonomy knows (any one of a requirement's
        alternatives), never a credential: a sentence is no proof of a licence."""
        if not candidate.stated_skills:
            return None
        for part in alternatives(wanted):
            words = candidate.stated_skills.get(part.casefold())
            if words is not None and not self._is_credential(part):
                return words
        return None

    def covers(self, held: str, wanted: str) -> bool:
        """Whether the taxonomy says holding `held` is holding `wanted` (a kind of it), or their
        names do (a numbered edition of the product, a credential in the subject: specialisations)."""
        return self._covers is not None and self._covers(held, wanted) or self._named_kind(held, wanted)

    def score(self, candidate: CandidateProfile, job: JobProfile,
              similarity: float | None = None, semantic_part: float | None = None) -> MatchScore:
        """`similarity` is the cosine of the two embeddings when the caller already has it
        (from the vector index); otherwise it is computed from the profiles' vectors.
        `semantic_part` is that part as stored with a match, for explaining it on read
        without the vectors and neighbour lists it was computed from."""
        w = self.weights
        if similarity is None and candidate.vector is not None and job.vector is not None:
            similarity = cosine(candidate.vector, job.vector)
        skill = self.skill_fit(candidate, job)
        expected = expected_years(job)
        counted = self.counted_years(candidate, job)
        remote, place = remote_fit(candidate, job), place_fit(candidate, job)
        salary = salary_fit(candidate, job)
        titles = title_fit(candidate.titles, job.title, candidate.titles_held)
        employment = employment_fit(candidate.preferences.employment_types, job.employment_type)
        parts: dict[str, float | None] = {
            "semantic": semantic_part if semantic_part is not None else None if similarity is None
            else self.semantic_part(text_similarity(similarity, candidate, job, w)),
            "skills": skill.value,
            "experience": experience_fit(counted.years, expected),
            "location": location_part(candidate, job, remote, place),
            "salary": salary,
            "preferences": preference_part(titles, employment),
        }
        known = {p: v for p, v in parts.items() if v is not None}
        part_weight = {p: w.of(p) for p in known}
        if "skills" in part_weight:
            part_weight["skills"] *= skill.specificity
        total_weight = sum(part_weight.values())
        score = sum(part_weight[p] * v for p, v in known.items()) / total_weight if total_weight else 0.0
        if len(known) < len(PARTS) or any(v < 1.0 for v in known.values()):
            score = min(score, PARTIAL_FIT_CEILING)
        factor = gates_factor(w.missing_credential_factor, skill.credentials_missing, skill.credentials_abroad)
        rank = rank_factor(candidate.titles, candidate.titles_held, job.title, w.lower_rank_factor)
        limits = w.ruled_out_factor if ruled_out(employment, salary) else 1.0
        score *= factor * rank * limits
        shown = {p: w.neutral if parts[p] is None else parts[p] for p in PARTS}
        unknown = frozenset(p for p, v in parts.items() if v is None)
        breakdown = ScoreBreakdown(**{p: round(float(shown[p] or 0.0), 4) for p in PARTS})
        held, earlier = held_titles(candidate.resume_titles, candidate.roles, job.title) if titles is not None and candidate.titles_held \
            else (None, None)
        return MatchScore(
            score=round(min(1.0, max(0.0, score)), 4), breakdown=breakdown,
            matched_skills=skill.matched, missing_skills=skill.missing, skills=skill,
            years=counted.years, expected_years=expected,
            seniority=job.seniority.value if job.seniority else None, years_asked=job.asked_years is not None,
            remote_policy=job.remote.value, remote_fit=remote, place_fit=place, salary_fit=salary,
            place_km=place_distance_km(candidate, job),
            job_location=job.location, resume_place=candidate.resume_place,
            title_fit=titles, titles_held=titles is not None and candidate.titles_held,
            job_title=job.title, title_held=held, earlier_title=earlier,
            employment_fit=employment,
            unknown=unknown,
            unknown_why=why_unknown(candidate, job, unknown, titles is not None, employment is not None),
            shares={p: part_weight.get(p, 0.0) / total_weight if total_weight else 0.0 for p in PARTS},
            credential_factor=factor, rank_factor=rank, limits_factor=limits,
            roles_counted=counted.counted, roles_not_counted=counted.not_counted, roles_in_part=counted.in_part,
            years_total=candidate.years,
            languages=two_languages(candidate, job, w),
        )

    def hubness_adjusted(self, similarity: float, candidate: CandidateProfile,
                         job: JobProfile) -> float:
        """The pair's text similarity: fused with the lexical view, corrected for hubness."""
        return text_similarity(similarity, candidate, job, self.weights)

    def gates(self, job: JobProfile) -> list[int]:
        """The positions among the job's required skills of those that are credentials: gates
        a candidate whose skills were read must meet (credential_gates.py)."""
        return [i for i, s in enumerate(job.required_skills) if self._is_credential(s)]

    def semantic_part(self, similarity: float) -> float:
        w = self.weights
        return _clamp((similarity - w.semantic_floor) / (w.semantic_ceiling - w.semantic_floor))

    def skill_fit(self, candidate: CandidateProfile, job: JobProfile) -> SkillFit:
        held = {s.casefold(): s for s in candidate.skills}
        required, nice = job.required_skills, job.nice_to_have_skills
        job_words, own_words = job.skill_wording or {}, candidate.skill_wording or {}
        credit: dict[str, float] = {}
        closest: dict[str, str | None] = {}
        stated = {s: words for s in (*required, *nice)
                  if s.casefold() not in held and (words := self.stated_words(candidate, s)) is not None}
        for s in (*required, *nice):
            if s.casefold() in held or s in stated:
                credit[s] = 1.0
            else:
                closest[s], credit[s] = self.closest_held(s, candidate.skills)
        weight = job.skill_weights or {}
        value = self.required_over_nice(_weighted_mean(credit, required, weight),
                                         _weighted_mean(credit, nice, weight))
        specificity = self.required_over_nice(_mean_weight(required, weight), _mean_weight(nice, weight))
        shares = self._shares(required, nice, weight)
        facts = []
        for s in (*required, *nice):
            written = job_words.get(s, s)
            if s.casefold() in held:
                mine = own_words.get(held[s.casefold()], held[s.casefold()])
                exact = normalise(mine) == normalise(written)
                fact = SkillFact(written, s, s in required, FitStatus.MET, None if exact else mine,
                                 RelationSource.EXACT if exact else RelationSource.EQUIVALENT, 1.0, shares[s])
            elif s in stated:
                fact = SkillFact(written, s, s in required, FitStatus.MET, None, RelationSource.EXACT, 1.0, shares[s],
                                 stated=stated[s])
            elif (near := closest.get(s)) is not None and credit[s] >= 1.0:
                fact = SkillFact(written, s, s in required, FitStatus.MET, own_words.get(near, near),
                                 RelationSource.EQUIVALENT, 1.0, shares[s])
            elif near is not None and credit[s] > 0:
                found = self.skill_relations.relation(s, near) if self.skill_relations else None
                fact = SkillFact(written, s, s in required, FitStatus.PARTLY_MET, own_words.get(near, near),
                                 found.source if found else RelationSource.TAXONOMY, credit[s], shares[s])
            else:
                fact = SkillFact(written, s, s in required, FitStatus.MISSING, None, None, 0.0, shares[s])
            facts.append(fact)
        gates = {job.required_skills[i] for i in self.gates(job)}
        facts = [replace(f, gate=True) if f.required and f.canonical in gates else f for f in facts]
        unmet = tuple(f.skill for f in facts if f.gate and f.status is not FitStatus.MET)
        abroad = tuple((f.skill, own_words.get(h, h)) for f in facts if f.gate and f.status is not FitStatus.MET
                       and (h := self.held_abroad(f.canonical, candidate.skills, job.required_skills)) is not None)
        matched = [f.skill for f in facts if f.status is FitStatus.MET]
        missing = [f.skill for f in facts if f.required and f.status is not FitStatus.MET]
        related = {f.skill: f.held for f in facts if f.required and f.status is FitStatus.PARTLY_MET and f.held}
        return SkillFit(value=None if value is None else round(value, 4), matched=matched,
                        missing=missing, related=related, required_total=len(required),
                        required_held=len(required) - len(missing),
                        specificity=1.0 if specificity is None else specificity, facts=tuple(facts),
                        credentials_missing=unmet if candidate.skills else (),
                        credentials_unknown=() if candidate.skills else unmet,
                        credentials_abroad=abroad if candidate.skills else ())

    def _shares(self, required: Sequence[str], nice: Sequence[str],
                weight: Mapping[str, float]) -> dict[str, float]:
        """Each skill's share of the skills part, as _weighted_mean and required_over_nice
        combine them."""
        out: dict[str, float] = {}
        r = self.weights.required_over_nice
        for names, side in ((required, r / (r + 1) if nice else 1.0), (nice, 1 / (r + 1) if required else 1.0)):
            weights = [weight.get(s, 1.0) for s in names]
            total = sum(weights)
            if total <= 0:
                weights, total = [1.0] * len(names), float(len(names))
            for s, w in zip(names, weights):
                out[s] = side * w / total
        return out

    def required_over_nice(self, required: float | None, nice: float | None) -> float | None:
        """The required skills' figure and the nice-to-have ones' combined by the weights (either alone if the other is None)."""
        if required is None or nice is None:
            return required if nice is None else nice
        w = self.weights.required_over_nice
        return (w * required + nice) / (w + 1)

    @property
    def related(self) -> Callable[[str, str], float] | None:
        """How related a wanted and a held skill are (remembered per pair), None without a taxonomy."""
        return self._related

    def closest_held(self, wanted: str, held: frozenset[str]) -> tuple[str | None, float]:
        """The held skill most related to `wanted`, and the credit it earns (remembered per pair of arguments)."""
        return self._closest_cached(wanted, held)

    def _closest_uncached(self, wanted: str, held: frozenset[str]) -> tuple[str | None, float]:
        """The held skill most related to `wanted`, and the credit it earns."""
        if not held:
            return None, 0.0
        parts = alternatives(wanted)
        if len(parts) > 1:
            return self._closest_alternative(parts, held)
        special = sorted(h for h in held if meets(h, wanted) or self.covers(h, wanted))
        if special:
            return special[0], 1.0  # a class, level or kind of the very skill asked for, or a licence covering it
        if self._related is None:
            return None, 0.0
        w = self.weights
        best, best_r = None, 0.0
        for h in held:
            r = self._related(wanted, h)
            if r > best_r:
                best, best_r = h, r
        credit = best_r * w.related_credit if best_r >= w.related_floor else 0.0
        named = self.joint(wanted)
        if named:
            # Each named skill on its own: both held is holding the requirement.
            folded = {h.casefold(): h for h in held}
            found = [(folded[p.casefold()], 1.0) if p.casefold() in folded else self._closest_uncached(p, held)
                     for p in named]
            joint = joint_credit(tuple(c for _, c in found))
            if joint > credit:
                return max(found, key=lambda f: f[1])[0], joint
        if not credit:
            return None, 0.0
        return best, credit

    def _closest_alternative(self, parts: Sequence[str], held: frozenset[str]) -> tuple[str | None, float]:
        """A requirement any of `parts` meets: the best any one of them earns, a held one 1."""
        folded = {h.casefold(): h for h in held}
        best: tuple[str | None, float] = (None, 0.0)
        for part in parts:
            found = (folded[part.casefold()], 1.0) if part.casefold() in folded else self._closest_uncached(part, held)
            if found[1] > best[1]:
                best = found
        return best


def _two_known(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def _no_trade(name: str) -> bool:
    return False


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    va, vb = np.asarray(a, dtype=np.float32), np.asarray(b, dtype=np.float32)
    norms = float(np.linalg.norm(va) * np.linalg.norm(vb))
    return float(va @ vb) / norms if norms else 0.0


def _weighted_mean(credit: dict[str, float], names: Sequence[str],
                   weight: Mapping[str, float]) -> float | None:
    """Coverage of `names`, each skill counting by its weight (1 when it has none); when all
    weigh nothing, alike (the part then counts for nothing anyway, see specificity)."""
    if not names:
        return None
    weights = [weight.get(s, 1.0) for s in names]
    total = sum(weights)
    if total <= 0:
        weights, total = [1.0] * len(names), float(len(names))
    return sum(w * credit[s] for w, s in zip(weights, names)) / total


def _mean_weight(names: Sequence[str], weight: Mapping[str, float]) -> float | None:
    return sum(weight.get(s, 1.0) for s in names) / len(names) if names else None


def _clamp(x: float) -> float:
    return min(1.0, max(0.0, x))
