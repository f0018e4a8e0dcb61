"""Loads the declarative flow files and checks them, so a typo in a step name fails at start
(and in the tests), not in front of a parent."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

import yaml

ACTION_ARITY = {
    "goto": 1,
    "set": 2,
    "consent": 1,
    "urgent": 1,
    "handoff": 1,
    "queue": 1,
    "show": 1,
    "resume": 0,
    "language": 1,
    "erase": 0,
    "stop": 0,
    "peer": 2,
    "find_peer": 0,
    "stop_search": 0,
    "end_peer": 0,
    "walk_ins": 0,
    "interpreter": 1,
    "safe": 0,
}
SETTABLE = {"role", "wish", "municipality"}
PEER_WISHES = {"kind", "languages", "prefer_local"}
INPUTS = {"municipality", "alias", "share"}
SKIPS = {"consent", "dutch", "no_municipality"}
MULTIS = {"life_areas"}
MAX_CALLBACK_BYTES = 64


@dataclass(frozen=True)
class Action:
    verb: str
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class ButtonSpec:
    id: str
    label: str
    then: tuple[Action, ...] = ()


@dataclass(frozen=True)
class OptionSpec:
    id: str
    label: str


@dataclass(frozen=True)
class Step:
    name: str
    say: tuple[str, ...] = ()
    buttons: tuple[ButtonSpec, ...] = ()
    options: tuple[OptionSpec, ...] = ()
    input: str | None = None
    multi: str | None = None
    skip_if: str | None = None
    goto: str | None = None
    translate: bool = True
    aside: bool = False

    def button(self, button_id: str) -> ButtonSpec | None:
        return next((b for b in self.buttons if b.id == button_id), None)


@dataclass(frozen=True)
class FlowSpec:
    steps: dict[str, Step] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Step:
        return self.steps[name]


class FlowError(ValueError):
    """A flow file that cannot work as written."""


def _parse_action(raw: str, where: str) -> Action:
    parts = str(raw).split()
    if not parts or parts[0] not in ACTION_ARITY:
        raise FlowError(f"{where}: unknown action {raw!r}")
    verb, args = parts[0], tuple(parts[1:])
    if len(args) != ACTION_ARITY[verb]:
        raise FlowError(f"{where}: {verb!r} takes {ACTION_ARITY[verb]} argument(s), got {raw!r}")
    if verb == "set" and args[0] not in SETTABLE:
        raise FlowError(f"{where}: cannot set {args[0]!r}")
    if verb == "peer" and args[0] not in PEER_WISHES:
        raise FlowError(f"{where}: no peer wish {args[0]!r}")
    return Action(verb, args)


def _ids_are_text(name: str, raw: dict) -> None:
    """YAML reads bare yes/no/on/off as booleans; an id must be written as text."""
    for item in [*raw.get("buttons", []), *raw.get("options", [])]:
        if not isinstance(item.get("id"), str):
            raise FlowError(f"{name}: button id {item.get('id')!r} must be quoted text")


def _parse_step(name: str, raw: dict) -> Step:
    _ids_are_text(name, raw)
    buttons = tuple(
        ButtonSpec(
            id=str(b["id"]),
            label=str(b["label"]),
            then=tuple(_parse_action(a, f"{name}.{b['id']}") for a in b.get("then", [])),
        )
        for b in raw.get("buttons", [])
    )
    options = tuple(OptionSpec(id=str(o["id"]), label=str(o["label"])) for o in raw.get("options", []))
    return Step(
        name=name,
        say=tuple(str(s) for s in raw.get("say", [])),
        buttons=buttons,
        options=options,
        input=raw.get("input"),
        multi=raw.get("multi"),
        skip_if=raw.get("skip_if"),
        goto=raw.get("goto"),
        translate=bool(raw.get("translate", True)),
        aside=bool(raw.get("aside", False)),
    )


def _validate(spec: FlowSpec) -> None:
    for step in spec.steps.values():
        targets = [a.args[0] for b in step.buttons for a in b.then if a.verb in ("goto", "show")]
        if step.goto:
            targets.append(step.goto)
        for target in targets:
            if target not in spec.steps:
                raise FlowError(f"{step.name}: unknown step {target!r}")
        if step.input and step.input not in INPUTS:
            raise FlowError(f"{step.name}: unknown input {step.input!r}")
        if step.skip_if and (step.skip_if not in SKIPS or not step.goto):
            raise FlowError(f"{step.name}: skip_if {step.skip_if!r} needs a known condition and a goto")
        if step.multi and step.multi not in MULTIS:
            raise FlowError(f"{step.name}: unknown multi-select {step.multi!r}")
        ids = [b.id for b in step.buttons] + [o.id for o in step.options]
        if len(ids) != len(set(ids)):
            raise FlowError(f"{step.name}: duplicate button ids")
        for button_id in ids:
            if len(f"{step.name}:{button_id}".encode()) > MAX_CALLBACK_BYTES:
                raise FlowError(f"{step.name}:{button_id} exceeds {MAX_CALLBACK_BYTES} bytes")


def parse(text: str, *, validate: bool = True) -> FlowSpec:
    raw = yaml.safe_load(text) or {}
    spec = FlowSpec({name: _parse_step(name, body or {}) for name, body in raw.get("steps", {}).items()})
    if validate:
        _validate(spec)
    return spec


@lru_cache(maxsize=1)
def load() -> FlowSpec:
    """All flow files under flows/definitions, merged."""
    steps: dict[str, Step] = {}
    for entry in sorted(files("flows.definitions").iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")):
            for name, step in parse(entry.read_text(encoding="utf-8"), validate=False).steps.items():
                if name in steps:
                    raise FlowError(f"step {name!r} defined twice")
                steps[name] = step
    spec = FlowSpec(steps)
    _validate(spec)
    return spec
