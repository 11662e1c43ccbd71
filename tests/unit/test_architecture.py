"""The hexagon holds: the domain imports no I/O library and nothing from the outer layers."""
from __future__ import annotations

import ast
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "domain"
OUTER_LAYERS = {"gateway", "resolvers", "adapters"}
IO_LIBRARIES = {
    "aiosqlite", "sqlite3", "aioboto3", "boto3", "botocore", "motor", "pymongo", "opensearchpy", "httpx",
    "requests", "aiohttp", "starlette", "strawberry", "uvicorn", "socket", "subprocess", "aiosmtplib",
    "smtplib", "pypdf", "pypdfium2", "pdfminer", "docx", "pytesseract", "PIL", "torch", "sentence_transformers",
    "usearch", "jwt", "argon2", "os", "shutil", "pathlib", "io", "tempfile",
}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_the_domain_imports_neither_io_libraries_nor_the_outer_layers():
    offenders = {
        str(path.relative_to(DOMAIN.parent)): sorted(imported_roots(path) & (OUTER_LAYERS | IO_LIBRARIES))
        for path in DOMAIN.rglob("*.py")
    }
    assert {file: found for file, found in offenders.items() if found} == {}
