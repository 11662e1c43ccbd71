"""`make eval-match-calibration`: the distribution of match scores on the dev sets, to set the
floor below which a match is neither stored nor notified (Settings.match_min_score).

Both dev sets go through the product's services as users would (as eval_match.py does), with no
floor and nothing cut off: the 25 match jobs against the 47 dev resumes (a resume is relevant to
the job of its own category) and the nine professions jobs against the nine professions résumés
(each job's best résumé, from its jobs.json). Printed: the score histogram of relevant and other
pairs, the share of each kept at each candidate floor, and whether every professions job keeps
its best résumé first and above the floor.

    .venv/bin/python -m tests.eval.eval_match_calibration
"""
from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path

from tests.eval.shared_data import EVAL_DATA

PASSWORD = "evaluation password"
FLOORS = [round(0.05 * i, 2) for i in range(13)]
# The floor is the highest of FLOORS keeping this share of the relevant match-dev pairs (and
# every professions job's best résumé): a relevant pair lost is worse than a weak one kept.
KEEP_RELEVANT = 0.95


async def scored_pairs() -> tuple[list[tuple[str, float, bool]], dict[str, list[str]], dict[str, str]]:
    """(set, score, relevant) for every stored pair; per professions job its ranked résumé
    files; per professions job its best résumé file."""
    from domain.jobs import RemotePolicy, SalaryRange, Seniority
    from domain.pagination import MAX_PAGE_SIZE, PageRequest
    from domain.services.accounts import ClientInfo, Registration
    from domain.users import Role
    from gateway.bootstrap import open_services
    from gateway.config import Settings

    match_jobs = [json.loads(x) for x in (EVAL_DATA / "match_jobs.jsonl").open(encoding="utf-8") if x.strip()]
    match_resumes = [json.loads(x) for x in (EVAL_DATA / "match_resumes_dev.jsonl").open(encoding="utf-8") if x.strip()]
    folder = EVAL_DATA / "professions_dev"
    professions = json.loads((folder / "jobs.json").read_text(encoding="utf-8"))["jobs"]
    everything = 200
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), require_verified_email=False, rate_limits="off",
                            match_top_k=everything, match_keep=everything, match_min_score=0.0,
                            jwt_secret="eval" * 16)
        async with open_services(settings) as services:
            n = 0

            async def register(role: Role, organization: str | None = None):
                nonlocal n
                n += 1
                return (await services.accounts.register(Registration(
                    email=f"user{n}@calibration.example", password=PASSWORD, name=f"user{n}", role=role,
                    organization_name=organization), ClientInfo())).user

            job_set: dict[str, tuple[str, str]] = {}   # job id -> (set, label)
            for label, jobs in (("match", match_jobs), ("professions", professions)):
                employer = await register(Role.EMPLOYER, f"{label} employer")
                for j in jobs:
                    fields = {"title": j["title"], "description": j["description"],
                              "required_skills": j.get("requiredSkills") or [],
                              "nice_to_have_skills": j.get("niceToHaveSkills") or []}
                    for key, kind in (("location", str), ("remote", RemotePolicy),
                                      ("seniority", Seniority), ("salary", SalaryRange.model_validate)):
                        if j.get(key):
                            fields[key] = kind(j[key])
                    posted = await services.jobs.post(employer, fields)
                    job_set[posted.id] = (label, j.get("category") or j["key"])
            owner: dict[str, tuple[str, str]] = {}   # user id -> (set, category or file)
            uploads = [("match", r["category"], f"r{i}.txt", r["text"].encode("utf-8"))
                       for i, r in enumerate(match_resumes)]
            uploads += [("professions", name, name, (folder / name).read_bytes())
                        for name in json.loads((folder / "expected.json").read_text(encoding="utf-8"))]
            resume_ids = []
            for label, key, name, data in uploads:
                user = await register(Role.CANDIDATE)
                owner[user.id] = (label, key)
                resume = await services.resumes.upload(user, name, data)
                await services.resume_processor.process(resume.id)
                resume_ids.append(resume.id)
            for job_id in job_set:
                await services.matching.match_job(job_id)
            for resume_id in resume_ids:
                await services.matching.match_resume(resume_id)

            best = {j["key"]: j["best_resumes"][0] for j in professions}
            pairs, rankings = [], {}
            titles = {job_id: key for job_id, (label, key) in job_set.items()}
            for job_id, (label, key) in job_set.items():
                (page,) = await services.repositories.matches.by_jobs([job_id], None, PageRequest(first=MAX_PAGE_SIZE))
                same_set = [m for m in page.items if owner[m.candidate_id][0] == label]
                for m in same_set:
                    mine = owner[m.candidate_id][1]
                    pairs.append((label, m.score, mine == key if label == "match" else mine == best[key]))
                if label == "professions":
                    rankings[key] = [owner[m.candidate_id][1] for m in same_set]
            for user_id, (label, key) in owner.items():
                if label == "professions":
                    (page,) = await services.repositories.matches.by_candidates([user_id], None, PageRequest(first=4))
                    rankings[key] = [(titles[m.job_id], m.score) for m in page.items
                                     if job_set[m.job_id][0] == "professions"]
            return pairs, rankings, best


def histogram(scores: list[float], width: float = 0.1) -> str:
    bins = [0] * round(1 / width)
    for s in scores:
        bins[min(len(bins) - 1, int(s / width))] += 1
    return "  ".join(f"{i * width:.1f}:{c}" for i, c in enumerate(bins))


def main() -> int:
    pairs, rankings, best = asyncio.run(scored_pairs())
    print(f"pairs scoring exactly 1.0: {sum(s == 1.0 for _, s, _ in pairs)} of {len(pairs)}")
    relevant = sorted(s for lab, s, r in pairs if lab == "match" and r)
    lowest_best = min(s for lab, s, r in pairs if lab == "professions" and r)
    chosen = max(f for f in FLOORS if sum(s >= f for s in relevant) >= KEEP_RELEVANT * len(relevant)
                 and f <= lowest_best)
    for label in ("match", "professions"):
        relevant = [s for lab, s, r in pairs if lab == label and r]
        other = [s for lab, s, r in pairs if lab == label and not r]
        print(f"{label}: {len(relevant)} relevant pairs, {len(other)} others")
        print(f"  relevant  {histogram(relevant)}")
        print(f"  others    {histogram(other)}")
        print("  floor  relevant kept  others kept")
        for floor in FLOORS:
            kept = sum(s >= floor for s in relevant) / max(1, len(relevant))
            dropped = sum(s >= floor for s in other) / max(1, len(other))
            print(f"  {floor:.2f}   {kept:6.1%}        {dropped:6.1%}")
    print(f"floor keeping {KEEP_RELEVANT:.0%} of relevant match-dev pairs and every professions best: {chosen:.2f}")
    for resume, jobs in sorted((k, v) for k, v in rankings.items() if "." in k):
        print(f"  {resume}: " + ", ".join(f"{j} {s:.3f}{'' if s >= chosen else ' (under the floor)'}" for j, s in jobs))
    rankings = {k: v for k, v in rankings.items() if "." not in k}
    firsts = {job: ranked[:1] == [best[job]] for job, ranked in rankings.items()}
    print("professions: best résumé first for", sum(firsts.values()), "of", len(firsts), "jobs",
          "" if all(firsts.values()) else f"(not for {[j for j, ok in firsts.items() if not ok]})")
    print(f"professions: lowest score of a best résumé {lowest_best:.3f}")
    return 0 if all(firsts.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
