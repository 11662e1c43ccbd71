"""Experience entries: title, company and dates, anchored on the date ranges of the section."""
from __future__ import annotations

import re

from adapters.embedded.parsing.dates import DURATION, UNREAD_RANGE, DateRange, find_ranges, unread_range
from adapters.embedded.parsing.header_lines import BULLET, CLEAN_LEFT, EMPLOYER_LABEL, TITLE_LABEL, is_header_like
from adapters.embedded.parsing.job_halves import a_half_above, dots_as_bars, employer_in_brackets, heads_the_next_job
from adapters.embedded.parsing.occupations import occupation_words, occupation_words_as_titles
from adapters.embedded.parsing.undated_first_job import first_lines_above, header_top, undated_title_and_employer
from adapters.embedded.parsing.work_places import (
    a_place_alone,
    columns_apart_from_places,
    employer_less_its_place,
    where_the_job_was,
)
from adapters.embedded.parsing.work_units import (
    an_employer_and_its_town,
    employer_without_its_town,
    employer_without_its_unit,
    title_without_its_unit,
    without_units,
)
from domain.resumes import ExperienceEntry

TITLE_WORDS = re.compile(
    r"\b(?:engineer|developer|manager|analyst|consultant|executive|intern|lead|officer|assistant|"
    r"associate|specialist|designer|administrator|architect|director|head|coordinator|supervisor|"
    r"accountant|teacher|trainee|programmer|tester|scientist|representative|advisor|adviser|"
    r"technician|nurse|clerk|operator|president|founder|owner|volunteer|auditor|agent|editor|"
    r"writer|chef|driver|fellow|researcher|lecturer|professor|instructor|recruiter|partner|senior|"
    r"junior|principal|staff|admin|contractor|freelancer|cashier|receptionist|secretary|"
    r"attendant|helper|worker|technologist|therapist|pharmacist|physician|counsel|attorney|"
    r"controller|planner|buyer|sales|marketer|strategist|expert|member|sme|leader|cook|"
    r"mechanic|electrician|foreman|inspector|educator|tutor|mentor|apprentice|steward|guard)s?\b",
    re.I)
COMPANY_WORDS = re.compile(
    r"\b(?:ltd|limited|inc|llc|llp|pvt|private|corp|corporation|co|company|technologies|technology|"
    r"solutions|services|systems|bank|group|gmbh|labs|consulting|consultancy|software|infotech|"
    r"industries|enterprises|international|global|hospitals?|clinics?|agency|associates|partners|"
    r"foundation|university|college|school|institute|studios|networks|motors|pharma|"
    r"pharmaceuticals|foods|retail|media|communications|telecom)\b\.?", re.I)
_SPLIT_AT = re.compile(r"\s+(?:at|@)\s+", re.I)
_SPLIT_SEP = re.compile(r"\s+[|–—-]\s+|\s*,\s+|\s*\|\s*")
_DASH_SEP = re.compile(r"\s+[|–—-]\s+")
_SPACED_SLASH = re.compile(r"\s+/\s+")
_TRAILING_DASH = re.compile(r"\s*[-–—|,]\s*$")
_DURATION_AFTER = re.compile(rf"^\s*(?:{DURATION.pattern})", re.I)
# What is left beside the dates that names no title or employer: "Duration:", "From", "worked as"
_DATE_LABEL = re.compile(r"^(?:(?:duration|period|tenure|dates?|time\s+period|working\s+period|from|since|between)\b"
                         r"\s*:?\s*)+$|^(?:from|since|between)\b\s*|\b(?:worked|working|served|employed)\s+as\s+",
                         re.IGNORECASE)
# A town and its region or country alone on a line ("Cardiff, UK", "Pune, Maharashtra").
_PLACE = re.compile(r"^[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2},\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}$")
# A sentence carried on past the dates in lower case ("in 160 Desktops", "to and ..."); not a
# word that leads to a name ("at Acme Ltd", "with Apollo Hospitals"), which a header may hold.
_PROSE_GOES_ON = re.compile(r"^\s*[a-z]+\s+(?![A-Z])\S")
_LOWER_WORD_FIRST = re.compile(r"^\s*[a-z]+\b")
_LOWER_WORD_LAST = re.compile(r"\b[a-z]+[\s,:]*$")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
# The word that led into the dates of a sentence ("Driver in Gati Ltd., Delhi from Aug-2015 to ...")
_DATES_WORD_AFTER = re.compile(r"\s+(?:from|since|during|between|for\s+the\s+period|w\.?e\.?f\.?|dated?)\s*:?$", re.I)
# "Heavy Vehicle Driver in Gati Ltd.", "Staff Nurse with Apollo Hospitals": a title, then its employer
_SPLIT_IN = re.compile(r"\s+(?:in|with|for)\s+(?=[A-Z])")


def _company_from(line: str) -> str:
    """'Infosys Limited -  Chennai, Tamil Nadu -' -> 'Infosys Limited'."""
    line = CLEAN_LEFT.sub("", line.strip())
    line = _TRAILING_DASH.sub("", line)
    return employer_without_its_town(re.split(r"\s+[-–—|]\s+", line)[0].strip(" ,-"))


def _a_place(text: str) -> bool:
    """"Phoenix, AZ", "Portland, OR": a town and its region, naming no job; the gazetteer must
    know them ("Hope Hospital, Salford" is an employer and its town)."""
    return bool(_PLACE.match(text.strip())) and title_score(text) <= 0 and a_place_alone(text.strip(), _names_work)


def _names_work(text: str) -> bool:
    """Words that name a job or an organisation, which no town's name is."""
    return bool(TITLE_WORDS.search(text) or COMPANY_WORDS.search(text) or occupation_words(text))


def title_score(text: str) -> int:
    listed = {w.lower().removesuffix("s") for w in TITLE_WORDS.findall(text)}
    titles = listed | occupation_words_as_titles(text)
    return 2 * len(titles) - len(COMPANY_WORDS.findall(text))


# Separators written inside brackets part a note ("(ICU, Nights)", "(Class 1 - ADR)"), never
# the title from the employer: hidden while the header is split, restored after.
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SEPARATORS = ",-–—|/@"
_HIDDEN = "".join(chr(0xE000 + k) for k in range(len(_SEPARATORS)))
_HIDE = str.maketrans(_SEPARATORS, _HIDDEN)
_SHOW = str.maketrans(_HIDDEN, _SEPARATORS)
# A comma before a company's legal form is the employer's own ("Saigon Trading Co., Ltd.",
# "Acme, Inc."): it parts no title from no employer, nor an employer from its town.
_SUFFIX_COMMA = re.compile(r",(?=\s*(?:ltd|limited|inc|llc|llp|plc|pvt|gmbh|jsc|corp|s\.\s?a|s\.\s?l|s\.\s?r\.\s?l|"
                           r"s\.\s?p\.\s?a|b\.\s?v|n\.\s?v|a\.\s?g)\b\.?(?:\s|$|,))", re.I)


def split_title_company(header: list[str]) -> tuple[str | None, str | None]:
    """(title, employer) of an entry's header lines."""
    labelled = _labelled_halves(header)
    if labelled is not None:
        return labelled
    hidden = [_SUFFIX_COMMA.sub(lambda m: m.group().translate(_HIDE),
                                _BRACKETED.sub(lambda m: m.group().translate(_HIDE), h)) for h in header]
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
    if len(titles) != 1 or len(employers) != 1 or not titles[0] or not employers[0]:
        return None
    return title_without_its_unit(titles[0]), employer_without_its_unit(_company_from(employers[0]))


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
            piped = [p for p in piped if not _a_place(p)] if len([p for p in piped if not _a_place(p)]) >= 2 else piped
            title = max(piped, key=title_score)
            return title, employer_without_its_town(next(p for p in piped if p is not title))
        if len(piped) >= 2:
            a, b = piped[0], piped[1]
            return (b, a) if title_score(b) > title_score(a) else (a, b)
    parts = _SPLIT_AT.split(line, maxsplit=1)
    if len(parts) == 2:
        return parts[0].strip(" ,-"), _company_from(parts[1])
    parts = _SPLIT_IN.split(line, maxsplit=1)
    if len(parts) == 2 and title_score(parts[0]) > 0 and COMPANY_WORDS.search(parts[1].split(",")[0]) \
            and not _DASH_SEP.search(line):
        # the employer named after "in"/"with"/"for" in a sentence; its town after a comma is dropped
        return parts[0].strip(" ,-"), _company_from(parts[1]).split(", ")[0].strip(" ,")
    dashed = without_units([p.strip(" ,-") for p in _DASH_SEP.split(line) if p.strip(" ,-")])
    if len(dashed) >= 2:
        # "Employer, Town — Title, Ward": the dash parts the two; a comma inside the employer's
        # part leads to its place, inside the title's to its speciality
        a, b = dashed[0], dashed[1]
        if _a_place(b) and ", " in a:  # "Line Cook, Le Pigeon — Portland, OR": the town after the dash
            x, y = (p.strip() for p in a.split(",", 1))
            return (y, x) if title_score(y) > title_score(x) else (x, y)
        if ", " not in a and an_employer_and_its_town(b) and not an_employer_and_its_town(a):
            return a, employer_without_its_town(b)  # "Kitchen Porter — The Anchor, Scarborough": the town says which
        if title_score(b) > title_score(a):
            return b, a.split(",")[0].strip()
        return a, b.split(",")[0].strip()
    parts = without_units([p for p in _SPLIT_SEP.split(line) if p.strip()])
    if len(parts) >= 2:
        a, b = parts[0], parts[1]
        if title_score(b) > title_score(a):
            return b.strip(" ,-"), a.strip(" ,-")
        return a.strip(" ,-"), b.strip(" ,-")
    if re.search(r"\s[-–—]\s*$", line) or (title_score(line) < 0):
        return None, _company_from(line)
    return line.strip(" ,-"), None


# A sentence begun right after a header's dates ("... — 2020 to present. Personal care, ...").
_SENTENCE_BEGINS = re.compile(r"^\s*[.;]\s+(?=[A-Z])")


def _duties_after_the_dates(lines: list[str]) -> list[str]:
    """A header whose duties run on after its dates on one line is two lines: the header with
    its dates, then what was done there."""
    out: list[str] = []
    for line in lines:
        found = find_ranges(line)
        if found:
            start, end = found[0].span
            end -= line[end - 1:end] in (".", ";")  # the stop the dates were read with
            begun = _SENTENCE_BEGINS.match(line[end:])
            before = line[:start].strip(" ,|:-–—()\t·•")
            if begun and (not before or is_header_like(before)):
                out.extend([line[:end], line[end + begun.end():]])
                continue
        out.append(line)
    return out


def parse_experience(text: str) -> tuple[list[ExperienceEntry], list[DateRange]]:
    lines = _duties_after_the_dates([dots_as_bars(line) for line in text.splitlines()])
    anchors: list[tuple[int, DateRange | None, str]] = []
    for i, line in enumerate(lines):
        if len(line.strip()) > 120:
            continue
        found = find_ranges(line)
        if found:
            span, rng = found[0].span, found[0]
        elif unread_range(line) and is_header_like(line):
            # dates written in a way not read ("09/2019 – jusqu'ici"): the job is kept, undated
            unread = UNREAD_RANGE.search(line)
            assert unread is not None
            span, rng = unread.span(), None
        else:
            continue
        # the full stop that ends the dates is theirs ("2016 – 2019.")
        after = _DURATION_AFTER.sub("", re.sub(r"^\s*\.(?!\w)", "", line[span[1]:]), count=1)
        # "... to March 2016 worked as Sales Executive at ...": the label leads to the header
        # and goes on in no sentence
        unlabelled = _DATE_LABEL.sub("", after)
        if _PROSE_GOES_ON.match(unlabelled) or (_LOWER_WORD_FIRST.match(unlabelled)
                                                and _LOWER_WORD_LAST.search(line[:span[0]])):
            # dates inside a running sentence ("... from 1st July 2005 to 30th July 2005 in 160
            # Desktops and", "... and from 2nd May 2018 to 30th May 2018 repaired"): a project
            # told in prose, not a job's header
            continue
        rest = (line[:span[0]] + " " + after).strip(" ,|:-–—()\t·•")
        rest = _DATE_LABEL.sub("", rest).strip(" ,|:-–—()\t·•")
        rest = _DATES_WORD_AFTER.sub("", rest).strip(" ,|:-–—()\t·•")  # "... Delhi from" (Aug-2015 to ...)
        if rest.rfind("(") > rest.rfind(")"):
            rest += ")"  # "The Savoy (London)": the bracket the strip took was the note's own
        anchors.append((i, rng, rest))
    if not anchors:
        return _undated_entries(lines), []
    if _dates_open_entries(lines, anchors):
        return _entries_under_dates(lines, anchors), [rng for _, rng, _ in anchors if rng]
    entries: list[ExperienceEntry] = []
    bodies: list[list[str]] = []
    ranges: list[DateRange] = []
    first_anchor, first_header = 0, []
    previous_end = -1
    previous_below: int | None = None  # the line under the last job's dates that was its half
    for n, (i, rng, rest) in enumerate(anchors):
        header: list[str] = []
        place_lines: list[str] = []  # a town on its own line or column, no part of the title or employer
        if rest and is_header_like(rest) and len(rest) > 2:
            header, place_lines = columns_apart_from_places([p for p in re.split(r"\s{3,}|\t", rest) if p.strip()],
                                                             _names_work)
        # "Title, Company" or "Title | Company" beside the dates is the whole header; only a
        # lone title or company there looks to the lines above it.
        complete = len(header) == 1 and (_SPLIT_AT.search(header[0]) or "|" in header[0] or ", " in header[0]
                                          or len(_DASH_SEP.split(header[0].strip(" -–—"))) >= 2) \
            and not (title_score(header[0]) <= 0 and _an_employer_and_its_town_alone(header[0])) \
            and not _a_title_and_its_unit(header[0])  # "Trust, Leeds"; "Staff Nurse, Intensive Care Unit"
        if complete and _SPLIT_AT.search(header[0]) is None and "|" not in header[0]:
            above = _title_above(lines, i, previous_end)
            if above and title_score(header[0]) <= 0:
                header = [above, header[0]]  # "Senior Pharmacist" over "Hospital, Lagos | 2019 -"
        next_start = anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)
        below = _partner_below(lines, i, next_start) if len(header) == 1 else None
        if below is not None and complete and not (title_score(header[0]) <= 0 < title_score(lines[below])):
            below = None  # "Title, Company" beside the dates is whole; "Employer, Town" is not
        if below is not None and not complete and n + 1 < len(anchors) \
                and heads_the_next_job(lines, below, anchors[n + 1]) \
                and a_half_above(lines, i, previous_end) not in (None, previous_below):
            below = None  # each job's employer over its "Title, dates": the line below is the next one's
        if below is not None:
            header.append(lines[below])  # "Regional Truck Driver    Mar 2019 – Present" over "FedEx Freight"
        elif len(header) < 2 and not complete:
            j = i - 1
            while j > previous_end and len(header) < 2:
                line = lines[j]
                if line.strip() and not DURATION.fullmatch(line.strip()):  # "3 years 2 months": a tenure
                    if not is_header_like(line) or _dated(line):
                        break
                    header.insert(0, line)
                    if len(header) == 2 and _a_place(header[1]) and header[1].strip() != rest:
                        above = _title_above(lines, j, previous_end)
                        if above:  # "Site Manager / Morgan Sindall / Cardiff, UK / 2017 - Present"
                            place_lines = [header[1]]
                            header = [above, header[0]]
                j -= 1
        if not header and entries:
            if rng:
                ranges.append(rng)  # a second date line of the same job ("June 2016 - Till date")
            previous_end = i
            continue
        if not header and rng is None:
            previous_end = i
            continue
        if rng:
            ranges.append(rng)
        # with no header in sight, the dates still make a job: the years total counts no
        # job that the list leaves out
        title, company = split_title_company(header) if header else (None, None)
        body = [b for k, b in enumerate(lines[i + 1:next_start], i + 1) if b.strip() and k != below]
        if entries:
            _drop_next_header(bodies[-1], header)
        location = _where(header + place_lines, title, company)
        if location is None and body and a_place_alone(body[0].strip(), _names_work):
            location = body.pop(0).strip()  # "Leeds, UK" on its own line under the header
        bodies.append(body)
        if not entries:
            first_anchor, first_header = i, [*header, *place_lines, rest]
        entries.append(_entry(title, company, rng, location))
        previous_end, previous_below = i, below
    for entry, body in zip(entries, bodies, strict=True):
        entry.description = "\n".join(body).strip() or None
    return _with_an_undated_job_on_top(lines, first_anchor, first_header, entries), ranges


def _with_an_undated_job_on_top(lines: list[str], anchor: int, header: list[str],
                                entries: list[ExperienceEntry]) -> list[ExperienceEntry]:
    """The jobs, with the one written above the first dated job as a title over its employer
    and no dates; only when that dated job has a header of its own to tell the two apart."""
    if not entries or not (entries[0].title or entries[0].company):
        return entries
    found = undated_title_and_employer(first_lines_above(lines, header_top(lines, anchor, header)), title_score)
    if found is None:
        return entries
    title, company = split_title_company(list(found[:2]))
    if (title, company) == (entries[0].title, entries[0].company):
        return entries  # the first job's own header, read again
    entry = ExperienceEntry(title=title, company=company, description="\n".join(found[2]).strip() or None)
    return [entry, *entries]


def _a_title_and_its_unit(line: str) -> bool:
    """"Staff Nurse, Intensive Care Unit": a title and the ward it was on, whose employer is
    written on a line of its own."""
    return ", " in line and title_without_its_unit(line) != line and "|" not in line \
        and len(_DASH_SEP.split(line.strip(" -–—"))) < 2


def _an_employer_and_its_town_alone(line: str) -> bool:
    """"Royal Infirmary NHS Trust, Leeds", not "Krankenpflegerin, Klinikum rechts der Isar, München"
    nor "Kitchen Porter — The Anchor, Scarborough": a part before the employer (a title in words
    the lists do not know) makes the line whole."""
    if not an_employer_and_its_town(line):
        return False
    employer = _SUFFIX_COMMA.sub("", employer_without_its_town(line))
    return ", " not in employer and not _DASH_SEP.search(employer) and "|" not in employer


def _where(header: list[str], title: str | None, company: str | None) -> str | None:
    return where_the_job_was([CLEAN_LEFT.sub("", h.strip()) for h in header], title, company, _names_work)


def _entry(title: str | None, company: str | None, rng: DateRange | None, location: str | None) -> ExperienceEntry:
    """A job with its dates, or none when they could not be read (its end not understood)."""
    company = employer_less_its_place(company, location)
    if rng is None:
        return ExperienceEntry(title=title or None, company=company or None, location=location)
    return ExperienceEntry(title=title or None, company=company or None, start_date=rng.start.iso(),
                           end_date=rng.end.iso() if rng.end else None, current=rng.current, location=location)


def _dated(line: str) -> bool:
    return bool(find_ranges(line)) or unread_range(line)


def _drop_next_header(body: list[str], next_header: list[str]) -> None:
    """The lines above a job's dates that were read as its title and employer end the previous
    job's lines; they are no part of what was done there."""
    taken = {line.strip() for line in next_header}
    while body and body[-1].strip() in taken:
        body.pop()


_SMALL_WORDS = frozenset(["of", "and", "the", "for", "in", "at", "de", "da", "du", "la", "le", "&", "-", "–", "—", "|"])


def _partner_below(lines: list[str], i: int, end: int) -> int | None:
    """Where the employer (or title) stands under a line that holds a job's other half and its
    dates: the next line, when it is set like a name (capitalised words, no sentence)."""
    j = i + 1
    while j < end and not lines[j].strip():
        j += 1
    if j >= end:
        return None
    line = lines[j].strip()
    if BULLET.match(lines[j]) or not is_header_like(line) or _dated(line) or len(line.split()) > 8:
        return None
    words = [w for w in re.split(r"[\s,]+", line) if w and w.lower() not in _SMALL_WORDS]
    capitalised = all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    return j if words and capitalised and not line.endswith((".", ":")) else None


def _dates_open_entries(lines: list[str], anchors: list[tuple[int, DateRange | None, str]]) -> bool:
    """Dates alone on a line, with the job's title and employer on the line below them (the
    German and many European CVs): the first date line has nothing above it in the section."""
    i, _, rest = anchors[0]
    if rest or any(above.strip() for above in lines[:i]):
        return False
    below = _header_below(lines, i, len(lines))
    return bool(below)


def _header_below(lines: list[str], i: int, end: int) -> list[str]:
    """The title and employer lines right under a date line: one line that holds both
    ("Pharmacist, Marien-Apotheke, Munich") or two short lines."""
    header: list[str] = []
    for line in lines[i + 1:end]:
        if not line.strip():
            continue
        if not is_header_like(line) or _dated(line) or len(header) == 2:
            break
        header.append(line.strip())
        if _SPLIT_AT.search(line) or re.search(r"[,|]|\s[-–—]\s", line):
            break
    return header


def _entries_under_dates(lines: list[str], anchors: list[tuple[int, DateRange | None, str]]) -> list[ExperienceEntry]:
    entries = []
    for n, (i, rng, _) in enumerate(anchors):
        end = anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)
        header = _header_below(lines, i, end)
        title, company = split_title_company(header)
        used = 0
        body = []
        for line in lines[i + 1:end]:
            if used < len(header) and line.strip() == header[used]:
                used += 1
            elif line.strip():
                body.append(line)
        entry = _entry(title, company, rng, _where(header, title, company))
        entry.description = "\n".join(body).strip() or None
        entries.append(entry)
    return entries


def _title_above(lines: list[str], i: int, previous_end: int) -> str | None:
    """The line just above a date line when it is a lone job title ("Charge Nurse")."""
    j = i - 1
    while j > previous_end and not lines[j].strip():
        j -= 1
    if j <= previous_end:
        return None
    line = lines[j].strip()
    if not is_header_like(line) or len(line.split()) > 5 or re.search(r"[,|]", line) or _dated(line):
        return None
    return line if title_score(line) > 0 else None


def _undated_entries(lines: list[str], max_lines: int = 6) -> list[ExperienceEntry]:
    """A section without dates: its leading short lines, read as "title at company" or as
    title/company pairs."""
    header: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if not is_header_like(line) or len(header) == max_lines:
            break
        header.append(line.strip())
    entries, i = [], 0
    while i < len(header):
        if _SPLIT_AT.search(header[i]) or i + 1 == len(header):
            pair, i = header[i:i + 1], i + 1
        else:
            pair, i = header[i:i + 2], i + 2
        title, company = split_title_company(pair)
        if title or company:
            location = _where(pair, title, company)
            entries.append(ExperienceEntry(title=title, company=employer_less_its_place(company, location),
                                           location=location))
    return entries
