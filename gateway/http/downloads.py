"""GET /downloads/{token}: the file behind a signed link from `Resume.downloadUrl`
(embedded backend; on AWS the links point at S3 directly)."""
from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from adapters.embedded.download_links import LinkRefused


async def download(request: Request) -> Response:
    blobs = request.app.state.services.blobs
    try:
        data, filename = await blobs.open_download(request.path_params["token"])
    except (LinkRefused, AttributeError) as refused:
        status = getattr(refused, "status", 404)
        return PlainTextResponse(getattr(refused, "reason", "Not found."), status_code=status)
    except ValueError:
        return PlainTextResponse("This download link is not valid.", status_code=404)
    return Response(
        data,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}",
            "Cache-Control": "private, no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )
