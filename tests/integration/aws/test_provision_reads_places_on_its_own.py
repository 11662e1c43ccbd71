"""`talentgraph provision` runs in a process of its own, where no gateway has installed the
reference tables its listing-key refresh reads to key a job's location: run again on a table
that holds a job with a location (every deploy after the first), it must install them itself."""
from __future__ import annotations

from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data, uninstall_reference_data
from gateway.provision_aws import provision_aws
from tests.aws_backend import aws_settings  # noqa: F401
from tests.integration.contract.repository_backends import a_job


async def test_provisioning_a_table_with_a_located_job_needs_no_tables_installed_before(
        aws_settings, aws_clients):
    table = DynamoTable(await aws_clients.get("dynamodb"), aws_settings.aws.table)
    repositories = dynamodb_repositories(table.client, table.name)
    await repositories["jobs"].add(a_job("org-1", location="Bristol, UK"))

    uninstall_reference_data()  # as in a fresh `talentgraph provision` process
    try:
        done = await provision_aws(aws_settings)
    finally:
        install_reference_data(packaged_reference_data())
    assert done["job_listing_keys_refreshed"].endswith("of 1 jobs")
