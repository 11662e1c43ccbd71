"""The older Europass CV writes each field as a label and its value on one line, parted by
spaces or a tab and no colon ("Occupation or position held     Welder"). Read as they are, the
label is taken for the title, the employer or the name; given the colon the rest of the parser
reads ("Title: Welder"), each value lands in its field."""
from __future__ import annotations

import re

from adapters.embedded.parsing.job_titles import SUFFIX_COMMA

# label -> the colon label the parser reads, or "" to keep the value as a line of the body,
# or None to drop the line (a field no résumé record holds).
_LABELS: tuple[tuple[str, str | None], ...] = (
    (r"surname\(?s?\)?\s*/\s*first\s+name\(?s?\)?|first\s+name\(?s?\)?\s*/?\s*surname\(?s?\)?", "Name"),
    (r"address\(es\)", "Address"),
    (r"telephone\(s\)", "Phone"),
    (r"e-?mail\(s\)", "Email"),
    (r"dates?", "Dates"),
    (r"occupation\s+or\s+position\s+held", "Title"),
    (r"name\s+and\s+address\s+of\s+(?:the\s+)?employer", "Employer"),
    (r"main\s+activities\s+and\s+responsibilities", ""),
    (r"principal\s+subjects\s*/\s*occupational\s+skills\s+covered", ""),
    (r"type\s+of\s+business\s+or\s+sector", None),
    (r"title\s+of\s+qualification\s+awarded", "Qualification"),
    (r"name\s+and\s+type\s+of\s+organi[sz]ation\s+providing\s+education\s+and\s+training", "Institution"),
    (r"level\s+in\s+national\s+or\s+international\s+classification", None),
    (r"desired\s+employment\s*/\s*occupational\s+field", None),
)
_LINE = re.compile(r"^\s*(?:" + "|".join(f"(?P<l{k}>{p})" for k, (p, _) in enumerate(_LABELS))
                   + r")(?:\s*:\s*|\t+\s*|\s{2,})(?P<value>\S.*)$", re.IGNORECASE)
# The form's own title, alone on its line: no candidate's name
_BANNER = re.compile(r"^\s*europass(?:\s+curriculum\s+vitae)?\s*$", re.IGNORECASE)


def europass_labels_read(text: str) -> str:
    """The text with the labels of a Europass CV given colons; unchanged unless at least two of
    its job labels are there (a lone "Dates  2019" line is no Europass form)."""
    lines = text.split("\n")
    found = [(_LINE.match(line), line) for line in lines]
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
            held.append(f"- {m.group('value').strip()}")
        else:
            out.append(f"{_LABELS[k][1]}: {_value(k, m.group('value').strip())}")
    return "\n".join([*out, *held])


def _value(k: int, value: str) -> str:
    """The employer's name of its "name and address" (up to the first comma not its legal
    form's: "Emerson SRL, Str. Fabricii 12, Cluj" names Emerson SRL); other values whole."""
    if k != 6:
        return value
    cuts = [m.start() for m in re.finditer(",", value) if not SUFFIX_COMMA.match(value, m.start())]
    return value[:cuts[0]].strip() if cuts else value
