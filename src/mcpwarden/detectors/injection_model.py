"""The injection detector's small model: a word uni+bigram logistic regression, pure Python.

Features are the same at training and run time (`features`): lower-cased skeleton text split into
letter runs (each CJK/kana/hangul character is its own token, so bigrams span CJK words), a start
marker, unigrams and adjacent bigrams. The artifact is a JSON file of non-zero weights shipped in
`detectors/models/`; `load_model` checks its SHA-256 against `MODEL_SHA256` and refuses to load a
file that does not match. See docs/injection-model.md for provenance and retraining.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from mcpwarden.detectors import text as textmod

MODEL_FILE = "injection_lr.json"
# Recorded by `python -m mcpwarden.detectors.train_injection`; checked at every load.
MODEL_SHA256 = "35fb283406aef7b5f66b9ee9548eff598a5ec2f5006a5369c4d8ba87b1092965"

_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_THAI = "\u0e01-\u0e4e"


def _mark_ranges() -> str:
    """The combining marks (Unicode categories M*) of the Basic Multilingual Plane outside Thai,
    as a character-class body: the vowel signs of Devanagari, Bengali and the other Indic
    scripts, Arabic and Hebrew points. `\\w` does not match them, yet they are part of a word:
    without them "सहायक" would split into "सह" and "यक"."""
    marks = [code for code in range(0x300, 0x10000)
             if unicodedata.category(chr(code)).startswith("M") and not 0xE00 <= code <= 0xE7F]
    ranges: list[tuple[int, int]] = []
    for code in marks:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


# Thai is written without spaces between words: a Thai run is one token, except that the role
# words below (you, the assistant, the user, please, ignore, forget, instructions, send, answer,
# model, AI, summary) are cut out of it as tokens of their own, so the cue gate and the role
# classes see them. As the skeleton writes them (NFKC splits SARA AM), longest first.
_THAI_ROLE_WORDS = (
    "คุณ ผู้ช่วย ผู้ใช้ ผู้ใช้งาน กรุณา โปรด เพิกเฉย ละเว้น ละเลย ลืม คำสั่ง คำแนะนำ ส่ง ตอบ คำตอบ"
    " โมเดล บอท เอไอ สรุป"
)
_THAI_WORDS = sorted(
    {unicodedata.normalize("NFKC", word) for word in _THAI_ROLE_WORDS.split()},
    key=len, reverse=True,
)
_THAI_WORD = "|".join(_THAI_WORDS)
# A word is a run of letters with any combining marks inside or after it (a lone mark, such as
# an emoji's variation selector, is no word); Thai is tried only where a Thai letter stands, so
# other text pays nothing for it.
_LETTER = rf"[^\W\d_{_CJK}{_THAI}]"
TOKEN_PATTERN = re.compile(
    rf"{_LETTER}+(?:[{_mark_ranges()}]+{_LETTER}*)*|[{_CJK}]"
    rf"|(?=[{_THAI}])(?:{_THAI_WORD}|(?:(?!{_THAI_WORD})[{_THAI}])+)"
)
START = "<s>"
MAX_TOKENS = 48
_CLASS_CACHE_ENTRIES = 4096


# A window is a run of at least 9 characters between boundaries: a newline, "|", "<", ">", CJK
# sentence punctuation, or ".!?;:" followed by white space (which ends the window with it).
# One regex pass; short table cells never become matches.
WINDOW = re.compile(
    r"(?:[^\n|<>.!?;:\u3002\uff01\uff1f]|[.!?;:](?!\s)){9,}"
    r"(?:[.!?;:](?=\s)|[\u3002\uff01\uff1f])?"
)


# `WINDOW`, written for speed, with the same matches: a maximal run of window characters (a
# possessive class, scanned by one C loop per sentence) plus its closing punctuation, kept when
# the run has at least 9 characters. `WINDOW`'s `X{9,}` matches exactly those runs: a run is
# maximal on the left too (it starts after a boundary, or where the previous match or the search
# began), and a shorter run cannot match from any of its positions. `window_spans` filters the
# length; the test suite compares both on varied text.
WINDOW_RUN = re.compile(
    r"((?:[^\n|<>.!?;:\u3002\uff01\uff1f]++|[.!?;:](?!\s))++)"
    r"(?:[.!?;:](?=\s)|[\u3002\uff01\uff1f])?"
)
MIN_WINDOW_RUN = 9  # group 1 (the run) must be this long


def window_spans(skeleton: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """`WINDOW` matches in `skeleton[start:end]` (as `finditer(skeleton, start, end)`)."""
    stop = len(skeleton) if end is None else end
    return [
        match.span()
        for match in WINDOW_RUN.finditer(skeleton, start, stop)
        if match.end(1) - match.start() >= MIN_WINDOW_RUN
    ]


def windows(skeleton: str) -> list[tuple[int, int]]:
    """Sentence-sized [start, end) windows of a skeleton: the unit the model scores."""
    return window_spans(skeleton)


# What `mention_view` blanks out: an apostrophe inside a word ("user's", "don't") is not a quote
# mark, and a host name or e-mail address ("fix.example", "a@b.example.com") is not a sentence
# talking *about* an example, attack or message.
_IN_WORD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['\u2019](?=[^\W\d_])")
_ADDRESS = re.compile(r"[\w.+-]*\w[.@][^\W\d_]{2,}[\w./@+-]*")


def mention_view(segment: str) -> str:
    """`segment` as the quoted-mention check should read it (see `_IN_WORD_APOSTROPHE`)."""
    if "'" not in segment and "\u2019" not in segment and "." not in segment and "@" not in segment:
        return segment
    return _ADDRESS.sub(" ", _IN_WORD_APOSTROPHE.sub("", segment))


class ModelIntegrityError(RuntimeError):
    """The model artifact is missing or does not match its recorded SHA-256: refuse to run."""


# `TOKEN_PATTERN` on ASCII text, where a letter is [A-Za-z] and there are no marks, CJK or Thai:
# the same tokens, found faster (most windows are ASCII).
_ASCII_TOKEN = re.compile(r"[A-Za-z]+")


def tokens(segment: str) -> list[str]:
    """Word tokens of an already lower-cased segment."""
    return (_ASCII_TOKEN if segment.isascii() else TOKEN_PATTERN).findall(segment)


# A URL's host and path words ("https://ai-lab.example/blog/agent-safety") are not words the text
# says to its reader, yet they held "ai" and "agent"; the model reads a URL as its scheme and
# top-level domain only, which keep the "sends somewhere" signal (`@sink`).
_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'()\[\]{}]+")


# A line of code is not prose: in "history.append(assistant_message)  # keep the turn" the
# identifiers name an assistant to no one. Where code (a closing bracket, ";" or "=") precedes
# a comment marker, the model reads the comment only; in a code line, names called or reached
# through a dot ("render(", "s.user", "os.environ") are not words either.
_CODE_THEN_COMMENT = re.compile(r"[)\]};=,\"'][ \t]*(?:#|//|--)[ \t]")
_CODE_NAME = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+|[a-z_][a-z0-9_]*(?=\()")
_CODE_LINE = re.compile(r"[a-z0-9_]\(|\)[ \t]*[{;:]|;[ \t]*$")
_CODE_MARKS = ("://", "(", ";", "#", "//", "--")  # without one, a window reads as it is


def model_words(segment: str, words: list[str]) -> list[str]:
    """The words the model reads for a window: `words` (its tokens) with every URL reduced to
    its scheme and top-level domain, and code read as its comment (`_CODE_THEN_COMMENT`)."""
    if not any(mark in segment for mark in _CODE_MARKS):
        return words
    changed = False
    if comment := _CODE_THEN_COMMENT.search(segment):
        segment, changed = segment[comment.end():], True
    if "://" in segment:
        segment, changed = _URL.sub(_url_stub, segment), True
    if _CODE_LINE.search(segment):
        segment, changed = _CODE_NAME.sub(" ", segment), True
    return tokens(segment) if changed else words


def _url_stub(match: re.Match[str]) -> str:
    scheme, _, rest = match[0].partition("://")
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return f" {scheme} {host.rsplit('.', 1)[-1]} " if "." in host else f" {scheme} "


def _fold_words(words: str) -> frozenset[str]:
    """Cue words as they appear in the skeleton (Cyrillic look-alikes are folded there)."""
    return frozenset(tokens(textmod.normalise(words).skeleton))


# A window is scored only if it addresses someone (second person, the model, a request marker)
# or starts like an imperative or a question; other windows (table cells, headers, log lines,
# narrative) cannot carry an instruction to the model and are skipped, which also keeps the
# hot path cheap.
_LISTED_CUE_WORDS = _fold_words(
    "you your yours yourself yourselves ai assistant llm agent chatbot bot gpt chatgpt claude"
    " gemini "
    "copilot model must instruction instructions prompt ignore disregard forget reply response "
    "responses answer respond summary summarize summarise tool please immediately instead "
    "assistants agents models bots llms chatbots directive directives override overrides "
    "automated automation automations summariser summarisers summarizer summarizers "
    "summarising summarizing crawler crawlers scraper scrapers copilots user users "
    # Other languages: their words for the reader's roles (you, the user, the model or
    # assistant, its answer, ignore, send) are the role-class words of `_FOREIGN_CLASS_WORDS` and
    # `_MORE_CLASS_WORDS`, added below; here are the rest. Words that are also common English
    # tokens ("u", "er", "sen") are left out.
    " tu ton ta veuillez du sie ihr dein deine deinen ihre ihren bitte su tus favor debes"
    " пожалуйста будь ласка асистенте"
    " 你 您 请 必 须 忽 略 指 令 示 助 手 无 视 無 視 く だ"
    " tuoi tue vostro vostra voces seu sua teus tuas uw jullie alsjeblieft twoja twoje proszę"
    " prosze sizin lütfen lutfen asistan\u0131 kullan\u0131c\u0131 yan\u0131t"
    " يرجى فضلك الذكاء कृपया hãy trợ lòng tolong mohon din snälla prosím παρακαλώ אנא"
    " modelos robô robot agentes respondas modeller napiš asystenta"
    " automatisierte automatizado automatisé automatico automatizzato"
    # the words for instructions (the English "instructions" is a cue word)
    " istruzioni instruções instrucoes instructies instrukcje talimatlar\u0131 talimatlar"
    " інструкції инструкции التعليمات निर्देश instruksi instruktioner pokyny οδηγίες הוראות"
    " 당 신 무 시 지 세 요 십 아 시 스 턴 트 모 델 답 변"
    " あ な た 無 視 ア シ ス タ ン ト 指 示 答 え"
)
IMPERATIVE_START = _fold_words(
    "describe explain write compose provide list give tell translate send forward upload call use "
    "run execute ignore disregard forget add include insert append answer reply respond say "
    "recommend create generate make share post delete remove visit click download install open "
    "summarize summarise rewrite replace change modify convert output print show reveal begin "
    "start end stop don never always remember ensure note let act pretend imagine consider "
    "treat assume believe trust what how why who when where which "
    # a clause that sets up an order ("Before finishing the task, also ...", "Rather than
    # answering, ask ...", "Whatever the user asked, reply ...") and adverbs that open one
    "after before while whilst rather whatever whenever once do also then first finally "
    "additionally secretly quietly silently "
    "please kindly now next instead mention suggest encourage promote urge inform notify "
    "copy paste email mail transfer grant publish print fetch retrieve read collect find search "
    "draft produce develop design plan outline teach help offer advise name define compare "
    "incorporate integrate modify alter spell reverse rearrange group jumble scramble mix "
    "envoyez envoie transférez réponds répondez écris écrivez recommande dis fais "
    "sende schicke schreib schreibe antworte rufe teile lade "
    "envía envia responde escribe usa reenvía recomienda di haz sube "
    "añade agrega elimina borra abre ejecuta llama manda muestra marca incluye aprueba "
    "ajoute supprime ouvre exécute appelle affiche inclus envoyez oublie transmets "
    "füge lösche öffne führe zeige gib erkläre beantworte sende leite "
    "aggiungi apri esegui chiama mostra invia scrivi dimentica approva "
    "adicione exclua abra chame mostre envie escreva diga aprove esqueça "
    "voeg verwijder voer roep toon stuur schrijf vergeet "
    "отправь перешли напиши ответь используй скажи "
    # Common English verbs in base form (a general list, not taken from any data set): a
    # sentence that opens with one of them is usually an imperative.
    "accept access adapt adjust adopt advertise affirm aim allow alter analyse analyze announce "
    "apply approve argue arrange ask assess assign attach attempt augment avoid back bear become "
    "beg bet block boost break brief bring build buy calculate cancel capitalize capture carry "
    "cast catch challenge check choose cite claim clarify classify clean clear close combine "
    "come comment commit complete compute conclude confirm connect construct contact continue "
    "contribute convince correct count cover craft criticize cut decide declare decline decode "
    "decrease delay deliver demonstrate deny deploy derive detail determine devise direct "
    "disable disclose discuss display distribute divide double drag draw drink drive drop "
    "edit educate elaborate eliminate embed emphasize employ enable encode encrypt enhance "
    "enrich enter enumerate erase estimate evaluate examine exchange exclude expand expect "
    "explore express extend extract fill filter finish fix flag flip focus follow form "
    "formulate forward frame gather get go greet guess guide handle hide highlight hold "
    "identify illustrate implement improve indicate infer inject input inspect instruct "
    "interpret introduce invent invite join judge jump justify keep kill label lead learn leave "
    "lend limit link load locate log look maintain manage map mark measure merge mimic minimize "
    "monitor move narrate navigate neglect obey observe obtain omit order organize organise "
    "overlook paraphrase pass pause perform permit persuade pick place play point polish "
    "populate praise predict prefer prepare present preserve pretend prevent prioritize process "
    "program prompt propose protect prove pull purchase push put quote raise rank rate react "
    "recall receive recite recognize reconsider record redirect reduce refer reflect reformat "
    "refuse register reject relate release rely remind render reorder repeat rephrase report "
    "represent request require research reset resolve respect restate restructure resume "
    "return review revise rewrite route save scan schedule score select sell separate serve "
    "set settle shift shorten simplify simulate sing sit skip solve sort speak specify spell "
    "split spread state stay steal stick store stress structure study submit substitute "
    "supply support surround swap switch take talk target test thank think throw tidy "
    "transcribe transform translate turn type underline understand undo unlock update upgrade "
    "validate verify view vote wait walk want warn watch wear welcome withhold work wrap"
)


def is_candidate(words: list[str], word_set: Iterable[str]) -> bool:
    """Whether a window can carry an instruction to the model (see CUE_WORDS)."""
    return bool(words) and (words[0] in IMPERATIVE_START or not CUE_WORDS.isdisjoint(word_set))


_CLASS_WORDS = {
    "@model": "ai llm assistant agent chatbot bot gpt chatgpt claude gemini copilot model models",
    "@user": "user users human operator customer owner",
    "@you": "you your yours yourself vous tu votre du dein deine sie ihr usted tú",
    "@response": "response responses reply replies answer answers output summary completion "
    "respond responding replying answering summarize summarise summarizing summarising",
    "@secret": "password passwords passwd token tokens key keys credential credentials secret "
    "secrets cookie cookies ssh rsa env seed wallet otp pin ssn history passwort mot contraseña",
    "@orders": "instruction instructions rules guidelines directions prompt directives orders "
    "constraints policy policies guardrails programming consignes anweisungen instrucciones",
    "@override": "ignore ignoring disregard forget override overrule bypass discard abandon "
    "supersede cancel scrap ignorez ignoriere ignora oubliez vergiss olvida",
    "@send": "send sending sent forward forwarding email mail upload uploading post posting "
    "transmit transfer share leak exfiltrate relay deliver dispatch export copy submit "
    "envoyez envoie sende schicke envía envia",
    "@urgent": "immediately urgent urgently important asap must required mandatory "
    "critical quickly",
    "@stealth": "secretly quietly silently covertly hidden unnoticed discreetly without",
    "@tool": "tool tools function command commands shell terminal bash exec execute invoke "
    "call script",
    "@sink": "http https www com net org io xyz ru biz info webhook",
    "@hijack": "instead new task goal objective role mode pretend act roleplay",
    # an order's modal words, and words that report or describe rather than order
    "@modal": "should shall need needs ought have",
    "@report": "was were had did showed shows found finds reported observed described study"
    " studies researchers paper figure table percent results experiment experiments benchmark",
    # what a sentence that describes rather than orders is built with ("agents are easier to
    # hijack", "the assistant can call tools")
    "@copula": "is are am be been being isn aren",
    "@ability": "can could may might would will cannot",
}
# The same roles in other languages (Romance, Germanic, Slavic, Finnic, Hungarian, Greek,
# Turkish, Indonesian, Arabic, Hebrew, Hindi, Persian): the class features carry what the model
# learned from every language to a language with little training text. Words that are common in
# another of these languages with another meaning ("te", "je", "din", "ni") are left out.
_FOREIGN_CLASS_WORDS = {
    "@model": "modelo modèle modell sprachmodell modello ia ki agente agenti agenten asistente"
    " assistente assistenz assistent asystent asystencie asistent assistenten modellen avustaja"
    " malli asistentul modelul asszisztens μοντέλο βοηθέ βοηθός ассистент модель ии бот асистент"
    " asistan yapay asisten المساعد مساعد النموذج העוזר עוזר מודל सहायक मॉडल دستیار مدل",
    "@user": "usuario usuarios usuário usuários utilisateur utilisateurs nutzer nutzerin benutzer"
    " utente utenti gebruiker użytkownik użytkownika uživatel uživatele uživateli användaren"
    " användare brugeren brukeren käyttäjä käyttäjän utilizator utilizatorul felhasználó"
    " χρήστης χρήστη пользователь пользователя користувач користувача kullan\u0131c\u0131"
    " pengguna المستخدم مستخدم המשתמש משתמש उपयोगकर्ता کاربر",
    "@you": "tú usted vous toi votre tes vos dich dir ihnen tuo tua voi você voce vocês jij"
    " jouw twój tvůj váš ditt dina sinä sinun dumneavoastră ön εσύ εσείς ты вы тебе вам"
    " твой ваш ти ви твій senin siz kamu anda أنت انت אתה आप तुम 你 您",
    "@response": "respuesta respuestas responde resumen réponse réponds répondez résumé"
    " antwort antworte zusammenfassung risposta rispondi riepilogo resposta responda resumo"
    " antwoord samenvatting odpowiedź odpowiedz podsumowanie odpověď odpověz shrnutí svar"
    " svara sammanfattning vastaus vastaa yhteenveto răspuns răspunde rezumat válasz"
    " válaszolj összefoglaló απάντηση απάντησε περίληψη ответ ответь відповідь відповідай"
    " yan\u0131t cevap özet jawaban jawab ringkasan الرد أجب الإجابة ملخص תשובה ענה סיכום जवाब उत्तर"
    " सारांश",
    "@secret": "contraseña clave credenciales identifiants passe passwort kennwort zugangsdaten"
    " credenziali senha credenciais wachtwoord hasło hasła heslo hesla lösenord salasana parola"
    " jelszó κωδικό κωδικός пароль ключ şifre sandi סיסמה पासवर्ड",
    "@orders": "instrucciones reglas órdenes indicaciones règles regeln vorgaben befehle"
    " istruzioni regole instruções regras instructies regels instrukcje polecenia zasady pokyny"
    " instrukce instruktioner regler ohjeet ohjeita instrucțiunile instrucțiuni utasításokat"
    " utasítások οδηγίες инструкции указания правила інструкції вказівки talimatlar\u0131"
    " talimatlar kurallar\u0131 instruksi aturan التعليمات تعليمات הוראות ההוראות निर्देश"
    " निर्देशों",
    "@override": "ignora olvida omite descarta ignorez oubliez oublie ignoriere vergiss"
    " ignorieren dimentica esqueça desconsidere negeer vergeet zignoruj zapomnij ignoruj"
    " zapomeň ignorera glöm strunta ohita unohda ignoră uită felejtsd αγνόησε ξέχασε"
    " игнорируй забудь проигнорируй ігноруй yoksay unut abaikan lupakan تجاهل התעלם अनदेखा",
    "@send": "envía envia manda reenvía sube envoie envoyez transférez transmets sende schicke"
    " übermittle invia inoltra envie encaminhe stuur verstuur doorsturen wyślij prześlij pošli"
    " odešli přepošli skicka vidarebefordra lähetä trimite küldd küldje στείλε προώθησε"
    " отправь перешли пришли надішли gönder ilet kirim kirimkan teruskan أرسل ارسل שלח העבר"
    " भेजें भेजो",
    "@urgent": "inmediatamente urgente debes immédiatement doit devez sofort dringend muss"
    " musst immediatamente subito devi imediatamente deve onmiddellijk moet natychmiast musisz"
    " okamžitě musíš musí omedelbart måste heti välittömästi imediat trebuie azonnal αμέσως"
    " πρέπει немедленно срочно должен негайно терміново hemen acil segera harus فورا يجب מיד"
    " חייב तुरंत",
    "@stealth": "secretamente discretamente sans discrètement secrètement ohne heimlich"
    " unauffällig senza segretamente zonder stilletjes bez potajemnie potichu utan tyst ilman"
    " fără nélkül χωρίς незаметно тайно sessizce gizlice tanpa بدون دون מבלי बिना",
    "@tool": "herramienta función comando outil fonction commande werkzeug funktion befehl"
    " strumento funzione ferramenta função hulpmiddel functie narzędzie funkcję nástroj funkci"
    " příkaz verktyget verktyg funktionen työkalu komento instrumentul funcția comanda eszközt"
    " parancsot εργαλείο εντολή инструмент функцию команду інструмент команду arac\u0131 araç"
    " komut alat fungsi الأداة أداة הכלי टूल",
    "@hijack": "tarea nueva nuevo tâche nouvelle aufgabe stattdessen compito invece tarefa"
    " taak zadanie zamiast úkol uppgift istället tehtävä sijaan sarcina feladat helyett"
    " εργασία αντί задача вместо завдання замість görev yerine tugas مهمة بدلا משימה",
}
# The same roles in Bengali, Urdu, Persian, Thai (`_THAI_ROLE_WORDS`), Vietnamese, Malay,
# Tagalog, Swahili, romanized Hindi, and vocatives and words missing above for languages of
# `_FOREIGN_CLASS_WORDS`.
_MORE_CLASS_WORDS = {
    "@model": "সহকারী মডেল এআই বট এজেন্ট اسسٹنٹ معاون ماڈل ایجنٹ بوٹ هوش ایجنت"
    " ผู้ช่วย โมเดล บอท เอไอ pembantu ejen ahente katulong msaidizi modeli wakala roboti"
    " agentti tekoäly botti asistentule agentule agencie bocie modelu агенте πράκτορα סוכן"
    " הסוכן الوكيل وكيل एजेंट बॉट agen",
    "@user": "ব্যবহারকারী ব্যবহারকারীর ব্যবহারকারীকে صارف صارفین کاربران ผู้ใช้ ผู้ใช้งาน"
    " gumagamit mtumiaji watumiaji mtumizi користувачеві",
    "@you": "আপনি আপনার আপনাকে তুমি তোমার তোমাকে آپ تم تمہیں تمہارا تمہارے شما คุณ bạn awak"
    " ikaw iyong kayo ninyo wewe yako wako aap tum tumhe tumhara aapka",
    "@response": "উত্তর জবাব সারাংশ جواب خلاصہ پاسخ خلاصه คำตอบ ตอบ สรุป jawapan ringkasan"
    " sagot tugon buod jibu majibu muhtasari jawab",
    "@orders": "নির্দেশ নির্দেশনা নির্দেশাবলী ہدایات ہدایت احکامات دستورالعمل دستورات คำสั่ง"
    " คำแนะนำ arahan tagubilin panuto maagizo maelekezo nirdesh",
    "@override": "উপেক্ষা نظرانداز نادیده فراموش เพิกเฉย ละเว้น ละเลย ลืม quên abaikan"
    " lupakan balewalain kalimutan puuza sahau bhool bhoolo תשכח שכח انسى भूल",
    "@send": "পাঠাও পাঠান পাঠিয়ে بھیجو بھیجیں بفرست ส่ง gửi hantar hantarkan ipadala ipasa"
    " tuma bhejo bhejiye",
}
_CLASS_OF = {
    word: name
    # English last: it wins a shared word
    for table in (_MORE_CLASS_WORDS, _FOREIGN_CLASS_WORDS, _CLASS_WORDS)
    for name, words in table.items()
    for word in _fold_words(words)
}
_CLASS_KEYS = frozenset(_CLASS_OF)

# A window is scored only if it addresses someone (see `_LISTED_CUE_WORDS`); in languages other
# than English, the role-class words for the model, the user, "you", the answer, ignoring and
# sending count as cues too, and the words for instructions of `_MORE_CLASS_WORDS` (the @orders
# words of `_FOREIGN_CLASS_WORDS` include words for rules, which ordinary text uses freely).
_CUE_CLASSES = frozenset(("@model", "@user", "@you", "@response", "@override", "@send"))
CUE_WORDS = _LISTED_CUE_WORDS | frozenset(
    word
    for table in (_MORE_CLASS_WORDS, _FOREIGN_CLASS_WORDS)
    for name, words in table.items()
    if name in _CUE_CLASSES or (name == "@orders" and table is _MORE_CLASS_WORDS)
    for word in _fold_words(words)
)
_CLASS_OF_GET = _CLASS_OF.get


def features(words: list[str]) -> list[str]:
    """Features of a token window: its distinct words, its adjacent word pairs (with a start
    marker), and the structural features of `_role_features`. Training uses these lists;
    `LinearModel.probability` sums the same features without building the list."""
    unique = set(words)
    return (
        sorted(unique | word_stems(words))
        + [f"{a} {b}" for a, b in pairwise([START, *words])]
        + sorted({f"{a}{SKIP}{b}" for a, b in zip(words, words[2:], strict=False)})
        + _role_features(words, unique)
    )


# Word pairs one word apart ("send~to" in "send it to", "send them to"): an order keeps its shape
# when a word is put between its parts, and a careful attacker's phrasing is seldom the one a
# training author wrote. Named with "~", which no token contains (a pair's name has a space).
SKIP = "~"


# A long word also counts by its first letters: "summarising", "summarize" and "summary" share
# "summa", "forwarding" counts as "forwa", and cognates across languages meet ("instructions",
# "instrucciones", "instruções": "instr"; "assistant", "assistente": "assis"). Truncation is a
# crude stemmer, but it needs no word list per language and costs one slice per word. A stem
# that is itself a word ("model" of "models") is that word's feature.
STEM_LENGTH = 5
STEMS = True


def word_stems(words: list[str]) -> set[str]:
    if not STEMS:
        return set()
    return {word[:STEM_LENGTH] for word in words if len(word) > STEM_LENGTH}


def _role_features(words: list[str], unique: set[str]) -> list[str]:
    """The role classes present (`_CLASS_WORDS`: "@send", "@secret", "@sink", "@model", ...),
    their co-occurring pairs, the opening word when it is an imperative or question word, and a
    length bucket. Role classes let the model generalise from the phrasings it was trained on to
    synonyms in the same role."""
    classes = {_CLASS_OF[word] for word in unique & _CLASS_KEYS}  # set & set: iterates the smaller
    out: list[str] = []
    first = words[0] if words else ""
    if first in IMPERATIVE_START:
        classes.add("@imperative_start")
        out.append(f"first:{first}")
    out += _class_set_features(sorted(classes))
    out.append("@short" if len(words) <= 5 else "@medium" if len(words) <= 15 else "@long")
    return out


# Whole class sets as features: a linear model cannot otherwise say "names the model, but gives
# no order" (a sentence about AI) apart from "names the model and gives an order". A window's
# classes are cached per set at run time (`LinearModel._role_weight`), so these cost nothing.
SET_FEATURES = True


def _class_set_features(ordered: list[str]) -> list[str]:
    """The role classes (sorted), their pairs and, with `SET_FEATURES`, the whole set."""
    out = ordered + [f"{a}&{b}" for i, a in enumerate(ordered) for b in ordered[i + 1 :]]
    if SET_FEATURES:
        out.append("set:" + "|".join(ordered))
    return out


@dataclass(frozen=True, slots=True)
class LinearModel:
    weights: dict[str, float]
    bias: float
    cut: float  # window probability that maps to score 0.5 (chosen on generated validation data)
    # summed weights of a set of role classes and their pairs (see `_role_weight`)
    class_weights: dict[tuple[frozenset[str | None], bool], float] = field(
        default_factory=dict, compare=False, repr=False
    )
    # the word-pair weights keyed by (first, second): looked up without joining strings
    pair_weights: dict[tuple[str, str], float] = field(
        default_factory=dict, compare=False, repr=False
    )
    # the weights of the pairs one word apart ("a~b"), keyed by (a, b) like `pair_weights`
    skip_weights: dict[tuple[str, str], float] = field(
        default_factory=dict, compare=False, repr=False
    )

    # the opening-word feature weights ("first:<word>"), looked up without formatting a name
    first_weights: dict[str, float] = field(default_factory=dict, compare=False, repr=False)
    # the word weights and `pair_weights` in one dict: words are strings, pairs tuples, so
    # one C-level lookup pass serves both (see `probability`)
    gram_weights: dict[str | tuple[str, str], float] = field(
        default_factory=dict, compare=False, repr=False
    )
    # the length-bucket weights ("@short", "@medium", "@long")
    length_weights: list[float] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name, weight in self.weights.items():
            first, space, second = name.partition(" ")
            if space:  # a word pair (words contain no space; other features neither)
                self.pair_weights[(first, second)] = weight
                continue
            first, skip, second = name.partition(SKIP)
            if skip:
                self.skip_weights[(first, second)] = weight
        for word in IMPERATIVE_START:
            self.first_weights[word] = self.weights.get(f"first:{word}", 0.0)
        self.gram_weights.update(
            (name, weight) for name, weight in self.weights.items() if SKIP not in name
        )
        for pair, weight in self.pair_weights.items():
            self.gram_weights[pair] = weight
        self.length_weights.extend(
            self.weights.get(name, 0.0) for name in ("@short", "@medium", "@long")
        )

    def probability(self, words: list[str]) -> float:
        # The distinct features of `features(words)` (each counts once, as in training), summed
        # by C-level map/filter over one set: words, word pairs (tuples; as strings they would
        # contain a space, words do not) and the role features (they start with "@" or
        # "first:") never collide.
        grams: set[str | tuple[str, str]] = {*words, *pairwise((START, *words))}
        if STEMS:
            grams.update([word[:STEM_LENGTH] for word in words if len(word) > STEM_LENGTH])
        gram_total = sum(filter(None, map(self.gram_weights.get, grams)))
        skips = set(zip(words, words[2:], strict=False))
        gram_total += sum(filter(None, map(self.skip_weights.get, skips)))
        total = self.bias + gram_total + self._role_weight(words)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    def _role_weight(self, words: list[str]) -> float:
        """The summed weights of `_role_features(words, set(words))`: the opening-word and
        length features, plus the classes and their pairs, whose sum depends only on the set of
        classes and is cached per set (the cache is bounded)."""
        count = len(words)
        total = self.length_weights[0 if count <= 5 else 1 if count <= 15 else 2]
        # `None` stands for the words of no class; it names no feature
        classes = frozenset(map(_CLASS_OF_GET, words))
        first_weight = self.first_weights.get(words[0]) if words else None
        if first_weight is not None:  # `words[0]` is an imperative-start word
            total += first_weight
        key = (classes, first_weight is not None)
        cached = self.class_weights.get(key)
        if cached is None:
            cached = self._class_weight(*key)
            if len(self.class_weights) < _CLASS_CACHE_ENTRIES:
                self.class_weights[key] = cached
        return total + cached

    def _class_weight(self, classes: frozenset[str | None], imperative: bool) -> float:
        names = {name for name in classes if name is not None}
        if imperative:
            names.add("@imperative_start")
        return sum(filter(None, map(self.weights.get, _class_set_features(sorted(names)))))

    def score(self, words: list[str]) -> float:
        """Calibrated 0..1 score: 0.5 exactly at the validation-chosen cut."""
        prob = self.probability(words)
        if prob >= self.cut:
            return 0.5 + 0.5 * (prob - self.cut) / max(1e-9, 1.0 - self.cut)
        return 0.5 * prob / max(1e-9, self.cut)


def artifact_bytes(model: dict[str, Any]) -> bytes:
    """Canonical, byte-stable serialisation (sorted keys, fixed rounding)."""
    return (
        json.dumps(model, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"
    ).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_model(data: bytes, expected_sha256: str) -> LinearModel:
    actual = sha256(data)
    if actual != expected_sha256:
        raise ModelIntegrityError(
            f"injection model hash {actual} does not match the recorded {expected_sha256}; "
            "reinstall mcpwarden or retrain with `python -m mcpwarden.detectors.train_injection`"
        )
    raw = json.loads(data)
    return LinearModel(
        weights={str(k): float(v) for k, v in raw["weights"].items()},
        bias=float(raw["bias"]),
        cut=float(raw["cut"]),
    )


def model_path() -> Path:
    return Path(str(resources.files("mcpwarden.detectors") / "models" / MODEL_FILE))


@lru_cache(maxsize=1)
def load_model() -> LinearModel:
    """The shipped model, hash-checked (raises ModelIntegrityError when missing or tampered)."""
    try:
        data = model_path().read_bytes()
    except OSError as exc:
        raise ModelIntegrityError(f"injection model artifact missing: {exc}") from exc
    return parse_model(data, MODEL_SHA256)
