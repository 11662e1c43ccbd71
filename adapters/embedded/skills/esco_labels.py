"""ESCO writes a skill as a task ("administer medication", "perform classroom management",
"carry out wound care"); résumés and job ads name it ("medication administration",
"classroom management", "wound care"). This derives the names from the task by the verb's
own noun, a rule over the whole classification rather than a list of skills.

Used only by build_taxonomy.py."""
from __future__ import annotations

import re

# Verbs that add nothing: the object is the skill ("perform copywriting" -> "copywriting").
LIGHT_VERBS = ("carry out", "perform", "apply", "use", "utilise", "utilize", "conduct", "practise",
               "practice", "undertake", "execute", "provide", "engage in", "deliver", "do",
               "work with", "demonstrate", "employ", "have", "show")
# Verbs whose noun follows the object ("administer medication" -> "medication administration").
VERB_NOUNS = {
    "manage": "management", "operate": "operation", "maintain": "maintenance",
    "develop": "development", "monitor": "monitoring", "prepare": "preparation",
    "plan": "planning", "assess": "assessment", "install": "installation", "design": "design",
    "inspect": "inspection", "analyse": "analysis", "analyze": "analysis", "teach": "teaching",
    "administer": "administration", "supervise": "supervision", "coordinate": "coordination",
    "test": "testing", "evaluate": "evaluation", "repair": "repair", "clean": "cleaning",
    "negotiate": "negotiation", "calculate": "calculation", "process": "processing",
    "measure": "measurement", "train": "training", "diagnose": "diagnosis", "audit": "auditing",
    "reconcile": "reconciliation", "schedule": "scheduling", "budget": "budgeting",
    "cook": "cooking", "bake": "baking", "weld": "welding", "drive": "driving",
    "treat": "treatment", "organise": "organisation", "organize": "organization",
    "promote": "promotion", "control": "control", "handle": "handling", "assemble": "assembly",
    "produce": "production", "research": "research", "report": "reporting", "write": "writing",
    "edit": "editing", "translate": "translation", "interpret": "interpretation",
    "recruit": "recruitment", "counsel": "counselling", "triage": "triage",
    "invoice": "invoicing", "forecast": "forecasting", "market": "marketing",
    "survey": "surveying", "prescribe": "prescription", "dispense": "dispensing",
    "sterilise": "sterilisation", "record": "recording", "load": "loading",
    "secure": "securing", "navigate": "navigation", "pilot": "piloting", "serve": "service",
    "install and maintain": "installation and maintenance", "programme": "programming",
    "program": "programming", "model": "modelling", "draft": "drafting", "estimate": "estimation",
    "price": "pricing", "sell": "sales", "lead": "leadership", "mentor": "mentoring",
    "coach": "coaching", "tutor": "tutoring", "facilitate": "facilitation",
}
_PREPOSITION = re.compile(r"\b(?:in|of|for|to|with|on|at|from|by|into|about|according|as|under|within|"
                          r"during|between|against|through|regarding|and|or|the|a|an|your|their|"
                          r"own|other|others|relevant|related|appropriate|necessary|specific)\b", re.I)
MAX_OBJECT_WORDS = 3


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")):
        return word[:-1]
    return word


def noun_names(label: str) -> list[str]:
    """Names of a task-worded ESCO label, best first; [] for a label that is a name already
    or whose object is not a plain noun phrase."""
    text = label.strip()
    lower = text.lower()
    for verb in LIGHT_VERBS:
        if lower.startswith(verb + " "):
            obj = text[len(verb) + 1:].strip()
            if 1 <= len(obj.split()) <= MAX_OBJECT_WORDS and not _PREPOSITION.search(obj):
                return [obj]
            return []
    verb, _, obj = text.partition(" ")
    noun = VERB_NOUNS.get(verb.lower())
    if not noun or not obj or len(obj.split()) > MAX_OBJECT_WORDS or _PREPOSITION.search(obj):
        return []
    words = obj.split()
    words[-1] = _singular(words[-1])
    return [f"{' '.join(words)} {noun}"]
