"""Texts in two known languages: the English-only embedding puts them far apart whatever
their trades, so the pair's text similarity has MatchWeights.other_language_offset added;
one language, or one unknown, adds nothing, and the explanation says which two languages."""
from datetime import UTC

from domain.matching import CandidateProfile, JobProfile, MatchScorer, MatchWeights
from domain.matching.explanation import explain
from domain.resumes import ParsedResume
from domain.users import Preferences

WEIGHTS = MatchWeights(other_language_offset=0.12)


def job(description: str) -> JobProfile:
    from datetime import datetime

    from domain.jobs import Job
    now = datetime(2026, 1, 5, tzinfo=UTC)
    return JobProfile.from_job(Job(id="j1", organization_id="o1", title="Tischler/in (m/w/d)", description=description,
                                   posted_at=now, updated_at=now))


def resume(summary: str) -> CandidateProfile:
    return CandidateProfile.from_resume("r1", "u1", ParsedResume(summary=summary), Preferences())


GERMAN_AD = job("Wir suchen einen Tischler für die Fertigung von Möbeln und den Innenausbau, mit Erfahrung in der Werkstatt.")
FRENCH_CV = resume("Menuisier depuis huit ans dans la fabrication de meubles et l'agencement intérieur, avec les machines de l'atelier.")
GERMAN_CV = resume("Tischler mit acht Jahren in der Fertigung von Möbeln und dem Innenausbau, auch auf der Baustelle.")
TERSE_CV = resume("CNC, Möbelbau, 8J.")


def test_a_pair_in_two_languages_gains_the_offset_on_its_text_similarity():
    scorer = MatchScorer(weights=WEIGHTS)
    plain = MatchScorer(weights=MatchWeights(other_language_offset=0.0))
    gained = scorer.score(FRENCH_CV, GERMAN_AD, similarity=0.3).breakdown.semantic
    assert gained - plain.score(FRENCH_CV, GERMAN_AD, similarity=0.3).breakdown.semantic == round(0.12 / 0.6, 4)


def test_one_language_or_an_unknown_one_gains_nothing():
    scorer = MatchScorer(weights=WEIGHTS)
    plain = MatchScorer(weights=MatchWeights(other_language_offset=0.0))
    for cv in (GERMAN_CV, TERSE_CV):
        assert scorer.score(cv, GERMAN_AD, similarity=0.3).breakdown == plain.score(cv, GERMAN_AD, similarity=0.3).breakdown


def test_the_explanation_says_the_two_languages():
    scored = MatchScorer(weights=WEIGHTS).score(FRENCH_CV, GERMAN_AD, similarity=0.3)
    assert scored.languages == ("fr", "de")
    assert "résumé is in French and the posting in German" in explain(scored, shows_contact=False)
    assert "in French" not in explain(MatchScorer(weights=WEIGHTS).score(GERMAN_CV, GERMAN_AD, similarity=0.3),
                                      shows_contact=False)
