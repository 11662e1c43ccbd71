"""A worker lowers its priority, except the thread that runs its write transactions on the
shared SQLite file: while that thread holds the write lock the API's writes wait, so it keeps
the priority the process started with (a process of its own: nice values are per thread and
only ever raised here)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

_PROBE = """
import json, os, threading
from adapters.embedded.sqlite.whole_transactions import reserve_writing_thread
from gateway.roles.priority import lower_priority
writer = reserve_writing_thread()
other = threading.Thread(target=threading.Event().wait, args=(5,), daemon=True)
other.start()
lower_priority(5, spared=(writer,))
print(json.dumps({"writer": os.getpriority(os.PRIO_PROCESS, writer),
                  "other": os.getpriority(os.PRIO_PROCESS, other.native_id),
                  "main": os.getpriority(os.PRIO_PROCESS, threading.get_native_id()),
                  "same": reserve_writing_thread() == writer}))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="per-thread nice values are Linux's")
def test_the_writing_thread_keeps_the_starting_priority_while_the_rest_is_lowered():
    root = Path(__file__).resolve().parents[3]
    start = os.getpriority(os.PRIO_PROCESS, 0)
    if start > 14:
        pytest.skip("already lowered too far to see a difference")
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=root, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"writer": start, "other": start + 5, "main": start + 5, "same": True}


_WHICH = """
import json, threading
from gateway.config import Settings
from gateway.roles.worker import threads_to_spare
aws = threads_to_spare(Settings(backend="aws"))
names = sorted(t.name for t in threading.enumerate())
embedded = threads_to_spare(Settings(backend="embedded"))
print(json.dumps({"aws": list(aws), "after_aws": names, "embedded": len(embedded),
                  "writer_alive": any(t.native_id == embedded[0] and t.name.startswith("sqlite-whole-writes")
                                      for t in threading.enumerate())}))
"""


def test_only_the_embedded_backend_reserves_and_spares_a_writing_thread():
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", _WHICH], cwd=root, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["aws"] == [] and not any(name.startswith("sqlite-whole-writes") for name in seen["after_aws"])
    assert seen["embedded"] == 1 and seen["writer_alive"]
