"""What a recruiter may set among the preferences: only what they are told of. The rest
(titles, places, pay, contract types) steers a candidate's matches; on a recruiter it would be
stored, shown back and steer nothing, so it is refused rather than silently kept. The same
holds the other way for a candidate's `matchEmailDigest`: the emails it paces are recruiters'."""
from __future__ import annotations

from collections.abc import Mapping

from domain.errors import BadUserInput
from domain.match_email_digest import MatchEmailDigest

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


def refuse_recruiter_preferences(changes: Mapping[str, object], shown: MatchEmailDigest) -> None:
    """A candidate's `matchEmailDigest` sent as it reads back (`shown`), or null, changes nothing: a client
    writing back the preferences it read is not refused for it."""
    digest = changes.get("match_email_digest")
    if "match_email_digest" in changes and digest is not None and digest != shown:
        raise BadUserInput(
            "`matchEmailDigest` paces a recruiter's \"New candidates for <title>\" emails and steers nothing for a"
            " candidate; leave it out. Your own match messages follow `notifyMinScore` (set here) and the"
            " channels you choose with updateNotificationChannels (`newMatch`).",
            field="matchEmailDigest",
        )
