"""The `mcpwarden` command."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

import yaml

from mcpwarden import __version__
from mcpwarden.config import Config, ConfigError, effective, from_dict, load

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
    return parser


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
    return from_dict(data)


if __name__ == "__main__":
    raise SystemExit(main())
