"""What a recruiter may set among the preferences: only what they are told of. The rest
(titles, places, pay, contract types) steers a candidate's matches; on a recruiter it would be
stored, shown back and steer nothing, so it is refused rather than silently kept."""
from __future__ import annotations

from collections.abc import Mapping

from domain.errors import BadUserInput

_JOB_SEARCH = {"desired_titles": "desiredTitles", "locations": "locations", "remote": "remote",
               "min_salary": "minSalary", "currency": "currency", "salary_period": "salaryPeriod",
               "employment_types": "employmentTypes"}


def refuse_job_search_preferences(changes: Mapping[str, object]) -> None:
    given = [name for key, name in _JOB_SEARCH.items() if key in changes]
    if given:
        raise BadUserInput(
            f"`{given[0]}` is a candidate's job-search preference and steers nothing for a recruiter; leave it out."
            " A recruiter sets `notifyMinScore` here (how good a new candidate must be to be told of),"
            " `matchEmailDigest` (how the new-candidates emails come) and `timeZone` (whose days the daily"
            " digest gathers).",
            field=given[0],
        )
