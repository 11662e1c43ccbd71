"""`talentgraph provision --backend aws`: the table, bucket, queues, topic, event bus and
the search index, created idempotently from the same settings the gateway reads."""
from __future__ import annotations

import json
from contextlib import AsyncExitStack

from gateway.config import Settings


async def provision_aws(settings: Settings) -> dict[str, str]:
    from adapters.aws.clients import AwsClients
    from adapters.aws.dynamodb.table import create_table
    from adapters.aws.provision import Names, provision
    from adapters.reference_data.packaged import packaged_reference_data
    from domain.installed_reference_data import install_reference_data
    from gateway.backends.aws import connection, open_search_index

    # Provisioning runs in a process of its own, where no gateway installed the place tables
    # that keying a stored job's location (the listing-key refresh) reads.
    install_reference_data(packaged_reference_data())
    aws = settings.aws
    names = Names(
        table=aws.table, bucket=aws.bucket, queue=aws.queue, dead_letter_queue=aws.dead_letter_queue,
        topic=aws.topic, event_bus=aws.event_bus, kms_key_id=aws.kms_key_id,
        max_attempts=settings.queue_max_attempts, lease_seconds=int(settings.queue_lease_seconds),
    )
    async with AsyncExitStack() as stack:
        clients = AwsClients(connection(settings), stack)
        search = await open_search_index(settings, stack) if aws.opensearch_url else None
        done = await provision(clients, names, create_table=create_table, search_index=search)
        done.update(await _claim_organization_names(await clients.get("dynamodb"), aws.table))
        done.update(await _appoint_organization_owners(await clients.get("dynamodb"), aws.table))
        done.update(await _refresh_job_listing_keys(await clients.get("dynamodb"), aws.table))
        done.update(await _name_inbox_organizations(await clients.get("dynamodb"), aws.table))
        done.update(await _key_organization_pipelines(await clients.get("dynamodb"), aws.table))
        done.update(await _fold_user_search_text(await clients.get("dynamodb"), aws.table))
        done.update(await _record_organizations_left(await clients.get("dynamodb"), aws.table))
        done.update(await _point_invitations(await clients.get("dynamodb"), aws.table))
        if search is not None:
            done.update(await _upgrade_search_index(search, await clients.get("dynamodb"), aws.table))
        return done


async def _claim_organization_names(dynamodb: object, table_name: str) -> dict[str, str]:
    """Organizations stored before names were claimed claim theirs (the earliest of each name)."""
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.organization_name_claims import claim_existing_names

    claimed = await claim_existing_names(DynamoTable(dynamodb, table_name))
    return {"organization_names_claimed": str(claimed.claimed),
            "organization_names_left_as_duplicates": ", ".join(claimed.left_as_duplicates) or "none"}


async def _appoint_organization_owners(dynamodb: object, table_name: str) -> dict[str, str]:
    """Organizations stored before roles existed get an owner (their earliest member)."""
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.organization_owners import appoint_first_owners

    appointed = await appoint_first_owners(DynamoTable(dynamodb, table_name))
    return {"organization_owners_appointed": str(appointed.owners_appointed)}


async def _refresh_job_listing_keys(dynamodb: object, table_name: str) -> dict[str, str]:
    """Jobs stored before today's place and skill keys get them (job_listing_refresh.py)."""
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.job_listing_refresh import refresh_listing_keys

    refreshed = await refresh_listing_keys(DynamoTable(dynamodb, table_name))
    return {"job_listing_keys_refreshed": f"{refreshed.jobs_rewritten} of {refreshed.jobs_checked} jobs"}


async def _name_inbox_organizations(dynamodb: object, table_name: str) -> dict[str, str]:
    """Inbox entries kept before entries named their organization: a recruiter's about an
    application get it, and those of an organization their person left go
    (adapters/aws/dynamodb/inbox_organization_backfill.py)."""
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.inbox_organization_backfill import backfill_inbox_organizations

    done = await backfill_inbox_organizations(DynamoTable(dynamodb, table_name))
    return {"inbox_entries_named": str(done.entries_named), "inbox_entries_removed": str(done.entries_removed)}


async def _key_organization_pipelines(dynamodb: object, table_name: str) -> dict[str, str]:
    """Applications stored before organizations' pipelines get their keys
    (adapters/aws/dynamodb/pipeline_backfill.py)."""
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.pipeline_backfill import backfill_pipeline_keys

    done = await backfill_pipeline_keys(DynamoTable(dynamodb, table_name))
    return {"pipeline_applications_keyed": str(done.applications_keyed)}


async def _fold_user_search_text(dynamodb: object, table_name: str) -> dict[str, str]:
    """Users stored before an administrator's search matched folded names get today's search
    text (adapters/aws/dynamodb/user_search_backfill.py)."""
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.user_search_backfill import backfill_user_search_text

    done = await backfill_user_search_text(DynamoTable(dynamodb, table_name))
    return {"user_search_text_rewritten": f"{done.users_rewritten} of {done.users_checked} users"}


async def _record_organizations_left(dynamodb: object, table_name: str) -> dict[str, str]:
    """Recruiters taken out before user items kept the organizations left get them, and the
    id of a person erased before is removed from their jobs and moves
    (adapters/aws/dynamodb/past_organization_backfill.py)."""
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.past_organization_backfill import backfill_past_organizations

    done = await backfill_past_organizations(DynamoTable(dynamodb, table_name))
    return {"recruiters_given_organizations_left": str(done.people_given_organizations),
            "ids_of_erased_people_removed": str(done.ids_of_erased_people_removed)}


async def _point_invitations(dynamodb: object, table_name: str) -> dict[str, str]:
    """Invitations stored before the pointers by which an erasure finds them get them
    (adapters/aws/dynamodb/invitation_pointer_backfill.py)."""
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.invitation_pointer_backfill import backfill_invitation_pointers

    done = await backfill_invitation_pointers(DynamoTable(dynamodb, table_name))
    return {"invitations_pointed": str(done.invitations_pointed),
            "invitations_left_for_the_next_run": str(done.invitations_left)}


async def _upgrade_search_index(search: object, dynamodb: object, table_name: str) -> dict[str, str]:
    """An OpenSearch index written by an older release: its missing fields added, its jobs
    written again from the table (adapters/aws/opensearch/document_upgrade.py)."""
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.every_job import every_job
    from adapters.aws.dynamodb.jobs import DynamoJobRepository
    from adapters.aws.opensearch.document_upgrade import upgrade_documents
    from adapters.aws.opensearch.job_index import OpenSearchJobIndex

    if not isinstance(search, OpenSearchJobIndex):
        return {}
    jobs = DynamoJobRepository(DynamoTable(dynamodb, table_name))
    upgrade = await upgrade_documents(search, lambda: every_job(dynamodb, table_name), jobs.get_many)
    return {"search_fields_added": ", ".join(upgrade.fields_added) or "none",
            "search_jobs_reindexed": str(upgrade.jobs_written)}


def report(done: dict[str, str]) -> str:
    return json.dumps(done, indent=2)
