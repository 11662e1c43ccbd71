"""The `aws` section of the settings (env TALENTGRAPH_AWS__<FIELD>, e.g. TALENTGRAPH_AWS__BUCKET).

Which document and model adapters run is configuration: the embedded ones stay valid
choices in AWS mode (and are the defaults, since they need no extra AWS service)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class AwsSettings(BaseModel):
    region: str = "us-east-1"
    # Only for local stand-ins (moto); unset in AWS, where the SDK finds the endpoints.
    endpoint_url: str | None = None
    connect_timeout_seconds: float = 5.0
    read_timeout_seconds: float = 30.0
    # Total attempts per call in botocore's "standard" retry mode (throttling, 5xx).
    max_attempts: int = 4

    table: str = "talentgraph"
    bucket: str = "talentgraph-documents"
    # SSE-KMS with this key when set; SSE-S3 (AES256) otherwise.
    kms_key_id: str | None = None
    presigned_url_seconds: int = Field(default=900, ge=60, le=7 * 24 * 3600)

    queue: str = "talentgraph-work"
    dead_letter_queue: str = "talentgraph-work-dead"
    # Long polling: one ReceiveMessage waits this long for work instead of polling empty.
    queue_wait_seconds: int = Field(default=10, ge=0, le=20)

    topic: str = "talentgraph-notifications"
    # SES sender for email notifications; without it messages only go to the SNS topic.
    ses_sender: str | None = None

    event_bus: str = "talentgraph-events"
    # Names this replica's event queue and rule; a random one is made when unset.
    replica_id: str | None = None

    # Automatic persisted queries expire from DynamoDB (TTL) this long after their last use.
    persisted_query_days: float = Field(default=30.0, gt=0)

    opensearch_url: str | None = None
    opensearch_index: str = "talentgraph-jobs"

    cognito_user_pool_id: str | None = None
    cognito_client_id: str | None = None

    text_extractor: Literal["embedded", "textract"] = "embedded"
    # Scans (images) go to AnalyzeDocument with FORMS so key/value pairs are kept.
    textract_forms: bool = True
    resume_parser: Literal["embedded", "bedrock"] = "embedded"
    bedrock_parser_model: str = "anthropic.claude-3-haiku-20240307-v1:0"
    embedder: Literal["embedded", "titan", "sagemaker"] = "embedded"
    titan_model: str = "amazon.titan-embed-text-v2:0"
    # Titan v2 offers 256, 512 or 1024; a SageMaker endpoint's size is whatever it returns.
    embedding_dimension: int = 1024
    sagemaker_endpoint: str | None = None
