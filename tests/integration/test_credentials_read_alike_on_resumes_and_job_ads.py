"""Every licence and certificate the résumé parser recognises on a licences list, written the
same way in a job ad, is recognised there as the same skill (with the shipped taxonomy): as a
bullet of the requirements, beside the word that asks for it, and typed by the employer into
the job's skills. Checked over every spelling certifications.tsv holds, so that no profession's
credentials are left out."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.skills import listed_skills
from adapters.embedded.skills.certifications import read_certifications
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.employer_spelling import employer_spelling
from domain.job_skills import description_skills
from domain.skills import SkillKind

SKILLS = EmbeddedSkillExtractor()
# Items a person writes on either side that the taxonomy does not know, kept as written on both.
AS_WRITTEN = ["Full UK driving licence", "Category D licence", "JIB gold card", "Counterbalance FLT licence"]
# Written so that a part is known and the whole is not: the two sides read different parts.
MOST_MISSED = 0.01
FORMS = ["Requirements:\n- {}\n- Good timekeeping\n", "{} essential.", "You must hold a valid {}.",
         "{} would be an advantage."]


def _identities(names: list[str]) -> set[str]:
    return {(SKILLS.canonical(n) or n).casefold() for n in names}


def _spellings() -> list[str]:
    return [*{a.lstrip("!"): None for c in read_certifications() for a in (c.name, *c.aliases)}, *AS_WRITTEN]


def _on_a_resume(written: str) -> set[str]:
    entries = listed_skills([written], SKILLS, keep_unknown=False, only=SkillKind.CERTIFICATION,
                            credentials_as_written=True)
    return _identities([e.name for e in entries])


@pytest.mark.parametrize("form", FORMS)
def test_a_credential_a_resume_names_is_named_in_a_job_ad_written_the_same_way(form):
    compared, missed = 0, []
    for written in _spellings():
        on_resume = _on_a_resume(written)
        if not on_resume:
            continue
        compared += 1
        required, nice = description_skills("Role", form.format(written), SKILLS, 50)
        if not on_resume & _identities(required + nice):
            missed.append((written, sorted(on_resume), required + nice))
    assert compared > 400
    assert len(missed) <= MOST_MISSED * compared, missed


def test_a_credential_the_employer_types_is_the_skill_a_resume_names_whatever_its_case():
    compared, missed = 0, []
    for written in _spellings():
        on_resume = _on_a_resume(written)
        for typed in {written, written.lower(), written.upper()} if on_resume else ():
            compared += 1
            if not on_resume & _identities([employer_spelling(typed, SKILLS)]):
                missed.append((typed, sorted(on_resume)))
    assert len(missed) <= MOST_MISSED * compared, missed
