"""A ParsedResume in the contract's GraphQL field names, as the shared scorers read it."""
from __future__ import annotations

from domain.resumes import ParsedResume


def as_graphql(parsed: ParsedResume) -> dict:
    return {
        "name": parsed.name, "email": parsed.email, "phone": parsed.phone,
        "location": parsed.location, "summary": parsed.summary,
        "skills": [{"name": s.name, "kind": getattr(s, "kind", None) and str(s.kind.value)}
                   for s in parsed.skills],
        "experience": [{"title": e.title, "company": e.company, "startDate": e.start_date,
                        "endDate": e.end_date, "current": e.current, "location": e.location}
                       for e in parsed.experience],
        "education": [{"institution": e.institution, "degree": e.degree, "field": e.field,
                       "graduationYear": e.graduation_year} for e in parsed.education],
        "totalYearsExperience": parsed.total_years_experience,
    }
