"""One sentence a candidate or a recruiter can read, written from a match's reasons (the
same facts the score came from, see reasons.py).

The sentence obeys the rule the résumé's fields do (contact data, resolvers/permissions.py
can_see_contact): where the résumé's place was compared, only a reader who may see the
résumé's location reads it; any other reader is told how the two places relate (the same
place, another one in the job's country, another country) and never what the résumé says.

The candidate reading their own match is spoken to ("the title is one you want", "you have 6
years of experience", "your Docker Swarm is related to Kubernetes"); every other reader reads of
"the candidate" ("the candidate's Docker Swarm ..."). Only the words change: the facts said are
the same for both. Where the résumé's place was compared, the place named is the candidate's own
and the sentence says how it relates to the job's (the same town, a wider place, within it): the
job's town is never said to be where the candidate is when the résumé names somewhere else."""
from __future__ import annotations

from dataclasses import dataclass

from domain.asked_years import OPEN_ENDED_SPAN
from domain.locations import place_of, same_town
from domain.matching.credential_gates import credential_noun
from domain.matching.match_score import MatchScore
from domain.matching.reasons import MatchReason, ReasonKind, reasons
from domain.matching.skill_facts import FitStatus
from domain.matching.unknown_facts import NO_EMPLOYMENT_TYPES, NO_TITLES
from domain.occupation_families import same_job
from domain.skill_relations import RelationSource
from domain.skills import normalise
from domain.title_ranks import rungs_below

_MAX_NAMED = 3
_SOURCE_WORDS = {RelationSource.TAXONOMY: "skills taxonomy", RelationSource.EMBEDDING: "close in meaning by text embeddings"}
_UNKNOWN_WORDS = {ReasonKind.SKILL: "skills (none listed)", ReasonKind.CONTENT: "overall content",
                  ReasonKind.EXPERIENCE: "experience", ReasonKind.LOCATION: "location",
                  ReasonKind.SALARY: "salary", ReasonKind.TITLE: "desired titles",
                  ReasonKind.EMPLOYMENT_TYPE: "employment type"}
UNKNOWN_PREFIX = "not known, so not counted: "
_WHY_KEY = {ReasonKind.EXPERIENCE: "experience", ReasonKind.LOCATION: "location", ReasonKind.SALARY: "salary",
            ReasonKind.TITLE: "title", ReasonKind.EMPLOYMENT_TYPE: "employment"}


@dataclass(frozen=True)
class _Words:
    """How a sentence names the candidate and their résumé, for one reader."""
    holds: str
    has: str
    wants: str
    accepts: str
    resume: str
    them: str
    subject_has: str
    own: str
    prefers: str


_THIRD_PERSON = _Words("the candidate holds", "has", "the candidate wants", "the candidate accepts", "the résumé",
                       "the candidate", "the candidate has", "the candidate's", "the candidate prefers")
_SECOND_PERSON = _Words("you hold", "you have", "you want", "you accept", "your résumé",
                        "you", "you have", "your", "you prefer")


def explain(match: MatchScore, *, shows_contact: bool, to_candidate: bool = False) -> str:
    return sentence(match, reasons(match), shows_contact=shows_contact, to_candidate=to_candidate)


def sentence(match: MatchScore, said: list[MatchReason], *, shows_contact: bool, to_candidate: bool = False) -> str:
    """`shows_contact`: the reader may see the candidate's contact data (the résumé's
    location among it); without it the sentence says nothing those fields hide.
    `to_candidate`: the reader is the candidate themselves (who sees their own contact data),
    spoken to in the second person."""
    words = _SECOND_PERSON if to_candidate else _THIRD_PERSON
    shows_contact = shows_contact or to_candidate
    by_kind: dict[ReasonKind, list[MatchReason]] = {}
    for r in said:
        by_kind.setdefault(r.kind, []).append(r)
    parts = [p for p in (_skills(by_kind.get(ReasonKind.SKILL, []), match, words), _experience(match, words),
                         _location(match, shows_contact, words), _salary(match, words), _title(match, words),
                         _employment(match, words)) if p]
    if match.languages is not None and "semantic" not in match.unknown:
        parts.append(f"{words.resume} is in {_language(match.languages[0])} and the posting in "
                     f"{_language(match.languages[1])}: their content was compared allowing for that")
    if not parts:
        parts = [f"matched on the overall content of {'your résumé' if to_candidate else 'the resume'} and the posting"]
    unknown = _unknown(match, [r.kind for r in said if r.status is FitStatus.UNKNOWN])
    unknown += [f"whether {words.holds} the required {credential_noun(name)} {name} (no skills read from {words.resume})"
                for name in match.skills.credentials_unknown]
    if unknown:
        parts.append(UNKNOWN_PREFIX + ", ".join(unknown))
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def _unknown(match: MatchScore, kinds: list[ReasonKind]) -> list[str]:
    """Each part not counted, with the fact missing and where ("experience (no seniority
    level on the posting)"), so the reader knows who can fill it in."""
    why = match.unknown_why
    both_unset = why.get("title") == NO_TITLES and why.get("employment") == NO_EMPLOYMENT_TYPES
    out = []
    for kind in kinds:
        if both_unset and kind is ReasonKind.EMPLOYMENT_TYPE:
            continue
        if both_unset and kind is ReasonKind.TITLE:
            out.append("title and employment-type preferences (none set)")
            continue
        words, missing = _UNKNOWN_WORDS[kind], why.get(_WHY_KEY.get(kind, ""))
        out.append(f"{words} ({missing})" if missing else words)
    return out


_LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
                   "pt": "Portuguese", "pl": "Polish", "nl": "Dutch"}


def _language(code: str) -> str:
    return _LANGUAGE_NAMES.get(code, code)


def _names(items: list[str]) -> str:
    shown = items[:_MAX_NAMED]
    more = len(items) - len(shown)
    text = ", ".join(shown)
    return f"{text} and {more} more" if more else text


def _skills(said: list[MatchReason], match: MatchScore, words_for: _Words) -> str | None:
    known = [r for r in said if r.status is not FitStatus.UNKNOWN and r.skill is not None]
    required = [r for r in known if r.required]
    met = [r for r in required if r.status is FitStatus.MET]
    if not required:
        nice = [r.skill for r in known if r.status is FitStatus.MET and r.skill]
        return f"{words_for.has} {_names(nice)} from the nice-to-have skills" if nice else None
    has = words_for.has
    if len(met) == len(required):
        words = [f"{has} all required skills" if len(required) > 1 else f"{has} the required skill"]
    else:
        # Those partly met are counted apart: "0 of 2" beside one of them named as related read
        # as if nothing of the two were held.
        partly = sum(1 for r in required if r.status is FitStatus.PARTLY_MET)
        words = [f"{has} {len(met)} of {len(required)} required skills" + (f", {partly} more in part" if partly else "")]
    equivalent = [r for r in met if r.source is RelationSource.EQUIVALENT]
    for r in equivalent[:_MAX_NAMED]:
        words.append(f"{words_for.own} {r.held} counts as {r.skill}")
    # Held because the résumé's words say so, not its skills list: the words are quoted
    for r in [r for r in met if r.stated][:_MAX_NAMED]:
        words.append(f"{r.skill} stated in {words_for.resume}: '{r.stated}'")
    # A gate missed is said first and each by name: it, not the skills part, lowered the score.
    gates = set(match.skills.credentials_missing)
    abroad = dict(match.skills.credentials_abroad)
    for r in [r for r in required if r.skill in gates]:
        noun = credential_noun(r.skill or '')
        if r.skill in abroad:  # the profession's, from another register: partly counted (credential_gates)
            # Said of both cases the taxonomy cannot tell apart: another country's register (which
            # must be converted) and another card or edition of the same trade at home.
            words.append(f"required {noun} {r.skill} not held as such: {words_for.own} {abroad[r.skill]} is another"
                         f" {noun} of the same profession (one from another country usually must be converted)")
            continue
        related = f" ({words_for.own} {r.held} is related but does not meet it)" if r.held else ""
        words.append(f"missing required {noun}: {r.skill}{related}")
    # ... and one not known to be held or not is said among the unknowns (sentence), not here.
    unsaid = gates | set(match.skills.credentials_unknown)
    missing = [r.skill for r in required if r.status is FitStatus.MISSING and r.skill and r.skill not in unsaid]
    if missing:
        words.append(f"missing {_names(missing)}")
    for r in [r for r in required if r.status is FitStatus.PARTLY_MET and r.skill not in gates][:_MAX_NAMED]:
        words.append(f"{words_for.own} {r.held} is related to {r.skill} ({_SOURCE_WORDS.get(r.source, 'related') if r.source else 'related'})")
    return "; ".join(words)


def _experience(m: MatchScore, words: _Words) -> str | None:
    if m.years is None or m.expected_years is None:
        return None
    years = f"{words.subject_has} {_years(m.years)} {'year' if m.years == 1 else 'years'} of experience"
    if m.roles_not_counted or m.roles_in_part:  # only the roles like the job's counted (relevant_years.py)
        held = f" as {_names(list(m.roles_counted))}" if m.roles_counted else " in work like this job's"
        notes = [f"counted in part, another profession: {_names(list(m.roles_in_part))}"] if m.roles_in_part else []
        if m.roles_not_counted:
            notes.append(f"not counted, other work: {_names(list(m.roles_not_counted))}")
        years += f"{held} ({'; '.join(notes)})"
    # experience_fit counts any years above the band as a partial fit, lower the further above
    partial = m.breakdown.experience < 1
    if m.years_asked:
        return _years_against_the_ask(years, m.years, m.expected_years, partial)
    if m.seniority is None:
        return None
    role = f"{'an' if m.seniority[0] in 'AEIOU' else 'a'} {m.seniority.lower()} role"
    low, high = m.expected_years
    if m.years < low:
        return f"{years}, below the {_years(low)} usually expected for {role}"
    if m.years > high:
        said = f"{years}, more than the {_years(low)}-{_years(high)} years {role} usually asks for"
        return f"{said}: the score counts experience above the level as a partial fit" if partial else said
    return f"{years}, which fits {role}"


def _years_against_the_ask(years: str, held: float, asked: tuple[float, float], partial: bool) -> str:
    low, high = asked
    open_ended = high == low + OPEN_ENDED_SPAN
    ask = f"{_years(low)}+ years" if open_ended else f"{_years(low)}-{_years(high)} years"
    if held < low:
        return f"{years}, below the {ask} the job asks for"
    if held > high and open_ended:  # "5+" sets no top, but the experience part falls off past it
        said = f"{years}, more than {_years(OPEN_ENDED_SPAN)} years over the {ask} the job asks for"
        return f"{said}: the score counts experience that far above what is asked as a partial fit" if partial else said
    if held > high:
        said = f"{years}, more than the {ask} the job asks for"
        return f"{said}: the score counts experience above what is asked as a partial fit" if partial else said
    return f"{years}, which meets the {ask} the job asks for"


def _location(m: MatchScore, shows_contact: bool, words: _Words) -> str | None:
    said = []
    policy = m.remote_policy.lower() if m.remote_policy else "this arrangement"
    if m.remote_fit is not None:
        said.append(f"{policy}, as {words.prefers}" if m.remote_fit >= 1
                     else f"{policy} rather than {words.own} preferred arrangement")
    if m.place_fit is not None and m.remote_policy != "REMOTE":
        said.append(_place(m, shows_contact, words))
    return "; ".join(said) or None


def _place(m: MatchScore, shows_contact: bool, words: _Words) -> str:
    fits = m.place_fit is not None and m.place_fit >= 1
    far = _about_km(m.place_km) if m.place_km is not None else None
    if m.resume_place and m.job_location:  # no place preference set: the résumé's was compared
        if far is not None:
            if not shows_contact:
                return f"the job is in {m.job_location}; the résumé places the candidate {far}"
            return f"the job is in {m.job_location}; {words.resume} places {words.them} in {m.resume_place}, {far}"
        if not shows_contact:
            return _place_unsaid(m.job_location, m.resume_place, fits)
        if fits:
            how = _HOW_NEAR_SAID[_how_near(m.resume_place, m.job_location)]
            return f"the job is in {m.job_location}; {words.resume} places {words.them} in {m.resume_place}, {how}"
        return f"the job is in {m.job_location}; {words.resume} says {m.resume_place} (no preferred location set)"
    if far is not None:
        return f"one of {words.own} preferred locations is {far}"
    return f"in one of {words.own} preferred locations" if fits else f"not in one of {words.own} preferred locations"


def _about_km(km: float) -> str:
    """A distance as a person says it: to the kilometre, never 0."""
    return f"about {max(1, round(km))} km from the job"


_SAME_TOWN, _WIDER, _WITHIN = "same town", "wider", "within"
_HOW_NEAR_SAID = {_SAME_TOWN: "the same town as the job", _WIDER: "a wider place that takes in the job's",
                  _WITHIN: "within the job's place"}
_HOW_NEAR_UNSAID = {_SAME_TOWN: "in the same town as the job", _WIDER: "only in a wider place that takes in the job's",
                    _WITHIN: "within the job's place"}


def _how_near(resume_place: str, job_location: str) -> str:
    """How a résumé's place that matched the job's relates to it (place_fit.same_place's cases):
    one town however written ("Leeds, UK" and "Leeds"), a wider place naming no town of the
    job's ("Germany" for "Munich, Germany"), or a place within the job's (an address in Leeds
    for "Leeds", a town for a job given by its country)."""
    mine = [p.strip().casefold() for p in resume_place.split(",") if p.strip()]
    jobs = [p.strip().casefold() for p in job_location.split(",") if p.strip()]
    if mine and jobs and mine[0] != jobs[0] and not same_town(resume_place, job_location):
        if mine[0] in jobs:
            return _WIDER
        if jobs[0] in mine:
            return _WITHIN
    return _SAME_TOWN


def _place_unsaid(job_location: str, resume_place: str, fits: bool) -> str:
    """How the résumé's place relates to the job's, without a word of the résumé's."""
    if fits:
        return f"the job is in {job_location}; the résumé places the candidate " \
               f"{_HOW_NEAR_UNSAID[_how_near(resume_place, job_location)]}"
    job_country, resume_country = place_of(job_location).country, place_of(resume_place).country
    if job_country and resume_country:
        where = "elsewhere in the same country" if job_country == resume_country else "in another country"
    else:
        where = "elsewhere"
    return f"the job is in {job_location}; the résumé places the candidate {where} (no preferred location set)"


def _salary(m: MatchScore, words: _Words) -> str | None:
    if m.salary_fit is None:
        return None
    if m.salary_fit >= 1:
        return f"the salary meets {words.own} minimum"
    if m.salary_fit <= 0 and m.limits_factor < 1:  # stated_limits.py
        return f"the salary is below {words.own} minimum by 30% or more, which ranks the job lower"
    return f"the salary is below {words.own} minimum"


def _title(m: MatchScore, words: _Words) -> str | None:
    if m.title_fit is None:
        return None
    if m.titles_held:
        said = _held_title(m, m.title_fit, words)
        if m.earlier_title:  # the title part read the current title alone, not this role
            said += f"; {m.earlier_title} is an earlier role on {words.resume}, and only the current title is compared"
        return said
    if m.title_fit >= 1:
        return f"the title is one {words.wants}"
    return f"the title is close to one {words.wants}" if m.title_fit > 0 else f"not a title {words.wants}"


def _held_title(m: MatchScore, fit: float, words: _Words) -> str:
    """How the job's title stands to the current title it was compared with (title_fit's
    cases): the post a rung up or down its trade's ladder, the same title, one whose work the
    current title names, a title of the same line of work, or none of these."""
    title, job = m.title_held, m.job_title
    current = f"{words.own} current title" + (f", {title}" if title else "")
    if m.rank_factor < 1:  # title_ranks.py: the post is a rung or more above the one held
        return f"the post is a step up from {current}"
    if fit >= 1:
        if title and job and rungs_below(job, title) > 0:
            return f"the post is a step down from {current}, which counts as a full fit on title"
        if not title or not job or normalise(title) == normalise(job):
            return f"the title is {current}"
        if same_job(title, job):  # "Staff Nurse" for "Registered Nurse": not the same words
            return f"the title is another name for {current}"
        return f"the title names the work of {current}"
    if fit > 0:
        return f"the title is close to {current}"
    return f"not a title like {words.own} current one" + (f", {title}" if title else "")


def _employment(m: MatchScore, words: _Words) -> str | None:
    if m.employment_fit is None:
        return None
    if m.employment_fit >= 1:
        return f"an employment type {words.accepts}"
    lower = ", which ranks the job lower" if m.limits_factor < 1 else ""  # stated_limits.py
    return f"not an employment type {words.accepts}{lower}"


def _years(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.1f}"
