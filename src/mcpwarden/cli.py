"""The `mcpwarden` command."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import yaml

from mcpwarden import __version__
from mcpwarden.config import Auth, Config, ConfigError, effective, from_dict, load

if TYPE_CHECKING:
    from mcpwarden.identity.policy import Policy

log = logging.getLogger("mcpwarden")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _logging(args.log_level)
    try:
        code: int = args.run(args)
        return code
    except ConfigError as exc:
        print(f"mcpwarden: config error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mcpwarden", description="A security gateway for the Model Context Protocol.",
    )
    parser.add_argument("--version", action="version", version=f"mcpwarden {__version__}")
    parser.add_argument("--log-level", default="info",
                        choices=["debug", "info", "warning", "error"])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the gateway from a config file")
    serve.add_argument("-c", "--config", required=True, help="YAML config file")
    serve.set_defaults(run=_serve)

    check = commands.add_parser("check", help="validate a config and print the effective config")
    check.add_argument("-c", "--config", required=True, help="YAML config file")
    check.set_defaults(run=_check)

    demo = commands.add_parser("demo", help="run the gateway in front of bundled demo servers")
    demo.add_argument("--port", type=int, default=8765, help="gateway port (default 8765)")
    demo.add_argument("--dir", default=".mcpwarden", help="state directory (default .mcpwarden)")
    demo.set_defaults(run=_demo)

    wrap = commands.add_parser(
        "wrap", help="stdio wrapper: run a local server behind the gateway's checks",
        description="Start this instead of the server in a desktop client's config: "
        "mcpwarden wrap -- npx -y some-mcp-server",
    )
    wrap.add_argument("-c", "--config", help="YAML config for guard settings (optional)")
    wrap.add_argument("--name", default="local", help="upstream name in logs and config")
    wrap.add_argument("server", nargs=argparse.REMAINDER, help="-- CMD ARG…")
    wrap.set_defaults(run=_wrap)

    token = commands.add_parser(
        "token", help="mint an access token from the dev issuer (development and tests only)",
        description="Prints only the token, for TOKEN=$(mcpwarden token ...). Needs "
        "auth.dev_issuer in the config.",
    )
    token.add_argument("-c", "--config", required=True, help="YAML config file")
    token.add_argument("--sub", required=True, help="the subject (user) the token is for")
    token.add_argument("--scope", action="append", default=[],
                       help="scope(s), space-separated; may repeat")
    token.add_argument("--aud", action="append", default=[], help="an audience URI; may repeat")
    token.add_argument("--upstream", action="append", default=[],
                       help="an upstream whose URI is an audience; may repeat (default: all)")
    token.add_argument("--ttl", type=int, default=3600, help="lifetime in seconds (default 3600)")
    token.add_argument("--claim", action="append", default=[], metavar="K=V",
                       help="an extra claim; V is JSON if it parses, else text; may repeat")
    token.set_defaults(run=_token)

    sessions = commands.add_parser("sessions", help="see or revoke sessions in a running gateway")
    session_commands = sessions.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = session_commands.add_parser("list", help="who holds sessions (JSON, ids never shown)")
    listing.add_argument("-c", "--config", required=True, help="the running gateway's config")
    listing.set_defaults(run=_sessions_list)
    revoke = session_commands.add_parser("revoke", help="end every session of one user")
    revoke.add_argument("-c", "--config", required=True, help="the running gateway's config")
    revoke.add_argument("--sub", required=True, help="the user's subject (token `sub`)")
    revoke.add_argument("--issuer", help="the token issuer (needed when several are trusted)")
    revoke.set_defaults(run=_sessions_revoke)

    policy = commands.add_parser("policy", help="inspect the authorization policy")
    policy_commands = policy.add_subparsers(dest="policy_command", required=True,
                                            metavar="SUBCOMMAND")
    explain = policy_commands.add_parser(
        "explain", help="show which policy rule decides a request for a token, and why",
        description="Decodes the token's claims WITHOUT verifying its signature, issuer, "
        "audience or expiry (for explaining only). Exit 0: allowed, 1: denied, 2: usage error.",
    )
    explain.add_argument("-c", "--config", required=True, help="YAML config file")
    token_source = explain.add_mutually_exclusive_group(required=True)
    token_source.add_argument("--token", help="the access token (a JWT)")
    token_source.add_argument("--token-file", help="a file holding the token ('-': stdin)")
    explain.add_argument("--upstream", required=True, help="the upstream the request goes to")
    target = explain.add_mutually_exclusive_group(required=True)
    target.add_argument("--tool", help="a tool name (tools/call)")
    target.add_argument("--resource", help="a resource URI (resources/read)")
    target.add_argument("--prompt", help="a prompt name (prompts/get)")
    explain.set_defaults(run=_policy_explain)
    _pins_parser(commands)
    from mcpwarden.audit.command import add_audit_parser

    add_audit_parser(commands)
    return parser


def _pins_parser(commands: Any) -> None:
    pins = commands.add_parser(
        "pins", help="review and approve pinned tool/prompt/template definitions",
        description="Works on <state_dir>/pins.db directly, then tells a running gateway to "
        "reload (if none runs, it reads the pins when it starts).")
    actions = pins.add_subparsers(dest="pins_action", required=True, metavar="ACTION")
    helps = {
        "list": "every pin and its status (approved, new, changed, rejected)",
        "diff": "what changed: the approved definition against the pending one",
        "approve": "make pending definitions the approved ones",
        "reject": "drop pending definitions (they stay hidden and refused)",
        "export": "write the approved pins as a reviewable JSON file",
        "import": "approve the pins of an exported file (hashes are verified)",
    }
    for action, text in helps.items():
        sub = actions.add_parser(action, help=text, description=text)
        sub.add_argument("-c", "--config", required=True, help="the gateway's config")
        sub.add_argument("--upstream", help="only this upstream")
        if action in ("list", "diff", "approve", "reject"):
            sub.add_argument("--kind", choices=["tool", "prompt", "resource_template",
                                                "instructions"], help="only this kind")
            sub.add_argument("--name", help="only this name (a resource template's uriTemplate)")
        if action in ("approve", "reject"):
            sub.add_argument("--all", action="store_true",
                             help="every pending definition that matches (needed without --name)")
        if action == "approve":
            sub.add_argument("--force", action="store_true",
                             help="also approve definitions that policy blocked as suspicious "
                             "(poisoning, shadowing); review them with `pins diff` first")
        if action == "export":
            sub.add_argument("-o", "--output", help="file to write (default: standard output)")
        if action == "import":
            sub.add_argument("file", help="a file written by `mcpwarden pins export`")
        sub.set_defaults(run=_pins)


def _pins(args: argparse.Namespace) -> int:
    from mcpwarden.integrity.pins import PinStore, PinStoreError

    config = load(args.config)
    if args.upstream is not None and args.upstream not in config.upstreams:
        print(f"mcpwarden pins: --upstream {args.upstream}: no such upstream in the config "
              f"(known: {', '.join(config.upstreams)})", file=sys.stderr)
        return 2
    store = PinStore.for_config(config.state, config.state_dir)
    try:
        code: int = _PINS_ACTIONS[args.pins_action](store, args)
    except PinStoreError as exc:
        print(f"mcpwarden pins {args.pins_action}: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    changed = code == 0 or getattr(args, "changed_some", False)
    if changed and args.pins_action in ("approve", "reject", "import"):
        _reload_gateway(config)
    return code


def _pins_list(store: Any, args: argparse.Namespace) -> int:
    records = store.records(args.upstream, args.kind, args.name)
    if not records:
        print("no pins yet (they are recorded when the gateway first lists an upstream)")
    for record in records:
        print(f"{record.status:9} {record.upstream:16} {record.kind:18} {_pin_name(record)}"
              f"{_flag(record)}")
    return 0


def _flag(record: Any) -> str:
    """A marker for a pending definition the detectors flagged: `  ! blocked: kinds`."""
    if not record.pending_hash or not record.findings:
        return ""
    kinds = dict.fromkeys(str(f.get("kind")) for f in record.findings if isinstance(f, dict))
    return f"  ! {'blocked' if record.blocked else 'flagged'}: {', '.join(kinds)}"


def _print_findings(record: Any) -> None:
    if not record.findings:
        return
    state = "blocked; approving needs --force" if record.blocked else "flagged"
    print(f"# findings ({state}):")
    for found in record.findings:
        if not isinstance(found, dict):
            continue
        span = found.get("span") or ["?", "?"]
        print(f"#   {found.get('check', '?')} {found.get('kind', '?')} in "
              f"{found.get('field', '?')}[{span[0]}:{span[1]}] score {found.get('score', '?')} "
              f"(policy: {found.get('policy', '?')}): {found.get('reason', '')}")


def _pins_diff(store: Any, args: argparse.Namespace) -> int:
    import difflib

    from mcpwarden.integrity.canonical import pretty

    pending = [r for r in store.records(args.upstream, args.kind, args.name) if r.pending_hash]
    if not pending:
        print("nothing is pending review")
    for record in pending:
        before = pretty(record.approved).splitlines(keepends=True) if record.approved_hash else []
        after = pretty(record.pending).splitlines(keepends=True)
        label = f"{record.upstream} {record.kind} {_pin_name(record)}"
        print(f"# {label}: {record.status}", flush=True)
        sys.stdout.writelines(difflib.unified_diff(
            before, after, fromfile=f"approved {record.approved_hash or '(none)'}",
            tofile=f"pending {record.pending_hash}"))
        sys.stdout.flush()
        _print_findings(record)
    return 0


def _pins_decide(store: Any, args: argparse.Namespace) -> int:
    if args.name is None and not args.all:
        print(f"mcpwarden pins {args.pins_action}: name the definition (--upstream U --name N) "
              "or pass --all for every pending one that matches", file=sys.stderr)
        return 2
    if args.pins_action == "reject":
        count = store.reject(args.upstream, args.kind, args.name)
        print(f"rejected {count} pending definition(s)")
        return 0 if count else 1
    refused = [] if args.force else store.blocked(args.upstream, args.kind, args.name)
    count = store.approve(args.upstream, args.kind, args.name, force=args.force)
    print(f"approved {count} pending definition(s)")
    args.changed_some = count > 0
    for record in refused:
        print(f"mcpwarden pins approve: refused {record.upstream} {record.kind} "
              f"{_pin_name(record)}:{_flag(record)[3:]}; policy blocked it as suspicious. "
              "Review it with `mcpwarden pins diff` and approve it with --force if it is safe",
              file=sys.stderr)
    return 0 if count and not refused else 1


def _pins_export(store: Any, args: argparse.Namespace) -> int:
    from mcpwarden.integrity.canonical import pretty

    text = pretty(store.export(args.upstream))
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(text)
    except OSError as exc:
        print(f"mcpwarden pins export: cannot write {args.output}: {exc.strerror}",
              file=sys.stderr)
        return 2
    return 0


def _pins_import(store: Any, args: argparse.Namespace) -> int:
    try:
        with open(args.file, "rb") as handle:
            document = json.loads(handle.read())
    except OSError as exc:
        print(f"mcpwarden pins import: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"mcpwarden pins import: {args.file} is not JSON: {exc}", file=sys.stderr)
        return 2
    if args.upstream is not None and isinstance(document, dict):
        pins = document.get("pins")
        if isinstance(pins, list):
            document = {**document, "pins": [p for p in pins if isinstance(p, dict)
                                             and p.get("upstream") == args.upstream]}
    print(f"imported {store.import_(document)} approved pin(s) from {args.file}")
    return 0


_PINS_ACTIONS: dict[str, Any] = {
    "list": _pins_list, "diff": _pins_diff, "approve": _pins_decide, "reject": _pins_decide,
    "export": _pins_export, "import": _pins_import,
}


def _pin_name(record: Any) -> str:
    return record.name if record.kind != "instructions" else "(server instructions)"


def _reload_gateway(config: Config) -> None:
    from mcpwarden.admin import ask

    try:
        answer = asyncio.run(ask(config.state_dir, {"command": "reload_pins"}))
    except (ConnectionError, OSError, TimeoutError):
        print("no running gateway to tell; it reads the pins when it starts", file=sys.stderr)
        return
    if answer.get("ok"):
        print("the running gateway reloaded its pins", file=sys.stderr)
    else:
        print(f"mcpwarden pins: the running gateway could not reload: {answer.get('error')}",
              file=sys.stderr)


def _ask_gateway(config: Config, request: dict[str, object]) -> dict[str, object] | None:
    from mcpwarden.admin import ask

    try:
        answer = asyncio.run(ask(config.state_dir, request))
    except (ConnectionError, OSError, TimeoutError) as exc:
        print(f"mcpwarden sessions: {exc}", file=sys.stderr)
        return None
    if not answer.get("ok"):
        print(f"mcpwarden sessions: {answer.get('error')}", file=sys.stderr)
        return None
    return answer


def _sessions_list(args: argparse.Namespace) -> int:
    answer = _ask_gateway(load(args.config), {"command": "sessions"})
    if answer is None:
        return 2
    print(json.dumps(answer["sessions"], indent=2))
    return 0


def _sessions_revoke(args: argparse.Namespace) -> int:
    config = load(args.config)
    issuer = args.issuer if args.issuer is not None else _only_issuer(config)
    answer = _ask_gateway(config, {"command": "revoke", "issuer": issuer, "subject": args.sub})
    if answer is None:
        return 2
    print(f"revoked {answer['revoked']} session(s) of {args.sub}")
    return 0


def _only_issuer(config: Config) -> str:
    """The issuer `--issuer` defaults to: the only one the config trusts."""
    auth = config.auth
    if not isinstance(auth, Auth):
        return ""  # auth: none, the anonymous principal
    issuers = [i.issuer for i in auth.issuers]
    if auth.dev_issuer is not None:
        issuers.append(config.dev_issuer_url)
    if len(issuers) != 1:
        raise ConfigError(f"--issuer: the config trusts {len(issuers)} issuers; name one of "
                          f"{', '.join(issuers)}")
    return issuers[0]


def _logging(level: str) -> None:
    logging.basicConfig(
        stream=sys.stderr, level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _serve(args: argparse.Namespace) -> int:
    from mcpwarden.server import serve

    serve(load(args.config))
    return 0


def _check(args: argparse.Namespace) -> int:
    from mcpwarden.assembly import build_routes
    from mcpwarden.server import tls_context

    config = load(args.config)
    build_routes(config)  # guard settings and secret references are checked here too
    from mcpwarden.audit.trail import check_audit

    check_audit(config)
    if config.tls is not None:
        tls_context(config.tls)
    print(f"# {args.config}: OK", file=sys.stderr)
    print(yaml.safe_dump(effective(config), sort_keys=False), end="")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from mcpwarden.demo import run_demo

    return run_demo(port=args.port, state_dir=args.dir)


def _wrap(args: argparse.Namespace) -> int:
    from mcpwarden.stdio.front import run_wrap

    command = list(args.server)
    if command and command[0] == "--":
        command = command[1:]
    if not command:
        print("mcpwarden wrap: give the server command after --, e.g. "
              "mcpwarden wrap -- python server.py", file=sys.stderr)
        return 2
    config = wrap_config(args.config, args.name, command)
    return run_wrap(config, args.name)


def _token(args: argparse.Namespace) -> int:
    from mcpwarden.identity.devissuer import DevIssuerError, mint_for_command

    try:
        token = mint_for_command(
            load(args.config), subject=args.sub, scope_args=args.scope,
            audience_args=args.aud, upstream_args=args.upstream, ttl=args.ttl,
            claim_args=args.claim,
        )
    except DevIssuerError as exc:
        print(f"mcpwarden token: {exc}", file=sys.stderr)
        return 2
    print(token)
    return 0


def _policy_explain(args: argparse.Namespace) -> int:
    from mcpwarden.identity.policy import KINDS, principal_from_claims

    config = load(args.config)
    try:
        policy, claims = _explain_inputs(config, args)
    except ValueError as exc:
        print(f"mcpwarden policy explain: {exc}", file=sys.stderr)
        return 2
    print("NOTE: the token's signature, issuer, audience and expiry are NOT verified here; its "
          "claims are only decoded, to explain the policy.")
    resource = config.resource_uri(args.upstream)
    audiences = claims.get("aud")
    if resource not in ([audiences] if isinstance(audiences, str) else audiences or []):
        print(f"NOTE: the token's audience does not name {resource}; the gateway would refuse "
              "it (401) before any policy rule is consulted.")
    kind, name = next((k, getattr(args, k)) for k in KINDS if getattr(args, k) is not None)
    explanation = policy.explain(principal_from_claims(claims), args.upstream, kind, name)
    print("\n".join(explanation.lines()))
    return 0 if explanation.decision.allowed else 1


def _explain_inputs(config: Config, args: argparse.Namespace) -> tuple[Policy, dict[str, Any]]:
    """The compiled policy and the token's (unverified) claims; ValueError says what is wrong."""
    from mcpwarden.identity.policy import Policy, unverified_claims

    if args.upstream not in config.upstreams:
        raise ValueError(f"--upstream {args.upstream}: no such upstream in the config (known: "
                         f"{', '.join(config.upstreams)})")
    policy = Policy.from_config(config)
    if policy is None:
        raise ValueError("the config has no `policy` section, so no authorization rules apply")
    return policy, unverified_claims(_read_token(args.token, args.token_file))


def _read_token(value: str | None, path: str | None) -> str:
    if value is not None:
        return value
    assert path is not None  # argparse requires one of --token and --token-file
    if path == "-":
        return sys.stdin.read().strip()
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read().strip()
    except OSError as exc:
        raise ValueError(f"--token-file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ValueError(f"--token-file {path}: not a text file") from None


def wrap_config(path: str | None, name: str, command: list[str]) -> Config:
    """The config for wrap mode: the file's settings (if any) plus the wrapped command."""
    data: dict[str, object] = {}
    if path:
        with open(path, encoding="utf-8") as handle:
            loaded = yaml.safe_load(handle) or {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"{path}: the top level must be a mapping of settings")
        data = loaded
    upstreams = data.get("upstreams") if isinstance(data.get("upstreams"), dict) else {}
    assert isinstance(upstreams, dict)
    settings = upstreams.get(name) if isinstance(upstreams.get(name), dict) else {}
    assert isinstance(settings, dict)
    data["upstreams"] = {name: {**settings, "command": command}}
    data.setdefault("auth", "none")
    # A desktop client starts one wrapper per server, often in the same directory: one log each.
    data.setdefault("audit", {"sinks": [f"jsonl://audit-{name}.jsonl"]})
    return from_dict(data)


if __name__ == "__main__":
    raise SystemExit(main())
