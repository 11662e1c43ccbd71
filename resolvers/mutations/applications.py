from __future__ import annotations

from typing import Annotated

import strawberry

from domain.rejection_undo import REJECTION_UNDO_WINDOW
from resolvers.context import Info
from resolvers.ids import raw_id
from resolvers.inputs import ApplyInput
from resolvers.permissions import HasVerifiedEmail, HiringTeamHasVerifiedEmail, IsAuthenticated, IsCandidate, signed_in
from resolvers.types.application import ApplicationType
from resolvers.types.enums import ApplicationStatus


@strawberry.type
class ApplicationMutations:
    @strawberry.mutation(
        permission_classes=[IsCandidate, HasVerifiedEmail],
        description="Applies to an open job with one of your resumes. One application per job: applying again"
        " is a CONFLICT naming it (`existingApplicationId`, `existingStatus`), except after you withdrew it, when"
        " the same application is sent again (back to SUBMITTED, its history kept, the hiring team told) as long"
        " as the job is open; it is sent with the resume and cover letter of this call (no coverLetter: none),"
        " each submission's kept in the history. A rejected or hired application cannot be sent again.",
    )
    async def apply_to_job(self, info: Info, input: ApplyInput) -> ApplicationType:
        application = await info.context.services.applications.apply(
            signed_in(info),
            raw_id(input.job_id, "Job", "input.jobId"),
            raw_id(input.resume_id, "Resume", "input.resumeId"),
            input.cover_letter,
        )
        return ApplicationType.from_domain(application)

    @strawberry.mutation(
        permission_classes=[IsAuthenticated, HiringTeamHasVerifiedEmail],
        description="Moves an application to `status`. A move to the status it is in already, when it is one you"
        " may put it in (a candidate: SUBMITTED, by applying, or WITHDRAWN; the hiring team: SUBMITTED or a"
        " status of their pipeline), is an idempotent success that records nothing (no new version, no history"
        " entry, the note dropped, nobody told): two recruiters making the same move both get the application as"
        " it stands, and a candidate sending their submission again finds it submitted. With `expectedVersion`"
        " that holds only for a repeat of your own last move; another change since that version is a CONFLICT."
        f" The hiring team may take a rejection back within {REJECTION_UNDO_WINDOW.days} days of it: a REJECTED"
        " application moves to the stage it was rejected at or an earlier one (a move like any other: in its"
        " history, its candidate told).",
    )
    async def update_application_status(
        self,
        info: Info,
        id: strawberry.ID,
        status: ApplicationStatus,
        note: Annotated[
            str | None,
            strawberry.argument(
                description="Why, in a sentence. The candidate sees it too: in the application's history and in"
                " the email about this move, as the hiring team does."
            ),
        ] = None,
        expected_version: Annotated[
            int | None,
            strawberry.argument(
                description="The version you saw; the move fails with CONFLICT if someone moved it since."
            ),
        ] = None,
    ) -> ApplicationType:
        application = await info.context.services.applications.move(
            signed_in(info), raw_id(id, "Application"), status, note, expected_version
        )
        return ApplicationType.from_domain(application)
