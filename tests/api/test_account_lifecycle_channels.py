"""Notification channels over HTTP: a phone proven by a texted code, channels per kind,
push devices registered and forgotten on sign-out, and messages routed accordingly."""
from __future__ import annotations

import re

from domain.ports.notifications import Message
from tests.account_helpers import outbox_for, raw_id

CHANNELS = "{ me { phone phoneVerified notificationChannels { newMatch applicationUpdate account } devices { id platform } } }"
REQUEST_CODE = "mutation($p: String!){ requestPhoneVerification(phone: $p) }"
VERIFY_PHONE = "mutation($c: String!){ verifyPhone(code: $c){ phone phoneVerified } }"
CHOOSE = """mutation($i: NotificationChannelsInput!){ updateNotificationChannels(input: $i){
  notificationChannels { newMatch applicationUpdate account } } }"""
REGISTER_DEVICE = "mutation($p: DevicePlatform!, $t: String!){ registerDevice(platform: $p, token: $t){ id platform } }"


async def _texted_code(app, user_gid: str) -> str:
    (sms,) = await outbox_for(app, user_gid, channel="sms")
    return re.search(r"\b(\d{6})\b", sms["body_text"]).group(1)


async def test_a_phone_proven_by_its_code_lets_a_person_choose_text_messages(client, app):
    signed = await client.register("CANDIDATE")
    token, user = signed["accessToken"], signed["user"]
    refused = (await client.execute(CHOOSE, {"i": {"newMatch": ["SMS"]}}, token))["errors"][0]
    assert refused["extensions"]["code"] == "BAD_USER_INPUT" and "verified phone" in refused["message"]
    bad = (await client.execute(REQUEST_CODE, {"p": "555"}, token))["errors"][0]
    assert "international form" in bad["message"]

    assert (await client.data(REQUEST_CODE, {"p": "+1 415 555 2671"}, token))["requestPhoneVerification"] is True
    code = await _texted_code(app, user["id"])
    (sms,) = await outbox_for(app, user["id"], channel="sms")
    assert sms["recipient"] == "+14155552671" and sms["body_html"] is None
    wrong = (await client.execute(VERIFY_PHONE, {"c": "000000" if code != "000000" else "111111"}, token))["errors"][0]
    assert wrong["extensions"]["reason"] == "WRONG_CODE"
    assert (await client.data(VERIFY_PHONE, {"c": code}, token))["verifyPhone"] == {
        "phone": "+14155552671", "phoneVerified": True}
    reused = (await client.execute(VERIFY_PHONE, {"c": code}, token))["errors"][0]
    assert reused["extensions"]["code"] == "BAD_USER_INPUT"

    no_device = (await client.execute(CHOOSE, {"i": {"newMatch": ["SMS", "PUSH"]}}, token))["errors"][0]
    assert no_device["extensions"] == {"code": "BAD_USER_INPUT", "field": "channels"}
    assert "registerDevice" in no_device["message"]
    await client.data(REGISTER_DEVICE, {"p": "ANDROID", "t": "fcm-token-1"}, token)
    chosen = (await client.data(CHOOSE, {"i": {"newMatch": ["SMS", "PUSH"], "applicationUpdate": []}}, token))
    assert chosen["updateNotificationChannels"]["notificationChannels"] == {
        "newMatch": ["SMS", "PUSH"], "applicationUpdate": [], "account": ["EMAIL"]}


async def test_messages_follow_the_chosen_channels_and_devices_go_on_sign_out(client, app):
    signed = await client.register("CANDIDATE")
    token, user = signed["accessToken"], signed["user"]
    device = (await client.data(REGISTER_DEVICE, {"p": "IOS", "t": "apns-token-1"}, token))["registerDevice"]
    assert device["platform"] == "IOS"
    await client.data(CHOOSE, {"i": {"newMatch": ["PUSH", "EMAIL"]}}, token)
    assert [d["id"] for d in (await client.data(CHANNELS, token=token))["me"]["devices"]] == [device["id"]]
    # Match mail goes only to a proven address.
    await app.state.services.repositories.users.set_email_verified(raw_id(user["id"]))

    await app.state.services.notifier.send([Message(
        user_id=raw_id(user["id"]), kind="match", subject="A new match: Backend Engineer",
        text="You match Backend Engineer.", short="New match: Backend Engineer", dedupe_key="match:test")])
    routed = [(m["channel"], m["recipient"], m["body_text"])
              for m in await outbox_for(app, user["id"], subject="A new match: Backend Engineer")]
    assert routed == [("push", "apns-token-1", "New match: Backend Engineer"),
                      ("email", user["email"], "You match Backend Engineer.")]

    assert (await client.data("mutation{ logout }", token=token))["logout"] is True
    assert await app.state.services.adapters.accounts.devices.for_users([raw_id(user["id"])]) == [[]]


async def test_a_device_token_is_the_registrants_own_and_can_be_removed(client, app):
    ada, bob = await client.register("CANDIDATE"), await client.register("CANDIDATE")
    device = (await client.data(REGISTER_DEVICE, {"p": "ANDROID", "t": "fcm-1"}, ada["accessToken"]))["registerDevice"]
    remove = "mutation($id: ID!){ removeDevice(id: $id) }"
    assert await client.error_code(remove, {"id": device["id"]}, bob["accessToken"]) == "NOT_FOUND"
    assert (await client.data(remove, {"id": device["id"]}, ada["accessToken"]))["removeDevice"] is True
    assert (await client.data(CHANNELS, token=ada["accessToken"]))["me"]["devices"] == []
    empty = (await client.execute(REGISTER_DEVICE, {"p": "ANDROID", "t": "  "}, ada["accessToken"]))["errors"][0]
    assert empty["extensions"]["code"] == "BAD_USER_INPUT"


async def test_a_number_written_with_00_for_the_plus_is_the_same_number(client, app):
    # Across most of Europe "00" is how the international prefix is dialled and written.
    signed = await client.register("CANDIDATE")
    token, user = signed["accessToken"], signed["user"]
    assert (await client.data(REQUEST_CODE, {"p": "00353 87 123 4567"}, token))["requestPhoneVerification"] is True
    (sms,) = await outbox_for(app, user["id"], channel="sms")
    assert sms["recipient"] == "+353871234567"


async def test_a_number_with_its_country_code_that_cannot_exist_is_told_so(client):
    # It is in international form already: asking for that form again leaves the person stuck.
    token, _ = await client.candidate()
    bad = (await client.execute(REQUEST_CODE, {"p": "+353 12"}, token))["errors"][0]
    assert bad["extensions"]["code"] == "BAD_USER_INPUT" and bad["extensions"]["field"] == "phone"
    assert "international form" not in bad["message"] and "Ireland" in bad["message"]
    assert "digits" in bad["message"]
