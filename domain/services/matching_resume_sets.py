"""The candidates' resume sets as matching reads them, and the check that a computation's
set still holds once its matches are written.

A recomputation reads a candidate's resumes, scores, then writes; an upload, a deletion or a
change of primary may commit in between. Each of those changes stores its own recomputation,
which reads the new set, but the stale writer may finish after it and overwrite the fresher
matches. So a writer reads the set again after writing: if it moved, the writer's matches
may be stale and the candidate is recomputed. A change committed after that second read
stores work that runs after it, and so after these writes.

The check needs only ids: where the backend reads them alone (EligibleResumeIds), no resume's
parsed content is read and decoded a second time."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from domain.matching.resume_choice import eligible, fingerprint
from domain.pagination import MAX_PAGE_SIZE, PageRequest
from domain.ports.resume_sets import EligibleResumeIds
from domain.ports.resumes import ResumeRepository
from domain.resumes import Resume


class ResumeSets:
    def __init__(self, resumes: ResumeRepository, ids: EligibleResumeIds | None = None) -> None:
        self._resumes, self._ids = resumes, ids

    async def eligible_of(self, owner_ids: Sequence[str]) -> dict[str, list[Resume]]:
        """Per owner, the resumes matching may read (see domain.matching.resume_choice)."""
        return {owner: eligible(resumes) for owner, resumes in (await self._all_of(owner_ids)).items()}

    async def eligible_ids_of(self, owner_ids: Sequence[str]) -> dict[str, list[str]]:
        """Per owner, the ids of eligible_of's resumes in its order, read without their
        content where the backend can."""
        if self._ids is not None:
            return await self._ids.eligible_lists(owner_ids)
        return {owner: [r.id for r in resumes] for owner, resumes in (await self.eligible_of(owner_ids)).items()}

    async def owners_of(self, resume_ids: Sequence[str]) -> dict[str, str]:
        if self._ids is not None:
            return await self._ids.owners_of(resume_ids)
        return {r.id: r.owner_id for r in await self._resumes.get_many(resume_ids) if r is not None}

    async def moved(self, read_before: dict[str, list[Resume]]) -> list[str]:
        """The owners whose eligible set is no longer the one read before."""
        return await self.moved_ids({owner: fingerprint(before) for owner, before in read_before.items()})

    async def moved_ids(self, read_before: Mapping[str, Iterable[str]]) -> list[str]:
        """The same, from the eligible ids read before."""
        if self._ids is not None:
            now = await self._ids.eligible_ids(list(read_before))
        else:
            now = {owner: fingerprint(resumes) for owner, resumes in (await self.eligible_of(list(read_before))).items()}
        return [owner for owner, before in read_before.items() if frozenset(before) != now[owner]]

    async def _all_of(self, owner_ids: Sequence[str]) -> dict[str, list[Resume]]:
        owners = list(dict.fromkeys(owner_ids))
        found: dict[str, list[Resume]] = {owner: [] for owner in owners}
        if not owners:
            return found
        pages = await self._resumes.by_owners(owners, None, PageRequest(first=MAX_PAGE_SIZE, want_total=False))
        for owner, page in zip(owners, pages):
            found[owner].extend(page.items)
            # Past a page (more resumes than any cap allows today) the owner reads on alone.
            while page.has_next:
                (page,) = await self._resumes.by_owners(
                    [owner], None, PageRequest(first=MAX_PAGE_SIZE, after=page.positions[-1], want_total=False))
                found[owner].extend(page.items)
        return found
