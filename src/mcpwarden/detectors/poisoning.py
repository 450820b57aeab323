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

from mcpwarden.detectors import poison_concepts as concepts
from mcpwarden.detectors import poison_model
from mcpwarden.detectors import text as textmod

THRESHOLD = 0.5
_KIND_CAP_MARGIN = 0.05
_ENCODED_BOOST = 0.25
_MAX_FIELDS = 2_000
_MAX_DEPTH = 12

WEAK, MEDIUM, STRONG = 0.2, 0.4, 0.65
# Kinds whose strongest finding is at most this are context, reported but not scored: any number
# of weak hints (a password mentioned, a foreign word, a negated capability) never tips a
# medium finding over the threshold.
WEAK_FLOOR = WEAK
# (minimum probability, finding weight), highest first.
_MODEL_TIERS = ((0.97, 0.35), (0.9, 0.15))


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
        # "You must have the editor role" states a precondition on the caller, not a directive.
        _rx(
            r"\byou\s+" + _MODAL + r"\s+(?:not\s+)?(?!have\b|hold\b|own\b"
            r"|be (?:signed|logged|authenticated|authorized|an?)\b)\w+"
        ),
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
            # "Prefer this tool over scraping", "only use this tool when asked" are honest usage
            # hints; the claim is absolute or aimed at other tools.
            r"\b(?:always |must |should )(?:prefer|prioriti[sz]e|use only|only use) (?:this|these)"
            r" (?:tool|function|server)s?\b|\b(?:prefer|prioriti[sz]e|use only|only use) (?:this"
            r"|these) (?:tool|function|server)s? (?:over|to|above|before|for) (?:all|any|every"
            r"|the other|other)\b|\b(?:instead of|rather than|over|in"
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
            r"|\bchmod\s+(?:-r\s+)?0?777\b|\bchmod\s+[ug]?\+s\b|\bsetuid\b"
            r"|\b(?:disable|turn off|deactivate|bypass|circumvent)\s+(?:the\s+)?(?:security"
            r"|firewall|antivirus|logging|audit(?:ing)?|authentication|2fa|mfa|sandbox|safety"
            r"|protections?|monitoring|access control)\b|\b(?:grant|give|assign|elevate)\b"
            r"[^.\n]{0,30}\b(?:admin|administrator|root|superuser|owner) (?:rights|privileges"
            r"|access|role|permissions)\b"
        ),
    ),
    # Naming sudo is common in documentation; using it against the user is scored by the
    # capability ontology (escalate x privileges), so the bare word is weak.
    _Rule("destructive", WEAK, "mentions sudo", _rx(r"\bsudo\b")),
    _Rule(
        "malicious_capability",
        0.6,
        "states an offensive capability",
        _rx(
            r"\b(?:exfiltrat\w*|keylog\w*|reverse shell|bind shell|backdoor\w*|rootkit"
            r"|ransomware|cryptojack\w*|steal(?:s|ing|ers?)?"
            # "a stolen vehicle" is a fact; "stolen data/credentials" is loot being moved.
            r"|stolen (?:data|files?|credentials?|passwords?|tokens?|keys?|information|records?"
            r"|cookies?|secrets?|sessions?)"
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
            r"|shares|accounts)|brute[- ]?forc\w*|password spray\w*|exploit\w*"
            r"|(?:malicious|exploit|shell|attack|reverse) payloads?"
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

# --- Declared offensive capability: (verb class x target class) -------------------------------
# Written from the threat model (what a tool could do *to* its user or their system), not from any
# data set. A verb class and a target class in one sentence of the tool's declared purpose (name,
# title, description) make a capability. Verbs that only have offensive readings ("steal",
# "escalate privileges") weigh more than dual-use ones ("scan", "execute"); a dual-use capability
# needs evidence of breadth or covertness in the same sentence before it can flag, and defensive
# framing or negation caps it below any threshold.
_T = r"[\w./~-]*"
_TARGETS: dict[str, str] = {
    "credentials": r"(?:passwords?|passwd|credentials?|creds|api[ _-]?keys?|access[ _-]?tokens?"
    r"|auth\w* tokens?|session tokens?|bearer tokens?|oauth tokens?|secrets?|password hash\w*"
    r"|hashes|ntlm|ntds(?:\.dit)?|(?:kerberos |service |golden |silver )+tickets?|tgts?"
    r"|login data|keychains?|keyrings?|lsass|sam database|password (?:databases?|stores?|vaults?)"
    r"|credential (?:stores?|managers?|vaults?))",
    "private_keys": r"(?:private keys?|ssh keys?|gpg keys?|pgp keys?|signing keys?|id_rsa"
    r"|id_ed25519|\.ssh" + _T + r"|wallet(?:\.dat)?|seed phrases?|mnemonics?|certificates?)",
    "browser_data": r"(?:browser (?:history|data|profiles?|cookies|passwords|storage)|cookies"
    r"|saved passwords|autofill(?: data)?|browsing history)",
    "sensitive_data": r"(?:sensitive|confidential|private|protected) (?:files?|data|information"
    r"|documents?|records?)",
    "user_activity": r"(?:keystrokes?|key ?presses|clipboard"
    r"|(?:the )?user'?s? screen|screen (?:contents?|captures?|recordings?)|webcam|microphone"
    r"|(?:emails?|messages|chats) of (?:other )?users)",
    "system_config": r"(?:system (?:files?|configuration|config|settings|directories)|/etc/"
    + _T
    + r"|system32|boot (?:sector|loader|record)|kernel (?:modules?|parameters)|sudoers|shadow file"
    r"|hosts file|(?:windows )?registry|environment variables|env vars?)",
    "network": r"(?:ports?|hosts?|subnets?|network(?: ranges?| segments?)?|ip ranges?|ip addresses"
    r"|cidr|lan|services|devices|machines|endpoints|dns records|subdomains|topology"
    r"|operating systems?|os versions?|service versions?|smb shares|shares)",
    "security_controls": r"(?:firewalls?|antivirus|anti-virus|edr|defender|selinux|apparmor"
    r"|audit (?:logs?|trails?)|security (?:logs?|controls?|software|features?|policies|monitoring"
    r"|tools?|settings)|event logs?|logging|intrusion detection|ids|ips|sandbox\w*|auditd|uac"
    r"|code signing|integrity checks?)",
    "privileges": r"(?:root(?: access| privileges| shell)?|admin(?:istrator)? (?:rights|privileges"
    r"|access)|superuser|privileges?|setuid|suid|sudo(?:ers)?|system (?:level )?(?:rights"
    r"|access)|elevated (?:rights|access|permissions))",
    "shell": r"(?:(?:shell|system|os|terminal|bash|powershell|cmd) commands?|commands?|shell"
    r"|arbitrary code|code execution|subprocess\w*|eval)",
    "attack_surface": r"(?:vulnerabilit\w*|flaws?|weakness\w*|cve-[\d-]+|kernel|services?"
    r"|accounts?|authentication|sessions?|tickets?|hash\w*|librar\w*|dlls?|binar\w*|paths?"
    r"|domain controllers?|processes|memory|payloads?|shellcode|(?:\w+ )?quer(?:y|ies)"
    r"|templates?|race conditions?|misconfigurations?)",
    "persistence": r"(?:cron\w*|startup (?:items?|folder|scripts?|programs?)|autostart|autorun"
    r"|launch ?(?:agents?|daemons?)|login items?|systemd (?:units?|services?)|scheduled tasks?"
    r"|\.bashrc|\.zshrc|\.profile|shell (?:rc|profile|startup) files?|run keys?|init scripts?)",
}
_VERBS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    # class: (offensive-only verbs, dual-use verbs, target classes it applies to)
    "collect": (
        r"harvest\w*|steal\w*|stole|dump\w*|grab\w*|sniff\w*|intercept\w*|keylog\w*|crack\w*"
        r"|brute[- ]?forc\w*|phish\w*|skim\w*",
        r"collect\w*|gather\w*|extract\w*|captur\w*|scrap\w*|record\w*|export\w*|copy\w*"
        r"|read\w*|retriev\w*|access\w*|monitor\w*|log\w*|decrypt\w*",
        ("credentials", "private_keys", "browser_data", "user_activity", "sensitive_data"),
    ),
    "exfiltrate": (
        r"exfiltrat\w*|leak\w*|beacon\w*|smuggl\w*",
        r"send\w*|upload\w*|transmit\w*|forward\w*|post\w*|ship\w*|sync\w*",
        (
            *("credentials", "private_keys", "browser_data", "user_activity", "system_config"),
            "sensitive_data",
        ),
    ),
    "scan": (
        r"port[- ]?scan\w*|sweep\w*|fingerprint\w*|brute[- ]?forc\w*",
        r"scan\w*|enumerat\w*|prob\w*|map\w*|discover\w*|recon\w*|survey\w*|crawl\w*",
        ("network",),
    ),
    "disable": (
        r"bypass\w*|evad\w*|evasion|circumvent\w*|tamper\w*|disabl\w*|neutrali[sz]\w*|blind\w*",
        r"turn\w* off|stop\w*|kill\w*|clear\w*|wip\w*|delet\w*|remov\w*|uninstall\w*|modif\w*"
        r"|truncat\w*|shred\w*",
        ("security_controls",),
    ),
    "escalate": (
        r"escalat\w*|elevat\w*|privesc",
        r"gain\w*|obtain\w*|acquir\w*|grant\w*|become|spawn\w*|set\w*|add\w* (?:\w+ )?to",
        ("privileges",),
    ),
    "execute": (
        r"inject\w*",
        r"execut\w*|run\w*|eval\w*|spawn\w*|invok\w*|pass\w* (?:\w+ )?(?:directly )?to",
        ("shell",),
    ),
    "persist": (
        r"persist\w*|implant\w*|backdoor\w*",
        r"install\w*|add\w*|creat\w*|writ\w*|modif\w*|append\w*|register\w*|schedul\w*|insert\w*",
        ("persistence",),
    ),
    "exploit": (
        r"exploit(?:s|ing|ed)?|attack(?:s|ing)?|hijack\w*|forg(?:e|es|ing)|spoof\w*"
        r"|impersonat\w*|inject\w*",
        r"trigger\w*|abus\w*|leverag\w*",
        ("attack_surface",),
    ),
    "tamper": (
        r"overwrit\w*|corrupt\w*|poison\w*|hijack\w*",
        r"modif\w*|writ\w*|edit\w*|chang\w*|delet\w*|replac\w*|alter\w*|patch\w*|append\w*",
        ("system_config",),
    ),
}
_COVERT_CHANNEL = _rx(
    r"\b(?:(?:dns|icmp|ntp|http header) (?:tunnel\w*|exfiltration|covert channel)|tunnel\w*"
    r" (?:\w+ ){0,3}(?:through|over|via|in) (?:dns|icmp|ping)|covert channels?|steganograph\w*"
    r"|(?:hide|hides|hiding|conceal\w*|smuggl\w*|embed\w*|encod\w*) (?:\w+ ){0,2}(?:data|payloads?"
    r"|information|messages?|files?|secrets?) (?:\w+ ){0,2}(?:in|into|inside|within|via|through)"
    r" (?:\w+ ){0,2}(?:images?|pixels?|audio|frequenc\w*|dns|icmp|ping|metadata|whitespace"
    r"|packets?|headers?)\b"
    r"|(?:sql|ldap|xpath|nosql|template|os command|command|code|expression language|ognl|crlf"
    r"|header|xxe) injection|path traversal|directory traversal|zone transfer"
    r"|(?:replay|relay|downgrade|dictionary|credential stuffing|password spraying"
    r"|man-in-the-middle|mitm|arp spoofing|dns spoofing|injection) attacks?)\b"
)
# Breadth or covertness: the action reaches beyond what a user asked for.
_COVERT_SCOPE = _rx(
    r"\b(?:silently|quietly|secretly|covertly|stealth\w*|hidden|invisibl\w*|undetect\w*|without"
    r" (?:the )?(?:user'?s? )?(?:knowledge|consent|permission|authori[sz]ation|confirmation"
    r"|notice|noticing|prompting|asking|validation|sanitization|sanitizing|escaping|checks?)"
    r"|other users'?|another user'?s?|belonging to|of (?:all|every|other) users|remote (?:server"
    r"|host|endpoint|attacker)|attacker\w*|external (?:server|host|endpoint|domain)|c2"
    r"|unauthori[sz]ed|unsanitized|unvalidated|unescaped|arbitrary|malicious)\b"
)
_BROAD_SCOPE = _rx(
    r"\b(?:all|every|entire|whole|any|system[- ]wide|across (?:the )?(?:network|system|hosts)"
    r"|internal (?:network|hosts?|services)|local network|subnet|the network|target (?:hosts?"
    r"|systems?|machines?|domains?|networks?|users?))\b"
)
_OWN_SCOPE = _rx(
    r"\b(?:your own|your (?:vault|password manager|accounts?|repositor\w*|project|code)"
    r"|you (?:specify|provide|choose|select|own)|(?:user|you)[- ](?:specified"
    r"|provided|supplied|selected)|specified by (?:the )?user|single|one|given|specific|a (?:host"
    r"|port|file|url))\b"
)
_SELF_DECLARED_MALICE = _rx(
    r"\b(?:inject|write|upload|deploy|install|plant|drop|execute|run|create|send|craft|generate"
    r"|load|add)\w* (?:\w+ ){0,2}(?:malicious|malware|weaponi[sz]ed|harmful)\b"
)
_CAPABILITY_DEFENSIVE = _rx(
    r"\b(?:detect\w*|audit\w*|protect\w*|prevent\w*|block\w*|harden\w*|remediat\w*|fix\w*"
    r"|patch\w*|(?:scan|check|test|search|look)\w* (?:\w+ ){0,4}for"
    r"|find\w* (?:\w+ ){0,3}(?:vulnerab|weak|exposed|leaked|insecure)\w*"
    r"|misconfigur\w*|complian\w*|verif\w*|validat\w*|alert\w* (?:on|about)|report\w* (?:on"
    r"|about)|check\w* (?:whether|if|for)|weak (?:passwords?|keys?)|securely|encrypt\w*|redact\w*"
    r"|mask\w*|rotat\w*|revok\w*|documentation|docs|manual|man pages?|explain\w*|learn\w*)\b"
)


def _compile_verbs() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]]:
    return {
        name: (_rx(rf"\b(?:{strong})\b"), _rx(rf"\b(?:{dual})\b"), targets)
        for name, (strong, dual, targets) in _VERBS.items()
    }


_VERB_RX = _compile_verbs()
_TARGET_RX = {name: _rx(rf"(?<![\w/.~-])(?:{body})(?![\w-])") for name, body in _TARGETS.items()}
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")
# A dual-use capability without breadth or covertness is a fact about the tool, not evidence.
_OFFENSIVE_VERB, _DUAL_VERB = 0.55, 0.15
_DUAL_WITH_SCOPE = 0.5
_SCOPE_BONUS = 0.2


def _capability_findings(skeleton: str, path: str, to_original: Any) -> list[Finding]:
    """Offensive capabilities the tool's declared purpose states, one finding per sentence."""
    findings: list[Finding] = []
    offset = 0
    for sentence in _SENTENCE_SPLIT.split(skeleton):
        start = skeleton.find(sentence, offset)
        offset = start + len(sentence)
        found = _sentence_capability(sentence)
        if found is not None:
            weight, reason, (s, e) = found
            span = to_original(start + s, start + e)
            findings.append(Finding("offensive_capability", reason, span, path, weight))
    return findings


def _sentence_capability(sentence: str) -> tuple[float, str, tuple[int, int]] | None:
    best: tuple[float, str, tuple[int, int]] | None = None
    covert = _COVERT_SCOPE.search(sentence)
    broad = _BROAD_SCOPE.search(sentence) if not _OWN_SCOPE.search(sentence) else None
    scope = covert or broad
    for verb_class, (strong, dual, targets) in _VERB_RX.items():
        verb = strong.search(sentence)
        base = _OFFENSIVE_VERB if verb else _DUAL_VERB
        verb = verb or dual.search(sentence)
        if verb is None:
            continue
        target_class, target = _first_target(sentence, targets)
        if target is None:
            continue
        if base == _OFFENSIVE_VERB:
            weight = base + (_SCOPE_BONUS if scope else 0.0)
        else:
            weight = _DUAL_WITH_SCOPE if scope else base
        reason = f"declares {verb_class} x {target_class}"
        if scope:
            reason += f" with scope {scope.group()!r}"
        span = (min(verb.start(), target.start()), max(verb.end(), target.end()))
        reason += f": {sentence[span[0] : span[1]][:80]!r}"
        if best is None or weight > best[0]:
            best = (weight, reason, span)
    channel = _COVERT_CHANNEL.search(sentence)
    if channel and (best is None or best[0] < _OFFENSIVE_VERB + _SCOPE_BONUS):
        reason = f"declares a covert channel or attack technique: {channel.group()!r}"
        best = (_OFFENSIVE_VERB + _SCOPE_BONUS, reason, channel.span())
    malice = _SELF_DECLARED_MALICE.search(sentence)
    if malice and (best is None or best[0] < _OFFENSIVE_VERB + _SCOPE_BONUS):
        reason = f"declares a malicious payload as its own action: {malice.group()!r}"
        best = (_OFFENSIVE_VERB + _SCOPE_BONUS, reason, malice.span())
    if best is None:
        return None
    if _CAPABILITY_DEFENSIVE.search(sentence) and not covert:
        return (min(best[0], WEAK), best[1] + " (in a defensive context)", best[2])
    if _NEGATION.search(sentence, 0, best[2][0]) and re.search(
        r"\b(?:never|not|no|without|n't|cannot|won't)\b", sentence[: best[2][0]]
    ):
        return (min(best[0], WEAK), best[1] + " (negated)", best[2])
    return best


def _first_target(sentence: str, targets: tuple[str, ...]) -> tuple[str, re.Match[str] | None]:
    for target_class in targets:
        match = _TARGET_RX[target_class].search(sentence)
        if match:
            return target_class, match
    return "", None


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
_PURPOSE_FIELDS = frozenset({"name", "title", "description", "annotations.title"})
_NAME_SEPARATORS = re.compile(r"[_.-]")  # same length, so spans still map back to the name
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
    return _score(fields, definition, str(definition.get("name", "")), server_tools)


def score_prompt(definition: Mapping[str, Any], *, server_prompts: Sequence[str] = ()) -> Verdict:
    """Score an MCP prompt (prompts/list entry): name, title, description and every argument's
    name and description, with the same rules as tools (arguments play the parameters' role)."""
    if not isinstance(definition, Mapping):
        return Verdict(0.0, [])
    fields = list(_head_fields(definition))
    properties: dict[str, Any] = {}
    arguments = definition.get("arguments")
    for index, argument in enumerate(arguments[:_MAX_ITEMS] if isinstance(arguments, list) else []):
        if not isinstance(argument, Mapping):
            continue
        arg_name = str(argument.get("name", ""))
        fields.append(_Field(f"arguments[{index}].name", arg_name))
        for key in ("title", "description"):
            if isinstance(argument.get(key), str):
                fields.append(_Field(f"arguments[{index}].{key}", argument[key]))
        properties[arg_name] = {"description": argument.get("description", "")}
    as_tool = {**definition, "inputSchema": {"type": "object", "properties": properties}}
    return _score(fields, as_tool, str(definition.get("name", "")), server_prompts)


def score_resource_template(
    definition: Mapping[str, Any], *, server_resources: Sequence[str] = ()
) -> Verdict:
    """Score a resource or resource template: name, title, description and the URI (template),
    whose `{variables}` play the parameters' role (a `{conversation}` variable collects context)."""
    if not isinstance(definition, Mapping):
        return Verdict(0.0, [])
    fields = list(_head_fields(definition))
    uri = definition.get("uriTemplate", definition.get("uri"))
    properties: dict[str, Any] = {}
    if isinstance(uri, str):
        key = "uriTemplate" if "uriTemplate" in definition else "uri"
        fields.append(_Field(key, uri))
        for variable in _URI_VARIABLE.findall(uri)[:_MAX_ITEMS]:
            for part in variable.split(","):
                properties[part.strip().lstrip("+#./;?&").rstrip("*")] = {}
    as_tool = {**definition, "inputSchema": {"type": "object", "properties": properties}}
    return _score(fields, as_tool, str(definition.get("name", "")), server_resources)


def score_instructions(text: str, *, server_tools: Sequence[str] = ()) -> Verdict:
    """Score a server's `instructions` (initialize result). Instructions address the model by
    design, so directives to it and authority markup are not evidence here; concealment,
    exfiltration, overrides, shadowing of tools the server does not list, priority claims over
    other servers and hidden text are."""
    if not isinstance(text, str):
        return Verdict(0.0, [])
    fields = [_Field("instructions", text)]
    verdict = _score(fields, {"name": "", "description": text}, "", server_tools)
    kept = [f for f in verdict.findings if f.kind not in _INSTRUCTION_GENRE]
    return Verdict(_combine(kept), kept)


# What server instructions are *for*: telling the model how to use this server.
_INSTRUCTION_GENRE = frozenset({"model_directive", "authority_marker", "learned_model"})
_URI_VARIABLE = re.compile(r"\{([^{}]{1,200})\}")
_MAX_ITEMS = 64


def _head_fields(definition: Mapping[str, Any]) -> Iterator[_Field]:
    yield _Field("name", str(definition.get("name", "")))
    for key in ("title", "description"):
        if isinstance(definition.get(key), str):
            yield _Field(key, definition[key])
    annotations = definition.get("annotations")
    if isinstance(annotations, Mapping) and isinstance(annotations.get("title"), str):
        yield _Field("annotations.title", annotations["title"])


def _score(
    fields: list[_Field], definition: Mapping[str, Any], name: str, siblings: Sequence[str]
) -> Verdict:
    params = _property_names(definition.get("inputSchema"))
    nested = [f.path.rsplit(".", 1)[1] for f in fields if ".properties." in f.path]
    own = {_canon(n) for n in (name, *siblings, *params, *nested) if n}
    own |= {_TOOL_MARK + _canon(n) for n in (name, *siblings) if n}
    scope = _purpose_scope(fields, own)
    findings, views = _scan_fields(fields, own, scope)
    findings.extend(_split_findings(views, own, scope))
    findings.extend(_scan_parameters(definition, fields, scope))
    findings.extend(_model_findings(views))
    return Verdict(_combine(findings), findings)


def _scan_fields(
    fields: list[_Field], own: set[str], scope: frozenset[str]
) -> tuple[list[Finding], list[_View]]:
    findings: list[Finding] = []
    views: list[_View] = []
    latin_majority = _latin_majority(fields)
    for item in fields:
        view = _view(item)
        views.append(view)
        findings.extend(_scan_field(view, own, latin_majority, scope))
    return findings, views


_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[\u3002\uff01\uff1f])|\n")


def _purpose_scope(fields: list[_Field], own: set[str]) -> frozenset[str]:
    """Concepts the tool's declared purpose is about: name, title and first description sentence
    (a secrets scanner may talk about passing secrets; a weather tool may not). A purpose
    sentence that composes an attack by itself adds nothing (see `concepts.purpose_scope`)."""
    parts = []
    for item in fields:
        if item.path == "name":
            parts.append(_split_identifier(item.value))
        elif item.path in {"title", "annotations.title", "description"}:
            visible = _without_disguised_text(item.value)
            parts.append(_FIRST_SENTENCE.split(visible.strip(), maxsplit=1)[0])
    skeleton = textmod.normalise(" . ".join(parts)).skeleton
    return concepts.purpose_scope(skeleton, _identifier_spans(skeleton, own))


def _without_disguised_text(value: str) -> str:
    """Disguised text is an instruction, never part of the declared purpose."""
    for run in reversed(textmod.disguised_runs(value)):
        value = value[: run.span[0]] + " " + value[run.span[1] :]
    return value


_HTML_COMMENT = re.compile(r"<!--(?:(?!-->).){0,2000}?\s\S+\s(?:(?!-->).){0,2000}?-->", re.DOTALL)
_TERMINAL = frozenset(".!?:;\u3002\uff01\uff1f")
_SPLIT_REACH = 6
_SPLIT_MIN_WORDS = 4


def _split_findings(views: list[_View], own: set[str], scope: frozenset[str]) -> list[Finding]:
    """A sentence cut across two consecutive fields (description -> parameter description ...):
    its two halves are scanned together, reported at the first field's fragment."""
    texts = [v for v in views if v.item.path.endswith(("description", "title"))]
    findings: list[Finding] = []
    pairs = [(a, b) for i, a in enumerate(texts) for b in texts[i + 1 : i + 1 + _SPLIT_REACH]]
    for first, second in pairs:
        head = first.norm.skeleton.rstrip()
        if not head or head[-1] in _TERMINAL:
            continue
        cut = max(head.rfind(". "), head.rfind("\n")) + 1
        if head.count(" ", cut) < _SPLIT_MIN_WORDS - 1:
            continue  # a short label ("Directory to list"), not half a sentence
        tail = second.norm.skeleton.lstrip()
        joined = head[cut:].lstrip() + " " + re.split(r"(?<=[.!?。])\s", tail, maxsplit=1)[0]
        span = first.norm.original_span(cut, len(head))
        to_span = _constant_span(span)
        for found in _concept_findings(joined, first.item.path, to_span, own, scope):
            if found.score >= MEDIUM:
                reason = f"sentence split across {first.item.path} and {second.item.path}: "
                findings.append(
                    Finding(found.kind, reason + found.reason, span, found.field, found.score)
                )
    return findings


def _constant_span(span: tuple[int, int]) -> Any:
    return lambda _start, _end: span


def definition_texts(definition: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(field path, text the model reads) for every field: the skeleton plus any hidden, reversed
    or encoded text it carries. Shared by scoring and by `poison_train`."""
    if not isinstance(definition, Mapping):
        return []
    return [(view.item.path, view.model_text) for view in map(_view, _collect_fields(definition))]


@dataclass(slots=True)
class _View:
    """A field, normalised, with the texts hidden inside it: (kind, span in field, text)."""

    item: _Field
    norm: textmod.Normalised
    hidden_texts: list[tuple[str, tuple[int, int], str]]
    disguises: list[textmod.DisguisedRun]

    @property
    def model_text(self) -> str:
        # The model was trained before disguised words were revealed; its input stays the same.
        shown = (text for kind, _s, text in self.hidden_texts if kind != _DISGUISE)
        return " ".join([self.norm.skeleton, *shown])


def _view(item: _Field) -> _View:
    norm = textmod.normalise(item.value)
    hidden: list[tuple[str, tuple[int, int], str]] = []
    for run in norm.hidden:
        if run.revealed:
            hidden.append(("tag characters", run.span, textmod.normalise(run.revealed).skeleton))
    for start, end in _overridden_runs(item.value):
        shown = textmod.normalise(item.value[start:end][::-1]).skeleton
        hidden.append(("a right-to-left override", (start, end), shown))
    for blob in textmod.decode_blobs(item.value):
        hidden.append((blob.kind, blob.span, textmod.normalise(blob.decoded).skeleton))
    disguises = textmod.disguised_runs(item.value)
    for disguise in disguises:
        revealed = textmod.normalise(disguise.revealed).skeleton
        hidden.append((_DISGUISE, disguise.span, revealed))
    return _View(item, norm, hidden, disguises)


# Words split by invisible characters: the revealed text is read as if it were visible.
_DISGUISE = "words split by invisible characters"
_DISGUISE_WEIGHT = 0.6
_CARRIERS_WITHOUT_BLOB_FINDING = frozenset(
    {"tag characters", "a right-to-left override", _DISGUISE}
)


_RLO, _RLE, _PDF = "\u202e", "\u202b", "\u202c"
_OVERRIDE_RUN = re.compile("[" + _RLO + _RLE + "]([^" + _PDF + "\n]{6,})")


def _overridden_runs(value: str) -> list[tuple[int, int]]:
    """Text after a right-to-left override: stored reversed, it *displays* as the reverse, so the
    displayed reading is what must be scanned."""
    if _RLO not in value and _RLE not in value:
        return []
    return [m.span(1) for m in _OVERRIDE_RUN.finditer(value)]


def _model_findings(views: list[_View]) -> list[Finding]:
    """The n-gram model's opinion as one finding located at the field that contributed most."""
    probability, shares = poison_model.load().contributions([v.model_text for v in views])
    weight = _model_weight(probability)
    if weight <= 0.0 or not views:
        return []
    top = max(range(len(views)), key=shares.__getitem__)
    item = views[top].item
    return [
        Finding(
            "learned_model",
            f"n-gram model trained on synthetic attacks: p={probability:.2f} (most from this"
            " field)",
            (0, len(item.value)),
            item.path,
            weight,
        )
    ]


def _model_weight(probability: float) -> float:
    """Map the model's probability onto the evidence tiers (fixed on family A, see docs)."""
    for floor, weight in _MODEL_TIERS:
        if probability >= floor:
            return weight
    return 0.0


def _canon(name: str) -> str:
    return re.sub(r"[-.\s]", "_", name.strip().lower())


def _collect_fields(definition: Mapping[str, Any]) -> Iterator[_Field]:
    seen: set[str] = set()
    budget = [_MAX_FIELDS]
    for item in _known_fields(definition, budget):
        seen.add(item.path)
        yield item
    # Text anywhere else (`_meta`, `$comment`, `x-*` keys, other annotations) reaches the model
    # too when a client serialises the whole definition.
    for item in _string_leaves(definition, "", 0, budget):
        if item.path not in seen:
            yield item


def _known_fields(definition: Mapping[str, Any], budget: list[int]) -> Iterator[_Field]:
    yield from _head_fields(definition)
    for key in ("inputSchema", "outputSchema"):
        yield from _walk_schema(definition.get(key), key, 0, budget)


def _string_leaves(node: Any, path: str, depth: int, budget: list[int]) -> Iterator[_Field]:
    """Prose-like strings (two or more spaces) at any path, bounded in depth and count."""
    if depth > _MAX_DEPTH or budget[0] <= 0:
        return
    if isinstance(node, str):
        if node.count(" ") >= 2:
            budget[0] -= 1
            yield _Field(path, node)
    elif isinstance(node, Mapping):
        for key, value in list(node.items())[:_MAX_ITEMS]:
            child = f"{path}.{key}" if path else str(key)
            yield from _string_leaves(value, child, depth + 1, budget)
    elif isinstance(node, list):
        for index, value in enumerate(node[:_MAX_ITEMS]):
            yield from _string_leaves(value, f"{path}[{index}]", depth + 1, budget)


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


def _scan_field(
    view: _View, own: set[str], latin_majority: bool, scope: frozenset[str]
) -> list[Finding]:
    item, norm = view.item, view.norm
    findings = _match_rules(norm.skeleton, item.path, norm.original_span, own, scope)
    if item.path in _PURPOSE_FIELDS:
        purpose = _NAME_SEPARATORS.sub(" ", norm.skeleton) if item.path == "name" else norm.skeleton
        capabilities = _capability_findings(purpose, item.path, norm.original_span)
        findings.extend(_secret_store_scope(found, scope) for found in capabilities)
    findings.extend(_hidden_findings(norm, item.path, view.disguises))
    for comment in _HTML_COMMENT.finditer(item.value):
        findings.append(
            Finding(
                "hidden_text",
                "HTML comment: text a rendered view does not show",
                comment.span(),
                item.path,
                0.3,
            )
        )
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
    for kind, span, inner in view.hidden_texts:
        if kind not in _CARRIERS_WITHOUT_BLOB_FINDING:
            findings.append(
                Finding(
                    "encoded_blob", f"{kind} run decodes to readable text", span, item.path, 0.15
                )
            )
        for found in _match_rules(inner, item.path, lambda s, e: (s, e), own, scope):
            boost = 0.0 if kind == _DISGUISE else _ENCODED_BOOST
            findings.append(_relocate(found, span, f"inside {kind}: ", boost))
    return findings


def _secret_store_scope(found: Finding, scope: frozenset[str]) -> Finding:
    """A vault, KMS or password-manager tool reads credentials by design; only a dual-use
    reading (not theft) is put in its scope."""
    if (
        "SECRET_STORE" in scope
        and " x credentials" in found.reason
        and found.score <= _DUAL_WITH_SCOPE
    ):
        reason = found.reason + " (the tool's declared purpose is a secret store)"
        return Finding(found.kind, reason, found.span, found.field, WEAK)
    return found


def _relocate(
    found: Finding, span: tuple[int, int], prefix: str, boost: float = _ENCODED_BOOST
) -> Finding:
    weight = min(0.95, found.score + boost) if found.score >= MEDIUM else found.score
    return Finding(found.kind, prefix + found.reason, span, found.field, weight)


def _hidden_findings(
    norm: textmod.Normalised, path: str, disguises: list[textmod.DisguisedRun]
) -> list[Finding]:
    weights = {"tag": 0.85, "ansi": 0.7, "bidi": 0.45, "zero_width": 0.35, "control": 0.2}
    findings = [_disguise_finding(run, path) for run in disguises]
    for run in norm.hidden:
        if any(d.span[0] <= run.span[0] and run.span[1] <= d.span[1] for d in disguises):
            continue  # counted in the disguise finding
        reason = f"{run.count} invisible {run.kind.replace('_', '-')} character(s)"
        weight = weights[run.kind]
        if run.revealed:
            reason += f" encoding {run.revealed[:80]!r}"
        elif run.count == 1 and textmod.orthographic_invisible(norm.original, run.span[0]):
            reason, weight = reason + " (orthographic: joiner or hyphenation hint)", 0.1
        findings.append(Finding("hidden_text", reason, run.span, path, weight))
    return findings


def _disguise_finding(run: textmod.DisguisedRun, path: str) -> Finding:
    reason = (
        f"text disguised with {run.count} invisible characters inside words:"
        f" {run.revealed[:80]!r}"
    )
    return Finding("hidden_text", reason, run.span, path, _DISGUISE_WEIGHT)


_NEGATED_BEFORE = re.compile(r"\b(?:never|not|n't|cannot|no)\b[^.,;:!?\n]{0,60}$")


def _safeguard(skeleton: str, match: re.Match[str]) -> bool:
    """ "Do not renew a loan without asking the user": the negations cancel, the user is asked."""
    start = match.start()
    return skeleton.startswith("without", start) and bool(
        _NEGATED_BEFORE.search(skeleton, max(0, start - 64), start)
    )


def _match_rules(
    skeleton: str, path: str, to_original: Any, own: set[str], scope: frozenset[str]
) -> list[Finding]:
    findings = _concept_findings(skeleton, path, to_original, own, scope)
    for rule in (*_RULES, *_FOREIGN_RULES):
        for match in rule.pattern.finditer(skeleton):
            weight, reason = rule.weight, rule.reason
            if _describes_attacks(skeleton, *match.span()):
                weight, reason = (
                    min(weight, WEAK),
                    reason + " (an example a security tool looks for)",
                )
            elif rule.defensible and _DEFENSIVE.search(_sentence(skeleton, match)):
                weight, reason = min(weight, 0.15), reason + " (in a defensive context)"
            elif rule.kind == "destructive" and _DOCS_CONTEXT.search(_sentence(skeleton, match)):
                weight, reason = min(weight, 0.15), reason + " (in documentation)"
            elif rule.kind == "destructive" and (path in _IDENTITY_FIELDS or "DESTROY" in scope):
                weight, reason = min(weight, 0.15), reason + " (the tool's own name declares it)"
            elif rule.kind == "concealment" and _safeguard(skeleton, match):
                weight, reason = min(weight, 0.15), reason + " (a safeguard: 'never ... without')"
            elif rule.kind == "model_directive" and _CHECKS_WITH_USER.search(
                _sentence(skeleton, match)
            ):
                weight = min(weight, 0.15)
                reason += " (asks the model to check with the user)"
            elif rule.kind in _NEGATABLE and _NEGATION.search(
                skeleton, max(0, match.start() - 24), match.start()
            ):
                weight, reason = min(weight, 0.15), reason + " (negated)"
            elif rule.kind == "sensitive_read" and _in_scope(match.group(), scope):
                weight, reason = 0.15, reason + " (within the tool's declared purpose)"
            elif rule.kind == "concealment" and concepts.keeps_a_secret(_sentence(skeleton, match)):
                weight, reason = min(weight, 0.15), reason + " (keeps a secret out of view)"
            elif rule.kind == "concealment" and _protects_a_secret(skeleton, match):
                weight, reason = (
                    min(weight, 0.15),
                    reason + " (the user is not to be asked for a secret)",
                )
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
        weight = MEDIUM if steer else _reference_weight(match.group(), own)
        findings.append(
            Finding(
                "shadowing",
                f"{reason} another tool {tool!r}",
                to_original(*match.span()),
                path,
                weight,
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


_ORDER_HINT = _rx(r"^(?:before|after|prior to)\b|\b(?:first|before|after)$")


def _reference_weight(reference: str, own: set[str]) -> float:
    """A tool this listing lacks, named in a usage hint ("use list_x first", "before calling X"):
    without the listing (`server_tools` empty) it is most likely a sibling, so the mention alone
    is weak; with it, an ordering hint is medium and a condition on the other tool ("whenever X
    runs") strong. Directives that change behaviour elsewhere are composed in the concepts."""
    if not _listing_known(own):
        return WEAK
    return MEDIUM if _ORDER_HINT.search(reference) else 0.6


def _listing_known(own: set[str]) -> bool:
    """Whether the caller passed the other tool names of this server (`server_tools`)."""
    return sum(1 for name in own if name.startswith(_TOOL_MARK)) > 1


def _concept_findings(
    skeleton: str, path: str, to_original: Any, own: set[str], scope: frozenset[str]
) -> list[Finding]:
    """Sentence-level compositions of multilingual concepts (see `poison_concepts`)."""
    findings: list[Finding] = []
    if skeleton.count(" ") < 2 and skeleton.isascii():
        return findings  # every composition needs at least three words
    implicit = frozenset({"SLOT"}) if _describes_a_plain_parameter(path) else frozenset()
    sentences = concepts.tag(skeleton, _identifier_spans(skeleton, own), implicit)
    for hit in concepts.compose(sentences, scope=scope):
        start, end = hit.span
        text = skeleton[start:end]
        weight, reason = hit.weight, hit.reason
        sentence = _sentence_at(skeleton, start, end)
        verb = next((hit.parts[c] for c in _VERB_CONCEPTS if c in hit.parts), hit.span)[0]
        if _describes_attacks(skeleton, start, end):
            weight, reason = min(weight, WEAK), reason + " (an example a security tool looks for)"
        elif hit.kind in _CONCEPT_NEGATABLE and _NEGATION.search(skeleton, max(0, verb - 24), verb):
            weight, reason = min(weight, 0.15), reason + " (negated)"
        elif hit.kind in _CONCEPT_DEFENSIBLE and _defends(skeleton, sentence, start):
            weight, reason = min(weight, 0.15), reason + " (in a defensive context)"
        elif hit.kind == "sensitive_read" and _declares_the_secret(skeleton, hit.parts, own):
            weight, reason = 0.15, reason + " (the tool declares a parameter for it)"
        elif _mere_mention_of_unlisted_tool(hit, own, sentence):
            weight, reason = min(weight, WEAK), reason + " (the server's tool list is unknown)"
        findings.append(
            Finding(hit.kind, f"{reason}: {text[:80]!r}", to_original(start, end), path, weight)
        )
    return findings


# What makes a directive about another tool harmful whoever owns that tool.
_HARMFUL_PARTS = frozenset(
    {"SINK", "SECRET", "SECRET_PATH", "SECRET_HIGH", "ACCOUNT", "ADD_PARTY", "FIN_TARGET"}
)


# Overriding the user's choice, or copying another tool's whole input to this one.
_OVERRIDES_USER = _rx(
    r"\b(?:instead|rather than|even (?:if|when|though)|whatever the user|no matter|regardless"
    r"|(?:the )?same (?:arguments|payload|data|input|parameters))\b"
)


def _mere_mention_of_unlisted_tool(hit: concepts.Hit, own: set[str], sentence: str) -> bool:
    """ "The user must approve using approve_task": without the listing, a workflow rule about
    a tool that is probably a sibling is not shadowing unless it moves data, adds a party or
    overrides what the user chose."""
    return (
        hit.kind == "shadowing"
        and "OTHER_TOOL" in hit.parts
        and not _listing_known(own)
        and not _HARMFUL_PARTS & hit.parts.keys()
        and not _OVERRIDES_USER.search(sentence)
    )


_SNAKE = re.compile(r"(?<![\w.])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w])")
# Tool names start with (or contain) an action; `user_id`, `max_results` are fields, not tools.
_TOOL_VERBS = frozenset(
    {
        *("get", "list", "send", "create", "update", "delete", "read", "write", "search", "find"),
        *("fetch", "run", "exec", "execute", "post", "put", "add", "remove", "set", "make"),
        *("open", "close", "move", "copy", "upload", "download", "transfer", "pay", "query"),
        *("call", "invoke", "start", "stop", "check", "validate", "generate", "convert", "book"),
        *("translate", "summarize", "schedule", "cancel", "merge", "push", "pull", "commit"),
        *("deploy", "install", "sync", "share", "export", "import", "scan", "browse", "submit"),
        *("lookup", "resolve", "notify", "email", "wire", "archive", "approve", "sign", "mail"),
    }
)


_CALLED_BEFORE = re.compile(
    r"\b(?:call|calls|calling|invoke|invoking|use|using|run|running|through|via|over to)\s+"
    r"(?:the\s+)?`?$"
)
_TOOL_AFTER = re.compile(r"`?\s+(?:tool|function|endpoint)\b")


# `email_from`, `send_date`: a last word like these names a field, not a tool.
_FIELD_SUFFIXES = frozenset(
    {"from", "to", "date", "time", "at", "by", "address", "body", "subject", "count", "status"}
    | {"id", "ids", "uuid", "name", "path", "url", "uri", "type", "key"}
)


# Tool names of this server, marked inside `own` (a parameter may share a tool's name).
_TOOL_MARK = "\x00tool:"
# `slack_send`, `invoice_pay`: a noun-first name ending in a transfer verb is a tool, not a field.
_TRANSFER_VERBS = frozenset({"send", "post", "transfer", "upload", "share", "mail", "pay", "wire"})


def _identifier_spans(skeleton: str, own: set[str]) -> dict[str, list[tuple[int, int]]]:
    """SLOT: the tool's own parameter (or tool) names; OTHER_TOOL: tool-like names it lacks."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for match in _NAME_TOKEN.finditer(skeleton):
        name = match.group()
        if _TOOL_MARK + name in own:
            spans.setdefault("SIBLING_TOOL", []).append(match.span())
            continue
        if name in own:
            if len(name) > 2 or _SHORT_NAME_AS_SLOT.search(
                skeleton, max(0, match.start() - 24), match.start()
            ):
                spans.setdefault("SLOT", []).append(match.span())
            continue
        if "_" not in name or not _SNAKE.fullmatch(name):
            continue
        words = name.split("_")
        verb_first = words[0] in _TOOL_VERBS or (len(words) > 2 and words[1] in _TOOL_VERBS)
        verb_first = verb_first or words[-1] in _TRANSFER_VERBS
        called = _CALLED_BEFORE.search(skeleton, max(0, match.start() - 16), match.start())
        called = called or _TOOL_AFTER.match(skeleton, match.end())
        if (words[-1] not in _FIELD_SUFFIXES and verb_first) or called:
            spans.setdefault("OTHER_TOOL", []).append(match.span())
    return spans


# A one- or two-letter parameter (`q`, `to`) is a slot only where a slot is expected ("in q").
_SHORT_NAME_AS_SLOT = re.compile(
    r"\b(?:in|into|inside|as|via|parameter|param|field|argument)\s+[`'\"]?$"
)
_NAME_TOKEN = re.compile(r"(?<![\w.])[a-z0-9_]+(?![\w])")


_PARAMETER_TEXT = re.compile(r"(?:\.properties\.([^.]+)|^arguments\[\d+\])\.(?:description|title)$")
_SECRETISH = frozenset(
    {"auth", "key", "apikey", "token", "password", "passwd", "secret", "credential", "cookie"}
    | {"credentials", "login", "session", "pin", "otp", "passphrase"}
)


def _describes_a_plain_parameter(path: str) -> bool:
    """A parameter's own description or title, for a parameter that is not itself a secret
    (an `api_key` parameter may ask for a key; a `trace` parameter may not)."""
    match = _PARAMETER_TEXT.search(path)
    if match is None:
        return False
    words = set(_IDENT_WORDS.findall(_split_identifier(match.group(1) or "")))
    return not words & _SECRETISH


def _declares_the_secret(skeleton: str, parts: dict[str, tuple[int, int]], own: set[str]) -> bool:
    """The moved object is a secret the tool itself declares a parameter for (its own key)."""
    if "SECRET" not in parts or {"CONVERSATION", "ENV"} & parts.keys():
        return False
    start, end = parts["SECRET"]
    return _declared_secret(skeleton[start:end], own)


def _protects_a_secret(skeleton: str, match: re.Match[str]) -> bool:
    """ "Never ask the user for it (the token)": the opposite of phishing, not concealment."""
    return bool(_ASK_VERB.search(match.group())) and bool(
        {"SECRET", "SECRET_HIGH"} & concepts.sensitive_objects(_sentence(skeleton, match))
    )


_ASK_VERB = re.compile(r"\bask\w*\b")


def _in_scope(text: str, scope: frozenset[str]) -> bool:
    """The sensitive objects `text` names are all part of the tool's declared purpose."""
    named = concepts.sensitive_objects(text)
    return bool(named) and named <= scope


def _defends(skeleton: str, sentence: str, start: int) -> bool:
    """A defensive verb *governs* the material ("scans for leaked keys ..."): it comes before
    the composition, and nothing in the sentence addresses the model."""
    head = sentence[: max(0, sentence.find(skeleton[start : start + 12]))]
    return bool(_DEFENSIVE.search(head)) and not _ADDRESSES_MODEL.search(sentence)


_EXAMPLE_MARK = _rx(
    r"\b(?:such as|for example|eg|including|like"
    r"|(?:tools?|texts?|descriptions?|instructions?|servers?|prompts?) (?:that|which))\b"
)
_SECOND_PERSON = _rx(r"\b(?:you|your)\b")


def _describes_attacks(skeleton: str, start: int, end: int) -> bool:
    """ "Audits tool descriptions for hidden instructions, such as text that tells the model to
    conceal calls": a defensive verb governs, and the attack is cited as an example of what it
    looks for, in the third person. The head reaches back over "e.g." to the line start."""
    line_start = skeleton.rfind("\n", 0, start) + 1
    head = skeleton[max(line_start, start - _EXAMPLE_REACH) : start]
    head = _ABBREVIATION.sub("eg", head)  # "e.g." does not end the sentence
    head = head[max(head.rfind(". "), head.rfind("! "), head.rfind("? ")) + 1 :]
    if not head.strip() or _SECOND_PERSON.search(head + skeleton[start:end]):
        return False
    verb = _DEFENSIVE.search(head)
    return verb is not None and _EXAMPLE_MARK.search(head, verb.end()) is not None


_EXAMPLE_REACH = 240
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e)\.")


_ADDRESSES_MODEL = _rx(r"\b(?:assistant|ai|model|llm|agent|you|your)\b")


def _sentence_at(skeleton: str, start: int, end: int) -> str:
    left = max(skeleton.rfind(". ", 0, start), skeleton.rfind("\n", 0, start))
    ends = [i for i in (skeleton.find(". ", end), skeleton.find("\n", end)) if i >= 0]
    return skeleton[left + 1 : min(ends) if ends else len(skeleton)]


# The negation that matters governs the action, not the sentence ("don't tell the user that
# you send ..." negates the telling, not the sending).
_VERB_CONCEPTS = ("PASS", "READ", "DESTROY", "WIPE_CMD", "PIPE_SHELL", "PERSIST", "GRANT", "ASK")
_CONCEPT_NEGATABLE = frozenset(
    {"sensitive_read", "exfiltration", "destructive", "persistence", "remote_code"}
    | {"credential_phishing"}
)
_CONCEPT_DEFENSIBLE = frozenset({"sensitive_read", "exfiltration", "persistence"})


_IDENTITY_FIELDS = frozenset({"name", "title", "annotations.title"})
# A directive whose action is to consult the user makes the model safer, not the attacker stronger.
_CHECKS_WITH_USER = _rx(
    r"\b(?:ask|confirm with|check with|consult|prompt)\w* (?:the )?(?:user|human|person)\b"
    r"|\bconfirm\w* (?:\w+ ){0,3}(?:with|from) (?:the )?user\b"
)


# Text *about* a dangerous operation (a manual, a how-to) is not a directive to perform it.
_DOCS_CONTEXT = _rx(r"\b(?:documentation|docs|man pages?|manuals?|tutorials?|how to|explain\w*)\b")
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


def _scan_parameters(
    definition: Mapping[str, Any], fields: list[_Field], scope: frozenset[str] = frozenset()
) -> list[Finding]:
    """Parameters whose name is a context-collecting word the tool's purpose never mentions."""
    schema = definition.get("inputSchema")
    if not isinstance(schema, Mapping) or not isinstance(schema.get("properties"), Mapping):
        return []
    purpose = " ".join(f.value for f in fields if f.path in {"name", "title", "description"})
    purpose_words = set(_IDENT_WORDS.findall(_split_identifier(purpose)))
    findings: list[Finding] = []
    stems = _stems(purpose)
    for prop, sub in schema["properties"].items():
        # The parameter's own "Args:" line documents it; it is not evidence of the tool's purpose.
        documented = str(prop) in purpose
        purpose_stems = _stems(_without_lines_naming(purpose, str(prop))) if documented else stems
        words = set(_IDENT_WORDS.findall(_split_identifier(str(prop))))
        context_words = words & _CONTEXT_PARAM_WORDS
        unrelated = _unrelated_context_parameter(str(prop), sub, purpose_stems)
        if unrelated is not None:
            findings.append(
                Finding(
                    "out_of_scope_parameter",
                    f"parameter {prop!r} asks for {unrelated!r} and shares no term with the"
                    " tool's declared purpose",
                    (0, len(str(prop))),
                    f"inputSchema.properties.{prop}",
                    0.55,
                )
            )
        elif (
            context_words
            and not context_words & purpose_words
            and not ("CONVERSATION" in scope and context_words <= _CONVERSATION_WORDS)
        ):
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
                if _in_scope(match.group(), scope):
                    continue
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


# A conversation tool's purpose ("summarise the conversation") covers these parameter words.
_CONVERSATION_WORDS = frozenset(
    {"conversation", "chat", "history", "transcript", "messages", "message", "previous", "context"}
)
# Information about the model, the conversation, the user's environment or the host system:
# what an attacker wants a parameter to collect. Written from the threat model.
_CONTEXT_INFO = frozenset(
    {
        *("conversation", "chat", "history", "transcript", "prompt", "instructions", "context"),
        *("memory", "previous", "reasoning", "thought", "thoughts", "sidenote", "environment"),
        *("env", "os", "platform", "hostname", "cwd", "sysinfo", "model", "llm", "assistant"),
    }
)
# Who is calling: no tool needs the identity of the model that calls it, unless models are
# what the tool is about (then its purpose shares the term and nothing is reported).
_MODEL_IDENTITY = frozenset({"model", "llm", "assistant", "agent", "ai"})
_MODEL_DOMAIN = frozenset(
    {"model", "ml", "ai", "llm", "gpt", "inference", "predict", "prediction", "embedd", "train"}
)
# Parameters that name or point at a thing are arguments, not requests for information.
_ARGUMENT_SUFFIXES = frozenset({"id", "ids", "uuid", "name", "path", "url", "uri", "type", "key"})
_STOPWORDS = frozenset(
    {
        *("the", "a", "an", "of", "to", "for", "in", "on", "and", "or", "with", "by", "from"),
        *("is", "are", "be", "this", "that", "it", "as", "at", "if", "optional", "default"),
        *("string", "value", "e", "g", "eg", "use", "used", "any", "all", "you", "your", "can"),
        *("will", "should", "must", "not", "no", "which", "what", "when", "how", "more", "other"),
    }
)


def _without_lines_naming(text: str, prop: str) -> str:
    """`text` without docstring lines that document `prop` itself ("prop (str): ...")."""
    own_doc = re.compile(r"^\s*[-*]?\s*`?" + re.escape(prop) + r"`?\s*(?:\([^)]*\))?\s*[:=-]")
    return "\n".join(line for line in text.splitlines() if not own_doc.match(line))


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _stems(value: str) -> set[str]:
    words = _IDENT_WORDS.findall(_split_identifier(value))
    return {_stem(w) for w in words if w not in _STOPWORDS}


def _unrelated_context_parameter(prop: str, sub: Any, purpose: set[str]) -> str | None:
    """The context word a parameter asks for, if nothing about the parameter (its name or
    description) relates to any term of the tool's purpose; None otherwise."""
    name_words = _IDENT_WORDS.findall(_split_identifier(prop))
    if not name_words:
        return None
    about_the_model = bool(set(name_words) & _MODEL_IDENTITY)
    if name_words[-1] in _ARGUMENT_SUFFIXES and not about_the_model:
        return None
    desc = sub.get("description") if isinstance(sub, Mapping) else None
    text = prop + " " + (desc if isinstance(desc, str) else "")
    asked = set(_IDENT_WORDS.findall(_split_identifier(text))) & _CONTEXT_INFO
    if not asked or _stems(text) & purpose:
        return None
    if purpose & _MODEL_DOMAIN:  # prompts, context and model names are what such tools take
        return None
    return str(sorted(asked)[0])


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
        if max(scores) > WEAK_FLOOR:
            keep *= 1.0 - min(max(scores) + _KIND_CAP_MARGIN, _noisy_or(scores))
    return round(1.0 - keep, 4)


def _noisy_or(scores: list[float]) -> float:
    keep = 1.0
    for score in scores:
        keep *= 1.0 - score
    return 1.0 - keep
