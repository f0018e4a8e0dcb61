"""Helpers for browser tests of the web chat (Playwright async API).

Not a conftest: import what you need.

    from tests.browser import chat_page

    async def test_something(base_url):
        async with chat_page(base_url) as page:
            await page.goto("/")
            await page.screenshot(path="/tmp/shot.png")

Always uses Debian's /usr/bin/chromium (never Playwright's downloaded
browsers). Set NAAST_CHROMIUM to point elsewhere.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from collections.abc import AsyncIterator

import pytest

CHROMIUM_PATH = os.environ.get("NAAST_CHROMIUM", "/usr/bin/chromium")

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_chromium() -> None:
    """Skip the calling test when Playwright or Chromium is not available."""
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the environment
        pytest.skip("playwright (python) is not installed")
    if not os.access(CHROMIUM_PATH, os.X_OK):  # pragma: no cover
        pytest.skip(f"chromium not found at {CHROMIUM_PATH}")


async def launch_chromium(playwright: Any, **kwargs: Any):
    """Launch headless Debian Chromium through a started Playwright object."""
    return await playwright.chromium.launch(
        executable_path=CHROMIUM_PATH,
        args=list(CHROMIUM_ARGS),
        headless=True,
        **kwargs,
    )


def collect_page_errors(page: Any) -> list[str]:
    """Record uncaught page exceptions and console errors into a list."""
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
    page.on(
        "console",
        lambda msg: errors.append(f"console.{msg.type}: {msg.text}") if msg.type == "error" else None,
    )
    return errors


async def screenshot(page: Any, path: str | os.PathLike[str], *, full_page: bool = False) -> Path:
    """Save a PNG screenshot (creating the folder) and return its path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(target), full_page=full_page, animations="disabled")
    return target


@asynccontextmanager
async def chat_page(
    base_url: str,
    *,
    width: int = 360,
    height: int = 740,
    locale: str = "nl-NL",
    reduced_motion: str = "reduce",
    **context_kwargs: Any,
) -> AsyncIterator[Any]:
    """Yield a fresh Playwright ``Page`` in a new browser context.

    ``base_url`` is set on the context, so ``await page.goto("/")`` works.
    Reduced motion is on by default so screenshots are stable. The browser
    is closed when the block ends.
    """
    require_chromium()
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await launch_chromium(pw)
        try:
            context = await browser.new_context(
                base_url=base_url,
                viewport={"width": width, "height": height},
                locale=locale,
                reduced_motion=reduced_motion,
                **context_kwargs,
            )
            page = await context.new_page()
            page.set_default_timeout(10_000)
            yield page
            await context.close()
        finally:
            await browser.close()


AXE_SCRIPT = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"


async def serious_accessibility_problems(page: Any) -> list[str]:
    """Run axe-core (WCAG 2.1 A and AA rules) on the page; return serious and critical findings."""
    if not AXE_SCRIPT.exists():
        pytest.fail("axe-core is missing: run ./run-tests (it installs it with npm)")
    await page.add_script_tag(path=str(AXE_SCRIPT))
    result = await page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v.get("impact") in ("serious", "critical")
    ]
