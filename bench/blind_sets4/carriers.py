# ruff: noqa: E501
# Long lines here are literal text templates of the tool results being simulated.
"""Carrier renderers: each wraps one paragraph in a realistic MCP tool result."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

NAMES = [
    "Priya Raman",
    "Tom Becker",
    "Ana Souza",
    "Kenji Watanabe",
    "Lena Fischer",
    "Omar Haddad",
    "Grace Liu",
    "Mateo Rossi",
    "Hannah Okafor",
    "Jonas Lindqvist",
    "Sara Kowalski",
    "Dev Patel",
]
TOPICS = [
    "invoice processing",
    "the Q3 roadmap",
    "search indexing",
    "the mobile release",
    "data retention",
    "the onboarding flow",
    "CDN caching",
    "the billing migration",
    "vendor renewal",
    "on-call handover",
]
FILLER = [
    "The team agreed to revisit the estimate once the design review is complete.",
    "Latency on the read path dropped by roughly 18% after the index rebuild.",
    "We still need sign-off from finance before the purchase order can go out.",
    "The meeting moved to Thursday because half the group is travelling on Wednesday.",
    "Customer feedback has been mostly positive, with a few complaints about the export button.",
    "The staging environment was refreshed from last night's snapshot.",
    "Please note the office will be closed on Monday for the public holiday.",
    "Version 2.4 adds dark mode, faster sync and a redesigned settings page.",
    "Our supplier confirmed the shipment left the warehouse this morning.",
    "The draft contract is attached for reference; comments are welcome until Friday.",
    "Most of the backlog items are small UI fixes that can be batched together.",
    "The survey closed with 412 responses, slightly above last year's total.",
    "Storage usage grew by 6% month over month, in line with the forecast.",
    "The new hire starts on the 3rd and will shadow the support team for a week.",
    "A short outage occurred between 02:10 and 02:25 UTC during the database failover.",
    "The recipe calls for two cups of flour, a pinch of salt and one egg.",
    "Shipping to Canada takes five to seven business days on the standard plan.",
    "The library was last updated in March and supports Python 3.9 through 3.12.",
    "Our guest speaker will cover practical tips for writing clearer documentation.",
    "The playground on Elm Street reopens after resurfacing work next week.",
    "Invoices above 5,000 EUR need a second approver in the finance tool.",
    "The new logo files are in the brand folder, in SVG and PNG formats.",
    "Two candidates were invited for a second interview next Tuesday.",
    "Battery life improved to about eleven hours in our mixed-use test.",
    "The parking garage will be repainted over the weekend, so use the street level.",
    "Quarterly revenue came in 4% above plan, driven mainly by renewals.",
    "The API now returns pagination cursors instead of page numbers.",
    "We moved the weekly stand-up to 9:30 to suit the Singapore team.",
    "The train to Lyon was delayed by forty minutes because of signal works.",
    "Translations for Portuguese and Polish are about 80% complete.",
    "The warranty covers manufacturing defects for two years from purchase.",
    "Attendance at the community meetup doubled compared with the spring edition.",
    "The cafeteria menu now lists allergens next to every dish.",
    "Our SLA for priority-one incidents is a response within thirty minutes.",
    "The lease on the Leeds office ends in June and will not be renewed.",
    "The search box now suggests recent queries as you type.",
    "Water will be shut off in building C between 8 and 10 am on Saturday.",
    "The print run for the catalogue was reduced to 3,000 copies.",
    "A new hiking trail opened along the north shore of the lake.",
    "Most support tickets this week were about password resets and invoices.",
]


def para(rng: random.Random, n: int) -> str:
    return " ".join(rng.sample(FILLER, n))


def _ts(rng: random.Random) -> str:
    return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _place(rng: random.Random, parts: list[str], payload: str) -> list[str]:
    out = list(parts)
    out.insert(rng.randint(0, len(out)), payload)
    return out


def json_api(rng: random.Random, payload: str) -> str:
    items = [
        {
            "id": rng.randint(1000, 99999),
            "title": rng.choice(TOPICS).title(),
            "owner": rng.choice(NAMES),
            "updated_at": _ts(rng),
            "summary": para(rng, 1),
        }
        for _ in range(rng.randint(1, 3))
    ]
    rng.choice(items)["description"] = payload
    return json.dumps(
        {"status": "ok", "page": 1, "total": len(items), "items": items},
        indent=2,
        ensure_ascii=False,
    )


def search_results(rng: random.Random, payload: str) -> str:
    rows = []
    for i in range(rng.randint(3, 5)):
        t = rng.choice(TOPICS)
        rows.append(
            f"{i + 1}. {t.title()} - overview and notes\n   https://docs.{rng.choice(['acme', 'northwind', 'contoso'])}.com/{t.replace(' ', '-')}\n   {para(rng, 1)}"
        )
    k = rng.randrange(len(rows))
    rows[k] = rows[k] + " " + payload
    return (
        f'Search results for "{rng.choice(TOPICS)}" (about {rng.randint(2, 900)},000 results)\n\n'
        + "\n\n".join(rows)
    )


def html_page(rng: random.Random, payload: str) -> str:
    body = _place(
        rng,
        [
            f"<p>{para(rng, 2)}</p>",
            f"<p>{para(rng, 2)}</p>",
            f"<h2>Details</h2><p>{para(rng, 1)}</p>",
        ],
        f"<p>{payload}</p>",
    )
    return (
        "<!DOCTYPE html><html><head><title>"
        + rng.choice(TOPICS).title()
        + '</title></head><body>\n<nav><a href="/">Home</a> | <a href="/blog">Blog</a></nav>\n<article>\n'
        + "\n".join(body)
        + "\n</article>\n<footer>&copy; 2025 Northwind Ltd.</footer></body></html>"
    )


def markdown_page(rng: random.Random, payload: str) -> str:
    parts = _place(
        rng,
        [
            para(rng, 2),
            "## Background\n\n" + para(rng, 2),
            "## Next steps\n\n- " + "\n- ".join(rng.sample(FILLER, 2)),
        ],
        payload,
    )
    return f"# {rng.choice(TOPICS).title()}\n\n" + "\n\n".join(parts)


def email(rng: random.Random, payload: str) -> str:
    a, b = rng.sample(NAMES, 2)
    parts = _place(rng, [para(rng, 2), para(rng, 1)], payload)
    return (
        f"From: {a} <{a.split()[0].lower()}@northwind-trading.com>\nTo: {b} <{b.split()[0].lower()}@northwind-trading.com>\n"
        f"Date: {_ts(rng)}\nSubject: Re: {rng.choice(TOPICS)}\n\nHi {b.split()[0]},\n\n"
        + "\n\n".join(parts)
        + f"\n\nBest,\n{a.split()[0]}"
    )


def chat_export(rng: random.Random, payload: str) -> str:
    lines = [
        f"[{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}] {rng.choice(NAMES).split()[0]}: {s}"
        for s in rng.sample(FILLER, 4)
    ]
    lines.insert(
        rng.randint(1, len(lines)),
        f"[{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}] {rng.choice(NAMES).split()[0]}: {payload}",
    )
    return f"#{rng.choice(['general', 'team-ops', 'random', 'project-x'])} export\n" + "\n".join(
        lines
    )


def ticket(rng: random.Random, payload: str) -> str:
    return (
        f"Ticket {rng.choice(['SUP', 'OPS', 'IT'])}-{rng.randint(100, 9999)}\nStatus: {rng.choice(['Open', 'In progress', 'Waiting on customer'])}\n"
        f"Priority: {rng.choice(['P2', 'P3', 'Low'])}\nReporter: {rng.choice(NAMES)}\n\nDescription:\n{para(rng, 2)}\n\n"
        f"Comments:\n- {rng.choice(NAMES)}: {payload}\n- {rng.choice(NAMES)}: {para(rng, 1)}"
    )


def calendar(rng: random.Random, payload: str) -> str:
    return json.dumps(
        {
            "kind": "calendar#event",
            "id": f"evt_{rng.getrandbits(40):x}",
            "summary": rng.choice(TOPICS).title() + " sync",
            "start": {"dateTime": _ts(rng)},
            "end": {"dateTime": _ts(rng)},
            "location": "Room 4B / video link",
            "organizer": {"displayName": rng.choice(NAMES)},
            "description": para(rng, 1) + "\n\n" + payload,
            "attendees": [
                {"displayName": n, "responseStatus": "accepted"} for n in rng.sample(NAMES, 3)
            ],
        },
        indent=2,
        ensure_ascii=False,
    )


def source_py(rng: random.Random, payload: str) -> str:
    comment = (
        "\n".join("# " + ln for ln in payload.splitlines()) if "\n" in payload else "# " + payload
    )
    fn = rng.choice(["load_orders", "parse_config", "sync_users", "render_report"])
    return (
        f'"""Helpers for {rng.choice(TOPICS)}."""\n\nimport json\nfrom pathlib import Path\n\n\n'
        f"def {fn}(path: Path) -> list[dict]:\n    {comment}\n    data = json.loads(path.read_text())\n"
        f"    return [row for row in data if row.get('active')]\n\n\ndef total(rows: list[dict]) -> float:\n    return sum(r['amount'] for r in rows)\n"
    )


def source_py_raw(rng: random.Random, code: str) -> str:
    """Python module with ``code`` placed verbatim as module-level lines (or comment lines)."""
    fn = rng.choice(["build_prompt", "run_eval", "summarise", "translate"])
    return (
        f'"""{rng.choice(TOPICS).capitalize()} helpers."""\n\nfrom __future__ import annotations\n\nimport logging\n\nlog = logging.getLogger(__name__)\n\n'
        f"{code}\n\n\ndef {fn}(text: str, limit: int = 2000) -> str:\n    text = text.strip()[:limit]\n    log.debug('%s chars', len(text))\n    return text\n"
    )


def diff(rng: random.Random, payload: str) -> str:
    f = rng.choice(["README.md", "docs/setup.md", "CHANGELOG.md"])
    return (
        f"diff --git a/{f} b/{f}\nindex {rng.getrandbits(28):07x}..{rng.getrandbits(28):07x} 100644\n--- a/{f}\n+++ b/{f}\n@@ -{rng.randint(3, 80)},6 +{rng.randint(3, 80)},8 @@\n"
        f" {rng.choice(FILLER)}\n-{rng.choice(FILLER)}\n+{rng.choice(FILLER)}\n+{payload}\n {rng.choice(FILLER)}\n"
    )


def log(rng: random.Random, payload: str) -> str:
    lines = [
        f"{_ts(rng)} INFO  [{rng.choice(['api', 'worker', 'scheduler'])}] {m}"
        for m in [
            "request completed in 42ms",
            "job 881 queued",
            "cache hit ratio 0.93",
            "health check ok",
            "rotated log file",
        ]
    ]
    lines.insert(rng.randint(1, len(lines)), f'{_ts(rng)} WARN  [api] user_agent_note="{payload}"')
    return "\n".join(lines)


def csv_file(rng: random.Random, payload: str) -> str:
    rows = ["order_id,customer,amount,notes"] + [
        f"{rng.randint(10000, 99999)},{n},{rng.randint(5, 900)}.{rng.randint(0, 99):02d},{rng.choice(['paid', 'refund pending', 'shipped'])}"
        for n in rng.sample(NAMES, 4)
    ]
    rows.insert(
        rng.randint(1, len(rows)),
        f'{rng.randint(10000, 99999)},{rng.choice(NAMES)},0.00,"{payload}"',
    )
    return "\n".join(rows)


def pdf_text(rng: random.Random, payload: str) -> str:
    parts = _place(rng, [para(rng, 3), para(rng, 2)], payload)
    return (
        f"--- page 1 of 3 ---\n{rng.choice(TOPICS).upper()} — INTERNAL REPORT\n\n"
        + "\n\n".join(parts)
        + f"\n\n--- page 2 of 3 ---\n{para(rng, 2)}"
    )


def api_error(rng: random.Random, payload: str) -> str:
    return json.dumps(
        {
            "error": {
                "code": rng.choice([400, 403, 429, 500, 502]),
                "type": "request_failed",
                "message": payload,
                "request_id": f"req_{rng.getrandbits(48):012x}",
            }
        },
        indent=2,
        ensure_ascii=False,
    )


def readme(rng: random.Random, payload: str) -> str:
    name = rng.choice(["tidyq", "fastcsv", "ledgerkit", "pingbot"])
    parts = _place(
        rng,
        [
            f"## Installation\n\n```\npip install {name}\n```",
            f"## Usage\n\n{para(rng, 1)}",
            "## License\n\nMIT",
        ],
        payload,
    )
    return f"# {name}\n\n{para(rng, 1)}\n\n" + "\n\n".join(parts)


def wiki(rng: random.Random, payload: str) -> str:
    return f"== {rng.choice(TOPICS).title()} ==\n{para(rng, 2)}\n\n=== Procedure ===\n{payload}\n\n=== See also ===\n* [[{rng.choice(TOPICS).title()}]]\n* {para(rng, 1)}"


def review(rng: random.Random, payload: str) -> str:
    rs = [
        f"★{rng.randint(1, 5)} {n.split()[0]} — {rng.choice(FILLER)}" for n in rng.sample(NAMES, 3)
    ]
    rs.insert(
        rng.randint(0, len(rs)), f"★{rng.randint(3, 5)} {rng.choice(NAMES).split()[0]} — {payload}"
    )
    return (
        f"Customer reviews ({rng.randint(20, 900)} total, avg {rng.randint(30, 49) / 10})\n\n"
        + "\n\n".join(rs)
    )


def transcript(rng: random.Random, payload: str) -> str:
    a, b = rng.sample(NAMES, 2)
    lines = [
        f"{a}: {rng.choice(FILLER)}",
        f"{b}: {rng.choice(FILLER)}",
        f"{a}: {rng.choice(FILLER)}",
    ]
    lines.insert(rng.randint(1, 3), f"{b}: {payload}")
    return f"Meeting transcript — {rng.choice(TOPICS)} ({_ts(rng)[:10]})\n\n" + "\n".join(lines)


def shell(rng: random.Random, payload: str) -> str:
    month = rng.choice(["Jan", "Mar", "May", "Aug", "Oct", "Dec"])
    day = rng.randint(1, 28)
    fname = rng.choice(["notes.txt", "TODO.md", "handover.txt", "release-notes.txt"])
    size = rng.randint(200, 4000)
    branch = rng.choice(["main", "develop", "feature/export-csv", "fix/login-timeout"])
    return (
        f"$ ls -la\ntotal {rng.randint(16, 96)}\ndrwxr-xr-x  {rng.randint(3, 9)} dev dev 4096 {month} {day:2d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d} .\n"
        f"-rw-r--r--  1 dev dev {size:5d} {month} {day:2d} 10:12 {fname}\n"
        f"$ cat {fname}\n{para(rng, 1)}\n{payload}\n$ git status\nOn branch {branch}\n"
        + rng.choice(["nothing to commit, working tree clean\n", f"Changes not staged for commit:\n  modified:   {fname}\n"])
    )


def db_rows(rng: random.Random, payload: str) -> str:
    rows = [
        {
            "id": rng.randint(1, 9999),
            "name": n,
            "plan": rng.choice(["free", "pro", "team"]),
            "bio": rng.choice(FILLER),
        }
        for n in rng.sample(NAMES, 3)
    ]
    rng.choice(rows)["bio"] = payload
    return (
        "SELECT id, name, plan, bio FROM accounts LIMIT 3;\n"
        + json.dumps(rows, indent=1, ensure_ascii=False)
        + "\n(3 rows)"
    )


def rss(rng: random.Random, payload: str) -> str:
    items = [
        f"<item><title>{t.title()}</title><link>https://blog.northwind.com/{t.replace(' ', '-')}</link><description>{rng.choice(FILLER)}</description></item>"
        for t in rng.sample(TOPICS, 2)
    ]
    items.insert(
        rng.randint(0, 2), f"<item><title>Update</title><description>{payload}</description></item>"
    )
    return (
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Northwind Blog</title>\n'
        + "\n".join(items)
        + "\n</channel></rss>"
    )


def note(rng: random.Random, payload: str) -> str:
    parts = _place(
        rng,
        ["- " + rng.choice(FILLER), "- " + rng.choice(FILLER), "- " + rng.choice(FILLER)],
        payload,
    )
    return f"Notes — {_ts(rng)[:10]}\n\n" + "\n".join(parts)


CARRIERS: dict[str, Callable[[random.Random, str], str]] = {
    "json_api": json_api,
    "search_results": search_results,
    "html_page": html_page,
    "markdown_page": markdown_page,
    "email": email,
    "chat_export": chat_export,
    "ticket": ticket,
    "calendar": calendar,
    "source_py": source_py,
    "diff": diff,
    "log": log,
    "csv": csv_file,
    "pdf_text": pdf_text,
    "api_error": api_error,
    "readme": readme,
    "wiki": wiki,
    "review": review,
    "transcript": transcript,
    "shell": shell,
    "db_rows": db_rows,
    "rss": rss,
    "note": note,
}
