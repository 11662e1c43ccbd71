"""The light after-write check of a recomputation (SqliteEligibleResumeIds) says exactly what
the full read says (domain.matching.resume_choice over every resume of the owner), in every
state a resume set can be in: nothing parsed, parsed and unparsed mixed, a parsed primary, a
primary not parsed (the best of the parsed ones count), a parsed primary with nothing of a
resume in it (passed over), a deleted resume, an owner with none.
And with it, ResumeSets.moved reads no resume's content."""
from __future__ import annotations

from pathlib import Path

from domain.matching.resume_choice import fingerprint
from domain.pagination import PageRequest
from domain.resumes import ParsedResume, ResumeStatus
from domain.services.accounts import ClientInfo, Registration
from domain.services.matching_resume_sets import ResumeSets
from domain.users import Role
from gateway.bootstrap import open_services
from gateway.config import Settings
from tests.fixtures.documents import RESUME_TEXT


async def test_the_ids_read_alone_agree_with_the_full_read_in_every_state(tmp_path: Path):
    settings = Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off",
                        jwt_secret="eligible" * 8, max_resumes_per_candidate=10)
    async with open_services(settings) as services:
        resumes = services.repositories.resumes

        async def person(name: str):
            return (await services.accounts.register(Registration(
                email=f"{name}@ids.example", password="a long enough password", name=name,
                role=Role.CANDIDATE), ClientInfo())).user

        async def uploaded(owner, n: int, status: ResumeStatus | None = None, content: bool = False) -> str:
            resume = await services.resumes.upload(owner, f"cv{n}.txt", f"{RESUME_TEXT}\n{n}".encode())
            if status is ResumeStatus.PARSED:
                await resumes.set_status(resume.id, status, parsed=ParsedResume(
                    name=owner.name, email=f"{owner.name}{n}@ids.example" if content else None))
            elif status is not None:
                await resumes.set_status(resume.id, status, failure_reason="unreadable")
            return resume.id

        none_parsed, mixed, primary_parsed, primary_pending, deleted, empty, hollow = [
            await person(name) for name in ("none", "mixed", "primary", "pending", "deleted", "empty", "hollow")]
        await uploaded(none_parsed, 1)
        await uploaded(none_parsed, 2, ResumeStatus.FAILED)
        await uploaded(mixed, 1, ResumeStatus.PARSED)
        await uploaded(mixed, 2)
        await uploaded(mixed, 3, ResumeStatus.PARSED)
        await uploaded(primary_parsed, 1, ResumeStatus.PARSED)
        chosen = await uploaded(primary_parsed, 2, ResumeStatus.PARSED, content=True)
        await resumes.set_primary(chosen, primary_parsed.id, True)
        await uploaded(primary_pending, 1, ResumeStatus.PARSED)
        waiting = await uploaded(primary_pending, 2)
        await resumes.set_primary(waiting, primary_pending.id, True)
        await uploaded(deleted, 1, ResumeStatus.PARSED)
        gone = await uploaded(deleted, 2, ResumeStatus.PARSED)
        await resumes.delete(gone)
        kept = await uploaded(hollow, 1, ResumeStatus.PARSED, content=True)
        hollow_primary = await uploaded(hollow, 2, ResumeStatus.PARSED)
        await resumes.set_primary(hollow_primary, hollow.id, True)

        owners = [u.id for u in (none_parsed, mixed, primary_parsed, primary_pending, deleted, empty, hollow)]
        full = await ResumeSets(resumes).eligible_of(owners)
        ids = services.adapters.matching.eligible_resume_ids
        assert ids is not None  # the embedded backend reads them alone
        light = await ids.eligible_ids(owners)
        assert light == {owner: fingerprint(full[owner]) for owner in owners}
        assert light[primary_parsed.id] == {chosen} and len(light[mixed.id]) == 2 and light[empty.id] == frozenset()
        assert light[hollow.id] == {kept}
        # In the full read's order too (a job batch's candidates come in this order, and equal
        # scores keep it), and the owners of resume ids, deleted ones left out.
        assert await ids.eligible_lists(owners) == {owner: [r.id for r in full[owner]] for owner in owners}
        listed = [r.id for owner in owners for page in await resumes.by_owners([owner], None, PageRequest(first=50))
                  for r in page.items]
        assert await ids.owners_of([*listed, gone]) == {
            r.id: r.owner_id for r in await resumes.get_many(listed) if r is not None}

        class NoContentReads:
            """The resume repository, refusing the reads that decode every resume of an owner."""

            def __getattr__(self, name: str):
                return getattr(resumes, name)

            async def by_owners(self, *args, **kwargs):
                raise AssertionError("the after-write check read the resumes' content")

            async def get_many(self, *args, **kwargs):
                raise AssertionError("a resume's content was read")

        light_sets = ResumeSets(NoContentReads(), ids)
        assert await light_sets.eligible_ids_of(owners) == await ResumeSets(resumes).eligible_ids_of(owners)
        assert await light_sets.owners_of(listed) == await ResumeSets(resumes).owners_of(listed)

        assert await ResumeSets(NoContentReads(), ids).moved(full) == []
        await uploaded(mixed, 4, ResumeStatus.PARSED)
        assert await ResumeSets(NoContentReads(), ids).moved(full) == [mixed.id]
