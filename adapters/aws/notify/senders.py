"""Channel senders on AWS (domain.ports.notifications.ChannelSender): SES for email, SNS
for SMS (to a phone number) and push (to the device's SNS platform endpoint ARN)."""
from __future__ import annotations

import json
from typing import Any

from botocore.exceptions import ClientError

from adapters.aws.clients import error_code
from domain.channels import Channel
from domain.ports.notifications import Delivery, RecipientRejected
from domain.validation import header_safe

# Refusals that name the address itself: retrying the same address cannot help.
_EMAIL_REJECTED = {"MessageRejected", "MailFromDomainNotVerifiedException"}
_PHONE_OR_DEVICE_REJECTED = {"EndpointDisabled", "InvalidParameter", "OptedOut", "NotFound"}


class SesEmailSender:
    channel = Channel.EMAIL

    def __init__(self, ses: Any, sender: str) -> None:
        self._ses = ses
        self._sender = sender

    async def deliver(self, delivery: Delivery) -> None:
        if header_safe(delivery.recipient) != delivery.recipient:
            raise RecipientRejected("The address holds a line break or control character.")
        body: dict[str, Any] = {"Text": {"Data": delivery.text, "Charset": "UTF-8"}}
        if delivery.html:
            body["Html"] = {"Data": delivery.html, "Charset": "UTF-8"}
        try:
            await self._ses.send_email(
                Source=self._sender, Destination={"ToAddresses": [delivery.recipient]},
                Message={"Subject": {"Data": header_safe(delivery.subject), "Charset": "UTF-8"}, "Body": body},
            )
        except ClientError as error:
            if error_code(error) in _EMAIL_REJECTED:
                raise RecipientRejected(f"SES refused {delivery.recipient}: {error_code(error)}") from error
            raise


class SnsSmsSender:
    channel = Channel.SMS

    def __init__(self, sns: Any) -> None:
        self._sns = sns

    async def deliver(self, delivery: Delivery) -> None:
        try:
            await self._sns.publish(
                PhoneNumber=delivery.recipient, Message=delivery.text[:1600],
                MessageAttributes={"AWS.SNS.SMS.SMSType": {"DataType": "String", "StringValue": "Transactional"}},
            )
        except ClientError as error:
            if error_code(error) in _PHONE_OR_DEVICE_REJECTED:
                raise RecipientRejected(f"SNS refused the number: {error_code(error)}") from error
            raise


class SnsPushSender:
    channel = Channel.PUSH

    def __init__(self, sns: Any) -> None:
        self._sns = sns

    async def deliver(self, delivery: Delivery) -> None:
        payload = {"title": delivery.subject, "body": delivery.text, "data": delivery.data}
        message = {
            "default": delivery.text,
            "GCM": json.dumps({"notification": {"title": delivery.subject, "body": delivery.text},
                               "data": delivery.data}),
            "APNS": json.dumps({"aps": {"alert": {"title": delivery.subject, "body": delivery.text}},
                                "data": delivery.data}),
            "WEB": json.dumps(payload),
        }
        try:
            await self._sns.publish(TargetArn=delivery.recipient, MessageStructure="json", Message=json.dumps(message))
        except ClientError as error:
            if error_code(error) in _PHONE_OR_DEVICE_REJECTED:
                raise RecipientRejected(f"SNS refused the device: {error_code(error)}") from error
            raise
