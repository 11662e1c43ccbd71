"""A job's header lines read as its title and its employer."""
from __future__ import annotations

import re

from adapters.embedded.parsing.education_words import INSTITUTION
from adapters.embedded.parsing.header_lines import CLEAN_LEFT, EMPLOYER_LABEL, TITLE_LABEL
from adapters.embedded.parsing.job_halves import employer_in_brackets
from adapters.embedded.parsing.occupations import occupation_words, occupation_words_as_titles
from adapters.embedded.parsing.organisation_words_other_languages import ORGANISATION_WORDS_OTHER_LANGUAGES
from adapters.embedded.parsing.work_places import a_place_alone
from adapters.embedded.parsing.work_units import (
    an_employer_and_its_town,
    employer_without_its_town,
    employer_without_its_unit,
    title_without_its_unit,
    without_units,
)

TITLE_WORDS = re.compile(
    r"\b(?:engineer|developer|manager|analyst|consultant|executive|intern|lead|officer|assistant|"
    r"associate|specialist|designer|administrator|architect|director|head|coordinator|supervisor|"
    r"accountant|teacher|trainee|programmer|tester|scientist|representative|advisor|adviser|"
    r"technician|nurse|clerk|operator|president|founder|owner|volunteer|auditor|agent|editor|"
    r"writer|chef|driver|fellow|researcher|lecturer|professor|instructor|recruiter|partner|senior|"
    r"junior|principal|staff|admin|contractor|freelancer|cashier|receptionist|secretary|"
    r"attendant|helper|worker|technologist|therapist|pharmacist|physician|counsel|attorney|"
    r"controller|planner|buyer|sales|marketer|strategist|expert|member|sme|leader|cook|"
    r"mechanic|electrician|foreman|inspector|educator|tutor|mentor|apprentice|steward|guard|crew|"
    # titles ESCO's heads lack: a police rank, a law firm's clerk, a kitchen's junior, a stage's player
    r"constable|paralegal|commis|actress|conscript)s?\b",
    re.I)
COMPANY_WORDS = re.compile(
    r"\b(?:ltd|limited|inc|llc|llp|pvt|private|corp|corporation|co|company|technologies|technology|"
    r"solutions|services|systems|bank|group|gmbh|labs|consulting|consultancy|software|infotech|"
    r"industries|enterprises|international|global|hospitals?|clinics?|agency|associates|partners|"
    r"foundation|university|college|school|academy|institute|studios|networks|motors|pharma|"
    r"pharmaceuticals|foods|retail|media|communications|telecom|"
    rf"{ORGANISATION_WORDS_OTHER_LANGUAGES}|"
    # Turkey's legal forms ("Ekol Lojistik A.Ş.", "Yıldız Gıda San. ve Tic. Ltd. Şti.")
    r"a\.\s?ş|şti|"
    # other countries' legal forms, in capitals as written ("Auto Kral s.r.o.", "Bosch AG", "Maxis Bhd")
    r"(?-i:AG|SA|SAS|SARL|SpA|Srl|BV|NV|Oy|Oyj|Kft|Pty|Bhd|Sdn|WLL|PLC|Ltda|LLC|JSC))\b\.?|"
    # and with their letters' full stops ("ČSAD Liberec a.s.", "Jansen B.V.", "Al Jaber W.L.L.", "Sp. z o.o.")
    r"(?<!\w)(?:s\.\s?r\.\s?o|a\.\s?s|s\.\s?a(?:\.\s?s)?|b\.\s?v|n\.\s?v|w\.\s?l\.\s?l|sp\.\s?z\s?o\.\s?o|d\.\s?o\.\s?o|"
    r"s\.\s?p\.\s?a|s\.\s?r\.\s?l|s\.\s?a\.\s?b|k\.\s?k)\.(?!\w)", re.I)
# (The separators' blanks are tried from the start of a run only: tried from each of its spaces, a
# long run of spaces, a PDF's columns flattened, cost the square of its length.)
SPLIT_AT = re.compile(r"(?<!\s)\s+(?:at|@)\s+", re.I)
_SPLIT_SEP = re.compile(r"(?<!\s)\s+[|–—-]\s+|(?:(?<!\s)\s+)?,\s+|(?:(?<!\s)\s+)?\|\s*")
DASH_SEP = re.compile(r"(?<!\s)\s+[|–—-]\s+")
_SPACED_SLASH = re.compile(r"(?<!\s)\s+/\s+")
_A_FACULTY = re.compile(r"^(?:(?:the\s+)?(?:department|dept\.?|faculty|division|institute)\s+of|school\s+of\s+(?!nursing\b)"
                        r"|(?:[\w&'-]+\s+){1,3}department$)", re.IGNORECASE)
_INITIALS = re.compile(r"[A-Z][A-Z&.]{1,7}")
_TRAILING_DASH = re.compile(r"(?:(?<!\s)\s+)?[-–—|,]\s*$")
# A town and its region or country alone on a line ("Cardiff, UK", "Pune, Maharashtra").
_PLACE = re.compile(r"^[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2},\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}$")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
_DASH_OR_BAR = re.compile(r"(?<!\s)\s+[-–—|]\s+")
# "Heavy Vehicle Driver in Gati Ltd.", "Staff Nurse with Apollo Hospitals": a title, then its employer
_SPLIT_IN = re.compile(r"(?<!\s)\s+(?:in|with|for)\s+(?=[A-Z])")


def _company_from(line: str) -> str:
    """'Infosys Limited -  Chennai, Tamil Nadu -' -> 'Infosys Limited'."""
    line = CLEAN_LEFT.sub("", line.strip())
    line = _TRAILING_DASH.sub("", line)
    return employer_without_its_town(_DASH_OR_BAR.split(line)[0].strip(" ,-"))


def a_place(text: str) -> bool:
    """"Phoenix, AZ", "Portland, OR": a town and its region, naming no job; the gazetteer must
    know them ("Hope Hospital, Salford" is an employer and its town)."""
    return bool(_PLACE.match(text.strip())) and title_score(text) <= 0 and a_place_alone(text.strip(), names_work)


def names_work(text: str) -> bool:
    """Words that name a job or an organisation, which no town's name is."""
    return bool(TITLE_WORDS.search(text) or COMPANY_WORDS.search(text) or occupation_words(text))


def title_score(text: str) -> int:
    listed = {w.lower().removesuffix("s") for w in TITLE_WORDS.findall(text)}
    titles = listed | occupation_words_as_titles(text)
    firm = _firm_of_a_profession(text)
    if firm in titles:
        titles.discard(firm)
        return 2 * len(titles) - len(COMPANY_WORDS.findall(text)) - 1
    return 2 * len(titles) - len(COMPANY_WORDS.findall(text))


_LAST_WORD = re.compile(r"([^\W\d_]+)s\W*$")


def _firm_of_a_profession(text: str) -> str | None:
    """The profession a name ends in the plural of ("Boots Opticians", "Hale & Co Chartered
    Accountants", "Riverside Vets"): a practice of them, the employer; a title names one person."""
    words = text.split()
    end = _LAST_WORD.search(text)
    if len(words) < 2 or end is None or not words[-2][:1].isupper() or end.group(1).endswith("s"):
        return None
    singular = end.group(1).lower()
    return singular if TITLE_WORDS.fullmatch(singular) or occupation_words(singular) else None


# Separators written inside brackets part a note ("(ICU, Nights)", "(Class 1 - ADR)"), never
# the title from the employer: hidden while the header is split, restored after.
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SEPARATORS = ",-–—|/@"
_HIDDEN = "".join(chr(0xE000 + k) for k in range(len(_SEPARATORS)))
_HIDE = str.maketrans(_SEPARATORS, _HIDDEN)
_SHOW = str.maketrans(_HIDDEN, _SEPARATORS)
# A comma before a company's legal form is the employer's own ("Saigon Trading Co., Ltd.",
# "Acme, Inc."): it parts no title from no employer, nor an employer from its town.
SUFFIX_COMMA = re.compile(r",(?=\s*(?:ltd|limited|inc|llc|llp|plc|pvt|gmbh|jsc|corp|s\.\s?a|s\.\s?l|s\.\s?r\.\s?l|"
                           r"s\.\s?p\.\s?a|b\.\s?v|n\.\s?v|a\.\s?g)\b\.?(?:\s|$|,))", re.I)


# A dash before a word in lower case adds a note to the title ("Journaliste – rubrique Économie",
# "Automechanik – diagnostik", "Driver - night shift"), as a bracket would: no employer's name
# starts so. Hidden only when the employer can be elsewhere: after a comma, or on another line
# ("Dental Nurse – mydentist" alone keeps its employer written in lower case).
_NOTE_DASH = re.compile(r"(?<=\S)\s[-–—]\s+(?=[a-zà-ÿ]+(?:[\s,]|$))")


def _note_dash_hidden(line: str, more_lines: bool) -> str:
    dash = _NOTE_DASH.search(line)
    if dash is None or not (more_lines or "," in line[dash.end():]):
        return line
    return line[:dash.start()] + dash.group().translate(_HIDE) + line[dash.end():]


def split_title_company(header: list[str]) -> tuple[str | None, str | None]:
    """(title, employer) of an entry's header lines."""
    labelled = _labelled_halves(header)
    if labelled is not None:
        return labelled
    hidden = [SUFFIX_COMMA.sub(lambda m: m.group().translate(_HIDE),
                                _BRACKETED.sub(lambda m: m.group().translate(_HIDE), h)) for h in header]
    hidden = [_note_dash_hidden(h, len([x for x in header if x.strip()]) > 1) for h in hidden]
    title, company = _split_title_company(hidden)
    bracketed = employer_in_brackets(title.translate(_SHOW), title_score) if title and not company else None
    if bracketed:
        title, company = bracketed
    return (title_without_its_unit(title.translate(_SHOW)) if title is not None else None,
            employer_without_its_unit(company.translate(_SHOW)) if company is not None else None)


def _labelled_halves(header: list[str]) -> tuple[str | None, str | None] | None:
    """The title and employer of lines that say which they are ("Designation : ...",
    "Organisation : ..."); None unless both are labelled so."""
    lines = [h.strip() for h in header if h.strip()]
    titles = [TITLE_LABEL.sub("", h).strip(" ,-") for h in lines if TITLE_LABEL.match(h)]
    employers = [EMPLOYER_LABEL.sub("", h).strip(" ,-") for h in lines if EMPLOYER_LABEL.match(h)]
    unlabelled = [h for h in lines if not TITLE_LABEL.match(h) and not EMPLOYER_LABEL.match(h)]
    if len(lines) == 2 and len(unlabelled) == 1 and not CLEAN_LEFT.match(unlabelled[0]):
        # One half labelled ("Puesto: Soldador", "Occupation or position held: Cook") under or
        # over a bare line: the bare line is the other half, whatever its words suggest.
        if len(titles) == 1 and titles[0]:
            employers = [unlabelled[0]]
        elif len(employers) == 1 and employers[0]:
            titles = [unlabelled[0].strip(" ,-")]
    if len(titles) != 1 or len(employers) != 1 or not titles[0] or not employers[0]:
        return None
    return title_without_its_unit(titles[0]), employer_without_its_unit(_company_from(employers[0]))


def _a_title_dash_a_field(line: str) -> bool:
    halves = DASH_SEP.split(line.strip(" -–—"))
    return len(halves) == 2 and title_score(halves[0]) > 0 >= title_score(halves[1]) \
        and not COMPANY_WORDS.search(halves[1])


def _split_title_company(header: list[str]) -> tuple[str | None, str | None]:
    header = [CLEAN_LEFT.sub("", _NUMBERED.sub("", h.strip())) for h in header if h.strip()]
    if not header:
        return None, None
    if len(header) >= 2 and header[-2].endswith(","):
        # "Staff Nurse, Ward 7 / Royal Infirmary NHS Trust," over "Leeds": one line wrapped
        header = [*header[:-2], f"{header[-2]} {header[-1]}"]
    if len(header) >= 2:
        a, b = header[-2], header[-1]
        # The company line is the one that trails off into a location ("Acme -  Pune -"),
        # or failing that the one that reads less like a job title; a line in an employer's
        # words over a title's is the employer, whatever dash the title holds ("Larsen & Toubro
        # Limited" over "Assistant Engineer – Construction").
        if title_score(b) > 0 >= title_score(a) and COMPANY_WORDS.search(a):
            return b.strip(" ,-"), _company_from(a)
        if title_score(b) > max(title_score(a), 0) and COMPANY_WORDS.search(a) and not COMPANY_WORDS.search(b):
            # "Escola Estadual Professor Caetano" over "Professora – 3º ano": the employer's word
            # tells the employer's line, though its namesake's title scores it too
            return b.strip(" ,-"), _company_from(a)
        if title_score(b) > 0 >= title_score(a) and an_employer_and_its_town(a) and not an_employer_and_its_town(b):
            # "KPMG India, Bengaluru" over "Assistant Manager – Indirect Tax": the employer is
            # the line with its town, whatever dash the title holds
            return b.strip(" ,-"), employer_without_its_town(a)
        if title_score(b) > 0 >= title_score(a) and _a_title_dash_a_field(b):
            # "Police Scotland, Lothian Division" over "Police Constable – Road Policing": the
            # dash parts the title from its field, so the line above is the employer
            return b.strip(" ,-"), _company_from(a)
        if re.search(r"\s[-–—]\s*$|\s[-–—]\s{1,3}\S", b) and not re.search(r"\s[-–—]\s*$", a):
            return a.strip(" ,-"), _company_from(b)
        if re.search(r"\s[-–—]\s*$", a) and not re.search(r"\s[-–—]\s*$", b):
            return b.strip(" ,-"), _company_from(a)
        if title_score(b) > title_score(a):
            return b.strip(" ,-"), _company_from(a)
        return a.strip(" ,-"), _company_from(b)
    line = header[0]
    if "|" not in line and len(_SPACED_SLASH.findall(line)) >= 2:
        line = _SPACED_SLASH.sub(" | ", line)  # "CNC Operator / Ford Otosan / Kocaeli": slashes part it as pipes do
    if line.count("|") >= 1:
        piped = without_units([p.strip(" ,-") for p in line.split("|") if p.strip(" ,-")])
        if len(piped) >= 3:  # "Swift Transportation | Phoenix, AZ | OTR Driver": the town is neither
            piped = [p for p in piped if not a_place(p)] if len([p for p in piped if not a_place(p)]) >= 2 else piped
            title = max(piped, key=title_score)
            return title, employer_without_its_town(next(p for p in piped if p is not title))
        if len(piped) >= 2:
            a, b = piped[0], piped[1]
            return (b, a) if title_score(b) > title_score(a) else (a, b)
    parts = SPLIT_AT.split(line, maxsplit=1)
    if len(parts) == 2:
        return parts[0].strip(" ,-"), _company_from(parts[1])
    halves = _at_in_other_languages(line)
    if halves:
        return halves
    parts = _SPLIT_IN.split(line, maxsplit=1)
    if len(parts) == 2 and title_score(parts[0]) > 0 and COMPANY_WORDS.search(parts[1].split(",")[0]) \
            and not DASH_SEP.search(line):
        # the employer named after "in"/"with"/"for" in a sentence; its town after a comma is dropped
        return parts[0].strip(" ,-"), _company_from(parts[1]).split(", ")[0].strip(" ,")
    dashed = without_units([p.strip(" ,-") for p in DASH_SEP.split(line) if p.strip(" ,-")])
    if len(dashed) >= 2:
        # "Employer, Town — Title, Ward": the dash parts the two; a comma inside the employer's
        # part leads to its place, inside the title's to its speciality
        a, b = dashed[0], dashed[1]
        if a_place(b) and ", " in a:  # "Line Cook, Le Pigeon — Portland, OR": the town after the dash
            x, y = (p.strip() for p in a.split(",", 1))
            return (y, x) if title_score(y) > title_score(x) else (x, y)
        if ", " not in a and an_employer_and_its_town(b) and not an_employer_and_its_town(a):
            return a, employer_without_its_town(b)  # "Kitchen Porter — The Anchor, Scarborough": the town says which
        if title_score(b) > title_score(a):
            return b, a.split(",")[0].strip()
        return a, b.split(",")[0].strip()
    parts = without_units([p for p in _SPLIT_SEP.split(line) if p.strip()])
    if len(parts) >= 3 and _A_FACULTY.match(parts[1].strip()) and not a_place(parts[2]) \
            and (COMPANY_WORDS.search(parts[2]) or INSTITUTION.search(parts[2]) or _INITIALS.fullmatch(parts[2].strip())):
        # "Lecturer, Department of Botany, University of Ibadan": the department is where in the
        # employer the job was; the employer is the institution named after it, or by its
        # initials ("Department of Crop Science, KNUST")
        parts = [parts[0], parts[2], parts[1], *parts[3:]]
    if len(parts) >= 2:
        a, b = parts[0], parts[1]
        if title_score(b) > title_score(a):
            return b.strip(" ,-"), a.strip(" ,-")
        return a.strip(" ,-"), b.strip(" ,-")
    if re.search(r"\s[-–—]\s*$", line) or (title_score(line) < 0):
        return None, _company_from(line)
    return line.strip(" ,-"), None


# The word for "at" before an employer in Spanish, French, Italian, German and Portuguese
_AT_OTHER = re.compile(r"(?<!\s)\s+(?:en|chez|presso|bei|na|no|em)\s+(?=[^\W\d_])")
# Those of them that never join a subject to a title ("Técnico en Enfermería" does): one name
# after them is the employer ("Technicien supérieur chez Airbus")
ONLY_BEFORE_A_PLACE_OF_WORK = ("chez", "presso", "bei")
_CAPITALISED = re.compile(r"\b[^\W\d_a-zß-ÿ][\w'’.-]*")


def _at_in_other_languages(line: str) -> tuple[str, str] | None:
    """("Cajera", "Supermercados Soriana") of "Cajera en Supermercados Soriana": the last such
    word after a title, before a name of two capitalised words or an employer's word; one word
    after it is a subject ("Técnico en Enfermería")."""
    if DASH_SEP.search(line):
        return None
    for m in reversed(list(_AT_OTHER.finditer(line))):
        before, after = line[:m.start()].strip(" ,-"), line[m.end():].strip(" ,-")
        if title_score(before) > 0 and after[:1].isupper() and title_score(after) <= 0 \
                and (len(_CAPITALISED.findall(after)) >= 2 or COMPANY_WORDS.search(after)
                     or m.group(0).strip() in ONLY_BEFORE_A_PLACE_OF_WORK):
            return before, employer_without_its_town(after)
    return None
