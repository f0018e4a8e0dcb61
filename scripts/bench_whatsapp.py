"""How fast Meta gets its 200, against how long a parent waits for the answer: N parents each
send a signed text to a running Naast (SQLite, the Graph API double); medians of both.

    .venv/bin/python scripts/bench_whatsapp.py [N]
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.settings import Settings  # noqa: E402
from flows.store.migrate import upgrade  # noqa: E402
from tests.whatsapp_helpers import running_whatsapp  # noqa: E402


async def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        upgrade(url)
        settings = Settings(database_url=url, var_dir=Path(folder) / "var", secret_key="bench", log_json=False, _env_file=None)  # type: ignore[call-arg]
        async for wa in running_whatsapp(settings):
            acks, answers = [], []
            async with httpx.AsyncClient() as client:
                for _ in range(count):
                    user = wa.double.user()
                    payload = user.text_payload("hallo")
                    body = json.dumps(payload).encode()
                    headers = {"X-Hub-Signature-256": wa.double.sign(body), "Content-Type": "application/json"}
                    started = time.perf_counter()
                    response = await client.post(wa.double.webhook_url, content=body, headers=headers)
                    acks.append(time.perf_counter() - started)
                    assert response.status_code == 200, response.text
                    await wa.double.wait_for(user, 1, timeout=30)
                    answers.append(time.perf_counter() - started)
            ack, answer = statistics.median(acks) * 1000, statistics.median(answers) * 1000
            print(f"{count} parents: 200 to Meta after {ack:.1f} ms (median); the answer reached the parent after {answer:.1f} ms (median); ratio {answer / ack:.1f}x")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
