# ruff: noqa: E501
"""Ordinary tool-result carriers for blind set 10.

Every carrier takes a ``random.Random`` and an inner passage and returns a whole
tool result with the passage placed somewhere natural (a field, a paragraph, a
comment, a message). Filler prose is composed from small pools so that long
sentences rarely repeat across texts.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable

FIRST = ["Priya", "Tomasz", "Aiko", "Mateo", "Fatima", "Lars", "Chen", "Olu", "Sofia", "Dmitri",
         "Grace", "Ravi", "Ingrid", "Kwame", "Lucia", "Noah", "Yasmin", "Henrik", "Mei", "Diego",
         "Amara", "Jonas", "Keiko", "Bruno", "Leila", "Sven", "Nadia", "Felix", "Rosa", "Arjun"]
LAST = ["Patel", "Nowak", "Tanaka", "Alvarez", "Haddad", "Berg", "Wei", "Adeyemi", "Rossi", "Ivanov",
        "Okafor", "Lindqvist", "Moreau", "Schmidt", "Kowalski", "Costa", "Nakamura", "Ortiz", "Khan", "Murphy"]
ORGS = ["Northwind Labs", "Bluefin Logistics", "Harbor & Pine", "Kestrel Analytics", "Orchard Health",
        "Tallgrass Energy", "Meridian Freight", "Copperleaf Studio", "Quillon Bank", "Ridgeway Schools",
        "Lumen Robotics", "Saltmarsh Foods", "Vireo Software", "Granite Insurance", "Pelican Travel"]
PRODUCTS = ["invoice exporter", "mobile app", "billing service", "search index", "onboarding flow",
            "data warehouse", "print driver", "VPN client", "checkout page", "API gateway",
            "reporting dashboard", "sync agent", "CRM plugin", "payroll module", "status page"]
SUBJ = ["the team", "our vendor", "the night shift", "finance", "the design group", "QA", "the client",
        "support", "the platform squad", "legal", "marketing", "the warehouse crew", "procurement",
        "the on-call engineer", "the steering committee", "the mobile team", "facilities"]
VERB = ["moved", "reviewed", "postponed", "signed off on", "flagged", "reworked", "tested", "shipped",
        "rolled back", "estimated", "documented", "benchmarked", "split up", "re-scoped", "approved",
        "audited", "migrated", "priced", "archived", "drafted"]
OBJ = ["the Q{q} roadmap", "ticket #{n}", "the {p} release", "the {p} contract", "the {p} changes",
       "build {n}", "the spring budget", "the {p} backlog", "the pilot in {city}", "the vendor shortlist",
       "the {p} runbook", "invoice {n}", "the {p} migration plan", "the training schedule",
       "the {p} test plan", "version {v}", "the {city} office lease"]
WHEN = ["on Tuesday", "last week", "before the freeze", "after lunch", "by end of month",
        "during the outage", "yesterday evening", "ahead of the audit", "in sprint {s}",
        "on {d} {mon}", "this morning", "over the weekend", "before the board call", "as agreed",
        "without much fuss", "two days late", "earlier than planned"]
TAIL = ["", "", "", " and nobody objected", " pending one more review", " with minor edits",
        " after some back and forth", " so we can close the quarter", " at {city}'s request",
        " to keep costs down", " which unblocked {first}", " according to {first}"]
CITIES = ["Lisbon", "Osaka", "Denver", "Nairobi", "Gdańsk", "Monterrey", "Leeds", "Pune", "Tallinn",
          "Porto Alegre", "Adelaide", "Rotterdam", "Hanoi", "Calgary", "Lyon", "Cork", "Busan"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TOPICS = ["caching", "rate limits", "time zones", "retry logic", "pagination", "CSV imports",
          "dark mode", "accessibility", "search ranking", "invoice rounding", "SSO setup",
          "backup windows", "label printing", "webhooks", "offline mode", "unit conversions"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email_of(rng: random.Random, name: str | None = None) -> str:
    name = name or person(rng)
    first, last = name.split(" ", 1)
    dom = rng.choice(ORGS).split(" ")[0].lower().replace("&", "") + rng.choice([".com", ".io", ".co.uk", ".de", ".net"])
    return f"{first.lower()}.{last.lower()}@{dom}"


def date(rng: random.Random) -> str:
    return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def ts(rng: random.Random) -> str:
    return f"{date(rng)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


_SLOT = re.compile(r"\{(q|n|p|city|v|s|d|mon|first)\}")


def _fill(rng: random.Random, s: str) -> str:
    def sub(m: re.Match[str]) -> str:
        k = m.group(1)
        if k == "q":
            return str(rng.randint(1, 4))
        if k == "n":
            return str(rng.randint(1000, 99999))
        if k == "p":
            return rng.choice(PRODUCTS)
        if k == "city":
            return rng.choice(CITIES)
        if k == "v":
            return f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
        if k == "s":
            return str(rng.randint(10, 60))
        if k == "d":
            return str(rng.randint(1, 28))
        if k == "mon":
            return rng.choice(MONTHS)
        return rng.choice(FIRST)

    return _SLOT.sub(sub, s)


def sentence(rng: random.Random) -> str:
    s = f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)} {rng.choice(WHEN)}{rng.choice(TAIL)}."
    s = _fill(rng, s)
    return s[0].upper() + s[1:]


def para(rng: random.Random, lo: int = 2, hi: int = 4) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(lo, hi)))


def short_title(rng: random.Random) -> str:
    return rng.choice([f"Notes on {rng.choice(TOPICS)}", f"{rng.choice(PRODUCTS).title()} update",
                       f"{rng.choice(TOPICS).capitalize()} in the {rng.choice(PRODUCTS)}",
                       f"Q{rng.randint(1, 4)} {rng.choice(PRODUCTS)} review",
                       f"How we handle {rng.choice(TOPICS)}"])


Carrier = Callable[[random.Random, str], str]


def json_api(rng: random.Random, inner: str) -> str:
    items = []
    k = rng.randint(2, 4)
    hit = rng.randrange(k)
    for i in range(k):
        items.append({
            "id": rng.randint(10000, 99999),
            "title": short_title(rng),
            "status": rng.choice(["open", "closed", "in_progress", "triage"]),
            "updated_at": ts(rng),
            "assignee": person(rng),
            "description": (para(rng, 1, 2) + " " + inner) if i == hit else para(rng, 1, 2),
        })
    return json.dumps({"total": k, "page": 1, "items": items}, indent=2, ensure_ascii=False)


def search_results(rng: random.Random, inner: str) -> str:
    q = rng.choice(TOPICS)
    lines = [f"Search results for \"{q}\" ({rng.randint(120, 9000)} hits, {rng.randint(80, 900)} ms)", ""]
    k = rng.randint(3, 5)
    hit = rng.randrange(k)
    for i in range(k):
        host = rng.choice(["docs.", "blog.", "www.", "help.", "community."]) + rng.choice(ORGS).split(" ")[0].lower() + ".com"
        lines.append(f"{i + 1}. {short_title(rng)} — https://{host}/{q.replace(' ', '-')}/{rng.randint(10, 999)}")
        snippet = sentence(rng)
        lines.append(f"   {snippet} {inner}" if i == hit else f"   {snippet}")
        lines.append("")
    return "\n".join(lines)


def _nav(rng: random.Random) -> str:
    items = rng.sample(["Home", "Blog", "Docs", "Pricing", "About", "Careers", "Support", "News", "Events", "Contact"], rng.randint(2, 5))
    return " | ".join(f'<a href="/{i.lower()}">{i}</a>' for i in items)


def html_page(rng: random.Random, inner: str) -> str:
    title = short_title(rng)
    ps = [f"<p>{para(rng)}</p>" for _ in range(rng.randint(2, 3))]
    ps.insert(rng.randint(0, len(ps)), f"<p>{inner}</p>")
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n"
            f"<body>\n<header><nav>{_nav(rng)}</nav></header>\n"
            f"<article>\n<h1>{title}</h1>\n<p class=\"byline\">By {person(rng)} · {date(rng)}</p>\n"
            + "\n".join(ps)
            + f"\n</article>\n<footer>© 2025 {rng.choice(ORGS)}</footer>\n</body></html>")


def markdown_readme(rng: random.Random, inner: str) -> str:
    name = rng.choice(["tidyq", "fluxcsv", "pgsnap", "mkroute", "yamlfmt-lite", "shardkit", "tinyauth", "lograke"])
    parts = [f"# {name}\n", para(rng, 1, 2), "\n## Install\n", f"```bash\npip install {name}=={rng.randint(0, 3)}.{rng.randint(0, 15)}.{rng.randint(0, 9)}\n```\n",
             "## Usage\n", f"```python\nfrom {name.replace('-', '_')} import run\nrun(path=\"data/{rng.choice(['in', 'raw', 'src'])}\", workers={rng.randint(1, 8)})\n```\n",
             "## Notes\n", para(rng, 1, 3)]
    parts.insert(rng.choice([2, 7, 9]), inner + "\n")
    return "\n".join(parts)


def email(rng: random.Random, inner: str) -> str:
    a, b = person(rng), person(rng)
    body = [f"Hi {b.split()[0]},", para(rng), inner, para(rng, 1, 2), rng.choice(["Thanks,", "Best,", "Cheers,", "Regards,"]) + f"\n{a}"]
    if rng.random() < 0.4:
        body[1], body[2] = body[2], body[1]
    return (f"From: {a} <{email_of(rng, a)}>\nTo: {b} <{email_of(rng, b)}>\nDate: {date(rng)} {rng.randint(7, 19)}:{rng.randint(10, 59)}\n"
            f"Subject: {rng.choice(['Re: ', 'Fwd: ', ''])}{short_title(rng)}\n\n" + "\n\n".join(body))


def chat_export(rng: random.Random, inner: str) -> str:
    people = [person(rng) for _ in range(3)]
    k = rng.randint(4, 7)
    hit = rng.randrange(k)
    lines = [f"#{rng.choice(['ops', 'general', 'release', 'design', 'support-escalations', 'data-team'])} — export {date(rng)}"]
    times = sorted(f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}" for _ in range(k))
    for i in range(k):
        who = rng.choice(people)
        lines.append(f"[{times[i]}] {who}: {inner if i == hit else sentence(rng)}")
    return "\n".join(lines)


def ticket(rng: random.Random, inner: str) -> str:
    key = f"{rng.choice(['OPS', 'SUP', 'BILL', 'WEB', 'IT'])}-{rng.randint(100, 9999)}"
    comments = [f"- {person(rng)} ({date(rng)}): {sentence(rng)}" for _ in range(rng.randint(1, 3))]
    comments.insert(rng.randint(0, len(comments)), f"- {person(rng)} ({date(rng)}): {inner}")
    return (f"{key}: {short_title(rng)}\nStatus: {rng.choice(['Open', 'In Progress', 'Waiting for customer'])}   Priority: {rng.choice(['P2', 'P3', 'Low', 'High'])}\n"
            f"Reporter: {person(rng)}\n\nDescription:\n{para(rng)}\n\nComments:\n" + "\n".join(comments))


def calendar(rng: random.Random, inner: str) -> str:
    d = date(rng).replace("-", "")
    h = rng.randint(8, 16)
    desc = (para(rng, 1, 2) + " " + inner).replace("\n", "\\n")
    return (f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//{rng.choice(ORGS)}//Calendar//EN\nBEGIN:VEVENT\n"
            f"UID:{rng.getrandbits(48):012x}@cal\nDTSTART:{d}T{h:02d}0000Z\nDTEND:{d}T{h + 1:02d}0000Z\n"
            f"SUMMARY:{short_title(rng)}\nLOCATION:{rng.choice(CITIES)} — room {rng.randint(1, 12)}\n"
            f"ORGANIZER;CN={person(rng)}:mailto:{email_of(rng)}\nDESCRIPTION:{desc}\nEND:VEVENT\nEND:VCALENDAR")


def source_file(rng: random.Random, inner: str) -> str:
    fn = rng.choice(["load_orders", "parse_row", "merge_batches", "compute_totals", "sync_users", "render_report", "read_ledger", "collect_events"])
    fh = rng.choice(["fh", "f", "handle", "src", "stream", "infile"])
    row = rng.choice(["row", "rec", "item", "line", "entry"])
    key = rng.choice(["status", "kind", "region", "state", "tier", "channel"])
    skip = rng.choice(["void", "test", "skip", "draft", "archived"])
    const = rng.choice(["BATCH", "LIMIT", "MAX_ROWS", "PAGE_SIZE", "CHUNK"])
    comment = "\n".join("# " + ln for ln in inner.split("\n"))
    body = rng.choice([
        f"    out: list[dict[str, str]] = []\n    with path.open(newline=\"\") as {fh}:\n        for {row} in csv.DictReader({fh}):\n"
        f"            if {row}.get(\"{key}\") != \"{skip}\":\n                out.append({row})\n    return out[:{const}]\n",
        f"    with open(path, encoding=\"utf-8\") as {fh}:\n        reader = csv.DictReader({fh}, delimiter=\"{rng.choice([',', ';', '|'])}\")\n"
        f"        kept = [{row} for {row} in reader if {row}[\"{key}\"] not in {{\"{skip}\", \"\"}}]\n    return kept[:{const}]\n",
        f"    text = path.read_text()\n    {row}s = list(csv.DictReader(text.splitlines()))\n    return [r for r in {row}s if r.get(\"{key}\")][: {const}]\n",
    ])
    return (f'"""{short_title(rng)}."""\n\nfrom __future__ import annotations\n\nimport csv\nfrom pathlib import Path\n\n'
            f"{const} = {rng.randint(50, 500)}\n\n{comment}\n\n\ndef {fn}(path: Path) -> list[dict[str, str]]:\n{body}")


def diff(rng: random.Random, inner: str) -> str:
    f = rng.choice(["docs", "notes", "guides", "handbook", "site/content", "ops"]) + "/" + rng.choice(TOPICS).replace(" ", "-").lower() + rng.choice([".md", ".rst", ".txt"])
    added = "\n".join("+" + ln for ln in inner.split("\n"))
    return (f"commit {rng.getrandbits(160):040x}\nAuthor: {person(rng)} <{email_of(rng)}>\nDate:   {date(rng)}\n\n    {short_title(rng)}\n\n"
            f"diff --git a/{f} b/{f}\n--- a/{f}\n+++ b/{f}\n@@ -{rng.randint(1, 80)},6 +{rng.randint(1, 80)},9 @@\n"
            f" {sentence(rng)}\n-{sentence(rng)}\n+{sentence(rng)}\n{added}\n {sentence(rng)}\n")


def log_lines(rng: random.Random, inner: str) -> str:
    svc = rng.choice(["api", "worker", "scheduler", "ingest", "auth", "billing"])
    k = rng.randint(6, 10)
    hit = rng.randrange(2, k)
    out = []
    for i in range(k):
        lvl = rng.choice(["INFO", "INFO", "DEBUG", "WARN"])
        msg = inner if i == hit else rng.choice([
            f"request completed status=200 path=/v1/{rng.choice(['orders', 'users', 'items'])} dur={rng.randint(3, 900)}ms",
            f"cache hit ratio {rng.random():.2f}", f"job {rng.randint(100, 999)} queued by {rng.choice(FIRST).lower()}",
            f"connection pool size={rng.randint(4, 64)} idle={rng.randint(0, 8)}", f"retrying upstream attempt={rng.randint(1, 3)}"])
        out.append(f"{ts(rng)} {lvl:5} {svc}[{rng.randint(100, 9999)}] {msg}")
    return "\n".join(out)


def csv_export(rng: random.Random, inner: str) -> str:
    rows = ["order_id,customer,city,total,notes"]
    k = rng.randint(4, 8)
    hit = rng.randrange(k)
    for i in range(k):
        note = inner.replace('"', "'") if i == hit else rng.choice(["", "gift wrap", "leave at door", "call before", "partial"])
        rows.append(f"{rng.randint(100000, 999999)},{person(rng)},{rng.choice(CITIES)},{rng.randint(5, 900)}.{rng.randint(0, 99):02d},\"{note}\"")
    return "\n".join(rows)


def pdf_text(rng: random.Random, inner: str) -> str:
    org = rng.choice(ORGS)
    pages = [f"{org} — {short_title(rng)}\nPage 1 of 3\n\n{para(rng, 3, 4)}", f"Page 2 of 3\n\n{para(rng, 2, 3)}\n\n{inner}\n\n{para(rng, 1, 2)}",
             f"Page 3 of 3\n\n{para(rng, 2, 3)}\n\nDocument ref {rng.randint(1000, 9999)}/{rng.randint(10, 99)}"]
    return "\n\n\f".join(pages)


def api_error(rng: random.Random, inner: str) -> str:
    return json.dumps({"error": {"code": rng.choice([400, 409, 422, 500, 502, 503]), "type": rng.choice(["upstream_error", "validation_error", "conflict"]),
                                 "message": inner, "request_id": f"req_{rng.getrandbits(64):016x}", "retry_after": rng.randint(1, 60)},
                       "path": f"/v2/{rng.choice(['reports', 'exports', 'accounts'])}/{rng.randint(1, 9999)}"}, indent=2, ensure_ascii=False)


REVIEW_BITS = [
    "Bought it for my {rel} in {city} and it survived {n2} weeks of daily use",
    "The box was dented but the {part} was fine",
    "After {n2} months the {part} started to wobble a little",
    "Setup took about {n2} minutes, instructions were clear enough",
    "Cheaper than the one I had before and honestly just as good",
    "Customer service replaced the {part} within {n2} days",
    "Smaller than it looks in the photos, check the dimensions",
    "My {rel} liked it so much I ordered a second one",
    "Would give {n2} stars if the {part} felt less flimsy",
    "Delivery to {city} was quick, no complaints",
]


def review_line(rng: random.Random) -> str:
    bits = rng.sample(REVIEW_BITS, rng.randint(1, 2))
    out = []
    for b in bits:
        out.append(b.format(rel=rng.choice(["sister", "dad", "flatmate", "partner", "team", "son"]), city=rng.choice(CITIES),
                            n2=rng.randint(2, 9), part=rng.choice(["lid", "cable", "hinge", "strap", "base", "button", "handle"])) + ".")
    return " ".join(out)


def reviews(rng: random.Random, inner: str) -> str:
    prod = rng.choice(["AeroPress Go", "Kindle Paperwhite", "Trail runner X3", "Desk lamp L2", "Bamboo cutting board", "USB-C hub 7-in-1"])
    k = rng.randint(3, 5)
    hit = rng.randrange(k)
    out = [f"Customer reviews — {prod} (avg {rng.randint(30, 49) / 10} / 5)"]
    for i in range(k):
        stars = rng.randint(2, 5)
        body = f"{rng.choice(['Works fine', 'Arrived quickly', 'Not bad for the price', 'Solid build', 'Meh'])}. {inner if i == hit else review_line(rng)}"
        out.append(f"\n{'★' * stars}{'☆' * (5 - stars)} {rng.choice(FIRST)} — {date(rng)}\n{body}")
    return "\n".join(out)


def transcript(rng: random.Random, inner: str) -> str:
    ppl = [person(rng) for _ in range(3)]
    k = rng.randint(4, 6)
    hit = rng.randrange(1, k)
    out = [f"Transcript — {short_title(rng)} ({date(rng)}, {rng.randint(20, 55)} min)"]
    marks = sorted(rng.randint(0, 3000) for _ in range(k))
    for i in range(k):
        m, sec = divmod(marks[i], 60)
        out.append(f"[{m:02d}:{sec:02d}] {ppl[i % 3]}: {inner if i == hit else para(rng, 1, 2)}")
    return "\n".join(out)


def shell_output(rng: random.Random, inner: str) -> str:
    host = rng.choice(["build-02", "dev-box", "ci-runner-7", "staging-db"])
    return (f"$ ls -la /srv/app\ntotal {rng.randint(20, 90)}\n-rw-r--r-- 1 app app {rng.randint(100, 9999)} {rng.choice(MONTHS)} {rng.randint(1, 28)} config.yaml\n"
            f"-rw-r--r-- 1 app app {rng.randint(100, 9999)} {rng.choice(MONTHS)} {rng.randint(1, 28)} NOTES.txt\n$ cat /srv/app/NOTES.txt\n{sentence(rng)}\n{inner}\n"
            f"{sentence(rng)}\n$ uptime\n {rng.randint(10, 23)}:{rng.randint(10, 59)}:02 up {rng.randint(2, 90)} days, load average: {rng.random():.2f}, {rng.random():.2f}, {rng.random():.2f}\n{host}$")


def db_rows(rng: random.Random, inner: str) -> str:
    k = rng.randint(3, 5)
    hit = rng.randrange(k)
    cols = rng.sample(["name", "plan", "region", "created_at", "owner"], 2)
    out = [f"sql> SELECT id, {', '.join(cols)}, {rng.choice(['comment', 'note', 'remarks'])} FROM {rng.choice(['customers', 'accounts', 'clients', 'members'])} ORDER BY {rng.choice(['id', 'created_at'])} LIMIT {k};"]
    for i in range(k):
        out.append(f"| {rng.randint(1, 9999):>5} | {person(rng):<18} | {rng.choice(['free', 'pro', 'team']):<5} | {inner if i == hit else rng.choice(['renewal due', '—', 'asked for invoice copy', 'migrated'])} |")
    out.append(f"({k} rows, {rng.randint(1, 40)} ms)")
    return "\n".join(out)


def rss(rng: random.Random, inner: str) -> str:
    items = []
    k = rng.randint(2, 4)
    hit = rng.randrange(k)
    for i in range(k):
        d = para(rng, 1, 2) + (" " + inner if i == hit else "")
        d = d.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        items.append(f"  <item>\n    <title>{short_title(rng)}</title>\n    <link>https://news.example.org/{rng.randint(1000, 9999)}</link>\n    <pubDate>{date(rng)}</pubDate>\n    <description>{d}</description>\n  </item>")
    return f"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n  <title>{rng.choice(ORGS)} news</title>\n" + "\n".join(items) + "\n</channel></rss>"


def wiki(rng: random.Random, inner: str) -> str:
    t = short_title(rng)
    return (f"= {t} =\nLast edited by {person(rng)} on {date(rng)}\n\n== Overview ==\n{para(rng)}\n\n== Details ==\n{para(rng, 1, 2)}\n{inner}\n\n"
            f"== See also ==\n* [[{short_title(rng)}]]\n* [[{short_title(rng)}]]")


CARRIERS: dict[str, Carrier] = {
    "json_api": json_api, "search_results": search_results, "html_page": html_page, "readme": markdown_readme,
    "email": email, "chat_export": chat_export, "ticket": ticket, "calendar": calendar, "source_file": source_file,
    "diff": diff, "log": log_lines, "csv": csv_export, "pdf_text": pdf_text, "api_error": api_error,
    "reviews": reviews, "transcript": transcript, "shell": shell_output, "db_rows": db_rows, "rss": rss, "wiki": wiki,
}
