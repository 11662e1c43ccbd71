"""Notification channels live beside the job-search preferences: channels of different kinds
chosen at once from several tabs, and preferences changed at that moment, are all kept.
Truly concurrent requests, on both backends."""
from __future__ import annotations

import asyncio

from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

CHANNELS = """mutation($i: NotificationChannelsInput!){ updateNotificationChannels(input: $i){ id } }"""
PREFERENCES = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ id } }"
READ = "{ me { notificationChannels { newMatch applicationUpdate account } preferences { desiredTitles } } }"


async def test_channels_and_preferences_changed_at_once_are_all_kept(served):
    client, _ = served
    token, _ = await client.candidate()
    # Push goes to a registered device: choosing it needs one.
    await client.data("mutation{ registerDevice(platform: IOS, token: \"apns-tab-test\"){ id } }", token=token)
    for round_, (match, update, account) in enumerate([
        (["PUSH"], ["PUSH", "EMAIL"], ["EMAIL"]),
        (["EMAIL"], ["PUSH"], ["EMAIL", "PUSH"]),
    ]):
        await asyncio.gather(
            client.data(CHANNELS, {"i": {"newMatch": match}}, token),
            client.data(CHANNELS, {"i": {"applicationUpdate": update}}, token),
            client.data(CHANNELS, {"i": {"account": account}}, token),
            client.data(PREFERENCES, {"i": {"desiredTitles": [f"Midwife {round_}"]}}, token),
        )
        me = (await client.data(READ, token=token))["me"]
        assert me["notificationChannels"] == {"newMatch": match, "applicationUpdate": update, "account": account}, round_
        assert me["preferences"]["desiredTitles"] == [f"Midwife {round_}"], round_
