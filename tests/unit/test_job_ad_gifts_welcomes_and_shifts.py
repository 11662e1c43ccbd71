"""Words of a job ad that name no skill, read as what they are (invented ads): a clause that
says what the employer gives ("..., training given") is the offer; a word closing a clause
that welcomes what it follows ("Knowledge of X welcome.") marks a nice-to-have and is no word
of it; a function word of another language in lower case ("com", "con") is no product named
by it; when a post is worked ("Night baker") names the post, no skill."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_skills import description_skills


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize("ad", [
    "No qualifications needed, training given.",
    "Beginners considered, full training provided.",
    "Shift work, uniform and PPE supplied.",
])
def test_a_clause_of_what_is_given_names_no_skill(skills, ad):
    assert description_skills("Cook", ad, skills, 12) == ([], [])


def test_a_clause_of_what_is_given_leaves_the_asks_beside_it(skills):
    required, _ = description_skills("Groundworker", "CSCS card essential, PPE supplied.", skills, 12)
    assert required == ["CSCS card"]
    required, _ = description_skills("Practice Nurse", "Experience with RxWorks is ideal, but training is provided.",
                                     skills, 12)
    assert required == ["RxWorks"]


@pytest.mark.parametrize(("ad", "wanted"), [
    ("Knowledge of sourdough starters welcome.", "sourdough starters"),
    ("Experience with rye breads welcomed.", "rye breads"),
    ("Experience of laminated doughs appreciated.", "laminated doughs"),
])
def test_a_closing_welcome_marks_a_nice_to_have_and_is_no_word_of_it(skills, ad, wanted):
    assert description_skills("Baker", ad, skills, 12) == ([], [wanted])


def test_welcome_that_opens_a_duty_marks_nothing(skills):
    required, nice = description_skills("Host", "Welcome guests and take bookings. Cash handling essential.", skills, 12)
    assert nice == []


@pytest.mark.parametrize("ad", [
    "Procuramos rececionista com inglês fluente e experiência em reservas.",
    "Buscamos camarero con experiencia en coctelería y atención al cliente.",
])
def test_a_lower_case_function_word_of_another_language_is_no_product(skills, ad):
    required, nice = description_skills("Rececionista", ad, skills, 12)
    assert not {"com", "con"} & {n.lower() for n in required + nice}


@pytest.mark.parametrize("ad", ["Night baker and front-of-house for our deli.",
                                "Saturday baker and front-of-house for our deli."])
def test_when_a_post_is_worked_names_no_skill(skills, ad):
    required, _ = description_skills("Deli Assistant", ad, skills, 12)
    assert required == ["Front of house"]
