"""The `naast` command as an operator uses it: help, clear one-line errors, the demo server, the bench."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.conftest import free_port, prime_nlu_cache

NAAST = [sys.executable, "-m", "bot.cli"]
ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NAAST_")} | env
    return subprocess.run(NAAST + args, capture_output=True, text=True, cwd=tmp_path, env=environment | {"PYTHONPATH": str(ROOT)}, timeout=120)


def test_every_command_answers_help(tmp_path: Path) -> None:
    for args in (["--help"], ["serve", "--help"], ["migrate", "--help"], ["bench", "--help"], ["peer", "add", "--help"]):
        result = run(args, tmp_path)
        assert result.returncode == 0 and "usage: naast" in result.stdout


def test_bad_input_gives_one_line_and_no_traceback(tmp_path: Path) -> None:
    cases = [
        (["migrate"], {"NAAST_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none"}, "cannot reach the database"),
        (["migrate"], {"NAAST_DATABASE_URL": "mysql://x@localhost/y"}, "configuration error"),
        (["serve"], {"NAAST_PORT": "not-a-port"}, "configuration error"),
        (["frobnicate"], {}, "invalid choice"),
        (["bench", "--parents", "0"], {}, "at least 1"),
        (["peer", "add", "--name", "Sanne", "--kind", "lotgenoot", "--languages", "nl", "--gemeente", "Nergenshuizen"], {}, "unknown municipality"),
        (["peer", "add", "--name", "Sanne", "--kind", "lotgenoot", "--languages", "xx", "--gemeente", "Utrecht"], {}, "languages"),
        (["peer", "add", "--name", "Sanne", "--kind", "lotgenoot", "--languages", "nl", "--gemeente", "Utrecht", "--capacity", "0"], {}, "capacity"),
    ]
    for args, env, expected in cases:
        result = run(args, tmp_path, **env)
        assert result.returncode != 0, args
        assert expected in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_migrate_is_idempotent(tmp_path: Path) -> None:
    for _ in range(2):
        result = run(["migrate"], tmp_path)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "var" / "naast.db").exists()


def test_peer_add_prints_an_invite_that_connects(tmp_path: Path) -> None:
    import asyncio

    from flows.peers import pool
    from flows.store.db import create_engine, session_factory
    from flows.store.models import Contact, Peer

    result = run(
        ["peer", "add", "--name", "Ayşe", "--kind", "ervaringsdeskundige", "--languages", "nl,tr", "--gemeente", "heerenveen",
         "--capacity", "3", "--themes", "money,debts", "--availability", "ma 9-17, wo 13:00-17:00"],
        tmp_path,
        NAAST_TELEGRAM_BOT_USERNAME="naast_bot",
        NAAST_WHATSAPP_NUMBER="+31 85 000 0000",
    )
    assert result.returncode == 0, result.stderr
    code = next(line.split()[2] for line in result.stdout.splitlines() if line.startswith("invite code:"))
    assert f"https://t.me/naast_bot?start={code}" in result.stdout
    assert f"https://wa.me/31850000000?text=%2Fstart%20{code}" in result.stdout

    async def check() -> None:
        engine = create_engine(f"sqlite:///{tmp_path / 'var' / 'naast.db'}")
        try:
            async with session_factory(engine)() as session, session.begin():
                contact = Contact(channel="telegram", channel_user_id="42", address="42")
                session.add(contact)
                await session.flush()
                peer = await pool.connect(session, code, contact)
                assert peer is not None and peer.display_name == "Ayşe" and peer.municipality_names == ["Heerenveen"]
                assert peer.capacity == 3 and peer.themes == ["money", "debts"] and peer.availability == {"0": [["09:00", "17:00"]], "2": [["13:00", "17:00"]]}
                assert await pool.connect(session, code, contact) is None  # one use
                assert (await session.get(Peer, peer.id)).contact_id == contact.id  # type: ignore[union-attr]
        finally:
            await engine.dispose()

    asyncio.run(check())


def test_bench_prints_a_summary(tmp_path: Path) -> None:
    result = run(["bench", "--parents", "5", "--concurrency", "2"], tmp_path)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("bench sqlite:") and "msg/s" in last and "p99" in last


def test_serve_demo_runs_the_web_chat(tmp_path: Path, trained_nlu: Path) -> None:
    prime_nlu_cache(trained_nlu, tmp_path)
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NAAST_")}
    process = subprocess.Popen(
        NAAST + ["serve", "--demo"],
        cwd=tmp_path,
        env=environment | {"PYTHONPATH": str(ROOT), "NAAST_PORT": str(port), "NAAST_PUBLIC_URL": f"http://127.0.0.1:{port}"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise AssertionError("naast serve --demo did not become healthy")
        page = httpx.get(f"http://127.0.0.1:{port}/", headers={"Accept-Language": "en-GB,en;q=0.9"})
        assert page.status_code == 200 and 'lang="en"' in page.text
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert "Heerenveen" in out
    assert "Traceback" not in err
    assert (tmp_path / "var" / "demo.db").exists()
