"""What the scorer knows of each side: plain values, built once per job and per resume."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from domain.abbreviation_senses import in_the_documents_sense
from domain.asked_years import years_asked
from domain.home_country import home_country
from domain.jobs import EmploymentType, Job, JobStatus, RemotePolicy, SalaryRange, Seniority
from domain.matching.mentioned_skills import mention_text
from domain.matching.relevant_years import HeldRole, RoleTimeline, held_role, role_timeline
from domain.matching.stated_skills import stated_skills
from domain.matching.word_forms import stem_text
from domain.ports.documents import SkillExtractor
from domain.registered_professions import for_the_profession, professions_written
from domain.resumes import ParsedResume
from domain.skill_alternatives import alternatives, any_of
from domain.text_language import text_language
from domain.users import Preferences


@dataclass(frozen=True)
class JobProfile:
    job_id: str
    title: str
    required_skills: tuple[str, ...] = ()
    nice_to_have_skills: tuple[str, ...] = ()
    seniority: Seniority | None = None
    location: str | None = None
    remote: RemotePolicy = RemotePolicy.ONSITE
    salary: SalaryRange | None = None
    open: bool = True
    organization_id: str | None = None
    vector: Sequence[float] | None = None
    # Mean cosine to the job's nearest resumes (see MatchWeights.hubness_correction).
    neighbour_similarity: float | None = None
    # How much each of the job's skills says about a candidate (its inverse document
    # frequency over open jobs, see SkillFrequencies); None counts every skill alike.
    skill_weights: Mapping[str, float] | None = field(default=None, hash=False, compare=False)
    # The job text's term vector and its mean lexical similarity to its nearest resumes
    # (see lexical.py and hybrid.py); None leaves the pair to the embedding alone.
    terms: Mapping[int, float] | None = field(default=None, hash=False, compare=False)
    lexical_neighbour_similarity: float | None = None
    employment_type: EmploymentType | None = None
    # Canonical skill -> as the employer wrote it: what people are shown.
    skill_wording: Mapping[str, str] | None = field(default=None, hash=False, compare=False)
    # The years of experience the ad's own words ask for (fewest, most), see asked_years.py.
    asked_years: tuple[float, float] | None = None
    # The language the ad is written in (text_language), None when its words do not tell.
    language: str | None = None

    @classmethod
    def from_job(cls, job: Job, skills: SkillExtractor | None = None,
                 vector: Sequence[float] | None = None,
                 neighbour_similarity: float | None = None,
                 skill_weights: Mapping[str, float] | None = None) -> JobProfile:
        # What a bare abbreviation among the skills means is read from the title and the others.
        context = (job.title, *job.required_skills, *job.nice_to_have_skills)
        return cls(
            job_id=job.id, title=job.title,
            required_skills=canonical_skills(job.required_skills, skills, (job.title,), context=context),
            nice_to_have_skills=canonical_skills(job.nice_to_have_skills, skills, (job.title,), context=context),
            seniority=job.seniority, location=job.location, remote=job.remote,
            salary=job.salary, open=job.status == JobStatus.OPEN,
            organization_id=job.organization_id, vector=vector,
            neighbour_similarity=neighbour_similarity, skill_weights=skill_weights,
            employment_type=job.employment_type,
            skill_wording=skill_wording(context[1:], skills, (job.title,), context=context),
            asked_years=years_asked(job.description),
            language=text_language(f"{job.title}. {job.description}"),
        )


@dataclass(frozen=True)
class CandidateProfile:
    resume_id: str
    candidate_id: str
    skills: frozenset[str] = frozenset()
    years: float | None = None
    preferences: Preferences = field(default_factory=Preferences)
    vector: Sequence[float] | None = None
    # Mean cosine to the resume's nearest jobs (see MatchWeights.hubness_correction).
    neighbour_similarity: float | None = None
    # The resume text's term vector and its mean lexical similarity to its nearest jobs.
    terms: Mapping[int, float] | None = field(default=None, hash=False, compare=False)
    lexical_neighbour_similarity: float | None = None
    # Canonical skill -> as the resume wrote it.
    skill_wording: Mapping[str, str] | None = field(default=None, hash=False, compare=False)
    # The résumé's place when it stands in for places the candidate never named, so that an
    # explanation says what was compared instead of speaking of preferences.
    resume_place: str | None = None
    # The country the candidate lives in when the résumé or their places tell it
    # (domain.home_country): a place they write without a country is read there.
    home_country: str | None = None
    # The titles of the jobs the résumé says the candidate holds now (else its latest one): what
    # a job's title is compared with when the candidate named no titles they want.
    resume_titles: tuple[str, ...] = ()
    # The résumé's roles with their months and the skills each names: which of its years are
    # work like a job's (relevant_years.py).
    roles: tuple[HeldRole, ...] = ()
    # The language the résumé is written in (text_language), None when its words do not tell.
    language: str | None = None
    # The résumé's own words as mentioned_skills.py looks for a requirement no taxonomy names.
    mention_text: str = field(default="", repr=False, hash=False, compare=False)
    # The taxonomy's skills the résumé's words state though it may not list them (stated_skills.py),
    # by folded canonical name, with the words that state each.
    stated_skills: Mapping[str, str] = field(default_factory=dict, repr=False, hash=False, compare=False)

    @cached_property
    def mention_stems(self) -> str:
        """mention_text with each word in its one form (word_forms.py), made once per profile."""
        return stem_text(self.mention_text)

    @cached_property
    def timeline(self) -> RoleTimeline:
        """The roles' months, worked out once for every job the résumé is scored against."""
        return role_timeline(self.roles)

    @property
    def titles(self) -> list[str]:
        """The titles a job's title is compared with: those wanted, else those held."""
        return list(self.preferences.desired_titles) or list(self.resume_titles)

    @property
    def titles_held(self) -> bool:
        """Whether `titles` are the résumé's (held), not titles the candidate wants."""
        return not self.preferences.desired_titles and bool(self.resume_titles)

    @classmethod
    def from_resume(cls, resume_id: str, candidate_id: str, parsed: ParsedResume,
                    preferences: Preferences | None = None,
                    skills: SkillExtractor | None = None,
                    vector: Sequence[float] | None = None,
                    neighbour_similarity: float | None = None) -> CandidateProfile:
        wanted = preferences or Preferences()
        with_place = _with_resume_place(wanted, parsed)
        titles = current_titles(parsed)
        before = earlier_titles(parsed, titles)
        own_words = _own_words(parsed)
        written = professions_written(own_words)
        return cls(
            resume_id=resume_id, candidate_id=candidate_id,
            skills=frozenset(canonical_skills([s.name for s in parsed.skills], skills, titles, before, written)),
            years=parsed.total_years_experience,
            preferences=with_place, vector=vector,
            resume_place=with_place.locations[0] if with_place.locations and not wanted.locations else None,
            home_country=home_country(parsed.location, parsed.phone, wanted.locations),
            neighbour_similarity=neighbour_similarity,
            skill_wording=skill_wording([s.name for s in parsed.skills], skills, titles, before, written),
            resume_titles=titles,
            roles=held_roles(parsed, skills),
            language=text_language(own_words),
            mention_text=mention_text(own_words),
            stated_skills={name.casefold(): words for name, words in stated_skills(
                _with_titles(own_words, parsed), skills, [e.field for e in parsed.education if e.field]).items()},
        )


def held_roles(parsed: ParsedResume, skills: SkillExtractor | None) -> tuple[HeldRole, ...]:
    """The résumé's titled roles, each with the skills its title and duties name."""
    out = []
    for e in parsed.experience:
        named = skills.extract(f"{e.title or ''}. {e.description or ''}") if skills is not None else ()
        role = held_role(e, named)
        if role is not None:
            out.append(role)
    return tuple(out)


def _own_words(parsed: ParsedResume) -> str:
    """The résumé's summary and sections as read (its roles' duties when none was kept): the
    words its language is read from."""
    texts = [t for t in (parsed.summary, *parsed.sections.values()) if t]
    return "\n".join(texts or [e.description or "" for e in parsed.experience])


def _with_titles(own_words: str, parsed: ParsedResume) -> str:
    """The résumé's words and its roles' titles, each a sentence of its own: a title states the
    work it names ("Head of Mathematics") even where no section kept the line it was on."""
    titles = [f"{e.title.strip()}." for e in parsed.experience if e.title and e.title.strip()]
    return "\n".join([own_words, *titles]) if titles else own_words


def current_titles(parsed: ParsedResume) -> tuple[str, ...]:
    """The titles of the résumé's current jobs, else of its latest one: the one that ended (or
    began) last by its dates, the first listed where none has dates (a résumé listed oldest
    first ends on its latest job)."""
    titled = [e for e in parsed.experience if e.title and e.title.strip()]
    current = [e.title.strip() for e in titled if e.current and e.title]
    if current:
        return tuple(dict.fromkeys(current))
    dated = [(e.end_date or e.start_date or "", -n, e) for n, e in enumerate(titled) if e.end_date or e.start_date]
    latest = max(dated, key=lambda d: (d[0], d[1]))[2] if dated else (titled[0] if titled else None)
    return (latest.title.strip(),) if latest is not None and latest.title else ()


def earlier_titles(parsed: ParsedResume, current: Sequence[str] = ()) -> tuple[str, ...]:
    """The résumé's other titles, latest first (those with dates by their dates, then the
    undated as listed): whose registration a regulator's name alone is when the current title
    names no profession ("Locum", "Career break")."""
    titled = [(n, e.title.strip(), bool(e.end_date or e.start_date), e.end_date or e.start_date or "")
              for n, e in enumerate(parsed.experience) if e.title and e.title.strip() not in current]
    titled = [t for t in titled if t[1]]
    dated = sorted(((when, -n, title) for n, title, has, when in titled if has), reverse=True)
    undated = [title for _, title, has, _ in titled if not has]
    return tuple(dict.fromkeys([t for *_, t in dated] + undated))


def _with_resume_place(preferences: Preferences, parsed: ParsedResume) -> Preferences:
    """A candidate who named no place to work is taken to want work where the résumé says
    they live: the location part of the score then has a place to compare, instead of being
    left out as unknown. Places the candidate named always win."""
    if preferences.locations or not (parsed.location and parsed.location.strip()):
        return preferences
    return preferences.model_copy(update={"locations": [parsed.location.strip()]})


def canonical_skills(names: Sequence[str], skills: SkillExtractor | None,
                     titles: Sequence[str] = (), earlier: Sequence[str] = (),
                     written: Sequence[str] = (), context: Sequence[str] = ()) -> tuple[str, ...]:
    """Canonical names in the given order, without duplicates; a name the taxonomy does not
    know is kept as written, so a niche skill still matches itself. `titles`: the document's
    (the job's, or the résumé's current ones), which say whose registration a regulator's name
    alone is (registered_professions.for_the_profession); `earlier`: a résumé's titles held
    before, read when the current ones name no profession; `written`: the words the résumé
    writes just before a registration (registered_professions.professions_written), read first;
    `context`: the document's title and skills, which say what a bare abbreviation means
    (abbreviation_senses.py)."""
    out: dict[str, None] = {}
    for name in names:
        name = name.strip()
        if name:
            out.setdefault(_canonical(name, skills, titles, earlier, written, context), None)
    return tuple(out)


def _canonical(name: str, skills: SkillExtractor | None, titles: Sequence[str] = (),
               earlier: Sequence[str] = (), written: Sequence[str] = (), context: Sequence[str] = ()) -> str:
    """The taxonomy's name; for a requirement met by any of several skills ("ACCA or CIMA"),
    each alternative's, so each is compared with a résumé's skills as a single skill is."""
    known = skills.canonical(name) if skills else None
    if skills is not None:
        known = in_the_documents_sense(name, known, context, skills)
    if known and skills is not None:
        return for_the_profession(known, titles, skills, earlier, written) if titles or earlier or written else known
    parts = alternatives(name)
    if len(parts) == 1:
        return name
    return any_of([(skills.canonical(p) if skills else None) or p for p in parts])


def canonical_name(name: str, skills: SkillExtractor | None) -> str:
    """One skill's name as the profiles compare it (a job's, read without its title)."""
    return _canonical(name.strip(), skills) if name.strip() else name


def skill_wording(names: Sequence[str], skills: SkillExtractor | None,
                  titles: Sequence[str] = (), earlier: Sequence[str] = (),
                  written: Sequence[str] = (), context: Sequence[str] = ()) -> dict[str, str]:
    """Canonical name -> the first way the document wrote it."""
    out: dict[str, str] = {}
    for name in names:
        name = name.strip()
        if name:
            out.setdefault(_canonical(name, skills, titles, earlier, written, context), name)
    return out


def neighbour_similarity(similarities: Sequence[float], k: int = 10) -> float | None:
    """Mean of the k highest similarities: how close an item sits to its nearest neighbours
    on the other side. The retrieval that finds a resume's jobs (or a job's resumes) already
    returns these, so it costs nothing to keep. Fewer than k neighbours (a small platform)
    say nothing about hubness: one close item would pass for a hub and push every other
    pair of the item down, so there is no value and no correction."""
    top = sorted(similarities, reverse=True)[:k]
    return sum(top) / len(top) if top and len(top) >= k else None
