"""Bedrock has no local stand-in (moto lacks bedrock-runtime), so these tests use
botocore's Stubber (aiobotocore's AioStubber): a named mock at the edge, checking the
exact request we send and parsing the exact response shape Bedrock documents."""
from __future__ import annotations

import json

import pytest
from aiobotocore.stub import AioStubber
from botocore.stub import ANY

from adapters.aws.bedrock.embedder import TitanEmbedder
from adapters.aws.bedrock.resume_parser import TOOL_NAME, BedrockResumeParser, converse_request
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.errors import TransientFailure

MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
TEXT = "Ada Lovelace\nada@example.com\n\nSkills\npostgres, Python\n"


@pytest.fixture
async def bedrock():
    import aioboto3

    async with aioboto3.Session(region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x").client(
            "bedrock-runtime") as client:
        with AioStubber(client) as stubber:
            yield client, stubber


@pytest.fixture(scope="module")
def skills():
    return EmbeddedSkillExtractor()


def _answer(tool_input: dict | None) -> dict:
    content = [{"toolUse": {"toolUseId": "t1", "name": TOOL_NAME, "input": tool_input}}] if tool_input is not None \
        else [{"text": "I cannot help with that."}]
    return {
        "output": {"message": {"role": "assistant", "content": content}},
        "stopReason": "tool_use", "usage": {"inputTokens": 10, "outputTokens": 20, "totalTokens": 30},
        "metrics": {"latencyMs": 100},
    }


async def test_the_parser_asks_for_the_tool_and_validates_the_answer_into_a_parsed_resume(bedrock, skills):
    client, stubber = bedrock
    stubber.add_response("converse", _answer({
        "name": "Ada Lovelace", "email": "ada@example.com",
        "skills": [{"name": "postgres"}, {"name": "Python"}],
        "experience": [{"title": "Engineer", "company": "Engines", "start_date": "2019-01", "current": True}],
    }), expected_params=converse_request(MODEL, TEXT))
    parser = BedrockResumeParser(client, MODEL, skills, RuleBasedResumeParser(skills))
    parsed = await parser.parse(TEXT)
    assert parsed.name == "Ada Lovelace"
    assert [s.name for s in parsed.skills] == ["PostgreSQL", "Python"]
    assert parsed.experience[0].current is True
    stubber.assert_no_pending_responses()


def test_the_request_forces_the_one_tool_whose_schema_is_the_parsed_resume():
    request = converse_request(MODEL, TEXT)
    assert request["toolConfig"]["toolChoice"] == {"tool": {"name": TOOL_NAME}}
    schema = request["toolConfig"]["tools"][0]["toolSpec"]["inputSchema"]["json"]
    assert {"name", "skills", "experience", "education"} <= set(schema["properties"])
    assert "sections" not in schema["properties"]
    assert request["inferenceConfig"]["temperature"] == 0.0


async def test_an_answer_that_does_not_validate_is_retried_then_the_rule_based_parse_is_used(bedrock, skills):
    client, stubber = bedrock
    stubber.add_response("converse", _answer({"skills": "not a list"}), expected_params=ANY_REQUEST)
    stubber.add_response("converse", _answer(None), expected_params=ANY_REQUEST)
    parser = BedrockResumeParser(client, MODEL, skills, RuleBasedResumeParser(skills))
    parsed = await parser.parse(TEXT)
    assert parsed.email == "ada@example.com"  # from the fallback
    stubber.assert_no_pending_responses()


async def test_throttling_is_a_transient_failure_the_queue_retries(bedrock, skills):
    client, stubber = bedrock
    stubber.add_client_error("converse", service_error_code="ThrottlingException", http_status_code=429)
    parser = BedrockResumeParser(client, MODEL, skills, RuleBasedResumeParser(skills))
    with pytest.raises(TransientFailure):
        await parser.parse(TEXT)


class _Body:
    def __init__(self, payload: dict) -> None:
        self._data = json.dumps(payload).encode()

    async def read(self) -> bytes:
        return self._data


async def test_titan_is_asked_for_normalised_vectors_of_the_configured_size(bedrock):
    client, stubber = bedrock
    stubber.add_response(
        "invoke_model", {"body": _Body({"embedding": [3.0, 4.0], "inputTextTokenCount": 3}),
                         "contentType": "application/json"},
        expected_params={"modelId": "amazon.titan-embed-text-v2:0", "contentType": "application/json",
                         "accept": "application/json",
                         "body": json.dumps({"inputText": "python engineer", "dimensions": 256, "normalize": True})})
    embedder = TitanEmbedder(client, dimension=256)
    assert await embedder.embed(["python engineer"]) == [[0.6, 0.8]]


ANY_REQUEST = dict.fromkeys(converse_request(MODEL, TEXT), ANY)
