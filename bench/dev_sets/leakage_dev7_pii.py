"""Personal-data samples and look-alikes for leakage development set 7."""

from __future__ import annotations

import random
from collections.abc import Callable

from dev_sets import leakage_dev7_gen as g

Gen = Callable[[random.Random], str]


def _date(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randrange(y0, y1), rng.randrange(1, 13), rng.randrange(1, 29)


def pesel(rng: random.Random) -> str:
    y, m, d = _date(rng, 1940, 2012)
    mm = m + (20 if y >= 2000 else 0)
    d10 = f"{y % 100:02d}{mm:02d}{d:02d}{rng.randrange(10000):04d}"
    return d10 + str(g.pesel_check(d10))


def bsn(rng: random.Random) -> str:
    while True:
        d8 = str(rng.randrange(1, 10)) + g.rand_str(rng, "0123456789", 7)
        r = sum(int(d8[i]) * (9 - i) for i in range(8)) % 11
        if r < 10:
            return d8 + str(r)


def ca_sin(rng: random.Random) -> str:
    d8 = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.rand_str(rng, "0123456789", 7)
    v = d8 + g.luhn_digit(d8)
    return rng.choice([f"{v[:3]}-{v[3:6]}-{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}", v])


def se_pnr(rng: random.Random) -> str:
    style = rng.randrange(4)
    y, m, d = _date(rng, 1915 if style == 3 else 1945, 1924 if style == 3 else 2008)
    nnn = f"{rng.randrange(1000):03d}"
    base = f"{y % 100:02d}{m:02d}{d:02d}{nnn}"
    c = g.luhn_digit(base)
    short = f"{y % 100:02d}{m:02d}{d:02d}"
    if style == 0:
        return f"{short}-{nnn}{c}"
    if style == 1:
        return f"{y}{m:02d}{d:02d}-{nnn}{c}"
    if style == 2:
        return f"{y}{m:02d}{d:02d}{nnn}{c}"
    return f"{short}+{nnn}{c}"  # aged 100+


def fr_nir(rng: random.Random) -> str:
    sex = rng.choice("12")
    y, m, _ = _date(rng, 1945, 2008)
    dept = f"{rng.choice([x for x in range(1, 96) if x != 20]):02d}"
    d13 = f"{sex}{y % 100:02d}{m:02d}{dept}{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
    key = g.nir_key(d13)
    if rng.random() < 0.5:
        return f"{d13[0]} {d13[1:3]} {d13[3:5]} {d13[5:7]} {d13[7:10]} {d13[10:13]} {key:02d}"
    return f"{d13}{key:02d}"


def be_nn(rng: random.Random) -> str:
    y, m, d = _date(rng, 1945, 2010)
    d9 = f"{y % 100:02d}{m:02d}{d:02d}{rng.randrange(1, 998):03d}"
    c = g.be_check(d9, y >= 2000)
    if rng.random() < 0.6:
        return f"{d9[0:2]}.{d9[2:4]}.{d9[4:6]}-{d9[6:9]}.{c:02d}"
    return f"{d9}{c:02d}"


def dk_cpr(rng: random.Random) -> str:
    while True:
        y, m, d = _date(rng, 1940, 2000)
        d10 = f"{d:02d}{m:02d}{y % 100:02d}{rng.randrange(0, 4)}{rng.randrange(1000):03d}"
        if g.cpr_ok(d10):
            return f"{d10[:6]}-{d10[6:]}" if rng.random() < 0.7 else d10


def no_fnr(rng: random.Random) -> str:
    while True:
        y, m, d = _date(rng, 1940, 2000)
        d9 = f"{d:02d}{m:02d}{y % 100:02d}{rng.randrange(0, 500):03d}"
        ks = g.no_checks(d9)
        if ks is not None:
            v = f"{d9}{ks[0]}{ks[1]}"
            return f"{v[:6]} {v[6:]}" if rng.random() < 0.3 else v


def fi_hetu(rng: random.Random) -> str:
    y, m, d = _date(rng, 1945, 2015)
    ddmmyy = f"{d:02d}{m:02d}{y % 100:02d}"
    nnn = f"{rng.randrange(2, 900):03d}"
    sep = rng.choice("-Y") if y < 2000 else rng.choice("AB")
    return f"{ddmmyy}{sep}{nnn}{g.hetu_char(ddmmyy, nnn)}"


def aadhaar(rng: random.Random) -> str:
    d11 = str(rng.randrange(2, 10)) + g.rand_str(rng, "0123456789", 10)
    v = d11 + g.verhoeff_digit(d11)
    return f"{v[:4]} {v[4:8]} {v[8:]}" if rng.random() < 0.7 else v


def ch_ahv(rng: random.Random) -> str:
    d12 = "756" + g.rand_str(rng, "0123456789", 9)
    v = d12 + str(g.ean13_digit(d12))
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}" if rng.random() < 0.8 else v


def at_svnr(rng: random.Random) -> str:
    while True:
        y, m, d = _date(rng, 1945, 2010)
        nnn = str(rng.randrange(1, 10)) + f"{rng.randrange(100):02d}"
        ddmmyy = f"{d:02d}{m:02d}{y % 100:02d}"
        c = g.svnr_check(nnn, ddmmyy)
        if c is not None:
            return f"{nnn}{c} {ddmmyy}" if rng.random() < 0.6 else f"{nnn}{c}{ddmmyy}"


def pt_nif(rng: random.Random) -> str:
    d8 = str(rng.choice([1, 2, 3])) + g.rand_str(rng, "0123456789", 7)
    v = d8 + str(g.nif_check(d8))
    return f"{v[:3]} {v[3:6]} {v[6:]}" if rng.random() < 0.3 else v


FIRST = ["anna", "jan", "piotr", "sanne", "lars", "amelie", "lucas", "mette", "ingrid",
         "aino", "priya", "lukas", "joao", "sofia", "olivier", "marta"]
LAST = ["kowalska", "devries", "tremblay", "lindqvist", "dubois", "peeters", "nielsen",
        "hansen", "virtanen", "sharma", "muller", "gruber", "silva", "nowak"]
DOMAINS = ["gmail.com", "outlook.com", "wp.pl", "ziggo.nl", "videotron.ca", "telia.se",
           "orange.fr", "telenet.be", "post.dk", "online.no", "kolumbus.fi", "yahoo.co.in",
           "bluewin.ch", "gmx.at", "sapo.pt", "acme-logistics.de", "hospital-zuid.nl"]


def email(rng: random.Random) -> str:
    f, ln = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{rng.randrange(70, 99)}",
                        f"{f}_{ln}", f"{f}.{ln}+newsletter"])
    return f"{local}@{rng.choice(DOMAINS)}"


def _d(rng: random.Random, n: int) -> str:
    return g.rand_str(rng, "0123456789", n)


def phone(rng: random.Random) -> str:
    fmts: list[Callable[[], str]] = [
        lambda: f"+48 {rng.choice('5678')}{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
        lambda: f"+31 6 {_d(rng, 8)}",
        lambda: f"06-{_d(rng, 8)}",
        lambda: f"+1 (416) {rng.randrange(200, 999)}-{rng.randrange(2000, 9999)}",
        lambda: f"+46 70 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        lambda: f"+33 6 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
        lambda: f"06 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
        lambda: f"+32 47{rng.randrange(10)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
        lambda: f"+45 {rng.choice('2345')}{_d(rng, 1)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
        lambda: f"+47 {rng.choice('49')}{_d(rng, 2)} {_d(rng, 2)} {_d(rng, 3)}",
        lambda: f"+358 40 {_d(rng, 3)} {_d(rng, 4)}",
        lambda: f"+91 {rng.choice('6789')}{_d(rng, 4)} {_d(rng, 5)}",
        lambda: f"+41 79 {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        lambda: f"+43 664 {_d(rng, 7)}",
        lambda: f"+351 91{rng.randrange(10)} {_d(rng, 3)} {_d(rng, 3)}",
        lambda: f"+44 7911 {_d(rng, 6)}",
        lambda: f"+49 151 {_d(rng, 8)}",
    ]
    return rng.choice(fmts)()


PII_SPECS: list[tuple[str, Gen, list[str]]] = [
    ("pesel", pesel, [
        "PESEL: {v}", "nr PESEL {v}", "Pacjent: Anna Nowak, PESEL {v}, ur. w Krakowie",
        "Dane klienta: {v}; adres: ul. Długa 5, Gdańsk", "pesel={v}", '{"pesel": "{v}"}',
        "Proszę o weryfikację numeru {v} w systemie.", "<Pesel>{v}</Pesel>",
        "zamowienie dla: Jan Kowalski {v}", "| Kowalski | Jan | {v} |",
        "Customer national id (PL): {v}", "INSERT INTO patients VALUES ('Nowak', '{v}');",
        "Numer identyfikacyjny {v}", "Hi, my PESEL is {v}, please update my account",
    ]),
    ("bsn", bsn, [
        "BSN: {v}", "burgerservicenummer {v}", "Uw BSN is {v}.", "bsn={v}",
        "Naam: S. de Vries, BSN {v}, geboren 12-04-1987", '{"bsn": "{v}", "naam": "Jansen"}',
        "Klantgegevens: {v}", "Graag het sofinummer {v} controleren",
        "<BurgerServiceNummer>{v}</BurgerServiceNummer>", "patient {v} ingeschreven",
        "Citizen service number: {v}", "| Jansen | {v} | Utrecht |", "id_nl: {v}",
        "Mijn BSN is {v}, kunt u dit aanpassen?",
    ]),
    ("ca_sin", ca_sin, [
        "SIN: {v}", "Social Insurance Number {v}", "NAS : {v}", "numéro d'assurance sociale {v}",
        "Employee T4 slip - SIN {v} - Tremblay, Marc", "sin={v}", '{"sin": "{v}"}',
        "Please confirm your SIN ({v}) for payroll.", "Applicant: J. Smith {v} Toronto ON",
        "<SIN>{v}</SIN>", "Mon NAS est le {v}", "employee_ref {v}",
        "| Tremblay | {v} | Montréal |", "SIN on file: {v}",
    ]),
    ("se_personnummer", se_pnr, [
        "Personnummer: {v}", "pnr {v}", "Patient Lars Lindqvist, {v}, Göteborg",
        "personnr={v}", '{"personnummer": "{v}"}', "Mitt personnummer är {v}",
        "<Personnummer>{v}</Personnummer>", "Kund: {v}, Storgatan 3, Uppsala",
        "Swedish id {v}", "| Lindqvist | {v} |", "identitet {v} verifierad med BankID",
        "personal identity number: {v}", "Ärende 4412 gäller {v}", "id={v}",
    ]),
    ("fr_nir", fr_nir, [
        "N° de sécurité sociale : {v}", "NIR {v}", "numéro INSEE : {v}",
        "Assuré : M. Dubois, {v}, Lyon", "nir={v}", '{"nir": "{v}"}',
        "Mon numéro de sécu est le {v}", "<NumeroSecu>{v}</NumeroSecu>",
        "Carte Vitale {v}", "Social security (FR): {v}", "| Dubois | {v} |",
        "patient {v} hospitalisé", "Bénéficiaire {v}", "sécurité sociale: {v}",
    ]),
    ("be_national_number", be_nn, [
        "Rijksregisternummer: {v}", "numéro de registre national {v}", "NN {v}",
        "INSZ {v}", "rrn={v}", '{"rijksregisternummer": "{v}"}',
        "Klant: Peeters, {v}, Antwerpen", "Mon numéro national est {v}",
        "<NationalNumber>{v}</NationalNumber>", "Belgian national number: {v}",
        "| Peeters | {v} |", "eID {v} gekoppeld", "Registre national : {v}", "nn: {v}",
    ]),
    ("dk_cpr", dk_cpr, [
        "CPR-nr.: {v}", "CPR {v}", "personnummer {v}", "Patient: Mette Nielsen, {v}",
        "cpr={v}", '{"cpr": "{v}"}', "Mit CPR-nummer er {v}", "<CPR>{v}</CPR>",
        "Danish CPR number {v}", "| Nielsen | {v} |", "Borger {v} registreret",
        "Kunde {v}, Vesterbrogade 12", "cpr_nr: {v}", "Sag vedr. {v}",
    ]),
    ("no_fodselsnummer", no_fnr, [
        "Fødselsnummer: {v}", "fnr {v}", "Personnummer (11 siffer): {v}",
        "Pasient: Ingrid Hansen, {v}, Bergen", "fnr={v}", '{"fodselsnummer": "{v}"}',
        "Mitt fødselsnummer er {v}", "<Fodselsnummer>{v}</Fodselsnummer>",
        "Norwegian national id {v}", "| Hansen | {v} |", "Søker {v} registrert",
        "identitetsnummer {v}", "Kunde: {v}", "f.nr.: {v}",
    ]),
    ("fi_hetu", fi_hetu, [
        "Henkilötunnus: {v}", "HETU {v}", "hetu={v}", "Potilas: Aino Virtanen, {v}",
        '{"hetu": "{v}"}', "Henkilötunnukseni on {v}", "personbeteckning {v}",
        "<Henkilotunnus>{v}</Henkilotunnus>", "Finnish personal identity code {v}",
        "| Virtanen | {v} |", "Asiakas {v}, Helsinki", "sotu: {v}", "tunnus {v}",
        "asiakkaan {v} tiedot päivitetty",
    ]),
    ("in_aadhaar", aadhaar, [
        "Aadhaar: {v}", "Aadhaar No. {v}", "UID {v}", "आधार संख्या: {v}",
        "Applicant Priya Sharma, Aadhaar {v}, Pune", "aadhaar={v}", '{"aadhaar": "{v}"}',
        "My aadhaar number is {v}", "<Aadhaar>{v}</Aadhaar>", "KYC doc: {v}",
        "| Sharma | {v} |", "e-KYC verified for {v}", "uidai {v}", "Customer id proof {v}",
    ]),
    ("ch_ahv", ch_ahv, [
        "AHV-Nr.: {v}", "AHV {v}", "numéro AVS {v}", "numero AVS: {v}",
        "Versicherter: Lukas Müller, {v}, Zürich", "ahv={v}", '{"ahvNumber": "{v}"}',
        "Meine AHV-Nummer ist {v}", "<AHVN13>{v}</AHVN13>", "Swiss social security {v}",
        "| Müller | {v} |", "Mitarbeiter {v}", "Sozialversicherungsnummer {v}", "SSN (CH): {v}",
    ]),
    ("at_svnr", at_svnr, [
        "SVNR: {v}", "Sozialversicherungsnummer {v}", "VSNR {v}",
        "Patient: Lukas Gruber, {v}, Wien", "svnr={v}", '{"svnr": "{v}"}',
        "Meine Versicherungsnummer ist {v}", "<SVNR>{v}</SVNR>", "e-card {v}",
        "Austrian social insurance number {v}", "| Gruber | {v} |", "Dienstnehmer {v}",
        "Versicherter {v} angemeldet", "sv-nr: {v}",
    ]),
    ("pt_nif", pt_nif, [
        "NIF: {v}", "Contribuinte n.º {v}", "número de contribuinte {v}",
        "Cliente: João Silva, NIF {v}, Lisboa", "nif={v}", '{"nif": "{v}"}',
        "O meu NIF é {v}", "<NIF>{v}</NIF>", "Fatura para contribuinte {v}",
        "Portuguese tax id {v}", "| Silva | {v} |", "NIF do cliente: {v}", "NIPC/NIF {v}",
        "faturação: {v}",
    ]),
    ("email", email, [
        "Contact: {v}", "E-mail: {v}", "From: Anna Kowalska <{v}>", "reply-to {v}",
        '{"email": "{v}", "verified": true}', "user {v} signed up", "mailto:{v}",
        "Graag contact via {v}", "Écrivez-moi à {v}", "Skicka till {v}",
        "2026-02-01 INFO login ok user={v} ip=10.2.3.4", "<Email>{v}</Email>",
        "cc: {v}", "Kontakt: {v}", "| Lindqvist | {v} |", "invite sent to {v}",
        "Mój adres: {v}", "Kind regards, {v}", "email={v}", "please forward to {v}",
    ]),
    ("phone", phone, [
        "Tel.: {v}", "phone: {v}", "Call me at {v}", "Telefon {v}", "tlf. {v}",
        "mobiel {v}", "Mobile: {v}", '{"phone": "{v}"}', "<Phone>{v}</Phone>",
        "Numer telefonu: {v}", "Ring mig på {v}", "Mon portable : {v}",
        "puhelin {v}", "WhatsApp {v}", "| Nielsen | {v} |", "contact {v} after 5pm",
        "Handy: {v}", "telemóvel {v}", "callback requested: {v}", "sms to {v} failed",
        "+ GSM {v}", "Kontakt: {v}", "tel:{v}", "emergency contact {v}",
    ]),
]


def build_pii() -> list[tuple[str, str, str]]:
    rng = random.Random(70709)
    out: list[tuple[str, str, str]] = []
    for kind, gen, templates in PII_SPECS:
        for tpl in templates:
            v = gen(rng)
            out.append((kind, tpl.replace("{v}", v), v))
    return out


# ---------------------------------------------------------------------------- look-alikes


def _bump_last(v: str) -> str:
    """Change the check digit by a fixed non-zero step so the number no longer validates."""
    step = 1 + sum(int(c) for c in v if c.isdigit()) % 8
    return v[:-1] + str((int(v[-1]) + step) % 10)


def bad_pesel(rng: random.Random) -> str:
    return _bump_last(pesel(rng))


def bad_bsn(rng: random.Random) -> str:
    while True:
        v = _bump_last(bsn(rng))
        if not g.bsn_ok(v):
            return v


def bad_sin(rng: random.Random) -> str:
    d8 = str(rng.choice([1, 2, 4, 5, 6, 7, 9])) + g.rand_str(rng, "0123456789", 7)
    v = d8 + str((int(g.luhn_digit(d8)) + rng.randrange(1, 10)) % 10)
    return f"{v[:3]}-{v[3:6]}-{v[6:]}"


def bad_pnr(rng: random.Random) -> str:
    v = se_pnr(rng)
    return v[:-1] + str((int(v[-1]) + rng.randrange(1, 10)) % 10)


def bad_aadhaar(rng: random.Random) -> str:
    d11 = str(rng.randrange(2, 10)) + g.rand_str(rng, "0123456789", 10)
    c = (int(g.verhoeff_digit(d11)) + rng.randrange(1, 10)) % 10
    v = d11 + str(c)
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def bad_ahv(rng: random.Random) -> str:
    d12 = "756" + g.rand_str(rng, "0123456789", 9)
    v = d12 + str((g.ean13_digit(d12) + rng.randrange(1, 10)) % 10)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def bad_nif(rng: random.Random) -> str:
    d8 = str(rng.choice([1, 2])) + g.rand_str(rng, "0123456789", 7)
    return d8 + str((g.nif_check(d8) + rng.randrange(1, 9)) % 10 or 1)


def bad_hetu(rng: random.Random) -> str:
    v = fi_hetu(rng)
    alt = g.HETU_CHARS[(g.HETU_CHARS.index(v[-1]) + rng.randrange(1, 30)) % 31]
    return v[:-1] + alt


def bad_nir(rng: random.Random) -> str:
    d13 = f"1{rng.randrange(50, 99)}{rng.randrange(1, 13):02d}75{rng.randrange(1, 999):03d}"
    d13 += f"{rng.randrange(1, 999):03d}"
    return f"{d13}{(g.nir_key(d13) + rng.randrange(1, 50)) % 97 + 1:02d}"


def bad_be(rng: random.Random) -> str:
    d9 = f"{rng.randrange(50, 99)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    d9 += f"{rng.randrange(1, 998):03d}"
    c = (g.be_check(d9, False) + rng.randrange(1, 40)) % 97 + 1
    if c == g.be_check(d9, True):
        c = c % 97 + 1
    return f"{d9[0:2]}.{d9[2:4]}.{d9[4:6]}-{d9[6:9]}.{c:02d}"


BAD_SPECS: list[tuple[str, Gen, list[str]]] = [
    ("pesel_bad_check", bad_pesel, ["PESEL: {v} (błędna suma kontrolna)", "nr {v}",
                                    "Zamówienie nr {v}"]),
    ("bsn_bad_11proof", bad_bsn, ["klantnummer {v}", "BSN {v} is ongeldig", "factuur {v}"]),
    ("sin_bad_luhn", bad_sin, ["Ticket {v}", "ref {v}", "SIN {v} rejected (invalid)"]),
    ("pnr_bad_luhn", bad_pnr, ["ordernr {v}", "Ärende {v}", "kundnr {v}"]),
    ("aadhaar_bad_verhoeff", bad_aadhaar, ["txn {v}", "Enrolment slip {v}", "ref {v}"]),
    ("ahv_bad_check", bad_ahv, ["Artikel {v}", "ref {v}", "AHV {v} ungültig"]),
    ("nif_bad_check", bad_nif, ["Encomenda {v}", "fatura {v}", "NIF {v} inválido"]),
    ("hetu_bad_check", bad_hetu, ["viite {v}", "tilaus {v}", "virheellinen tunnus {v}"]),
    ("nir_bad_key", bad_nir, ["dossier {v}", "réf. {v}", "NIR invalide {v}"]),
    ("be_bad_check", bad_be, ["bestelling {v}", "dossier {v}", "ongeldig nummer {v}"]),
]

STATIC_LOOKALIKES: list[tuple[str, str]] = [
    ("order_id", "Order #{d8} shipped via PostNL, track 3SABCD{d9}"),
    ("order_id", "Bestelnummer: {d10}"),
    ("order_id", "Zamówienie {d11} zostało wysłane"),
    ("order_id", "invoice INV-{y}-{d6}"),
    ("order_id", "Faktura nr FV/{d4}/{y}"),
    ("order_id", "Ordernummer {d9} bekräftad"),
    ("tracking_number", "Tracking: 1Z{U16}"),
    ("tracking_number", "Sendungsnummer {d12}"),
    ("tracking_number", "colis {U2}{d9}FR"),
    ("version", "version {n1}.{n2}.{n3}"),
    ("version", "Upgraded package from {n1}.{n2}.{n3} to {n1}.{n2}.{n4}"),
    ("version", "build {y}.{m}.{d}.{d4}"),
    ("version", "Android 14 (API level 34), build UP1A.{d6}.{d3}"),
    ("date_time", "Meeting on {y}-{m}-{d} at 10:30"),
    ("date_time", "Deadline: {d}.{m}.{y}"),
    ("date_time", "timestamp={d10}"),
    ("date_time", "{y}{m}{d}-{d6}.log"),
    ("date_time", "epoch ms {d13}"),
    ("product_code", "EAN {d13}"),
    ("product_code", "SKU {U3}-{d5}-{U2}"),
    ("product_code", "ISBN 978-{d1}-{d3}-{d5}-{d1}"),
    ("product_code", "Part no. {d4}-{d4}-{d3}"),
    ("product_code", "IMEI test unit batch {d6}"),
    ("example_email", "Contact: {w}@example.com"),
    ("example_email", "From: noreply@example.org"),
    ("example_email", "user={w}@example.net"),
    ("example_email", "e-mail: jan.kowalski@example.pl.invalid"),
    ("example_email", "{w}@test.example"),
    ("example_email", "notifications@{w}.localhost"),
    ("example_email", "git@github.com:acme/{w}.git"),
    ("example_email", "docker pull {w}@sha256:{h8}"),
    ("example_email", "pip install {w}==1.{n1}.{n2}"),
    ("doc_ip", "Server listening on 192.0.2.{o}:8080"),
    ("doc_ip", "client 198.51.100.{o} connected"),
    ("doc_ip", "allow from 203.0.113.{o}/32"),
    ("doc_ip", "peer 2001:db8::{o}"),
    ("fiction_phone", "Call us at (312) 555-01{d2}"),
    ("fiction_phone", "Tel: +1 212-555-01{d2}"),
    ("fiction_phone", "phone: +44 7700 900{d3}"),
    ("fiction_phone", "Ring 020 7946 0{d3}"),
    ("fiction_phone", "mobile 0491 570 1{d2}"),
    ("fiction_phone", "+1 (800) 555-01{d2} toll free"),
    ("fiction_phone", "tel: 01632 960{d3}"),
    ("numeric_id", "Kubernetes resourceVersion {d11}"),
    ("numeric_id", "Slack ts 17{d8}.{d6}"),
    ("numeric_id", "discord channel {d18}"),
    ("numeric_id", "AWS account {d12}"),
    ("numeric_id", "PID {d5} exited with code 137"),
    ("numeric_id", "Postal code {d2}-{d3}, Warszawa"),
    ("numeric_id", "IBAN test: NL00TEST{d10}"),
    ("numeric_id", "bytes transferred: {d11}"),
    ("numeric_id", "row count {d9}"),
]


def _plain_digits(rng: random.Random, n: int) -> str:
    """Random digits that do not pass the check used by a national id of the same length."""
    while True:
        v = str(rng.randrange(1, 10)) + g.rand_str(rng, "0123456789", n - 1)
        if n == 9 and (g.bsn_ok(v) or g.luhn_ok(v)):
            continue
        if n == 10 and (g.cpr_ok(v) or g.luhn_ok(v)):
            continue
        if n == 11 and (g.pesel_check(v[:10]) == int(v[10]) or g.no_checks(v[:9]) == (
            int(v[9]), int(v[10]))
        ):
            continue
        if n == 12 and g.verhoeff_ok(v):
            continue
        if n == 13 and v.startswith("756"):
            continue
        return v


def _fill_static(rng: random.Random, tpl: str) -> str:
    import re

    def tok(m: re.Match[str]) -> str:
        t = m.group(1)
        if t == "y":
            return str(rng.randrange(2015, 2027))
        if t == "m":
            return f"{rng.randrange(1, 13):02d}"
        if t == "d":
            return f"{rng.randrange(1, 29):02d}"
        if t == "o":
            return str(rng.randrange(1, 255))
        if t == "w":
            return rng.choice(["jane", "john.doe", "test", "demo", "alice", "bob"])
        if t.startswith("n"):
            return str(rng.randrange(0, 30))
        if t.startswith("d"):
            return _plain_digits(rng, int(t[1:]))
        if t.startswith("U"):
            return g.rand_str(rng, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", int(t[1:]))
        if t.startswith("h"):
            return g.hexs(rng, int(t[1:]))
        raise KeyError(t)

    return re.sub(r"\{([a-zA-Z][0-9]*)\}", tok, tpl)


def build_pii_lookalikes() -> list[tuple[str, str]]:
    rng = random.Random(70710)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for kind, gen, templates in BAD_SPECS:
        for _ in range(4):
            for tpl in templates:
                text = tpl.replace("{v}", gen(rng))
                if text not in seen:
                    seen.add(text)
                    out.append((kind, text))
    for _ in range(2):
        for kind, tpl in STATIC_LOOKALIKES:
            text = _fill_static(rng, tpl)
            if text not in seen:
                seen.add(text)
                out.append((kind, text))
    return out
