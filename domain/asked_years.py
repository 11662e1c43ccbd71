"""The years of experience a job ad asks for in its own words ("3+ years of experience",
"minimum two years' experience", "2-4 years in a similar role", "mindestens 3 Jahre
Berufserfahrung", "5 ans d'expérience"), as the band of years that fits: an open-ended ask
("at least 3") fits from 3 to OPEN_ENDED_SPAN more, a range fits as written. Only a number of
years tied to experience counts: "a company with 50 years of history" asks for nothing."""
from __future__ import annotations

import re
from functools import lru_cache

OPEN_ENDED_SPAN = 10.0
MAX_ASKED = 30.0

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20,
    "ein": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "zehn": 10,
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10,
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "diez": 10,
}
_NUMBER = r"(?<![\d.,])(\d{1,2}(?:[.,]5)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?![\d])"
_YEARS = r"(?:years?|yrs?|jahre?n?|ans?|años?|anni|jaar)"
# What may stand between the years and the word for experience: "'", "of", "relevant", "in a
# similar role", "post-qualification", a few words at most.
# A licence's class or category may stand there too, its number or letters with it ("2 years
# Class 1 experience", "3 years Cat C+E experience"): the only numbers allowed between.
_A_CLASS = r"(?:class|cat|category|level|band|grade|tier|type)\s+[\w+]{1,4}\s+"
_BETWEEN = r"(?:['’]?s?\s+|\s*[-–]\s*)(?:" + _A_CLASS + r"|(?!\d|(?:years?|yrs?|or|old|older|age|and|no|not|without|gain|gaining|you|need|needed)\b)[\w'’-]+\s+){0,5}?"
_EXPERIENCE = r"(?:d['’])?(?:experience|experienced|exp\b|(?:berufs)?erfahrung|expérience|experiencia|esperienza|ervaring|" \
              r"post[- ]qualification|pqe|in (?:a |the )?(?:similar|comparable|relevant) (?:role|position))"
_ASK = re.compile(
    r"(?P<lead>minimum(?: of)?|min\.?|at least|no less than|mindestens|au moins|al menos|almeno)?\s*"
    + _NUMBER + r"(?:\s*(?:\+|plus|or more|\(\s*\+\s*\)))?"
    + r"(?:\s*(?:-|–|to|bis|à|a)\s*" + _NUMBER + r")?\s*\+?\s*" + _YEARS + r"\+?"
    + _BETWEEN + _EXPERIENCE,
    re.IGNORECASE)
# "Experience: 3+ years", "Berufserfahrung: mindestens 2 Jahre": the years after the word.
_ASK_AFTER = re.compile(
    r"\b(?:experience|berufserfahrung|erfahrung|expérience|experiencia)\s*(?::|-|–|of|von|de)?\s*"
    r"(?P<lead>minimum(?: of)?|min\.?|at least|mindestens|au moins|al menos)?\s*"
    + _NUMBER + r"(?:\s*\+)?(?:\s*(?:-|–|to|bis|à|a)\s*" + _NUMBER + r")?\s*\+?\s*" + _YEARS + r"\b",
    re.IGNORECASE)
# Before the years, words that say the employer has them ("we have 20 years' experience",
# "our company, with 50 years of experience"), not that it asks for them.
_THE_EMPLOYERS = re.compile(r"\b(?:we|we've|our|us|company|business|firm|established|trading|founded|"
                            r"wir|unser\w*|nous|notre|nuestr\w*)\b", re.IGNORECASE)
# Before the number, words that make it an age ("aged 16-24 years") or one of several
# ("whether you have 2 years or 20 years"), or what the job gives ("you will gain 2 years").
_NOT_AN_ASK_BEFORE = re.compile(r"\b(?:aged?|ages|between|whether|or|gain|gaining|build|offer|offers)\s*$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?\n;][^.!?\n;]*$")


# Asked on every JobProfile built from a job (each pass, each explanation read) of the same few
# thousand descriptions; the answer is a pure function of the text.
@lru_cache(maxsize=4096)
def years_asked(text: str) -> tuple[float, float] | None:
    """(fewest, most) years that fit the ad's largest ask for experience, None when it states
    none. The largest: "5+ years of nursing experience, 1 year in ICU" asks for five overall."""
    best: tuple[float, float] | None = None
    for m in [*_ASK.finditer(text), *_ASK_AFTER.finditer(text)]:
        if _the_employers(text, m.start()) or _NOT_AN_ASK_BEFORE.search(text, 0, m.start(2)):
            continue
        low = _value(m.group(2))
        high = _value(m.group(3)) if m.group(3) else None
        if low is None or low > MAX_ASKED or (high is not None and (high < low or high > MAX_ASKED)):
            continue
        band = (low, high if high is not None else low + OPEN_ENDED_SPAN)
        if best is None or band[0] > best[0]:
            best = band
    return best


def _the_employers(text: str, start: int) -> bool:
    before = text[max(0, start - 60):start]
    cut = _SENTENCE_START.search(before)
    return _THE_EMPLOYERS.search(before[cut.start() + 1:] if cut else before) is not None


def _value(written: str) -> float | None:
    low = written.lower()
    if low in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[low])
    try:
        return float(low.replace(",", "."))
    except ValueError:
        return None
