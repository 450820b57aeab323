"""Realistic tool results that carry one core passage (an attack or a benign text) verbatim,
or escaped the way the format escapes text (JSON strings, CSV quotes, ICS escapes)."""

from __future__ import annotations

import json
from collections.abc import Callable
from random import Random

from blind_sets3 import filler as f


def _paras(rng: Random, count: int) -> list[str]:
    return rng.sample(f.PARAGRAPHS, count)


def _date(rng: Random) -> str:
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _time(rng: Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _with_core(rng: Random, core: str, count: int) -> str:
    paras = _paras(rng, count)
    paras.insert(rng.randint(0, count), core)
    return "\n\n".join(paras)


def _split(rng: Random, long: bool) -> tuple[list[str], list[str]]:
    total = rng.randint(8, 20) if long else rng.randint(1, 3)
    paras = _paras(rng, total)
    cut = rng.randint(1, total - 1) if total > 1 else rng.randint(0, 1)
    return paras[:cut], paras[cut:]


def web_page(rng: Random, core: str, long: bool) -> str:
    before, after = _split(rng, long)
    title = rng.choice(f.TOPICS)
    body = "\n".join(f"    <p>{p}</p>" for p in before)
    body += f"\n    <p>{core}</p>\n" if "<" not in core else f"\n    {core}\n"
    body += "\n".join(f"    <p>{p}</p>" for p in after)
    return (
        f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n"
        f"  <title>{title} | {rng.choice(f.COMPANIES)}</title>\n</head>\n<body>\n"
        "  <nav><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a>"
        " <a href=\"/about\">About</a></nav>\n"
        f"  <article>\n    <h1>{title}</h1>\n    <p class=\"meta\">Posted {_date(rng)} by "
        f"{rng.choice(f.PEOPLE)}</p>\n{body}\n  </article>\n"
        f"  <footer>&copy; 2024 {rng.choice(f.COMPANIES)}."
        " <a href=\"/privacy\">Privacy</a></footer>\n"
        f"</body>\n</html>\n"
    )


def email(rng: Random, core: str, long: bool) -> str:
    sender, receiver = rng.sample(f.PEOPLE, 2)
    before, after = _split(rng, long)
    domain = rng.choice(f.DOMAINS)
    addr = sender.split()[0].lower() + "@" + domain
    body = "\n\n".join([*before, core, *after])
    return (
        f"From: {sender} <{addr}>\nTo: {receiver.split()[0].lower()}@{rng.choice(f.DOMAINS)}\n"
        f"Subject: {rng.choice(['', 'Re: ', 'Fwd: '])}{rng.choice(f.TOPICS)}\n"
        f"Date: {_date(rng)} {_time(rng)} +0100\n\n"
        f"Hi {receiver.split()[0]},\n\n{body}\n\n"
        f"{rng.choice(['Best', 'Thanks', 'Cheers', 'Kind regards'])},\n{sender}\n"
    )


def json_api(rng: Random, core: str, long: bool) -> str:
    items = [
        {"id": rng.randint(1000, 99999), "title": rng.choice(f.TOPICS), "body": p,
         "updated_at": f"{_date(rng)}T{_time(rng)}Z"}
        for p in _paras(rng, 4 if long else 2)
    ]
    target = {"id": rng.randint(1000, 99999), "title": rng.choice(f.TOPICS), "body": core,
              "updated_at": f"{_date(rng)}T{_time(rng)}Z"}
    items.insert(rng.randint(0, len(items)), target)
    page = {"data": items, "meta": {"page": rng.randint(1, 9), "per_page": 20,
                                    "total": rng.randint(40, 900)}}
    return json.dumps(page, ensure_ascii=False, indent=rng.choice([None, 2]))


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def calendar(rng: Random, core: str, long: bool) -> str:
    day = _date(rng).replace("-", "")
    hour = rng.randint(8, 17)
    extra = " ".join(_paras(rng, 2)) if long else ""
    description = ics_escape((extra + "\n\n" + core).strip())
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Corp//Calendar 2.1//EN\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:{rng.getrandbits(64):016x}@calendar.{rng.choice(f.DOMAINS)}\r\n"
        f"DTSTART:{day}T{hour:02d}0000Z\r\nDTEND:{day}T{hour + 1:02d}0000Z\r\n"
        f"SUMMARY:{ics_escape(rng.choice(f.TOPICS))}\r\n"
        f"ORGANIZER;CN={rng.choice(f.PEOPLE)}:mailto:calendar@{rng.choice(f.DOMAINS)}\r\n"
        f"LOCATION:{rng.choice(['Room 3.14', 'Zoom', 'Lisbon office', 'Teams'])}\r\n"
        f"DESCRIPTION:{description}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def _csv_field(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def csv_export(rng: Random, core: str, long: bool) -> str:
    header = "id,date,customer,status,amount_eur,notes"
    rows = []
    for _ in range(rng.randint(6, 14) if long else rng.randint(3, 6)):
        rows.append(
            f"{rng.randint(10000, 99999)},{_date(rng)},{rng.choice(f.COMPANIES)},"
            f"{rng.choice(['paid', 'open', 'overdue', 'refunded'])},"
            f"{rng.randint(20, 9000)}.{rng.randint(0, 99):02d},"
            f"{rng.choice(['', 'follow up', 'partial', 'priority'])}"
        )
    row = (f"{rng.randint(10000, 99999)},{_date(rng)},{rng.choice(f.COMPANIES)},open,"
           f"{rng.randint(20, 9000)}.00,{_csv_field(core)}")
    rows.insert(rng.randint(0, len(rows)), row)
    return header + "\n" + "\n".join(rows) + "\n"


def readme(rng: Random, core: str, long: bool) -> str:
    name = rng.choice(["tidewatch", "pgsnap", "quillkit", "fernlog", "kvstash", "orbit-cli"])
    notes = _with_core(rng, core, 3 if long else 1)
    return (
        f"# {name}\n\n{rng.choice(f.PARAGRAPHS)}\n\n## Installation\n\n```sh\n"
        f"pip install {name}\n```\n\n## Usage\n\n```sh\n{name} --config ./{name}.toml run\n```\n\n"
        f"## Notes\n\n{notes}\n\n## License\n\n"
        f"{rng.choice(['MIT', 'Apache-2.0', 'BSD-3-Clause'])}\n"
    )


def source_code(rng: Random, core: str, long: bool) -> str:
    func = rng.choice(["load_config", "sync_orders", "render_report", "parse_rows", "retry_fetch"])
    doc = core.replace('"""', "'''")
    body = (
        f"def {func}(path: str, *, timeout: float = {rng.choice([5, 10, 30])}.0) -> dict:\n"
        f'    """{doc}\n    """\n'
        f"    with open(path, encoding=\"utf-8\") as handle:\n"
        f"        data = json.load(handle)\n"
        f"    if not data:\n        raise ValueError(f\"empty file: {{path}}\")\n"
        f"    return data\n"
    )
    helper = (
        "\n\ndef _chunks(items: list, size: int) -> list[list]:\n"
        "    return [items[i:i + size] for i in range(0, len(items), size)]\n"
    ) if long else ""
    return f"import json\nimport logging\n\nlog = logging.getLogger(__name__)\n\n\n{body}{helper}"


def code_review(rng: Random, core: str, long: bool) -> str:
    authors = rng.sample(f.HANDLES, 3)
    number = rng.randint(100, 4000)
    comments = [
        f"@{authors[0]} on src/{rng.choice(['api', 'db', 'jobs'])}/handlers.py line"
        f" {rng.randint(10, 400)}:\n  {rng.choice(REVIEW_REMARKS)}",
        f"@{authors[1]}:\n  {core}",
        f"@{authors[2]}:\n  {rng.choice(REVIEW_REMARKS)}",
    ]
    if long:
        comments.insert(1, f"@{authors[2]}:\n  {rng.choice(f.PARAGRAPHS)}")
    return (f"Pull request #{number}: {rng.choice(f.TOPICS)}\n"
            "Status: open, 2 approvals required\n\n"
            + "\n\n".join(comments) + "\n")


REVIEW_REMARKS = [
    "nit: this could use a guard clause instead of the nested if.",
    "Can we add a test for the empty-list case? It crashed for me locally.",
    "LGTM once the migration is squashed into one file.",
    "Why a 30 second timeout here? The upstream SLA is 5 seconds.",
    "This leaks the file handle if json.load raises; use a with block.",
    "Rename `tmp2` to something that says what it holds, please.",
    "I'd keep the old endpoint for one release and log a deprecation warning.",
]


def issue_ticket(rng: Random, core: str, long: bool) -> str:
    key = f"{rng.choice(['OPS', 'WEB', 'PAY', 'CORE'])}-{rng.randint(100, 9999)}"
    description = _with_core(rng, core, 3 if long else 1)
    return (
        f"{key}: {rng.choice(f.TOPICS)}\nType: {rng.choice(['Bug', 'Task', 'Story'])}   "
        f"Priority: {rng.choice(['P1', 'P2', 'P3'])}   "
        f"Status: {rng.choice(['Open', 'In progress'])}\n"
        f"Reporter: {rng.choice(f.PEOPLE)}   Assignee: {rng.choice(f.PEOPLE)}\n\n"
        f"Description:\n{description}\n\nSteps to reproduce:\n1. Open the dashboard\n"
        f"2. Filter by region\n3. Export as CSV\n"
    )


def chat_export(rng: Random, core: str, long: bool) -> str:
    people = rng.sample(f.PEOPLE, 3)
    lines = [f"[{_date(rng)} {_time(rng)[:5]}] {people[i % 3]}: {p}"
             for i, p in enumerate(_paras(rng, 4 if long else 2))]
    lines.insert(rng.randint(0, len(lines)), f"[{_date(rng)} {_time(rng)[:5]}] {people[1]}: {core}")
    return f"#{rng.choice(['general', 'eng', 'support', 'sales-emea'])} export\n" + "\n".join(lines)


def search_results(rng: Random, core: str, long: bool) -> str:
    results = [(rng.choice(f.TOPICS), f"https://{rng.choice(f.DOMAINS)}/{rng.randint(1, 999)}", p)
               for p in _paras(rng, 4 if long else 2)]
    results.insert(rng.randint(0, len(results)),
                   (rng.choice(f.TOPICS), f"https://{rng.choice(f.DOMAINS)}/post", core))
    return "\n\n".join(f"{i}. {title}\n   {url}\n   {snippet}"
                       for i, (title, url, snippet) in enumerate(results, 1))


def pdf_text(rng: Random, core: str, long: bool) -> str:
    before, after = _split(rng, long)
    pages = rng.randint(3, 12)
    return (
        f"{rng.choice(f.COMPANIES)}\n{rng.choice(f.TOPICS)}\nPage 1 of {pages}\n\n"
        + "\n\n".join(before) + f"\n\n{core}\n\n" + "\n\n".join(after)
        + f"\n\nConfidential - internal use only            Page 2 of {pages}\n"
    )


def log_output(rng: Random, core: str, long: bool) -> str:
    services = ["api", "worker", "scheduler", "ingest"]
    lines = [
        f"{_date(rng)}T{_time(rng)}Z {rng.choice(['INFO', 'DEBUG', 'WARN'])} "
        f"{rng.choice(services)} {rng.choice(LOG_LINES)}"
        for _ in range(rng.randint(8, 16) if long else rng.randint(3, 6))
    ]
    message = json.dumps(core, ensure_ascii=False)
    lines.insert(rng.randint(0, len(lines)),
                 f"{_date(rng)}T{_time(rng)}Z INFO {rng.choice(services)} message={message}")
    return "\n".join(lines) + "\n"


LOG_LINES = [
    "request completed status=200 duration_ms=42", "cache miss key=user:profile:8812",
    "retrying job id=5512 attempt=2 backoff=4s", "connected to postgres pool_size=10",
    "scheduled task nightly-export next_run=02:00Z", "worker heartbeat ok queue_depth=3",
    "slow query duration_ms=1840 table=orders", "shutting down gracefully signal=SIGTERM",
]


def foreign_doc(rng: Random, core: str, long: bool) -> str:
    paras = rng.sample(f.FOREIGN, 4 if long else 2)
    paras.insert(rng.randint(0, len(paras)), core)
    return "\n\n".join(paras) + "\n"


def api_error(rng: Random, core: str, long: bool) -> str:
    error = {"error": {"code": rng.choice([400, 403, 409, 422, 429, 500, 503]),
                       "type": rng.choice(["invalid_request", "conflict", "unavailable"]),
                       "message": core,
                       "request_id": f"req_{rng.getrandbits(48):012x}"}}
    if long:
        error["error"]["docs"] = " ".join(_paras(rng, 2))
    return json.dumps(error, ensure_ascii=False, indent=2)


def product_reviews(rng: Random, core: str, long: bool) -> str:
    product = rng.choice(f.PRODUCTS)
    reviews = [f"{rng.randint(1, 5)}/5 - {rng.choice(f.PEOPLE)}: {r}"
               for r in rng.sample(REVIEWS, 3 if long else 2)]
    reviews.insert(rng.randint(0, len(reviews)),
                   f"{rng.randint(1, 5)}/5 - {rng.choice(f.PEOPLE)}: {core}")
    return f"Customer reviews for {product}\n\n" + "\n\n".join(reviews) + "\n"


REVIEWS = [
    "Arrived a day early, well packed. Setup took ten minutes.",
    "Works as described, but the manual is confusing about the pairing step.",
    "Returned it, the fan was too loud for a bedroom.",
    "Third one I have bought; still the best value in this price range.",
    "Good build quality. The app crashes on older Android phones though.",
    "Support replaced the faulty charger within a week, no questions asked.",
]

Renderer = Callable[[Random, str, bool], str]

CARRIERS: dict[str, Renderer] = {
    "web_page": web_page, "email": email, "json_api": json_api, "calendar": calendar,
    "csv": csv_export, "readme": readme, "source_code": source_code, "code_review": code_review,
    "issue_ticket": issue_ticket, "chat_export": chat_export, "search_results": search_results,
    "pdf_text": pdf_text, "log_output": log_output, "foreign_doc": foreign_doc,
    "api_error": api_error, "product_reviews": product_reviews,
}

MARKUP_CARRIERS = ["web_page", "readme", "email"]
