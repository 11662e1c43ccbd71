"""A job's line "Title, Employer — Town" gives the title, the employer and the town; the note after
a title's comma ("Staff Nurse, Paediatrics", "Class Teacher, Grade 3") is no employer."""
from adapters.embedded.parsing.experience import parse_experience


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.title, e.company, e.location) for e in parse_experience(text)[0]]


def test_the_comma_parts_the_title_from_the_employer_and_the_dash_the_town():
    text = ("Travailleuse sociale, CIUSSS de la Capitale-Nationale — Québec\nAoût 2018 à ce jour\n"
            "- Évaluation psychosociale.\n\nIntervenante jeunesse, Maison Dauphine — Québec\nMai 2015 à juillet 2018\n")
    assert _jobs(text) == [("Travailleuse sociale", "CIUSSS de la Capitale-Nationale", "Québec"),
                           ("Intervenante jeunesse", "Maison Dauphine", "Québec")]


def test_a_note_after_the_titles_comma_is_no_employer():
    text = "Staff Nurse, Paediatrics — Leeds\nJan 2018 - Present\n\nClass Teacher, Grade 3 — Leeds\nJan 2016 - Dec 2017\n"
    assert [company for _, company, _ in _jobs(text)] == ["Leeds", "Leeds"]  # as before: no employer named
