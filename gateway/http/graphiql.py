"""GraphiQL for admins, served whole by the gateway: pinned copies of graphiql, react and
react-dom live in gateway/static/graphiql (with their licences); no CDN, no network."""
from __future__ import annotations

from pathlib import Path

from starlette.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).resolve().parent.parent / "static" / "graphiql"
ASSETS_PATH = "/graphiql-assets"

# Same-origin only: the page cannot load or send anything anywhere else.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
)

PAGE = f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>TalentGraph GraphiQL</title>
  <meta name="robots" content="noindex">
  <link rel="stylesheet" href="{ASSETS_PATH}/graphiql.min.css">
  <style>html, body, #graphiql {{ height: 100%; margin: 0; }}</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="{ASSETS_PATH}/react.production.min.js"></script>
  <script src="{ASSETS_PATH}/react-dom.production.min.js"></script>
  <script src="{ASSETS_PATH}/graphiql.min.js"></script>
  <script src="{ASSETS_PATH}/start-graphiql.js"></script>
</body>
</html>
"""


def graphiql_page() -> HTMLResponse:
    return HTMLResponse(PAGE, headers={"content-security-policy": CONTENT_SECURITY_POLICY, "cache-control": "no-cache"})


def graphiql_assets() -> StaticFiles:
    return StaticFiles(directory=STATIC_DIR)
