"""The board bench-resume-cpu's workload runs on (and resume_workload_dump, which compares its
results between trees): 6 organizations posting 10 jobs each, and the accounts to post and upload."""
from __future__ import annotations

from typing import Any

SKILLS = ["Python", "SQL", "Excel", "Java", "Kubernetes", "Tableau", "Salesforce", "AutoCAD", "Photoshop", "Docker"]


async def register(services: Any, email: str, role: Any, organization: str | None = None) -> Any:
    from domain.services.accounts import ClientInfo, Registration

    return (await services.accounts.register(Registration(
        email=email, password="benchmark password", name="Bench", role=role,
        organization_name=organization), ClientInfo())).user


async def post_board(services: Any) -> None:
    from domain.users import Role

    for org in range(6):
        employer = await register(services, f"employer{org}@bench.example", Role.EMPLOYER, f"Org {org}")
        for n in range(10):
            skills = SKILLS[(org + n) % len(SKILLS):][:3]
            await services.jobs.post(employer, {"title": f"Engineer {org}-{n}", "required_skills": skills,
                                                "description": f"We build services with {', '.join(skills)}."})
