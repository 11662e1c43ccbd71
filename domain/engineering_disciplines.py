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

_ENGINEER = frozenset({"engineer", "engineers", "engineering", "eng"})

# Word (as tokens() gives it) -> the disciplines it names; a word of work done in two names both
# (an embedded engineer's is electronics' as much as software's).
_CIVIL, _MECH, _ELEC, _COMP = "civil", "mechanical", "electrical", "computing"
_DISCIPLINES_OF: dict[str, frozenset[str]] = {
    **dict.fromkeys(["civil", "structural", "geotechnical", "highway", "highways", "transportation",
                     "hydraulic", "bridge", "bridges", "construction"], frozenset({_CIVIL})),
    **dict.fromkeys(["water", "wastewater"], frozenset({_CIVIL, "environmental"})),
    **dict.fromkeys(["mechanical", "hvac", "automotive"], frozenset({_MECH})),
    **dict.fromkeys(["mechatronics", "maintenance"], frozenset({_MECH, _ELEC})),
    **dict.fromkeys(["robotics"], frozenset({_MECH, _ELEC, _COMP})),
    **dict.fromkeys(["manufacturing", "industrial"], frozenset({_MECH, "industrial"})),
    **dict.fromkeys(["electrical", "electronics", "electronic", "electric", "power", "instrumentation",
                     "control", "controls"], frozenset({_ELEC})),
    **dict.fromkeys(["embedded", "firmware", "automation", "network", "networks", "telecom",
                     "telecommunications"], frozenset({_ELEC, _COMP})),
    **dict.fromkeys(["software", "backend", "frontend", "devops", "web", "android", "ios", "mobile",
                     "cloud", "data", "ml", "sre", "platform", "security", "qa"], frozenset({_COMP})),
    **dict.fromkeys(["chemical", "petrochemical"], frozenset({"chemical"})),
    **dict.fromkeys(["aerospace", "aeronautical", "avionics"], frozenset({"aerospace"})),
    **dict.fromkeys(["petroleum", "reservoir", "drilling"], frozenset({"petroleum"})),
    **dict.fromkeys(["materials", "metallurgical"], frozenset({"materials"})),
    "biomedical": frozenset({"biomedical"}),
    "environmental": frozenset({"environmental"}),
    "mining": frozenset({"mining"}),
    "marine": frozenset({"marine"}),
    "nuclear": frozenset({"nuclear"}),
    "agricultural": frozenset({"agricultural"}),
}


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
