"""Dates as resumes write them, and years of experience as the union of their ranges."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

_LOOSE = {"a": "aàáâãäåą", "c": "cçćč", "e": "eéèêëęě", "i": "iìíîïı", "n": "nñńň", "o": "oòóôõöø",
          "u": "uùúûüů", "s": "sśšş", "z": "zźżž", "l": "lł", "y": "yý", "r": "rř", "g": "gğ"}
_FOLD = {ch: base for base, chars in _LOOSE.items() for ch in chars}


def _loose(word: str) -> str:
    """A word's pattern that any accents, apostrophes and spacing of it match."""
    out = []
    for ch in word.lower():
        base = _FOLD.get(ch, ch)
        if base in _LOOSE:
            out.append(f"[{_LOOSE[base]}]")
        elif ch in "'’":
            out.append(r"[’'`´]?\s?")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


# Month names in the common European languages (and Indonesian, Russian, Ukrainian), written without accents; an abbreviation is
# any start of one of at least three letters that names one month ("sept", "févr", "juil", "okt").
MONTH_NAMES = {
    1: "january januar janvier enero janeiro gennaio januari jänner styczen stycznia leden ianuarie ocak январь января янв січень січня",
    2: "february februar fevrier febrero fevereiro febbraio februari luty lutego unor februarie subat февраль февраля фев лютий лютого",
    3: "march marz mars marzo marco maart marts marzec marca brezen martie mart maret март марта березень березня",
    4: "april avril abril aprile kwiecien kwietnia duben aprilie nisan апрель апреля апр квітень квітня",
    5: "may mai mayo maio maggio mei maj maja kveten май мая травень травня",
    6: "june juni juin junio junho giugno czerwiec czerwca iunie haziran июнь июня червень червня",
    7: "july juli juillet julio julho luglio lipiec lipca iulie temmuz июль июля липень липня",
    8: "august aout agosto augustus augusti sierpien sierpnia srpen agustus август августа серпень серпня",
    9: "september septembre septiembre setiembre setembro settembre wrzesien wrzesnia zari septembrie eylul сентябрь сентября сен вересень вересня",
    10: "october oktober octobre octubre outubro ottobre pazdziernik pazdziernika rijen octombrie ekim октябрь октября окт жовтень жовтня",
    11: "november novembre noviembre novembro listopad listopada noiembrie kasim ноябрь ноября листопад листопада",
    12: "december dezember decembre diciembre dezembro dicembre grudzien grudnia prosinec decembrie aralik desember декабрь декабря дек грудень грудня",
}
_EXTRA_ABBREVIATIONS = {"mrt": 3, "mär": 3, "sept": 9, "okt": 10}


def _fold(text: str) -> str:
    return "".join(_FOLD.get(ch, ch) for ch in text.lower())


def _month_prefixes() -> dict[str, int]:
    seen: dict[str, set[int]] = {}
    for number, names in MONTH_NAMES.items():
        for name in names.split():
            for end in range(3, len(name) + 1):
                seen.setdefault(name[:end], set()).add(number)
    unique = {prefix: next(iter(ns)) for prefix, ns in seen.items() if len(ns) == 1}
    return unique | {_fold(k): v for k, v in _EXTRA_ABBREVIATIONS.items()}


MONTH_PREFIXES = _month_prefixes()


def month_number(word: str) -> int | None:
    """1-12 for a month's name or abbreviation in any of MONTH_NAMES' languages."""
    return MONTH_PREFIXES.get(_fold(word.strip(" .")))


def _by_first_letter(words: dict[str, str]) -> str:
    """An alternation of patterns (keyed by the word each matches) grouped under their first
    letter, so that a regex tries few of them at each place in a line."""
    groups: dict[str, list[str]] = {}
    for word, pattern in words.items():
        groups.setdefault(_fold(word)[0], []).append(pattern[len(_loose(word[0])):])
    return "(?:" + "|".join(
        _loose(first) + "(?:" + "|".join(sorted(rests, key=len, reverse=True)) + ")"
        for first, rests in sorted(groups.items())) + ")"


def _month_pattern() -> str:
    """Each shortest unique start of a month name, then optionally the rest of it."""
    alternatives: dict[str, str] = {}
    for names in MONTH_NAMES.values():
        for name in names.split():
            short = next((end for end in range(3, len(name) + 1) if name[:end] in MONTH_PREFIXES), 0)
            if not short:
                continue  # no start of it names one month alone (Czech "cerven", "cervenec")
            rest = "".join(f"(?:{_loose(ch)}" for ch in name[short:]) + ")?" * (len(name) - short)
            alternatives[name] = _loose(name[:short]) + rest
    alternatives |= {k: _loose(k) for k in _EXTRA_ABBREVIATIONS}
    return _by_first_letter(alternatives) + r"\.?"


_MONTH = _month_pattern()
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# A numeric point may carry its day ("01.04.2018", "15/01/2016"): the month is then the middle number.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# Also: a year with its month after a dot (East Asian CVs: "2015.03"), a month with a short
# year ("Aug '17") and a season ("Winter 2018", read as its year).
# Seasons in the languages of NOW_WORDS too ("Été 2015", "verano 2019", "Sommer 2020"); Italian's
# "estate" is left out, being English's word for property.
_SEASON_WORDS = {
    "spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter",
    "printemps": "spring", "été": "summer", "ete": "summer", "automne": "autumn", "hiver": "winter",
    "primavera": "spring", "verano": "summer", "otoño": "autumn", "otono": "autumn", "invierno": "winter",
    "verão": "summer", "verao": "summer", "outono": "autumn", "inverno": "winter",
    "frühling": "spring", "fruhling": "spring", "frühjahr": "spring", "sommer": "summer", "herbst": "autumn",
    "voorjaar": "spring", "zomer": "summer", "najaar": "autumn", "sommar": "summer", "lato": "summer",
}
_SEASON = "(?:" + "|".join(sorted(_SEASON_WORDS, key=len, reverse=True)) + ")"
# A day may stand before a month's name ("1 Jan 2018", "12th March 2011"); a month's name and
# its year may be joined by a slash or hyphen (Brazil's "jan/2018", India's "Jan-2018"); a year
# may lead its month as ISO writes it ("2018-04", "2018/04", "2018-04-30") or as East Asian CVs do ("2018年4月").
_DAY_BEFORE_NAME = r"(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:de\s+)?)?"  # "1 de marzo de 2019"
# Chinese, Japanese and Korean follow the year with its word ("2015年", "2015년"), and may add
# the month's and the day's ("2012年3月", "2015년 3월 2일").
_CJK_YEAR = rf"{_YEAR}\s*[年년](?:\s*(?:0?[1-9]|1[0-2])\s*[月월](?:\s*{_DAY}\s*[日일])?)?"
CJK_POINT = re.compile(rf"(?<!\d){_CJK_YEAR}")
# ("2019/4": Japanese CVs also write the month first-to-ninth without its nought, after a slash or dot)
_YEAR_MONTH = (rf"(?:{_CJK_YEAR}|{_YEAR}(?:\s*[./-]\s*(?:0[1-9]|1[0-2])(?:[./-]{_DAY})?|[/.][1-9]|\s*年\s*(?:0?[1-9]|1[0-2])\s*月?))"
               r"(?![\d/.-])")
# Spanish and Portuguese join a month to its year with "de" ("marzo de 2019", "março de 2020").
# (The gap between a month and its year is read in one pass, its spaces taken whole: tried a
# space at a time around an optional separator, a long run of spaces cost the square of its length.)
_POINT = (rf"(?:{_DAY_BEFORE_NAME}{_MONTH}\s*+(?:[,/-]\s*+|(?<=\s)(?:de|del)\s++)?'?{_YEAR}|{_MONTH}\s*[’']\d\d(?!\d)|{_SEASON}\s+{_YEAR}|"
          rf"(?:{_DAY}[/.-])?(?:0?[1-9]|1[0-2])\s*[/.-]\s*{_YEAR}|{_YEAR_MONTH}|{_YEAR})")
# Words that leave a range open, in the languages CVs are commonly written in; each is matched
# with or without its accents ("présent", "present"), any apostrophe ("aujourd’hui") and
# a full stop after it ("Present.").
NOW_WORDS = (
    # en
    "present", "current", "currently", "now", "today", "till date", "till now", "to date", "date",
    "ongoing", "continuing", "to the present", "up to now", "to present", "to this day", "cont", "contd",
    "present time", "the present time", "to the present time", "till present", "till present time",
    "until present", "until now", "up to present",
    # fr
    "présent", "présent jour", "actuel", "actuellement", "aujourd'hui", "à ce jour", "en cours",
    "ce jour", "maintenant", "à présent", "jusqu'à présent", "à aujourd'hui", "jusqu'à aujourd'hui",
    # es
    "actualidad", "la actualidad", "actual", "actualmente", "presente", "hoy", "en curso", "la fecha", "a la fecha",
    # pt
    "atual", "atualmente", "actualmente", "atualidade", "actualidade", "o momento", "hoje", "em curso", "momento", "presente",
    # it
    "oggi", "ad oggi", "a oggi", "in corso", "attuale", "attualmente", "tuttora", "al presente",
    # de
    "heute", "bis heute", "derzeit", "aktuell", "laufend", "fortlaufend", "jetzt", "dato", "bis dato", "gegenwärtig",
    # nl
    "heden", "nu", "huidig", "huidige", "tot heden", "lopend", "momenteel", "tot nu",
    # pl, cs/sk, ro, tr, hu, fi, et
    "obecnie", "nadal", "teraz", "dziś", "do dziś", "do chwili obecnej", "trwa", "současnost", "dosud",
    "súčasnosť", "prezent", "în prezent", "günümüz", "halen", "devam ediyor", "devam etmekte", "devam", "jelenleg", "napjainkig",
    "nykyhetki", "nyt", "tähän asti", "praegu",
    # sv, da, no
    "nuvarande", "pågående", "pågår", "idag", "i dag", "dags dato", "d.d.", "nå", "nåværende", "hittil",
    "nutid", "fortsatt", "tills vidare",
    # id, ms
    "sekarang", "saat ini", "hingga kini", "kini",
    # vi ("nay" alone: "08/2019 – nay")
    "hiện tại", "hiện nay", "nay", "đến nay", "hiện giờ",
    # zh, ja, ko, ru, uk
    "至今", "现在", "現在", "目前", "今", "현재", "재직중", "н.в.", "настоящее время", "по настоящее время",
    "наст. время", "теперішній час", "дотепер",
)
_NOW = _by_first_letter({w: _loose(w) for w in NOW_WORDS}) + r"\.?"
# a table's From and To cells ("Jun 2018 | Present") hold a range too
# ... and the words for "to" between two dates ("2016 bis 2019", "de 2016 à 2019", "2016 tot 2019", a form's "From: 2016 To: 2019",
# "February 2016 up to present"), a slash between spaces ("may-2017 / a la fecha"; "2017/2018" stays a year's form),
# or a wide gap alone, a table's From and To columns ("03/2022      11/2022")
# Its blanks are taken whole, and a gap alone is told by its last three spaces or, failing the words
# and marks, by a look along it for three spaces or a tab: a long run of spaces is read in one pass,
# not once per way of splitting it (the same separators, tried in the same order, as a run of
# blanks, one of the alternatives below, and blanks).
_SEP = (r"(?:\s*+(?:-|–|—|~|～|〜|(?:up\s+)?to:?|(?<=\s)/(?=\s))\s*+|\s++(?<=[ ]{3})|"
        r"\s*+(?:until:?|till:?|through|thru|\||bis|à|au|al|ad|a|até|hasta|tot|fino\s+a|do|til|по|至|s\s?/\s?d|s\.\s?d\.?|"
        r"sampai(?:\s+dengan)?|hingga)\s*+|(?=\s*?(?:\t|[ ]{3}))\s++)")
RANGE = re.compile(rf"(?<![\w/])({_POINT}){_SEP}({_POINT}|{_NOW})(?![\w/])", re.I)
# "March 2019 –", "2016–", "Oct 2021 to": a range left open at the end of its line
OPEN_END = re.compile(rf"(?<![\w/])({_POINT})\s*(?:-|–|—|to)\s*$", re.I)
SINCE = re.compile(rf"\b(?:since|from|depuis|desde|seit|ab|dal|sinds|vanaf|sedan|siden|od|a\s+partir\s+de)\s+({_POINT})(?![\w/])|"
                   rf"(?<![\w/])({_POINT})\s+onwards?\b", re.I)  # "June 2019 onwards" (India, UK)
# A start, a dash and an end that is neither a date nor a word of NOW_WORDS, at the end of a line
# or its brackets ("(09/2019 – jusqu'ici)"): a job's dates that cannot be read. Only a start
# with its month, or one in brackets, is taken for one ("won in 2019 - first prize" is none).
_UNREAD_END = r"([^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,2})\s*[)\]]?\s*$"
UNREAD_RANGE = re.compile(
    rf"(?:(?<![\w/])(?:{_MONTH}\s*,?\s*'?{_YEAR}|(?:{_DAY}[/.-])?(?:0?[1-9]|1[0-2])\s*[/.-]\s*{_YEAR}|{_YEAR}\.(?:0[1-9]|1[0-2]))"
    rf"|(?<=[(\[])\s*{_YEAR})\s*(?:-|–|—|~|to|until)\s*{_UNREAD_END}", re.I)
# How long a job lasted, written beside its dates: "(2 yrs)", "· 3 years 4 months", "(8 mos)".
# (Its blanks are tried from the start of a run only, and taken whole before a comma: a long run of
# spaces is read in one pass.)
DURATION = re.compile(r"[(\[·•|,-]?(?:(?<!\s)\s+)?\b\d{1,2}(?:[.,]\d)?\+?\s*(?:years?|yrs?|months?|mos?)\b\.?"
                      r"(?:\s*+(?:,\s*+)?(?:and\s+)?\d{1,2}\s*(?:months?|mos?)\b\.?)?\s*[)\]]?", re.I)
POINT = re.compile(rf"(?<![\w/]){_POINT}(?![\w/])", re.I)
# An academic or financial year written short: "2010-11" is 2010 to 2011.
SHORT_RANGE = re.compile(rf"(?<![\w/.]){_YEAR}\s*[-–/]\s*(\d\d)(?![\w/.-])")
YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
# A season alone ("Summer 2019", "Fruit Picker, Haygrove Ltd (Summer 2021)") is a range of its own, as
# seasonal and student work is dated: ending the line, so that a sentence that names one is none.
# Read from its end with possessive runs (and the gap before it in code), so a long run of
# blanks costs one pass, not one per way of splitting it between the separators.
_SEASON_ENDING = re.compile(rf"(?<!\w)({_SEASON})\s++({_YEAR})\s*+\)?+\s*+$", re.I)
# ... or opening the line before its separator ("Été 2015 : Hôtesse d'accueil – ...")
_SEASON_OPENING = re.compile(rf"^\s*+({_SEASON})\s++({_YEAR})(?=\s*+[:|–—-]\s|\s{{2}}|\t)", re.I)
_SEPARATORS = ",|(\t–—-"
# Its months as the northern hemisphere has them; a winter as the one its year opens with
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (1, 3)}


@dataclass(frozen=True)
class Month:
    year: int
    month: int | None  # None when only the year is written

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"


@dataclass(frozen=True)
class DateRange:
    start: Month
    end: Month | None  # None: up to now
    span: tuple[int, int]  # where it was found in the text

    @property
    def current(self) -> bool:
        return self.end is None


def _short_year(text: str) -> int | None:
    m = re.search(r"[’'](\d\d)(?!\d)", text)
    if not m:
        return None
    two = int(m.group(1))
    return 2000 + two if two <= 49 else 1900 + two


def _leading_month(text: str) -> int | None:
    m = re.match(r"([^\W\d_]{3,})", text)
    return month_number(m.group(1)) if m else None


def parse_point(text: str) -> Month | None:
    text = text.strip().lower()
    year = YEAR.search(text)
    if not year:
        short = _short_year(text)
        month = _leading_month(text)
        return Month(short, month) if short and month else None
    dotted = re.fullmatch(rf"({_YEAR})\s*(?:[./-]\s*(\d\d?)(?:[./-]\d\d?)?|[年년]\s*(?:(\d\d?)\s*[月월]?(?:\s*\d\d?\s*[日일])?)?)", text)
    if dotted:
        written = dotted.group(2) or dotted.group(3)
        return Month(int(dotted.group(1)), int(written) if written else None)
    month = _leading_month(re.sub(r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+)?", "", text))
    if month:
        return Month(int(year.group()), month)
    full = re.match(r"(\d{1,2})[/.-](\d{1,2})[/.-]", text)
    if full:
        first, second = int(full.group(1)), int(full.group(2))
        # day first, as most of the world writes it, unless the second number cannot be a month
        return Month(int(year.group()), first if second > 12 else second)
    num = re.match(r"(\d{1,2})\s*[/.-]", text)
    if num and 1 <= int(num.group(1)) <= 12 and len(text) > 4:
        return Month(int(year.group()), int(num.group(1)))
    return Month(int(year.group()), None)


def find_ranges(text: str) -> list[DateRange]:
    return list(_ranges_in(text))


# The parser asks about the same line several times (is it an entry's dates line, where do its
# dates end, is it a section's first line...): ~4 asks a line in a résumé. The answer is the
# line's alone and immutable, so it is kept for the last few thousand lines.
@functools.lru_cache(maxsize=4096)
def _ranges_in(text: str) -> tuple[DateRange, ...]:
    out = []
    for m in RANGE.finditer(text):
        start, end_text = parse_point(m.group(1)), m.group(2)
        end = parse_point(end_text) if YEAR.search(end_text) or _short_year(end_text) else None
        if start and (end is None or (end.year, end.month or 12) >= (start.year, start.month or 1)):
            out.append(DateRange(start, end, m.span()))
    if not out:
        for short in SHORT_RANGE.finditer(text):
            first_year = int(short.group()[:4])
            last_year = first_year - first_year % 100 + int(short.group(1))
            if first_year < last_year <= first_year + 10:
                out.append(DateRange(Month(first_year, None), Month(last_year, None), short.span()))
    if not out:
        open_end = OPEN_END.search(text.rstrip())
        opened = parse_point(open_end.group(1)) if open_end else None
        if open_end and opened:
            out.append(DateRange(opened, None, open_end.span()))
    if not out:
        for m in SINCE.finditer(text):
            start = parse_point(m.group(1) or m.group(2))
            if start:
                out.append(DateRange(start, None, m.span()))
    if not out and (season := _lone_season(text)):
        first, last = _SEASON_MONTHS[_SEASON_WORDS[season.group(1).lower()]]
        year = int(season.group(2))
        out.append(DateRange(Month(year, first), Month(year, last), (season.start(1), season.end(2))))
    return tuple(out)


def _lone_season(text: str) -> re.Match[str] | None:
    """A season and its year ending the line after a separator, a bracket or a gap of two blanks
    ("Fruit Picker, Haygrove Ltd (Summer 2021)"), or opening it before one."""
    ending = _SEASON_ENDING.search(text)
    if ending is not None:
        head = text[:ending.start()]
        before = head.rstrip()
        gap = head[len(before):]
        if not before or before[-1] in _SEPARATORS or len(gap) >= 2 or "\t" in gap:
            return ending
    return _SEASON_OPENING.search(text)


def unread_range(text: str) -> bool:
    """The line holds a job's dates that find_ranges cannot read (an end it does not know)."""
    m = UNREAD_RANGE.search(text)
    if m is None or POINT.search(m.group(1)):
        return False
    # outside brackets only a one-word end: "Promoted in Mar 2019 – led the team" holds no dates
    bracketed = text[:m.start()].count("(") > text[:m.start()].count(")")
    return (bracketed or len(m.group(1).split()) == 1) and not find_ranges(text)


def _months(r: DateRange, today: date) -> range:
    start = r.start.year * 12 + (r.start.month or 1) - 1
    if r.end is None:
        end = today.year * 12 + today.month  # the current month counts
    elif r.end.month:
        end = r.end.year * 12 + r.end.month  # "Jan 2019 - Mar 2019" is three months
    elif r.start.month is None and r.end.year == r.start.year:
        end = start + 12  # "2017 to 2017": that year
    else:
        end = r.end.year * 12  # "2017 - 2019": two years, a bare year ends where it starts
    return range(start, max(start, end))


def total_years(ranges: list[DateRange], today: date) -> float | None:
    """Years covered by the ranges, each month counted once however many jobs overlap it."""
    if not ranges:
        return None
    months: set[int] = set()
    for r in ranges:
        months.update(_months(r, today))
    return round(len(months) / 12, 1)
