"""Why a part of a match could not be counted, in words that tell the reader what to add.

"Not known: experience" beside a nurse's seven dated years reads as if the resume were not
read; the missing fact was the posting's seniority. Each unknown part therefore names the
side that lacks it (the posting, the resume or the candidate's preferences), so the
recruiter or the candidate reading the explanation knows which of them can fill it in."""
from __future__ import annotations

from domain.matching.profiles import CandidateProfile, JobProfile

# Keys: the reason kinds' words in explanation.py ("title" and "employment" are the two
# preferences). Values never name another part ("salary", "experience"): a reader of the
# sentence finds each unknown part by its own name.
POSTING_SENIORITY = "no seniority level or years of experience on the posting"
RESUME_YEARS = "no dated jobs on the resume"
NO_PLACES = "no preferred places or remote arrangement set"
POSTING_PLACE = "no place on the posting"
# Both name places, but no distance between them is known (a village too small for the
# tables, or words that name no place): neither side lacks a fact it could add.
PLACES_APART_UNKNOWN = "no distance known between the places wanted and the posting's place"
# The same, where the candidate named no places and the résumé's stood in: "places wanted"
# would speak of a choice they never made.
RESUME_PLACE_APART_UNKNOWN = ("no preferred places set, and no distance known between the resume's place and the"
                              " posting's place")
NO_MINIMUM = "no minimum pay set"
POSTING_PAY = "no pay on the posting"
NO_TITLES = "no desired titles set"
NO_EMPLOYMENT_TYPES = "no accepted employment types set"
POSTING_EMPLOYMENT_TYPE = "no employment type on the posting"


def why_unknown(candidate: CandidateProfile, job: JobProfile, unknown: frozenset[str],
                title_known: bool, employment_known: bool) -> dict[str, str]:
    """For each part left out of the score, what is missing and where."""
    why: dict[str, str] = {}
    if "experience" in unknown:
        why["experience"] = " and ".join(w for w, missing in (
            (POSTING_SENIORITY, job.seniority is None and job.asked_years is None), (RESUME_YEARS, candidate.years is None)) if missing)
    if "location" in unknown:
        wants = candidate.preferences
        why["location"] = (NO_PLACES if not wants.remote and not wants.locations
                           else POSTING_PLACE if not (wants.locations and job.location)
                           else RESUME_PLACE_APART_UNKNOWN if candidate.resume_place else PLACES_APART_UNKNOWN)
    if "salary" in unknown:
        why["salary"] = _salary(candidate, job)
    if not title_known:
        why["title"] = NO_TITLES
    if not employment_known:
        why["employment"] = (NO_EMPLOYMENT_TYPES if not candidate.preferences.employment_types
                             else POSTING_EMPLOYMENT_TYPE)
    return {part: words for part, words in why.items() if words}


def _salary(candidate: CandidateProfile, job: JobProfile) -> str:
    wanted, pay = candidate.preferences, job.salary
    missing = []
    if not wanted.min_salary:
        missing.append(NO_MINIMUM)
    if pay is None or (pay.min is None and pay.max is None):
        missing.append(POSTING_PAY)
    elif wanted.min_salary and wanted.currency and pay.currency \
            and wanted.currency.upper() != pay.currency.upper():
        # No exchange rates here: the reader can compare the two amounts themselves.
        missing.append(f"pay in {pay.currency.upper()}, the minimum in {wanted.currency.upper()}")
    return " and ".join(missing)
