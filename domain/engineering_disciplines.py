"""Engineering's disciplines: engineers of two different ones do different work.

Titles are compared by their words (preferences.title_fit), and "engineer" is the only word a
civil, a mechanical and a software engineer share: half of each title, enough to read a
mechanical engineer's years as a civil engineer's and to call the posts alike. Where both
titles are an engineer's (or the field, "Electrical Engineering") and each names a discipline,
the disciplines decide: none in common is other work. Related names count as one discipline
(structural and geotechnical work are civil engineering's; electronics is electrical's; the
kinds of software engineer are software's), and a title naming two (a mechatronics engineer's
"Electrical and Mechanical Engineer") shares either. A title naming no discipline ("Site
Engineer", "Project Engineer", "Sales Engineer") is not told apart by this."""
from __future__ import annotations

from functools import lru_cache

from domain.skills import tokens

_ENGINEER = frozenset({"engineer", "engineers", "engineering", "eng", "ingeniero", "ingeniera", "ingenieur",
                       "ingenieurin", "ingegnere", "inzynier", "engenheiro", "engenheira"})

# Word (as tokens() gives it: accents folded) -> the disciplines it names; a word of work done in
# two names both (an embedded engineer's is electronics' as much as software's). Words naming a
# discipline only beside others ("power" in "Power BI", "security" in "Fire and Security",
# "data") are left out.
_CIVIL, _MECH, _ELEC, _COMP, _CHEM = "civil", "mechanical", "electrical", "computing", "chemical"
_DISCIPLINES_OF: dict[str, frozenset[str]] = {
    **dict.fromkeys(["civil", "civile", "structural", "geotechnical", "highway", "highways", "transportation",
                     "hydraulic", "bridge", "bridges", "construction"], frozenset({_CIVIL})),
    **dict.fromkeys(["water", "wastewater"], frozenset({_CIVIL, "environmental"})),
    **dict.fromkeys(["mechanical", "hvac", "mecanico", "mecanica", "mecanique", "meccanico", "mechanik",
                     "maschinenbau"], frozenset({_MECH})),
    **dict.fromkeys(["automotive", "mechatronics", "maintenance", "mecatronico", "mechatronik"],
                    frozenset({_MECH, _ELEC})),
    **dict.fromkeys(["robotics"], frozenset({_MECH, _ELEC, _COMP})),
    **dict.fromkeys(["manufacturing", "industrial"], frozenset({_MECH, "industrial"})),
    **dict.fromkeys(["marine", "naval"], frozenset({_MECH, "marine"})),
    **dict.fromkeys(["aerospace", "aeronautical", "avionics", "aeronautico"], frozenset({_MECH, "aerospace"})),
    **dict.fromkeys(["electrical", "electronics", "electronic", "instrumentation", "electrico", "electrica",
                     "eletrico", "electrique", "elettrico", "elektryk", "elektrotechnik", "electronico",
                     "eletronico", "electronique", "elettronico"], frozenset({_ELEC})),
    **dict.fromkeys(["embedded", "firmware", "automation", "network", "networks", "telecom",
                     "telecommunications", "control", "controls"], frozenset({_ELEC, _COMP})),
    **dict.fromkeys(["software", "backend", "frontend", "devops", "web", "android", "ios", "mobile",
                     "cloud", "ml", "sre", "qa", "informatico", "informatica", "informatique",
                     "informatyk", "informatiker"], frozenset({_COMP})),
    **dict.fromkeys(["chemical", "petrochemical", "quimico", "quimica", "chimique", "chimico"],
                    frozenset({_CHEM})),
    **dict.fromkeys(["petroleum", "reservoir", "drilling"], frozenset({"petroleum"})),
    **dict.fromkeys(["materials", "metallurgical"], frozenset({"materials"})),
    "biomedical": frozenset({"biomedical"}),
    "environmental": frozenset({"environmental"}),
    "mining": frozenset({"mining"}),
    "nuclear": frozenset({"nuclear"}),
    "agricultural": frozenset({"agricultural"}),
}
_JOINING = frozenset({"and", "y", "e", "et", "und"})


@lru_cache(maxsize=65_536)
def disciplines(title: str) -> frozenset[str]:
    """The disciplines an engineer's title names; empty for a title no engineer's."""
    words = tokens(title)
    if not _ENGINEER.intersection(words):
        return frozenset()
    return frozenset(d for w in words for d in _DISCIPLINES_OF.get(w, ()))


def other_discipline(title: str, other: str) -> bool:
    """Whether two engineers' titles each name disciplines and share none."""
    mine, theirs = disciplines(title), disciplines(other)
    return bool(mine) and bool(theirs) and not mine & theirs


def names_the_field(title: str) -> bool:
    """Whether a title is a discipline's field and nothing else ("Electrical Engineering",
    "Mechanical and Electrical Engineering"): a post named so is its engineer's. A title naming
    more ("Engineering Manager", "Head of Engineering", "Engineering Recruiter") is not."""
    words = tokens(title)
    if "engineering" not in words:
        return False
    rest = [w for w in words if w != "engineering" and w not in _JOINING]
    return bool(rest) and all(w in _DISCIPLINES_OF for w in rest)
