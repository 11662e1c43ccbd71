"""Recruiters taken out of an organization before user items kept the organizations left: at
provisioning each gets those their jobs and pipeline moves were in, so erasing them later
clears their id there as it does for one removed today; the id of a person erased before is
removed at once; a candidate (whose own withdrawals name them) gets nothing. Running it again
changes nothing."""
from __future__ import annotations

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.past_organization_backfill import backfill_past_organizations
from domain.applications import ApplicationEvent, ApplicationStatus
from domain.users import Role
from tests.aws_backend import aws_settings  # noqa: F401
from tests.integration.contract.account_port_backends import ports_on
from tests.integration.contract.repository_backends import a_candidate, a_job, a_user, an_application, an_employer, at


async def _removed_before_the_release(stores, dynamo_table, organization_id: str, owner_id: str):
    """A recruiter who posted a job and moved an application there, then was taken out, as a
    release before `past_organization_ids` took them out."""
    recruiter = a_user(Role.EMPLOYER, organization_id=organization_id, minute=1)
    await stores.users.add(recruiter)
    posted = a_job(organization_id, posted_by=recruiter.id, minute=2)
    await stores.jobs.add(posted)
    candidate = await a_candidate(stores)
    application, submitted = an_application(posted.id, candidate.id)
    await stores.applications.add(application, submitted)
    moved = application.model_copy(update={"status": ApplicationStatus.SCREENING, "updated_at": at(3)})
    await stores.applications.transition(
        moved, ApplicationEvent(status=ApplicationStatus.SCREENING, at=at(3), by_user_id=recruiter.id, note="Seen"),
        application.version, member_of=organization_id)
    await stores.members.remove(organization_id, recruiter.id, at(4), "removed", by_owner=owner_id)
    await dynamo_table.update(keys.user(recruiter.id), "REMOVE past_organization_ids")
    return recruiter, posted, application, candidate


async def test_a_recruiter_removed_before_the_release_has_their_id_cleared_by_a_later_erasure(
        dynamo_table, aws_clients, aws_names):
    stores = await ports_on("aws", None, aws_clients, aws_names)
    owner, organization = await an_employer(stores)
    recruiter, posted, application, candidate = await _removed_before_the_release(
        stores, dynamo_table, organization.id, owner.id)
    withdrawn = (await stores.applications.get_many([application.id]))[0]
    await stores.applications.transition(
        withdrawn.model_copy(update={"status": ApplicationStatus.WITHDRAWN, "updated_at": at(5)}),
        ApplicationEvent(status=ApplicationStatus.WITHDRAWN, at=at(5), by_user_id=candidate.id),
        withdrawn.version)

    done = await backfill_past_organizations(dynamo_table)
    assert done.people_given_organizations == 1
    assert (await backfill_past_organizations(dynamo_table)).people_given_organizations == 0  # again: nothing
    candidate_item = await dynamo_table.get(keys.user(candidate.id)) or {}
    assert "past_organization_ids" not in candidate_item and "past_organization_ids" not in (
        await dynamo_table.get(keys.user(owner.id)) or {})

    await stores.account_store.erase(recruiter.id)
    (job,) = await stores.jobs.get_many([posted.id])
    assert job is not None and job.posted_by is None
    (history,) = await stores.applications.histories([application.id])
    assert [(e.by_user_id, e.note) for e in history[1:]] == [(None, "Seen"), (candidate.id, None)]


async def test_the_id_of_a_recruiter_erased_before_the_release_is_removed(dynamo_table, aws_clients, aws_names):
    stores = await ports_on("aws", None, aws_clients, aws_names)
    owner, organization = await an_employer(stores)
    recruiter, posted, application, _ = await _removed_before_the_release(
        stores, dynamo_table, organization.id, owner.id)
    await stores.account_store.erase(recruiter.id)  # as the older release did: their id stays
    (job,) = await stores.jobs.get_many([posted.id])
    assert job is not None and job.posted_by == recruiter.id

    done = await backfill_past_organizations(dynamo_table)
    assert done.ids_of_erased_people_removed == 2
    (job,) = await stores.jobs.get_many([posted.id])
    assert job is not None and job.posted_by is None
    (history,) = await stores.applications.histories([application.id])
    assert [e.by_user_id for e in history[1:]] == [None]
    assert (await backfill_past_organizations(dynamo_table)).ids_of_erased_people_removed == 0


async def test_provisioning_runs_it_and_reports_it(aws_settings):  # noqa: F811
    from gateway.provision_aws import provision_aws

    done = await provision_aws(aws_settings)
    assert done["recruiters_given_organizations_left"] == "0"
    assert done["ids_of_erased_people_removed"] == "0"
