"""An API process does not compile the résumé parser's date patterns (~0.5 s of its start) unless
it parses a résumé; the worker builds the parser as it starts; built on first use, the parser
reads a résumé exactly as one built at once, and two résumés parsed at once build it once."""
from __future__ import annotations

import asyncio
import subprocess
import sys

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.parser_on_first_use import ParserOnFirstUse, rule_based_parser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

_RESUME = """Ana Souza
ana@example.com

EXPERIENCE
Sous-Chef – Le Jardin, Lyon   (09/2019 – présent)
Chef de Partie – Brasserie, Paris   (06/2016 – 08/2019)

SKILLS
Food safety, HACCP, Menu planning
"""

_OPENS_SERVICES = """
import asyncio, sys, tempfile
from pathlib import Path
from gateway.config import Settings
from gateway.bootstrap import open_services

async def main(role):
    with tempfile.TemporaryDirectory() as tmp:
        async with open_services(Settings(data_dir=Path(tmp), role=role)):
            print("dates" if "adapters.embedded.parsing.dates" in sys.modules else "none")

asyncio.run(main(sys.argv[1]))
"""


def _date_patterns_compiled_by(role: str) -> str:
    done = subprocess.run([sys.executable, "-c", _OPENS_SERVICES, role], capture_output=True, text=True,
                          timeout=120, env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin",
                                            "PYTHONPATH": ":".join(sys.path)})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_an_api_process_starts_without_the_parser_and_a_worker_with_it():
    assert _date_patterns_compiled_by("api") == "none"
    assert _date_patterns_compiled_by("worker") == "dates"


async def test_a_parser_built_on_first_use_reads_as_one_built_at_once():
    skills = EmbeddedSkillExtractor()
    later = rule_based_parser(skills, now=False)
    assert isinstance(later, ParserOnFirstUse)
    first, second = await asyncio.gather(later.parse(_RESUME), later.parse(_RESUME))
    at_once = await RuleBasedResumeParser(skills).parse(_RESUME)
    assert first == second == at_once
    assert [entry.title for entry in first.experience][:1] == ["Sous-Chef"]
    assert isinstance(rule_based_parser(skills, now=True), RuleBasedResumeParser)
