"""The words a requirement phrase is read by, shared by where a phrase begins
(requirement_phrases) and how far it runs (phrase_extent): the cues before a duty, the words that
end one, which -ing words are duties, and the marks between clauses."""
from __future__ import annotations

from domain.action_verbs import ACTION_VERBS

# A dash or arrow standing alone is a bullet or a clause's break ("- Install boilers").
BULLETS = set("•·▪●*-–—➢►✓■◦>\n")
BOUNDARY = set(",;:.!?()[]{}|/\"“”") | BULLETS

# "<cue> to <verb>": ability to operate, able to lift, willing to learn.
TO_CUES = frozenset("ability abilities able capacity capable willing willingness need required "
                     "expected asked confidence".split())
# Words after which a gerund is the duty or requirement itself.
GERUND_OPENERS = frozenset(
    "and or include includes including involve involves involving in of with for on at by "
    "experience experienced skilled proficient responsible responsibilities responsibility "
    "duties tasks enjoy enjoys comfortable confident capable focus committed dedicated "
    "passion passionate background history record be".split())
# -ing words that are adjectives or function words, never the duty.
NOT_GERUNDS = frozenset(
    "during including according regarding following concerning excluding pending something "
    "anything nothing everything morning evening string spring ceiling outstanding exciting "
    "interesting amazing challenging rewarding demanding growing existing ongoing upcoming "
    "remaining leading thriving booming engaging inspiring motivating compelling fascinating "
    "appealing winning willing missing competing surrounding neighbouring neighboring "
    "being having doing going looking seeking starting earning offering recruiting hiring "
    "working deteriorating declining ageing aging dying recovering rotating evolving emerging "
    "expanding increasing decreasing fluctuating struggling continuing".split())
# "working with the team" is a duty; "working hours" is not.
WORKING_WITH = frozenset("with in on closely alongside within across as to under "
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
LINKING_PREPOSITIONS = frozenset("to via under into".split())
# An -ing word alone before these was cut from what it governs, and says nothing by itself.
CUT_BY = LINKING_PREPOSITIONS | frozenset("from at for within across throughout alongside towards toward".split())
# Qualifiers before "skills" that are no part of the skill's name.
QUALIFIERS = frozenset(
    "good excellent strong proven great effective solid sound outstanding exceptional superb "
    "demonstrable relevant key the your our their a an have has with possess possesses "
    "first-class very highly well advanced basic required essential necessary some any "
    "demonstrated excellent".split())
KNOWLEDGE = frozenset("experience knowledge understanding background proficiency expertise "
                       "grounding qualification qualifications".split())
DETERMINERS = frozenset("a an the all any your our their this these those its".split())
ADJECTIVE_ENDINGS = ("en", "al", "ic", "ive", "ful", "ous", "ble")

COORDINATORS = frozenset({"and", "or", "&", ","})


def is_word(token: str) -> bool:
    return token[0].isalnum()


def gerund(token: str, after: str = "") -> bool:
    low = token.lower()
    if low == "working":
        return after.lower() in WORKING_WITH
    if low == "looking":
        return after.lower() == "after"  # "looking after residents" is a duty; "looking for" is not
    return (low.endswith("ing") and len(low) >= 6 and low.isalpha()
            and low not in NOT_GERUNDS and low not in STOPS)


def gerund_at(tokens: list[str], i: int) -> bool:
    return gerund(tokens[i], tokens[i + 1] if i + 1 < len(tokens) else "")


def takes_an_object(tokens: list[str], k: int) -> bool:
    """A word after a preposition that opens its object, not another verb ("to ensure")."""
    if k >= len(tokens) or not is_word(tokens[k]):
        return False
    low = tokens[k].lower()
    return low not in STOPS | PRONOUNS | ACTION_VERBS and not gerund_at(tokens, k) and low not in TO_CUES

