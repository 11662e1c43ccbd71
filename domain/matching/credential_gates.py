"""A licence, registration or certification a job requires is a gate, not one skill among
others: an HGV driver without Category CE may not drive the lorry, a nurse without NMC
registration may not practise, however close the two résumés read. Employers write such
requirements as "must hold", "required", "essential", and recruiters sift on them first.

The weighted mean of the score cannot say so: the semantic part (0.6 of the weight) is near
1 for any two people of one profession, and one missing skill among several costs the skills
part only its share. So a pair that misses a required credential has its whole score
multiplied by MatchWeights.missing_credential_factor (scoring.py, batch_scoring.py and
batch_jobs.py alike).

Only what the taxonomy knows as a credential (SkillKind.CERTIFICATION) or a driving-licence
category is a gate: for those, equivalent names and covering grades are known. A credential
the taxonomy does not know ("ECS card") is met by its exact spelling alone, so a holder who
wrote it another way ("ECS Gold Card") would be gated wrongly; it stays an ordinary skill.
Nice-to-have credentials are never gates. A requirement any
of several credentials meets ("ACCA or CIMA") is a gate when every alternative is one. Holding
the credential, an equivalent or one that covers it (CE covers C: specialisations.meets) is
meeting it; a related one is not (a C licence does not drive a CE lorry).

A résumé from which no skill at all was read says nothing about licences either (an
unreadable scan, a layout the parser missed): its gates are unknown, and an unknown gate
neither lowers the score nor is reported as missing."""
from __future__ import annotations

import re
from collections.abc import Sequence

from domain.driving_licences import licence_category
from domain.ports.documents import SkillExtractor
from domain.skill_alternatives import alternatives
from domain.skills import SkillKind


def is_credential(name: str, skills: SkillExtractor | None) -> bool:
    """Whether a job's skill (canonical, or as written when the taxonomy does not know it)
    names a licence, registration or certification."""
    parts = alternatives(name)
    if len(parts) > 1:
        return all(_one_credential(part, skills) for part in parts)
    return _one_credential(name, skills)


# Checks an employer runs on whoever it hires (criminal records, barring lists), filed as
# certifications: an ad naming one says the hire will be checked, not that applicants must hold
# a document already (Ireland's vetting and Scotland's PVG are applied for through the employer).
# A candidate who does not list one is short of nothing, so none is a gate; one who lists it
# still meets it as any required skill.
BACKGROUND_CHECKS = frozenset({
    "DBS check", "Garda vetting", "PVG scheme membership", "Police check", "Working with Children Check",
    "Vulnerable sector check",
})


# A required registration not held, where the candidate holds the same regulated profession's
# in another jurisdiction (a nurse registered in Kenya for a post asking NMC registration): not
# met, as it must usually be converted before practice, yet not missing either. The score is
# multiplied by the missing-credential factor's way this share of the way to 1 (0.8 for 0.6).
HELD_ABROAD_SHARE = 0.5


def gate_factor(missing_factor: float, missing: bool, held_abroad: bool) -> float:
    """What a pair's score is multiplied by for its required credentials: `missing` some gate
    neither held nor held abroad, `held_abroad` some gate only held in another jurisdiction."""
    if missing:
        return missing_factor
    return 1.0 - (1.0 - missing_factor) * HELD_ABROAD_SHARE if held_abroad else 1.0


def gates_factor(missing_factor: float, missing: Sequence[str], abroad: Sequence[tuple[str, str]]) -> float:
    """gate_factor of a pair's gates not met (`missing`), some held abroad (`abroad`: each with
    the credential held)."""
    held = {written for written, _ in abroad}
    return gate_factor(missing_factor, any(m not in held for m in missing), bool(held))


def held_abroad(wanted: str, held: frozenset[str], skills: SkillExtractor | None,
                asked: Sequence[str] = ()) -> str | None:
    """The candidate's credential of the regulated profession `wanted` (a job's credential,
    canonical) registers, from another register than it (the first by name), if one. One the
    job asks for as well (`asked`, its required skills) is no other jurisdiction's: it is the
    job's own (a UK electrician's 18th Edition beside the ECS card the post asks too)."""
    profession = skills.profession(wanted) if skills is not None else None
    if profession is None or skills is None:
        return None
    own = {a.casefold() for a in asked} | {wanted.casefold()}
    register = skills.covered(wanted)
    # The register the wanted one is a field of, or another field of it (an RGN for an RMN's
    # post: both the NMC's), is that jurisdiction's: the field is missing, not held elsewhere.
    return next((h for h in sorted(held) if h.casefold() not in own and skills.profession(h) == profession
                 and h.casefold() not in register and not (register & skills.covered(h))), None)


def _one_credential(name: str, skills: SkillExtractor | None) -> bool:
    if licence_category(name) is not None:
        return True
    if skills is None:
        return False
    canonical = skills.canonical(name) or name
    return canonical not in BACKGROUND_CHECKS and skills.kind(canonical) is SkillKind.CERTIFICATION


_NOUNS = (
    (re.compile(r"\blicen[cs]e|\bcategory\b|\bclass\b", re.IGNORECASE), "licence"),
    (re.compile(r"\bregist(?:ration|ered|er)\b|\bPIN\b"), "registration"),
    (re.compile(r"\bcertifi(?:cate|cation|ed)\b", re.IGNORECASE), "certification"),
    (re.compile(r"\bcards?\b", re.IGNORECASE), "card"),
    (re.compile(r"\bpermits?\b", re.IGNORECASE), "permit"),
    (re.compile(r"\btickets?\b", re.IGNORECASE), "ticket"),
)


def credential_noun(*names: str) -> str:
    """What to call a credential in a sentence ("missing required licence: Category CE"),
    from its names as written and as the taxonomy knows it: the first that says."""
    for name in names:
        if licence_category(name) is not None:
            return "licence"
        for pattern, noun in _NOUNS:
            if pattern.search(name):
                return noun
    return "qualification"
