"""Experience entries: title, company and dates, anchored on the date ranges of the section."""
from __future__ import annotations

import re

from adapters.embedded.parsing.dates import DURATION, UNREAD_RANGE, DateRange, find_ranges, unread_range
from adapters.embedded.parsing.employer_after_the_title import employers_out_of_titles
from adapters.embedded.parsing.employer_ladder import employer_carried_down
from adapters.embedded.parsing.experience_layouts import (
    dated,
    dates_open_entries,
    entries_under_dates,
    entry_of,
    undated_entries,
    where_of,
)
from adapters.embedded.parsing.header_lines import (
    BULLET,
    TITLE_LABEL,
    is_header_like,
    without_a_list_number,
    without_a_rank,
)
from adapters.embedded.parsing.header_shapes import (
    a_name_over_or_under,
    a_title_and_its_note,
    a_title_and_its_section_over_an_employer,
    a_title_and_its_unit,
    a_title_comma_its_business,
    a_title_dash_its_field,
    an_employer_above,
    an_employer_and_its_town_alone,
    an_employer_beside,
    an_employer_in_capitals,
    both_halves_above,
    employer_and_town_under_a_title,
    partner_below,
    right_over,
    title_above,
)
from adapters.embedded.parsing.job_halves import a_half_above, dots_as_bars, heads_the_next_job
from adapters.embedded.parsing.job_order import in_the_writers_order
from adapters.embedded.parsing.job_table import (
    by_columns,
    row_by_columns,
    row_by_offsets,
    table_columns,
    title_column_first,
)
from adapters.embedded.parsing.job_titles import (
    DASH_SEP,
    SPLIT_AT,
    a_place,
    names_work,
    split_title_company,
    title_score,
)
from adapters.embedded.parsing.undated_first_job import first_lines_above, header_top, undated_title_and_employer
from adapters.embedded.parsing.work_places import a_place_alone, columns_apart_from_places
from adapters.embedded.parsing.work_units import (
    a_part_of_the_work,
    employer_without_its_town,
)
from domain.resumes import ExperienceEntry

# A note in brackets after a job's dates, a full stop after it: about the job, no part of its header
_NOTE_AFTER_THE_DATES = re.compile(r"^\s*\([^()]{1,80}\)\s?\.?\s*$")
_DURATION_AFTER = re.compile(rf"^\s*(?:{DURATION.pattern})", re.I)
# What is left beside the dates that names no title or employer: "Duration:", "From", "worked as"
_DATE_LABEL = re.compile(r"^(?:(?:duration|period|tenure|(?:inclusive\s+)?dates?(?:\s+of\s+(?:employment|service|attendance))?|time\s+period|working\s+period|from|since|between|"
                         r"perioad[aă]|okres|d[öo]nem|p[ée]riode|zeitraum|per[ií]odo|fechas?|datas?|dur[ée]e|dauer)\b"
                         r"\s*:?\s*)+$|^(?:from|since|between)\b\s*|"
                         r"(?:\b(?:presently|currently|now|previously|formerly)\s+)?\b(?:worked|working|served|employed)\s+as\s+",
                         re.IGNORECASE)
# A sentence carried on past the dates in lower case ("in 160 Desktops", "to and ..."); not a
# word that leads to a name ("at Acme Ltd", "with Apollo Hospitals"), which a header may hold.
_PROSE_GOES_ON = re.compile(r"^\s*[a-z]+\s+(?![A-Z])\S")
_LOWER_WORD_FIRST = re.compile(r"^\s*[a-z]+\b")
_LOWER_WORD_LAST = re.compile(r"\b[a-z]+[\s,:]*$")
# The word that led into the dates of a sentence ("Driver in Gati Ltd., Delhi from Aug-2015 to ...")
_DATES_WORD_AFTER = re.compile(r"\s+(?:from|since|during|between|for\s+the\s+period|w\.?e\.?f\.?|dated?)\s*:?$", re.I)


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
            # the stop the dates were read with, unless it ends an abbreviation ("2017 – d.d.")
            end -= line[end - 1:end] in (".", ";") and not re.search(r"\b\w\.\w\.$", line[:end])
            begun = _SENTENCE_BEGINS.match(line[end:])
            before = line[:start].strip(_EDGE)
            if begun and (not before or is_header_like(before)):
                out.extend([line[:end], line[end + begun.end():]])
                continue
        out.append(line)
    return out


# What edges the rest of a dated line: separators and the bullets a job's line may open with
# ("➢ Line Cook – Max's Restaurant – March 2019 to Present").
_EDGE = " ,|:-–—()\t·•●❖▪■◆➢►➤✓◦*"


def parse_experience(text: str) -> tuple[list[ExperienceEntry], list[DateRange]]:
    entries, ranges = _entries_and_ranges(text)
    return employers_out_of_titles(entries), ranges


def _entries_and_ranges(text: str) -> tuple[list[ExperienceEntry], list[DateRange]]:
    lines = _duties_after_the_dates([without_a_list_number(without_a_rank(dots_as_bars(line)))
                                     for line in text.splitlines()])
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
        if line[:span[0]].strip() and _NOTE_AFTER_THE_DATES.match(after):
            after = ""  # "…, Jan 2016 – Jan 2020 (training contract until Dec 2018).": a note on the job
        # "... to March 2016 worked as Sales Executive at ...": the label leads to the header
        # and goes on in no sentence
        unlabelled = _DATE_LABEL.sub("", after)
        if _PROSE_GOES_ON.match(unlabelled) or (_LOWER_WORD_FIRST.match(unlabelled)
                                                and _LOWER_WORD_LAST.search(line[:span[0]])):
            # dates inside a running sentence ("... from 1st July 2005 to 30th July 2005 in 160
            # Desktops and", "... and from 2nd May 2018 to 30th May 2018 repaired"): a project
            # told in prose, not a job's header
            continue
        before = line[:span[0]]
        if before.rstrip().endswith("|") and after.lstrip().startswith("|"):
            # "Kmart | Store Manager | Jan 2020 – Present | Westmead NSW": the cells either side
            # of the dates stay cells of one row, not two columns a wide gap parts
            rest = (before.rstrip(" |\t") + " | " + after.lstrip(" |\t")).strip(_EDGE)
        else:
            rest = (before + " " + after).strip(_EDGE)
        rest = _DATE_LABEL.sub("", rest).strip(_EDGE)
        rest = _DATES_WORD_AFTER.sub("", rest).strip(_EDGE)  # "... Delhi from" (Aug-2015 to ...)
        if rest.rfind("(") > rest.rfind(")"):
            rest += ")"  # "The Savoy (London)": the bracket the strip took was the note's own
        anchors.append((i, rng, rest))
    if not anchors:
        return undated_entries(lines), []
    if dates_open_entries(lines, anchors):
        return entries_under_dates(lines, anchors), [rng for _, rng, _ in anchors if rng]
    entries: list[ExperienceEntry] = []
    table_order = title_column_first(lines[:anchors[0][0]])
    columns = table_columns(lines[:anchors[0][0]])
    bodies: list[list[str]] = []
    ranges: list[DateRange] = []
    first_anchor, first_header = 0, []
    previous_end = -1
    previous_below: int | None = None  # the line under the last job's dates that was its half
    one_lines: list[str | None] = []  # each job's header when one line holds it all
    for n, (i, rng, rest) in enumerate(anchors):
        header: list[str] = []
        row_cells: list[str] = []
        place_lines: list[str] = []  # a town on its own line or column, no part of the title or employer
        if rest and is_header_like(rest) and len(rest) > 2:
            header, place_lines = columns_apart_from_places(
                _cells_beside_dates(rest, dates_first=rng is not None and not lines[i][:rng.span[0]].strip()), names_work,
                a_part_of_the_work)
        row_cells = list(header)  # the cells beside the dates, before any line above or below joins them
        # "Title, Company" or "Title | Company" beside the dates is the whole header; only a
        # lone title or company there looks to the lines above it.
        complete = len(header) == 1 and (SPLIT_AT.search(header[0]) or "|" in header[0] or ", " in header[0]
                                          or len(DASH_SEP.split(header[0].strip(" -–—"))) >= 2) \
            and not (title_score(header[0]) <= 0 and an_employer_and_its_town_alone(header[0])) \
            and not a_title_and_its_unit(header[0]) \
            and not ((a_title_dash_its_field(header[0]) or a_title_comma_its_business(header[0]))
                     and (an_employer_above(lines, i, previous_end)
                          or a_name_over_or_under(lines, i, previous_end, anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)))) \
            and not (a_title_and_its_note(header[0])  # "Class Teacher, Grade 3" under or over its school
                     and an_employer_beside(lines, i, previous_end, anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)))
        if complete and SPLIT_AT.search(header[0]) is None and "|" in header[0]:
            header, place_lines = employer_and_town_under_a_title(header, place_lines, title_above(lines, i, previous_end))
        if complete and SPLIT_AT.search(header[0]) is None and "|" not in header[0]:
            above = title_above(lines, i, previous_end)
            if above and title_score(header[0]) <= 0:
                header = [above, header[0]]  # "Senior Pharmacist" over "Hospital, Lagos | 2019 -"
        next_start = anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)
        below = partner_below(lines, i, next_start) if len(header) == 1 else None
        if below is not None and complete and not (title_score(header[0]) <= 0 < title_score(lines[below])) \
                and not a_title_and_its_section_over_an_employer(header[0], lines[below]):
            below = None  # "Title, Company" beside the dates is whole; "Employer, Town" is not
        if below is not None and not complete and n + 1 < len(anchors) \
                and (heads_the_next_job(lines, below, anchors[n + 1])
                     or right_over(lines, below, anchors[n + 1][0]) and a_title_and_its_note(anchors[n + 1][2])) \
                and a_half_above(lines, i, previous_end) not in (None, previous_below):
            below = None  # each job's employer over its "Title, dates": the line below is the next one's
        if below is not None:
            header.append(lines[below])  # "Regional Truck Driver    Mar 2019 – Present" over "FedEx Freight"
        elif len(header) < 2 and not complete:
            j = i - 1
            while j > previous_end and len(header) < 2:
                line = an_employer_in_capitals(lines[j])
                if header and TITLE_LABEL.match(header[0]) and BULLET.match(line):
                    # "• Hospital Santa Luzia – Recife" over "Cargo: Enfermeira": each job is a list item
                    # that opens with its employer, the labelled lines under it
                    line = BULLET.sub("", line)
                if line.strip() and not DURATION.fullmatch(line.strip()):  # "3 years 2 months": a tenure
                    if not is_header_like(line) or dated(line):
                        break
                    cells = [c for c in re.split(r"\s{3,}|\t", line.strip()) if c.strip()]
                    if not header and len(cells) == 2:
                        # "Front Desk Agent        Grand Hotel" over its dates: two columns of one row
                        header, place_lines = columns_apart_from_places(cells, names_work, a_part_of_the_work)
                        break
                    if len(cells) == 2 and a_place_alone(cells[1], names_work) and not a_place_alone(cells[0], names_work):
                        line, place_lines = cells[0], [*place_lines, cells[1]]  # "Acme Power        Tulsa, OK"
                    header.insert(0, line)
                    if len(header) == 2 and a_place(header[1]) and header[1].strip() != rest:
                        above = title_above(lines, j, previous_end)
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
        if len(header) == 2 and header[1].strip() == rest and (halves := both_halves_above(header[0], rest, lines[i])):
            header, place_lines = halves, [*place_lines, rest]
        title, company = split_title_company(header) if header else (None, None)
        if table_order is not None and len(header) == 2 and header == row_cells:
            title, company = by_columns(header, table_order)
            company = employer_without_its_town(company)
        elif columns is not None and (by_column := row_by_columns(rest, columns)):
            title, company = by_column
        elif columns is not None and (by_offset := row_by_offsets(lines[i], columns)):
            title, company = by_offset
        body = [b for k, b in enumerate(lines[i + 1:next_start], i + 1) if b.strip() and k != below]
        if entries:
            _drop_next_header(bodies[-1], header)
        location = where_of(header + place_lines, title, company)
        if location is None and body and a_place_alone(body[0].strip(), names_work):
            location = body.pop(0).strip()  # "Leeds, UK" on its own line under the header
        bodies.append(body)
        if not entries:
            first_anchor, first_header = i, [*header, *place_lines, rest]
        entries.append(entry_of(title, company, rng, location))
        one_lines.append(header[0] if len(header) == 1 else None)
        previous_end, previous_below = i, below
    for entry, body in zip(entries, bodies, strict=True):
        entry.description = "\n".join(body).strip() or None
    in_the_writers_order(entries, one_lines)
    employer_carried_down(entries, one_lines)
    return _with_an_undated_job_on_top(lines, first_anchor, first_header, entries), ranges


def _cells_beside_dates(rest: str, dates_first: bool) -> list[str]:
    """The cells a wide gap parts; after dates that open the line, two spaces part two cells of
    several words each ("2016.04 - 2019.03  Kubota Corporation  Junior Design Engineer"), as a
    narrow table keeps its columns apart."""
    cells = [p for p in re.split(r"\s{3,}|\t", rest) if p.strip()]
    if len(cells) == 1 and dates_first:
        narrow = [p for p in re.split(r"\s{2}", rest.strip()) if p.strip()]
        if len(narrow) == 2 and all(len(p.split()) >= 2 for p in narrow):
            return [p.strip() for p in narrow]
    return cells


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


def _drop_next_header(body: list[str], next_header: list[str]) -> None:
    """The lines above a job's dates that were read as its title and employer end the previous
    job's lines; they are no part of what was done there."""
    taken = {line.strip() for line in next_header}
    while body and an_employer_in_capitals(body[-1]).strip() in taken:
        body.pop()
