"""What a taxonomy skill is: a skill, a tool, a credential or a language."""
from __future__ import annotations

from enum import Enum


class SkillKind(str, Enum):
    SKILL = "SKILL"
    TOOL = "TOOL"
    CERTIFICATION = "CERTIFICATION"
    LANGUAGE = "LANGUAGE"
