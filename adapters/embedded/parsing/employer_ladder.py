"""Roles held one after another at one employer, the employer written once over them all:

    Deloitte LLP – Toronto, ON
    Audit Senior, 2018 – 2021
    Audit Associate, 2016 – 2018

The lower roles are read with no employer of their own; they are the employer's above."""
from __future__ import annotations

import re

from adapters.embedded.parsing.job_titles import title_score
from domain.resumes import ExperienceEntry

# "Developer (Intern) in Softech Infosys": a title that names its own employer shares none
_NAMES_AN_EMPLOYER = re.compile(r"\s(?:at|in|with|for|@)\s+[A-Z]")
# Work on one's own account, for no employer ("Freelance Photographer", "Self-employed
# Electrician", "Independent Consultant", "Contract Welder", "Owner, own business"): a role
# under an employer's roles is so often the work done before or beside that job. A "Contract
# Manager" manages contracts: an employee's job.
_ON_OWN_ACCOUNT = re.compile(r"\b(?:freelanc\w*|self[- ]employed|own\s+(?:business|account|practice|firm)|"
                             r"independent|sole\s+(?:trader|proprietor)|proprietor|contractor|on\s+contract|"
                             r"\(contract\)|contract\s+basis)|^contract\s+(?!(?:manage|admin|officer|specialist|analyst|"
                             r"negotiat|lawyer|attorney|counsel|engineer))", re.IGNORECASE)


def employer_carried_down(entries: list[ExperienceEntry], one_lines: list[str | None]) -> None:
    """A role with a title but no employer, right under a role with no duties written between
    them (the two lines are one employer's list of roles), takes that role's employer and
    place, when that employer was written on a line of its own (`one_lines[k]` is None: the
    role's header took more than one line). A role under duties stays as it is: its employer
    was left out, not shared; and so does one under a job written whole on one line
    ("Foreman, Carrick Builders - 2012 to 2015" over "Bricklayer, 2010 - 2012"), and so does
    work on one's own account ("Freelance Photographer"), which has no employer to share."""
    for k, (above, role) in enumerate(zip(entries, entries[1:], strict=False)):
        if role.company is None and role.title and title_score(role.title) > 0 and not _NAMES_AN_EMPLOYER.search(role.title) \
                and not _ON_OWN_ACCOUNT.search(role.title) \
                and above.company and above.description is None and k < len(one_lines) and one_lines[k] is None:
            role.company = above.company
            role.location = role.location or above.location
