"""Section headings in the other common languages of résumés (German, French, Spanish, Dutch,
Italian, Portuguese, Polish, Russian, Ukrainian, Romanian, the Nordic languages, Turkish, Czech,
Hungarian, Indonesian, Vietnamese; Chinese, Japanese, Korean), read when the English families of headings.py
find nothing. A table of head nouns by stem, not of whole headings: a heading names its
section by one noun, whatever modifies it ("Expérience professionnelle", "Experiencia
laboral", "Berufliche Erfahrung"), and German joins it to its modifiers in one compound
("Berufserfahrung", "IT-Kenntnisse"), so German stems are also looked for at a word's end.

Chinese, Japanese and Korean headings are read by their opening noun too ("学歴", "工作经历",
"경력사항"). Compared without accents ("Fähigkeiten" as "fahigkeiten", "Umiejętności" as "umiejetnosci").
Most specific family first: "Sprachkenntnisse" (language skills) is a languages heading.
A stem ending in "=" is a whole word (see _head_reader). Left out on purpose: words that open
content lines as often as headings ("Hochschule ..." institutions; job titles such as "Projektleiter",
"Praktikant", "Tirocinante", "Stage Manager"; "Resume" atop English résumés)."""
from __future__ import annotations

import re
import unicodedata

from adapters.embedded.parsing.driving_licences import names_a_driving_licence
from adapters.embedded.parsing.headings import family_of_word, meaning

# (family, stems a word starts with, stems a word may end with: German compounds)
_HEADS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("languages", (
        "sprache", "sprachkenntnis", "fremdsprach",            # de
        "langue",                                              # fr
        "idioma", "lenguas",                                   # es, pt
        "talen=", "talenkennis",                                # nl
        "lingue", "conoscenze linguistiche", "linguas",  # it, pt
        "jezyk", "znajomosc jezyk",                            # pl
        "языки", "знание язык", "иностранные язык", "мови=", "володіння мов",  # ru, uk
        "语言能力", "外语", "語学", "外国語", "어학", "외국어",  # zh, ja, ko
        "limbi straine", "cunostinte lingvistice", "sprakkunskap", "diller=", "yabanci dil", "jazyky=",  # ro, sv, tr, cs
        "nyelvtudas", "kemampuan bahasa",                     # hu, id
        "sprak=", "sprog=",                                    # sv, no, da ("Språk", "Sprog")
        "ngoai ngu",                                           # vi
    ), ("sprachen", "sprachkenntnisse")),
    ("certifications", (
        "formations complementaires", "formation complementaire", "formation continue",  # fr: courses after the schooling
        "abilitazion",                                         # it: "Corsi e abilitazioni", the licences to practise
        "zertifi", "weiterbildung", "fortbildung", "lizenz", "schulungen",  # de
        "certificat", "habilitation",                          # fr
        "certificac", "cursos", "capacitacion",              # es
        "certificaten", "cursussen",                          # nl
        "certificazion", "attestat", "corsi",                 # it
        "certificac",                                         # pt
        "certyfikat", "kursy", "szkoleni", "uprawnieni",  # pl
        "сертифика", "курсы", "повышение квалификации", "сертифіка", "курси",  # ru, uk
        "证书", "资格证书", "資格", "免許", "자격",  # zh, ja, ko
        "certificari", "cursuri", "certifikat", "kurser=", "sertifika", "sertifikat", "pelatihan", "kurzy=",  # ro, sv, tr, id, cs
        "chung chi",                                           # vi
    ), ("zertifikate", "weiterbildung", "weiterbildungen", "fortbildungen")),
    ("experience", (
        "berufserfahrung", "erfahrung", "werdegang", "praktikum", "praktika=", "beschaftigung",  # de
        "experience", "parcours", "stages=",                    # fr (accents folded)
        "experiencia", "trayectoria", "practicas",            # es, pt
        "werkervaring", "ervaring", "loopbaan",     # nl
        "esperienz", "tirocini=", "tirocinio=",                               # it
        "historial", "percurso", "estagios=", "estagio=",                   # es, pt
        "antecedentes laborales", "antecedentes profesionales",            # es (Chile, Peru): "background"
        "doswiadczeni", "przebieg pracy", "praktyki", "staz=",  # pl
        "опыт", "трудовая деятельность", "досвід", "трудова діяльність",  # ru, uk
        "工作经历", "工作经验", "职业经历", "職歴", "職務経歴", "経歴", "경력",  # zh, ja, ko
        "experienta", "arbetslivserfarenhet", "erfarenhet", "arbeidserfaring", "erhvervserfaring",  # ro, sv, no, da
        "riwayat pekerjaan", "is deneyimi", "deneyim", "pengalaman", "pracovni zkusenost", "szakmai tapasztalat", "tyokokemus",  # tr, id, cs, hu, fi
        "kinh nghiem", "qua trinh cong tac",                                  # vi
    ), ("erfahrung", "werdegang")),
    ("education", (
        "ausbildung", "bildung", "studium", "schulbildung",  # de
        "formation", "etudes", "diplome", "education", "scolarite",        # fr
        "formacion", "educacion", "estudios", "titulacion", "escolaridad",  # es
        "antecedentes academicos", "antecedentes educacionales",
        "opleiding", "onderwijs", "studie",                                # nl
        "istruzione", "formazione", "titoli di studio",                    # it
        "formacao", "educacao", "escolaridade", "habilitacoes",            # pt
        "wyksztalceni", "edukacja",                                        # pl (ł kept: see _fold)
        "образовани", "освіта",                                            # ru, uk
        "教育背景", "教育经历", "学历", "学歴", "학력",                        # zh, ja, ko
        "educatie", "studii", "utbildning", "utdanning", "uddannelse", "utdannelse",  # ro, sv, no, da
        "egitim", "pendidikan", "vzdelani", "tanulmany", "vegzettseg", "koulutus",  # tr, id, cs, hu, fi
        "riwayat pendidikan",                                                # id: "Riwayat Pendidikan"
        "hoc van", "trinh do hoc van", "qua trinh hoc tap",                 # vi
    ), ("ausbildung", "bildung")),
    ("skills", (
        "kenntnis", "fahigkeit", "kompetenz", "qualifikation", "faehigkeit",  # de
        "competence", "aptitude", "savoir", "connaissance",                  # fr
        "habilidad", "competencia", "conocimiento", "destreza", "aptitud",   # es
        "herramientas", "ferramentas", "outils=", "strumenti=",              # es, pt, fr, it: "tools" (the plural: a heading)
        "informatica=", "informatique=",                                     # es, pt, it, fr: computer skills
        "vaardighed", "competentie", "kennis=",                               # nl
        "competenz", "capacita", "conoscenz", "abilita",                     # it
        "competencia", "habilidade", "conhecimento",                         # pt
        "qualificac", "cualificac",  # pt, es: as German "Qualifikationen", the tickets and skills held
        "umiejetnosc", "kompetencj", "umiejetnosci",                         # pl
        "навык", "ключевые навык", "профессиональные навык", "навички", "компетенц",  # ru, uk
        "专业技能", "技能", "スキル", "보유기술", "기술",  # zh, ja, ko
        "competente", "aptitudini", "abilitati", "kompetens", "fardighet", "ferdighet", "kvalifikation",  # ro, sv, no, da
        "kompetanse", "kompetence", "kunnskap", "kvalifikasjon", "faerdighed",
        "bilgisayar", "yetenek", "beceri", "yetkinlik", "keahlian", "keterampilan", "dovednost", "keszseg", "taidot",  # tr, id, cs, hu, fi
        "ky nang",                                                           # vi
    ), ("kenntnisse", "fahigkeiten", "kompetenzen")),
    ("summary", (
        "profil", "zusammenfassung", "uber mich", "kurzprofil",        # de
        "a propos", "objectif",                              # fr
        "perfil", "resumen", "sobre mi", "objetivo", "resumo",         # es, pt
        "profiel", "samenvatting", "over mij",                         # nl
        "profilo", "sommario", "chi sono", "obiettivo",                # it
        "podsumowanie", "o mnie", "cel zawodowy",                      # pl
        "о себе", "цель", "профиль", "про себе", "мета=",              # ru, uk
        "muc tieu", "gioi thieu ban than",                             # vi
    ), ()),
    ("projects", ("projekt=", "projekte=", "projet=", "proyecto=", "projecten=", "progetti=", "projeto=", "projekty="), ()),
    ("other", (
        "personliche daten", "personliches", "hobby", "interessen", "referenzen", "sonstiges",  # de
        "angaben zur person", "zur person", "kontaktdaten", "kontakt=",
        "centres d'interet", "centres d interet", "loisirs", "informations personnelles", "references",  # fr
        "autres informations", "informations complementaires", "divers=",
        "donnees personnelles", "etat civil", "coordonnees", "renseignements personnels",
        "datos personales", "intereses", "aficiones", "referencias", "informacion personal",  # es
        "datos de contacto", "contacto=", "otros datos", "otra informacion", "informacion adicional",
        "datos adicionales", "antecedentes personales",
        "persoonlijke gegevens", "interesses", "hobby's", "referenties", "personalia", "persoonsgegevens",  # nl
        "dati personali", "interessi", "referenze", "dati anagrafici", "informazioni personali", "contatti=",  # it
        "dados pessoais", "interesses", "referencias", "informacoes pessoais", "contato=", "contacto=",  # pt
        "outras informacoes", "informacoes adicionais", "outros dados", "informacoes complementares",
        "dane osobowe", "zainteresowania", "referencje",  # pl
        "personlige opplysninger", "personlige oplysninger", "personuppgifter", "referanser=", "referenser=",
        "interesser=", "fritidsintresse",                     # no, da, sv
        "thong tin ca nhan", "so thich",                      # vi
    ), ()),
)
_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*")
# "Qualificações Acadêmicas", "Cualificaciones académicas", "Qualificação Escolar": the
# qualifications of schooling, where "Qualificações" alone or "Profissionais" are the skills held
_SCHOOLING_QUALIFICATIONS = re.compile(r"^(?:qu|cu)alificac\w*\s+(?:academ|escolar|formativ|educativ|de\s+ensino)")


def _fold(text: str) -> str:
    """Lower case without accents; Polish ł and Vietnamese đ (no decomposition) as l and d."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l").replace("đ", "d"))
    # composed again: Korean syllables decompose into letters that are no accents
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def foreign_meaning(heading: str) -> str | None:
    """The section a heading in one of the languages above names, or None. Only its first
    word, or a first word and the phrase it opens, is read as the head noun (the Romance and
    Polish order: "Formación académica"), or its last word as a German compound's end, so a
    job title or sentence that merely holds such a word elsewhere is no heading."""
    elided = _ELIDED.match(_fold(heading).strip())
    if elided and (whole := _completed(elided.group(1), elided.group(2))):
        # "Aus- und Weiterbildung" is "Ausbildung und Weiterbildung": schooling beside training
        # is the schooling, as "Training & Education" is; otherwise the first part names the section
        # ("Fach- und Sprachkenntnisse": the skills, languages among them)
        first, second = foreign_meaning(whole), foreign_meaning(elided.group(2))
        return "education" if "education" in (first, second) else first
    words = _WORD.findall(_fold(heading).replace("-", " "))
    if not words:
        return None
    if names_a_driving_licence(heading):
        return "certifications"  # the licence's name alone ("Führerschein Klasse B" is a licence)
    first, last = words[0], words[-1]
    text = " ".join(words)
    if _SCHOOLING_QUALIFICATIONS.match(text):
        return "education"
    for family, phrase_start, first_word, endings in _HEAD_READERS:
        if phrase_start.match(text) or first_word.fullmatch(first) or last.endswith(endings):
            return family
    return None


# German leaves out a compound's shared end after a hyphen: "Aus- und Weiterbildung", "Berufs- und Praxiserfahrung"
_ELIDED = re.compile(r"^([^\W\d_]+)-\s+(?:und|oder|&|/)\s+([^\W\d_]+)$")


def _completed(start: str, whole: str) -> str | None:
    """The elided word made whole with the longest end of the next that makes a heading's word
    ("aus" + "weiterbildung" gives "ausbildung")."""
    for cut in range(1, len(whole) - 3):
        candidate = start + whole[cut:]
        if foreign_meaning(candidate) is not None:
            return candidate
    return None


_HeadReader = tuple[str, "re.Pattern[str]", "re.Pattern[str]", tuple[str, ...]]


def _head_reader(family: str, stems: tuple[str, ...], endings: tuple[str, ...]) -> _HeadReader:
    """A family's stems as two patterns, read in one pass each: a stem of several words opens the
    heading; a stem marked "=" is a whole word, or its plural, that is also the start of an
    unrelated word ("talen", not "talent"; "stage", not "stagehand"); the others open its first word."""
    phrases = [re.escape(s) for s in stems if " " in s or "'" in s]
    words = [s for s in stems if " " not in s and "'" not in s]
    wholes = [re.escape(w[:-1]) + "(?:s|e|n|en)?" for w in words if w.endswith("=")]
    prefixes = [re.escape(w) + ".*" for w in words if not w.endswith("=")]
    never = "(?!)"
    return (family, re.compile("|".join(phrases) or never, re.DOTALL),
            re.compile("|".join([*wholes, *prefixes]) or never, re.DOTALL), endings)


_HEAD_READERS: tuple[_HeadReader, ...] = tuple(_head_reader(*head) for head in _HEADS)


def meaning_in_its_language(head: str) -> str | None:
    """The section a heading names, read in English first; but a heading whose first word is a
    head noun of another language and no English one is read in that language ("Corsi e
    abilitazioni" names courses, though "abilitazioni" looks like English "abilities")."""
    words = re.findall(r"[a-zà-ÿ][a-zà-ÿ'’-]*", head.lower().replace("&", " and "))
    english = meaning(words)
    if english is None or english == "entry-label" or not words or family_of_word(words[0]) is not None:
        return english or foreign_meaning(head)
    foreign = foreign_meaning(head)
    first = _WORD.findall(_fold(head).replace("-", " "))[:1]
    return foreign if foreign is not None and first and foreign_meaning(first[0]) == foreign else english
