"""Which of a job's skills the employer typed (domain.jobs.Job.typed_skills): the column, and what
it holds for jobs stored before it."""
from __future__ import annotations

# Which were typed and which read from the description was never stored, and a skill the description yields may have
# been typed as well (an electrician's "18th Edition" is both listed and written), so every
# skill a job has is taken as typed: an edit of its words then drops none of them, at the cost
# of keeping read ones until the employer sends the lists again. Read back as a NULL would be.
_ALL_OF_ITS_SKILLS = """SELECT json_group_array(value) FROM (
    SELECT value FROM (SELECT value, 0 AS list, key FROM json_each(jobs.required_skills)
                       UNION ALL SELECT value, 1 AS list, key FROM json_each(jobs.nice_to_have_skills))
    ORDER BY list, key)"""
TYPED_SKILLS_COLUMN = [
    "ALTER TABLE jobs ADD COLUMN typed_skills TEXT",
    f"UPDATE jobs SET typed_skills = ({_ALL_OF_ITS_SKILLS})",
]
