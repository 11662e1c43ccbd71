"""Name, email, phone and location from the top of a resume."""
from __future__ import annotations

import re
from dataclasses import dataclass

from adapters.embedded.parsing.address_lines import place_of_an_address_cell, town_of_an_address_line
from adapters.embedded.parsing.dates import NOW_WORDS, month_number
from adapters.embedded.parsing.european_addresses import CAPITAL as _CAPITAL
from adapters.embedded.parsing.european_addresses import town_of_a_european_address
from adapters.embedded.parsing.headings import meaning, words_of
from adapters.embedded.parsing.home_address import looks_like_a_street_address, place_of_an_address
from adapters.embedded.parsing.name_case import PARTICLES, readable_case
from adapters.embedded.parsing.name_titles import reads_french, without_title
from adapters.embedded.parsing.occupations import AGENT_ENDING, occupation_words
from adapters.embedded.parsing.personal_details import name_in_two_labels
from adapters.embedded.parsing.post_nominals import split_post_nominals, split_trailing_letters
from adapters.embedded.parsing.trade_surnames import a_trade_in_other_case, a_trade_surname_in_a_banner
from domain.country_names import country_code, names_a_country_or_region
from domain.place_fold import fold
from domain.place_names import fold_name, town_id

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Spaces inside a number, never a line break: a postcode above a number is no part of it.
# "+44 (0)20 7946 0958": the trunk zero written in brackets after the country code.
# "(+971) 50-123-4567", "(+63) 917 123 4567": the country code in brackets.
PHONE = re.compile(r"(?<![\w/])\(\+\d{1,3}\)[ \t.-]?\d[\d \t.-]{6,12}\d(?![\w/])|"
                   r"(?<![\w/])\+\d{1,3}[ \t.-]?\(0\)[ \t.-]?\d[\d \t.-]{6,12}\d(?![\w/])|"
                   r"(?<![\w/])(?:\+?\d{1,3}[ \t.-]?)?\(\d{1,5}\)[ \t.-]?\d{3,4}[ \t.-]?\d{3,5}(?![\w/])|"
                   r"(?<![\w/])(?:\+?\d{1,3}[ \t.-]?)?(?:\(\d{2,5}\)[ \t.-]?)?\d[\d \t.-]{7,14}\d(?![\w/])")
_LABEL = re.compile(r"^(?:nume(?:\s+(?:și|şi|si)\s+prenume)?|prenume\s+(?:și|şi|si)\s+nume|ad[ıi]\s+soyad[ıi]|nama(?:\s+lengkap)?|name|full\s+names?|names?\s+in\s+full|name\s+and\s+surname|candidate|nombres?(?:\s+completo)?|nombres\s+y\s+apellidos|apellidos\s+y\s+nombres|"
                    r"nom(?:\s+complet)?|nome(?:\s+completo)?|naam|navn|namn|imi[eę]\s+i\s+nazwisko|"
                    r"vor-?\s+und\s+nachname|jm[ée]no(?:\s+a\s+p[řr][íi]jmen[íi])?|meno(?:\s+a\s+priezvisko)?)"
                    # a colon or dash, or the wide gap of a form's label column ("Name        Sandra Meier")
                    r"(?:\s*[:\-]\s*|[ \t]{3,}|\t\s*)", re.I)
# "OKONKWO, Chinedu Emeka", "Müller, Katharina": the surname first, then a comma and the given names
_SURNAME_FIRST = re.compile(r"^([^\W\d_][^\W\d_'’-]+(?:\s[^\W\d_][^\W\d_'’-]+)?),\s+([^\W\d_][^\W\d_'’.-]*(?:\s[^\W\d_][^\W\d_'’.-]*){0,2})$")
# "Curriculum Vitae of Thabo Nkosi", "RESUME – JOHN SMITH", "CV: Anna Kowalska"
_DOCUMENT_LABEL = re.compile(r"^(?:curriculum\s+vitae|r[eé]sum[eé]|cv|bio[- ]?data)\s*(?:of\s+|[:–—|-]\s*)",
                             re.IGNORECASE)
# "Thabo Nkosi – Electrician", "Thabo Nkosi | Electrician", "Thabo Nkosi / Electrician",
# "THABO NKOSI        Electrician", "LIAM WALSH ‖ Surveyor": the name is the first part (no name
# holds a slash or a bar). A run of spaces is tried from its start only: tried from each of its
# spaces, a flattened banner's gap of 40,000 took half a minute (quadratic).
_TRADE_AFTER = re.compile(r"(?<!\s)\s*[|/‖¦]\s*|(?<!\s)\s+[–—-]\s+")
# A wide gap parts two columns flattened ("THABO NKOSI        Electrician"), but also spaced
# name words ("JOHN     SMITH"): the cell after it parts off only when it names no one
_WIDE_GAP = re.compile(r"\s{4,}|\t")
# 'Robert "Bob" Kowalski', "Nguyen Van An (Andy)": the name a person goes by, beside their name
_NICKNAME = re.compile(r"(?:(?<=\s)(?:\"[^\"]{1,20}\"|“[^”]{1,20}”|'[^']{1,20}'|‘[^’]{1,20}’|\([^()]{1,20}\)))(?=\s|$)")
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.-])*$")
_NOT_NAME = re.compile(r"\b(?:resume|curriculum|curr[ií]culo|vitae|cv|lebenslauf|hoja\s+de\s+vida|profile|email|phone|mobile|address|"
                       # the document's title in Turkish, Polish, Czech and Slovak, Indonesian, Dutch and Vietnamese
                       r"[öo]zge[çc]m[iİı][şs]|[żz]yciorys|[žz]ivotopis|riwayat\s+hidup|levensloop|s[ơo]\s+y[ếe]u\s+l[ýy]\s+l[ịi]ch|"
                       r"objective|summary|engineer|developer|manager|analyst|consultant|personal|details|data|"
                       r"particulars|information|contact)\b", re.I)
# Labels of where one lives, in English and the other languages résumés are commonly written in
_LOCATION_LABEL = re.compile(r"^(?:(?:present|permanent|mailing|postal|home|residential|current)\s+address|"
                             r"address|adresse|anschrift|location|city|current location|wohnort|ort|"
                             r"direcci[oó]n|ciudad|localidad|endere[cç]o|cidade|indirizzo|citt[aà]|residenza|"
                             r"adres|miasto|miejsce zamieszkania|woonplaats|"
                             r"адрес|город|место жительства|местоположение|адреса|місто|місце проживання)"
                             r"\s*[:\-]\s*(.+)$", re.I)
# "Bengaluru, Karnataka - Email me on Indeed: ..." and similar contact lines. (The place's parts
# end in no space, which the gap after them takes: one that could took a minute over a gap of
# 40,000 spaces, each of its lengths tried against each.)
_PLACE_BEFORE_CONTACT = re.compile(r"^([A-Z][\w .'-]*[\w.'-](?:,\s*[A-Za-z][\w .'-]*[\w.'-]){0,3}?)\s+[-|•]\s+"
                                   r"(?:email|e-mail|phone|mobile|tel|\+?\d[\d\s().-]{6,}\d)", re.I)
_CITY_STATE = re.compile(r"^(" + _CAPITAL + r"[^\W\d_ ]*(?:[ .'-]+[^\W\d_]+)*,\s*" + _CAPITAL + r"[^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*"
                         r"(?:,\s*[A-Z][\w .'-]+)?)(?:\s+\d{4,6}(?:-\d{3,4})?)?$")

# "Melbourne VIC 3000, Australia": a town, its state's letters and postcode, then the country
_TOWN_STATE_POSTCODE = re.compile(r"^(" + _CAPITAL + r"[^\W\d_]+(?:[ '-]" + _CAPITAL + r"[^\W\d_]+){0,2}\s+[A-Z]{2,3})\s+\d{4}"
                                  r"(,\s*[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){0,2})?$")
# "1420 Maple Avenue, ", "88 Elm St., Apt 4B, ": the street before the town of a home address
_STREET_BEFORE = re.compile(
    r"^\d+[A-Za-z]?\s+(?:[\w.'-]+\s+){1,4}?(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|"
    r"court|ct|place|pl|terrace|close|crescent|highway|hwy|parkway|pkwy)\.?"
    r"(?:,?\s+(?:apt|apartment|unit|suite|ste|flat)\.?\s*#?[\w-]+|\s+#[\w-]+)?,\s+", re.IGNORECASE)
# "Flat 3, 12 Harbour Road, ...": a flat or unit before the street number.
_FLAT_BEFORE = re.compile(r"^(?:flat|apt|apartment|unit|suite)\.?\s*#?[\w-]+,\s+(?=\d)", re.IGNORECASE)
# "69003 Lyon", "80331 München": a postcode before its town, in a line of contact details
_POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+(" + _CAPITAL + r"[^\W\d_]+(?:[ -]" + _CAPITAL + r"[^\W\d_]+){0,2})$")
# (Each of these tries a run of spaces from its start only, where the leftmost match starts
# anyway: tried from each of its spaces, a line of 40,000 took a minute.)
_UK_POSTCODE_AFTER = re.compile(r"(?:,|(?<![\s,]))\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$")
_POSTCODE_AFTER = re.compile(r"(?<!\s)\s+\d{4,6}(?:-\d{3,4})?$")
_PARTS_OF_A_LINE = re.compile(r"(?<!\s)\s+[|•·]\s+|(?<!\s)\s+[-–—]\s+")


_CONTACT_PARTS = re.compile(r"(?<!\s)\s*[|•·]\s*|(?<!\s)\s+[-–—]\s+")  # a run of spaces from its start only
# One to three capitalised words, then a postcode if any (UK "LS9 8AB", "BT1 5GS"; digits elsewhere).
_TOWN = re.compile(r"^(" + _CAPITAL + r"[^\W\d_]+(?:[ '-]" + _CAPITAL + r"[^\W\d_]+){0,2})"
                   r"(?:\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{4,6}))?$")
_NOT_TOWN = re.compile(r"\b(?:linkedin|github|portfolio|website|available|immediately|licen[cs]e|driving|"
                       r"references|request|nationality|citizen|visa|married|single|male|female|remote|"
                       r"hybrid|relocat\w*|willing|open|he|she|they|him|her|them)\b", re.I)


# An address that a narrow column wrapped at a dot, an underscore or a hyphen: the first part
# alone on its line, in lower case ("jane.doe." over "nurse@example.org"; not "B.Sc.")
_WRAPPED_EMAIL = re.compile(r"(?m)^[ \t]*([a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*[._-])[ \t]*\n[ \t]*([\w.+-]*@[\w-]+(?:\.[\w-]+)+)")
# A national number of nine digits with no country code, in its country's groups ("622 418 095",
# "253 61 72 40"); nine digits in a run are as likely an ID or tax number.
_NINE_DIGITS_GROUPED = re.compile(r"\d{3}([ .-])\d{3}\1\d{3}|\d{3}([ .-])\d\d\2\d\d\2\d\d")


# Eight digits, as Singapore, Hong Kong, Denmark, Norway and the Gulf states number their lines
# ("HP: 9123 4567"): a phone only after a label that says so.
_EIGHT_DIGITS_LABELLED = re.compile(r"\b(?:hp|h/p|phone|mobile|mob|tel|cell|contact(?:\s+no\.?)?|whatsapp)\b\.?\s*[:.]?\s*"
                                    r"(\+?\d{4}[ -]?\d{4})(?![\d-])", re.IGNORECASE)


# "0171 / 482 90 31", "030/4829031": the area code with its trunk zero, then a slash, as
# German-speaking countries write a number (a slash elsewhere parts dates: "03/2019")
_AREA_CODE_SLASH = re.compile(r"(?<![\w/])0\d{2,5}[ \t]?/[ \t]?\d[\d \t-]{4,12}\d(?![\w/])")


@dataclass
class Contact:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    name_line: int | None = None  # which of the top lines gave the name
    name_written: str | None = None  # the name as its line wrote it, letters after it included
    letters_after_name: tuple[str, ...] = ()  # "RN", "CPA": licences among them are skills
    letters_after_headline: tuple[str, ...] = ()  # "Senior Accountant, CPA" under the name
    phone_at: int | None = None  # where in the text the phone was found
    location_labelled: bool = False


def looks_like_name(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 5 or _NOT_NAME.search(line):
        return False
    if len(words) == 1 and meaning(words_of(line)) not in (None, "entry-label"):
        return False  # "Experience", "Skills": a heading where a name would stand
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    letters = [w for w in words if len(w.strip(".")) > 1]
    inner = words[1:-1]
    return bool(letters) and words[0][0].isupper() and words[-1][0].isupper() and \
        all(w[0].isupper() or w.lower() in PARTICLES for w in inner)


def parse_contact(text: str, header_lines: list[str]) -> Contact:
    c = Contact()
    email = EMAIL.search(_WRAPPED_EMAIL.sub(r"\1\2", text))
    c.email = email.group() if email else None
    for m in PHONE.finditer(text[:3000]):
        digits = re.sub(r"\D", "", m.group())
        if (10 <= len(digits) <= 15 or _NINE_DIGITS_GROUPED.fullmatch(m.group().strip())) \
                and not re.fullmatch(r"(?:19|20)\d\d\D*(?:19|20)\d\d", m.group().strip()):
            c.phone = m.group().strip()
            c.phone_at = m.start()
            break
    if c.phone is None and (labelled_number := _EIGHT_DIGITS_LABELLED.search(text[:3000])) \
            and not re.fullmatch(r"(?:19|20)\d\d\D?(?:19|20)\d\d", labelled_number.group(1)):
        c.phone, c.phone_at = labelled_number.group(1), labelled_number.start(1)
    if c.phone is None and (slashed := _AREA_CODE_SLASH.search(text[:3000])) \
            and 10 <= len(re.sub(r"\D", "", slashed.group())) <= 13:
        c.phone, c.phone_at = slashed.group(), slashed.start()
    lines = [h.strip() for h in header_lines if h.strip()] or \
        [t.strip() for t in text.splitlines()[:8] if t.strip()]
    # a line labelled as the name ("Name: Chinedu Okonkwo") wins over the lines above it
    labelled = [i for i, line in enumerate(lines[:12]) if _LABEL.match(line)]
    french = reads_french(text)
    in_two = name_in_two_labels(lines[:14])
    if in_two and looks_like_name(in_two[1]):
        c.name_line, c.name = in_two
        c.name_written = lines[in_two[0]].partition(":")[2].strip()
        labelled = []  # "Nom : Dubois" beside "Prénom : Camille" is only a part of the name
    for index in [*labelled, *(i for i in range(min(6, len(lines))) if i not in labelled and not c.name)]:
        line = lines[index]
        candidate = _DOCUMENT_LABEL.sub("", _LABEL.sub("", line))
        candidate = _before_a_headline(_TRADE_AFTER.split(EMAIL.sub("", candidate))[0]).strip(" ,-")
        written = candidate  # with its titles: "Mme" of "Mme Odile Perrin" is no word of the text's own
        candidate, letters_before = without_title(candidate, french)
        credentialled = split_post_nominals(candidate) or split_trailing_letters(candidate)
        if credentialled:
            candidate = credentialled[0]
        surname_first = _SURNAME_FIRST.match(candidate) if (index in labelled or index == 0) and not credentialled else None
        if surname_first and looks_like_name(f"{surname_first.group(2)} {surname_first.group(1)}") \
                and not _a_place_after_a_comma(surname_first.group(2)) and not occupation_words(candidate):
            c.name, c.name_written, c.name_line = candidate, written, index  # as written, the surname first
            break
        candidate = _before_a_headline_after_a_comma(candidate)
        if looks_like_name(candidate) or looks_like_name(_NICKNAME.sub(" ", candidate)):
            c.name, c.name_written, c.name_line = candidate, written, index
            c.letters_after_name = (*letters_before, *(credentialled[1] if credentialled else ()))
            c.letters_after_headline = _letters_after_headline(lines[index + 1:index + 2])
            break
    if c.name and c.name_line is not None and (len(c.name.split()) == 1 or a_trade_surname_in_a_banner(c.name)):
        _name_in_full_below(lines, c)
    c.location, c.location_labelled = _location(lines[:12], c)
    if c.name:
        c.name = readable_case(c.name)  # "JANE O'NEIL-SMITH" is Jane O'Neil-Smith
    return c


def _before_a_headline_after_a_comma(candidate: str) -> str:
    """"MARC-ANDRÉ TREMBLAY, Red Seal Millwright": a name of two words or more, a comma, then what
    the person is at work (an occupation's word, or a noun for a person at work) is the name."""
    name, comma, headline = candidate.partition(", ")
    words = headline.split()
    if not comma or len(name.split()) < 2 or not looks_like_name(name) or not words \
            or not all(w[:1].isupper() for w in words):
        return candidate
    return name if occupation_words(headline) or AGENT_ENDING.search(words[-1]) else candidate


def _name_in_full_below(lines: list[str], c: Contact) -> None:
    """"GARETH     Plumber" over "Gareth Hughes | Swansea | ...": a given name alone in a banner,
    then the whole name on a line below it, is that whole name."""
    assert c.name is not None and c.name_line is not None
    for index in range(c.name_line + 1, min(c.name_line + 4, len(lines))):
        candidate = _before_a_headline(_TRADE_AFTER.split(EMAIL.sub("", lines[index]))[0]).strip(" ,-")
        words = candidate.split()
        if len(words) >= 2 and words[0].casefold() == c.name.split()[0].casefold() and looks_like_name(candidate):
            c.name, c.name_written, c.name_line = candidate, candidate, index
            return


def _before_a_headline(text: str) -> str:
    """The name before a wide gap and a headline, a trade or a place in the next cell; a cell
    of name words after it is more of the name ("Maria  Fernanda    Lopez")."""
    cells = [c for c in _WIDE_GAP.split(text.strip()) if c.strip()]
    kept: list[str] = []
    for cell in cells:
        one_word_each = len(kept) == 1 and len(kept[0].split()) == 1 and len(cell.split()) == 1
        if kept and (not one_word_each or a_trade_in_other_case(kept[0], cell)) and _names_no_one(cell):
            break  # ("JOHN     BAKER": one word after one word is the surname, whatever it means)
        kept.append(cell.strip())
    return " ".join(" ".join(kept).split()) if len(kept) > 1 else (kept[0] if kept else text)


def _names_no_one(cell: str) -> bool:
    """(A town alone may be a surname too, "Moreno", "Lima": only a town with its region or
    a country parts off.)"""
    plain = cell.strip(" ,-")
    return bool(occupation_words(plain) or _NOT_NAME.search(plain) or re.search(r"[\d@]", plain)
                or ("," in plain and _a_place_after_a_comma(plain.split(",")[-1]))
                or names_a_country_or_region(plain)
                or not all(_NAME_WORD.match(w) for w in plain.replace(",", " ").split()))


def _letters_after_headline(lines: list[str]) -> tuple[str, ...]:
    """The letters after the job title on the line under the name ("Senior Accountant, CPA",
    "Staff Nurse, RN, BSN"): where many put the licence they work under, and often nowhere
    else. Only a title that names an occupation; never a contact line."""
    if not lines or EMAIL.search(lines[0]) or PHONE.search(lines[0]):
        return ()
    split = split_post_nominals(lines[0])
    if split is None or not occupation_words(split[0].split()[-1]):
        return ()
    return tuple(split[1])


def _a_place_after_a_comma(part: str) -> bool:
    """"Leeds, UK", "Austin, Texas", "Berlin, Deutschland": a town and its region or country,
    which a surname-first name ("Müller, Katharina") must not be taken for."""
    return len(part) <= 3 or names_a_country_or_region(part) or bool(occupation_words(part))


def _location(lines: list[str], contact: Contact) -> tuple[str | None, bool]:
    """(the place, whether a label or a contact line said it is one); never the person's name
    nor the letters after it ("MARIA GONZALEZ, RN" is no "Town, ST")."""
    name = contact.name
    if contact.name_line is not None and contact.name_written:
        lines = list(lines)
        line = lines[contact.name_line]
        lines[contact.name_line] = line.replace(contact.name_written, "", 1).strip(" |,-•")
    for line in lines:
        m = _LOCATION_LABEL.match(line)
        if m:
            labelled = m.group(1).strip()
            return town_of_a_european_address(labelled) or _town_after_a_street(labelled) or _no_street(labelled), True
        m = _PLACE_BEFORE_CONTACT.match(line)
        if m and m.group(1).strip() != name and not _a_job_title(m.group(1).split(",")[0]):
            place = _POSTCODE_AFTER.sub("", m.group(1).strip())
            # ("Apt 4, Glasnevin Court, Dublin 11": the town of the gazetteer among its parts)
            return (looks_like_a_street_address(place) and place_of_an_address_cell(place, name)) \
                or _no_street(place), True
    for index, line in enumerate(lines):
        if index == 0 and contact.name_line is None:
            continue  # the first line is a name the parser could not read, not a place
        for part in _PARTS_OF_A_LINE.split(line):
            part = _FLAT_BEFORE.sub("", part.strip())
            home = _town_after_a_street(part) or town_of_a_european_address(part)
            if home:
                return home, False
            street = _STREET_BEFORE.match(part)
            if street:
                part = part[street.end():]
            uk_postcode = _UK_POSTCODE_AFTER.search(part.strip())
            if uk_postcode:  # "Leeds, West Yorkshire LS11 5AB", "Belfast, BT1 5GS"
                place = part.strip()[:uk_postcode.start()]
                known = _CITY_STATE.match(place) or _TOWN.match(place)
                if known and not occupation_words(place):
                    return known.group(1).strip(), False
            m = _CITY_STATE.match(part.strip())
            if m and len(part) < 60 and not EMAIL.search(part) and not _a_job_title(part.split(",")[0]):
                return m.group(1).strip(), False
            m = _TOWN_STATE_POSTCODE.match(part.strip())
            if m:
                return m.group(1) + (m.group(2) or ""), False
    town = _town_in_contact_line(lines, name) or _a_known_town_alone(lines, contact.name_line) \
        or town_of_an_address_line(lines[:8], contact.name_line, name)
    return town, False


_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")


def _a_known_town_alone(lines: list[str], name_line: int | None) -> str | None:
    """A line of the top that is only a town's name: in another script ("Москва", "Київ",
    "Αθήνα"), or in Latin letters ("Bristol") where the top also gives an email or a phone, so
    that the line sits in the person's contact block. Such a name is no English word there
    ("Reading", "Mobile" are towns too) unless it labels a field or names a job."""
    in_contact_block = any(EMAIL.search(line) or PHONE.search(line) for line in lines[:8])
    for index, line in enumerate(lines[:8]):
        line = line.strip()
        if index == name_line or not _TOWN.match(line):
            continue
        if _LATIN.search(line) and not (in_contact_block and _a_town_line(line)):
            continue
        if town_id(fold_name(line)) is not None:
            return line
    return None


def _a_town_line(line: str) -> bool:
    """A capitalised name alone ("Bristol", "Milton Keynes"), not a label ("Mobile", "Address")
    nor a job ("Baker")."""
    return line[:1].isupper() and not _LABEL_WORD.match(line) and not occupation_words(line) \
        and not _LOCATION_LABEL.match(line + ":") and not _a_job_title(line)


# Field labels that are towns' names too, written alone above their value.
_LABEL_WORD = re.compile(r"^(?:mobile|phone|telephone|home|email|e-mail|address|contact|tel|cell|web|"
                         r"nationality|born|age|status)$", re.IGNORECASE)


def _town_after_a_street(part: str) -> str | None:
    """"12 Park Road, Leeds LS11 5AB" -> "Leeds"; "..., Leeds LS2 7AB, United Kingdom" ->
    "Leeds, United Kingdom"."""
    part = _FLAT_BEFORE.sub("", part.strip())
    street = _STREET_BEFORE.match(part)
    if not street:
        return None
    town, country = _without_a_country(part[street.end():].strip())
    town_alone = _TOWN.match(town)
    if town_alone and not _CITY_STATE.match(town):
        return town_alone.group(1) + (f", {country}" if country else "")
    return None


def _no_street(place: str) -> str | None:
    """A place as written, or only the town, region and country of a street address."""
    return place_of_an_address(place) if looks_like_a_street_address(place) else place


def _without_a_country(place: str) -> tuple[str, str | None]:
    """("Leeds LS2 7AB", "United Kingdom") of "Leeds LS2 7AB, United Kingdom"."""
    head, comma, last = place.rpartition(",")
    if comma and country_code(fold(last)):
        return head.strip(), last.strip()
    return place, None


def _a_job_title(words: str) -> bool:
    """"Staff Nurse" (of "Staff Nurse, Royal Melbourne Hospital", set like "Town, Region"):
    words that end in an occupation; "Baker City" or a lone "Cook" (towns) do not."""
    parts = words.split()
    return len(parts) >= 2 and bool(occupation_words(parts[-1]))


def _postcode_and_town(part: str) -> re.Match[str] | None:
    """"80331 München", "2000 Antwerpen"; never a year and a word of dates ("2019 Present")."""
    m = _POSTCODE_TOWN.match(part)
    town = m.group(1) if m else ""
    return m if m and town.casefold() not in NOW_WORDS and month_number(town) is None else None


def _town_in_contact_line(lines: list[str], name: str | None) -> str | None:
    """A town alone, or before its postcode, among the parts of a line that holds the email or
    phone ("07700 900456 | jane@example.co.uk | Belfast", "Leeds LS9 8AB · 07911 123456"): the
    only other thing such a line gives is where the person lives. Never a job title."""
    for line in lines:
        if not (EMAIL.search(line) or PHONE.search(line)):
            continue
        parts = [p.strip() for p in _CONTACT_PARTS.split(line) if p.strip()]
        if len(parts) < 2:
            continue
        for part in parts:
            m = _TOWN.match(part) or _postcode_and_town(part)
            if m and m.group(1) != name and not _NOT_NAME.search(part) and not _NOT_TOWN.search(part) \
                    and not occupation_words(part):
                return m.group(1)
    return None
