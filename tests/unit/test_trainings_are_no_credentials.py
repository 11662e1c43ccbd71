"""A training course or awareness module listed under "Training" ("Dementia awareness",
"Conflict Resolution Training") is a training the person took, kept as one of their skills,
not a credential; a certificate, licence or registration, a level, or a course whose line
names the body that issued it, a number or an expiry, is a credential. The domain has no
kind of its own for trainings (domain.skill_kinds). Invented résumés, read with the shipped
taxonomy."""
import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import SkillKind, TaxonomySkillExtractor


@pytest.fixture(scope="module")
def kinds():
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))
    text = ("Haruto Nakamura-Reid\nSupport Worker | Dundee | haruto.nr@example.com\n\n"
            "EXPERIENCE\nSupport Worker\nTayside Homecare, Dundee\nMay 2021 – present\n\n"
            "TRAINING\nAutism awareness\nSepsis Awareness module\nConflict Resolution Training\nLone Working Induction\n"
            "Food Allergen Awareness e-learning (2 h)\nSafeguarding Children Level 2\nFood Hygiene Certificate\n"
            "Bereavement Support – Cruse Scotland\nDefibrillator training, valid to 2026\n"
            "Moving People Training, certificate 448812\n")
    return {s.name: s.kind for s in parser.parse_text(text).skills}


@pytest.mark.parametrize("training", ["Autism awareness", "Sepsis Awareness module", "Conflict Resolution Training",
                                      "Lone Working Induction", "Food Allergen Awareness e-learning"])
def test_a_training_or_awareness_module_is_kept_as_a_skill_not_a_credential(kinds, training):
    assert kinds.get(training) is SkillKind.SKILL


@pytest.mark.parametrize("credential", ["Safeguarding Children Level 2", "Bereavement Support",
                                        "Defibrillator training", "Moving People Training"])
def test_a_certificate_or_a_course_issued_by_a_body_or_with_a_number_or_expiry_is_a_credential(kinds, credential):
    assert kinds.get(credential) is SkillKind.CERTIFICATION
