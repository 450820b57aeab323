"""Personal data in text: e-mail addresses, phone numbers, payment card numbers, IBANs, national
identity numbers and IP addresses.

Every kind that has a check digit is validated with it (Luhn for cards, mod-97 for IBANs and the
French NIR, the mod-23 letter of the Spanish DNI); the others are held to their numbering rules
(US SSN areas and groups, UK NI prefixes) or to a shape that numbers, dates and version strings do
not have (phone numbers need a `+` country code, a national layout with separators, or a word such
as "phone" in front of them).

National ids that are bare digits (Canadian SIN: Luhn; Dutch BSN: the 11-test; Brazilian CPF: two
mod-11 digits; Indian Aadhaar: Verhoeff; German Steuer-IdNr: ISO 7064 MOD 11,10 and its rule of
one repeated digit) count only after a word that names them ("SIN", "numéro d'assurance
sociale", "BSN", "CPF", "Aadhaar", "Steuer-ID", "IdNr", "tax id"): nine to twelve digits are as
often an order number. Two layouts say what they are without a word: a CPF in its full
punctuation (`529.982.247-25`) and the Italian codice fiscale (letters, birth date and place,
check letter).

The Nordic ids carry a birth date, checked as a date. A Finnish henkilötunnus (`131052-308T`: the
date, a century sign, the individual number and its mod-31 check character) says what it is by
its layout. The Swedish personnummer (`811218-9876`, Luhn), the Norwegian fødselsnummer (eleven
digits, two mod-11 check digits) and the Danish CPR number (`DDMMYY-SSSS`, no check digit since
2007) count only after a word that names them ("personnummer", "fødselsnummer", "CPR-nr.", …):
see `_NORDIC_WORD` for why even a Swedish number with its separator needs one.

The Polish PESEL (weights 1-3-7-9, the century in the month), the Austrian social insurance number
(weights 3-7-9-0-5-8-4-2-1-6 mod 11, a birth date) and the Portuguese NIF (mod 11, a valid first
digit) count only after a word that names them, in English or the local language (`_ID_WORD`,
which also knows more names for the ids above: "citizen service number", "UID", "national id",
"identitetsnummer", …). The Belgian national number (mod 97, before and after 2000) and the Swiss
AHV number (`756`, EAN-13) say what they are in their full punctuation (`85.07.30-033.28`,
`756.1234.5678.97`); as bare digits they need a word too. The Chinese resident identity number
(eighteen characters: a province and area code, the birth date, a sequence and an ISO 7064
MOD 11-2 check character) says what it is by itself (`_cn_ids`).

In a table the header of a column is that word: a bare id in a cell of a CSV/TSV row, a markdown
or ASCII table or a text table aligned with spaces counts when its column is headed `nl_bsn`,
`PESEL`, `Social Insurance Number`, `national_id`, … (`_table_ids`), and not in a column of order
ids, SKUs or extensions.

Reserved values are nobody's personal data and are not reported: addresses at the RFC 2606 / 6761
domains (`example.com`, `.org`, `.net` and their subdomains; `*.example`, `*.test`, `*.invalid`,
`*.localhost`, `*.local`) and no-reply mailboxes (`noreply@…`, `do-not-reply@…`); addresses in the
RFC 5737 / 3849 documentation ranges (`192.0.2.0/24`, `198.51.100.0/24`, `203.0.113.0/24`,
`2001:db8::/32`) and IPv6 addresses whose first 96 bits are zero (`::1:8080` is loopback and a
port); the test card numbers payment providers publish (`4242 4242 4242 4242`); UK NI numbers
with prefixes never issued (`QQ…`, HMRC's examples); and phone numbers reserved for drama and
fiction (NANP `555-0100` to `555-0199`, Ofcom's `020 7946 0xxx`, `07700 900xxx`, …, ACMA's
`0X 5550 xxxx`). Private ranges are still reported unless `private_ips=False`.

As for secrets, one Hyperscan pass (`TRIGGERS`) finds where personal data can be, and the rules
run only around the hits, each region only for the kinds its triggers name.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from mcpwarden.detectors.leaks import (
    PII,
    Leak,
    Prefilter,
    Region,
    Trigger,
    hides_escapes,
    luhn_valid,
    resolve,
    scan_regions,
)

PII_KINDS: Final = (
    "email",
    "phone",
    "card_number",
    "iban",
    "us_ssn",
    "uk_nino",
    "fr_nir",
    "es_dni",
    "ca_sin",
    "nl_bsn",
    "br_cpf",
    "in_aadhaar",
    "it_codice_fiscale",
    "de_tax_id",
    "se_personnummer",
    "no_fodselsnummer",
    "fi_hetu",
    "dk_cpr",
    "pl_pesel",
    "be_national_number",
    "ch_ahv",
    "at_svnr",
    "pt_nif",
    "cn_resident_id",
    "ip_address",
)

WINDOW_BEFORE: Final = 4  # room for "+", "(", an IBAN country or a UK NI prefix
WINDOW_AFTER: Final = 12  # room for a check letter, a phone extension and every look-ahead
# An IBAN's digits may start after its country, check digits and a bank code in letters
# ("GB82 WEST 1234…") and end in letters ("…MTLC AST0 01S").
IBAN_BEFORE: Final = 14
IBAN_AFTER: Final = 16
IBAN_MIN_DIGITS: Final = 6
_DELETE_DIGITS: Final = str.maketrans("", "", "0123456789")
_DIGIT_RUN: Final = re.compile(r"\d[\d \-.()/]{4,}\d")

# -- e-mail ---------------------------------------------------------------------------------------

_EMAIL_DOMAIN: Final = re.compile(
    r"@(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24})"
    r"(?![A-Za-z0-9\-]|\.[A-Za-z0-9])"
)
MAX_LOCAL_CHARS: Final = 64
_FILE_SUFFIXES: Final = frozenset(
    {
        "png",
        "jpg",
        "jpeg",
        "gif",
        "svg",
        "webp",
        "ico",
        "bmp",
        "js",
        "mjs",
        "ts",
        "tsx",
        "jsx",
        "css",
        "scss",
        "py",
        "json",
        "yaml",
        "yml",
        "md",
        "txt",
        "html",
        "htm",
        "go",
        "rs",
        "java",
        "rb",
        "php",
        "lock",
        "toml",
        "xml",
        "map",
        "min",
        "wasm",
        "zip",
        "gz",
        "tgz",
        "pdf",
    }
)
_SSH_USERS: Final = frozenset({"git", "hg", "svn"})
# RFC 2606 / RFC 6761: names that can never belong to anyone, kept for documentation and tests.
_RESERVED_DOMAINS: Final = ("example.com", "example.net", "example.org")
_RESERVED_TLDS: Final = frozenset({"example", "test", "invalid", "localhost", "local"})
# Mailboxes that nobody reads: a sender's address, not a person's.
_NO_REPLY_MAILBOXES: Final = frozenset(
    {"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply"}
)

# -- IP addresses ---------------------------------------------------------------------------------

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# Not inside a longer dotted or dashed name (`python-3.4.2.4`, `1.2.3.4-beta`, `10.0.0.1.5`),
# nor a network in CIDR notation (`10.0.0.0/16`: a range, not someone's address).
_IPV4: Final = re.compile(rf"(?<![\w.\-])(?:{_OCTET}\.){{3}}{_OCTET}(?![\w\-]|\.\d|/\d)")
_IPV6_CANDIDATE: Final = re.compile(r"[0-9A-Fa-f:][0-9A-Fa-f:.]{2,44}")
_TWO_COLONS: Final = re.compile(r":[0-9A-Fa-f]{0,4}:")
_IPV6_CHARS: Final = frozenset("0123456789abcdefABCDEF:")
MAX_IPV6_CHARS: Final = 45
_IPV6_NOT_BEFORE: Final = frozenset("GHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyz_")
_VERSION_BEFORE: Final = re.compile(r"(?i)(?:\bv|version|ver|release|build|firmware|os)[\s:=]*$")

# -- numbers --------------------------------------------------------------------------------------

# Not one group among more, nor glued to letters: `ES07 4959 3444 4968 7792 7078` and
# `BE30509067383962` are account numbers.
_CARD: Final = re.compile(
    r"(?<![\w\-.])(?<!\d[ \-])\d{4}(?:[ \-]?\d){9,15}(?![\d\-]|\.\d|[ \-]\d{4}(?!\d))"
)
_IBAN: Final = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]){11,30}(?![a-z0-9])")
_SSN: Final = re.compile(r"(?<![\d\-])(\d{3})([ \-])(\d{2})\2(\d{4})(?![\d\-])")
_NINO: Final = re.compile(
    # HMRC's prefix rules: never D, F, I, Q, U or V first, nor D, F, I, O, Q, U or V second (so
    # not QQ, the prefix of its documented examples), nor the pairs of `_NINO_BAD_PREFIXES`
    r"(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D]"
    r"(?![A-Za-z0-9])"
)
_NIR: Final = re.compile(
    r"(?<![\d])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}"
    r"(?!\d)"
)
_DNI: Final = re.compile(r"(?<![A-Za-z0-9])([XYZ]?\d{7,8})-?([A-Z])(?![A-Za-z0-9])")
_DNI_LETTERS: Final = "TRWAGMYFPDXBNJZSQVHLCKE"

# -- phone numbers --------------------------------------------------------------------------------

_EXTENSION = r"(?:[ ]?(?:x|ext\.?|#)[ ]?\d{1,5})?"
_PHONE_INTL: Final = re.compile(
    rf"(?<![\w+])\+[1-9]\d{{0,3}}(?:[ .\-]?\(?\d{{1,5}}\)?){{1,6}}{_EXTENSION}(?![\w]|[.\-]\d)"
)
_PHONE_NANP: Final = re.compile(
    r"(?<![\w.+\-/])(?<!\d )(?:(?:1|001)[ .\-])?"
    r"(?:\(\d{3}\) ?\d{3}[.\- ]|\d{3}(?P<sep>[.\- ])\d{3}(?P=sep))"
    rf"\d{{4}}{_EXTENSION}(?![\w]|[.\-/]\d| \d)"
)
# National layouts that start with a trunk 0: FR `01 23 45 67 89`, UK `020 7946 0958`,
# `07700 900123`, DE `(030) 12345678`, or ten digits in one piece (`0612345678`).
_MOBILE_PREFIXES: Final = ("06", "07", "015", "016", "017")
_PHONE_EU: Final = re.compile(
    r"(?<![\w.+\-/#])(?<!\d )(?:0[1-9](?P<sep>[ .\-])\d{2}(?:(?P=sep)\d{2}){3}"
    r"|\(?0[1-9]\d{1,3}\)?[ /]?\d{3,4}[ \-]?\d{3,4}|\(0[1-9]\)[ ]?\d{4}[ \-]?\d{4})"
    rf"{_EXTENSION}(?![\w]|[.\-/]\d| \d)"
)
# A layout without a trunk 0: BR `(21) 98677-3569` (a two-digit area code in brackets, a
# mobile's leading 9, a hyphen before the last four digits).
_PHONE_NO_TRUNK: Final = re.compile(
    r"(?<![\w.+\-/#(])(?<!\d )\([1-9]\d\)[ ]?9?\d{4}-\d{4}"
    rf"{_EXTENSION}(?![\w]|[.\-/]\d| \d)"
)
# A context word counts as a word, not inside one ("Bestellung 49311785624", "hotel", "excellent"
# say nothing): it starts a word (or a camelCase part: `workPhone`) and ends it, or goes on only
# into a compound that still names a number (`telephone`, `Telefonnummer`, `phone_no`).
# `tel` may sit inside a word when the word is a telephone (`Mobiltelefon`).
_NUMBER_NOUN: Final = r"(?:[_\-]?(?:numbers?|nummer|numero|num|no|nr))"
_CONTEXT_WORDS: Final = tuple(
    (word, kind, re.compile(rf"{rest}(?![^\W\d_])"))
    for word, kind, rest in (
        ("phone", "phone", rf"(?:s|{_NUMBER_NOUN})?"),
        ("tel", "phone", rf"(?:e(?:phone|fon[eo]?)s?)?{_NUMBER_NOUN}?"),
        ("mobile", "phone", rf"(?:s|phones?)?{_NUMBER_NOUN}?"),
        ("cell", "phone", rf"(?:s|phones?|ular)?{_NUMBER_NOUN}?"),
        ("handy", "phone", rf"{_NUMBER_NOUN}?"),
        ("fax", "phone", rf"(?:es)?{_NUMBER_NOUN}?"),
        ("whatsapp", "phone", rf"{_NUMBER_NOUN}?"),
        ("sms", "phone", rf"{_NUMBER_NOUN}?"),
        ("call me at", "phone", ""),
        ("ssn", "us_ssn", rf"{_NUMBER_NOUN}?"),
        ("social security", "us_ssn", rf"{_NUMBER_NOUN}?"),
    )
)
_TELEPHONE_IN_A_WORD: Final = ("telef", "teleph")
_NUMBER_AFTER_WORD: Final = re.compile(
    r"[A-Za-z.#]{0,12}\b[^\n\d+\x00]{0,20}(?P<number>\+?\(?\d[\d ().\-]{5,18}\d)(?!\w|[.\-]\d)"
)
# National ids that are bare digits (Canadian SIN, Dutch BSN, Brazilian CPF, Indian Aadhaar), as
# order numbers, phone numbers and ids are: only a word that names them (in English or the
# country's language) says that is what they are; then their check digits must hold. The Italian
# codice fiscale has a shape of its own, but is held to the same rule.
_NATIONAL_WORD: Final = re.compile(
    r"(?<![a-z])(?:(?P<ca_sin>sin|social[ _\-]?insurance|nas"
    r"|num[eé]ro d['\u2019]assurance sociale|assurance[ _\-]sociale)"
    r"|(?P<nl_bsn>bsn|burger[ _\-]?service[ _\-]?nummer|sofi[ _\-]?nummer|sofi)"
    r"|(?P<br_cpf>cpf)|(?P<in_aadhaar>aadhaa?r|uidai)"
    r"|(?P<it_codice_fiscale>codice[ _\-]?fiscale|cod\.[ ]?fisc\.?|c\.[ ]?f\.?|cf)"
    r"|(?P<de_tax_id>steuer[ _\-]?(?:id(?:[ _\-]?nr)?|identifikations[ _\-]?nummer)"
    r"|steuerliche[ _\-]+identifikations[ _\-]?nummer|identifikations[ _\-]?nummer"
    r"|id[ _\-]?nr|tax[ _\-]?id(?:entification[ _\-]?number)?|tin))(?![a-z])"
    r"(?![ \t]*\((?![ \t]*\d))"  # `sin(x)`: a function, not a name (`SIN (046…)` is one)
)
_NATIONAL_WORD_PARTS: Final = ("sin", "nas", "bsn", "sofi", "insurance", "sociale", "nummer",
                               "cpf", "aadha", "uidai", "fisc", "cf", "c.f", "c. f", "steuer",
                               "idnr", "id-nr", "id nr", "id_nr", "identifikations", "tax",
                               "tin")
# Between a name and its number: no digits and no line break, but a parenthesis with letters and
# no long number may hold some ("Personnummer (11 siffer): …", "national id (PL): …"; not
# "SIN (046 454 286)" nor "(811218-9876, Luhn)"). The parenthesis is taken whole or not at all
# (possessive), so the gap is read in one way only.
_BEFORE_NATIONAL: Final = (r"(?:[^\n\d+\x00(]|\((?:(?=[^()\n]{0,24}[^\W\d_])"
                           r"(?![^()\n]{0,24}\d[\d .\-]{3}\d)[^()\n]{1,24}\))?+){0,32}?")
# (not after, not before): a number's digits are not part of a longer number or dotted name
_DIGITS_APART: Final = (r"[\d.\-]", r"\d|[.\-]\d")
_NATIONAL_NUMBERS: Final = {
    kind: re.compile(rf"{_BEFORE_NATIONAL}(?<!{before})(?P<number>{number})(?!{after})")
    for kind, number, before, after in (
        ("nine", r"\d{3}(?P<sep>[ .\-]?)\d{3}(?P=sep)\d{3}|\d{4}[ .]\d{2}[ .]\d{3}",
         *_DIGITS_APART),
        ("br_cpf", r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}", *_DIGITS_APART),
        ("in_aadhaar", r"[2-9]\d{3}(?P<sep>[ \-]?)\d{4}(?P=sep)\d{4}", *_DIGITS_APART),
        ("it_codice_fiscale", r"[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]", r"[A-Za-z0-9]",
         r"[A-Za-z0-9]"),
        ("de_tax_id", r"[1-9]\d(?P<sep>[ ]?)\d{3}(?P=sep)\d{3}(?P=sep)\d{3}", *_DIGITS_APART),
    )
}
# The layouts that say what a value is without a word: a CPF in its full punctuation
# (`529.982.247-25`) and a codice fiscale (six letters, the birth date and place, the check
# letter; the day is 1-31, or 41-71 for women).
_CPF_LAYOUT: Final = re.compile(r"(?<![\d.\-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d]|[.\-]\d)")
_CODICE_FISCALE: Final = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{6}\d{2}[A-EHLMPR-T][0-7]\d[A-Z]\d{3}[A-Z](?![A-Za-z0-9])"
)
# -- Nordic ids -----------------------------------------------------------------------------------

# The Finnish henkilötunnus: DDMMYY, the century sign (`+` 1800s; `-` and, since 2023, `U`-`Y`
# 1900s; `A`-`F` 2000s), the individual number and the check character, the remainder mod 31 of
# the nine digits in `_HETU_CHECKS`.
_HETU: Final = re.compile(
    r"(?<![\w.\-+])(\d{2})(\d{2})(\d{2})([+\-A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])(?!\w|[.\-]\w)"
)
_HETU_CHECKS: Final = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_HETU_CENTURIES: Final = {"+": 1800, **dict.fromkeys("-UVWXY", 1900),
                          **dict.fromkeys("ABCDEF", 2000)}
# The Swedish, Norwegian and Danish numbers are digits and a birth date. `YYMMDD-NNNC` is also
# how order, batch and ticket numbers stamped with their day are written (`201231-1234`): such a
# number's date is valid by construction, so only the Swedish Luhn digit (one chance in ten) and,
# for a Dane, nothing at all would tell them from an id; a Swedish number in its full punctuation
# would still flag one dated reference in ten. So all three need a word that names them, in the
# local languages or English; "personnummer" is used in all three countries, and then the number
# itself says which (eleven digits: Norwegian; a Swedish date and Luhn digit; else a Danish date).
_NORDIC_WORD: Final = re.compile(
    r"(?<![a-zæøå])(?:"
    r"(?P<se_personnummer>person[ _\-]?nr|pers(?:\.[ ]?|[ _\-]?)nr|pnr"
    r"|samordnings[ _\-]?(?:nummer|nr)"
    r"|personal[ _\-]identity[ _\-]number|swedish[ _\-](?:personal[ _\-])?id(?:entity)?"
    r"(?:[ _\-]?(?:number|no|nr))?)"
    r"|(?P<no_fodselsnummer>f(?:ø|o|oe)dsels[ _\-]?(?:nummer|nr)|fnr|f\.[ ]?nr|d[ _\-]nummer)"
    r"|(?P<dk_cpr>cpr(?:[ _\-.]*(?:nummer|nr|no))?)"
    r"|(?P<any>person[ _\-]?nummer))\.?(?![a-zæøå])"
)
_NORDIC_WORD_PARTS: Final = ("person", "pers.", "persnr", "pers nr", "pers_nr", "pers-nr", "pnr",
                             "samordning", "swedish", "dsels", "fnr",
                             "f.nr", "f. nr", "nummer", "cpr")
_NORDIC_WORD_KINDS: Final = {
    "se_personnummer": ("se_personnummer",),
    "no_fodselsnummer": ("no_fodselsnummer",),
    "dk_cpr": ("dk_cpr",),
    "any": ("no_fodselsnummer", "se_personnummer", "dk_cpr"),
}
_NORDIC_NUMBER: Final = re.compile(
    rf"{_BEFORE_NATIONAL}(?<![\d.\-])(?P<number>(?:\d{{2}})?\d{{6}}[\-+ ]?\d{{4,5}})"
    r"(?!\d|[.\-]\d)"
)
_SE_NUMBER: Final = re.compile(r"(18|19|20)?(\d{2})(\d{2})(\d{2})([\-+ ]?)(\d{4})")
_NO_NUMBER: Final = re.compile(r"(\d{2})(\d{2})(\d{2}) ?(\d{3})(\d{2})")
_DK_NUMBER: Final = re.compile(r"(\d{2})(\d{2})(\d{2})[\- ]?(\d)(\d{3})")
_NO_WEIGHTS: Final = ((3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
_DAYS_IN_MONTH: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# -- more national ids after a name ----------------------------------------------------------------

# The Polish PESEL, the Belgian national number, the Swiss AHV number, the Austrian social
# insurance number and the Portuguese NIF, and other names (local spellings, English
# descriptions) for ids above: a word names one kind or several, and the number's layout and
# check digits say which it is (`_ID_LAYOUTS`, `_id_valid`). A Belgian number and an AHV number
# in their full punctuation (`85.07.30-033.28`, `756.1234.5678.97`) need no word
# (`_BE_LAYOUT`, `_AHV_LAYOUT`).
_GENERIC_ID_KINDS: Final = ("be_national_number", "ch_ahv", "no_fodselsnummer", "pl_pesel",
                            "se_personnummer", "nl_bsn", "in_aadhaar")
_SOCIAL_ID_KINDS: Final = ("ch_ahv", "at_svnr")
_ID_WORD: Final = re.compile(
    r"(?=[abceiknoprstuvआ])(?<![a-z])(?:"  # the first letters of the names (twice as fast)
    r"(?P<pl_pesel>pesel|(?:numer[ _\-])?(?:identyfikacyjn|ewidencyjn)[a-z]*)"
    r"|(?P<be_national_number>rijksregister(?:[ _\-]?(?:nummer|nr))?|insz|niss|rrn|nrn|nn"
    r"|e[ _\-]?id"
    r"|(?:num[eé]ro[ _\-](?:de[ _\-])?|n°[ ]?)?registre[ _\-]national|num[eé]ro[ _\-]national"
    r"|belgian[ _\-]national[ _\-]number|national[ _\-]register(?:[ _\-]?(?:number|no|nr))?)"
    r"|(?P<ch_ahv>(?:ahv|avs|oasi)(?:n13)?(?:[ _\-.]*(?:nummer|number|nr|no|num[eé]ro))?)"
    r"|(?P<at_svnr>svnr|vsnr|sv[ _\-.]?(?:nr|nummer)|e[ _\-]?card)"
    r"|(?P<social>(?:sozial)?versicherungs[ _\-]?(?:nummer|nr)|versicherte[rn]?"
    r"|social[ _\-]?(?:security|insurance)(?:[ _\-]?(?:number|no|nr))?|ssn)"
    r"|(?P<pt_nif>nif|nipc|(?:n[uú]mero[ _\-]de[ _\-])?contribuinte|identifica[cç][aã]o[ _\-]fiscal"
    r"|n[uú]mero[ _\-]fiscal"
    r"|tax[ _\-]?(?:id|number|identification[ _\-]number)|taxpayer(?:[ _\-]?(?:id|number))?)"
    r"|(?P<nl_bsn>citizen[ _\-]?service[ _\-]?(?:number|no|nr))"
    r"|(?P<in_aadhaar>uid|e[ _\-]?kyc|kyc|id[ _\-]proof|आधार)"
    r"|(?P<nordic>identitets?(?:[ _\-]?(?:nummer|nr))?)"
    r"|(?P<generic>national[ _\-]?(?:id(?:entity|entification)?|number|no|nr)"
    r"(?:[ _\-]?(?:number|no|nr|card))?"
    r"|personal[ _\-]?id(?:entity)?[ _\-]?(?:number|no|nr|code)|identification[ _\-]?number"
    r"|id[ _\-]?number))\.?(?![a-z])"
)
_ID_WORD_PARTS: Final = ("pesel", "identyfikacyj", "ewidencyj", "rijksregister", "insz", "niss",
                         "rrn", "nrn", "nn", "id", "registre", "national", "ahv", "avs", "oasi",
                         "svnr", "vsnr", "sv", "fiscal", "card", "versicher", "social", "ssn",
                         "nif", "nipc", "contribuinte", "tax", "citizen", "kyc", "आधार")
_ID_WORD_KINDS: Final = {
    "social": _SOCIAL_ID_KINDS,
    "nordic": ("no_fodselsnummer", "se_personnummer"),
    "generic": _GENERIC_ID_KINDS,
}
_NORDIC_LAYOUT: Final = r"(?:\d{2})?\d{6}[\-+ ]?\d{4,5}"
_ID_LAYOUTS: Final = {
    kind: re.compile(rf"{_BEFORE_NATIONAL}(?<![\d.\-])(?P<number>{number})(?!\d|[.\-]\d)")
    for kind, number in (
        ("pl_pesel", r"\d{11}"),
        ("be_national_number", r"\d{2}(?P<sep>[. ]?)\d{2}(?P=sep)\d{2}[\- .]?\d{3}[. \-]?\d{2}"),
        ("ch_ahv", r"756(?P<sep>[. ]?)\d{4}(?P=sep)\d{4}(?P=sep)\d{2}"),
        ("at_svnr", r"\d{4}[ ]?\d{6}"),
        ("pt_nif", r"\d{9}|\d{3} \d{3} \d{3}"),
        ("nl_bsn", r"\d{3}(?P<sep>[ .\-]?)\d{3}(?P=sep)\d{3}|\d{4}[ .]\d{2}[ .]\d{3}"),
        ("in_aadhaar", r"[2-9]\d{3}(?P<sep>[ \-]?)\d{4}(?P=sep)\d{4}"),
        ("se_personnummer", _NORDIC_LAYOUT),
        ("no_fodselsnummer", _NORDIC_LAYOUT),
    )
}
_BE_LAYOUT: Final = re.compile(r"(?<![\d.\-])\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}(?![\d]|[.\-]\d)")
_AHV_LAYOUT: Final = re.compile(r"(?<![\d.\-])756\.\d{4}\.\d{4}\.\d{2}(?![\d]|[.\-]\d)")
_PESEL_WEIGHTS: Final = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
# PESEL: the month carries the century (+80 the 1800s, +0 the 1900s, +20, +40, +60 after).
_PESEL_CENTURIES: Final = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}
_SVNR_WEIGHTS: Final = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
# NIF: the first digit (or two) says who holds it: 1-3 persons, 45 non-residents, 5 companies,
# 6 public bodies, 70-79 estates and others, 8 sole traders (older), 9x irregular entities.
_NIF_FIRST: Final = ("1", "2", "3", "45", "5", "6", "70", "71", "72", "74", "75", "77", "79",
                     "8", "90", "91", "98", "99")

_DATE_LIKE: Final = re.compile(
    r"\d{4}[.\-/ ]\d{1,2}[.\-/ ]\d{1,2}|\d{1,2}[.\-/ ]\d{1,2}[.\-/ ]\d{4}"
)

# Country code → IBAN length (ISO 13616 registry).
_IBAN_LENGTHS: Final = {
    "AD": 24,
    "AE": 23,
    "AL": 28,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BR": 29,
    "BY": 28,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IQ": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LC": 32,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NL": 18,
    "NO": 15,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "SA": 24,
    "SC": 31,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "ST": 25,
    "SV": 28,
    "TL": 23,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VA": 22,
    "VG": 24,
    "XK": 20,
}
_NINO_BAD_PREFIXES: Final = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
# Test card numbers published by payment providers (Stripe, Braintree, Adyen, PayPal,
# Authorize.net, Worldpay, Checkout.com, …): they pass Luhn, but charge no one's account.
_TEST_CARDS: Final = frozenset({
    "2222400070000005", "2223000010309703", "2223000010309711", "2223000048400011",
    "2223003122003222", "3056930009020004", "30569309025904", "3088000000000017",
    "341111111111111", "3530111333300000", "3566002020360505", "3566111111111113",
    "3569990010095841", "36006666333344", "36227206271667", "36259600000004", "370000000000002",
    "370000000100018", "371449635398431", "378282246310005", "378734493671000", "38000000000006",
    "38520000023237", "4000000000000002", "4000000000000010", "4000000000000028",
    "4000000000000036", "4000000000000044", "4000000000000051", "4000000000000069",
    "4000000000000077", "4000000000000093", "4000000000000101", "4000000000000119",
    "4000000000000127", "4000000000000226", "4000000000000259", "4000000000000341",
    "4000000000001000", "4000000000001091", "4000000000003055", "4000000000003063",
    "4000000000003204", "4000000000003220", "4000000000003238", "4000000000003246",
    "4000000000003253", "4000000000006975", "4000000000009979", "4000000000009987",
    "4000000000009995", "4000000760000002", "4000001240000000", "4000002500003155",
    "4000002760003184", "4000008260003178", "4000056655665556", "4000060000000006",
    "4000111111111115", "4000111111111511", "4000620000000007", "4005519200000004",
    "4007000000027", "4009348888881881", "4012000033330026", "4012000077777777", "4012888818888",
    "4012888888881881", "4035501000000008", "4100000000000019", "4111111111111111",
    "4111111145551142", "4166676667666746", "4217651111111119", "4222222222222",
    "4242424242424242", "4360000001000005", "4444333322221111", "4484070000000000",
    "4500600000000061", "4646464646464644", "4761739001010010", "4761739001010119",
    "4917610000000000", "4988438843884305", "5019717010103742", "5066991111111118",
    "5105105105105100", "5136333333333335", "5200000000001005", "5200000000001096",
    "5200828282828210", "5413330089010434", "5413330089600010", "5424000000000015",
    "5431111111111111", "5454545454545454", "5555444433331111", "5555555555554444",
    "5577000055770004", "5610591081018250", "6011000000000012", "6011000990139424",
    "6011111111111117", "6011601160116611", "6011981111111113", "6200000000000005",
    "6243030000000001", "6331101999990016", "6445644564456445", "6555900000604105",
    "6703444444444449", "6759649826438453",
})
# Numbers set aside for drama and fiction, which reach no one (in national form, trunk 0).
# UK (Ofcom): London, the large cities' `01xx 496 0xxx`, Tyneside, Belfast, Cardiff, no area,
# mobile, freephone, premium rate and UK-wide, each a thousand numbers.
_UK_FICTIONAL: Final = (
    "02079460", "01134960", "01144960", "01154960", "01164960", "01174960", "01184960",
    "01214960", "01314960", "01414960", "01514960", "01614960", "01914980", "02896496",
    "02920180", "01632960", "07700900", "08081570", "09098790", "03069990",
)
# Australia (ACMA): `0X 5550 xxxx` and `0X 7010 xxxx` in each geographic area, and the mobile
# numbers for drama (`0491 570 006` … `0491 579 455`, all in `0491 57x xxx`).
_AU_FICTIONAL: Final = ("025550", "035550", "075550", "085550",
                        "027010", "037010", "077010", "087010", "049157")
_AU_NATIONAL_LAYOUT: Final = re.compile(
    r"\(?0[2378]\)?[ .\-]?\d{4}[ .\-]?\d{4}|04\d{2}[ .\-]?\d{3}[ .\-]?\d{3}")
# `DDMMYY-NNNN`: how Nordic ids and references stamped with their day are written, not phones.
_DATED_REFERENCE: Final = re.compile(r"\d{6}-\d{4}")
_PHONE_EXTENSION: Final = re.compile(r"[ ]?(?:x|ext\.?|#)[ ]?\d{1,5}$")


def find_pii(
    text: str, kinds: Collection[str] | None = None, *, private_ips: bool = True
) -> list[Leak]:
    """Personal data of the given `kinds` (default: all of `PII_KINDS`) in `text`, overlaps
    resolved, in order of position. Loopback, unspecified and netmask-like IP addresses are never
    reported; `private_ips=False` also skips private, link-local and reserved ranges."""
    wanted = frozenset(PII_KINDS if kinds is None else kinds)
    unknown = wanted - frozenset(PII_KINDS)
    if unknown:
        raise ValueError(
            f"unknown personal-data kinds: {', '.join(sorted(unknown))}; "
            f"known: {', '.join(PII_KINDS)}"
        )

    regions = _PREFILTER.regions(text)
    if not regions:
        return []

    def finder(plain: str, tags: set[str], starts: list[int] | None) -> list[Leak]:
        kinds = frozenset().union(*(_TAG_KINDS.get(tag, (tag,)) for tag in tags))
        return _find_plain(plain, wanted & kinds, private_ips)

    leaks = scan_regions(text, regions, finder)
    if wanted & _TABLE_KINDS:
        leaks.extend(_table_ids(text, regions, wanted))
    return resolve(leaks)


def may_contain_pii(data: bytes) -> bool:
    """False when `data` (text or raw JSON, as bytes) cannot hold personal data `find_pii` would
    report (see `may_contain_secrets`)."""
    return hides_escapes(data) or _TRIAGE_PREFILTER.matches(data)


def _find_plain(text: str, wanted: frozenset[str], private_ips: bool) -> list[Leak]:
    leaks: list[Leak] = []
    if "email" in wanted:
        leaks.extend(_emails(text))
    if not wanted - {"email"}:
        return leaks
    windows = _number_windows(text)
    if "iban" in wanted:
        for window in windows:
            if window.digits >= IBAN_MIN_DIGITS:
                leaks.extend(
                    _ibans(text, max(0, window.start - IBAN_BEFORE), window.end + IBAN_AFTER)
                )
    for kind, min_digits, scan in _NUMBER_SCANNERS:
        if kind in wanted:
            for window in windows:
                if window.digits >= min_digits:
                    leaks.extend(scan(text, window.start, window.end))
    if "ip_address" in wanted:
        for window in windows:
            if window.dotted:
                leaks.extend(_ipv4s(text, window.start, window.end, private_ips))
        leaks.extend(_ipv6s(text, private_ips))
    if "phone" in wanted or "us_ssn" in wanted:
        leaks.extend(leak for leak in _numbers_in_context(text) if leak.kind in wanted)
    if "it_codice_fiscale" in wanted:
        leaks.extend(_codici_fiscali(text))
    if wanted & _NATIONAL_KINDS:
        leaks.extend(_national_numbers(text, wanted))
    if wanted & _NORDIC_KINDS:
        leaks.extend(_nordic_numbers(text, wanted))
    if wanted & _NAMED_KINDS:
        leaks.extend(_named_ids(text, wanted))
    return resolve(leaks)


@dataclass(slots=True)
class _Window:
    start: int
    end: int
    digits: int  # the most digits of one run in the window
    dotted: bool


def _number_windows(text: str) -> list[_Window]:
    """Stretches of text around runs of digits, merged: all number-shaped kinds are looked for
    only there, and only where a run has as many digits as the kind needs, so a page of prose or
    a table of small numbers costs one character-class pass."""
    windows: list[_Window] = []
    for match in _DIGIT_RUN.finditer(text):
        run = match.group(0)
        digits = len(run) - len(run.translate(_DELETE_DIGITS))
        start, end = max(0, match.start() - WINDOW_BEFORE), match.end() + WINDOW_AFTER
        if windows and start <= windows[-1].end:
            last = windows[-1]
            last.end, last.digits = end, max(last.digits, digits)
            last.dotted = last.dotted or "." in run
        else:
            windows.append(_Window(start, end, digits, "." in run))
    return windows


# -- e-mail ---------------------------------------------------------------------------------------


def _emails(text: str) -> Iterator[Leak]:
    if "@" not in text:
        return
    for match in _EMAIL_DOMAIN.finditer(text):
        at = match.start()
        start = _local_part_start(text, at)
        if start is None or _userinfo(text, start):
            continue
        tld = match.group("domain").rsplit(".", 1)[-1].lower()
        if tld in _FILE_SUFFIXES or text[start:at].lower() in _SSH_USERS:
            continue
        if tld in _RESERVED_TLDS or _reserved_domain(match.group("domain").lower()):
            continue
        if text[start:at].lower().split("+", 1)[0] in _NO_REPLY_MAILBOXES:
            continue
        yield Leak(start, match.end(), "email", PII, 0.95)


def _reserved_domain(domain: str) -> bool:
    return any(domain == name or domain.endswith("." + name) for name in _RESERVED_DOMAINS)


_LOCAL_PART: Final = re.compile(r"[A-Za-z0-9._%+\-]*")


def _local_part_start(text: str, at: int) -> int | None:
    """Where the local part before `@` begins (it starts with a letter or digit), if any."""
    low = max(0, at - MAX_LOCAL_CHARS)
    local = _LOCAL_PART.match(text[low:at][::-1])  # read backwards from the `@`
    start = at - (local.end() if local is not None else 0)
    while start < at and not text[start].isalnum():
        start += 1
    return start if start < at else None


def _userinfo(text: str, start: int) -> bool:
    """`scheme://user@host` is a URL's user, not an address (but `mailto:` is one)."""
    if start == 0 or text[start - 1] not in "/:@":
        return False
    return not text[max(0, start - 7) : start].lower().endswith("mailto:")


# -- IP addresses ---------------------------------------------------------------------------------


def _ipv4s(text: str, start: int, end: int, private_ips: bool) -> Iterator[Leak]:
    for match in _IPV4.finditer(text, start, end):
        if _VERSION_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _reportable_ip(match.group(0), private_ips):
            yield Leak(match.start(), match.end(), "ip_address", PII, 0.85)


def _ipv6s(text: str, private_ips: bool) -> Iterator[Leak]:
    """Candidates grow from `:…:` (found by a literal-led pattern) over the hex digits, colons
    and dots around them."""
    done = 0
    for hit in _TWO_COLONS.finditer(text):
        if hit.start() < done:
            continue
        start = hit.start()
        while start > max(0, hit.start() - MAX_IPV6_CHARS) and text[start - 1] in _IPV6_CHARS:
            start -= 1
        match = _IPV6_CANDIDATE.match(text, start)
        if match is None:
            continue
        done = match.end()
        candidate = match.group(0).rstrip(".")
        end = start + len(candidate)
        if start and text[start - 1] in _IPV6_NOT_BEFORE:
            continue
        if end < len(text) and (text[end].isalnum() or text[end] in "_/"):
            continue
        if _plausible_ipv6(candidate) and _reportable_ip(candidate, private_ips):
            yield Leak(start, end, "ip_address", PII, 0.85)


def _plausible_ipv6(candidate: str) -> bool:
    """At least three groups, or a `::` with two: `a::b` in C++ or `12:30:45` are not
    addresses (the last is not even valid)."""
    groups = [group for group in re.split(r":+", candidate) if group]
    return len(groups) >= 3 or ("::" in candidate and len(groups) >= 2)


# RFC 5737 and RFC 3849: ranges for documentation, which no host is ever given (compared by
# prefix: the dotted form has no leading zeros, and a network test costs a microsecond each).
_DOCUMENTATION_IPV4: Final = ("192.0.2.", "198.51.100.", "203.0.113.")
_DOCUMENTATION_IPV6: Final = ipaddress.IPv6Network("2001:db8::/32").network_address.packed[:4]


def _documentation_address(candidate: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address
                           ) -> bool:
    if isinstance(address, ipaddress.IPv4Address):
        return candidate.startswith(_DOCUMENTATION_IPV4)
    return address.packed[:4] == _DOCUMENTATION_IPV6



def _reportable_ip(candidate: str, private_ips: bool) -> bool:
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        return False
    if address.is_loopback or address.is_unspecified or candidate.startswith("255."):
        return False
    if isinstance(address, ipaddress.IPv6Address) and not any(address.packed[:12]):
        return False  # `::1:8080` is loopback and a port; `::a.b.c.d` is long deprecated
    if _documentation_address(candidate, address):
        return False
    if (
        isinstance(address, ipaddress.IPv4Address)
        and candidate.endswith(".0")
        and candidate.startswith(("255", "254", "252", "248", "240", "224", "192.0.0"))
    ):
        return False
    return private_ips or not (address.is_private or address.is_link_local or address.is_reserved)


# -- numbers with check digits --------------------------------------------------------------------


def _cards(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _CARD.finditer(text, start, end):
        raw = match.group(0)
        separators = set(re.sub(r"\d", "", raw))
        if len(separators) > 1:
            continue
        digits = re.sub(r"\D", "", raw)
        if separators and not _card_grouping(raw, next(iter(separators))):
            continue
        if digits in _TEST_CARDS:
            continue  # printed in payment providers' documentation, charged to no one
        if 13 <= len(digits) <= 19 and _card_prefix(digits) and luhn_valid(digits) and (
                not _PRODUCT_CODE_NAME.search(text, max(0, match.start() - 32), match.start())):
            yield Leak(match.start(), match.end(), "card_number", PII, 0.95)


# A number right after the name of a product code (`EAN 4041294571112`, `GTIN-13: …`,
# `"isbn": "…"`, `article no. …`) is that code, even when it passes Luhn in a card's range.
_PRODUCT_CODE_NAME: Final = re.compile(
    r"(?<![a-z])(?:ean|gtin|upc|isbn|sku|jan|barcode|bar[ _\-]code|art(?:icle|ikel)?\.?"
    r"[ _\-]?(?:no|nr|num|number|#)\.?)(?:[ _\-]?(?:8|10|12|13|14|[ae]))?"
    r"[\"' \t:#=\-]{0,6}$",
    re.IGNORECASE,
)


def _card_grouping(raw: str, separator: str) -> bool:
    sizes = [len(group) for group in raw.split(separator)]
    return sizes[0] == 4 and all(3 <= size <= 6 for size in sizes[1:])


def _card_prefix(digits: str) -> bool:
    """Issuer ranges of the major networks, with the lengths they issue: a Luhn-valid number
    outside them is more likely an order number or a timestamp than a card."""
    length, two, three, four = len(digits), int(digits[:2]), int(digits[:3]), int(digits[:4])
    if digits[0] == "4":
        return length in (13, 16, 19)
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return length == 16
    if two in (34, 37):
        return length == 15
    if 300 <= three <= 305 or two in (36, 38, 39):
        return 14 <= length <= 19
    return length >= 16 and (
        four == 6011
        or 644 <= three <= 649
        or two in (50, 62, 65)
        or 3528 <= four <= 3589
        or 56 <= two <= 69
        or 2200 <= four <= 2204
    )


def _ibans(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _IBAN.finditer(text, start, end):
        raw = match.group(0)
        country = raw[:2]
        length = _IBAN_LENGTHS.get(country)
        if length is None:
            continue
        stop = _end_after_chars(raw, length)
        if stop is None:
            continue
        if _iban_checksum_ok(raw[:stop].replace(" ", "")):
            yield Leak(match.start(), match.start() + stop, "iban", PII, 0.97)


def _end_after_chars(raw: str, count: int) -> int | None:
    """Offset in `raw` just after its first `count` non-space characters."""
    seen = 0
    for index, char in enumerate(raw):
        if char != " ":
            seen += 1
            if seen == count:
                end = index + 1
                return (
                    end
                    if end == len(raw) or raw[end] == " " or count == len(raw.replace(" ", ""))
                    else None
                )
    return None


def _iban_checksum_ok(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    try:
        number = int("".join(str(int(char, 36)) for char in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def _ssns(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _SSN.finditer(text, start, end):
        if _ssn_valid(match.group(1), match.group(3), match.group(4)):
            yield Leak(match.start(), match.end(), "us_ssn", PII, 0.85)


def _ssn_valid(area: str, group: str, serial: str) -> bool:
    """SSA rules: no area 000, 666 or 900-999, no group 00, no serial 0000."""
    return not (area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000")


def _ninos(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _NINO.finditer(text, start, end):
        if match.group(1) not in _NINO_BAD_PREFIXES:
            yield Leak(match.start(), match.end(), "uk_nino", PII, 0.85)


def _nirs(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _NIR.finditer(text, start, end):
        compact = match.group(0).replace(" ", "").upper()
        body, key = compact[:13], int(compact[13:])
        number = int(body.replace("2A", "19").replace("2B", "18"))
        if 97 - number % 97 == key:
            yield Leak(match.start(), match.end(), "fr_nir", PII, 0.95)


def _dnis(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _DNI.finditer(text, start, end):
        number = match.group(1)
        if number[0] in "XYZ":
            number = str("XYZ".index(number[0])) + number[1:]
        elif len(number) != 8:
            continue
        if _DNI_LETTERS[int(number) % 23] == match.group(2):
            yield Leak(match.start(), match.end(), "es_dni", PII, 0.9)


# -- phone numbers --------------------------------------------------------------------------------


def _phones(text: str, start: int, end: int) -> Iterator[Leak]:
    if "+" in text[start:end]:
        for match in _PHONE_INTL.finditer(text, start, end):
            number = match.group(0)
            if not 8 <= _digit_count(number) <= 15 or _fictional_phone(number):
                continue
            if _short_nanp(number):
                continue  # `+1 (555) 0192`: a North American number has ten digits after +1
            yield Leak(match.start(), match.end(), "phone", PII, 0.9)
    for match in _PHONE_NANP.finditer(text, start, end):
        if not _fictional_phone(match.group(0)):
            yield Leak(match.start(), match.end(), "phone", PII, 0.8)
    for match in _PHONE_NO_TRUNK.finditer(text, start, end):
        yield Leak(match.start(), match.end(), "phone", PII, 0.75)
    for match in _PHONE_EU.finditer(text, start, end):
        number = match.group(0)
        if not 10 <= _digit_count(re.split(r"[x#e]", number)[0]) <= 12:
            continue
        if number.isdigit() and not number.startswith(_MOBILE_PREFIXES):
            continue  # ten bare digits after a 0 are as often an identifier as a number
        if number.isdigit() and number.startswith("06") and len(number) != 10:
            continue  # mobiles in 06 (FR, NL) have ten digits; a PESEL of the 2000s has eleven
        if _DATED_REFERENCE.fullmatch(number):
            continue
        if not _fictional_phone(number):
            yield Leak(match.start(), match.end(), "phone", PII, 0.8)


def _short_nanp(number: str) -> bool:
    digits = re.sub(r"\D", "", _PHONE_EXTENSION.sub("", number.strip()))
    return number.lstrip().startswith("+1") and len(digits) < 11


def _fictional_phone(number: str) -> bool:
    """A number reserved for drama and fiction: NANP `555-0100` to `555-0199` in any area, and
    the UK's (Ofcom) and Australia's (ACMA) ranges (`_UK_FICTIONAL`, `_AU_FICTIONAL`), written
    nationally or with their country code (`+1`, `+44`, `+61`, or `00…`)."""
    main = _PHONE_EXTENSION.sub("", number.strip())
    digits = re.sub(r"\D", "", main)
    country = None
    if main.startswith("+"):
        country, digits = ("1", digits[1:]) if digits.startswith("1") else (digits[:2], digits[2:])
    elif digits.startswith("00"):
        body = digits[2:]
        country, digits = ("1", body[1:]) if body.startswith("1") else (body[:2], body[2:])
    elif len(digits) == 11 and digits.startswith("1"):
        country, digits = "1", digits[1:]
    if country in ("44", "61"):
        digits = "0" + digits.removeprefix("0")  # `+44 (0)20 …`
    elif country not in (None, "1"):
        return False
    if country in (None, "1") and len(digits) == 10 and digits[0] not in "01":
        return digits[3:6] == "555" and digits[6:8] == "01"
    if country is None and len(digits) == 7:  # `555-0123` without its area code
        return digits[:3] == "555" and digits[3:5] == "01"
    if country in (None, "44") and len(digits) == 11:
        return digits.startswith(_UK_FICTIONAL)
    if len(digits) == 10 and (country == "61" or (
            country is None and _AU_NATIONAL_LAYOUT.fullmatch(main) is not None)):
        return digits.startswith(_AU_FICTIONAL)
    return False


def _numbers_in_context(text: str) -> Iterator[Leak]:
    """Numbers without a telling layout count after a word that says what they are:
    "phone: 4155550132", "SSN 123456789"."""
    lowered = text.lower()
    for word, kind, word_end in _CONTEXT_WORDS:
        index = lowered.find(word)
        while index >= 0:
            end = word_end.match(lowered, index + len(word))
            if end is not None and _starts_a_word(text, lowered, index):
                match = _NUMBER_AFTER_WORD.match(text, end.end())
                if match is not None and _context_number_ok(kind, match.group("number")):
                    yield Leak(match.start("number"), match.end("number"), kind, PII, 0.75)
            index = lowered.find(word, index + 1)


def _starts_a_word(text: str, lowered: str, index: int) -> bool:
    """The context word at `index` starts a word: nothing but a non-letter before it, or a
    camelCase step (`workPhone`), or it is a telephone inside a compound (`Mobiltelefon`)."""
    if index == 0 or not text[index - 1].isalpha():
        return True
    if text[index].isupper() and text[index - 1].islower():
        return True
    return lowered.startswith(_TELEPHONE_IN_A_WORD, index)


def _context_number_ok(kind: str, number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    if kind == "us_ssn":
        return len(digits) == 9 and _ssn_valid(digits[:3], digits[3:5], digits[5:])
    return 7 <= len(digits) <= 15 and not _DATE_LIKE.fullmatch(number.strip()) and \
        not _fictional_phone(number)


def _national_numbers(text: str, wanted: frozenset[str]) -> Iterator[Leak]:
    """A national id after the word that names it, with valid check digits: "SIN: 046 454 286",
    "BSN 111222333", "CPF 529.982.247-25", "Aadhaar 2345 6789 0124"."""
    lowered = text.lower()
    if not any(word in lowered for word in _NATIONAL_WORD_PARTS):
        return  # a few substring searches cost less than the pattern's pass
    for word in _NATIONAL_WORD.finditer(lowered):
        kind = word.lastgroup
        if kind is None or kind not in wanted:
            continue
        match = _NATIONAL_NUMBERS.get(kind, _NATIONAL_NUMBERS["nine"]).match(text, word.end())
        if match is not None and _national_id_valid(kind, match.group("number")):
            yield Leak(match.start("number"), match.end("number"), kind, PII, 0.8)


def _cpf_layouts(text: str, start: int, end: int) -> Iterator[Leak]:
    """A CPF in its full punctuation (`529.982.247-25`), with valid check digits, needs no word
    (nothing else is written so); bare digits still do (`_national_numbers`)."""
    for match in _CPF_LAYOUT.finditer(text, start, end):
        if _national_id_valid("br_cpf", match.group(0)):
            yield Leak(match.start(), match.end(), "br_cpf", PII, 0.85)


def _codici_fiscali(text: str) -> Iterator[Leak]:
    """A codice fiscale by its layout and check letter, with or without a word naming it."""
    for match in _CODICE_FISCALE.finditer(text):
        if _codice_fiscale_valid(match.group(0)):
            yield Leak(match.start(), match.end(), "it_codice_fiscale", PII, 0.85)


def _national_id_valid(kind: str, number: str) -> bool:
    if kind == "it_codice_fiscale":
        return _codice_fiscale_valid(number)
    digits = re.sub(r"\D", "", number)
    if len(set(digits)) == 1:
        return False  # 000 000 000, 111.111.111-11: fillers
    if kind == "ca_sin":
        return luhn_valid(digits)
    if kind == "nl_bsn":
        return _bsn_valid(digits)
    if kind == "br_cpf":
        return _cpf_valid(digits)
    if kind == "de_tax_id":
        return _de_tax_id_valid(digits)
    return _verhoeff_valid(digits)


def _de_tax_id_valid(digits: str) -> bool:
    """The German Steuer-IdNr: eleven digits, not led by 0; in the first ten exactly one digit
    occurs twice or three times (so the others once); the last is their ISO 7064 MOD 11,10
    check digit."""
    if len(digits) != 11 or digits[0] == "0":
        return False
    repeated = [count for count in Counter(digits[:10]).values() if count > 1]
    if len(repeated) != 1 or repeated[0] > 3:
        return False
    product = 10
    for digit in digits[:10]:
        total = (int(digit) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(digits[10])


def _bsn_valid(digits: str) -> bool:
    """The Dutch 11-test: weights 9 … 2 and -1 over the nine digits, a multiple of 11."""
    weighted = sum(int(digit) * weight for digit, weight in zip(digits[:8], range(9, 1, -1),
                                                                 strict=True))
    return (weighted - int(digits[8])) % 11 == 0


def _cpf_valid(digits: str) -> bool:
    """Two mod-11 check digits, over the nine digits and then the ten."""
    for length in (9, 10):
        total = sum(int(digit) * weight for digit, weight in zip(
            digits[:length], range(length + 1, 1, -1), strict=True))
        if total * 10 % 11 % 10 != int(digits[length]):
            return False
    return True


# Verhoeff's dihedral-group check (Aadhaar): multiplication and permutation tables.
_VERHOEFF_D: Final = tuple(tuple(int(c) for c in row) for row in (
    "0123456789", "1234067895", "2340178956", "3401289567", "4012395678",
    "5987604321", "6598710432", "7659821043", "8765932104", "9876543210"))
_VERHOEFF_P: Final = tuple(tuple(int(c) for c in row) for row in (
    "0123456789", "1576283094", "5803796142", "8916043527",
    "9453126870", "4286573901", "2793806415", "7046913258"))


def _verhoeff_valid(digits: str) -> bool:
    check = 0
    for position, digit in enumerate(reversed(digits)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[position % 8][int(digit)]]
    return check == 0


# Values of the characters in odd positions (1st, 3rd, …) for the codice fiscale's check letter.
_CF_ODD: Final = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                          (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                           2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23), strict=True))


def _codice_fiscale_valid(code: str) -> bool:
    day = int(code[9:11])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    total = 0
    for position, char in enumerate(code[:15]):
        if position % 2 == 0:
            total += _CF_ODD[char]
        else:
            total += int(char) if char.isdigit() else ord(char) - ord("A")
    return chr(ord("A") + total % 26) == code[15]


def _hetus(text: str, start: int, end: int) -> Iterator[Leak]:
    """A Finnish henkilötunnus by its layout, date and check character, without a word."""
    for match in _HETU.finditer(text, start, end):
        day, month, year, sign, serial, check = match.groups()
        if serial in ("000", "001"):
            continue  # never issued
        if not _date_ok(_HETU_CENTURIES[sign] + int(year), int(month), int(day)):
            continue
        if _HETU_CHECKS[int(day + month + year + serial) % 31] == check:
            yield Leak(match.start(), match.end(), "fi_hetu", PII, 0.85)


# The Chinese resident identity number: a six-digit area code (the first two digits a province,
# `_CN_PROVINCES`), the birth date as YYYYMMDD, a three-digit sequence and an ISO 7064 MOD 11-2
# check character (0-9 or X). Area, date and check together leave about one random eighteen-digit
# number in fifty thousand: no word is needed.
_CN_ID: Final = re.compile(
    r"(?<![\dA-Za-z])((\d{2})\d{4})((?:19|20)\d{2})(\d{2})(\d{2})(\d{3})([\dXx])(?![\dA-Za-z])"
)
_CN_PROVINCES: Final = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82",
})
_CN_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_CHECKS: Final = "10X98765432"


def _cn_ids(text: str, start: int, end: int) -> Iterator[Leak]:
    for match in _CN_ID.finditer(text, start, end):
        _, province, year, month, day, _, check = match.groups()
        if province not in _CN_PROVINCES or not _date_ok(int(year), int(month), int(day)):
            continue
        body = match.group()[:17]
        total = sum(int(digit) * weight for digit, weight in zip(body, _CN_WEIGHTS, strict=True))
        if _CN_CHECKS[total % 11] == check.upper():
            yield Leak(match.start(), match.end(), "cn_resident_id", PII, 0.85)


def _nordic_numbers(text: str, wanted: frozenset[str]) -> Iterator[Leak]:
    """A Swedish, Norwegian or Danish personal number after the word that names it, its date
    valid and its check digits too: "personnummer 811218-9876", "fødselsnummer 15076500565",
    "CPR-nr. 010190-1234"."""
    lowered = text.lower()
    if not any(word in lowered for word in _NORDIC_WORD_PARTS):
        return
    for word in _NORDIC_WORD.finditer(lowered):
        kinds = [kind for kind in _NORDIC_WORD_KINDS[word.lastgroup or "any"] if kind in wanted]
        if not kinds:
            continue
        match = _NORDIC_NUMBER.match(text, word.end())
        if match is None:
            continue
        number = match.group("number")
        for kind in kinds:
            if _nordic_valid(kind, number):
                yield Leak(match.start("number"), match.end("number"), kind, PII, 0.9)
                break


def _nordic_valid(kind: str, number: str) -> bool:
    if kind == "se_personnummer":
        return _se_personnummer_valid(number)
    if kind == "no_fodselsnummer":
        return _no_fodselsnummer_valid(number)
    return _dk_cpr_valid(number)


def _se_personnummer_valid(number: str) -> bool:
    """YYMMDD-NNNC (`+` from the year of the 100th birthday), YYYYMMDD-NNNC or either without
    the separator; a samordningsnummer has the day plus 60. The Luhn digit is over the ten
    digits of the short form."""
    match = _SE_NUMBER.fullmatch(number)
    if match is None:
        return False
    century, year, month, day, separator, serial = match.groups()
    if century is not None and separator == "+":
        return False  # the plus stands for the century the long form writes out
    full_year = int(century) * 100 + int(year) if century else 2000 + int(year)
    day_of_month = int(day) - 60 if int(day) > 60 else int(day)
    if not _date_ok(full_year, int(month), day_of_month):
        return False
    return luhn_valid(year + month + day + serial)


def _no_fodselsnummer_valid(number: str) -> bool:
    """DDMMYY (a D-number has the day plus 40), three individual digits, which give the century,
    and two mod-11 check digits (weights `_NO_WEIGHTS`; a remainder that leaves 10 is never
    issued)."""
    match = _NO_NUMBER.fullmatch(number)
    if match is None:
        return False
    day, month, year, serial, _ = match.groups()
    digits = number.replace(" ", "")
    for weights, position in zip(_NO_WEIGHTS, (9, 10), strict=True):
        check = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
        if check == 10 or check % 11 != int(digits[position]):
            return False
    individual, yy = int(serial), int(year)
    if individual < 500:
        century = 1900
    elif individual < 750 and yy >= 54:
        century = 1800
    elif yy < 40:
        century = 2000
    elif individual >= 900:
        century = 1900
    else:
        return False  # 500-899 with a year from 40 on: not given out
    day_of_month = int(day) - 40 if int(day) > 40 else int(day)
    return _date_ok(century + yy, int(month), day_of_month)


def _dk_cpr_valid(number: str) -> bool:
    """DDMMYY-SSSS with a valid date; the first serial digit and the year give the century. The
    mod-11 test was dropped in 2007 (numbers run out on some days), so the serial is free."""
    match = _DK_NUMBER.fullmatch(number)
    if match is None or len(set(number)) == 1:
        return False
    day, month, year, first, _ = match.groups()
    yy, seventh = int(year), int(first)
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:
        century = 2000 if yy <= 57 else 1800
    return _date_ok(century + yy, int(month), int(day))


def _named_ids(text: str, wanted: frozenset[str]) -> Iterator[Leak]:
    """An id after a word that names it (`_ID_WORD`), for each kind the word can name the first
    whose layout and check digits hold: "PESEL 44051401359", "NIF 123456789", "SVNR 1237
    010180", "numéro national 85073003328", "national id (PL): …"."""
    lowered = text.lower()
    if not any(word in lowered for word in _ID_WORD_PARTS):
        return
    for word in _ID_WORD.finditer(lowered):
        name = word.lastgroup or "generic"
        for kind in _ID_WORD_KINDS.get(name, (name,)):
            if kind not in wanted:
                continue
            match = _ID_LAYOUTS[kind].match(text, word.end())
            if match is not None and _id_valid(kind, match.group("number")):
                yield Leak(match.start("number"), match.end("number"), kind, PII, 0.85)
                break


def _id_valid(kind: str, number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    if len(set(digits)) == 1:
        return False
    if kind == "pl_pesel":
        return _pesel_valid(digits)
    if kind == "be_national_number":
        return _be_national_number_valid(digits)
    if kind == "ch_ahv":
        return _ahv_valid(digits)
    if kind == "at_svnr":
        return _svnr_valid(digits)
    if kind == "pt_nif":
        return _nif_valid(digits)
    if kind in _NORDIC_KINDS:
        return _nordic_valid(kind, number)
    return _national_id_valid(kind, number)


def _pesel_valid(digits: str) -> bool:
    """YYMMDD (the month plus 20, 40, 60 for the 2000s, 2100s, 2200s, plus 80 for the 1800s),
    four serial digits and a check digit: weights 1-3-7-9 over the ten, the sum and the check
    digit a multiple of ten."""
    if len(digits) != 11:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits, _PESEL_WEIGHTS,
                                                              strict=False))
    if (10 - total % 10) % 10 != int(digits[10]):
        return False
    month = int(digits[2:4])
    century = _PESEL_CENTURIES.get(month // 20 * 20)
    if century is None:
        return False
    return _date_ok(century + int(digits[:2]), month % 20, int(digits[4:6]))


def _be_national_number_valid(digits: str) -> bool:
    """YYMMDD, a serial (001-997) and 97 minus the remainder mod 97 of the nine digits, or of
    `2` and the nine for those born from 2000 on. A month or day of 00 stands for one unknown;
    a bis number (no Belgian register entry) adds 20 or 40 to the month."""
    if len(digits) != 11 or not 1 <= int(digits[6:9]) <= 997:
        return False
    check = int(digits[9:])
    if 97 - int(digits[:9]) % 97 == check:
        century = 1900
    elif 97 - int("2" + digits[:9]) % 97 == check:
        century = 2000
    else:
        return False
    month, day = int(digits[2:4]) % 20, int(digits[4:6])
    if int(digits[2:4]) > 52 or (month == 0 and day == 0) or month == 0 or day == 0:
        return month <= 12 and day <= 31
    return _date_ok(century + int(digits[:2]), month, day)


def _ahv_valid(digits: str) -> bool:
    """756 (Switzerland), nine digits and an EAN-13 check digit (weights 1 and 3)."""
    if len(digits) != 13 or not digits.startswith("756"):
        return False
    total = sum(int(digit) * (3 if index % 2 else 1) for index, digit in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def _svnr_valid(digits: str) -> bool:
    """A serial of three digits (not led by 0), the check digit (the weighted sum mod 11, never
    10) and the birth date DDMMYY (a month of 13 to 15 for a date not known)."""
    if len(digits) != 10 or digits[0] == "0":
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits, _SVNR_WEIGHTS, strict=True))
    if total % 11 != int(digits[3]):
        return False
    day, month, year = int(digits[4:6]), int(digits[6:8]), int(digits[8:])
    if 13 <= month <= 15:
        return 1 <= day <= 31
    return _date_ok(1900 + year, month, day) or _date_ok(2000 + year, month, day)


def _nif_valid(digits: str) -> bool:
    """Nine digits, the first one or two from `_NIF_FIRST`, the last the mod-11 check digit
    (weights 9 to 2; a remainder under 2 gives 0)."""
    if len(digits) != 9 or not digits.startswith(_NIF_FIRST):
        return False
    remainder = sum(int(digit) * weight for digit, weight in zip(digits[:8], range(9, 1, -1),
                                                                  strict=True)) % 11
    return (0 if remainder < 2 else 11 - remainder) == int(digits[8])


def _be_layouts(text: str, start: int, end: int) -> Iterator[Leak]:
    """A Belgian national number in its punctuation (`85.07.30-033.28`), with a valid check,
    needs no word."""
    for match in _BE_LAYOUT.finditer(text, start, end):
        if _be_national_number_valid(re.sub(r"\D", "", match.group(0))):
            yield Leak(match.start(), match.end(), "be_national_number", PII, 0.85)


def _ahv_layouts(text: str, start: int, end: int) -> Iterator[Leak]:
    """A Swiss AHV number in its punctuation (`756.1234.5678.97`), with a valid check, needs no
    word."""
    for match in _AHV_LAYOUT.finditer(text, start, end):
        if _ahv_valid(match.group(0).replace(".", "")):
            yield Leak(match.start(), match.end(), "ch_ahv", PII, 0.85)


def _date_ok(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return day <= 29
    return day <= _DAYS_IN_MONTH[month - 1]


def _digit_count(value: str) -> int:
    return sum(char.isdigit() for char in value)


_NATIONAL_KINDS: Final = frozenset({"ca_sin", "nl_bsn", "br_cpf", "in_aadhaar",
                                    "it_codice_fiscale", "de_tax_id"})
_NORDIC_KINDS: Final = frozenset({"se_personnummer", "no_fodselsnummer", "dk_cpr"})
# The kinds `_ID_WORD`'s names can stand for.
_NAMED_KINDS: Final = frozenset({"pl_pesel", "be_national_number", "ch_ahv", "at_svnr", "pt_nif",
                                 "nl_bsn", "in_aadhaar", "se_personnummer", "no_fodselsnummer"})
# Kind, the fewest digits one run must have for it, scanner.
_NUMBER_SCANNERS: Final[tuple[tuple[str, int, Callable[[str, int, int], Iterator[Leak]]], ...]] = (
    ("card_number", 13, _cards),
    ("us_ssn", 9, _ssns),
    ("uk_nino", 6, _ninos),
    ("fr_nir", 6, _nirs),  # Corsican departments (2A, 2B) split the digits in two runs
    ("es_dni", 7, _dnis),
    ("br_cpf", 11, _cpf_layouts),
    ("fi_hetu", 6, _hetus),
    ("cn_resident_id", 17, _cn_ids),
    ("be_national_number", 11, _be_layouts),
    ("ch_ahv", 13, _ahv_layouts),
    ("phone", 7, _phones),
)


# -- ids in tables --------------------------------------------------------------------------------

# A table names its columns: a bare id in a CSV/TSV row, a markdown or ASCII table or an aligned
# text table counts when the header of its column names it as a word in front of it would
# (`nl_bsn`, `PESEL`, `Social Insurance Number`, `national_id`, …). Only numbers the triggers
# already put in a region are looked at; the header is the first line of the table block (the
# line above a `|---|` rule, or the top of the run of lines with as many separators), found by a
# bounded walk upwards, remembered for the other rows of the same table.
_TABLE_SEPARATORS: Final = ",;\t|"
_TABLE_VALUE: Final = re.compile(r"(?<![\w.\-+])\d(?:\d|[ .\-+](?=\d)){7,15}(?![\w]|[.\-]\d)")
_TABLE_RULE: Final = re.compile(r"[ \t]*[|+]?[ \t]*:?(?:-{3,}|={3,})[-=+|: \t]*")
_JSON_OPENING: Final = re.compile(r'^.*?(?<!\\)"[ \t]*:[ \t]*"')
_JSON_CLOSING: Final = re.compile(r'(?<!\\)"[ \t]*[,}\]].*$')
# A number, an amount, a date or a time, maybe quoted: a cell of a data row, not of a header.
_NUMERIC_CELL: Final = re.compile(r'[ \t"]*[+\-$€£]?\(?\d[\d ,.:/\-+()]*[ \t"%]*')
_ALIGNED_CELLS: Final = re.compile(r"\S+(?: \S+)*")
_CAMEL_STEP: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")
_HEADER_JOINERS: Final = re.compile(r"[_\-\s]+")
# Columns of other numbers, even when a word of an id's name is in theirs (`order_id_number`).
_NOT_AN_ID_COLUMN: Final = re.compile(
    r"(?<![a-z])(?:order|invoice|sku|ext|extension|product|item|ticket|tracking|transaction|txn"
    r"|ref|reference|batch|serial|phone|tel|fax|mobile|account|iban|amount|price|total|zip"
    r"|postal|postcode|date|time|timestamp|version|build|row|line|page|count|qty|quantity)"
    r"(?![a-z])"
)
_SSN_COLUMN: Final = re.compile(r"(?<![a-z])(?:ssn|social security(?: (?:number|no|nr))?)"
                                r"(?![a-z])")
_TABLE_SSN: Final = re.compile(r"(\d{3})([ \-]?)(\d{2})\2(\d{4})")
MAX_TABLE_ROW: Final = 4096  # characters of one row, either side of the value
MAX_TABLE_LINES: Final = 2000  # lines walked up to the header
MAX_HEADER_CELL: Final = 48
MAX_CELL_PADDING: Final = 64  # spaces and quotes between a value and its cell's edge


@dataclass(slots=True)
class _TableMemo:
    """What one text's tables have shown: for a line (its start, the separator, how many), the
    start of the header over it; for a header line and separator, its cells."""

    headers: dict[tuple[int, str, int], int | None]
    cells: dict[tuple[int, str], list[str]]


def _table_ids(text: str, regions: list[Region], wanted: frozenset[str]) -> Iterator[Leak]:
    """Bare ids in table cells whose column header names them: `_header_kinds` gives the kinds
    the header can mean, and the first whose layout and check digits hold is reported."""
    memo = _TableMemo({}, {})
    seen: set[int] = set()
    for region in regions:
        high = region.end + 16
        for found in _TABLE_VALUE.finditer(text, max(0, region.start - 16), high):
            if found.start() in seen:
                continue
            seen.add(found.start())
            # near the end of the stretch, the whole extent (the look-ahead saw a cut text)
            match = found if found.end() + 2 <= high else _TABLE_VALUE.match(text, found.start())
            if match is None:
                continue
            value = match.group(0)
            if not 9 <= len(value) - len(value.translate(_DELETE_DIGITS)) <= 13 or not (
                    _cell_edge(text, match.start(), -1) and _cell_edge(text, match.end(), 1)):
                continue
            header = _column_header(text, match.start(), match.end(), memo)
            if header is None:
                continue
            for kind in _header_kinds(header):
                if kind in wanted and _table_value_ok(kind, value):
                    yield Leak(match.start(), match.end(), kind, PII, 0.8)
                    break


def _cell_edge(text: str, position: int, step: int) -> bool:
    """A cheap first look: the value ends a cell on that side (`step` -1 before it, 1 after),
    a separator, a line break (raw or escaped) or a gap of two spaces past its quotes."""
    index = position if step > 0 else position - 1
    spaces = 0
    for _ in range(MAX_CELL_PADDING):
        if not 0 <= index < len(text):
            return True
        char = text[index]
        if char == " ":
            spaces += 1
        elif char not in '"\\':
            break
        index += step
    else:
        return False
    if char in _TABLE_SEPARATORS or char in "\r\n" or spaces >= 2:
        return True
    return char in "nt" and index > 0 and text[index - 1] == "\\"  # `\n`, `\t` in raw JSON


def _line_start(text: str, position: int) -> tuple[int, int] | None:
    """Where the line holding `position` starts, and the length of the break before it (0 at
    the start of the text; 2 for an escaped `\\n` in raw JSON); None past `MAX_TABLE_ROW`."""
    low = max(0, position - MAX_TABLE_ROW)
    newline = text.rfind("\n", low, position)
    escaped = text.rfind("\\n", max(low, newline + 1), position)  # only on the line itself
    if escaped >= 0 and escaped + 2 > newline + 1 and escaped + 2 <= position:
        return escaped + 2, 2
    if newline >= 0:
        return newline + 1, 1
    return (0, 0) if low == 0 else None


def _line_end(text: str, position: int) -> int | None:
    high = min(len(text), position + MAX_TABLE_ROW)
    newline = text.find("\n", position, high)
    escaped = text.find("\\n", position, high if newline < 0 else newline)
    if escaped >= 0:
        return escaped
    if newline >= 0:
        return newline
    return high if high == len(text) else None


def _plain_row(row: str) -> str:
    """A row as raw JSON escapes it, unescaped as far as cells go, without the JSON around the
    string it is in (`{"text": "id,nl_bsn\\n…`)."""
    row = row.rstrip("\r")
    if '"' in row and ":" in row:
        row = _JSON_OPENING.sub("", row, count=1)
    if "\\" in row:
        row = _JSON_CLOSING.sub("", row, count=1).replace('\\"', '"').replace("\\t", "\t")
    return row


def _count_outside_quotes(row: str, separator: str) -> int:
    if '"' not in row:
        return row.count(separator)
    count, quoted = 0, False
    for char in row:
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            count += 1
    return count


def _column_header(text: str, start: int, end: int, memo: _TableMemo) -> str | None:
    """The header cell of the column of the value at `start:end`, if the value is a whole cell
    of a table with a header line."""
    bounds = _line_start(text, start)
    line_end = _line_end(text, end)
    if bounds is None or line_end is None:
        return None
    line_start = bounds[0]
    before = _plain_row(text[line_start:start])
    after = _plain_row(text[end:line_end])
    left, right = before.rstrip(" "), after.lstrip(" ")
    if left.endswith('"') or right.startswith('"'):
        if not (left.endswith('"') and right.startswith('"')):
            return None
        left, right = left[:-1].rstrip(" "), right[1:].lstrip(" ")
    separator = left[-1:] or right[:1]
    if not separator or separator not in _TABLE_SEPARATORS or (
            left and right and left[-1] != right[0]) or (
            left[-1:] not in ("", separator)) or (right[:1] not in ("", separator)):
        return _aligned_header(text, bounds, start, end, before, after, memo.headers)
    column = _count_outside_quotes(left, separator)
    width = column + _count_outside_quotes(right, separator)
    header = _header_line(text, bounds, separator, width, memo.headers)
    if header is None:
        return None
    cells = memo.cells.get((header, separator))
    if cells is None:
        line_end = _line_end(text, header)
        cells = [] if line_end is None else _split_outside_quotes(
            _plain_row(text[header:line_end]), separator)
        memo.cells[header, separator] = cells
    return cells[column] if len(cells) == width + 1 else None


def _split_outside_quotes(row: str, separator: str) -> list[str]:
    if '"' not in row:
        return row.split(separator)
    cells: list[str] = []
    cell: list[str] = []
    quoted = False
    for char in row:
        if char == '"':
            quoted = not quoted
        if char == separator and not quoted:
            cells.append("".join(cell))
            cell = []
        else:
            cell.append(char)
    cells.append("".join(cell))
    return cells


def _lines_above(text: str, bounds: tuple[int, int]) -> Iterator[tuple[int, str]]:
    """The lines above the one at `bounds` (see `_line_start`), nearest first, with their
    starts."""
    for _ in range(MAX_TABLE_LINES):
        if bounds[1] == 0:
            return
        end = bounds[0] - bounds[1]
        above = _line_start(text, end)
        if above is None:
            return
        bounds = above
        yield bounds[0], _plain_row(text[bounds[0]:end])


def _header_line(text: str, bounds: tuple[int, int], separator: str, width: int,
                 headers: dict[tuple[int, str, int], int | None]) -> int | None:
    """The start of the header of the table block the row at `bounds` is in: the line above a
    markdown or ASCII rule, else the topmost line of the run of lines with `width` separators
    that is not a data row (no cell of it is a number, an amount or a date)."""
    visited: list[tuple[int, str, int]] = []
    top: int | None = None
    above_top = 0  # how many of `visited` are the header or under it
    after_rule = False
    under_rule: int | None = None
    for start, row in _lines_above(text, bounds):
        key = (start, separator, width)
        if key in headers:
            cached = headers[key]
            if cached is not None:
                top, above_top = cached, len(visited)
            break
        if _TABLE_RULE.fullmatch(row):
            if after_rule:
                break
            # the line right under the rule heads the block if nothing of the table is above
            under_rule = top if top is not None and visited and visited[-1][0] == top else None
            visited.append(key)
            after_rule = True  # the header is the line above, or (ASCII) the rule on top of it
            continue
        if not row.strip() or _count_outside_quotes(row, separator) != width:
            if after_rule:
                # a rule under a line of another table, or of prose (a tool's banner over a
                # CSV): the header is the line under it, if that is not a data row
                top = under_rule
            break  # (not remembered: the rows under it are another block)
        visited.append(key)
        if after_rule or not _data_row(row, separator):
            top, above_top = start, len(visited)
        if after_rule:
            break
    for index, key in enumerate(visited):
        # the lines above the header are all data rows: nothing heads a walk from there
        headers[key] = top if index < above_top else None
    return top


def _data_row(row: str, separator: str) -> bool:
    return any(_NUMERIC_CELL.fullmatch(cell) for cell in _split_outside_quotes(row, separator))


def _aligned_header(text: str, bounds: tuple[int, int], start: int, end: int, before: str,
                    after: str, headers: dict[tuple[int, str, int], int | None]) -> str | None:
    """A column of a text table aligned with spaces: the value stands apart by two spaces (or
    the start or end of its line) and the top line of the block names the words over it."""
    first, last = not before.strip(), not after.strip()
    if (first and last) or "\\" in before:
        return None  # a value alone on its line, or a row with escapes that shift its columns
    if (not first and not before.endswith("  ")) or (not last and not after.startswith("  ")):
        return None
    visited: list[tuple[int, str, int]] = []
    found: int | None = None
    for above, row in _lines_above(text, bounds):
        key = (above, " ", 0)
        if key in headers:
            found = headers[key]
            break
        if not row.strip():
            break
        visited.append(key)
        if not _TABLE_RULE.fullmatch(row):
            found = above
    for key in visited:
        headers[key] = found
    header_end = None if found is None else _line_end(text, found)
    if found is None or header_end is None:
        return None
    header = _plain_row(text[found:header_end])
    column, column_end = start - bounds[0], end - bounds[0]
    best, overlap = None, 0
    for cell in _ALIGNED_CELLS.finditer(header):
        shared = min(cell.end(), column_end) - max(cell.start(), column)
        if shared > overlap:
            best, overlap = cell.group(0), shared
    return best


@lru_cache(maxsize=1024)
def _header_kinds(cell: str) -> tuple[str, ...]:
    """The kinds a column header can name, in the order they are tried: a country prefix
    (`se_`, `ca.`) keeps only that country's."""
    name = _CAMEL_STEP.sub(" ", cell.strip().strip("\"'`*").strip())
    name = _HEADER_JOINERS.sub(" ", name.lower()).strip()
    if not name or len(name) > MAX_HEADER_CELL or _NOT_AN_ID_COLUMN.search(name):
        return ()
    kinds: list[str] = []
    kinds.extend(word.lastgroup for word in _NATIONAL_WORD.finditer(name)
                 if word.lastgroup is not None)
    for word in _NORDIC_WORD.finditer(name):
        kinds.extend(_NORDIC_WORD_KINDS[word.lastgroup or "any"])
    for word in _ID_WORD.finditer(name):
        group = word.lastgroup or "generic"
        kinds.extend(_ID_WORD_KINDS.get(group, (group,)))
    if _SSN_COLUMN.search(name):
        kinds.insert(0, "us_ssn")
    country = name[:2] + "_" if name[2:3] in (" ", ".") else ""
    local = [kind for kind in kinds if country and kind.startswith(country)]
    return tuple(dict.fromkeys(local or kinds))


def _table_value_ok(kind: str, value: str) -> bool:
    if kind == "us_ssn":
        match = _TABLE_SSN.fullmatch(value)
        return match is not None and _ssn_valid(match.group(1), match.group(3), match.group(4))
    if kind in _NORDIC_KINDS:
        return _NORDIC_NUMBER.fullmatch(value) is not None and _nordic_valid(kind, value)
    if kind == "it_codice_fiscale":
        return False
    layout = _ID_LAYOUTS.get(kind) or _NATIONAL_NUMBERS.get(kind, _NATIONAL_NUMBERS["nine"])
    return layout.fullmatch(value) is not None and _id_valid(kind, value)


_TABLE_KINDS: Final = (_NATIONAL_KINDS | _NORDIC_KINDS | _NAMED_KINDS | {"us_ssn"}) - {
    "it_codice_fiscale"}


# -- triggers -------------------------------------------------------------------------------------

# Where personal data can be: the shapes above without their look-arounds, looser where a
# separator may vary. Only the stretches around these are scanned in detail; `before` covers the
# longest value that can end where its trigger does, `after` the rest of one that can go on.
_NOT_AFTER_WORD = r"(?:^|[^\w])"  # the shapes' look-behinds, so a long run matches once
_NOT_AFTER_DIGIT = r"(?:^|[^\d])"
TRIGGERS: Final = (
    Trigger(r"[\w.%+\-]@[A-Za-z0-9\-]+\.[A-Za-z]|[\w.+\-]%40[A-Za-z0-9]", 72, 64, "email"),
    Trigger(rf"{_NOT_AFTER_DIGIT}\d(?:[ \-]?\d){{12}}", 32, 16, "card_number"),
    Trigger(rf"{_NOT_AFTER_WORD}[A-Z]{{2}}\d{{2}} ?[A-Z0-9]{{4}}", 16, 48, "iban"),
    Trigger(rf"{_NOT_AFTER_DIGIT}(?:\d{{3}}[ \-]\d{{2}}[ \-]\d{{4}}|\d{{9}})", 16, 8,
            "number"),  # SSNs, bare numbers
    Trigger(rf"{_NOT_AFTER_WORD}[A-Z]{{2}} ?\d{{2}} ?\d{{2}} ?\d{{2}} ?[A-D]", 16, 4, "uk_nino"),
    Trigger(rf"{_NOT_AFTER_DIGIT}[12] ?\d{{2}} ?[0-9]{{2}} ?(?:\d{{2}}|2[ABab]) ?\d{{3}} ?\d{{3}}",
            24, 8, "fr_nir"),
    Trigger(rf"{_NOT_AFTER_WORD}[XYZ]?\d{{7,8}}-?[A-Z]", 12, 4, "es_dni"),
    Trigger(rf"{_NOT_AFTER_WORD}\+[1-9]\d{{0,3}}[ .\-]?\(?\d{{1,5}}", 16, 32, "phone"),
    Trigger(rf"{_NOT_AFTER_DIGIT}\d{{3}}(?:\) ?|[.\- ])\d{{3}}[.\- ]\d{{4}}", 20, 16, "phone"),
    # `_PHONE_NO_TRUNK`: BR `(21) 98677-3569`
    Trigger(r"\([1-9]\d\) ?9?\d{4}-\d{4}", 20, 16, "phone"),
    Trigger(rf"{_NOT_AFTER_DIGIT}(?:0[1-9][ .\-]\d{{2}}[ .\-]\d{{2}}"
            r"|\(?0[1-9]\d{1,3}\)?[ /]?\d{3,4}[ \-]?\d{3}|\(0[1-9]\) ?\d{4}[ \-]?\d{4})", 24, 24,
            "phone"),
    Trigger(r"(?:phone|tel|mobile|cell|handy|fax|whatsapp|sms|call me at|ssn|social security)"
            r"[^\n\d+]{0,32}\+?\(?\d[\d ().\-]{5,18}\d", 64, 8, "number", caseless=True),
    Trigger(r"(?:^|[^a-z])(?:sin|nas|bsn|sofi|social[ _\-]?insurance|assurance[ _\-]sociale"
            r"|(?:burger[ _\-]?service|sofi[ _\-]?)nummer|cpf|aadhaa?r|uidai)"
            r"(?:[^a-z\n\d+]|%[23][0-9a-f])(?:[^\n\d+]|%[23][0-9a-f]){0,39}\d{2}[\d .\-]{3}",
            64, 20, "national", caseless=True),
    # a codice fiscale and a CPF in full punctuation say what they are by their layout (the
    # codice fiscale from its birth date on: its six letters in front, or a look-behind, would
    # make Hyperscan pick a slower engine for the whole triage pass, about 1 µs per KB more)
    Trigger(r"\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]", 16, 4, "it_codice_fiscale"),
    Trigger(rf"{_NOT_AFTER_DIGIT}\d{{3}}\.\d{{3}}\.\d{{3}}-\d{{2}}", 16, 4, "br_cpf"),
    # the German Steuer-IdNr after a word that names it
    Trigger(r"(?:steuer|idnr|id[ _\-]nr|identifikations|tax[ _\-]?id|(?:^|[^a-z])tin[^a-z])"
            r"[^\n\d+]{0,64}[1-9]\d ?\d{3} ?\d{3} ?\d{3}", 120, 8, "national", caseless=True),
    # a Finnish henkilötunnus by its layout; Swedish, Norwegian and Danish numbers after a word
    # that names them (`_NORDIC_WORD`; `dsels` is in fødsels-, fodsels-, foedsels-)
    Trigger(rf"{_NOT_AFTER_DIGIT}\d{{6}}[+\-A-FU-Y]\d{{3}}[0-9A-FHJ-NPR-Y]", 16, 4, "fi_hetu"),
    Trigger(rf"{_NOT_AFTER_DIGIT}\d{{17}}[\dXx]", 20, 4, "cn_resident_id"),
    Trigger(r"(?:dsels[ _\-]?n|person[ _\-]?n|samordnings|personal[ _\-]identity|swedish[ _\-]"
            r"|(?:^|[^a-z])(?:pnr|fnr|f\. ?nr|pers(?:\. ?|[ _\-]?)nr|cpr|d[ _\-]nummer))"
            r"[^\n+]{0,64}\d{6}",
            120, 12, "nordic", caseless=True),
    # the Belgian national number and the Swiss AHV number by their punctuation; the ids of
    # `_ID_WORD` after a name (non-ASCII letters are one `?` here, two bytes in triage)
    Trigger(rf"{_NOT_AFTER_DIGIT}\d{{2}}\.\d{{2}}\.\d{{2}}-\d{{3}}\.\d{{2}}", 16, 4,
            "be_national_number"),
    Trigger(r"756\.\d{4}\.\d{4}\.\d{2}", 16, 4, "ch_ahv"),
    Trigger(r"(?:pesel|identyfikacyjn|ewidencyjn|rijksregister|registre[ _\-]national"
            r"|num.{1,2}ro[ _\-]nat|national[ _\-]?(?:id|number|no|nr|register)|insz|niss|ahv"
            r"|oasi|versicher|social[ _\-]?(?:sec|ins)|contribuinte|taxpayer"
            r"|(?:identifica.{1,4}o|n.{1,2}mero)[ _\-]fiscal"
            r"|tax[ _\-]?(?:id|number|identification)|citizen[ _\-]?service|identitet|kyc"
            r"|id[ _\-]?(?:proof|number)|personal[ _\-]?id|identification[ _\-]?number"
            r"|(?:^|[^a-z])(?:nn|rrn|nrn|e[ _\-]?id|avs|svnr|vsnr|sv[ _\-.]?n|e[ _\-]?card|ssn"
            r"|nif|nipc|uid))[^\n+]{0,48}\d(?:[ .\-+]?\d){8}", 120, 20, "named", caseless=True),
    # the layouts of `_TABLE_VALUE` no trigger above fires on: ids split in groups (a SIN as
    # `742 932 718`, a BSN as `1234.56.782`, an Aadhaar or a Steuer-IdNr in groups, an AT
    # SV-Nummer, a Nordic number with the century or a space); only the table pass reads them
    Trigger(rf"{_NOT_AFTER_DIGIT}(?:\d{{3}}[ .\-]\d{{3}}[ .\-]\d{{3}}"
            r"|\d{4}[ .]\d{2}[ .]\d{3}|\d{4}[ \-]\d{4}[ \-]\d{4}|\d{2} \d{3} \d{3} \d{3}"
            r"|\d{4} \d{6}"
            r"|(?:\d{2})?\d{6}[\-+ ]\d{4})", 16, 8, "table"),
    Trigger(rf"{_NOT_AFTER_DIGIT}\d{{1,3}}\.\d{{1,3}}\.\d{{1,3}}\.\d", 24, 8, "ip_address"),
    Trigger(r"[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){3}|::[0-9A-Fa-f]{1,4}(?:[^0-9A-Za-z_]|$)",
            48, 48, "ip_address"),
    # percent-encoded separators between digits or letters (`4111%201111`, `fe80%3A%3A1`)
    Trigger(r"[0-9A-Za-z=(]%(?:2[0-9A-Fa-f]|3[Aa]|40)[0-9A-Za-z%]", 64, 64, "escaped"),
)
# The kinds each tag's region is scanned for (a tag not listed is a kind).
_TAG_KINDS: Final = {
    "number": frozenset({"us_ssn", "phone"}),
    "national": _NATIONAL_KINDS,
    "nordic": _NORDIC_KINDS,
    "named": _NAMED_KINDS,
    "table": frozenset(),  # read by `_table_ids` only
    # national ids come with their name, whose trigger reads percent-encoding itself
    "escaped": frozenset(PII_KINDS) - _NATIONAL_KINDS - _NORDIC_KINDS,
}
# Values may hold spaces (`+44 20 7946 0958`) but no longer than the margins above.
_PREFILTER: Final = Prefilter(TRIGGERS, " \n\x00\t\"<>|;")
# Whether a message may hold an e-mail address needs no more of it than the `@` and the character
# after it; the full trigger, among all the others of the triage pass over every reply, makes
# Hyperscan pick a slower engine (about 1.3 µs per KB more). `find_pii` still uses `TRIGGERS`.
TRIAGE_TRIGGERS: Final = tuple(
    Trigger(r"[\w.%+\-]@[A-Za-z0-9\-]|[\w.+\-]%40[A-Za-z0-9]", 0, 0, "email")
    if trigger.tag == "email" else trigger for trigger in TRIGGERS
)
_TRIAGE_PREFILTER: Final = Prefilter(TRIAGE_TRIGGERS, " ")
