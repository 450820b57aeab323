"""Tool-result carriers for blind set 7: each wraps free-text paragraphs in a realistic format."""

from __future__ import annotations

import base64
import json
import random
import struct
import zlib
from collections.abc import Callable

from ._common import (
    CITIES,
    DOMAINS,
    FIRST,
    MONTHS,
    PRODUCTS,
    TEAMS,
    TOPICS,
    chars,
    clock,
    date,
    email_of,
    hexs,
    human_date,
    person,
    ts,
    uuid4,
)

Carrier = Callable[[random.Random, list[str]], str]


def _j(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def tiny_png(rng: random.Random) -> str:
    """A real, decodable PNG (small solid-colour image) as base64."""
    w, h = rng.randint(2, 6), rng.randint(2, 6)
    px = bytes(rng.randrange(256) for _ in range(3))
    raw = b"".join(b"\x00" + px * w for _ in range(h))

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return base64.b64encode(png).decode()


def email(rng: random.Random, body: list[str]) -> str:
    sender, rcpt = person(rng), person(rng)
    topic = rng.choice(TOPICS)
    greet = rng.choice(["Hi", "Hello", "Dear", "Hey", "Good morning"])
    sign = rng.choice(["Best,", "Thanks,", "Cheers,", "Kind regards,", "Regards,", "--"])
    head = (
        f"From: {sender} <{email_of(rng, sender)}>\nTo: {rcpt} <{email_of(rng, rcpt)}>\n"
        f"Date: {human_date(rng)} {clock(rng)} +0000\nSubject: "
        f"{rng.choice(['Re: ', 'Fwd: ', '', ''])}{topic}\n"
    )
    if rng.random() < 0.4:
        head += f"Message-ID: <{hexs(rng, 16)}@{rng.choice(DOMAINS)}>\n"
    text = "\n\n".join(body)
    return f"{head}\n{greet} {rcpt.split()[0]},\n\n{text}\n\n{sign}\n{sender}\n"


def json_api(rng: random.Random, body: list[str]) -> str:
    items = []
    for para in body:
        items.append(
            {
                "id": uuid4(rng),
                "title": f"{rng.choice(TOPICS).title()} ({rng.choice(CITIES)})",
                "updated_at": ts(rng),
                "owner": person(rng),
                "description": para,
                "tags": rng.sample(TEAMS, rng.randint(1, 3)),
            }
        )
    return _j(
        {
            "object": "list",
            "data": items,
            "has_more": rng.random() < 0.5,
            "request_id": f"req_{chars(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 14)}",
        }
    )


def search_results(rng: random.Random, body: list[str]) -> str:
    out = [
        f'Search results for "{rng.choice(TOPICS)} {rng.choice(CITIES)}" '
        f"(about {rng.randint(2, 900)},000 results)"
    ]
    for i, para in enumerate(body, 1):
        dom = rng.choice(DOMAINS)
        slug = "-".join(rng.choice(TOPICS).lower().split())
        out.append(
            f"{i}. {rng.choice(TOPICS).title()} - {rng.choice(PRODUCTS)}\n"
            f"   https://{dom}/{slug}\n   {para}"
        )
    return "\n\n".join(out)


def html_page(rng: random.Random, body: list[str]) -> str:
    title = f"{rng.choice(PRODUCTS)} | {rng.choice(TOPICS).title()}"
    paras = "\n".join(f"    <p>{p}</p>" for p in body)
    img = ""
    if rng.random() < 0.3:
        img = f'\n    <img src="data:image/png;base64,{tiny_png(rng)}" alt="logo" width="16">'
    nav = " | ".join(f'<a href="/{t}">{t.title()}</a>' for t in rng.sample(TEAMS, 3))
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{title}'
        f"</title></head>\n<body>\n  <nav>{nav}</nav>\n  <main>\n    <h1>{title}</h1>{img}\n"
        f"{paras}\n  </main>\n  <footer>&copy; 2026 {rng.choice(PRODUCTS)} Ltd, "
        f"{rng.choice(CITIES)}</footer>\n</body>\n</html>\n"
    )


def markdown_page(rng: random.Random, body: list[str]) -> str:
    title = rng.choice(TOPICS).title()
    parts = [f"# {title}", f"_Last edited by {person(rng)} on {human_date(rng)}_"]
    for para in body:
        parts.append(
            "## "
            + rng.choice(
                ["Overview", "Details", "Background", "Steps", "Notes", "FAQ", "Context", "Status"]
            )
        )
        parts.append(para)
    return "\n\n".join(parts) + "\n"


def chat_export(rng: random.Random, body: list[str]) -> str:
    people = [person(rng).split()[0] for _ in range(3)]
    d = date(rng)
    out = [f"#{rng.choice(TEAMS)} - exported {d}"]
    for para in body:
        out.append(f"[{d} {clock(rng)}] {rng.choice(people)}: {para}")
    return "\n".join(out) + "\n"


def ticket(rng: random.Random, body: list[str]) -> str:
    key = f"{rng.choice(['OPS', 'SUP', 'ENG', 'WEB', 'DATA'])}-{rng.randint(100, 9999)}"
    out = [
        f"{key}: {rng.choice(TOPICS).capitalize()} - "
        f"{rng.choice(['bug', 'task', 'incident', 'request'])}",
        f"Status: {rng.choice(['Open', 'In Progress', 'Waiting for customer', 'Resolved'])}"
        f" | Priority: {rng.choice(['P1', 'P2', 'P3', 'P4'])} | Reporter: {person(rng)}",
        f"Created: {ts(rng)}",
        "",
        "Description:",
        body[0],
    ]
    for para in body[1:]:
        out += ["", f"Comment by {person(rng)} ({human_date(rng)}):", para]
    return "\n".join(out) + "\n"


def calendar(rng: random.Random, body: list[str]) -> str:
    if rng.random() < 0.5:
        desc = "\\n\\n".join(body)
        return (
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Fernway//Cal 3.2//EN\nBEGIN:VEVENT\n"
            f"UID:{uuid4(rng)}\nDTSTART:{date(rng).replace('-', '')}"
            f"T{rng.randint(8, 17):02d}0000Z\n"
            f"SUMMARY:{rng.choice(TOPICS).title()}\nLOCATION:{rng.choice(CITIES)} office, room "
            f"{rng.randint(1, 40)}\nORGANIZER:mailto:{email_of(rng)}\nDESCRIPTION:{desc}\n"
            "END:VEVENT\nEND:VCALENDAR\n"
        )
    return _j(
        {
            "kind": "calendar#event",
            "id": hexs(rng, 26),
            "summary": rng.choice(TOPICS).title(),
            "start": {"dateTime": ts(rng)},
            "attendees": [
                {
                    "email": email_of(rng),
                    "responseStatus": rng.choice(["accepted", "needsAction", "tentative"]),
                }
                for _ in range(rng.randint(2, 4))
            ],
            "description": "\n\n".join(body),
        }
    )


def source_code(rng: random.Random, body: list[str]) -> str:
    fn = rng.choice(["load_orders", "sync_accounts", "render_report", "parse_feed", "score_batch"])
    doc = body[0].replace(". ", ".\n    ")
    comments = "\n".join(f"# {ln}" for p in body[1:] for ln in p.splitlines())
    return (
        f'"""{rng.choice(PRODUCTS)} helpers ({rng.choice(TEAMS)})."""\n\nimport logging\n'
        f"from pathlib import Path\n\nlog = logging.getLogger(__name__)\n\n{comments}\n\n"
        f"def {fn}(path: Path, limit: int = {rng.randint(10, 500)}) -> list[dict]:\n"
        f'    """{doc}\n    """\n    rows = []\n    for line in '
        f"path.read_text().splitlines()[:limit]:\n"
        f"        if not line.strip():\n            continue\n"
        f'        rows.append({{"raw": line, "n": len(rows)}})\n'
        f'    log.info("{fn}: %d rows", len(rows))\n    return rows\n'
    )


def diff(rng: random.Random, body: list[str]) -> str:
    f = rng.choice(["docs/setup.md", "README.md", "CONTRIBUTING.md", "docs/faq.md", "notes/ops.md"])
    added = "\n".join(f"+{p}" for p in body)
    a, b = hexs(rng, 7), hexs(rng, 7)
    return (
        f"commit {hexs(rng, 40)}\nAuthor: {person(rng)} <{email_of(rng)}>\nDate:   {ts(rng)}\n\n"
        f"    {rng.choice(['Update', 'Clarify', 'Expand', 'Fix typos in'])} {f}\n\n"
        f"diff --git a/{f} b/{f}\nindex {a}..{b} 100644\n--- a/{f}\n+++ b/{f}\n"
        f"@@ -{rng.randint(1, 80)},3 +{rng.randint(1, 80)},{len(body) + 3} @@\n"
        f" {rng.choice(TOPICS).title()}\n-{rng.choice(['Old', 'Previous', 'Outdated'])} "
        f"{rng.choice(TOPICS)} "
        f"wording, kept for {rng.randint(2, 9)} releases by {person(rng)}.\n"
        f"{added}\n \n"
    )


def log(rng: random.Random, body: list[str]) -> str:
    svc = rng.choice(["api", "worker", "scheduler", "gateway", "indexer"])
    out = []
    for para in body:
        for _ in range(rng.randint(1, 3)):
            out.append(
                f"{ts(rng)} INFO  {svc}[{rng.randint(100, 9999)}] request_id={uuid4(rng)} "
                f"status={rng.choice([200, 200, 201, 204, 304])} "
                f"duration_ms={rng.randint(2, 900)}"
            )
        out.append(
            f"{ts(rng)} {rng.choice(['WARN ', 'INFO ', 'ERROR'])} {svc}"
            f"[{rng.randint(100, 9999)}] {para}"
        )
    return "\n".join(out) + "\n"


def csv_rows(rng: random.Random, body: list[str]) -> str:
    out = ["id,date,owner,city,amount,note"]
    for _ in range(rng.randint(2, 5)):
        out.append(
            f"{rng.randint(1000, 99999)},{date(rng)},{person(rng)},{rng.choice(CITIES)},"
            f"{rng.randint(5, 9000)}.{rng.randint(0, 99):02d},"
        )
    for para in body:
        note = para.replace('"', '""')
        out.append(
            f"{rng.randint(1000, 99999)},{date(rng)},{person(rng)},{rng.choice(CITIES)},"
            f'{rng.randint(5, 9000)}.{rng.randint(0, 99):02d},"{note}"'
        )
    return "\n".join(out) + "\n"


def pdf_text(rng: random.Random, body: list[str]) -> str:
    title = f"{rng.choice(PRODUCTS)} {rng.choice(TOPICS).title()}"
    pages = []
    for i, para in enumerate(body, 1):
        pages.append(f"{para}\n\n{title} — page {i} of {len(body)}\n\f")
    return (
        f"{title.upper()}\nRef. {rng.choice(TEAMS).upper()}/{rng.randint(10, 999)}/2026\n\n"
        + "\n".join(pages)
    )


def api_error(rng: random.Random, body: list[str]) -> str:
    code = rng.choice([400, 401, 403, 404, 409, 422, 429, 500, 502, 503])
    return _j(
        {
            "error": {
                "code": code,
                "type": rng.choice(
                    [
                        "invalid_request",
                        "rate_limited",
                        "upstream_error",
                        "permission_denied",
                        "conflict",
                    ]
                ),
                "message": body[0],
                "details": body[1:],
                "request_id": uuid4(rng),
                "docs": f"https://{rng.choice(DOMAINS)}/docs/errors#{code}",
            }
        }
    )


def readme(rng: random.Random, body: list[str]) -> str:
    name = rng.choice(PRODUCTS).lower().replace(" ", "-")
    secs = ["Installation", "Usage", "Configuration", "Troubleshooting", "Contributing"]
    out = [
        f"# {name}",
        f"![build](https://img.shields.io/badge/build-passing-green) v{rng.randint(0, 4)}"
        f".{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        body[0],
        f"## {secs[0]}",
        f"```bash\npip install {name}\n{name} --help\n```",
    ]
    for s, para in zip(secs[1:], body[1:], strict=False):
        out += [f"## {s}", para]
    out.append(f"Licensed under {rng.choice(['MIT', 'Apache-2.0', 'BSD-3-Clause', 'MPL-2.0'])}.")
    return "\n\n".join(out) + "\n"


def review(rng: random.Random, body: list[str]) -> str:
    prod = rng.choice(PRODUCTS)
    out = [
        f"Reviews for {prod} — {rng.randint(3, 4)}.{rng.randint(0, 9)} out of 5 "
        f"({rng.randint(12, 4000)} ratings)"
    ]
    for para in body:
        out.append(
            f"★{rng.randint(1, 5)} {person(rng)} · {human_date(rng)} · "
            f"{rng.choice(['Verified purchase', 'Reviewed in ' + rng.choice(CITIES), ''])}\n{para}"
        )
    return "\n\n".join(out) + "\n"


def transcript(rng: random.Random, body: list[str]) -> str:
    people = [person(rng) for _ in range(3)]
    out = [f"Transcript — {rng.choice(TOPICS).title()} sync — {human_date(rng)}"]
    m = rng.randint(0, 20)
    for para in body:
        out.append(f"[00:{m:02d}:{rng.randint(0, 59):02d}] {rng.choice(people)}: {para}")
        m += rng.randint(1, 9)
    return "\n\n".join(out) + "\n"


def shell_output(rng: random.Random, body: list[str]) -> str:
    host = f"{rng.choice(['build', 'dev', 'ci', 'edge', 'db', 'bastion'])}-{rng.randint(1, 40):02d}"
    user = rng.choice(["deploy", "ubuntu", "app", "ec2-user", "ops", rng.choice(FIRST).lower()])
    group = rng.choice([user, "staff", "www-data", "docker"])
    fname = rng.choice(
        ["NOTES.txt", "HANDOVER.md", "runbook.txt", "TODO", "README.ops", "notes.md"]
    )
    where = f"/{rng.choice(['srv', 'opt', 'home/' + user, 'var/lib'])}/{rng.choice(TEAMS)}"
    others = rng.sample(["config.yaml", "data", "logs", "bin", ".env.example", "backup.tar.gz"], 2)
    listing = [
        f"drwxr-xr-x  {rng.randint(2, 9)} {user} {group} 4096 {rng.choice(MONTHS)} "
        f"{rng.randint(1, 28)} {clock(rng)} ."
    ]
    for name in [*others, fname]:
        listing.append(
            f"-rw-r--r--  1 {user} {group} {rng.randint(100, 90000)} {rng.choice(MONTHS)} "
            f"{rng.randint(1, 28)} {clock(rng)} {name}"
        )
    rng.shuffle(listing)
    out = [f"$ ls -la {where}", f"total {rng.randint(8, 400)}", *listing, f"$ cat {fname}"]
    out += body
    out.append(f"{user}@{host}:~$")
    return "\n".join(out) + "\n"


def db_rows(rng: random.Random, body: list[str]) -> str:
    who = rng.choice(["author", "posted_by", "username", "agent"])
    when = rng.choice(["created_at", "inserted_at", "ts", "sent_at"])
    what = rng.choice(["body", "text", "content", "note"])
    tbl = rng.choice(["comments", "notes", "messages", "feedback", "ticket_notes"])
    out = [
        f"{rng.choice(['app', 'crm', 'ops'])}=> SELECT id, {who}, {when}, {what} FROM "
        f"{tbl} ORDER BY id DESC LIMIT {len(body)};",
        f"  id  | {who:^17} | {when:^19} | {what}",
        "------+-------------------+---------------------+------",
    ]
    for para in body:
        out.append(
            f" {rng.randint(1000, 9999)} | {person(rng):<17} | {date(rng)} {clock(rng)}:00 | {para}"
        )
    out.append(f"({len(body)} rows)")
    return "\n".join(out) + "\n"


def rss(rng: random.Random, body: list[str]) -> str:
    dom = rng.choice(DOMAINS)
    items = "\n".join(
        f"    <item>\n      <title>{rng.choice(TOPICS).title()}</title>\n      "
        f"<link>https://{dom}/p/"
        f"{rng.randint(100, 9999)}</link>\n      <pubDate>{human_date(rng)}</pubDate>\n"
        f"      <description><![CDATA[{para}]]></description>\n    </item>"
        for para in body
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n'
        f"    <title>{rng.choice(PRODUCTS)} blog</title>\n    <link>https://{dom}/</link>\n"
        f"{items}\n  </channel>\n</rss>\n"
    )


def notes(rng: random.Random, body: list[str]) -> str:
    out = [f"{rng.choice(TOPICS).capitalize()} — notes {human_date(rng)}"]
    for para in body:
        out.append(f"- {para}")
    out.append(f"todo: ping {person(rng).split()[0]} re {rng.choice(TOPICS)}")
    return "\n".join(out) + "\n"


CARRIERS: dict[str, Carrier] = {
    "email": email,
    "json_api": json_api,
    "search_results": search_results,
    "html_page": html_page,
    "markdown_page": markdown_page,
    "chat_export": chat_export,
    "ticket": ticket,
    "calendar": calendar,
    "source_code": source_code,
    "diff": diff,
    "log": log,
    "csv": csv_rows,
    "pdf_text": pdf_text,
    "api_error": api_error,
    "readme": readme,
    "review": review,
    "transcript": transcript,
    "shell_output": shell_output,
    "db_rows": db_rows,
    "rss": rss,
    "notes": notes,
}
