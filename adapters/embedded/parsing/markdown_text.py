"""A résumé written in Markdown ("# Jane Doe", "## Experience", "**Python**", "[site](url)"):
its markup taken off, line for line, so that the headings open sections and no value keeps
an asterisk or a hash. Bullets ("- ", "* ") stay: the parser reads them as bullets."""
from __future__ import annotations

import re

_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:[-*_]\s*){3,}|={3,}\s*)$")  # also a Setext heading's underline
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(?:={3,}|-{3,})\s*$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_CODE = re.compile(r"`([^`\n]+)`")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def looks_like_markdown(text: str) -> bool:
    """Headings ("## Skills", or "Skills" over "------"), or bold and links written with Markdown's marks."""
    lines = text.splitlines()
    headings = sum(1 for line in lines if _ATX_HEADING.match(line)) + \
        sum(1 for above, line in zip(lines, lines[1:]) if _SETEXT_UNDERLINE.match(line) and above.strip()
            and not _RULE.match(above))
    marks = len(_STRONG.findall(text)) + len(_LINK.findall(text))
    return headings >= 2 or (headings >= 1 and marks >= 1) or marks >= 3


def _link(m: re.Match[str]) -> str:
    label, target = m.group(1).strip(), m.group(2).removeprefix("mailto:").removeprefix("tel:")
    return label if not label or label == target or target in label else f"{label} ({target})"


def _line(line: str) -> str:
    if _RULE.match(line) or _TABLE_RULE.match(line):
        return ""
    heading = _ATX_HEADING.match(line)
    if heading:
        line = heading.group(1)
    line = _QUOTE.sub("", line)
    line = _LINK.sub(_link, line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line).rstrip()


def plain_of_markdown(text: str) -> str:
    """The text without Markdown's markup when it is written in Markdown; as it is otherwise."""
    if not looks_like_markdown(text):
        return text
    return "\n".join(_line(line) for line in text.split("\n"))
