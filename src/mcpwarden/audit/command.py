"""The `mcpwarden audit` subcommands: verify a log's chain, search records."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mcpwarden.config import Config, load

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from mcpwarden.audit.chain import Report
    from mcpwarden.audit.verify import LogSet

# `audit verify` exit codes.
INTACT = 0  # the chain and every signature check out, and a shutdown checkpoint seals the end
TAMPERED = 1  # an edit, deletion, insertion, reordering, forged signature or cut-off anchor
USAGE = 2
UNSEALED = 3  # nothing wrong found, but the end is not sealed (running, crashed, or cut off)


def add_audit_parser(commands: Any) -> None:
    audit = commands.add_parser("audit", help="verify and search the audit trail")
    actions = audit.add_subparsers(dest="audit_action", required=True, metavar="ACTION")
    verify = actions.add_parser(
        "verify", help="check the hash chain and signed checkpoints of an audit log",
        description="Exit 0: intact and sealed by a shutdown checkpoint; 1: tampering found "
        "(each break is named with its line and seq); 2: usage error; 3: nothing wrong found "
        "but records after the last checkpoint are unsealed (gateway running or crashed, or "
        "the tail was cut off). Rotated files are checked as one chain, oldest first.")
    verify.add_argument("paths", nargs="*", metavar="PATH", help="JSONL logs and their "
                        "rotated files (.gz too), directories holding them, or a SQLite sink "
                        "(default: the config's first log, with its rotated files)")
    verify.add_argument("-c", "--config", help="the gateway's config (log path and key)")
    verify.add_argument("--public-key", help="PEM public key to check signatures with "
                        "(default: the config's signing key)")
    verify.add_argument("--anchor", help="SEQ:sha256:HEX of a checkpoint kept elsewhere (e.g. "
                        "by the OTLP collector): detects truncation up to it")
    verify.set_defaults(run=_verify)
    search = actions.add_parser("search", help="find audit records (latest first N, shown "
                                "oldest first)")
    search.add_argument("-c", "--config", help="the gateway's config (where the log is)")
    search.add_argument("--file", help="a SQLite sink or JSONL log (default: from the config, "
                        "SQLite preferred)")
    search.add_argument("--user", help="the subject (hashed first when pseudonymise is on)")
    search.add_argument("--tool", help="tool or prompt name, or resource URI")
    search.add_argument("--outcome", choices=["ok", "denied", "rewritten", "error"])
    search.add_argument("--reason", help="a reason code, e.g. pin_mismatch")
    search.add_argument("--upstream")
    search.add_argument("--since", help="30m, 1h, 2d… or an ISO time")
    search.add_argument("--limit", type=int, default=100)
    search.add_argument("--json", action="store_true", help="print the records as JSON lines")
    search.set_defaults(run=_search)


def _verify(args: argparse.Namespace) -> int:
    from mcpwarden.audit.verify import log_set, log_sets, parse_anchor, verify_set

    config = load(args.config) if args.config else None
    try:
        sets = (log_sets([Path(p) for p in args.paths]) if args.paths
                else [log_set(_log_path(config, prefer="jsonl://"))])
        key = _public_key(config, args.public_key)
        anchor = parse_anchor(args.anchor) if args.anchor else None
    except ValueError as exc:
        print(f"mcpwarden audit verify: {exc}", file=sys.stderr)
        return USAGE
    keep = config.audit.keep if config is not None else 0
    codes = []
    for logs in sets:
        try:
            report = verify_set(logs, key, anchor, keep)
        except OSError as exc:
            print(f"mcpwarden audit verify: cannot read {exc.filename or logs.label}: "
                  f"{exc.strerror or exc}", file=sys.stderr)
            return USAGE
        codes.append(_print_report(logs, report))
    return max(codes, key=[INTACT, UNSEALED, TAMPERED].index)


def _print_report(logs: LogSet, report: Report) -> int:
    label = logs.label
    for problem in report.problems:
        print(f"TAMPERED {label}: {problem}" if problem.file is None else f"TAMPERED {problem}")
    for warning in report.warnings:
        print(f"WARNING {label}: {warning}")
    for note in report.notes:
        print(f"NOTE {label}: {note}")
    for span in report.files:
        print(f"  {span.name}: {span.records} record(s), seq {span.first_seq}..{span.last_seq}")
    files = f"{len(report.files)} file(s), " if report.files else ""
    print(f"{label}: {files}{report.records} record(s), seq {report.first_seq}.."
          f"{report.last_seq}, {report.checkpoints} valid checkpoint(s), "
          f"{len(report.problems)} problem(s)")
    if report.problems:
        return TAMPERED
    return INTACT if report.ends_with_shutdown and not report.warnings else UNSEALED


def _search(args: argparse.Namespace) -> int:
    from mcpwarden.audit.search import Query, parse_since, search, table

    config = load(args.config) if args.config else None
    try:
        path = Path(args.file) if args.file else _log_path(config, prefer="sqlite://")
        query = Query(subject=_subject(config, args.user), target=args.tool,
                      outcome=args.outcome, reason=args.reason, upstream=args.upstream,
                      since=parse_since(args.since) if args.since else None,
                      limit=max(1, args.limit))
        lines = search(path, query)
    except ValueError as exc:
        print(f"mcpwarden audit search: {exc}", file=sys.stderr)
        return USAGE
    except OSError as exc:
        print(f"mcpwarden audit search: cannot read the log: {exc.strerror or exc}",
              file=sys.stderr)
        return USAGE
    out = [line.decode() for line in lines] if args.json else table(lines)
    if out:
        print("\n".join(out))
    return 0


def _log_path(config: Config | None, prefer: str) -> Path:
    from mcpwarden.audit.sinks import sink_path

    if config is None:
        raise ValueError("name the log file, or give the gateway's config with -c")
    local = [s for s in config.audit.sinks if s.startswith(("jsonl://", "sqlite://"))]
    if not local:
        raise ValueError("the config's audit.sinks has no jsonl:// or sqlite:// log")
    url = next((s for s in local if s.startswith(prefer)), local[0])
    scheme = "jsonl://" if url.startswith("jsonl://") else "sqlite://"
    return sink_path(url, scheme, config.state_dir)


def _public_key(config: Config | None, path: str | None) -> Ed25519PublicKey:
    from mcpwarden.audit.keys import PUBLIC_KEY_FILE, SIGNING_KEY_FILE, parse_private_key
    from mcpwarden.audit.keys import parse_public_key as parse
    from mcpwarden.config import resolve_secret

    if path is not None:
        return parse(_read(Path(path)), path)
    if config is None:
        raise ValueError("give --public-key, or the gateway's config with -c")
    if config.audit.signing_key is not None:
        text = resolve_secret(config.audit.signing_key, "audit.signing_key")
        return parse_private_key(text, "audit.signing_key").public_key()
    state = Path(config.state_dir)
    for name in (PUBLIC_KEY_FILE, SIGNING_KEY_FILE):
        if (state / name).exists():
            return parse(_read(state / name), str(state / name))
    raise ValueError(f"no audit signing key in {state}; give --public-key")


def _subject(config: Config | None, user: str | None) -> str | None:
    if user is None or config is None or config.audit.pseudonymise is False:
        return user
    from mcpwarden.audit.keys import HMAC_KEY_FILE, hmac_key
    from mcpwarden.audit.record import RecordBuilder

    if config.audit.pseudonymise is True and not (Path(config.state_dir) / HMAC_KEY_FILE).exists():
        raise ValueError("pseudonymise is on but the HMAC key is missing from the state dir")
    return RecordBuilder(hmac_key(config.audit, config.state_dir), True).subject(user)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror}") from None
