"""The shapes of the lines around a job's dates: which of them is a title, an employer, a
title with its ward or field, and which line above or below is the job's other half."""
from __future__ import annotations

import re

from adapters.embedded.parsing.experience_layouts import a_title_and_a_note, dated
from adapters.embedded.parsing.header_lines import BULLET, LOWER_LEGAL_FORM, is_header_like
from adapters.embedded.parsing.job_halves import a_half_above
from adapters.embedded.parsing.job_titles import (
    COMPANY_WORDS,
    DASH_SEP,
    SPLIT_AT,
    SUFFIX_COMMA,
    names_work,
    title_score,
)
from adapters.embedded.parsing.work_places import a_place_alone
from adapters.embedded.parsing.work_units import (
    an_employer_and_its_town,
    employer_without_its_town,
    title_without_its_unit,
)


def a_title_and_its_unit(line: str) -> bool:
    """"Staff Nurse, Intensive Care Unit": a title and the ward it was on, whose employer is
    written on a line of its own."""
    return ", " in line and title_without_its_unit(line) != line and "|" not in line \
        and len(DASH_SEP.split(line.strip(" -–—"))) < 2


def an_employer_in_capitals(line: str) -> str:
    """"● HILTON MANILA" without its list mark: a name of two words or more in capitals, set
    as a list item over a job's title and dates, is its employer (no duty is written so)."""
    if not BULLET.match(line):
        return line
    name = BULLET.sub("", line).strip()
    return name if name.isupper() and len(name.split()) >= 2 and is_header_like(name) else line


def a_title_dash_its_field(line: str) -> bool:
    """"Assistant Manager – Indirect Tax", "Nurse – Theatres": a title, a dash and a field of its
    work that names no employer."""
    halves = DASH_SEP.split(line.strip(" -–—"))
    return len(halves) == 2 and "|" not in line and title_score(halves[0]) > 0 and title_score(halves[1]) <= 0 \
        and not COMPANY_WORDS.search(halves[1]) and not an_employer_and_its_town(halves[1])


def a_title_comma_its_business(line: str) -> bool:
    """"Senior Underwriter, Small Commercial", "Teller, Retail Banking": a title and the line of
    business it served, which names no employer (under "Employer, Town, ST" the employer is above)."""
    if ", " not in line or SPLIT_AT.search(line) or "|" in line or len(DASH_SEP.split(line.strip(" -–—"))) >= 2:
        return False
    title, business = line.split(", ", 1)
    return title_score(title) > 0 and title_score(business) <= 0 and "," not in business \
        and not COMPANY_WORDS.search(business) and not an_employer_and_its_town(line)


def an_employer_above(lines: list[str], i: int, previous_end: int) -> bool:
    """An undated line right over a job's dates that is an employer with its town ("KPMG India, Pune")."""
    k = a_half_above(lines, i, previous_end)
    return k is not None and title_score(lines[k]) <= 0 and an_employer_and_its_town_alone(lines[k].strip())


def a_name_over_or_under(lines: list[str], i: int, previous_end: int, next_start: int) -> bool:
    """An undated name right over or under "Police Constable – Response Team" (or "Paralegal,
    Commercial Law") and its dates, set like a name in no title's words and no place alone ("Police Scotland,
    Lothian Division", "Cabinet Haddad et Associés, Beyrouth"): the job's employer, so that the
    words after the title's dash or comma are its field, not who gave the job."""
    for k in (a_half_above(lines, i, previous_end), partner_below(lines, i, next_start)):
        if k is not None and title_score(lines[k]) <= 0 and not DASH_SEP.search(lines[k]) \
                and _set_like_a_name(lines[k].strip()) and not a_place_alone(lines[k].strip(), names_work):
            return True
    return False


def a_title_and_its_note(line: str) -> bool:
    """"Class Teacher, Grade 3", "Staff Nurse, Nights": a title, then a note after a comma that
    names no employer (nor any work), whose employer may stand on a line of its own."""
    if ", " not in line or SPLIT_AT.search(line) or "|" in line or len(DASH_SEP.split(line.strip(" -–—"))) >= 2:
        return False
    title, note = line.split(", ", 1)
    return title_score(title) > 0 and not names_work(note) and not an_employer_and_its_town(line)


def right_over(lines: list[str], k: int, anchor: int) -> bool:
    j = k + 1
    while j < anchor and not lines[j].strip():
        j += 1
    return j == anchor


def an_employer_beside(lines: list[str], i: int, previous_end: int, next_start: int) -> bool:
    """An undated line in an employer's words right over a job's dates, or right under them."""
    above = a_half_above(lines, i, previous_end)
    below = partner_below(lines, i, next_start)
    return any(k is not None and COMPANY_WORDS.search(lines[k]) and title_score(lines[k]) <= 0 for k in (above, below))


def an_employer_and_its_town_alone(line: str) -> bool:
    """"Royal Infirmary NHS Trust, Leeds", not "Krankenpflegerin, Klinikum rechts der Isar, München"
    nor "Kitchen Porter — The Anchor, Scarborough": a part before the employer (a title in words
    the lists do not know) makes the line whole."""
    if not an_employer_and_its_town(line):
        return False
    employer = SUFFIX_COMMA.sub("", employer_without_its_town(line))
    return ", " not in employer and not DASH_SEP.search(employer) and "|" not in employer


# (with the particles of Dutch, German, Spanish and Portuguese names: "Van der Wal Transport")
_SMALL_WORDS = frozenset(["of", "and", "the", "for", "in", "at", "de", "da", "du", "la", "le", "&", "-", "–", "—", "|",
                          "van", "der", "den", "von", "zu", "del", "dos", "das", "y", "e", "et", "und", "en", "och", "og"])
# A legal form as registers write it, in its capitals: a name, whatever case its brand is written in
_A_LEGAL_FORM = re.compile(r"\b(?:GmbH|AG|KG|KGaA|Ltd|LLC|LLP|PLC|Inc|SARL|SAS|SpA|Srl|BV|NV|Oy|ApS|A/S|AB)\b\.?"
                           r"|(?<!\w)(?:S\.A\.|B\.V\.|N\.V\.|s\.r\.o\.|a\.s\.|Sp\. z o\.o\.)")
# A legal form closes a name with its dot ("B.V.", "S.A.", "Ltd.", "Inc."): no sentence's end.
_LEGAL_FORM_DOT = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Ltd|Inc|Co|Corp|Bhd|Pty|Pvt|Ltda|Cia|Srl|Spa)\.$")


def partner_below(lines: list[str], i: int, end: int) -> int | None:
    """Where the employer (or title) stands under a line that holds a job's other half and its
    dates: the next line, when it is set like a name (capitalised words, no sentence)."""
    j = i + 1
    while j < end and not lines[j].strip():
        j += 1
    if j >= end:
        return None
    line = lines[j].strip()
    if BULLET.match(lines[j]) or not is_header_like(line) or dated(line) or len(line.split()) > 8:
        return None
    return j if _set_like_a_name(line) else None


def _set_like_a_name(line: str) -> bool:
    """Capitalised words (the small words of names apart), ending in no sentence's stop."""
    words = [w for w in re.split(r"[\s,]+", line) if w and w.lower() not in _SMALL_WORDS]
    capitalised = all(w[:1].isupper() or not w[:1].isalpha() or LOWER_LEGAL_FORM.match(w) for w in words) \
        or bool(_A_LEGAL_FORM.search(line))  # a brand written in lower case: "dm-drogerie markt GmbH + Co. KG"
    ends = line.endswith(":") or (line.endswith(".") and not _LEGAL_FORM_DOT.search(line)
                                  and not LOWER_LEGAL_FORM.match(line.split()[-1]))
    return bool(words) and capitalised and not ends


def title_above(lines: list[str], i: int, previous_end: int) -> str | None:
    """The line just above a date line when it is a lone job title ("Charge Nurse")."""
    j = i - 1
    while j > previous_end and not lines[j].strip():
        j -= 1
    if j <= previous_end:
        return None
    line = lines[j].strip()
    if not is_header_like(line) or len(line.split()) > 5 or dated(line) or \
            (re.search(r"[,|]", line) and not a_title_and_a_note(line)):  # "Staff Nurse, General Ward" is one
        return None
    return line if title_score(line) > 0 else None


_CELL_SEP = re.compile(r"\s+[·•|]\s+")


def both_halves_above(above: str, rest: str, dated: str) -> list[str] | None:
    """"Air Austral · Cabin Crew Member" over "Saint-Denis · 2018 – present": the line above
    is the employer and the title, and the dated line's one cell (a town, written with the same
    separator) is neither."""
    cells = [c.strip() for c in _CELL_SEP.split(above.strip()) if c.strip()]
    sep = _CELL_SEP.search(above)
    if len(cells) != 2 or sep is None or _CELL_SEP.search(rest) or title_score(rest) > 0:
        return None
    return cells if sep.group().strip() in dated or a_place_alone(rest, lambda _: False) else None


def a_title_and_its_section_over_an_employer(beside: str, below: str) -> bool:
    """"Industriekauffrau, Einkauf" beside the dates over "Ford-Werke GmbH, Köln": the words
    after the comma are the section worked in, as the line below is the employer by its words."""
    if ", " not in beside or SPLIT_AT.search(beside) or "|" in beside or COMPANY_WORDS.search(beside):
        return False
    return bool(COMPANY_WORDS.search(below.split(",")[0])) and title_score(beside.split(",")[0]) >= 0


def employer_and_town_under_a_title(header: list[str], place_lines: list[str],
                                    above: str | None) -> tuple[list[str], list[str]]:
    """"Accenture Philippines (Inc.) | Taguig City | June 2018 – Feb 2021" under a lone title
    ("Senior Account Specialist"): neither cell is a title, so the line above is the job's
    title, the first cell its employer and the other its town (a town the lists may not know)."""
    cells = [c.strip() for c in header[0].split("|") if c.strip()]
    if above is None or len(header) != 1 or len(cells) != 2 or any(title_score(c) > 0 for c in cells):
        return header, place_lines
    return [above, cells[0]], [*place_lines, cells[1]]
