"""A block of personal details ("Persönliche Daten", "Dados pessoais", "État civil"): labelled
lines of the name, birth, address, phone, email and nationality, which European CVs write
as a section of their own, often last. They give the contact details and are no job, school
or skill, wherever the block stands."""
from __future__ import annotations

import re
import unicodedata

from adapters.embedded.parsing.sections import Section

# Headings of such a block, folded (lower case, no accents), in the languages CVs are written in
_HEADING = re.compile(
    r"contact|personal|personlich|angaben zur person|zur person|kontakt|pessoa|personnel|personali|persoonlijk|"
    r"personalia|persoonsgegevens|osobow|etat civil|coordonnees|renseignements|contacto|contato|contatti|"
    r"dati anagrafici|osobni udaje|личн|особист|контакт")
# The labels of its lines, folded; "Né(e) le", "Geboren am": the date of birth
_LABEL = re.compile(
    r"^(?:(?:full\s+)?name|surname|last\s+name|family\s+name|first\s+names?|given\s+names?|forenames?|vorname|nachname|nom|prenom|nom\s+et\s+prenom|nombre(?:\s+y\s+apellidos)?|apellidos|"
    r"nome(?:\s+completo)?|cognome|naam|voornaam|achternaam|imie(?:\s+i\s+nazwisko)?|nazwisko|"
    r"date\s+of\s+birth|d\.?o\.?b\.?|born|place\s+of\s+birth|geburtsdatum|geburtsort|geboren(?:\s+am)?|"
    r"date\s+de\s+naissance|lieu\s+de\s+naissance|nee?\s*(?:\(e\))?\s+le|ne\(e\)\s+le|"
    r"fecha\s+de\s+nacimiento|lugar\s+de\s+nacimiento|data\s+de\s+nascimento|naturalidade|local\s+de\s+nascimento|"
    r"data\s+di\s+nascita|luogo\s+di\s+nascita|nato\s+a|geboortedatum|geboorteplaats|data\s+urodzenia|"
    r"miejsce\s+urodzenia|nationality|citizenship|staatsangehorigkeit|nationalitat|staatsburgerschaft|"
    r"nationalite|nacionalidad|nacionalidade|nazionalita|cittadinanza|nationaliteit|obywatelstwo|"
    r"marital\s+status|familienstand|etat\s+civil|situation\s+(?:familiale|de\s+famille)|estado\s+civil|"
    r"stato\s+civile|burgerlijke\s+staat|stan\s+cywilny|gender|sex|geschlecht|sexe|sexo|sesso|geslacht|plec|"
    r"age|alter|edad|idade|eta|leeftijd|wiek|kinder|enfants|hijos|filhos|figli|religion|"
    r"(?:(?:home|residential|permanent|present|current|postal|mailing)\s+)?address|anschrift|adresse|wohnort|direccion|domicilio|morada|endereco|residencia|"
    r"indirizzo|residenza|adres|woonplaats|"
    # the right to work where the job is: a status, no skill ("Right to work: Health and Care Worker visa")
    r"right\s+to\s+work(?:\s+in\s+[\w ]{2,20})?|visa(?:\s+status|\s+type)?|work\s+(?:permit|authori[sz]ation|visa)|"
    r"notice\s+period|passport(?:\s+(?:no|number))?\.?|"
    # the pay asked for and when one can start, in the CV's own words: terms, no skill
    # ("Pretensiones de renta: a convenir", "Disponibilidad: inmediata", "Gehaltsvorstellung: ...")
    r"(?:salary|pay)\s+expectations?|expected\s+(?:salary|ctc)|availability|available\s+from|"
    r"pretensi(?:on|ones)\s+(?:de\s+renta|salarial(?:es)?)|expectativa\s+salarial|aspiracion\s+salarial|pretensao\s+salarial|"
    r"disponibilidad|disponibilidade|pretentions?\s+salariales?|disponibilite|gehaltsvorstellung|verfugbarkeit|"
    r"eintrittstermin|kundigungsfrist)\s*:\s*\S|"
    # a phone's or an email's label only before a number or an address ("Mobile: iOS, Android" is a skill)
    r"^(?:phone|mobile|tel|telephone|telefon|handy|mobil|telefono|movil|celular|telemovel|telefone|cellulare|"
    r"telefoon|mobiel)\.?\s*:\s*[+(]?\d|^(?:e-?mail|courriel|correo(?:\s+electronico)?|posta\s+elettronica)\s*:\s*\S+@")


# A name given in two labelled lines ("Vorname: Anna" / "Nachname: Schmidt"), folded
_GIVEN = re.compile(r"^(?:first\s+names?|christian\s+names?|given\s+names?|forenames?|vorname|prenoms?|nombres?|nome|voornaam|imie|jmeno)\s*:\s*(.+)$")
_FAMILY = re.compile(r"^(?:surname|last\s+name|family\s+name|nachname|familienname|nom(?:\s+de\s+famille)?|apellidos?|"
                     r"apelidos?|sobrenome|cognome|achternaam|nazwisko|prijmeni)\s*:\s*(.+)$")
_CELL_GAP = re.compile(r"[ ]{4,}|\t")
_GAP_AFTER_A_LABEL = re.compile(r":[ \t]+")


def _fold(text: str) -> str:
    if text.isascii():
        return text.casefold()  # nothing to decompose: every line of most CVs, read many times
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def names_personal_details(heading: str) -> bool:
    """"Contact", "Personal Details", "Persönliche Daten", "Dados pessoais", "État civil"."""
    return bool(_HEADING.search(_fold(heading)))


def a_personal_detail(line: str) -> bool:
    """"Geburtsdatum: 14.03.1988", "Nationalité : française", "Morada: Rua ...": a labelled line
    of the block."""
    return bool(_LABEL.match(_fold(line.strip().lstrip("•●▪*·-– ").strip())))


def personal_details_apart(sections: list[Section]) -> list[str]:
    """The labelled personal-detail lines of the job, school and skill sections, taken out of
    them (a block whose heading was not read falls into the section above it)."""
    taken: list[str] = []
    for section in sections:
        if section.name not in ("experience", "education", "skills", "summary"):
            continue
        kept = []
        for line in section.lines:
            if a_personal_detail(line):
                taken.append(line)
            else:
                kept.append(line)
        section.lines[:] = kept
    return taken


def name_in_two_labels(lines: list[str]) -> tuple[int, str] | None:
    """(the line of the given names, the whole name) when a given-name and a family-name label
    each give a part ("Vorname: Anna", "Nachname: Schmidt"), or None."""
    given = family = None
    for index, line in enumerate(lines):
        # both on one line of a form, a wide gap between ("Surname: PAPADOPOULOS     First name: NIKOLAOS")
        # (a form's label column: "Surname:            Mokoena", the gap after the colon no cell's)
        for cell in _CELL_GAP.split(_GAP_AFTER_A_LABEL.sub(": ", line.strip())):
            folded = _fold(cell)
            g, f = _GIVEN.match(folded), _FAMILY.match(folded)
            value = cell.partition(":")[2].strip()
            if g and given is None and value:
                given = (index, value)
            elif f and family is None and value:
                family = value
    return (given[0], f"{given[1]} {family}") if given and family else None
