"""One form for the inflections of a word, so that a requirement is found in a résumé however
the two inflect it: "design schemes of work" in "Designed schemes of work", "statutory audits"
in "statutory audit", "taking deliveries" in "take deliveries".

English's regular endings only (-s, -es, -ies, -ed, -ing, a final -e, a consonant doubled before
an ending), and the -er of the one who does it ("mathematics teacher" states "mathematics
teaching", "forklift driver" "forklift driving"): both sides are cut alike, so a word of another language cut too ("pastéis") is still
compared with its own spelling. Words of three letters or fewer are kept whole ("of", "pot")."""
from __future__ import annotations

# (ending, what replaces it), longest first; the stem left must keep three letters.
_ENDINGS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
_MIN_STEM = 3
_NOT_DOUBLED = frozenset("aeiouls")  # "spell", "class", "fee": a doubled letter of the word itself


def word_stem(word: str) -> str:
    """The word less its regular English inflection, lower case as given."""
    if len(word) <= _MIN_STEM or not word.isalpha():
        return word
    stem = word
    if not word.endswith("ss"):  # "class", "access": no plural
        for ending, replacement in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
                stem = word[: -len(ending)] + replacement
                break
    if stem.endswith("er") and not stem.endswith("eer") and len(stem) - 2 >= _MIN_STEM:
        stem = stem[:-2]  # "teacher" -> "teach", "baker" -> "bak" (as "bake"); not "engineer"
    if stem.endswith("e") and len(stem) > _MIN_STEM:
        stem = stem[:-1]  # "designed"/"design", "managed"/"manage"/"manag": one form
    if len(stem) > _MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in _NOT_DOUBLED:
        stem = stem[:-1]  # "planning" -> "plan"
    return stem


def stem_text(text: str) -> str:
    """`text`'s words (one space apart, as mention_text writes them) each as its stem, the spaces
    where they were: the n-th word of the result is the n-th of `text`."""
    return " ".join(word_stem(w) for w in text.split(" "))
