"""The document and model adapters in AWS mode, each chosen by configuration: Textract or the
embedded extractor, Bedrock or the rule-based parser, Titan/SageMaker or the local model."""
from __future__ import annotations

from contextlib import AsyncExitStack

from adapters.aws.clients import AwsClients
from adapters.embedded.extraction.extractor import EmbeddedTextExtractor
from adapters.embedded.extraction.settings import ExtractionSettings
from adapters.embedded.parsing.parser_on_first_use import rule_based_parser
from domain.ports.documents import Embedder, ResumeParser, SkillExtractor, TextExtractor
from gateway.config import Settings


async def model_adapters(
    settings: Settings, clients: AwsClients, skills: SkillExtractor, stack: AsyncExitStack
) -> tuple[TextExtractor, ResumeParser, Embedder | None]:
    """(text extractor, résumé parser, embedder or None for the local model)."""
    aws = settings.aws
    embedded_extractor = EmbeddedTextExtractor(ExtractionSettings(max_pdf_pages=settings.pdf_page_cap))
    stack.callback(embedded_extractor.close)
    extractor: TextExtractor = embedded_extractor
    if aws.text_extractor == "textract":
        from adapters.aws.textract.extractor import TextractTextExtractor

        extractor = TextractTextExtractor(await clients.get("textract"), embedded_extractor,
                                          analyze_forms=aws.textract_forms)
    parser: ResumeParser = rule_based_parser(skills, now=settings.role != "api")
    if aws.resume_parser == "bedrock":
        from adapters.aws.bedrock.resume_parser import BedrockResumeParser

        parser = BedrockResumeParser(await clients.get("bedrock-runtime"), aws.bedrock_parser_model, skills, parser)
    embedder: Embedder | None = None
    if aws.embedder == "titan":
        from adapters.aws.bedrock.embedder import TitanEmbedder

        embedder = TitanEmbedder(await clients.get("bedrock-runtime"), aws.titan_model,
                                          aws.embedding_dimension)
    elif aws.embedder == "sagemaker":
        from adapters.aws.bedrock.embedder import SageMakerEmbedder

        if not aws.sagemaker_endpoint:
            raise ValueError("TALENTGRAPH_AWS__EMBEDDER=sagemaker needs TALENTGRAPH_AWS__SAGEMAKER_ENDPOINT")
        embedder = SageMakerEmbedder(await clients.get("sagemaker-runtime"), aws.sagemaker_endpoint,
                                              aws.embedding_dimension)
    # "embedded": None, and the matching wiring uses the local sentence-transformers model.
    return extractor, parser, embedder
