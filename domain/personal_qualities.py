"""Personal qualities a job ad asks for ("a proactive, flexible attitude", "you are
personable and resilient"): a trait is a soft skill of its own, one word a span. They name
no taxonomy skill, so they are read as spans only and never become a job's listed skills."""
from __future__ import annotations

import re

# Adjectives that describe how a person works. Words that as often describe the post or the
# employer ("professional services", "a dedicated team", "responsible for") are left out.
TRAITS = frozenset("""
proactive flexible confident personable passionate enthusiastic adaptable resilient reliable
dynamic innovative creative ambitious talented hardworking hard-working determined friendly
approachable independent articulate diligent meticulous punctual energetic positive outgoing
assertive tenacious conscientious methodical analytical numerate literate versatile
collaborative self-motivated selfmotivated self-disciplined selfdisciplined self-starting
trustworthy empathetic resourceful organised organized motivated disciplined bilingual
multilingual tactful discreet unflappable dependable compassionate courteous considerate sociable
cheerful honest observant polite
""".split())
# Nouns for the basic abilities a post asks for by name ("Numeracy", "Good literacy").
QUALITY_NOUNS = frozenset("numeracy literacy teamwork resilience integrity punctuality professionalism "
                          "diplomacy discretion".split())
# "safety-minded", "deadline-driven", "detail-oriented", "safety-conscious": a quality written as a compound.
# Written with a space ("Customer focused") only where no noun follows ("a results driven team").
_COMPOUND = re.compile(r"\b[A-Za-z]{3,}(?:-|\s+(?=\w+\s*(?:[^\w\s]|$|\band\b|\bor\b)))"
                       r"(?:minded|driven|focused|focussed|oriented|orientated|conscious)\b", re.IGNORECASE)
# "Our client is a friendly independent bakery", "We are an ambitious firm": the words describe
# the employer, up to the end of the clause or the words that turn to the post ("and require
# a friendly receptionist", "and you must be punctual", ", seeking an organised ..."). Commas
# right after "a" list the employer's own adjectives ("a small, friendly team").
_TURN_TO_THE_POST = (r"[.;:!?,]|\b(?:and|but|so)\s+(?:we|they|is|are|has|have|will|can|offers?|wants?|looks?"
                     r"|looking|values?|provides?|prides?)\b|\b(?:who|that|which|seek\w*|looking|recruit\w*|hiring"
                     r"|requires?|required|requiring|needs?|needing|must|you|your)\b|$")
_THE_EMPLOYER = re.compile(
    r"\b(?:(?:our|the)\s+(?:client|company|business|firm|practice|organi[sz]ation|employer|group)|we)"
    r"\s+(?:is|are|'re|’re)\s+(?:a|an)\s+(?:[\w-]+,\s+)*[^.;:!?]*?(?=" + _TURN_TO_THE_POST + ")", re.IGNORECASE)
# "Calm under pressure", "cool under pressure": a composure asked for, its words one span.
_UNDER_PRESSURE = re.compile(r"\b(?:calm|cool|composed|level-headed|unflappable|steady|unfazed)"
                             r"\s+under\s+pressure\b", re.IGNORECASE)

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
# "a team player", "an excellent communicator", "a self-starter": the person named by the quality.
_PERSON_OF_A_QUALITY = re.compile(r"\b(?:team\s+player|self[\s-]?starter|communicator|multi-?tasker)s?\b",
                                  re.IGNORECASE)
# "physically fit"; and words that are qualities only where they stand alone as one, after a
# clause's start, a comma, "and", "or" or "be", and before no noun ("patient and kind", not
# "patient care"; "Warm, calm", not "warm clothing"; "be professional", not "an IT professional").
_PHYSICALLY_FIT = re.compile(r"\bphysically\s+fit\b", re.IGNORECASE)
_ALONE_AS_A_QUALITY = re.compile(r"(?:(?<=^)|(?<=[^\w\s]\s)|(?<=[^\w\s])|(?<=\band\s)|(?<=\bor\s)|(?<=\bbe\s)"
                                 r"|(?<=\bare\s))(?:patient|warm|alert|calm|professional)"
                                 r"(?=\s*(?:[^\w\s]|$|\band\b|\bor\b))", re.IGNORECASE)
# "self motivated", "Self Disciplined": the quality's first word written apart is part of it.
_SELF = re.compile(r"\bself\s+(?:motivated|disciplined|starting|directed|reliant|sufficient|assured|managing)\b",
                   re.IGNORECASE)


def trait_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a personal quality, as (start, end) offsets."""
    employer = [(m.start(), m.end()) for m in _THE_EMPLOYER.finditer(text)]
    found = [(m.start(), m.end()) for m in [*_UNDER_PRESSURE.finditer(text), *_COMPOUND.finditer(text),
                                            *_SELF.finditer(text), *_PERSON_OF_A_QUALITY.finditer(text),
                                            *_PHYSICALLY_FIT.finditer(text), *_ALONE_AS_A_QUALITY.finditer(text)]]
    found += [(m.start(), m.end()) for m in _WORD.finditer(text) if m.group().lower() in TRAITS | QUALITY_NOUNS
              and not any(a < m.end() and m.start() < b for a, b in found)]
    return sorted(s for s in found if not any(a <= s[0] and s[1] <= b for a, b in employer))
