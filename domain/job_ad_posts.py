"""Words of a job ad that name a post or a business rather than a skill: a field written in a
job title ("Quality Assurance Manager", "Purchasing Assistant") or in a firm's name ("Hale
Recruitment is acting as an agency", "Apex Logistics Ltd"). Labelled job-ad skill spans mark
neither as a skill; the ad's own title line still reads its field (the job's skill). And what
an ad says of the job itself ("Exciting opportunity", "Rotating shifts"), which is no duty."""
from __future__ import annotations

import re

from domain.requirement_phrases import Phrase

# Nouns that end a job title written in title case: the words before them say which post.
POST_NOUNS = frozenset(
    "manager managers director directors assistant assistants analyst analysts coordinator coordinators "
    "co-ordinator co-ordinators officer officers consultant consultants specialist specialists executive "
    "executives supervisor supervisors buyer buyers scheduler schedulers administrator administrators "
    "controller controllers advisor advisors adviser advisers representative representatives developer "
    "developers engineer engineers technician technicians architect architects clerk clerks operator operators "
    "operative operatives worker workers agent agents mechanic mechanics installer installers fitter fitters "
    "inspector inspectors surveyor surveyors receptionist receptionists underwriter underwriters".split())
# Nouns that end a business's name: the words before them are the firm's name or its trade.
BUSINESS_NOUNS = frozenset(
    "agency agencies consultancy consultancies division ltd limited plc llp llc inc gmbh group".split())

# After a post noun these say the words name a credential ("Food Safety Supervisor certificate").
_CREDENTIAL_NOUNS = frozenset("certificate certification certified licence license card course qualification "
                              "qualified award diploma registration ticket".split())
_NEXT = re.compile(r"[ \t]+([A-Za-z][\w-]*)")
_WORDS = re.compile(r"[A-Za-z][\w-]*")


def names_a_post_or_business(text: str, start: int, end: int) -> bool:
    """The words at start:end are a post's or a firm's name: their last word, or the word right
    after them, a post noun written with a capital as titles are ("a Quality Assurance
    Manager"; not "experience as a project manager", which names the work), or a business
    noun after a capitalised name ("Hale Recruitment Ltd"; not "a recruitment agency", which
    names the trade)."""
    words = _WORDS.findall(text[start:end])
    if not words:
        return False
    after = _NEXT.match(text, end)
    following = after.group(1) if after else ""
    beyond = _NEXT.match(text, after.end()) if after else None
    if {following.lower(), beyond.group(1).lower() if beyond else ""} & _CREDENTIAL_NOUNS:
        return False
    if _titled(words[-1]) and len(words) > 1 and all(_titled(w) for w in words) and words[-1].lower() in POST_NOUNS:
        return True
    if all(_titled(w) for w in words) and (_a_post_follows(text, end) or _HEAD_OF.search(text, 0, start)):
        return True
    return following.lower() in BUSINESS_NOUNS and all(_titled(w) for w in [*words, following])


_HEAD_OF = re.compile(r"\bHead\s+of\s+(?:the\s+)?$")
# How many capitalised words may stand between a field and the post noun ("Linux Systems Administrator").
_MAX_WORDS_TO_THE_POST = 3


def _a_post_follows(text: str, end: int) -> bool:
    """Capitalised words after `end` that end in a post noun ("CRM Developer", "Linux Systems
    Administrator"; "Head of IT" is read from the words before)."""
    at = end
    for _ in range(_MAX_WORDS_TO_THE_POST):
        word = _NEXT.match(text, at)
        if word is None or not _titled(word.group(1)):
            return False
        if word.group(1).lower() in POST_NOUNS:
            return True
        at = word.end()
    return False


def _titled(word: str) -> bool:
    return word[:1].isupper()


# Words before a post's name that make it someone else's: a colleague the hire works with or
# reports to ("report to our Java Developer", "support the Office Manager", "their Payroll
# Manager"), unless the ad names its own post so ("As our new ...").
_RANKS = r"(?:(?:new|current|existing|senior|lead|head|chief)\s+)?$"
_ANOTHERS = re.compile(r"(?:\b(?:their|my|his|her)|\b(?:to|with|alongside|support|supporting|assist|assisting)"
                       r"\s+(?:the|our|their|my|his|her))\s+" + _RANKS, re.IGNORECASE)
# "Our Java Developer will build our APIs" is the post advertised; "Our Xero Administrator will
# train you" is a colleague's: the sentence has the post do something to or for the hire.
# "Our new ..." names the post advertised.
_OURS = re.compile(r"\bour\s+(?:(current|existing|senior|lead|head|chief)\s+)?$", re.IGNORECASE)
_TO_THE_HIRE = re.compile(r"[^.;!?]*?\byou(?:r|rself)?\b", re.IGNORECASE)
_AS_THE_POST = re.compile(r"\bas\s+(?:our|their|the)\s+(?:[A-Za-z]+\s+)?$", re.IGNORECASE)


def anothers_post(text: str, start: int) -> bool:
    """The post whose name begins at `start` is not the one advertised but a colleague's."""
    before = max(0, start - 40)
    if _AS_THE_POST.search(text, before, start) is not None:
        return False
    if _ANOTHERS.search(text, before, start) is not None:
        return True
    return _OURS.search(text, before, start) is not None and _TO_THE_HIRE.match(text, start) is not None


def ends_in_a_post(words: tuple[str, ...]) -> bool:
    """"Support the Office Manager": the object of a duty is a post's name, written in capitals."""
    return len(words) > 1 and _titled(words[-1]) and words[-1].lower() in POST_NOUNS and _titled(words[-2])


# Up to three capitalised words right before a post noun written with a capital ("a Salesforce
# Administrator", "an SAP FICO Consultant"): the words that may name the product the post runs.
# Only a post of technology runs a product so named: a "Chef Manager" runs a kitchen, a
# "Harvest Supervisor" a harvest.
_TECHNOLOGY_POSTS = frozenset("developer developers administrator administrators consultant consultants engineer "
                              "engineers analyst analysts architect architects specialist specialists".split())
# Products named with an everyday word: before a post noun the word more often names the trade,
# the place or a firm ("Ruby Consultant" may be a person, "Hive Engineer" a firm's engineer), and a
# post that runs the product names it elsewhere in the ad too.
EVERYDAY_PRODUCT_NAMES = frozenset("chef harvest spark puppet swift ruby flask hive zoom slack teams word access "
                                   "project outlook bamboo mercury canvas square pulse compass beacon".split())
_BEFORE_A_POST = re.compile(r"\b((?:[A-Z][\w.+#-]*[ \t]+){1,3}?)(?=([A-Z][a-z-]+)\b)")


def words_before_a_post(text: str) -> list[tuple[int, int]]:
    """Where capitalised words stand right before a post noun in a title ("Salesforce" of "a
    Salesforce Administrator"), as (start, end) offsets, for the caller to read as a product."""
    out = []
    for m in _BEFORE_A_POST.finditer(text):
        beyond = _NEXT.match(text, m.end(2))
        credential = beyond is not None and beyond.group(1).lower() in _CREDENTIAL_NOUNS  # "... Administrator certification"
        if m.group(2).lower() in _TECHNOLOGY_POSTS and m.group(1).split()[-1].lower() not in POST_NOUNS \
                and not credential:
            out.append((m.start(1), m.start(1) + len(m.group(1).rstrip())))
    return out


# What an ad says of the job itself: after an -ing word that praises or describes it ("Caring
# role", "Exciting opportunity", "Rotating shifts") the phrase describes the post, not a duty;
# after a field's name ("marketing role", "nursing role") the field is read as the skill it is.
_DESCRIBING = frozenset(["exciting", "caring", "rewarding", "challenging", "growing", "expanding", "thriving",
                         "leading", "amazing", "interesting", "demanding", "fulfilling", "rotating", "outstanding",
                         "engaging", "inspiring", "booming", "existing", "following", "upcoming", "ongoing",
                         "welcoming", "supporting", "evolving", "pioneering", "changing", "varying"])
_THE_POSTING = frozenset(["role", "roles", "position", "positions", "job", "jobs", "opportunity", "opportunities",
                          "company", "companies", "environment", "organisation", "organization", "employer",
                          "provider", "workplace", "culture", "career", "package", "salary", "shift", "shifts",
                          "rota", "hours"])


def describes_the_posting(phrase: Phrase) -> bool:
    return phrase.gerund and len(phrase.words) >= 2 and phrase.words[0].lower() in _DESCRIBING \
        and phrase.words[1].lower() in _THE_POSTING
