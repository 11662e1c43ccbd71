"""The older Europass CV writes each field as a label and its value on one line, parted by
spaces or a tab and no colon ("Occupation or position held     Welder"). Read as they are, the
label is taken for the title, the employer or the name; given the colon the rest of the parser
reads ("Title: Welder"), each value lands in its field."""
from __future__ import annotations

import re

from adapters.embedded.parsing.job_titles import SUFFIX_COMMA

# label -> the colon label the parser reads, or "" to keep the value as a line of the body,
# or None to drop the line (a field no résumé record holds).
# The form in Romanian, Italian, Spanish and Portuguese too, matched without accents (_FOLD).
_LABELS: tuple[tuple[str, str | None], ...] = (
    (r"surname\(?s?\)?\s*/\s*first\s+name\(?s?\)?|first\s+name\(?s?\)?\s*/?\s*surname\(?s?\)?|"
     r"nume\s*/\s*prenume|prenume\s*/\s*nume|cognome\s*/\s*nome|nome\s*/\s*cognome|"
     r"apellido\(?s?\)?\s*/\s*nombre\(?s?\)?|apelido\(?s?\)?\s*/\s*nome\(?s?\)?(?:\s+proprio\(?s?\)?)?", "Name"),
    (r"address\(es\)|adresa\(e\)|indirizzo\(i\)|direccion\(es\)|morada\(s\)", "Address"),
    (r"telephone\(s\)|telefon\(oane\)|telefono\(i\)|telefono\(s\)|telefone\(s\)", "Phone"),
    (r"e-?mail\(s\)|e-?mail\(uri\)|correo\(s\)\s+electronico\(s\)|correio\(s\)\s+electronico\(s\)", "Email"),
    (r"dates?|perioada|fechas|datas", "Dates"),
    (r"occupation\s+or\s+position\s+held|functia\s+sau\s+postul\s+ocupat|lavoro\s+o\s+posizione\s+ricopert[ei]|"
     r"profesion\s+o\s+cargo\s+desempenado|funcao\s+ou\s+cargo\s+ocupado", "Title"),
    (r"name\s+and\s+address\s+of\s+(?:the\s+)?employer|numele\s+si\s+adresa\s+angajatorului|"
     r"nome\s+e\s+indirizzo\s+del\s+datore\s+di\s+lavoro|nombre\s+y\s+direccion\s+de\s+la\s+empresa\s+o\s+empleador|"
     r"nome\s+e\s+(?:morada|endereco)\s+do\s+empregador", "Employer"),
    (r"main\s+activities\s+and\s+responsibilities|activitati\s+si\s+responsabilitati\s+principale|"
     r"principali\s+attivita\s+e\s+responsabilita|actividades\s+y\s+responsabilidades\s+principales|"
     r"principais\s+a?c?tividades\s+e\s+responsabilidades", ""),
    (r"principal\s+subjects\s*/\s*occupational\s+skills\s+covered|disciplinele\s+principale\s+studiate[^\t]*?|"
     r"principali\s+tematiche\s*/\s*competenze\s+professionali\s+(?:possedute|acquisite)|"
     r"principales\s+materias\s+o\s+capacidades\s+profesionales\s+estudiadas", ""),
    (r"type\s+of\s+business\s+or\s+sector|tipul\s+activitatii\s+sau\s+sectorul\s+de\s+activitate|"
     r"tipo\s+di\s+attivita\s+o\s+settore|tipo\s+de\s+empresa\s+o\s+sector|tipo\s+de\s+empresa\s+ou\s+sector", None),
    (r"title\s+of\s+qualification\s+awarded|calificarea\s*/\s*diploma\s+obtinuta|titolo\s+della\s+qualifica\s+rilasciata|"
     r"cualificacion\s+obtenida|designacao\s+da\s+qualificacao\s+atribuida", "Qualification"),
    (r"name\s+and\s+type\s+of\s+organi[sz]ation\s+providing\s+education\s+and\s+training|"
     r"numele\s+si\s+tipul\s+institutiei\s+de\s+invatamant(?:\s*/\s*furnizorului\s+de\s+formare)?|"
     r"nome\s+e\s+tipo\s+d'organizzazione\s+erogatrice\s+dell'istruzione\s+e\s+formazione|"
     r"nombre\s+y\s+tipo\s+del\s+centro\s+de\s+estudios|nome\s+e\s+tipo\s+da\s+organizacao\s+de\s+ensino\s+ou\s+formacao",
     "Institution"),
    (r"level\s+in\s+national\s+or\s+international\s+classification|nivelul\s+in\s+clasificarea\s+nationala\s+sau\s+internationala|"
     r"livello\s+nella\s+classificazione\s+nazionale\s+o\s+internazionale|nivel\s+en\s+la\s+clasificacion\s+nacional\s+o\s+internacional",
     None),
    (r"desired\s+employment\s*/\s*occupational\s+field", None),
)
# Letters with accents as their plain letter, one for one, so that a match's offsets hold in the line.
_FOLD = str.maketrans("ţțşșăâîéèêóòôõàáãíìúùçñĂÂÎŞȘŢȚÉÓÍÚÇÑ", "ttssaaieeeooooaaaiiuucnAAISSTTEOIUCN")
_LINE = re.compile(r"^\s*(?:" + "|".join(f"(?P<l{k}>{p})" for k, (p, _) in enumerate(_LABELS))
                   + r")(?:\s*:\s*|\t+\s*|\s{2,})(?P<value>\S.*)$", re.IGNORECASE)
# The form's own title, alone on its line: no candidate's name
_BANNER = re.compile(r"^\s*europass(?:\s+curriculum\s+vitae)?\s*$", re.IGNORECASE)


def europass_labels_read(text: str) -> str:
    """The text with the labels of a Europass CV given colons; unchanged unless at least two of
    its job labels are there (a lone "Dates  2019" line is no Europass form)."""
    lines = text.split("\n")
    found = [(_LINE.match(line.translate(_FOLD)), line) for line in lines]
    if sum(1 for m, _ in found if m and (m.group("l5") or m.group("l6"))) < 2:
        return text
    out: list[str] = []
    # An entry's activities come between its title and its employer on the form; held back to
    # the entry's end so the title and employer lines stand together as its header.
    held: list[str] = []
    for m, line in found:
        k = next((int(name[1:]) for name, v in m.groupdict().items() if name != "value" and v), -1) if m else -1
        if held and (k == 4 or (k == -1 and line.strip())):
            out.extend(held)
            held = []
        if _BANNER.match(line) or (m is not None and _LABELS[k][1] is None):
            continue
        if m is None:
            out.append(line)
        elif _LABELS[k][1] == "":
            held.append(f"- {line[m.start('value'):].strip()}")
        else:
            out.append(f"{_LABELS[k][1]}: {_value(k, line[m.start('value'):].strip())}")
    return "\n".join([*out, *held])


def _value(k: int, value: str) -> str:
    """The employer's name of its "name and address" (up to the first comma not its legal
    form's: "Emerson SRL, Str. Fabricii 12, Cluj" names Emerson SRL); other values whole."""
    if k != 6:
        return value
    cuts = [m.start() for m in re.finditer(",", value) if not SUFFIX_COMMA.match(value, m.start())]
    return value[:cuts[0]].strip() if cuts else value
