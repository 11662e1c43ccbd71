"""Skill extraction over a small hand-made taxonomy (the shipped file is exercised in eval)."""
import pytest

from domain.skills import SkillTaxonomy, TaxonomySkillExtractor, normalise


@pytest.fixture
def skills() -> TaxonomySkillExtractor:
    names = ["PostgreSQL", "Kubernetes", "JavaScript", "Node.js", "Go", "R", "C", "C++",
             "Microsoft Excel", "Microsoft Access", "Python", "MySQL", "Adobe Photoshop",
             "project management"]
    aliases = {
        "postgresql": (0, False), "postgres": (0, False), "kubernetes": (1, False), "k8s": (1, False),
        "javascript": (2, False), "js": (2, True), "node js": (3, False), "node": (3, False),
        "go": (4, True), "golang": (4, False), "r": (5, True), "c": (6, True), "c++": (7, False),
        "microsoft excel": (8, False), "ms excel": (8, False), "excel": (8, True),
        "microsoft access": (9, False), "access": (9, True), "python": (10, False),
        "mysql": (11, False), "adobe photoshop": (12, False), "photoshop": (12, False),
        "project management": (13, False), "manage projects": (13, False),
    }
    groups = [frozenset({"db"}), frozenset({"ops"}), frozenset({"lang"}), frozenset({"web"}),
              frozenset({"lang"}), frozenset({"lang"}), frozenset({"lang"}), frozenset({"lang"}),
              frozenset({"sheet"}), frozenset({"db"}), frozenset({"lang"}), frozenset({"db"}),
              frozenset({"graphics"}), frozenset({"esco-other"})]
    occupations = [frozenset({"15-1252", "15-1242"})] * 4 + [frozenset({"15-1252"})] * 4 + \
        [frozenset({"43-9061"}), frozenset({"43-9061", "15-1242"}), frozenset({"15-1252", "15-2051"}),
         frozenset({"15-1242"}), frozenset({"27-1024"}), frozenset({"11-9199"})]
    # Name-embedding neighbours: PostgreSQL's nearest skill is MySQL.
    neighbours = {0: {11: 0.55, 10: 0.2}}
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, groups, occupations, neighbours=neighbours))


def test_common_aliases_are_normalised_to_canonical_names(skills):
    text = "Built services on postgres and k8s, with a front end in JavaScript and node."
    assert skills.extract(text) == ["PostgreSQL", "Kubernetes", "JavaScript", "Node.js"]


def test_canonical_accepts_an_alias_a_canonical_name_or_nothing_known(skills):
    assert skills.canonical("Postgres") == "PostgreSQL"
    assert skills.canonical("node.js") == "Node.js"
    assert skills.canonical("kubernetes") == "Kubernetes"
    assert skills.canonical("basket weaving") is None


def test_short_ambiguous_names_do_not_count_in_running_prose(skills):
    text = "I go to the office early, excel at teamwork and have access to a car."
    assert skills.extract(text) == []


def test_short_ambiguous_names_count_in_a_skills_context(skills):
    assert skills.extract("Go, R, C, Excel, Access", skills_context=True) == \
        ["Go", "R", "C", "Microsoft Excel", "Microsoft Access"]


def test_a_list_of_skills_in_prose_is_a_skills_context(skills):
    assert skills.extract("Languages: Python, Go, R, C++") == ["Python", "Go", "R", "C++"]


def test_the_longest_alias_wins_over_its_parts(skills):
    assert skills.extract("Skilled in Adobe Photoshop and MS Excel") == \
        ["Adobe Photoshop", "Microsoft Excel"]


def test_skills_never_span_a_comma_or_a_line_break(skills):
    assert skills.extract("I used MS Excel daily.") == ["Microsoft Excel"]
    assert skills.extract("I used MS\nExcel daily.") == []
    assert skills.extract("I used MS, Excel daily.") == []


def test_multi_word_non_technical_skills_are_found(skills):
    assert skills.extract("Responsible for project management of two stores.") == \
        ["project management"]


def test_each_skill_is_reported_once_in_order_of_first_mention(skills):
    assert skills.extract("Python, MySQL, python and mysql again") == ["Python", "MySQL"]


def test_related_skills_score_between_unrelated_and_identical(skills):
    same = skills.related("PostgreSQL", "PostgreSQL")
    close = skills.related("PostgreSQL", "MySQL")
    far = skills.related("PostgreSQL", "Adobe Photoshop")
    assert same == 1.0
    assert 0.0 < close < 1.0
    assert far < close


def test_a_commodity_group_or_shared_occupations_alone_relate_nothing(skills):
    # Python and Go share a group and occupations, as Python, Gradle and Swift do in O*NET.
    assert skills.relation("Python", "Go") is None
    assert skills.relation("PostgreSQL", "Python") is None  # a neighbour below the threshold
    assert skills.relation("PostgreSQL", "MySQL").source.value == "TAXONOMY"


def test_normalise_keeps_the_symbols_that_make_a_skill(skills):
    assert normalise("C++ / C# / .NET") == "c++ c# net"
    assert normalise("Node.JS") == "node js"


@pytest.mark.parametrize("text", ["B.Com", "B.Com, University of Delhi, 2015", "M.Com | B.Com",
                                  "Qualification: B.COM (Hons)", "Completed B.Com in 2015"])
def test_a_degree_abbreviation_names_no_product(text):
    from domain.skills import SkillTaxonomy, TaxonomySkillExtractor

    tax = SkillTaxonomy(names=["Component object model COM software", "Python"],
                        aliases={"com": (0, False), "python": (1, False)},
                        groups=[frozenset(), frozenset()], occupations=[frozenset(), frozenset()])
    skills = TaxonomySkillExtractor(tax)
    assert skills.extract(text) == []
    assert skills.extract(text, skills_context=True) == []
    assert skills.extract(f"{text}, Python") == ["Python"]
