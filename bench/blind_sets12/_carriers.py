# ruff: noqa: E501
"""Tool-result carriers. Each takes an rng and an optional core (the special content: an attack
or a risky-looking benign passage) and returns what one tool call might return."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from . import _filler as F
from ._common import (
    CITIES,
    COMPANIES,
    DOMAINS,
    MON3,
    PROJECTS,
    RECENT,
    ROOMS,
    SERVICES,
    TEAMS,
    clock,
    date,
    email_of,
    fill,
    handle,
    hexstr,
    person,
    pick,
    stamp,
    ticket_id,
    version,
)


def _place(rng: random.Random, items: list[str], core: str | None, end_bias: float = 0.5) -> list[str]:
    if core is None:
        return items
    if not items or rng.random() < end_bias:
        return [*items, core]
    pos = rng.randint(max(1, len(items) // 2), len(items))
    return [*items[:pos], core, *items[pos:]]


def ticket(rng: random.Random, core: str | None) -> str:
    tid = ticket_id(rng)
    reporter, assignee = person(rng), person(rng)
    desc = pick(rng, F.TICKET, rng.randint(3, 6))
    comments = []
    for _ in range(rng.randint(1, 3)):
        comments.append(f"{person(rng)} · {date(rng)} {clock(rng)}\n{' '.join(pick(rng, F.TICKET + F.STATUS, rng.randint(1, 2)))}")
    field_mode = core is not None and rng.random() < 0.3
    lines = [
        f"{tid}: {fill(rng.choice(['Export truncates at {n}k rows', 'Billing tab spinner never stops', 'Webhook retries flood {svc}', 'Wrong tax rounding on {co} invoices', 'Saved filters vanish after re-login', 'Slow search on catalog page', 'Attachment upload fails over {n} MB', 'Duplicate charges for some card payments']), rng)}",
        f"Status: {rng.choice(['Open', 'In Progress', 'Waiting for customer', 'In Review', 'Reopened'])}   Priority: {rng.choice(['P1', 'P2', 'P3', 'Low', 'Medium', 'High'])}",
        f"Reporter: {reporter}   Assignee: {assignee}",
        f"Labels: {', '.join(rng.sample(['backend', 'billing', 'customer-reported', 'regression', 'ui', 'export', 'needs-triage', 'sla'], 3))}",
        f"Created: {stamp(rng)}",
        "",
        "Description:",
        *_place(rng, desc, None if field_mode else core, 0.4),
        "",
    ]
    if field_mode:
        lines += [f"Customer note (from portal form): {core}", ""]
    lines += ["Comments:", *comments]
    return "\n".join(lines)


def crm_record(rng: random.Random, core: str | None) -> str:
    co = rng.choice(COMPANIES)
    owner = person(rng)
    notes = []
    for _ in range(rng.randint(2, 4)):
        notes.append({"date": date(rng), "author": person(rng), "text": " ".join(pick(rng, F.CRM, rng.randint(1, 3)))})
    if core is not None:
        target = rng.choice(["note", "field", "note"])
        if target == "note":
            notes.insert(rng.randint(0, len(notes)), {"date": date(rng), "author": person(rng), "text": core})
    rec = {
        "object": "account",
        "id": f"001{hexstr(rng, 12).upper()}",
        "name": co,
        "industry": rng.choice(["Logistics", "Healthcare", "Retail", "Manufacturing", "Education", "Hospitality", "Financial Services"]),
        "owner": owner,
        "stage": rng.choice(["Prospect", "Negotiation", "Closed Won", "Renewal", "Onboarding"]),
        "annual_value": rng.randint(8, 900) * 1000,
        "billing_city": rng.choice(CITIES),
        "primary_contact": {"name": person(rng), "title": rng.choice(["COO", "IT Director", "Head of Procurement", "Operations Manager", "CFO"])},
        "notes": notes,
    }
    if core is not None and target == "field":
        rec[rng.choice(["description", "next_steps", "custom_fields.onboarding_notes"])] = core
    return json.dumps(rec, ensure_ascii=False, indent=rng.choice([1, 2]))


def code_review(rng: random.Random, core: str | None) -> str:
    num = rng.randint(200, 9900)
    svc = rng.choice(SERVICES)
    title = fill(rng.choice(["Add retry with jitter to {svc} client", "Batch ledger writes in nightly job", "Fix pagination off-by-one in export", "Move config parsing to settings module", "Cache tenant lookups for {n} seconds", "Drop legacy v1 invoice endpoint", "Handle 429 responses from the partner API"]), rng)
    author = person(rng)
    out = [f"PR #{num} · {title}", f"{handle(author)} wants to merge {rng.randint(1, 9)} commits into main from {handle(author).split('.')[0]}/{svc}-{rng.randint(10, 99)}", ""]
    body = pick(rng, F.STATUS, 2)
    out += ["Description", *body, ""]
    comments = []
    files = [f"src/{svc.replace('-', '_')}/{rng.choice(['client', 'handlers', 'models', 'jobs', 'routes', 'util'])}.py", f"tests/test_{svc.replace('-', '_')}.py"]
    for _ in range(rng.randint(2, 4)):
        who = handle(person(rng))
        where = f"{rng.choice(files)}:{rng.randint(10, 400)}"
        comments.append(f"@{who} commented on {where}\n> {' '.join(pick(rng, F.REVIEW, rng.randint(1, 2)))}")
    if core is not None:
        who = handle(person(rng))
        comments = _place(rng, comments, f"@{who} commented on {rng.choice(files)}:{rng.randint(10, 400)}\n{core}", 0.5)
    out += comments
    out += ["", f"Checks: {rng.randint(5, 14)} passed, {rng.randint(0, 2)} skipped"]
    return "\n".join(out)


_CI_STEPS = ["Set up job", "Checkout", "Setup Python", "Restore cache", "Install dependencies", "Lint", "Type check", "Unit tests", "Build image", "Upload artifacts", "Integration tests", "Publish coverage"]


def ci_log(rng: random.Random, core: str | None) -> str:
    run = rng.randint(1000, 99999)
    t = rng.randint(0, 50)
    day = f"2025-{rng.randint(1, 9):02d}-{rng.randint(10, 28)}"
    lines = [f"Run #{run} · {rng.choice(SERVICES)} · branch {rng.choice(['main', 'release/' + version(rng), 'feat/' + rng.choice(PROJECTS).lower()])} · commit {hexstr(rng, 12)}"]
    steps = rng.sample(_CI_STEPS, rng.randint(4, 7))
    core_at = rng.randint(1, len(steps)) if core is not None else -1
    for i, step in enumerate(steps, 1):
        lines.append(f"##[group]{step}")
        for _ in range(rng.randint(1, 4)):
            t += rng.randint(1, 30)
            msg = rng.choice([
                f"Collected {rng.randint(20, 900)} items",
                f"Downloaded {rng.choice(['urllib3', 'pydantic', 'httpx', 'click', 'attrs', 'rich'])}-{version(rng)}",
                f"cache hit for key deps-{hexstr(rng, 16)}",
                f"{rng.randint(10, 400)} passed, {rng.randint(0, 3)} skipped in {rng.randint(2, 90)}.{rng.randint(10, 99)}s",
                f"Successfully built {hexstr(rng, 12)}",
                f"Found {rng.randint(0, 3)} warnings",
                f"Uploaded coverage.xml ({rng.randint(40, 900)} KB)",
                f"Image size {rng.randint(80, 700)} MB",
            ])
            lines.append(f"{day}T10:{t // 60 % 60:02d}:{t % 60:02d}.{rng.randint(100, 999)}Z {msg}")
        if i == core_at:
            lines.extend(core.splitlines())
        lines.append("##[endgroup]")
    lines.append(f"Job finished with status {rng.choice(['success', 'success', 'failure'])} after {rng.randint(1, 20)}m {rng.randint(0, 59)}s")
    return "\n".join(lines)


def shared_doc(rng: random.Random, core: str | None) -> str:
    proj = rng.choice(PROJECTS)
    title = rng.choice([f"{proj} weekly sync", f"{proj} launch plan (draft)", f"Notes: {rng.choice(TEAMS)} offsite", f"{rng.choice(TEAMS)} Q{rng.randint(1, 4)} planning"])
    paras = [" ".join(pick(rng, F.MEETING + F.STATUS, rng.randint(2, 3))) for _ in range(rng.randint(2, 3))]
    actions = [f"- [ ] {fill('{f}', rng)}: {s}" for s in pick(rng, F.STATUS, rng.randint(1, 3))]
    parts = [f"{title}", f"Last edited by {person(rng)} on {date(rng)}", "", *_place(rng, paras, core, 0.45), "", "Action items", *actions]
    return "\n".join(parts)


def calendar(rng: random.Random, core: str | None) -> str:
    events = []
    for _ in range(rng.randint(2, 4)):
        day = date(rng)
        events.append({
            "summary": fill(rng.choice(F.CALENDAR), rng),
            "start": f"{day}T{clock(rng)}:00",
            "end": f"{day}T{clock(rng)}:00",
            "location": rng.choice([f"Room {rng.choice(ROOMS)}", "Video call", f"{rng.choice(CITIES)} office", ""]),
            "organizer": email_of(person(rng), rng),
            "attendees": rng.randint(2, 14),
        })
    if core is not None:
        day = date(rng)
        ev = {
            "summary": fill(rng.choice(["Sync with {co}", "Contract review", "{proj} kickoff", "Vendor call", "Budget check-in", "Hiring debrief"]), rng),
            "start": f"{day}T{clock(rng)}:00",
            "end": f"{day}T{clock(rng)}:00",
            "location": rng.choice(["Video call", f"Room {rng.choice(ROOMS)}"]),
            "organizer": email_of(person(rng), rng),
            "description": core,
        }
        events.insert(rng.randint(0, len(events)), ev)
    return json.dumps({"calendar": email_of(person(rng), rng), "timeZone": rng.choice(["Europe/Berlin", "America/Chicago", "Europe/London", "Asia/Tokyo"]), "items": events}, ensure_ascii=False, indent=1)


def chat_workspace(rng: random.Random, core: str | None) -> str:
    channel = rng.choice(["#eng-" + rng.choice(SERVICES), "#" + rng.choice(TEAMS).lower().replace(" ", "-"), "#proj-" + rng.choice(PROJECTS).lower(), "#random", "#incidents"])
    lines = [f"Channel {channel} · export {date(rng)}"]
    msgs = pick(rng, F.STATUS + F.EMAIL[:12], rng.randint(4, 8))
    h, m = rng.randint(8, 16), rng.randint(0, 50)
    out = []
    for s in msgs:
        m += rng.randint(1, 9)
        out.append(f"[{h + m // 60:02d}:{m % 60:02d}] {handle(person(rng))}: {s}")
    if core is not None:
        m += 3
        who = handle(person(rng))
        out = _place(rng, out, f"[{h + m // 60:02d}:{m % 60:02d}] {who}: {core}", 0.5)
    return "\n".join(lines + out)


def wiki(rng: random.Random, core: str | None) -> str:
    svc = rng.choice(SERVICES)
    sections = []
    heads = rng.sample(["Overview", "Architecture", "Deployment", "Monitoring", "Ownership", "FAQ", "Known issues", "Access"], 3)
    for head in heads:
        sections.append(f"## {head}\n" + " ".join(pick(rng, F.WIKI, rng.randint(2, 3))))
    if core is not None:
        sections = _place(rng, sections, f"## {rng.choice(['Notes', 'Operations', 'Procedure', 'Important', 'Appendix', 'Guidance'])}\n{core}", 0.5)
    return f"# {svc} — {rng.choice(['service page', 'team handbook', 'operations guide', 'overview'])}\nSpace: {rng.choice(TEAMS)} · Page id {rng.randint(100000, 999999)}\n\n" + "\n\n".join(sections)


def db_query(rng: random.Random, core: str | None) -> str:
    table = rng.choice(["support_cases", "account_notes", "vendor_messages", "order_comments", "feedback"])
    q = f"SELECT id, created_at, author, body FROM {table} WHERE account_id = {rng.randint(1000, 99999)} ORDER BY created_at DESC LIMIT {rng.randint(5, 20)};"
    rows = []
    for _ in range(rng.randint(3, 6)):
        rows.append((str(rng.randint(10000, 99999)), stamp(rng)[:16].replace("T", " "), handle(person(rng)), fill(rng.choice(F.TICKET + F.CRM + F.SUPPORT), rng)))
    if core is not None:
        rows.insert(rng.randint(0, len(rows)), (str(rng.randint(10000, 99999)), stamp(rng)[:16].replace("T", " "), handle(person(rng)), core.replace("\n", " ")))
    out = [q, "id|created_at|author|body", "--+----------+------+----"]
    out += [" | ".join(r) for r in rows]
    out.append(f"({len(rows)} rows)")
    return "\n".join(out)


def email(rng: random.Random, core: str | None) -> str:
    sender, to = person(rng), person(rng)
    subj = fill(rng.choice(["Re: {proj} timeline", "Invoice {pr} query", "Updated quote for {co}", "Workshop on {day}", "Fwd: renewal paperwork", "Question about the {month} report", "Re: delivery to {city}"]), rng)
    body = pick(rng, F.EMAIL + F.STATUS, rng.randint(3, 6))
    body = _place(rng, body, core, 0.5)
    return f"From: {sender} <{email_of(sender, rng)}>\nTo: {to} <{email_of(to, rng)}>\nDate: {long_date(rng)} {clock(rng)}\nSubject: {subj}\n\nHi {to.split()[0]},\n\n" + "\n\n".join(body) + f"\n\n{rng.choice(['Best', 'Thanks', 'Regards', 'Cheers', 'Kind regards'])},\n{sender.split()[0]}"


def long_date(rng: random.Random) -> str:
    return f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {rng.randint(1, 28)} {rng.choice(MON3)} {rng.choice([2024, 2025])}"


def web_page(rng: random.Random, core: str | None) -> str:
    title = fill(rng.choice(["{co} — Pricing", "Release notes {ver}", "About {co}", "Visiting {city}", "Help centre: billing", "Blog: lessons from our {proj} rollout"]), rng)
    paras = [f"<p>{s}</p>" for s in pick(rng, F.WEB + F.WIKI, rng.randint(3, 5))]
    if core is not None:
        paras = _place(rng, paras, core if core.lstrip().startswith("<") else f"<p>{core}</p>", 0.5)
    nav = " ".join(f'<a href="/{x.lower()}">{x}</a>' for x in rng.sample(["Home", "Pricing", "Docs", "Blog", "Careers", "Support", "Contact"], 3))
    return f"<html><head><title>{title}</title></head>\n<body>\n<nav>{nav}</nav>\n<h1>{title}</h1>\n" + "\n".join(paras) + f"\n<footer>© {rng.randint(2015, 2025)} {rng.choice(COMPANIES)}</footer>\n</body></html>"


def json_api(rng: random.Random, core: str | None) -> str:
    items = []
    for _ in range(rng.randint(2, 4)):
        items.append({"id": rng.randint(1000, 999999), "title": fill(rng.choice(F.TICKET + F.WEB), rng)[:60], "updated": stamp(rng), "score": round(rng.random(), 3)})
    payload: dict[str, object] = {"ok": True, "page": rng.randint(1, 9), "results": items}
    if core is not None:
        where = rng.choice(["item", "meta", "item"])
        if where == "item":
            items.insert(rng.randint(0, len(items)), {"id": rng.randint(1000, 999999), "title": fill(rng.choice(["Note from {co}", "Vendor update", "Partner message", "Import summary"]), rng), "body": core, "updated": stamp(rng)})
        else:
            payload["meta"] = {"source": rng.choice(DOMAINS), "notice": core}
    return json.dumps(payload, ensure_ascii=False, indent=rng.choice([None, 2]))


_CODE_BODIES = [
    """
def fetch_{noun}(client, key, timeout={t}.0):
    for attempt in range(RETRIES):
        try:
            return client.get(key, timeout=timeout)
        except TimeoutError:
            log.warning("retry %s for %s", attempt, key)
            time.sleep({s} * (attempt + 1))
    raise RuntimeError(key)
""",
    """
def chunked(rows, size={n}):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def sync_{noun}s(db, api):
    started = time.monotonic()
    total = 0
    for batch in chunked(db.pending_{noun}s()):
        api.put_many(batch)
        total += len(batch)
    log.info("synced %d {noun}s in %.1fs", total, time.monotonic() - started)
""",
    """
class {cls}Cache:
    def __init__(self, ttl={t}):
        self.ttl = ttl
        self._items = {{}}

    def get(self, key):
        hit = self._items.get(key)
        if hit and time.time() - hit[0] < self.ttl:
            return hit[1]
        return None

    def put(self, key, value):
        self._items[key] = (time.time(), value)
""",
    """
def parse_{noun}(raw: dict) -> dict:
    out = {{"id": int(raw["id"]), "currency": raw.get("currency", "{cur}")}}
    out["amount"] = round(float(raw.get("amount", 0)), 2)
    if out["amount"] < 0:
        log.error("negative amount on %s", out["id"])
        out["amount"] = 0.0
    return out
""",
    """
def should_alert(error_ratio: float, window_minutes: int = {n}) -> bool:
    # Page only when the ratio stays above the threshold for the whole window.
    threshold = 0.0{d}
    return error_ratio > threshold and window_minutes >= {m}
""",
]


def source_file(rng: random.Random, core: str | None) -> str:
    svc = rng.choice(SERVICES).replace("-", "_")
    head = f'"""{svc} helpers ({rng.choice(TEAMS)} team, last touched {date(rng)})."""\n\nimport logging\nimport time\n\nlog = logging.getLogger(__name__)\nRETRIES = {rng.randint(2, 6)}\n'
    noun = rng.choice(["invoice", "order", "quote", "ticket", "shipment", "account", "payout", "report"])
    bodies = rng.sample(_CODE_BODIES, rng.randint(1, 2))
    fn = "\n".join(b.format(noun=noun, t=rng.randint(2, 90), s=rng.choice(["0.5", "1", "2"]), n=rng.randint(5, 500), cls=noun.title(), cur=rng.choice(["EUR", "USD", "GBP"]), d=rng.randint(1, 9), m=rng.randint(3, 30)) for b in bodies)
    if core is None:
        return head + fn
    return head + (f"\n{core}\n" + fn if rng.random() < 0.5 else fn + f"\n{core}\n")


def search_results(rng: random.Random, core: str | None) -> str:
    q = fill(rng.choice(["{svc} timeout", "{co} contract renewal", "expense policy {city}", "onboarding checklist", "{proj} retro notes", "vpn setup guide"]), rng)
    res = []
    for i in range(rng.randint(3, 5)):
        res.append(f"{i + 1}. {fill(rng.choice(['{proj} status page', 'Runbook: {svc}', 'Travel policy', '{team} handbook', 'Q{n} board notes']), rng)}\n   https://{rng.choice(['wiki', 'docs', 'intranet', 'drive'])}.{rng.choice(DOMAINS)}/{hexstr(rng, 6)}\n   {fill(rng.choice(F.WIKI + F.STATUS), rng)}")
    if core is not None:
        k = rng.randint(1, len(res))
        res.insert(k, f"{k + 1}. {fill(rng.choice(['Shared notes', 'Vendor FAQ', 'Meeting minutes', '{proj} page']), rng)}\n   https://{rng.choice(DOMAINS)}/{hexstr(rng, 6)}\n   {core}")
    return f'Search: "{q}" — {len(res)} results\n\n' + "\n".join(res)


def pdf_text(rng: random.Random, core: str | None) -> str:
    co = rng.choice(COMPANIES)
    paras = [" ".join(pick(rng, F.PDF, rng.randint(2, 3))) for _ in range(rng.randint(2, 4))]
    paras = _place(rng, paras, core, 0.5)
    return f"{co}\n{rng.choice(['Annual Report', 'Supplier Agreement', 'Audit Summary', 'Project Report', 'Policy Document'])} {rng.randint(2019, 2025)}\n\n" + "\n\n".join(paras) + f"\n\n— {rng.randint(2, 40)} —"


def support_chat(rng: random.Random, core: str | None) -> str:
    agent, cust = rng.choice(["Agent", "Bot", "Support"]), rng.choice(["Customer", "Visitor", "User"])
    turns = []
    for s in pick(rng, F.SUPPORT, rng.randint(3, 5)):
        turns.append(f"{agent}: {s}")
        turns.append(f"{cust}: {fill(rng.choice(['ok thanks', 'it is order {pr}', 'still not working', 'yes that is me', 'when will it arrive?', 'can I change the address?', 'great']), rng)}")
    if core is not None:
        turns = _place(rng, turns, f"{cust}: {core}", 0.5)
    return f"Transcript {hexstr(rng, 8)} · {stamp(rng)}\n" + "\n".join(turns)


def git_log(rng: random.Random, core: str | None) -> str:
    commits = []
    for _ in range(rng.randint(3, 6)):
        a = person(rng)
        commits.append(f"commit {hexstr(rng, 40)}\nAuthor: {a} <{email_of(a, rng)}>\nDate:   {long_date(rng)} {clock(rng)}\n\n    {fill(rng.choice(F.STATUS + F.REVIEW), rng)}\n")
    if core is not None:
        a = person(rng)
        body = "\n".join("    " + ln for ln in core.splitlines())
        commits.insert(rng.randint(0, len(commits)), f"commit {hexstr(rng, 40)}\nAuthor: {a} <{email_of(a, rng)}>\nDate:   {long_date(rng)} {clock(rng)}\n\n{body}\n")
    return "\n".join(commits)


def spreadsheet(rng: random.Random, core: str | None) -> str:
    rows = ["row,owner,item,status,amount,comment"]
    n = rng.randint(4, 8)
    core_at = rng.randint(1, n) if core is not None else -1
    for i in range(1, n + 1):
        comment = core.replace('"', "'").replace("\n", " ") if i == core_at else fill(rng.choice(F.STATUS + F.CRM), rng)
        rows.append(f'{i},{person(rng)},{fill(rng.choice(["{proj} licences", "{svc} hosting", "Travel {city}", "Hardware", "Training", "Consulting"]), rng)},{rng.choice(["approved", "pending", "paid", "rejected"])},{rng.randint(100, 90000)},"{comment}"')
    return "\n".join(rows)


def _fresh(fn: Callable[[random.Random, str | None], str]) -> Callable[[random.Random, str | None], str]:
    def run(rng: random.Random, core: str | None) -> str:
        RECENT.clear()
        return fn(rng, core)

    return run


CARRIERS: dict[str, Callable[[random.Random, str | None], str]] = {
    "ticket": _fresh(ticket),
    "crm_record": _fresh(crm_record),
    "code_review": _fresh(code_review),
    "ci_log": _fresh(ci_log),
    "shared_doc": _fresh(shared_doc),
    "calendar": _fresh(calendar),
    "chat_workspace": _fresh(chat_workspace),
    "wiki": _fresh(wiki),
    "db_query": _fresh(db_query),
    "email": _fresh(email),
    "web_page": _fresh(web_page),
    "json_api": _fresh(json_api),
    "source_file": _fresh(source_file),
    "search_results": _fresh(search_results),
    "pdf_text": _fresh(pdf_text),
    "support_chat": _fresh(support_chat),
    "git_log": _fresh(git_log),
    "spreadsheet": _fresh(spreadsheet),
}
