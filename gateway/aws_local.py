"""`make run-aws-local`: a moto server on 127.0.0.1 standing in for AWS, provisioned, and
the gateway served with --backend aws against it. Search goes through the embedded index
unless OPENSEARCH_URL is set. A development aid: moto (the `test` extra) must be installed."""
from __future__ import annotations

import asyncio
import logging
import os
import sys

from gateway.aws_local_mail import LocalMailbox
from gateway.cli import main as cli_main


def run(moto_port: int) -> int:
    from moto.server import ThreadedMotoServer

    for key, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                       "AWS_DEFAULT_REGION": "us-east-1"}.items():
        os.environ.setdefault(key, value)
    # moto's server logs every request it answers (the queue's long polls included, once a
    # second): the gateway's own log would drown in them.
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=moto_port, verbose=False)
    server.start()
    mailbox = None
    os.environ["TALENTGRAPH_BACKEND"] = "aws"
    os.environ["TALENTGRAPH_AWS__ENDPOINT_URL"] = f"http://127.0.0.1:{moto_port}"
    os.environ.setdefault("TALENTGRAPH_AWS__QUEUE_WAIT_SECONDS", "1")
    if os.environ.get("OPENSEARCH_URL"):
        os.environ["TALENTGRAPH_AWS__OPENSEARCH_URL"] = os.environ["OPENSEARCH_URL"]
    try:
        from gateway.config import Settings
        from gateway.provision_aws import provision_aws, report

        provisioned = asyncio.run(provision_aws(Settings()))
        print(report(provisioned), flush=True)
        mailbox = _mailbox(os.environ["TALENTGRAPH_AWS__ENDPOINT_URL"], provisioned["topic"])
        return cli_main(["run", "--in-one-process", "--backend", "aws"])
    finally:
        if mailbox is not None:
            mailbox.stop()
        server.stop()


def _mailbox(endpoint_url: str, topic_arn: str) -> LocalMailbox:
    """Emails have no SES sender here: they are logged (see gateway/aws_local_mail.py), so the
    verification link that posting and applying need can be read in the terminal."""
    import boto3

    mailbox = LocalMailbox.subscribe(boto3.Session(), endpoint_url, topic_arn)
    mailbox.start()
    return mailbox


if __name__ == "__main__":
    sys.exit(run(int(os.environ.get("MOTO_PORT", "5005"))))
