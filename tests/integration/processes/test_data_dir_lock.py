"""The data-dir lock against real other processes: the roles of one deployment share a data
dir, a second deployment (another API address) or a second worker process is refused with a
line that says what to do, and a killed holder leaves nothing behind."""
from __future__ import annotations

from pathlib import Path

import pytest

from gateway.roles.data_dir_lock import DataDirInUse, hold_data_dir
from tests.integration.processes.holders import Holder


def test_the_api_processes_and_the_worker_of_one_deployment_share_the_data_dir(tmp_path: Path) -> None:
    api = Holder(tmp_path, api="127.0.0.1:8000", worker=False)
    worker = Holder(tmp_path, api=None, worker=True)
    try:
        assert (api.answer, worker.answer) == ("held", "held")
        with hold_data_dir(tmp_path, api_address="127.0.0.1:8000", worker=False):
            pass
    finally:
        api.release()
        worker.release()


def test_a_second_deployment_on_the_same_data_dir_is_refused_naming_the_first(tmp_path: Path) -> None:
    first = Holder(tmp_path, api="127.0.0.1:8000", worker=True)
    try:
        with pytest.raises(DataDirInUse) as refused, \
                hold_data_dir(tmp_path, api_address="127.0.0.1:8001", worker=False):
            pass
        assert "another deployment (serving 127.0.0.1:8000)" in str(refused.value)
        assert "--data-dir" in str(refused.value)
    finally:
        first.release()


def test_a_second_worker_process_is_refused_with_its_pid(tmp_path: Path) -> None:
    first = Holder(tmp_path, api=None, worker=True)
    try:
        second = Holder(tmp_path, api=None, worker=True)
        assert second.answer.startswith("refused:")
        assert f"pid {first.process.pid}" in second.answer and "--concurrency" in second.answer
    finally:
        first.release()


def test_a_worker_started_first_is_joined_by_the_api_which_then_names_the_deployment(tmp_path: Path) -> None:
    worker = Holder(tmp_path, api=None, worker=False)
    api = Holder(tmp_path, api="127.0.0.1:8000", worker=False)
    try:
        assert api.answer == "held"
        other = Holder(tmp_path, api="127.0.0.1:9000", worker=False)
        assert other.answer.startswith("refused:") and "serving 127.0.0.1:8000" in other.answer
    finally:
        api.release()
        worker.release()


def test_a_killed_deployment_leaves_the_data_dir_free(tmp_path: Path) -> None:
    first = Holder(tmp_path, api="127.0.0.1:8000", worker=True)
    assert first.answer == "held"
    first.kill()
    with hold_data_dir(tmp_path, api_address="127.0.0.1:8001", worker=True):
        pass


def test_deployments_starting_at_the_same_moment_let_exactly_one_in(tmp_path: Path) -> None:
    # Started together: the guard makes the check-and-join one step.
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        holders = list(pool.map(lambda n: Holder(tmp_path, api=f"127.0.0.1:{8000 + n}", worker=False), range(6)))
    try:
        assert sorted(h.answer == "held" for h in holders) == [False] * 5 + [True]
    finally:
        for holder in holders:
            holder.release() if holder.answer == "held" else holder.process.wait(timeout=10)
