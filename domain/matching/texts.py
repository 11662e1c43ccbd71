"""What gets embedded for a job and for a resume: one text each, built the same way for every
item so that similarities are comparable."""
from __future__ import annotations

import re
from collections.abc import Sequence

_SPACE = re.compile(r"\s+")


def job_text(title: str, description: str, required_skills: Sequence[str] = (),
             nice_to_have_skills: Sequence[str] = ()) -> str:
    """Title first (the model reads 256 word pieces per window, and the title says the most),
    then the description and both skill lists by name."""
    parts = [f"{title.strip()}.", description.strip()]
    if required_skills:
        parts.append(f"Required: {', '.join(required_skills)}.")
    if nice_to_have_skills:
        parts.append(f"Nice to have: {', '.join(nice_to_have_skills)}.")
    return _SPACE.sub(" ", " ".join(p for p in parts if p)).strip()


def resume_text(text: str) -> str:
    """The whole resume as written, whitespace collapsed: the embedder windows long texts,
    so nothing past the first page is lost."""
    return _SPACE.sub(" ", text).strip()
