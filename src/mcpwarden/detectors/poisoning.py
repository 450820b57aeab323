"""Tool-poisoning detector: scores one MCP tool definition, offline and deterministically.

The detector reads *every* text a server puts in front of the model (name, title, description,
annotations, and in the input/output schemas: property names, descriptions, titles, defaults,
enums, examples) and looks for structural and linguistic evidence, not memorised phrases:
directives addressed to the model, conditions on other tools (shadowing), preference claims,
requests for sensitive material, exfiltration sinks, concealment, destructive or privilege-raising
directives, parameters that collect context unrelated to the tool's purpose, hidden or encoded text,
and text in a script other than the definition's own.

Scoring rule (documented, not fitted): each finding carries a weight in (0, 1) read as "how likely
is poisoning if this were the only evidence". Weights come in three tiers fixed a priori:
WEAK (0.15-0.25: common in benign text, e.g. a mention of "password"), MEDIUM (0.35-0.45: unusual in
benign text but has benign uses, e.g. "you must"), STRONG (0.6-0.85: the behaviour *is* the attack,
e.g. "do not tell the user", hidden tag characters). Within one kind, findings combine by noisy-OR
but are capped at the kind's strongest weight + 0.05, so repeating a weak or medium signal of
one kind cannot flag.
Kinds combine by noisy-OR. `THRESHOLD` = 0.5: flag when the combined evidence says poisoning is
more likely than not. Consequently one STRONG finding flags, a single WEAK or MEDIUM finding never
does, and two independent MEDIUM findings (1 - 0.6 * 0.6 = 0.64) do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mcpwarden.detectors import text as textmod

THRESHOLD = 0.5
_KIND_CAP_MARGIN = 0.05
_ENCODED_BOOST = 0.25
_MAX_FIELDS = 2_000
_MAX_DEPTH = 12

WEAK, MEDIUM, STRONG = 0.2, 0.4, 0.65


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    reason: str
    span: tuple[int, int]
    field: str
    score: float


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float
    findings: list[Finding] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return self.score >= THRESHOLD


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: str
    weight: float
    reason: str
    pattern: re.Pattern[str]
    defensible: bool = False  # downgraded to WEAK when the sentence is about detecting/blocking it


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


_GAP = r"(?:(?![.!?](?:\s|$))[^\n]){0,80}?"  # same sentence, at most 80 characters apart
_MODAL = (
    r"(?:must|should|shall|need to|needs to|have to|has to|are required to|is required to"
    r"|are instructed to|is instructed to|are to|is to|must always|must never|always|never)"
)
_USER = r"(?:the |any |your )?(?:user|human|operator|person|client|anyone|owner)s?"
_SENSITIVE = (
    r"(?:(?:~/\.ssh|\.ssh/|id_rsa|id_ed25519|id_ecdsa|authorized_keys|\.env\b|/etc/passwd|/etc/shadow"
    r"|\.aws/|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.kube/config|kubeconfig|\.docker/config"
    r"|\.gnupg|wallet\.dat|keychain|mcp\.json|claude_desktop_config)[\w./-]*"
    r"|\bcookies?\b|private keys?|secret keys?|api[ _-]?keys?|access[ _-]?tokens?"
    r"|auth(?:entication)? tokens?|bearer tokens?"
    r"|session tokens?|refresh tokens?|passwords?|passphrases?|credentials?|\bsecrets?\b"
    r"|environment variables|env vars?|system prompt|system message|(?:conversation|chat|message)"
    r" history|previous messages|(?:the |this |entire |full |whole )conversation|chat logs?"
    r"|ssh keys?|seed phrases?|mnemonic|credit card|social security)"
)
_TAKE = (
    r"\b(?:read|reads|cat|open|load|dump|include|pass|send|provide|attach|extract|collect|gather"
    r"|harvest|copy|upload|forward|paste|append|post|transmit|leak|share|output|print|reveal"
    r"|embed|insert|add|put|supply|submit|retrieve the contents of|contents of)\b"
)
_SINK = r"(?:https?://[^\s'\"<>]+|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b|\b\d{1,3}(?:\.\d{1,3}){3}\b)"
_DEFENSIVE = _rx(
    r"\b(?:detect|detects|detecting|detection|scan|scans|scanning|check|checks|checking|audit"
    r"|audits|validate|validates|redact|redacts|mask|masks|find|finds|identify|identifies|flag"
    r"|flags|prevent|prevents|protect|protects|block|blocks|rotate|rotates|lint|warn|warns"
    r"|report on|vulnerabilit(?:y|ies)|exposed|leaked|hardcoded|hard-coded)\b"
)

_RULES: tuple[_Rule, ...] = (
    _Rule(
        "instruction_override",
        0.7,
        "tells the model to ignore or replace its instructions",
        _rx(
            r"\b(?:ignore|disregard|forget|override|bypass|skip)\b"
            + _GAP
            + r"\b(?:previous|prior|above|earlier|preceding|all|any|other|system|original|safety"
            r"|your)\b[^.\n]{0,25}\b(?:instructions?|prompts?|rules|guidelines|directives"
            r"|guidance|polic(?:y|ies)|constraints|restrictions)\b"
        ),
    ),
    _Rule(
        "model_directive",
        0.4,
        "directive addressed to the AI model",
        _rx(
            r"\b(?:the (?:ai|assistant|model|agent|llm|language model|chatbot)|ai (?:assistant"
            r"|agent|model)s?|llms?)\b\s+" + _MODAL + r"\b"
        ),
    ),
    _Rule(
        "model_directive",
        0.25,
        "modal directive addressed to the reader ('you must ...')",
        _rx(r"\byou\s+" + _MODAL + r"\s+(?:not\s+)?\w+"),
    ),
    _Rule(
        "authority_marker",
        0.4,
        "pseudo-markup or header claiming authority over the model",
        _rx(
            r"<\s*/?\s*(?:important|system|instructions?|admin|hidden|secret|priority|critical"
            r"|override|sudo|developer|assistant)\b[^>]{0,20}>|\[\s*(?:system|admin|important"
            r"|instructions?|developer)\b[^\]]{0,20}\]|\b(?:note|message|instructions?) (?:to|for)"
            r" (?:the )?(?:ai|assistant|model|llm|agent)\b|\b(?:new|updated|real|actual|true"
            r"|hidden|secret) instructions?\b"
        ),
    ),
    _Rule(
        "concealment",
        0.65,
        "asks to keep something from the user",
        _rx(
            r"\b(?:do not|don't|dont|never|without|must not|should not|avoid)\s+(?:ever\s+)?"
            r"(?:tell|inform|notify|mention|alert|show|reveal|disclose|let|ask|display|warn"
            r"|explain|report|bother|confirm with)\w*\s+(?:[^.\n]{0,40}?\s)?(?:to\s+)?"
            + _USER
            + r"|\b(?:hide|conceal|keep)\b[^.\n]{0,30}\bfrom\s+"
            + _USER
            + r"|\b"
            + _USER
            + r"\s+(?:must|should|need|does|will|shall)\s*(?:not|n't)\s+"
            r"(?:know|see|notice|be (?:told|informed|aware|notified|shown))"
        ),
    ),
    _Rule(
        "concealment",
        0.45,
        "asks for covert action",
        _rx(
            r"\b(?:secretly|covertly|surreptitiously|stealthily|behind the scenes|without"
            r" (?:asking|requesting|seeking) (?:for )?(?:confirmation|permission|approval|consent)"
            r"|invisibl[ye] to (?:the )?user)\b"
        ),
    ),
    _Rule(
        "concealment",
        0.15,
        "'silently'/'quietly' (weak on its own)",
        _rx(r"\b(?:silently|quietly)\b"),
    ),
    _Rule(
        "priority_claim",
        0.6,
        "claims priority over other tools",
        _rx(
            r"\b(?:prefer|prioriti[sz]e|use only|only use) (?:this|these) (?:tool|function"
            r"|server)s?\b|\b(?:instead of|rather than|over|in"
            r" place of|replaces?|supersedes?|overrides?) (?:all |any )?(?:the )?(?:other|existing"
            r"|similar|older|alternative|competing) (?:tools?|functions?|servers?)\b"
            r"|\b(?:takes?|has|have) (?:precedence|priority)\b|\bhighest priority\b"
        ),
    ),
    _Rule(
        "priority_claim",
        0.35,
        "usage recommendation for this tool",
        _rx(
            r"\balways (?:use|choose|pick|select|call) (?:this|these) (?:tool|function|server)s?\b"
        ),
    ),
    _Rule(
        "priority_claim",
        0.55,
        "superlative claim about this tool",
        _rx(
            r"\b(?:the )?(?:best|only|most (?:reliable|accurate|trusted|secure|powerful)|superior"
            r"|ultimate|preferred|number one|#1|greatest|perfect) (?:tool|function|option|choice"
            r"|server|plugin)\b"
        ),
    ),
    _Rule(
        "sensitive_read",
        0.6,
        "asks to read or pass sensitive material",
        _rx(
            _TAKE
            + _GAP
            + _SENSITIVE
            + r"|"
            + _SENSITIVE
            + _GAP
            + r"\b(?:as|into|in|to) (?:the |this |a )?(?:`?\w+`? )?(?:parameter|argument|field"
            r"|param)\b"
        ),
        defensible=True,
    ),
    _Rule("sensitive_mention", 0.15, "mentions sensitive material", _rx(_SENSITIVE)),
    _Rule(
        "exfiltration",
        0.45,
        "sends data to an explicit external destination",
        _rx(
            r"\b(?:send|sends|post|posts|upload|uploads|forward|forwards|transmit|exfiltrate"
            r"|report|mail|email|beacon|copy|cc|bcc|leak)\b" + _GAP + _SINK
        ),
    ),
    _Rule(
        "exfiltration",
        0.6,
        "adds a hidden recipient",
        _rx(
            r"\b(?:bcc|blind copy|blind carbon copy)\b"
            + _GAP
            + _SINK
            + r"|"
            + _SINK
            + _GAP
            + r"\b(?:bcc|blind copy|blind carbon copy|cc)\b"
        ),
    ),
    _Rule(
        "argument_hijack",
        0.4,
        "tells the model to rewrite arguments of a call",
        _rx(
            r"\b(?:replace|change|modify|override|rewrite|redirect|swap|set)\b"
            + _GAP
            + r"\b(?:recipients?|destination|address|to field|amount|account(?: number)?|iban"
            r"|url|endpoint|host|parameters?|arguments?|path)\b" + _GAP + r"\b(?:to|with|into)\b"
        ),
    ),
    _Rule(
        "destructive",
        0.4,
        "destructive or privilege-raising directive",
        _rx(
            r"\brm\s+-[a-z]*(?:rf|fr)\b|\b(?:drop|truncate)\s+(?:table|database|schema)\b"
            r"|\b(?:delete|remove|erase|wipe|destroy|overwrite)\s+(?:all|every|the entire|entire"
            r"|everything)\b|\bmkfs\b|\bformat (?:the )?(?:disk|drive|partition)\b"
            r"|\bchmod\s+(?:-r\s+)?0?777\b|\bchmod\s+[ug]?\+s\b|\bsetuid\b|\bsudo\b"
            r"|\b(?:disable|turn off|deactivate|bypass|circumvent)\s+(?:the\s+)?(?:security"
            r"|firewall|antivirus|logging|audit(?:ing)?|authentication|2fa|mfa|sandbox|safety"
            r"|protections?|monitoring|access control)\b|\b(?:grant|give|assign|elevate)\b"
            r"[^.\n]{0,30}\b(?:admin|administrator|root|superuser|owner) (?:rights|privileges"
            r"|access|role|permissions)\b"
        ),
    ),
    _Rule(
        "malicious_capability",
        0.6,
        "states an offensive capability",
        _rx(
            r"\b(?:exfiltrat\w*|keylog\w*|reverse shell|bind shell|backdoor\w*|rootkit"
            r"|ransomware|cryptojack\w*|steal\w*|stol(?:e|en)"
            r"|credential (?:harvest|dump|theft|stealing)\w*"
            r"|(?:harvest|dump)\w* (?:the |all |user )?(?:credentials|passwords|tokens|keys"
            r"|hashes)|mimikatz|pass[- ]the[- ]hash|privilege escalation|escalat\w* privileges?"
            r"|(?:container|sandbox|chroot) escape|escape (?:the |from )?(?:container|sandbox)"
            r"|evad\w* (?:detection|antivirus|edr)|command and control|c2 (?:server|channel)"
            r"|dns tunnel\w*|lateral movement|shellcode|arbitrary (?:code|command) execution"
            r"|malware|trojan|spyware)\b"
        ),
        defensible=True,
    ),
    _Rule(
        "malicious_capability",
        0.35,
        "offensive reconnaissance or exploitation",
        _rx(
            r"\b(?:port scan\w*|network scan\w*|enumerat\w* (?:users|hosts|the network|services"
            r"|shares|accounts)|brute[- ]?forc\w*|password spray\w*|exploit\w*|payloads?"
            r"|inject\w* (?:malicious|shell|sql))\b"
        ),
        defensible=True,
    ),
)

# Other languages: a few model-addressed directives written for this detector (not from data).
_FOREIGN_RULES: tuple[_Rule, ...] = (
    _Rule(
        "instruction_override",
        0.7,
        "tells the model to ignore its instructions (non-English)",
        _rx(
            r"\b(?:ignora|ignore[rz]?|ignorieren?|ignoriere|vergiss|olvida|oublie[rz]?|ignorar"
            r"|игнорируй\w*|забудь)\b[^.\n]{0,60}\b(?:instrucciones|instructions|anweisungen"
            r"|istruzioni|instruções|инструкции|указания|consignes|regeln|reglas|règles)\b"
            r"|忽略.{0,10}(?:指令|指示|说明|规则)|无视.{0,10}(?:指令|指示|规则)"
        ),
    ),
    _Rule(
        "concealment",
        0.65,
        "asks to keep something from the user (non-English)",
        _rx(
            r"\b(?:no (?:le )?(?:digas|informes|menciones)|ne (?:le |les |lui )?(?:dites|dis|"
            r"mentionnez|informez)|nicht (?:dem )?(?:benutzer|nutzer)|sag(?:e|en sie)? (?:dem "
            r"(?:benutzer|nutzer) )?nichts|non (?:dire|informare|menzionare)|não (?:diga|informe)"
            r"|не (?:говори|сообщай|упоминай)\w*)\b|不要(?:告诉|通知|提醒|让)用户|勿告知用户"
        ),
    ),
    _Rule(
        "model_directive",
        0.4,
        "directive addressed to the model (non-English)",
        _rx(
            r"\b(?:debes|tienes que|vous devez|tu dois|du musst|sie müssen|devi|você deve"
            r"|ты должен|вы должны)\b|你必须|您必须|你需要先"
        ),
    ),
)

# A tool name: snake_case, or any identifier in backticks or quotes (hyphenated English words
# such as "well-formed" are not tool names).
_IDENT = (
    r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[`'\"][a-z][\w.]*[_-][\w.-]{1,60}[`'\"]"
    r"|[`'\"][a-z][\w.-]{1,60}[`'\"](?=\s+(?:tool|function))"
)
_TOOL_REFERENCE = _rx(
    r"\b(?:before|after|instead of|prior to|whenever|when|each time|every time|rather than)\s+"
    r"(?:you\s+)?(?:use|using|call|calling|invoke|invoking|run|running|execute|executing|trigger"
    r"|triggering)?\s*(?:the\s+|any\s+)?(?P<tool>" + _IDENT + ")"
    r"|\b(?:call|invoke|use|run|execute)\s+(?:the\s+)?(?P<tool2>"
    + _IDENT
    + r")\s+(?:tool\s+|function\s+)?(?:first|before|after|instead|whenever)\b"
)
_OTHER_TOOLS = _rx(
    r"\b(?:all|any|every|other|each)\s+(?:other\s+)?(?:tools?|servers?|functions?|mcp servers?)\b"
    + _GAP
    + r"\b(?:must|should|always|never|first|before|after|only|need to)\b"
    r"|\b(?:before|after|when|whenever)\s+(?:using|calling|invoking|running)\s+(?:any|all|other"
    r"|another)\s+(?:other\s+)?(?:tools?|servers?|functions?)\b"
    r"|\b(?:tools?|functions?) (?:from|on|of) (?:other|another|different) (?:servers?|providers?)\b"
    r"|\b(?:when|whenever|before|after|if)\s+(?:a|an|the|any)\s+[\w-]+\s+(?:tool|function|server)"
    r"\s+(?:runs|is (?:used|called|invoked|run)|executes|gets called)\b"
)

_CONTEXT_PARAM_WORDS = frozenset(
    {
        *("notes", "note", "context", "conversation", "history", "chat", "transcript", "memory"),
        *("messages", "prompt", "system", "instructions", "summary", "feedback", "metadata"),
        *("extra", "additional", "debug", "session", "userinfo", "profile", "sidenote"),
        *("remarks", "comment", "comments", "internal", "trace", "log", "logs"),
    }
)
_COLLECT_CONTEXT = _rx(
    r"\b(?:include|provide|pass|put|insert|add|fill|paste|attach|summar(?:y|ize|ise)|copy|list"
    r"|enter|describe|record|supply|dump)\b"
    + _GAP
    + r"\b(?:conversation|chat|dialog(?:ue)?|previous"
    r" (?:messages?|turns?|requests?|prompts?)|message history|system prompt|your instructions"
    r"|everything|all (?:information|details|data|files|content|context)|full (?:text|content"
    r"|history|context)|(?:the )?user'?s? (?:query|request|question|messages?|data|information"
    r"|details|files?|intent|goal)|what the user|any other (?:information|context|details))\b"
)
_SPLIT_NAME = re.compile(r"[_\-.\s]+|(?<=[a-z])(?=[A-Z])")
_IDENT_WORDS = re.compile(r"[a-z]+")


@dataclass(slots=True)
class _Field:
    path: str
    value: str


def score_tool(definition: Mapping[str, Any], *, server_tools: Sequence[str] = ()) -> Verdict:
    """Score a tool definition; `server_tools` are this server's other tool names."""
    if not isinstance(definition, Mapping):
        return Verdict(0.0, [])
    fields = list(_collect_fields(definition))
    name = str(definition.get("name", ""))
    params = _property_names(definition.get("inputSchema"))
    own = {_canon(n) for n in (name, *server_tools, *params) if n}
    findings: list[Finding] = []
    latin_majority = _latin_majority(fields)
    for item in fields:
        findings.extend(_scan_field(item, own, latin_majority))
    findings.extend(_scan_parameters(definition, fields))
    return Verdict(_combine(findings), findings)


def _canon(name: str) -> str:
    return re.sub(r"[-.\s]", "_", name.strip().lower())


def _collect_fields(definition: Mapping[str, Any]) -> Iterator[_Field]:
    yield _Field("name", str(definition.get("name", "")))
    for key in ("title", "description"):
        if isinstance(definition.get(key), str):
            yield _Field(key, definition[key])
    annotations = definition.get("annotations")
    if isinstance(annotations, Mapping) and isinstance(annotations.get("title"), str):
        yield _Field("annotations.title", annotations["title"])
    budget = [_MAX_FIELDS]
    for key in ("inputSchema", "outputSchema"):
        yield from _walk_schema(definition.get(key), key, 0, budget)


def _walk_schema(node: Any, path: str, depth: int, budget: list[int]) -> Iterator[_Field]:
    if depth > _MAX_DEPTH or budget[0] <= 0 or not isinstance(node, Mapping):
        return
    for key in ("title", "description", "default", "const"):
        value = node.get(key)
        if isinstance(value, str):
            budget[0] -= 1
            yield _Field(f"{path}.{key}", value)
    for key in ("enum", "examples"):
        values = node.get(key)
        if isinstance(values, list):
            for index, value in enumerate(values[:64]):
                if isinstance(value, str):
                    budget[0] -= 1
                    yield _Field(f"{path}.{key}[{index}]", value)
    properties = node.get("properties")
    if isinstance(properties, Mapping):
        for prop, sub in properties.items():
            budget[0] -= 1
            yield _Field(f"{path}.properties.{prop}", str(prop))
            yield from _walk_schema(sub, f"{path}.properties.{prop}", depth + 1, budget)
    for key in ("items", "additionalProperties", "not"):
        yield from _walk_schema(node.get(key), f"{path}.{key}", depth + 1, budget)
    for key in ("anyOf", "oneOf", "allOf"):
        subs = node.get(key)
        if isinstance(subs, list):
            for index, sub in enumerate(subs[:32]):
                yield from _walk_schema(sub, f"{path}.{key}[{index}]", depth + 1, budget)
    for key in ("$defs", "definitions"):
        defs = node.get(key)
        if isinstance(defs, Mapping):
            for def_name, sub in list(defs.items())[:64]:
                yield from _walk_schema(sub, f"{path}.{key}.{def_name}", depth + 1, budget)


def _property_names(schema: Any) -> list[str]:
    if isinstance(schema, Mapping) and isinstance(schema.get("properties"), Mapping):
        return [str(k) for k in schema["properties"]]
    return []


def _scan_field(item: _Field, own: set[str], latin_majority: bool) -> list[Finding]:
    norm = textmod.normalise(item.value)
    findings = _match_rules(norm.skeleton, item.path, norm.original_span, own)
    findings.extend(_hidden_findings(norm, item.path, own))
    for start, end in norm.homoglyph_words:
        word = item.value[start:end]
        findings.append(
            Finding(
                "homoglyph",
                f"word {word!r} mixes Latin with look-alike letters",
                (start, end),
                item.path,
                0.45,
            )
        )
    if latin_majority:
        for start, end, script in textmod.foreign_letter_runs(item.value):
            findings.append(
                Finding(
                    "foreign_language",
                    f"{script} text inside a Latin-script definition",
                    (start, end),
                    item.path,
                    WEAK,
                )
            )
    for blob in textmod.decode_blobs(item.value):
        findings.append(
            Finding(
                "encoded_blob",
                f"{blob.kind} run decodes to readable text",
                blob.span,
                item.path,
                0.15,
            )
        )
        inner = textmod.normalise(blob.decoded).skeleton
        for found in _match_rules(inner, item.path, lambda s, e: (s, e), own):
            findings.append(_relocate(found, blob.span, f"inside {blob.kind}: "))
    return findings


def _relocate(found: Finding, span: tuple[int, int], prefix: str) -> Finding:
    weight = min(0.95, found.score + _ENCODED_BOOST) if found.score >= MEDIUM else found.score
    return Finding(found.kind, prefix + found.reason, span, found.field, weight)


def _hidden_findings(norm: textmod.Normalised, path: str, own: set[str]) -> list[Finding]:
    weights = {"tag": 0.85, "ansi": 0.7, "bidi": 0.45, "zero_width": 0.35, "control": 0.2}
    findings: list[Finding] = []
    for run in norm.hidden:
        reason = f"{run.count} invisible {run.kind.replace('_', '-')} character(s)"
        if run.revealed:
            reason += f" encoding {run.revealed[:80]!r}"
        findings.append(Finding("hidden_text", reason, run.span, path, weights[run.kind]))
        if run.revealed:
            inner = textmod.normalise(run.revealed).skeleton
            for found in _match_rules(inner, path, lambda s, e: (s, e), own):
                findings.append(_relocate(found, run.span, "inside tag characters: "))
    return findings


def _match_rules(skeleton: str, path: str, to_original: Any, own: set[str]) -> list[Finding]:
    findings: list[Finding] = []
    for rule in (*_RULES, *_FOREIGN_RULES):
        for match in rule.pattern.finditer(skeleton):
            weight, reason = rule.weight, rule.reason
            if rule.defensible and _DEFENSIVE.search(_sentence(skeleton, match)):
                weight, reason = min(weight, 0.15), reason + " (in a defensive context)"
            elif rule.kind in _NEGATABLE and _NEGATION.search(
                skeleton, max(0, match.start() - 24), match.start()
            ):
                weight, reason = min(weight, 0.15), reason + " (negated)"
            elif rule.kind == "sensitive_read" and _declared_secret(match.group(), own):
                weight, reason = 0.15, reason + " (the tool declares a parameter for it)"
            findings.append(
                Finding(
                    rule.kind,
                    f"{reason}: {match.group()[:80]!r}",
                    to_original(*match.span()),
                    path,
                    weight,
                )
            )
    for match in _TOOL_REFERENCE.finditer(skeleton):
        tool = (match.group("tool") or match.group("tool2") or "").strip("`'\"")
        if (
            _canon(tool) in own
            or not tool.replace(".", "").replace("-", "").replace("_", "").isalpha()
        ):
            continue
        # "use this instead of X" steers tool choice; "before/when using X, do Y" rewrites how X
        # itself is used, which is shadowing proper.
        steer = match.group().startswith(("instead of", "rather than"))
        reason = "steers the model away from" if steer else "conditions behaviour on"
        findings.append(
            Finding(
                "shadowing",
                f"{reason} another tool {tool!r}",
                to_original(*match.span()),
                path,
                MEDIUM if steer else 0.6,
            )
        )
    for match in _OTHER_TOOLS.finditer(skeleton):
        findings.append(
            Finding(
                "shadowing",
                f"instructions about other tools or servers: {match.group()[:80]!r}",
                to_original(*match.span()),
                path,
                MEDIUM,
            )
        )
    return findings


# "never uploads secrets" describes what the tool does not do; concealment rules are excluded
# because their negation ("do not tell the user") is the attack itself.
_NEGATABLE = frozenset({"sensitive_read", "exfiltration", "destructive", "malicious_capability"})
_NEGATION = re.compile(r"\b(?:never|not|no|without|n't|cannot|won't)\b[^.\n]*$")
_SECRET_NOUNS = frozenset(
    {
        *("key", "keys", "password", "passwords", "token", "tokens", "credential"),
        *("credentials", "secret", "secrets", "cookie", "cookies", "passphrase"),
    }
)


def _declared_secret(matched: str, own: set[str]) -> bool:
    """A tool that takes e.g. an `api_key` parameter may ask for an API key: that is its own
    authentication, not a request for someone else's secret."""
    wanted = set(_IDENT_WORDS.findall(matched)) & _SECRET_NOUNS
    declared = {w for name in own for w in _IDENT_WORDS.findall(name)}
    return bool(wanted) and bool(wanted & declared)


def _sentence(skeleton: str, match: re.Match[str]) -> str:
    start = max(skeleton.rfind(". ", 0, match.start()), skeleton.rfind("\n", 0, match.start()))
    ends = [
        i for i in (skeleton.find(". ", match.end()), skeleton.find("\n", match.end())) if i >= 0
    ]
    return skeleton[start + 1 : min(ends) if ends else len(skeleton)]


def _scan_parameters(definition: Mapping[str, Any], fields: list[_Field]) -> list[Finding]:
    """Parameters whose name is a context-collecting word the tool's purpose never mentions."""
    schema = definition.get("inputSchema")
    if not isinstance(schema, Mapping) or not isinstance(schema.get("properties"), Mapping):
        return []
    purpose = " ".join(f.value for f in fields if f.path in {"name", "title", "description"})
    purpose_words = set(_IDENT_WORDS.findall(_split_identifier(purpose)))
    findings: list[Finding] = []
    for prop, sub in schema["properties"].items():
        words = set(_IDENT_WORDS.findall(_split_identifier(str(prop))))
        context_words = words & _CONTEXT_PARAM_WORDS
        if context_words and not context_words & purpose_words:
            findings.append(
                Finding(
                    "out_of_scope_parameter",
                    f"parameter {prop!r} collects {sorted(context_words)[0]!r}, which the tool's"
                    " description never mentions",
                    (0, len(str(prop))),
                    f"inputSchema.properties.{prop}",
                    0.25,
                )
            )
        desc = sub.get("description") if isinstance(sub, Mapping) else None
        if isinstance(desc, str):
            norm = textmod.normalise(desc)
            for match in _COLLECT_CONTEXT.finditer(norm.skeleton):
                findings.append(
                    Finding(
                        "out_of_scope_parameter",
                        f"parameter {prop!r} asks for conversation or user context:"
                        f" {match.group()[:80]!r}",
                        norm.original_span(*match.span()),
                        f"inputSchema.properties.{prop}.description",
                        0.45,
                    )
                )
    return findings


def _split_identifier(value: str) -> str:
    return _SPLIT_NAME.sub(" ", value).lower()


def _latin_majority(fields: list[_Field]) -> bool:
    latin = other = 0
    for item in fields:
        for char in item.value[:4096]:
            if char.isalpha():
                if textmod.script_of(char) == "LATIN":
                    latin += 1
                else:
                    other += 1
    return latin > 4 * other


def _combine(findings: list[Finding]) -> float:
    by_kind: dict[str, list[float]] = {}
    for found in findings:
        by_kind.setdefault(found.kind, []).append(found.score)
    keep = 1.0
    for scores in by_kind.values():
        keep *= 1.0 - min(max(scores) + _KIND_CAP_MARGIN, _noisy_or(scores))
    return round(1.0 - keep, 4)


def _noisy_or(scores: list[float]) -> float:
    keep = 1.0
    for score in scores:
        keep *= 1.0 - score
    return 1.0 - keep
