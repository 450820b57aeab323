"""OpenTelemetry log export: OTLP/HTTP with the JSON encoding (`POST <endpoint>/v1/logs`).

Written here rather than with `opentelemetry-exporter-otlp-proto-http`: that exporter brings the
SDK, protobuf and its own batching thread, while the log records we send are already structured
and the JSON encoding is a stable part of OTLP (1.0+). One POST per batch, from the delivery
thread; the spool and retries are the shared `Deliverer`'s.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson

from mcpwarden import __version__
from mcpwarden.audit.settings import DeliverySettings, OtlpSettings
from mcpwarden.audit.sinks.network import NetworkSink, post_json
from mcpwarden.config import resolve_secret

# OTLP severity numbers (logs data model): INFO 9, WARN 13, ERROR 17.
_SEVERITY = {"ok": (9, "INFO"), "rewritten": (9, "INFO"), "denied": (13, "WARN"),
             "error": (17, "ERROR")}


def otlp_endpoint(url: str) -> str:
    """`otlp+http://collector:4318` → `http://collector:4318/v1/logs` (an explicit path stays)."""
    base = url.removeprefix("otlp+")
    scheme, _, rest = base.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme}://{host}/{path}" if slash and path else f"{scheme}://{host}/v1/logs"


def make_otlp_sink(url: str, state_dir: str, settings: OtlpSettings,
                   delivery: DeliverySettings) -> NetworkSink:
    endpoint = otlp_endpoint(url)
    headers = {name: resolve_secret(ref, f"audit.otlp.headers.{name}")
               for name, ref in settings.headers.items()}

    def post(lines: list[bytes]) -> None:
        post_json(endpoint, logs_payload(orjson.loads(line) for line in lines), headers,
                  delivery.timeout)

    return NetworkSink(f"otlp:{endpoint}", endpoint, state_dir, post, delivery)


def logs_payload(records: Iterable[dict[str, Any]]) -> bytes:
    return orjson.dumps({"resourceLogs": [{
        "resource": {"attributes": [_attr("service.name", "mcpwarden"),
                                    _attr("service.version", __version__)]},
        "scopeLogs": [{"scope": {"name": "mcpwarden.audit"},
                       "logRecords": [log_record(r) for r in records]}],
    }]})


def log_record(record: dict[str, Any]) -> dict[str, Any]:
    number, text = _SEVERITY.get(str(record.get("outcome")), (9, "INFO"))
    nanos = str(_unix_nanos(str(record.get("time", ""))))
    summary = " ".join(str(record[k]) for k in ("event", "outcome", "reason", "method", "target")
                       if record.get(k))
    return {"timeUnixNano": nanos, "observedTimeUnixNano": nanos, "severityNumber": number,
            "severityText": text, "body": {"stringValue": summary},
            "attributes": [_attr(f"mcpwarden.{key}", value)
                           for key, value in _flatten(record, "")]}


def _flatten(value: dict[str, Any], prefix: str) -> Iterable[tuple[str, Any]]:
    for key, item in value.items():
        if isinstance(item, dict):
            yield from _flatten(item, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", item


def _attr(key: str, value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        typed: dict[str, Any] = {"boolValue": value}
    elif isinstance(value, int):
        typed = {"intValue": str(value)}
    elif isinstance(value, float):
        typed = {"doubleValue": value}
    elif isinstance(value, str):
        typed = {"stringValue": value}
    else:  # lists (findings): their JSON text
        typed = {"stringValue": orjson.dumps(value, default=str).decode()}
    return {"key": key, "value": typed}


def _unix_nanos(iso: str) -> int:
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return 0
    return int(moment.timestamp()) * 1_000_000_000 + moment.microsecond * 1000
