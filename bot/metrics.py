"""Prometheus metrics, served at /metrics. Labels never carry anything about a parent."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

INBOUND = Counter("naast_inbound_messages_total", "Inbound events by channel and kind", ["channel", "kind"], registry=REGISTRY)
DUPLICATES = Counter("naast_inbound_duplicates_total", "Redelivered events ignored", ["channel"], registry=REGISTRY)
OUTBOUND = Counter("naast_outbound_messages_total", "Outbound sends by channel and result", ["channel", "result"], registry=REGISTRY)
TURN_SECONDS = Histogram("naast_turn_seconds", "Time to handle one inbound event", ["channel"], registry=REGISTRY)
CRISIS = Counter("naast_crisis_detected_total", "Inbound texts that fired the crisis check", registry=REGISTRY)
HANDOFFS = Counter("naast_handoffs_requested_total", "Handoffs requested", ["reason"], registry=REGISTRY)
