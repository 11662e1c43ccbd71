"""Whether a line of an experience section is set like a job's header (a title, an employer,
dates) rather than a sentence or a list item about the work."""
from __future__ import annotations

import re

# (an en dash opens list items as often as a hyphen in European CVs: "– diagnostika závad")
BULLET = re.compile(r"^\s*[•●❖▪■◆➢►✓*·◦o–-]\s+")
# The employer labelled in the languages whose résumés write "Empresa: ... / Cargo: ..." as
# Indian ones write "Company: ... / Designation: ..." (Brazil, Spain, Latin America, France).
_EMPLOYER_WORD = r"(?:company|employer|organi[sz]ation|empresa|entreprise|soci[ée]t[ée]|organizaci[oó]n|organiza[cç][aã]o)"
# "Current employer:", "Previous position:": a form's labels of the jobs it asks for in turn
_WHICH_JOB = r"(?:(?:current|present|previous|past|last|former|most\s+recent)\s+)?"
CLEAN_LEFT = re.compile(rf"^{_WHICH_JOB}(?:{_EMPLOYER_WORD}|title|designation|role|position)\s*:\s*", re.I)
# The label says which half a line is ("Organisation : Bharat Steel Traders" over
# "Designation : Accounts Assistant"), whatever its words would suggest.
# in English, and as Europass writes them in Romanian, Italian, Spanish, Portuguese, French,
# German and Polish ("Numele și adresa angajatorului", "Datore di lavoro", "Puesto o cargo ocupados")
EMPLOYER_LABEL = re.compile(rf"^\s*(?:{_WHICH_JOB}{_EMPLOYER_WORD}(?:\s+name)?|name\s+and\s+address\s+of\s+employer|"
                            r"angajator(?:ul)?|numele\s+(?:și|şi|si)\s+adresa\s+angajatorului|"
                            r"(?:nome\s+e\s+indirizzo\s+del\s+)?datore\s+di\s+lavoro|"
                            r"(?:nombre\s+y\s+direcci[oó]n\s+del\s+)?empleador|(?:nome\s+e\s+endere[cç]o\s+do\s+)?empregador|"
                            r"(?:nom\s+et\s+adresse\s+de\s+l['’])?employeur|(?:name\s+und\s+adresse\s+des\s+)?arbeitgebers?|"
                            r"(?:nazwa\s+i\s+adres\s+)?pracodawc[ay])\s*:\s*", re.I)
TITLE_LABEL = re.compile(rf"^\s*(?:{_WHICH_JOB}(?:(?:job\s+)?title|designation|role|position)(?:\s+held)?|occupation\s+or\s+position\s+held|"
                         r"func[țţt]ia(?:\s+sau\s+postul\s+ocupat)?|postul(?:\s+ocupat)?|"
                         r"posizione(?:\s+ricoperta)?|lavoro\s+o\s+posizione\s+ricopert[ie]|"
                         r"puesto(?:\s+o\s+cargo\s+ocupados?)?|cargo(?:\s+ocupado)?|fun[cç][aã]o(?:\s+ou\s+cargo\s+ocupados?)?|"
                         r"fonction(?:\s+ou\s+poste\s+occup[ée]e?s?)?|poste(?:\s+occup[ée])?|beruf\s+oder\s+funktion|"
                         r"(?:zajmowane\s+)?stanowisko)\s*:\s*", re.I)
# A service member's rank with its pay grade before the duty title ("Staff Sergeant (E-6), Unit
# Supply Specialist", "Captain (O-3) – Company Commander"): the rank is no part of the job's
# title nor its employer, and read as a half of the header it pushed the employer out.
_RANK_FIRST = re.compile(r"^(?P<indent>\s*)[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,3}\s*\((?:E|O|W|CW|OR|OF)-?\d{1,2}\)"
                         r"\s*(?:,|\s[|/–—-])\s*(?=[A-Za-z])")


def without_a_rank(line: str) -> str:
    return _RANK_FIRST.sub(lambda m: m.group("indent"), line, count=1)


# A job's number in a numbered work history ("1. Company : Al Noor Trading", "2) Ministry of
# Health – Surveyor", "(3) Acme Ltd"): a list's marker, no part of the employer or the title. Only
# before a letter, so that dates ("10.2018 –", "1. 2018") are left alone.
_LIST_NUMBER = re.compile(r"^(?P<indent>\s*)(?:\d{1,2}[.)]|\(\d{1,2}\))\s+(?=[^\W\d_])")


def without_a_list_number(line: str) -> str:
    return _LIST_NUMBER.sub(lambda m: m.group("indent"), line, count=1)


_LOWER_CONTENT_WORD = re.compile(r"(?<![\w-])[a-z]{4,}\b")
# Legal forms written in lower case with their full stops ("Auto Kral s.r.o.", "ČSAD Liberec a.s.",
# "Kowalski Sp. z o.o.", "Ferrari s.p.a."): the end of an employer's name, no sentence's.
LOWER_LEGAL_FORM = re.compile(r"^(?:s\.r\.o|a\.s|o\.o|z|d\.o\.o|s\.r\.l|s\.p\.a|s\.a|k\.s|v\.o\.s|spol)\.?$")


def _ends_a_sentence(s: str) -> bool:
    """A full stop that is not an abbreviation's ("Acme Inc.", "Smith & Co.", "S.A.")."""
    if not s.endswith("."):
        return False
    last = s.split()[-1] if s.split() else s
    if LOWER_LEGAL_FORM.match(last):
        return False
    if len(_LOWER_CONTENT_WORD.findall(s)) >= 3:
        # "... troubleshooting of motor controls and PLCs.": a sentence about the work, whose
        # last word only looks like an employer's "Inc." or "Co."; no employer's name reads so.
        return True
    return not (last[:1].isupper() and len(last.rstrip(".")) <= 4)


def is_header_like(line: str) -> bool:
    s = line.strip()
    if CLEAN_LEFT.match(s) and len(s) <= 90:
        return True  # "Role : Site Engineer", "Company: Apollo Hospitals"
    return (0 < len(s) and _length_less_notes(s) <= 90 and not BULLET.match(line) and not _ends_a_sentence(s)
            and not s.lower().startswith(("http", "project", "client", "role", "responsib", "environment"))
            and _word_count(s) <= 12)


def _length_less_notes(s: str) -> int:
    """A header's length less its bracketed notes, as its words are counted: an employer's
    initials or a ward in brackets ("(IMSS)", "(Band 6)") lengthen a header, never make it prose."""
    return len(_BRACKETED_NOTE.sub("", s))


# (?<!\s): a run of spaces is tried from its start only (from each of its spaces it is quadratic).
_BRACKETED_NOTE = re.compile(r"(?<!\s)\s*\([^()]*\)")


def _word_count(s: str) -> int:
    """Words of a header line, less a bracketed note and lone separators: "Senior Staff Nurse
    (Band 6) - Leeds Teaching Hospitals NHS Trust, Intensive Care Unit" is a header of 11."""
    return len([w for w in re.sub(r"\([^()]*\)", " ", s).split() if re.search(r"\w", w)])
