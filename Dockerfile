# TalentGraph gateway. Multi-stage: the build stage makes wheels (torch from the CPU index),
# the runtime stage is slim, runs as a non-root user and keeps data in /data.
FROM python:3.11-slim AS build
WORKDIR /src
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY gateway ./gateway
COPY resolvers ./resolvers
COPY domain ./domain
COPY adapters ./adapters
RUN pip wheel --wheel-dir /wheels --extra-index-url https://download.pytorch.org/whl/cpu .

FROM python:3.11-slim AS runtime
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 \
    TALENTGRAPH_DATA_DIR=/data TALENTGRAPH_HOST=0.0.0.0 TALENTGRAPH_PORT=8000
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 10001 talentgraph \
 && mkdir -p /data && chown talentgraph /data
COPY --from=build /wheels /wheels
RUN pip install --no-index --find-links /wheels talentgraph && rm -rf /wheels
USER talentgraph
WORKDIR /home/talentgraph
# The embedding model's int8 ONNX file, built into the image (~/.cache/talentgraph/models) so no
# container spends its first embedding on it.
RUN python -m gateway.model_cache
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz').status == 200 else 1)"
CMD ["talentgraph", "run", "--host", "0.0.0.0"]
