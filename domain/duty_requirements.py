"""What a duty phrase the job ad's span reader marks ("run the pass", "manage ordering",
"Install and repair boilers") leaves among the job's required skills. A résumé is matched
against names, and a free phrase the taxonomy does not know earns credit only when a résumé
writes it word for word, so a duty led by a verb would count against nearly every candidate:
it gives its object when the taxonomy knows that ("run payroll" -> "payroll") and nothing
otherwise. Taxonomy names led by a verb ("operate forklift") stay: they are matched as skills."""
from __future__ import annotations

import re

from domain.action_verbs import ACTION_VERBS, PHRASAL_VERBS
from domain.ports.documents import SkillExtractor

# Verbs that open a duty or a working condition though the span reader needs them not as openers.
_MORE_VERBS = frozenset("""
work fit balance enforce stand walk swear greet move marshal marshall pour sew stitch hang wait take make
match open apprehend terminate start compound issue read
""".split())
# Verbs that are nouns as often ("care plans", "stock control", "track record", "work permit"):
# read as a verb only before a determiner, another verb or a particle ("care for the residents").
_NOUNS_TOO = frozenset("""
work fit balance stand walk record file type market control test machine survey estimate quote invoice
bill report document budget forecast stock process design research audit plan schedule track book lead
care nurse treat check support paint wire plaster tile label mix polish iron grill cut scan wash feed
dress load pack sort pick transport weld drive lift clean cook serve train coach source update lay
glaze temper groom harvest stack weigh wrap fix display service finish move cover hire purchase help
repair produce mentor direct draft input upgrade patrol escort grout solder vacuum order interview
match open start compound issue
""".split())
# Gerunds that name a field or a trade as nouns do ("training needs", "building maintenance").
_NOUN_GERUNDS = frozenset("""
building training marketing nursing cleaning cooking catering engineering accounting planning
manufacturing welding painting plumbing wiring machining housekeeping bookkeeping teaching testing
printing packaging processing recruiting costing scheduling budgeting forecasting pricing banking
lending housing landscaping roofing tiling plastering decorating flooring glazing fencing catering
cabling networking programming modelling modeling drafting surveying auditing reporting coaching
mentoring tutoring counselling counseling safeguarding lifting handling dispensing compounding
driving caring leading engaging understanding moving sewing cutting washing mixing
""".split())
_VERBS = ACTION_VERBS | _MORE_VERBS | _NOUNS_TOO
_PARTICLES = frozenset(particle for _, particle in PHRASAL_VERBS) | {"in", "with", "on", "for"}
_JOINING = frozenset({"and", "or", "&", ",", "/"})
_DETERMINERS = frozenset("the a an all any our your their its his her this these those".split())
# Nouns and adjectives that open a noun phrase even where a verb would stand ("Clean driving record").
_STRICT = frozenset("clean direct complete present".split())
# Words after which a verb of work stands: "You will", "must", "able to", a bullet, a colon.
_MODALS = frozenset("will you'll you’ll must shall can also then".split())
_TO_VERB = frozenset("able need needs required expected want have has willing ability how learn be happy "
                     "prepared keen ready".split())
_OPENER = re.compile(r"(?:^|[-–•*·▪:;(]|\d[.)])\s*$")
_CLAUSE = re.compile(r"[:;•▪·]|\s[-–]\s")
_WORD = re.compile(r"[A-Za-z0-9][\w'’+#.-]*[\w+#]|[A-Za-z0-9]|[,&/]")


def a_verb(word: str, after: str = "", slot: bool = False) -> bool:
    """Whether a word is a verb of work, as written or as its -ing form ("running", "making"),
    given the word after it and whether it stands where a verb would (`slot`: "You will ...")."""
    low, next_ = word.lower(), after.lower()
    leads = next_ in _DETERMINERS or next_ in _PARTICLES
    if low in _VERBS:
        return low not in _NOUNS_TOO or leads or (slot and low not in _STRICT)
    if len(low) > 5 and low.endswith("ing") and (low not in _NOUN_GERUNDS or leads):
        stem = low[:-3]
        doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
        return any(form in _VERBS for form in (stem, stem + "e", doubled))
    return False


def a_verb_slot(before: str, inner: bool = False) -> bool:
    """Whether the words before a phrase leave a verb's place to it: the clause opens there (a
    bullet, a colon), a modal or "able to" stands before it, or it goes on a list of duties
    ("Greet patients, answer phones and book appointments"); not a list inside a longer phrase
    (`inner`: "lead a team of nurses and care staff")."""
    if _OPENER.search(before):
        return True
    words = _WORD.findall(before)
    if not words:
        return True
    last = words[-1].lower()
    if last in _MODALS:
        return True
    if last == "to":
        return len(words) > 1 and words[-2].lower() in _TO_VERB
    if last in _JOINING and not inner:
        clause = _CLAUSE.split(before)[-1]
        conjuncts = [c for c in _PARTS.split(clause) if c.strip()]
        if last != "," and conjuncts and re.search(r"\bof\b", conjuncts[-1], re.IGNORECASE):
            return False  # "a team of nurses and care staff": the list is of what "of" names
        words = _WORD.findall(clause) or words  # "Your tasks: lead ..., plan ..."
        lowered = [w.lower() for w in words]
        if _MODALS & set(lowered) or any(a == "to" and b in _TO_VERB for b, a in zip(lowered, lowered[1:])):
            return True
        return a_verb(words[0], _at(words, 1), slot=True)
    return False


def duty_object(written: str, slot: bool = False) -> str | None:
    """The object of a duty led by a verb ("Install and repair the boilers" -> "boilers"), "" when
    the verb stands alone ("work outdoors" has no object a résumé names; "obtain" of "the ability
    to obtain them" is a verb alone, never a noun), None for no duty."""
    words = _WORD.findall(written)
    if len(words) == 1 and words[0].lower() not in _NOUNS_TOO and a_verb(words[0]):
        return ""  # a verb cut from its object ("take" of "take and process radiographs")
    chained = len(words) > 2 and words[0].lower() in _VERBS and words[1].lower() in _JOINING \
        and a_verb(words[2], _at(words, 3), slot)
    if len(words) < 2 or not (a_verb(words[0], words[1], slot) or chained):
        return None
    i = 1
    while i < len(words):
        low = words[i].lower()
        if low in _JOINING and i + 1 < len(words) and a_verb(words[i + 1], _at(words, i + 2), slot):
            i += 2  # "fit and repair locks": verbs sharing one object
        elif low in _PARTICLES and a_verb(words[i - 1], low, slot):
            i += 1  # "carry out", "assist with"
        else:
            break
    while i < len(words) and words[i].lower() in _DETERMINERS:
        i += 1
    return " ".join(words[i:])


def _at(words: list[str], i: int) -> str:
    return words[i] if i < len(words) else ""


def kept_names(name: str, skills: SkillExtractor, before: str = "", inner: bool = False) -> list[str]:
    """The names a required skill is listed under: a taxonomy name or a noun phrase as written;
    for a free duty phrase (written after `before`, `inner` to a longer phrase) its object, or
    each part of it, the taxonomy knows ("Monitor call quality and AHT" -> AHT), else none."""
    if skills.canonical(name) is not None:
        return [name]
    if " ".join(name.lower().split()) in _BARE_CREDENTIAL_NOUNS:
        return []  # "registration" of "registration with the GPhC": the regulator's name is the ask
    obj = duty_object(name, a_verb_slot(before, inner))
    if obj is None:
        return [name]
    if not obj:
        return []
    if skills.canonical(obj) is not None:
        return [obj]
    return [part for part in _PARTS.split(obj) if part and skills.canonical(part) is not None]


# A credential's noun with no subject ("registration", "a valid licence"): nothing a résumé holds.
_BARE_CREDENTIAL_NOUNS = frozenset("""
registration registrations registered licence licences license licenses licensed certificate certificates
certification certifications certified qualification qualifications qualified accreditation accredited
""".split())
_PARTS = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b)\s*")
