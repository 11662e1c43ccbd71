"""The parts of a job ad that say what the work needs. An ad also tells what it pays, what it
offers, who the employer is and how to apply; words there ("dollars and cents", "pension
scheme", "free parking") name no skill the job asks for, yet read as skills when they match a
product of the taxonomy or a phrase of the requirement grammar. So skill extraction reads an
ad without those sections and without the lines that state pay."""
from __future__ import annotations

import re

# Headings of the parts that describe the offer, the employer or the process, never the work.
_OFFER_HEADINGS = re.compile(
    r"^(?:salary|pay|pay rate|rate of pay|hourly rate|wages?|compensation|remuneration|"
    r"package|salary (?:and|&) benefits|compensation (?:and|&) benefits|benefits|perks|"
    r"what we offer|what you(?:'|’)ll get|what you get|we offer|our offer|rewards?|"
    r"about us|about the company|about the employer|who we are|our company|company|"
    r"how to apply|to apply|apply|application process|equal opportunit(?:y|ies)|"
    r"closing date|start date|job type|contract(?: type)?|hours|working hours|"
    r"location|work location|reference|ref)$", re.I)
# Any heading: a short line ending in a colon, or a short line alone in capitals.
_HEADING = re.compile(r"^\s*([A-Za-z][A-Za-z &/’'-]{1,40}?)\s*:\s*(.*)$")
_CAPITALS_HEADING = re.compile(r"^\s*([A-Z][A-Z &/’'-]{2,40})\s*$")
# A line that states pay: an amount of money beside a word of pay or a period.
_MONEY = re.compile(r"(?:[$£€¥₹]\s?\d|\d[\d,.]*\s?(?:k\b|usd|gbp|eur|dollars|pounds|euros))", re.I)
_PAY_WORDS = re.compile(
    r"\b(?:salary|pay|paid|wages?|rate|per (?:hour|hr|day|week|month|annum|year)|an hour|a year|"
    r"hourly|monthly|annually|annum|p\.?a\.?|p/?h|ote|doe|bonus|compensation|remuneration|tronc|"
    r"tips|cents)\b|/\s?(?:hr|hour|h|yr|year|month|mo|week|wk|day)\b", re.I)


def work_text(description: str) -> str:
    """The description without its offer, employer and application sections and without the
    lines that state pay, line breaks kept so that what is left reads as before."""
    kept: list[str] = []
    # A section without a heading of its own may follow the offer after a blank line.
    skipping, skipped_any = False, False
    for line in description.split("\n"):
        heading, rest = _heading(line)
        if heading is not None:
            offer = bool(_OFFER_HEADINGS.match(heading))
            # "Salary: £30k" is the whole section; "Benefits:" alone heads the lines below.
            skipping, skipped_any = offer and not rest.strip(), False
            kept.append("" if offer or _states_pay(rest) else line)
            continue
        if skipping and not line.strip() and skipped_any:
            skipping = False
        if skipping:
            skipped_any = skipped_any or bool(line.strip())
            kept.append("")
            continue
        kept.append("" if _states_pay(line) else line)
    return "\n".join(kept)


def _heading(line: str) -> tuple[str | None, str]:
    """(the heading's words, what follows it on the line) or (None, line)."""
    m = _HEADING.match(line)
    if m and len(m.group(1).split()) <= 5:
        return m.group(1).strip().lower(), m.group(2)
    m = _CAPITALS_HEADING.match(line)
    if m and len(m.group(1).split()) <= 5:
        return m.group(1).strip().lower(), ""
    return None, line


def _states_pay(line: str) -> bool:
    return bool(_MONEY.search(line) and _PAY_WORDS.search(line))


# A sentence that says what the employer gives: "We offer: private medical care, ...", "We also
# offer a flexible package ...". "We offer"/"We provide" opens as often what the employer does
# ("We provide flexible home care including ...") or the work itself ("We offer HGV Class 1
# driving work"), so only a clause whose object is the package is the offer, and only up to
# where the post's needs begin ("..., so triage skills are key", "... drivers with ADR").
_WE_OFFER = re.compile(r"^\W*we\s+(?:also\s+|can\s+)?(?:offer|provide)\b\s*(:)?", re.I)
_NEEDS_BEGIN = re.compile(
    r"[;.!?]|\b(?:and|but|so)\s+(?:you|we|candidates?|applicants?)\b|,\s*so\b"
    r"|\byou(?:'ll|’ll|\s+will|\s+must|\s+need|\s+should)\b"
    r"|\b(?:must|need|needs|needed|require|requires|required|essential)\b", re.I)
# "with" after the post's people: "competitive rates for HGV Class 1 drivers | with ADR".
_POST_WITH = re.compile(r"\b(?:\w+(?:ers|ors|ists|ians|ants|ives)|staff|people|candidates?|applicants?|"
                        r"individuals?|anyone|those)\s+(with)\b", re.I)
# Who the offer is to, before its object: "We offer our staff a pension".
_RECIPIENT = re.compile(r"\s*(?:you|(?:all\s+|our\s+)?(?:staff|employees|team|colleagues))\b", re.I)
_PACKAGE = re.compile(
    r"\b(?:pension|holidays?|annual\s+leave|leave|discounts?|bonus(?:es)?|salary|pay|paid|rates?\s+of\s+pay|package|"
    r"benefits?|perks?|parking|private\s+(?:medical|health|dental)|insurance|scheme|gym|meals?|breaks?|transport|"
    r"accommodation|housing|uniforms?|allowances?|overtime|flexible\s+(?:working|hours|shifts)|flexibility|progression|"
    r"career|wellbeing|cycle|bike|company\s+(?:car|van)|vehicle|fuel\s+card|childcare|vouchers?|shares|equity|"
    r"sick\s+pay|maternity|paternity|remuneration|rewards?|plan|matching)\b", re.I)
# How many words of the object may come before the package's word: "a group benefits plan".
_OBJECT_WORDS = 4


def offer_clause_end(sentence: str) -> int:
    """Where the part of the sentence that tells what the post offers ends (0: none; the whole
    sentence under an offer's heading on its own line, or a list "We offer: ..."): "We offer a
    company pension and you will need a CSCS card" offers up to "and you"."""
    heading, _ = _heading(sentence)
    if heading is not None and _OFFER_HEADINGS.match(heading) or _TO_THE_READER.match(sentence):
        return len(sentence)
    m = _WE_OFFER.match(sentence)
    if m is None:
        return _given_end(sentence)
    needs, post = _NEEDS_BEGIN.search(sentence, m.end()), _POST_WITH.search(sentence, m.end())
    end = min(needs.start() if needs else len(sentence), post.start(1) if post else len(sentence))
    if m.group(1):
        return end
    to = _RECIPIENT.match(sentence, m.end(), end)
    at = to.end() if to else m.end()
    words = list(re.finditer(r"\S+", sentence[at:end]))[:_OBJECT_WORDS]
    window = sentence[at:at + words[-1].end()] if words else ""
    return end if _PACKAGE.search(window) else 0


# A sentence to the reader about following the employer or reaching the application ("Keep in
# touch with us on Facebook", "Follow us on LinkedIn"): its products are where to look, no skill.
_TO_THE_READER = re.compile(r"^\W*(?:keep\s+in\s+touch|stay\s+in\s+touch|follow\s+us|find\s+us|like\s+us|"
                            r"connect\s+with\s+us|join\s+us\s+on|scan\s+the\s+(?:qr\s+)?code|click\s+(?:here|the\s+link))\b",
                            re.I)


# A sentence that names what is given and says it is given: "Housing and transport between
# sites provided.", "Van and tools supplied", "Full uniform is provided on day one".
_GIVEN = re.compile(r"^\W*(?P<object>[^.;:!?]{1,60}?)\s+(?:is\s+|are\s+|will\s+be\s+|can\s+be\s+)?"
                    r"(?:provided|supplied|included|covered|funded|reimbursed|given)\b", re.I)
# What an employer hands over besides its package's words: "van and tools", "paid training".
_KIT = re.compile(r"\b(?:vans?|tools?|training|uniforms?|ppe|equipment|visas?|food|laptop|phone|flights?|"
                  r"tickets?|lunch)\b", re.I)

# A verb or "but" before the given thing: the sentence opens with another clause ("Experience
# with RxWorks is ideal, but training is provided" asks for RxWorks).
_ANOTHER_CLAUSE = re.compile(r"\b(?:is|are|was|were|be|but|ideal|ideally|helps?|useful)\b", re.I)


# "Free parking on site.", "Free visa, accommodation and food allowance": what is given free.
# "Free of convictions", "free from drugs" is what the candidate must be, no gift.
_FREE = re.compile(r"^\W*free\s+(?!of\b|from\b)(?=\w)", re.I)
# Where the thing given is followed by whom it serves or how it is used, the sentence turns to
# the work ("Tablets supplied to couriers running the Onfleet app", "Meals provided in line
# with the FSA's allergen rules"): the offer ends there and what follows is read for skills.
_WHO_OR_HOW = re.compile(
    r"\b(?:to|for)\s+(?:(?:the|our|all|new|any|every|each)\s+)?(?:\w+(?:ers|ors|ists|ians|ants|ents|ives)|staff|"
    r"people|candidates?|applicants?|individuals?|anyone|those|everyone|guests?|users?|you)\b"
    r"|\b(?:using|holding|who|whom|which|that|with)\b|\bin\s+(?:line|accordance)\s+with\b", re.I)


# A clause of a sentence, between commas or semicolons: "No experience needed, training given".
_CLAUSE_PIECE = re.compile(r"[^,;]+")


def given_clauses(sentence: str) -> list[tuple[int, int]]:
    """Where a clause after the sentence's first says only what the employer gives ("No
    experience needed, training given", "Flexible hours, uniform provided."): the thing given
    and its participle, no other clause in it (as _given_end reads a sentence that opens so)."""
    out = []
    for piece in list(_CLAUSE_PIECE.finditer(sentence))[1:]:
        text = piece.group().rstrip(" .!?")
        m = _GIVEN.match(text)
        if m is not None and m.end() == len(text) and not _NEEDS_BEGIN.search(m.group("object")) \
                and not _ANOTHER_CLAUSE.search(m.group("object")) \
                and (_PACKAGE.search(m.group("object")) or _KIT.search(m.group("object"))):
            out.append((piece.start(), piece.start() + len(text)))
    return out


def _given_end(sentence: str) -> int:
    free = _FREE.match(sentence)
    if free:
        needs, turn = _NEEDS_BEGIN.search(sentence), _WHO_OR_HOW.search(sentence, free.end())
        return min(needs.start() if needs else len(sentence), turn.start() if turn else len(sentence))
    m = _GIVEN.match(sentence)
    if m is None or _NEEDS_BEGIN.search(m.group("object")) or _ANOTHER_CLAUSE.search(m.group("object")) or not (
            _PACKAGE.search(m.group("object")) or _KIT.search(m.group("object"))):
        return 0
    needs, post = _NEEDS_BEGIN.search(sentence, m.end()), _POST_WITH.search(sentence, m.end())
    comma, turn = sentence.find(",", m.end()), _WHO_OR_HOW.search(sentence, m.end())
    return min(needs.start() if needs else len(sentence), post.start(1) if post else len(sentence),
               turn.start() if turn else len(sentence), comma if comma >= 0 else len(sentence))
