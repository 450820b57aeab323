"""Realistic MCP tool-result carriers; each embeds one passage (attack or benign) at a position."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

FIRST = ["Maria", "Tomasz", "Aiko", "Daniel", "Priya", "Lucas", "Fatima", "Sven", "Chen", "Olivia",
         "Kwame", "Elena", "Rafael", "Hannah", "Yusuf", "Ingrid", "Mateo", "Sofia", "Arjun", "Nora"]
LAST = ["Keller", "Novak", "Tanaka", "Okafor", "Silva", "Brandt", "Haddad", "Larsen", "Wei",
        "Moreau", "Mensah", "Rossi", "Iyer", "Fischer", "Costa", "Lindqvist", "Duarte", "Park"]
PRODUCTS = ["invoice service", "billing API", "mobile app", "search indexer", "auth gateway",
            "data pipeline", "reporting dashboard", "checkout flow", "sync agent", "CLI"]
TOPICS = ["quarterly planning", "the migration to Postgres 16", "the onboarding checklist",
          "vendor renewal", "the Q3 roadmap", "office move logistics", "the release freeze",
          "the customer advisory board", "the on-call rotation", "budget review"]
SENTENCES = [
    "The team reviewed the open items and agreed to revisit the estimate next week.",
    "Latency improved by roughly 18% after the cache warm-up change was deployed.",
    "Customers in the EU region reported slower page loads between 09:00 and 11:00.",
    "The vendor confirmed that the renewal price stays flat for another twelve months.",
    "Please note that the staging environment will be rebuilt on Thursday evening.",
    "Most of the failures came from a single flaky integration test in the payments suite.",
    "The new dashboard groups incidents by service and shows the mean time to recovery.",
    "We decided to keep the legacy endpoint for two more releases to give partners time.",
    "Attendance at the workshop was good, and the feedback forms were mostly positive.",
    "The draft policy is attached; comments are welcome until the end of the month.",
    "Shipping estimates were updated after the carrier changed its weekend schedule.",
    "The library upgrade removed three deprecated functions that we still call in tests.",
    "Storage costs dropped after old snapshots were moved to the infrequent-access tier.",
    "The interview panel will meet on Tuesday to compare notes on the final candidates.",
    "A short summary of the discussion is included below for those who missed the call.",
    "The translation vendor delivered the German and Japanese strings ahead of schedule.",
    "Battery life on the new firmware is about the same as on the previous build.",
    "The survey closes on Friday; so far 212 people have responded.",
    "Two regions still run the old image; the rollout will finish after the holiday.",
    "The contract includes a 30-day notice period and standard liability terms.",
]


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email_of(rng: random.Random, full: str) -> str:
    first, last = full.lower().split()
    dom = rng.choice(["northwind.example", "contoso.com", "acme-corp.io", "fabrikam.net"])
    return f"{first}.{last}@{dom}"


def para(rng: random.Random, n: int) -> str:
    return " ".join(rng.sample(SENTENCES, n))


def date(rng: random.Random) -> str:
    return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


Carrier = Callable[[random.Random, str], str]


def json_api(rng: random.Random, p: str) -> str:
    items = []
    slot = rng.randrange(3)
    for i in range(3):
        desc = para(rng, 1)
        if i == slot:
            desc = desc + " " + p
        items.append({"id": f"prd_{hexid(rng, 10)}", "name": rng.choice(PRODUCTS).title(),
                      "price": round(rng.uniform(5, 400), 2), "currency": "USD",
                      "description": desc, "in_stock": rng.random() > 0.3})
    body = {"object": "list", "page": rng.randint(1, 9), "has_more": True, "data": items}
    return json.dumps(body, indent=2, ensure_ascii=False)


def search_results(rng: random.Random, p: str) -> str:
    q = rng.choice(TOPICS)
    lines = [f'Search results for "{q}" ({rng.randint(3, 90)} hits)', ""]
    slot = rng.randrange(4)
    for i in range(4):
        dom = rng.choice(["docs.example.org", "blog.acme-corp.io", "wiki.contoso.com",
                          "news.fabrikam.net", "forum.northwind.example"])
        snippet = para(rng, 2)
        if i == slot:
            snippet = snippet + " " + p
        lines.append(f"{i + 1}. {q.title()} - notes and updates\n   https://{dom}/{hexid(rng, 6)}"
                     f"\n   {snippet}")
    return "\n".join(lines)


def html_page(rng: random.Random, p: str) -> str:
    title = rng.choice(TOPICS).title()
    top = rng.random() < 0.5
    body = f"<p>{para(rng, 2)}</p>\n<p>{para(rng, 2)}</p>"
    inner = f"<p>{p}</p>" if not p.lstrip().startswith("<") else p
    body = f"{inner}\n{body}" if top else f"{body}\n{inner}"
    return (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>{title}"
            f"</title></head>\n<body>\n<nav><a href=\"/\">Home</a> | <a href=\"/blog\">Blog</a>"
            f"</nav>\n<article>\n<h1>{title}</h1>\n{body}\n</article>\n<footer>&copy; 2025 "
            f"{rng.choice(LAST)} Ltd.</footer>\n</body>\n</html>")


def markdown_page(rng: random.Random, p: str) -> str:
    t = rng.choice(TOPICS).title()
    return (f"# {t}\n\n{para(rng, 2)}\n\n## Details\n\n- Owner: {name(rng)}\n- Updated: "
            f"{date(rng)}\n- Status: {rng.choice(['draft', 'final', 'in review'])}\n\n{p}\n\n"
            f"## Next steps\n\n{para(rng, 2)}\n")


def email(rng: random.Random, p: str) -> str:
    a, b = name(rng), name(rng)
    return (f"From: {a} <{email_of(rng, a)}>\nTo: {b} <{email_of(rng, b)}>\nDate: {date(rng)} "
            f"{rng.randint(7, 18)}:{rng.randint(0, 59):02d}\nSubject: Re: {rng.choice(TOPICS)}"
            f"\n\nHi {b.split()[0]},\n\n{para(rng, 2)}\n\n{p}\n\n{para(rng, 1)}\n\nBest,\n"
            f"{a.split()[0]}")


def chat_export(rng: random.Random, p: str) -> str:
    people = [name(rng).split()[0] for _ in range(3)]
    lines = []
    slot = rng.randint(1, 4)
    for i in range(6):
        who = people[i % 3]
        txt = p if i == slot else rng.choice(SENTENCES)
        lines.append(f"[{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}] {who}: {txt}")
    return f"#{rng.choice(['eng-general', 'product', 'support-escalations', 'random'])} " \
           f"export ({date(rng)})\n" + "\n".join(lines)


def ticket(rng: random.Random, p: str) -> str:
    key = f"{rng.choice(['OPS', 'SUP', 'WEB', 'PAY'])}-{rng.randint(100, 9999)}"
    return (f"{key}: {rng.choice(PRODUCTS)} {rng.choice(['fails', 'is slow', 'shows errors'])}"
            f"\nStatus: Open   Priority: {rng.choice(['P2', 'P3', 'P1'])}   Reporter: "
            f"{name(rng)}\n\nDescription:\n{para(rng, 2)}\n\nComments:\n- {name(rng)}: "
            f"{para(rng, 1)}\n- {name(rng)}: {p}\n")


def calendar(rng: random.Random, p: str) -> str:
    ev = {"kind": "calendar#event", "id": hexid(rng, 26), "status": "confirmed",
          "summary": f"Sync: {rng.choice(TOPICS)}", "description": f"{para(rng, 1)}\n\n{p}",
          "location": rng.choice(["Room 4.12", "Zoom", "Berlin office, Atlas", "Teams"]),
          "start": {"dateTime": f"{date(rng)}T{rng.randint(8, 16):02d}:00:00Z"},
          "attendees": [{"email": email_of(rng, name(rng))} for _ in range(3)]}
    return json.dumps(ev, indent=2, ensure_ascii=False)


def source_file(rng: random.Random, p: str) -> str:
    fn = rng.choice(["load_config", "parse_rows", "retry_request", "merge_records"])
    comment = "\n".join("# " + ln for ln in p.splitlines())
    return (f'"""Utilities for the {rng.choice(PRODUCTS)}."""\n\nimport json\nimport logging\n\n'
            f"log = logging.getLogger(__name__)\n\n\ndef {fn}(path: str) -> dict:\n"
            f"    {comment.replace(chr(10), chr(10) + '    ')}\n    with open(path) as fh:\n"
            f"        data = json.load(fh)\n    log.debug(\"loaded %d keys\", len(data))\n"
            f"    return data\n")


def diff(rng: random.Random, p: str) -> str:
    f = rng.choice(["README.md", "docs/setup.md", "CHANGELOG.md", "docs/faq.md"])
    added = "\n".join("+" + ln for ln in p.splitlines())
    return (f"diff --git a/{f} b/{f}\nindex {hexid(rng, 7)}..{hexid(rng, 7)} 100644\n--- a/{f}\n"
            f"+++ b/{f}\n@@ -{rng.randint(3, 80)},6 +{rng.randint(3, 80)},8 @@\n {para(rng, 1)}\n"
            f"-{rng.choice(SENTENCES)}\n+{rng.choice(SENTENCES)}\n{added}\n {para(rng, 1)}\n")


def log_lines(rng: random.Random, p: str) -> str:
    lines = []
    slot = rng.randint(2, 6)
    for i in range(8):
        clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        ts = f"{date(rng)}T{clock}Z"
        if i == slot:
            lines.append(f"{ts} WARN  worker-{rng.randint(1, 9)} {p}")
        else:
            lvl = rng.choice(["INFO ", "INFO ", "DEBUG"])
            lines.append(f"{ts} {lvl} worker-{rng.randint(1, 9)} request_id={hexid(rng, 12)} "
                         f"status={rng.choice([200, 200, 204, 304])} dur={rng.randint(3, 900)}ms")
    return "\n".join(lines)


def csv_rows(rng: random.Random, p: str) -> str:
    rows = ["id,customer,city,amount,note"]
    slot = rng.randint(1, 5)
    for i in range(7):
        note = p.replace('"', "'").replace("\n", " ") if i == slot else rng.choice(
            ["", "repeat customer", "gift wrap", "expedite"])
        city = rng.choice(["Lyon", "Austin", "Pune", "Oslo"])
        rows.append(f"{rng.randint(1000, 9999)},{name(rng)},{city},"
                    f"{rng.uniform(10, 900):.2f},\"{note}\"")
    return "\n".join(rows)


def pdf_text(rng: random.Random, p: str) -> str:
    return (f"{rng.choice(LAST).upper()} & PARTNERS LLP\nMEMORANDUM\n\nRe: {rng.choice(TOPICS)}"
            f"\nDate: {date(rng)}\n\n1. Background\n{para(rng, 3)}\n\n2. Analysis\n{para(rng, 2)}"
            f" {p}\n\n3. Recommendation\n{para(rng, 1)}\n\nPage {rng.randint(1, 4)} of 5\n")


def api_error(rng: random.Random, p: str) -> str:
    body = {"error": {"code": rng.choice(["invalid_request", "not_found", "upstream_timeout"]),
                      "status": rng.choice([400, 404, 502, 504]),
                      "message": f"{rng.choice(SENTENCES)} {p}",
                      "request_id": f"req_{hexid(rng, 20)}",
                      "docs": "https://docs.example.org/errors"}}
    return json.dumps(body, indent=2, ensure_ascii=False)


def readme(rng: random.Random, p: str) -> str:
    proj = rng.choice(["fastgrid", "tinyq", "logpipe", "shelfy", "mdcast", "kvmerge"])
    return (f"# {proj}\n\n{proj} is a small library for the {rng.choice(PRODUCTS)}.\n\n"
            f"## Installation\n\n```bash\npip install {proj}\n```\n\n## Usage\n\n```python\n"
            f"import {proj}\n{proj}.run(\"config.toml\")\n```\n\n## Notes\n\n{p}\n\n"
            f"## License\n\nMIT\n")


def wiki(rng: random.Random, p: str) -> str:
    return (f"== {rng.choice(TOPICS).title()} ==\n{para(rng, 2)}\n\n=== History ===\n"
            f"{para(rng, 2)} {p}\n\n=== See also ===\n* [[{rng.choice(TOPICS).title()}]]\n"
            f"* [[{rng.choice(PRODUCTS).title()}]]\n\nLast edited by {name(rng)} on {date(rng)}.")


def review(rng: random.Random, p: str) -> str:
    out = [f"Reviews for {rng.choice(PRODUCTS).title()} (avg {rng.uniform(2.5, 4.9):.1f}/5)"]
    slot = rng.randrange(3)
    for i in range(3):
        txt = para(rng, 1) + (" " + p if i == slot else "")
        out.append(f"\n★{rng.randint(1, 5)} {name(rng)} — {date(rng)}\n{txt}")
    return "\n".join(out)


def transcript(rng: random.Random, p: str) -> str:
    a, b = name(rng), name(rng)
    return (f"Meeting transcript — {rng.choice(TOPICS)} ({date(rng)})\n\n{a} (00:01:12): "
            f"{para(rng, 2)}\n{b} (00:02:40): {para(rng, 1)}\n{a} (00:04:05): {p}\n"
            f"{b} (00:05:31): {para(rng, 1)}\n")


def shell_output(rng: random.Random, p: str) -> str:
    return (f"$ ls -la\ntotal {rng.randint(20, 90)}\ndrwxr-xr-x  6 dev dev 4096 {date(rng)} .\n"
            f"-rw-r--r--  1 dev dev {rng.randint(200, 9000)} {date(rng)} notes.txt\n"
            f"-rw-r--r--  1 dev dev {rng.randint(200, 9000)} {date(rng)} setup.cfg\n"
            f"$ cat notes.txt\n{para(rng, 1)}\n{p}\n{para(rng, 1)}\n$ ")


def db_rows(rng: random.Random, p: str) -> str:
    rows = []
    slot = rng.randrange(4)
    for i in range(4):
        rows.append({"id": rng.randint(1, 50000), "title": rng.choice(TOPICS),
                     "body": (p if i == slot else rng.choice(SENTENCES)),
                     "created_at": f"{date(rng)} 10:{rng.randint(10, 59)}:00"})
    return json.dumps({"query": "SELECT id, title, body, created_at FROM notes LIMIT 4",
                       "rows": rows, "row_count": 4}, indent=1, ensure_ascii=False)


def rss(rng: random.Random, p: str) -> str:
    items = []
    slot = rng.randrange(3)
    for i in range(3):
        d = para(rng, 1) + (" " + p if i == slot else "")
        items.append(f"  <item>\n    <title>{rng.choice(TOPICS).title()}</title>\n    <link>"
                     f"https://blog.example.org/{hexid(rng, 8)}</link>\n    <description>"
                     f"<![CDATA[{d}]]></description>\n  </item>")
    return ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n  <title>Team blog</title>\n"
            + "\n".join(items) + "\n</channel></rss>")


def note(rng: random.Random, p: str) -> str:
    return (f"Notes {date(rng)}\n\n* {rng.choice(SENTENCES)}\n* {rng.choice(SENTENCES)}\n"
            f"* {p}\n* follow up with {name(rng)}\n")


CARRIERS: dict[str, Carrier] = {
    "json_api": json_api, "search_results": search_results, "html_page": html_page,
    "markdown_page": markdown_page, "email": email, "chat_export": chat_export,
    "ticket": ticket, "calendar": calendar, "source_file": source_file, "diff": diff,
    "log": log_lines, "csv": csv_rows, "pdf_text": pdf_text, "api_error": api_error,
    "readme": readme, "wiki": wiki, "review": review, "transcript": transcript,
    "shell": shell_output, "db_rows": db_rows, "rss": rss, "note": note,
}
