"""The `naast` command. Expected errors (bad config, unreachable database, wrong arguments) end
with a one-line message and a non-zero exit, never a traceback."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Callable, Sequence

from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DBAPIError

from flows.settings import Settings, get_settings

log = logging.getLogger("naast")


class CommandError(Exception):
    """An expected failure, shown as one line."""


def _migrate(settings: Settings) -> None:
    from flows.store.migrate import upgrade

    upgrade(settings.resolved_database_url())


def cmd_migrate(args: argparse.Namespace) -> None:
    settings = get_settings()
    _migrate(settings)
    print("database schema is up to date")


def cmd_serve(args: argparse.Namespace) -> None:
    import uvicorn

    from bot import demo
    from bot.app import create_app
    from bot.logsetup import configure
    from bot.runtime import Runtime

    settings = get_settings()
    if args.demo and not settings.database_url:
        settings = demo.fresh_embedded_settings(settings)
    configure(json=settings.log_json)
    _migrate(settings)
    runtime = Runtime(settings)
    if args.demo:
        for line in asyncio.run(demo.seed(settings)):
            print(line, flush=True)
    print(f"Naast is running: web chat at {settings.public_url}/", flush=True)
    uvicorn.run(create_app(runtime), host=settings.host, port=settings.port, log_config=None, ws="websockets-sansio", proxy_headers=True, timeout_graceful_shutdown=5)


def cmd_user_add(args: argparse.Namespace) -> None:
    from admin.accounts import AccountError, add_user

    settings = get_settings()
    _migrate(settings)
    try:
        created = asyncio.run(add_user(settings, email=args.email, role=args.role, municipalities=args.gemeente or [], name=args.name))
    except AccountError as exc:
        raise CommandError(str(exc)) from exc
    print(f"account:            {created.email} ({created.role}{', ' + ', '.join(created.municipalities) if created.municipalities else ''})")
    print(f"one-time password:  {created.password}   (must be changed at first login)")
    print(f"TOTP secret:        {created.totp_secret}")
    print(f"TOTP enrolment URI: {created.totp_uri}")


async def _add_peer(settings: Settings, data: object) -> tuple[int, str]:
    from flows.peers import pool
    from flows.store.db import create_engine, session_factory

    engine = create_engine(settings.resolved_database_url())
    try:
        async with session_factory(engine)() as session, session.begin():
            peer, code = await pool.create(session, data, settings, actor="cli")  # type: ignore[arg-type]
            return peer.id, code
    finally:
        await engine.dispose()


def telegram_username(settings: Settings) -> str | None:
    """The bot's username for invite links: configured, or asked from Telegram (getMe)."""
    if settings.telegram_bot_username:
        return settings.telegram_bot_username.lstrip("@")
    if not settings.telegram_token:
        return None
    import httpx

    try:
        answer = httpx.get(f"{settings.telegram_api_url}{settings.telegram_token}/getMe", timeout=5).json()
        return answer["result"]["username"] if answer.get("ok") else None
    except (httpx.HTTPError, ValueError, KeyError):
        return None


def cmd_peer_add(args: argparse.Namespace) -> None:
    from flows.peers import pool

    settings = get_settings()
    _migrate(settings)
    try:
        data = pool.PeerInput(
            display_name=args.name,
            kind=args.kind,
            languages=pool.split_list(args.languages),
            municipalities=tuple(args.gemeente),
            themes=pool.split_list(args.themes or ""),
            capacity=args.capacity,
            availability=pool.parse_availability(args.availability or ""),
        )
        peer_id, code = asyncio.run(_add_peer(settings, data))
    except pool.PeerError as exc:
        raise CommandError(str(exc)) from exc
    print(f"peer:         {args.name} (id {peer_id}, {args.kind})")
    print(f"invite code:  {code}   (one use, valid {settings.peer_invite_days} days)")
    link = pool.invite_link(code, telegram_username(settings))
    if link:
        print(f"invite link:  {link}")
    whatsapp = pool.whatsapp_invite_link(code, settings.whatsapp_number)
    if whatsapp:
        print(f"WhatsApp:     {whatsapp}")
    print(f"The peer opens the link, or sends /start {code} to the bot.")


def cmd_nlu_parse(args: argparse.Namespace) -> None:
    import json

    settings = get_settings()
    from bot.runtime import nlu_for

    parser = nlu_for(settings)
    texts = [args.text] if args.text is not None else (line.rstrip("\n") for line in sys.stdin)
    for text in texts:
        print(json.dumps(parser.parse(text), ensure_ascii=False), flush=True)


def cmd_nlu_eval(args: argparse.Namespace) -> None:
    from pathlib import Path

    from nlu import evaluate

    data = Path(args.data) if args.data else None
    if data is not None and not data.exists():
        raise CommandError(f"no such file or folder: {data}")
    for line in evaluate.run(data, rasa_url=args.rasa_url):
        print(line, flush=True)


def cmd_whatsapp_templates(args: argparse.Namespace) -> None:
    """The template texts to submit to Meta, per language, as configured."""
    import json

    from bot.channels.whatsapp import templates
    from flows.i18n import compile_catalogs
    from flows.settings import LANGUAGES

    compile_catalogs()
    configured = templates.load(get_settings().whatsapp_templates_file)
    submissions = []
    for template in configured.by_purpose.values():
        for language in LANGUAGES:
            entry = template.submission(language)
            entry.update(purpose=template.purpose, language=configured.language_codes[language], carries_content=template.carries_content)
            submissions.append(entry)
    if args.json:
        print(json.dumps(submissions, ensure_ascii=False, indent=2))
        return
    for entry in submissions:
        print(f"{entry['name']} [{entry['language']}] ({entry['category']}, {entry['purpose']})")
        print(f"  {entry['body']}")
        for label in entry["quick_replies"]:
            print(f"  [{label}]")
        if entry["parameters"]:
            print(f"  parameters: {', '.join(entry['parameters'])}")


def cmd_bench(args: argparse.Namespace) -> None:
    from bot.bench import run

    run(parents=args.parents, concurrency=args.concurrency)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="naast", description="Naast: a low-threshold chat contact point for parents.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run web chat, webhooks, Telegram and the scheduler in one process")
    serve.add_argument("--demo", action="store_true", help="add demo data (Heerenveen) where absent")
    serve.set_defaults(func=cmd_serve)

    migrate = sub.add_parser("migrate", help="bring the database schema up to date")
    migrate.set_defaults(func=cmd_migrate)

    user = sub.add_parser("user", help="console accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    user_add = user_sub.add_parser("add", help="create a console account; prints a one-time password and the TOTP secret")
    user_add.add_argument("--email", required=True)
    user_add.add_argument("--role", required=True, choices=("coordinator", "admin"))
    user_add.add_argument("--gemeente", action="append", metavar="NAME", help="municipality served (repeatable; '*' = the default team)")
    user_add.add_argument("--name", help="first name parents see (default: the part of the e-mail before @)")
    user_add.set_defaults(func=cmd_user_add)

    peer = sub.add_parser("peer", help="the pool of peers (lotgenoten and ervaringsdeskundigen)")
    peer_sub = peer.add_subparsers(dest="peer_command", required=True, metavar="ACTION")
    peer_add = peer_sub.add_parser("add", help="add a peer; prints a one-time invite code and link")
    peer_add.add_argument("--name", required=True, help="first name or alias parents see")
    peer_add.add_argument("--kind", required=True, choices=("ervaringsdeskundige", "lotgenoot"))
    peer_add.add_argument("--languages", required=True, help="comma-separated: nl,en,tr,ar,pl,uk")
    peer_add.add_argument("--gemeente", required=True, action="append", metavar="NAME", help="municipality served (repeatable)")
    peer_add.add_argument("--capacity", type=int, default=2, help="most contacts at once (default 2)")
    peer_add.add_argument("--themes", help="comma-separated: money,housing,health,family,work,children_placed,debts,ex_partner,recovery_uht")
    peer_add.add_argument("--availability", help="weekly hours, e.g. 'ma 9-17, wo 13:00-17:00' (default: any time)")
    peer_add.set_defaults(func=cmd_peer_add)

    nlu = sub.add_parser("nlu", help="understanding free text: parse and evaluate")
    nlu_sub = nlu.add_subparsers(dest="nlu_command", required=True, metavar="ACTION")
    nlu_parse = nlu_sub.add_parser("parse", help="print the NLU result as JSON (one text, or one per line from standard input)")
    nlu_parse.add_argument("text", nargs="?", help="the text; without it, read lines from standard input")
    nlu_parse.set_defaults(func=cmd_nlu_parse)
    nlu_eval = nlu_sub.add_parser("eval", help="train on nlu/data and report accuracy, macro-F1, crisis recall and speed")
    nlu_eval.add_argument("--data", metavar="FILE", help="test on this file (or folder) instead of the held-out data")
    nlu_eval.add_argument("--rasa-url", metavar="URL", help="also score a Rasa server on the same texts")
    nlu_eval.set_defaults(func=cmd_nlu_eval)

    whatsapp = sub.add_parser("whatsapp", help="WhatsApp Business: what to submit to Meta")
    whatsapp_sub = whatsapp.add_subparsers(dest="whatsapp_command", required=True, metavar="ACTION")
    whatsapp_templates = whatsapp_sub.add_parser("templates", help="print the message templates to submit, per language")
    whatsapp_templates.add_argument("--json", action="store_true", help="as JSON")
    whatsapp_templates.set_defaults(func=cmd_whatsapp_templates)

    bench = sub.add_parser("bench", help="drive simulated parents through the engine and database")
    bench.add_argument("--parents", type=int, default=1000, help="number of simulated parents (default 1000)")
    bench.add_argument("--concurrency", type=int, default=50, help="parents talking at the same time (default 50)")
    bench.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], None] = args.func
    try:
        func(args)
    except KeyboardInterrupt:
        return 130
    except CommandError as exc:
        print(f"naast: {exc}", file=sys.stderr)
        return 2
    except (OperationalError, DBAPIError, ConnectionError, OSError) as exc:
        detail = str(getattr(exc, "orig", exc) or exc).strip().splitlines()[0] if str(exc) else type(exc).__name__
        print(f"naast: cannot reach the database: {detail}", file=sys.stderr)
        return 1
    except (ArgumentError, ValueError) as exc:  # includes AccountError and settings validation
        print(f"naast: configuration error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
