"""Skills written as what a person does: "Must be able to lift 50 lbs", "Experience
administering medications", "Ability to operate a forklift", "duties include cleaning
equipment, restocking shelves". Read without a tagger, from how English introduces a duty or
a requirement: a verb after "able to" and its kin, a gerund that opens a clause or follows
"experience", "responsible for", "include"; the words before "skills"; the thing after
"experience in". Each phrase ends where an adjunct or a new clause begins ("during service",
"to ensure", "which", "is essential")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from domain.action_verbs import ACTION_VERBS, ANSWERING_TO, PHRASAL_VERBS, to_the_reader
from domain.manner_adverbs import HOW_OFTEN_OR_SURE, NOT_HOW, NOT_MANNER, an_adverb
from domain.working_alone import working_alone

TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#'’&.-]*[A-Za-z0-9+#]|[A-Za-z0-9]|[^\w\s]|\n")
# A dash or arrow standing alone is a bullet or a clause's break ("- Install boilers").
_BULLETS = set("•·▪●*-–—➢►✓■◦>\n")
_BOUNDARY = set(",;:.!?()[]{}|/\"“”") | _BULLETS
MAX_WORDS = 10

# "<cue> to <verb>": ability to operate, able to lift, willing to learn.
TO_CUES = frozenset("ability abilities able capacity capable willing willingness need required "
                     "expected asked confidence".split())
# Words after which a gerund is the duty or requirement itself.
GERUND_OPENERS = frozenset(
    "and or include includes including involve involves involving in of with for on at by "
    "experience experienced skilled proficient responsible responsibilities responsibility "
    "duties tasks enjoy enjoys comfortable confident capable focus committed dedicated "
    "passion passionate background history record be".split())
# Words after which an action verb is a duty: "to ensure the accuracy of rates", "you will
# lead the team", "must hold a licence".
_VERB_OPENERS = frozenset("to will must should shall you also".split()) | frozenset(
    f"{pronoun}{q}ll" for pronoun in ("you", "we", "they", "i") for q in "'’")
# -ing words that are adjectives or function words, never the duty.
_NOT_GERUNDS = frozenset(
    "during including according regarding following concerning excluding pending something "
    "anything nothing everything morning evening string spring ceiling outstanding exciting "
    "interesting amazing challenging rewarding demanding growing existing ongoing upcoming "
    "remaining leading thriving booming engaging inspiring motivating compelling fascinating "
    "appealing winning willing missing competing surrounding neighbouring neighboring "
    "being having doing going looking seeking starting earning offering recruiting hiring "
    "working deteriorating declining ageing aging dying recovering rotating evolving emerging "
    "expanding increasing decreasing fluctuating struggling continuing".split())
# "working with the team" is a duty; "working hours" is not.
_WORKING_WITH = frozenset("with in on closely alongside within across as to under "
                          "alone independently autonomously unsupervised".split())
# Words that end a phrase: an adjunct, a relative clause, a new verb of the sentence.
STOPS = frozenset(
    "during following within across throughout whilst while when where which who whom whose that as so "
    "such because if unless including is are was were be been being will would can could "
    "should must may might shall has have had do does did etc per via prior whether than "
    "then also plus at from for to under into alongside using according preferred required "
    "essential desirable advantageous needed necessary desired ideal".split())
# Pronouns end a phrase: "implement it", "the exceptions these produce", "... departments you".
PRONOUNS = frozenset("you it they them we us he she him her i".split()) | frozenset(
    f"{pronoun}{q}{verb}" for pronoun in ("you", "we", "they", "i", "it") for q in "'’"
    for verb in ("ll", "re", "ve", "d", "m", "s"))
# A verb alone before one of these takes what follows as its object: "work to tight deadlines",
# "adhering to guidelines", "reporting via job sheets", "listening to their needs".
_LINKING_PREPOSITIONS = frozenset("to via under into".split())
_OF_SKILLS = frozenset("skills skill abilities ability".split())
# An -ing word alone before these was cut from what it governs, and says nothing by itself.
_CUT_BY = _LINKING_PREPOSITIONS | frozenset("from at for within across throughout alongside towards toward".split())
# Nouns for the post itself, which end a phrase naming its field.
_THE_POST = frozenset("role roles job jobs position positions post vacancy vacancies candidate candidates".split())
# After "apply" these say how to apply for the post ("apply online", "applying for this role").
_APPLYING_FOR = frozenset("for now online today here please or via by in with".split())
# Qualifiers before "skills" that are no part of the skill's name.
QUALIFIERS = frozenset(
    "good excellent strong proven great effective solid sound outstanding exceptional superb "
    "demonstrable relevant key the your our their a an have has with possess possesses "
    "first-class very highly well advanced basic required essential necessary some any "
    "demonstrated excellent".split())
KNOWLEDGE = frozenset("experience knowledge understanding background proficiency expertise "
                       "grounding qualification qualifications".split())
_KNOWLEDGE_PREPS = frozenset("in of with".split())
DETERMINERS = frozenset("a an the all any your our their this these those its".split())
_TRAILING = DETERMINERS | frozenset("and or of with on in to for by towards toward".split())
_ADJECTIVE_ENDINGS = ("en", "al", "ic", "ive", "ful", "ous", "ble")



@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    words: tuple[str, ...]  # as written
    gerund: bool  # the first word is an -ing form (for looking up the base verb)


def is_word(token: str) -> bool:
    return token[0].isalnum()


def gerund(token: str, after: str = "") -> bool:
    low = token.lower()
    if low == "working":
        return after.lower() in _WORKING_WITH
    if low == "looking":
        return after.lower() == "after"  # "looking after residents" is a duty; "looking for" is not
    return (low.endswith("ing") and len(low) >= 6 and low.isalpha()
            and low not in _NOT_GERUNDS and low not in STOPS)


def _gerund_at(tokens: list[str], i: int) -> bool:
    return gerund(tokens[i], tokens[i + 1] if i + 1 < len(tokens) else "")


def _opens(tokens: list[str], i: int) -> bool:
    """Whether a gerund at i stands where a duty begins."""
    if i == 0 or tokens[i - 1] in _BOUNDARY:
        return True
    if tokens[i - 1].lower() in HOW_OFTEN_OR_SURE:
        return _opens(tokens, i - 1)  # "constantly improving": the duty opens after how often
    return tokens[i - 1].lower() in GERUND_OPENERS



def _manner(tokens: list[str], k: int) -> bool:
    """An adverb of manner opening a duty before its -ing word ("Proactively seeking ways")."""
    if k < 0 or not tokens[k].isalpha():
        return False
    low = tokens[k].lower()
    if not low.endswith("ly") or len(low) < 6 or low in NOT_MANNER:
        return False
    return _opens(tokens, k)


def _instruction(tokens: list[str], i: int) -> bool:
    """An action verb opening a clause: "Provide estimating reports", "• Liaise with ..."."""
    if tokens[i].lower() not in ACTION_VERBS or _the_ad_hiring(tokens, i) or to_the_reader(tokens, i):
        return False
    if tokens[i].lower() == "report" and i + 1 < len(tokens) and tokens[i + 1].lower() in ANSWERING_TO:
        return False
    if i + 1 >= len(tokens) or not is_word(tokens[i + 1]) or (
            tokens[i + 1].lower() in STOPS and not _linked_object(tokens, i + 1)):
        return False  # a lone word ("Support", "Support is ...") is a heading or a noun
    if tokens[i + 1][0].isupper() and not (tokens[i].islower() and _initials(tokens[i + 1])):
        return False  # a title or a name: "Care Assistant", "Design Engineer"; "monitor CCTV" is a duty
    if i == 0 or tokens[i - 1] in _BOUNDARY:
        return True
    if tokens[i - 1].lower() in ("and", "or") and i >= 2 and is_word(tokens[i - 2]) and tokens[i].islower():
        return True  # a second duty: "work to deadlines and deliver under pressure"
    return tokens[i - 1].lower() in _VERB_OPENERS and tokens[i].islower()


def _initials(token: str) -> bool:
    """A system or an acronym in capitals ("CCTV", "BTS"), the object of a verb in lower case."""
    return len(token) >= 2 and token.isupper() and token.isalnum()


# "We are looking to recruit a …": the ad saying it hires, no duty of the post.
_HIRING_VERBS = frozenset("recruit hire appoint employ".split())
_WANTING = frozenset("looking seeking wish wishes want wants like hoping aiming keen pleased delighted".split())


def _the_ad_hiring(tokens: list[str], i: int) -> bool:
    return tokens[i].lower() in _HIRING_VERBS and i >= 2 and tokens[i - 1].lower() == "to" \
        and tokens[i - 2].lower() in _WANTING


def _linked_object(tokens: list[str], j: int) -> bool:
    """"Respond to customer queries": a preposition at j that takes the verb's object."""
    return tokens[j].lower() in _LINKING_PREPOSITIONS and _takes_an_object(tokens, j + 1)


def _modifier(token: str) -> bool:
    """A word that makes the -ing word after it a noun, the phrase's object ("commercial wiring",
    "the cleaning"), not a second duty."""
    low = token.lower()
    return low in DETERMINERS or low in _HOW_OFTEN or low in _HOW_MUCH or (
        low.endswith(_ADJECTIVE_ENDINGS) and len(low) > 4)


_HOW_OFTEN = frozenset("daily weekly monthly yearly quarterly hourly nightly".split())  # "daily living"
# "undergo further training", "attend refresher training": the -ing word is a noun after these
_HOW_MUCH = frozenset("further additional extra more refresher induction formal ongoing".split())


def _extent(tokens: list[str], i: int) -> int:
    """One past the last token of the phrase whose head is at i."""
    j = i + 1
    while j < len(tokens) and j - i < MAX_WORDS:
        token, low = tokens[j], tokens[j].lower()
        if token == "," and (listed := _adjectives_listed(tokens, j)):
            j = listed  # "inspect domestic, commercial and industrial boilers": one object
            continue
        if token in _BOUNDARY or not is_word(token):
            break
        if low in PRONOUNS or run_on_duty(tokens, j) or _run_on_praise(tokens, j):
            break
        if low in ("these", "those") and j > i + 1 and tokens[j - 1].lower() not in _TRAILING | STOPS | COORDINATORS:
            break  # "handling the queries | these customers raise": a clause on the noun before
        if low in ("and", "or") and j + 1 < len(tokens) and tokens[j + 1].lower() in STOPS | _TRAILING - DETERMINERS:
            break  # "focusing on safety | and by ...": an adjunct, no second object
        if low == "up" and j + 2 < len(tokens) and tokens[j + 1].lower() == "to" and (
                tokens[j + 2][:1].isdigit() or tokens[j + 2].lower() == "date"):
            j += 3  # an amount, "lift up to 25 kg", or "keep up to date with ..."
            continue
        if low == "for" and (lasting := _how_long(tokens, j)):
            j = lasting  # "stand for long periods": how long is part of the demand
            continue
        if low in STOPS:
            if j == i + 1 and low in _LINKING_PREPOSITIONS and _takes_an_object(tokens, j + 1):
                j += 1
                continue
            break
        if low in _THE_POST:
            break  # "an audit role", "marketing jobs": the field is the skill, not the post
        if low == "in" and j > i + 1:
            break  # "taking responsibility of the kitchen | in the absence of"
        if low in ("and", "or") and j + 1 < len(tokens) and (
                (_gerund_at(tokens, j + 1) and not _with_an_activity(tokens, i, j + 1))
                or tokens[j + 1].lower() in DETERMINERS | TO_CUES | KNOWLEDGE):
            break  # a second duty starts: "reducing costs | and driving improvements" ("help with
            # washing and dressing" is one)
        if low in ("and", "or") and j > i + 1 and _second_item(tokens, j):
            break
        if low in ("and", "or") and j + 2 < len(tokens) and tokens[j + 1].lower() in QUALIFIERS - DETERMINERS:
            break  # "good lab practice | and good clinical practice"
        if low in ("and", "or") and j > i + 1 and an_adverb(tokens[j - 1]) and tokens[j - 1].lower() not in NOT_HOW \
                and j + 1 < len(tokens) and not an_adverb(tokens[j + 1]):
            break  # "load pallets evenly | and sign delivery notes": the manner closed the duty
        if low in ("and", "or") and j + 2 < len(tokens) and tokens[j + 1].lower().endswith("ly") \
                and _gerund_at(tokens, j + 2):
            break  # "resourcing | and successfully executing the plan"
        if low in TO_CUES or low in KNOWLEDGE or (_gerund_at(tokens, j) and j > i + 1 and not _modifier(tokens[j - 1])
                                                  and not _with_an_activity(tokens, i, j)
                                                  and not _a_compounds_head(tokens, j)):
            # "assist with showering": the -ing word after the verb's "with" is its object
            break  # "managing accounts | offering service", "best practice | ability to"
        j += 1
    while j > i + 1 and (tokens[j - 1].lower() in _TRAILING or an_adverb(tokens[j - 1])):
        if an_adverb(tokens[j - 1]) and _manner_at_the_end(tokens, j):
            break  # "transport pupils safely": how the duty is done is part of what is asked
        j -= 1
    return j



def _a_compounds_head(tokens: list[str], j: int) -> bool:
    """"provide group counselling.": an -ing word closing the clause after a noun in lower case
    has no object of its own, and is the head of that noun's compound, not a second duty."""
    return tokens[j - 1].isalpha() and tokens[j - 1].islower() \
        and tokens[j - 1] not in COORDINATORS | STOPS | _TRAILING | _CUT_BY | _WORKING_WITH \
        and (j + 1 == len(tokens) or tokens[j + 1] in _BOUNDARY)


_LONG = frozenset("long extended prolonged lengthy".split())


def _how_long(tokens: list[str], j: int) -> int:
    """After "for" at j, "long periods (of time)", "extended hours": one past its end, or 0."""
    words = [t.lower() for t in tokens[j + 1:j + 5]]
    if len(words) < 2 or words[0] not in _LONG or words[1] not in ("periods", "hours", "shifts"):
        return 0
    return j + 5 if words[2:4] == ["of", "time"] else j + 3


def _adjective(token: str) -> bool:
    low = token.lower()
    return token.islower() and token.isalpha() and len(low) > 4 and low.endswith(_ADJECTIVE_ENDINGS + ("ar",))


def _adjectives_listed(tokens: list[str], j: int) -> int:
    """After an adjective before the comma at j, the adjectives listed with it up to the noun
    they share ("domestic, commercial and industrial boilers"): where the noun starts, or 0."""
    if not _adjective(tokens[j - 1]):
        return 0
    k = j
    while k + 1 < len(tokens) and tokens[k] == "," and _adjective(tokens[k + 1]):
        k += 2
    if k + 2 < len(tokens) and tokens[k].lower() in ("and", "or") and _adjective(tokens[k + 1]) \
            and is_word(tokens[k + 2]) and tokens[k + 2].lower() not in STOPS | COORDINATORS | PRONOUNS:
        return k + 2
    return 0


def _manner_at_the_end(tokens: list[str], j: int) -> bool:
    """An adverb of manner closing a duty at a clause's end ("label specimens accurately."),
    after the duty's own words ("work safely"), not a word of time or emphasis ("ideally")."""
    low = tokens[j - 1].lower()
    if low in NOT_HOW or not tokens[j - 1].islower():
        return False
    if tokens[j - 2].lower() in _TRAILING and not (tokens[j - 2].lower() in ("and", "or") and j >= 3
                                                  and an_adverb(tokens[j - 3])):
        return False  # "work safely and responsibly" keeps both
    # what follows is another duty, or an adjunct ("at all times", "to the standard")
    return j == len(tokens) or tokens[j] in _BOUNDARY or tokens[j].lower() in STOPS | {"and", "or"}


def _with_an_activity(tokens: list[str], i: int, j: int) -> bool:
    """The -ing word at j is the object of the verb at i after its "with", alone or joined to
    the one before it: "assist with showering and dressing"."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower() != "with":
        return False
    return j == i + 2 or (j == i + 4 and tokens[i + 3].lower() in ("and", "or") and _gerund_at(tokens, i + 2))



def run_on_duty(tokens: list[str], j: int) -> bool:
    """"restocking shelves Ensure all ...": a capitalised verb after a lower-case word is the
    next line's duty run on where the line break was lost ("IT Support" keeps its capital run)."""
    token = tokens[j]
    return token.lower() in ACTION_VERBS and token[:1].isupper() and token[1:].islower() \
        and tokens[j - 1][:1].islower()


def _run_on_praise(tokens: list[str], j: int) -> bool:
    """"lift heavy boxes Good knowledge of ...": a capitalised word of praise or of knowing after a
    lower-case word opens the next line, run on where the line break was lost."""
    token = tokens[j]
    return token[:1].isupper() and token[1:].islower() and tokens[j - 1][:1].islower() \
        and token.lower() in _PRAISE | KNOWLEDGE


# Words of praise that open a line ("Key", "Advanced" as often open a name: "Key Performance Indicators").
_PRAISE = frozenset("good excellent strong proven outstanding exceptional superb demonstrable".split())


def _second_item(tokens: list[str], j: int) -> bool:
    """After the object of a duty, "and" that starts an item of its own: a second duty's verb
    ("achieving targets | and look at the market"), or a noun phrase of two or more words after
    a plural ("writing reports | and project plans"), where "and" joining two nouns that share
    what follows stays inside ("servicing and maintenance issues", "data and reports"). Nothing
    after the "and" (a line cut off: "writing reports and") starts no item."""
    if j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if after.islower() and after in ACTION_VERBS and j + 2 < len(tokens) and is_word(tokens[j + 2]):
        return True
    before = tokens[j - 1]
    plural = before.islower() and before.endswith("s") and not before.endswith("ss") and len(before) > 3
    run = 0
    for token in tokens[j + 1:]:
        if not is_word(token) or token.lower() in STOPS | PRONOUNS | COORDINATORS:
            break
        run += 1
    return plural and run >= 2


def _takes_an_object(tokens: list[str], k: int) -> bool:
    """A word after a preposition that opens its object, not another verb ("to ensure")."""
    if k >= len(tokens) or not is_word(tokens[k]):
        return False
    low = tokens[k].lower()
    return low not in STOPS | PRONOUNS | ACTION_VERBS and not _gerund_at(tokens, k) and low not in TO_CUES


def _before_skills(tokens: list[str], k: int) -> list[tuple[int, int]]:
    """"Good communication and negotiation skills": the named skills before "skills" at k."""
    i = k
    while i > 0 and is_word(tokens[i - 1]) and tokens[i - 1].lower() not in QUALIFIERS \
            and tokens[i - 1].lower() not in STOPS and k - i < 5:
        i -= 1
    parts, start = [], i
    for j in range(i, k + 1):
        if j == k or tokens[j].lower() in ("and", "&"):
            before = tokens[start:j]
            joined_adjective = j < k and len(before) == 1 and before[0].lower().endswith(_ADJECTIVE_ENDINGS)
            if before and not joined_adjective:
                parts.append((start, j))
                start = j + 1
            elif not before:
                start = j + 1
    return parts


def requirement_phrases(text: str) -> list[Phrase]:
    found = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    tokens = [t for _, _, t in found]
    spans: list[tuple[int, int, bool]] = []
    taken: set[int] = set()

    def add(i: int, j: int, gerund: bool) -> None:
        if j > i and not taken & set(range(i, j)):
            spans.append((i, j, gerund))
            taken.update(range(i, j))

    for i, token in enumerate(tokens):
        low = token.lower()
        alone = working_alone(tokens, i, TO_CUES)
        if alone:
            add(i + 1, i + alone, False)  # the readiness ends with "alone": what follows is where
        elif low == "to" and i > 0 and tokens[i - 1].lower() in TO_CUES and i + 1 < len(tokens):
            verb = tokens[i + 1]
            if is_word(verb) and verb.isalpha() and verb.lower() not in STOPS | DETERMINERS:
                add(i + 1, _extent(tokens, i + 1), False)
        elif low in _OF_SKILLS and i > 0:
            for a, b in _before_skills(tokens, i):
                add(a, b, False)
        elif low in KNOWLEDGE and i + 2 < len(tokens) and tokens[i + 1].lower() in _KNOWLEDGE_PREPS:
            head = i + 2
            while head < len(tokens) and (tokens[head].lower() in DETERMINERS or tokens[head].lower().endswith("ly")):
                head += 1
            if head < len(tokens) and is_word(tokens[head]) and not _gerund_at(tokens, head) \
                    and tokens[head].lower() not in STOPS | _NOT_GERUNDS:
                add(head, _extent(tokens, head), False)
    for i in range(len(tokens)):
        if tokens[i].lower() in ("apply", "applying") and (
                i + 1 == len(tokens) or not is_word(tokens[i + 1]) or tokens[i + 1].lower() in _APPLYING_FOR):
            continue  # how to apply for the post, no duty
        if i not in taken and _instruction(tokens, i) and _extent(tokens, i) > i + 1:
            add(i, _extent(tokens, i), False)  # a verb with its object, never alone
        elif _gerund_at(tokens, i) and (_opens(tokens, i) or _manner(tokens, i - 1)) and i not in taken:
            after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if after in _OF_SKILLS or after in KNOWLEDGE:
                continue  # "influencing skills", "nursing experience": named by the other rules
            end = _extent(tokens, i)
            if end == i + 1 and end < len(tokens) and tokens[end].lower() in PRONOUNS | _CUT_BY:
                continue  # cut short by the word after it: "working within", "putting them in control"
            if _manner(tokens, i - 1):
                add(i - 1, end, False)  # the adverb says how the duty is done: "accurately recording"
            else:
                add(i, end, True)
    out = []
    for i, j, gerund in sorted(spans):
        i = i if gerund else _shared_verbs(tokens, i, j, taken)
        out.append(Phrase(found[i][0], found[j - 1][1], tuple(tokens[i:j]), gerund))
    return out


def _shared_verbs(tokens: list[str], i: int, j: int, taken: set[int]) -> int:
    """Where a duty begins whose verb at i shares its object with the lone verbs joined before
    it ("You'll service and repair forklifts", "test, inspect and certify installations"): the
    first of them, where the run opens a clause (after "you will", "to" or a line's start) in
    lower case; verbs with no object after them ("recruit, mentor and manage.") stay apart."""
    if all(tokens[k].lower() in COORDINATORS for k in range(i + 1, j, 2)) and (j - i) % 2:
        return i  # nothing but lone words joined: no object to share
    k = i
    while k >= 2 and tokens[k - 1].lower() in COORDINATORS and k - 2 not in taken and tokens[k - 2].isalpha() \
            and tokens[k - 2].lower() not in STOPS | DETERMINERS | PRONOUNS | COORDINATORS \
            and (tokens[k - 2].islower() or k - 2 == 0 or tokens[k - 3] in _BULLETS):
        k -= 2
    if 0 < k < i and (tokens[k - 1].lower(), tokens[k].lower()) in PHRASAL_VERBS:
        k -= 1  # a verb of two words: "Set up and operate CNC mills"
    opens = k == 0 or tokens[k - 1] in _BOUNDARY or tokens[k - 1].lower() in _VERB_OPENERS
    return k if k < i and opens and tokens[i].lower() in ACTION_VERBS else i


def base_forms(phrase: Phrase) -> list[str]:
    """Spellings to look the phrase up by: the gerund as a base verb ("administering
    medications" -> "administer medications"), without determiners, singular or plural."""
    words = [w for w in phrase.words if w.lower() not in DETERMINERS]
    if not words:
        return []
    heads = [words[0]]
    if phrase.gerund:
        stem = words[0][:-3]
        heads = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    out: list[str] = []
    for head in heads:
        rest = words[1:]
        forms = [rest]
        if rest and rest[-1].lower().endswith("s") and len(rest[-1]) > 3:
            forms.append([*rest[:-1], rest[-1][:-1]])
        elif rest:
            forms.append([*rest[:-1], rest[-1] + "s"])
        out.extend(" ".join([head, *f]) for f in forms)
    return out


COORDINATORS = frozenset({"and", "or", "&", ","})
