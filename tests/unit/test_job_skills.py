"""A job's skills from its requirement prose, and an employer's list kept as spelled."""

from domain.employer_spelling import employer_spelling
from domain.job_skills import description_skills
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["Commercial Driving Licence Class C (C)", "ADR certificate", "Tachograph", "Oracle Siebel",
             "Kubernetes", "forklift operation"]
    kinds = [SkillKind.CERTIFICATION, SkillKind.CERTIFICATION, SkillKind.TOOL, SkillKind.TOOL,
             SkillKind.TOOL, SkillKind.SKILL]
    aliases = {"class c licence": (0, False), "cat c": (0, False), "adr": (1, True),
               "adr certificate": (1, False), "tachograph": (2, False), "siebel": (3, False),
               "oracle siebel": (3, False), "kubernetes": (4, False), "k8s": (4, False),
               "forklift operation": (5, False), "operate forklifts": (5, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n, kinds=kinds))


def test_requirement_prose_gives_required_licences_and_skills_and_a_plus_gives_nice_to_haves():
    required, nice = description_skills(
        "HGV Driver (Cat C)",
        "Multi-drop deliveries across Yorkshire. You must hold a valid Class C licence and read a "
        "tachograph. ADR certificate is a plus.", _skills(), 50)
    assert required == ["Cat C", "Tachograph"]
    assert nice == ["ADR certificate"]


def test_nothing_is_required_that_the_text_does_not_name():
    # (Duties written as instructions, "Greet visitors", are named skills: test_requirement_phrases.)
    assert description_skills("Receptionist", "A friendly front desk in a busy Leeds office.", _skills(), 50) == ([], [])


def test_an_employer_skill_is_kept_as_spelled_and_never_turned_into_a_longer_product_name():
    skills = _skills()
    assert employer_spelling("Siebel", skills) == "Siebel"
    assert employer_spelling("k8s", skills) == "Kubernetes"
    assert employer_spelling("KUBERNETES", skills) == "Kubernetes"
    assert employer_spelling("Forklift driving", skills) == "Forklift driving"


def test_a_wanted_skill_widens_to_every_spelling_the_taxonomy_knows_for_it():
    from domain.job_skill_keys import skill_key, wanted_spellings
    from tests.fakes.skill_relations import FakeSkillExtractor

    skills = FakeSkillExtractor({"BLS": "Basic Life Support (BLS)", "basic life support": "Basic Life Support (BLS)"})
    everything = frozenset({"bls", "basic life support", "basic life support bls"})
    assert wanted_spellings(["bls"], skills) == [everything]
    assert wanted_spellings(["basic life support", "BLS"], skills) == [everything]
    assert wanted_spellings([" Hazmat  Endorsement "], skills) == [frozenset({"hazmat endorsement"})]
    assert skill_key("Node.js") == "node js" and skill_key("NetSuite") == skill_key("netsuite")


def test_an_employer_skill_written_in_full_is_never_turned_into_an_abbreviation():
    names, kinds = ["AWS", "Go"], [SkillKind.TOOL, SkillKind.TOOL]
    aliases = {"aws": (0, False), "amazon web services": (0, False), "go": (1, False), "golang": (1, False)}
    skills = TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * 2, [frozenset()] * 2, kinds=kinds))
    assert employer_spelling("Amazon Web Services", skills) == "Amazon Web Services"
    assert employer_spelling("golang", skills) == "Go"  # one word: a nickname, the better-known name shown
