"""One sentence a candidate or a recruiter can read, built from a MatchScore's facts."""
from __future__ import annotations

from domain.matching.scoring import MatchScore

_MAX_NAMED = 3


def explain(match: MatchScore) -> str:
    parts = [p for p in (_skills(match), _experience(match), _location(match), _salary(match)) if p]
    if not parts:
        return "Matched on the overall content of the resume and the posting."
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."


def _names(items: list[str]) -> str:
    shown = items[:_MAX_NAMED]
    more = len(items) - len(shown)
    text = ", ".join(shown)
    return f"{text} and {more} more" if more else text


def _skills(m: MatchScore) -> str | None:
    fit = m.skills
    if fit.required_total == 0:
        nice = list(fit.matched)
        return f"has {_names(nice)} from the nice-to-have skills" if nice else None
    words = [f"has {fit.required_held} of {fit.required_total} required skills"]
    if fit.required_held == fit.required_total:
        words = ["has all required skills" if fit.required_total > 1 else "has the required skill"]
    if fit.missing:
        plain = [s for s in fit.missing if s not in fit.related]
        if plain:
            words.append(f"missing {_names(plain)}")
        for wanted, held in list(fit.related.items())[:_MAX_NAMED]:
            words.append(f"{held} is related to {wanted}")
    return "; ".join(words)


def _experience(m: MatchScore) -> str | None:
    if m.years is None or m.expected_years is None or m.seniority is None:
        return None
    years = f"{_years(m.years)} {'year' if m.years == 1 else 'years'}"
    role = f"{'an' if m.seniority[0] in 'AEIOU' else 'a'} {m.seniority.lower()} role"
    low, high = m.expected_years
    if m.years < low:
        return f"{years} is below the {_years(low)} usually expected for {role}"
    if m.years > high:
        return f"{years} is more than {role} usually asks for"
    return f"{years} fits {role}"


def _location(m: MatchScore) -> str | None:
    words = []
    policy = m.remote_policy.lower() if m.remote_policy else "this arrangement"
    if m.remote_fit is not None:
        words.append(f"{policy} as preferred" if m.remote_fit >= 1
                     else f"{policy} rather than the preferred arrangement")
    if m.place_fit is not None and m.remote_policy != "REMOTE":
        words.append("in a preferred location" if m.place_fit >= 1 else "not in a preferred location")
    return "; ".join(words) or None


def _salary(m: MatchScore) -> str | None:
    if m.salary_fit is None:
        return None
    if m.salary_fit >= 1:
        return "salary meets the minimum"
    return "salary below the minimum"


def _years(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.1f}"
