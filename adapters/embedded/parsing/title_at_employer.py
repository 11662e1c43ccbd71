"""A job title, the word for "at", then its employer ("Leiter Technik bei Müller GmbH",
"Diploma Coordinator at Springfield College", "Técnico superior en Telefónica", "Serveuse chez
Brasserie Georges"): work, whatever degree-like word the title holds ("Technik", "Diploma").
A course at its school ("Diploma in Nursing at Leeds University") names no occupation before
the word, and an apprenticeship or a course "at" a firm ("Ausbildung zum Koch bei Hotel
Adlon") is schooling as its first word says."""
from __future__ import annotations

import re

from adapters.embedded.parsing.job_titles import COMPANY_WORDS, ONLY_BEFORE_A_PLACE_OF_WORK, title_score

# "at" in English, Spanish, French, Italian, German and Portuguese ("@" as people type it)
_AT = re.compile(r"\s+(?:at|@|bei|chez|en|presso|na|no|em)\s+(?=[^\W\d_])", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[^\W\d_a-zß-ÿ][\w'’.-]*")
# The first word of training that a firm gives ("Ausbildung zum Koch bei ...", "Apprenticeship at ...")
_TRAINING_FIRST = re.compile(r"^(?:ausbildung|umschulung|lehre|studium|apprenticeship|course|formation|curso|corso)\b",
                             re.IGNORECASE)


def a_title_at_an_employer(text: str) -> bool:
    """Whether the text is "Title at Employer": an occupation before the last word for "at",
    a capitalised name after it (of two words or an employer's word after a word that also
    joins a subject to its title: "Técnico en Enfermería")."""
    text = text.strip()
    if _TRAINING_FIRST.match(text):
        return False
    for m in reversed(list(_AT.finditer(text))):
        title, employer = text[:m.start()].strip(" ,-"), text[m.end():].strip(" ,-")
        if title_score(title) <= 0 or not employer[:1].isupper() or title_score(employer) > 0:
            continue
        word = m.group(0).strip().lower()
        if word in ("at", "@", *ONLY_BEFORE_A_PLACE_OF_WORK) or len(_CAPITALISED.findall(employer)) >= 2 \
                or COMPANY_WORDS.search(employer):
            return True
    return False
