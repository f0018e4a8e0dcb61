"""Several `naast serve` processes on one database: exactly one runs the scheduler, and when it
dies another takes over. Real processes, real database connections (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port, prime_nlu_cache

ROOT = Path(__file__).resolve().parent.parent


def serve(db_url: str, tmp_path: Path) -> tuple[subprocess.Popen[str], int]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NAAST_")} | {
        "PYTHONPATH": str(ROOT),
        "NAAST_DATABASE_URL": db_url,
        "NAAST_PORT": str(port),
        "NAAST_LEADER_CHECK_SECONDS": "0.3",
        "NAAST_SECRET_KEY": "test",
    }
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return process, port


def role(port: int) -> str | None:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).json().get("scheduler")
    except (httpx.HTTPError, ValueError):
        return None


def wait_for(condition, what: str, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_one_process_leads_and_another_takes_over(db_url: str, tmp_path: Path, trained_nlu: Path) -> None:
    prime_nlu_cache(trained_nlu, tmp_path)  # both start from the cached model
    first, first_port = serve(db_url, tmp_path)
    second, second_port = serve(db_url, tmp_path)
    try:
        wait_for(lambda: role(first_port) is not None and role(second_port) is not None, "both processes to answer", timeout=60)
        wait_for(lambda: sorted([role(first_port), role(second_port)]) == ["leader", "standby"], "one leader")  # type: ignore[type-var]
        time.sleep(1.5)  # several checks later, still exactly one
        roles = {first_port: role(first_port), second_port: role(second_port)}
        assert sorted(roles.values()) == ["leader", "standby"]  # type: ignore[type-var]

        leader, survivor_port = (first, second_port) if roles[first_port] == "leader" else (second, first_port)
        leader.send_signal(signal.SIGKILL)  # no clean shutdown: the lock must go with the process
        leader.wait(timeout=10)
        wait_for(lambda: role(survivor_port) == "leader", "the other process to take over", timeout=20)
    finally:
        for process in (first, second):
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
        for process in (first, second):
            try:
                _out, err = process.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                _out, err = process.communicate()
            assert "Traceback" not in (err or ""), err
