"""Structured logs (JSON lines on stderr). Callers pass facts as `extra`; message text and secrets
are never logged, and these processors do not add any."""

from __future__ import annotations

import logging
import sys

import structlog


# Libraries that log URLs with the bot token (httpx) or whole updates with parents' words
# (python-telegram-bot at debug level) are held at WARNING whatever the root level.
NOISY = ("httpx", "httpcore", "telegram", "apscheduler.executors.default", "uvicorn.access", "alembic.runtime.plugins")


def quiet_libraries() -> None:
    for name in NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)


def configure(level: int = logging.INFO, json: bool = True) -> None:
    shared = [
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.stdlib.ExtraAdder(),
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer = structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=False)
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, structlog.processors.format_exc_info, renderer],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    quiet_libraries()
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=True,
    )
