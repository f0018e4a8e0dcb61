"""Babel extractor for the flow files: every `say` line and button or option label of a step is a
message id (steps marked `translate: false` are shown as written)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

import yaml


def extract_flow_yaml(fileobj: IO[bytes], keywords, comment_tags, options) -> Iterator[tuple[int, str | None, str, list[str]]]:  # type: ignore[no-untyped-def]
    raw = yaml.compose(fileobj.read().decode("utf-8"))
    if raw is None:
        return
    for key, value in raw.value:
        if key.value != "steps":
            continue
        for step_key, step in value.value:
            fields = {k.value: v for k, v in step.value}
            translate = fields.get("translate")
            if translate is not None and translate.value == "false":
                continue
            for line in getattr(fields.get("say"), "value", []):
                yield line.start_mark.line + 1, None, line.value, [f"step {step_key.value}"]
            for group in ("buttons", "options"):
                for item in getattr(fields.get(group), "value", []):
                    label = next((v for k, v in item.value if k.value == "label"), None)
                    if label is not None:
                        yield label.start_mark.line + 1, None, label.value, [f"step {step_key.value}"]
