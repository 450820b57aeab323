"""Multilingual concept tagging and sentence-level composition rules for tool-poisoning.

Instead of matching attack phrases, every sentence of a field is tagged with *concepts* (who is
addressed, the user, telling, hiding, negation, reading, passing into a call, a sensitive object,
the conversation, an external sink, other tools, ranking ...). An attack is a *composition* of
concepts in one sentence: "negation x telling x the user" is concealment whatever the words or the
language; "read/pass x sensitive object x call slot or sink" is exfiltration. The lexicons were
written from the threat model and general vocabulary in English, French, German, Spanish,
Portuguese, Italian, Russian, Chinese, Japanese and Korean; no wording was taken from any data set.

Patterns are matched against the folded skeleton of `text.normalise` (lower case, homoglyphs
folded), so the non-ASCII letters of each pattern are folded the same way before compiling.
"""

# ruff: noqa: RUF001 - other scripts and full-width punctuation are the point here

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mcpwarden.detectors.text import fold_char

# Latin-script stems end at a word boundary only where the lexicon says so (\b); CJK has none.
_LEXICON: dict[str, str] = {
    "ADDRESSEE": r"\b(?:assistants?|ai|a\.i\.|llms?|language models?|the model|models? reading"
    r"|agents?|chatbots?|copilots?|planners?|l'ia|l'assistant|assistenten?|ki|asistente|ia"
    r"|assistente|ассистент\w*|нейросет\w*)\b|助手|人工智能|アシスタント|어시스턴트",
    "USER": r"\b(?:users?|user's|users'|human|humans|end[- ]users?|requesters?"
    r"|the person\b[^.]{0,20}"
    r"\bhelping|operators?|utilisat\w*|benutzer\w*|nutzer\w*|anwender\w*|usuari[oa]s?|usuário\w*"
    r"|utent[ei]|пользовател\w*)\b|用户|使用者|ユーザー|利用者|사용자",
    "TELL": r"\b(?:tell\w*|told|inform\w*|mention\w*|notif\w*|alert\w*|show\w*|reveal\w*"
    r"|disclos\w*|display\w*|bring (?:this |it )?up|let\w* \w+ know|explain\w*|warn\w*|surfac\w*"
    r"|dire|dites|dis|dirlo|mentionn\w*|signal\w*|montr\w*|révél\w*|sag(?:e|en|t|st)?|erwähn\w*"
    r"|mitteil\w*|zeig\w*|verrat\w*|dig(?:a|as|an|ale|ales)|decir\w*|mencion\w*|muestr\w*|"
    r"mostr\w*|avis\w*"
    r"|conte|contar|contes|diga\w*|menzion\w*|сообща\w*|сообщ\w*|говор\w*|упомина\w*|показыва\w*"
    r"|рассказ\w*)\b|告诉|告知|通知|提及|提醒|显示|看到|伝え|知らせ|表示|言わ|見せ|알리|말하|표시",
    "NEG": r"\b(?:not|never|don't|dont|doesn't|no need|without|avoid|must not|nobody|no one|ne"
    r"|n'|pas|jamais|sans|nicht|nie|niemals|kein\w*|ohne|no|nunca|sin|não|nao|sem|non|mai"
    r"|senza|не|никогда|без|nichts|niemandem|rien|nada|niente|nulla|ничего|нельзя)\b|不要|不得|"
    r"勿|别|不可|ないで|しないで|せず|禁止|마세요|말고|않",
    "HIDE": r"\b(?:hid(?:e|es|den|ing)|conceal\w*|secretly|covert\w*|silently|quietly|invisibl\w*"
    r"|unaware|out of (?:your |the )?(?:replies|answers?|responses?|output|sight|view)"
    r"|behind the scenes|cach(?:er|ez|é)\w*|discrètement|verberg\w*"
    r"|versteck\w*|heimlich\w*|ocult\w*|en secreto|escond\w*|segredo|nascost\w*|скры\w*|тайно)\b"
    r"|隐藏|秘密|悄悄|隠し|隠す|こっそり|숨기|몰래",
    "READ": r"\b(?:contents? of|text of|read\w*|open\w*|load\w*|cat|fetch\w*"
    r"|look (?:it |them )?up|get the contents"
    r"|access\w*|grab\w*|collect\w*|gather\w*|retriev\w*|dump\w*|harvest\w*|scrap\w*|lis|lire"
    r"|lisez|ouvr\w*|charge[rz]|chargez|récupér\w*|lies|lesen|öffne\w*|lade\w*|lee|leer|abr\w*|"
    r"carg\w*"
    r"|leia|ler|leggi\w*|apri\w*|прочит\w*|чита\w*|откро\w*|загруз\w*)\b|读取|打开|获取|読み|読ん"
    r"|開い|取得|읽",
    "PASS": r"\b(?:pass(?:es|ed|ing)?|includ\w*|put\w*|past(?:e|es|ed|ing)|insert\w*|embed\w*"
    r"|attach\w*|append\w*|plac(?:e|es|ed|ing)|send\w*|sent|forward\w*|submit\w*|upload\w*"
    r"|post(?:s|ed|ing)?|transmit\w*|(?:the )?same (?:arguments|payload|data|input|parameters)"
    r"|travel with|copy|copies|copied|echo\w*|populat\w*|fill\w*"
    r"|set|sets|setting|write"
    r" \w+ into|hand (?:\w+ ){1,3}over|share\w*|relay\w*|sync\w*|transmet\w*|envoy\w*|inclu\w*"
    r"|mett\w*|ajout\w*|recopi\w*|copi\w*|insér\w*|übergib|übergeb\w*|sende\w*|schick\w*"
    r"|füg\w*|einfüg\w*|kopier\w*|env[ií]\w*|pon\w*|añad\w*|mete\w*|coloq\w*|insira|invia\w*"
    r"|inser\w*|includ\w*|переда\w*|отправ\w*|встав\w*|включ\w*|добав\w*|запиш\w*)\b|放入|写入|填入"
    r"|发送|包含|附加|复制|传给|入れ|含め|送信|送っ|追加|貼り|넣|보내|포함",
    # Paths to a user's private files: never part of a tool's declared purpose (not scopable).
    "SECRET_PATH": r"(?:~/\.|%appdata%|/etc/(?:shadow|passwd|sudoers)|\.env\b|id_rsa|id_ed25519"
    r"|\.ssh\b|\.aws\b|\.kube\b|\.docker\b|\.git-credentials|\.netrc|\.npmrc|\.pypirc"
    r"|~/library/|/users/[^/\s]+/\.)",
    # Secrets no tool's purpose ever needs from the user: not scopable either.
    "SECRET_HIGH": r"(?:\bpins?\b|one-time (?:code|password)s?|\botp\b|2fa codes?|verification"
    r" codes?|security codes?|cvv|card numbers?|seed phrases?|recovery phrases?|banking passwords?"
    r"|online-banking passwords?)",
    "SECRET": r"(?:keychains?|wallet|credential\w*|\bcreds\b|passwords?|passphrases?|private keys?"
    r"|secret keys?|api[ _-]?keys?|access[ _-]?keys?|(?:personal )?access[ _-]?tokens?|tokens?"
    r"|cookies?|session ids?|\bsecrets?\b"
    r"|mots? de passe|identifiants|jetons?|clés?|passw(?:o|ö)rt\w*|kennw(?:o|ö)rt\w*"
    r"|zugangsdaten|schlüssel\w*|contraseñas?|claves?|credenciales|senhas?|chaves?|credenciais"
    r"|chiav[ei]|credenziali|парол\w*|ключ\w*|токен\w*|учетн\w* данн\w*)|密码|密钥|令牌|凭证|凭据"
    r"|パスワード|認証情報|トークン|秘密鍵|비밀번호|토큰|인증",
    "CONVERSATION": r"\b(?:conversations?|chat (?:history|log|transcript)s?|dialog(?:ue)?s?"
    r"|transcripts?|previous (?:messages?|turns?)|earlier turns?|prior (?:messages?|turns?)"
    r"|system prompts?|system messages?|hidden instructions|(?:your|the assistant's)"
    r" instructions|context window|everything the user|what the user (?:said|typed|wrote)"
    r"|the user's (?:latest |last )?(?:message|question|request|query)|(?:this|the|our|current)"
    r" (?:chat|session|thread)|so far|historique|gespräch\w*"
    r"|unterhaltung\w*|verlauf\w*|conversaci\w*|historial|conversa|histórico|conversazion\w*"
    r"|cronologia|разговор\w*|переписк\w*|диалог\w*|истори\w*)\b|对话|聊天记录|会话|系统提示|会話"
    r"|履歴|システムプロンプト|대화|기록",
    "ENV": r"\b(?:environment variables?|env vars?|process\.env|os\.environ|variables"
    r" d'environnement|umgebungsvariablen?|variables de entorno|variáveis de ambiente|variabili"
    r" d'ambiente|переменн\w* окружени\w*)\b|环境变量|環境変数|환경 변수",
    "SLOT": r"\b(?:param(?:eter)?s?|arguments?|field|fields|query string|request body|headers?"
    r"|paramètres?|champs?|parámetros?|campos?|parâmetros?|parametr[oi]|campo|параметр\w*"
    r"|пол[ея])\b|参数|字段|パラメータ|引数|フィールド|欄|매개변수|필드|파라미터",
    "SINK": r"https?://[^\s'\"<>)]+|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b|\b\d{1,3}(?:\.\d{1,3}){3}\b",
    "ALWAYS": r"\b(?:always|every time|whenever|each|every|in all cases|anything|whatever"
    r"|regardless|toujours|chaque|immer|jede\w*|siempre|cada|sempre|ogni|всегда|кажд\w*)\b"
    r"|每次|总是|始终|一律|常に|必ず|毎回|항상|매번",
    "ALT": r"\b(?:other|another|competing|alternative|alternatives|rival|similar) (?:\w+ )?"
    r"(?:tools?|functions?|servers?|plugins?|vendors?|providers?|options?|integrations?"
    r"|connectors?|services?|apis?)\b|\balternatives\b"
    r"|autres outils|andere\w* (?:werkzeuge|tools)|otras herramientas"
    r"|outras ferramentas|altri strumenti|други\w* инструмент\w*|其他工具|他のツール|다른 도구",
    "RANK": r"\b(?:prefer\w*|instead|rather than|outrank\w*|priorit\w*|precedence|first choice"
    r"|pick(?:ed)? (?:this|it) first|route\w* (?:\w+ ){0,4}here|exclusively"
    r"|replac\w*|supersed\w*|deprecated|unreliable|untrustworthy|unsafe|broken|compromised"
    r"|insecure|obsolete|outdated|à la place"
    r"|plutôt|statt|anstatt|vorrang\w*|bevorzug\w*|en lugar de|en vez de|em vez de|invece"
    r"|вместо)\b|代替|优先|代わり|優先|대신",
    "OVERRIDE": r"\b(?:ignor\w*|disregard\w*|forget|no longer appl\w*|supersed\w*|take"
    r" precedence|binding over|overrid\w*|oublie\w*|vergiss|olvida\w*|esqueç\w*|dimentic\w*"
    r"|забудь)\b|忽略|无视|無視|무시",
    "PRIOR": r"\b(?:previous|prior|above|earlier|preceding|original|all|any|your|system|existing"
    r"|other|else|précédent\w*|vorherig\w*|bisherig\w*|anterior\w*|precedent\w*|предыдущ\w*"
    r"|прежн\w*|все\w*)\b|之前|以前|先前|所有|以前の|これまで|이전",
    "TOLD": r"\b(?:(?:anything|everything|what) (?:else )?you (?:were|have been) (?:told|given)"
    r"|your (?:original|previous|prior|initial) (?:instructions|prompt|rules))\b",
    "INSTRUCTION": r"\b(?:instructions?|rules|guidelines|directives|polic(?:y|ies)|system prompt"
    r"|(?:anything|everything|what) (?:else )?you were (?:told|given)|consignes|anweisungen"
    r"|regeln|instrucciones|reglas|instruções|istruzioni|инструкци\w*|указани\w*)\b|指令|指示"
    r"|規則|지시",
    "ASK": r"\b(?:ask\w*|request\w*|prompt\w* (?:the )?user|have (?:the )?user|need to (?:reply"
    r"|re-?enter|type|provide|confirm)|reply with|re-?enter|type (?:in )?their|peça|pide"
    r"|demande[rz]?|frag\w*|chiedi|попроси\w*)\b|询问|要求|尋ね|聞い|요청",
    "DESTROY": r"\brm\s+-[a-z]*[rf]\b|\b(?:delet\w*|remov\w*|eras\w*|wip\w*|destroy\w*|shred\w*"
    r"|supprim\w*|effac\w*|lösch\w*|entfern\w*|borr\w*|elimin\w*|apag\w*|exclu\w*|cancell\w*"
    r"|удал\w*)\b|删除|削除|삭제",
    # What a deletion must never reach whatever the tool is for (not scopable).
    "WIPE_TARGET": r"\b(?:(?:the |your |user's )?home (?:dir\w*|folder)|all (?:the |your |of the )?"
    r"(?:user's )?files|every file|entire (?:disk|drive|file ?system)|dossier personnel|tous les"
    r" fichiers|alle dateien|todos los archivos|todos os arquivos|tutti i file|все файлы)\b"
    r"|所有文件|すべてのファイル|모든 파일",
    "EVERYTHING": r"\b(?:all|every|entire|everything|whole|~/?(?=\s|$)"
    r"|tous|toutes|alle\w*|gesamte\w*|todos?|todas?|tutt[ie]|все\w*)\b|所有"
    r"|全部|すべて|全て|모든",
    "WIPE_CMD": r"\brm\s+-[a-z]*(?:rf|fr)[a-z]*\s+(?:--no-preserve-root\s+)?['\"`]?"
    r"(?:/|~|\$home|\*)"
    r"|\bmkfs\b|\bdd\s+if=\S+\s+of=/dev/|\bformat\s+c:|\bdel\s+/[sq]\s+/[sq]"
    r"|\bchmod\s+(?:-r\s+)?0?777\s+/|\bdrop\s+database\b",
    "PRIVILEGE": r"\b(?:administrator|admin(?:istrator)? (?:rights|privileges|access|role)|root"
    r" (?:access|privileges|shell)|superuser|sudoers?|owner role|full access|domain admins?"
    r"|privileges|droits d'administrat\w*|administratorrechte|privilegios|privilégios"
    r"|права администратора)\b|管理员权限|管理者権限|관리자 권한",
    "GRANT": r"\b(?:grant\w*|give|gives|assign\w*|elevat\w*|promot\w*|add\w* (?:\w+ ){0,3}to"
    r" (?:the )?(?:admins?|sudoers|administrators)|accord\w*|gewähr\w*|otorg\w*|conced\w*"
    r"|выда\w*)\b|授予|付与|부여",
    "DISABLE": r"\b(?:disabl\w*|turn\w* off|deactivat\w*|switch\w* off|bypass\w*|circumvent\w*"
    r"|uninstall\w*|kill\w*|stop\w*|skip\w*|désactiv\w*|deaktivier\w*|desactiv\w*|disattiv\w*"
    r"|отключ\w*)\b|禁用|关闭|無効|비활성",
    "SECCTL": r"\b(?:firewalls?|antivirus|anti-virus|defender|edr|selinux|apparmor|security"
    r" (?:software|features?|checks?|scanning|controls?|warnings?)|audit(?:ing| logs?)|logging"
    r"|sandbox\w*|2fa|mfa|two-factor|confirmation (?:prompts?|dialogs?|steps?)|tls verification"
    r"|certificate (?:checks?|verification)|pare-feu|firewall|cortafuegos)\b|防火墙|杀毒"
    r"|ファイアウォール"
    r"|방화벽",
    "ORDER": r"\b(?:before|first|prior to|ahead of|avant|zuerst|vorher|antes|prima|сначала"
    r"|перед)\b|之前|先に|먼저",
    "OBLIGE": r"\b(?:must|have to|has to|required|mandatory|only valid|is to be|are to be|needs? to"
    r"|doit|doivent|muss|müssen|debe|deben|deve|devono|должен|должны)\b|必须|必ず|해야",
    "PERSIST": r"(?:~/\.bashrc|\.bashrc|~/\.zshrc|\.zshrc|~/\.profile|\.profile"
    r"|authorized_keys|crontab|\bcron jobs?\b"
    r"|launch ?agents?|scheduled tasks?|startup (?:items?|folder)|run keys?)",
    "PIPE_SHELL": r"\b(?:curl|wget)\b[^|\n]{0,120}\|\s*(?:ba|z)?sh\b|iex\s*\(|invoke-expression",
    "MISREPORT": r"\b(?:say|report|tell \w+|claim)\w* (?:\w+ ){0,3}(?:that )?(?:\w+ ){0,3}"
    r"(?:succeeded|successful|is safe|are safe|works? normally|nothing (?:happened|unusual)"
    r"|everything is fine)\b",
    "OMIT": r"\b(?:leave out|omit\w*|suppress\w*|filter out|strip out)\b",
    "IMAGE_SINK": r"!\[[^\]]{0,40}\]\((?=\s*https?://)"
    r"|\b(?:render|display|show|end \w+ \w+ with|add)"
    r"\w* (?:\w+ ){0,3}(?:image|link|img|pixel)\b",
}


# More languages (Dutch, Polish, Turkish, Swedish, Indonesian) and more phrasings of the same
# concepts, appended as further alternatives of the concepts above.
_MORE: dict[str, str] = {
    "HIDE": r"\b(?:in the dark|out of the loop"
    r"|without (?:the user|them|anyone)"
    r" (?:knowing|noticing))\b",
    "TOLD": r"\b(?:you (?:were|have been) (?:configured|set up|instructed|programmed) with"
    r"|(?:guidelines|instructions|rules) you were (?:configured|given|set up) with)\b",
    "WIPE_TARGET": r"\b(?:contents of (?:the )?(?:user's|your)|(?:the )?(?:user's |your )?"
    r"(?:documents|desktop|downloads|pictures|photos)(?: and \w+)?"
    r" (?:folders?|director(?:y|ies)))\b",
    # Languages that negate inside the verb ("söyleme": do not tell) get one concept for both.
    "NEG_TELL": r"\b(?:söyleme\w*|bahsetme\w*|gösterme\w*|bildirme\w*|neříkej\w*|neříkejte"
    r"|nesděluj\w*|đừng nói)\b|न बताएं|न बताओ|伝えないで|知らせないで"
    r"|言わないで|알리지 마|말하지 마",
    "USER": r"\b(?:gebruiker\w*|użytkownik\w*|uzytkownik\w*|kullanıcı\w*|kullanici\w*"
    r"|användare\w*|pengguna|uživatel\w*|người dùng)\b|उपयोगकर्ता",
    "TELL": r"\b(?:vertel\w*|meld\w*|mów\w*|mow|powiedz\w*|informuj\w*|söyle(?!me)\w*|bildir\w*"
    r"|berätta\w*|beritahu\w*)\b",
    "NEG": r"\b(?:niet|nooit|geen|nie|nigdy|bez|asla|hiçbir|inte|aldrig|jangan|tidak|đừng"
    r"|không)\b",
    "READ": r"\b(?:lees|open|przeczytaj\w*|czytaj\w*|otwórz|oku\w*|läs\w*|baca|přečti\w*"
    r"|čti|đọc)\b|पढ़",
    "PASS": r"\b(?:zet|plaats\w*|kopieer\w*|stuur\w*|skopiuj\w*|kopiuj\w*|wklej\w*|wyślij\w*"
    r"|dodaj\w*|ekle\w*|kopyala\w*|gönder\w*|kopiera\w*|skicka\w*|salin\w*|kirim\w*|vlož\w*"
    r"|zkopíruj\w*|pošli\w*|sao chép|gửi)\b|डालें|भेजें"
    r"|\b(?:(?:must|should|has to|have to|needs? to) (?:contain|hold|include))\b",
    "CONVERSATION": r"\b(?:gesprek\w*|chatgeschiedenis|rozmow\w*|histori\w* czatu|konuşma\w*"
    r"|sohbet\w*|konversation\w*|percakapan|системн\w* промпт\w*|konverzac\w*"
    r"|cuộc trò chuyện)\b|系统提示词|会話履歴|बातचीत",
    "ENV": r"\b(?:omgevingsvariabelen|zmienn\w* środowisk\w*|ortam değişken\w*"
    r"|miljövariabler|proměnn\w* prostředí|biến môi trường)\b",
    "SLOT": r"\b(?:veld|pol[ae]|alan\w*|fält\w*|kolom|trường)\b",
    "SECRET": r"\b(?:wachtwoord\w*|hasł\w*|haslo|şifre\w*|sifre\w*|lösenord\w*|kata sandi)\b",
    "SECRET_HIGH": r"\b(?:pincode|kod pin|cvc)\b|セキュリティコード|暗証番号"
    r"|ワンタイムパスワード|验证码"
    r"|安全码|银行卡号|卡号|인증번호",
    "OVERRIDE": r"\b(?:игнориру\w*|negeer\w*|zignoruj\w*|ignoruj\w*|yok say\w*)\b",
    "PRIOR": r"\b(?:eerdere|vorige|poprzedni\w*|önceki)\b",
    "INSTRUCTION": r"\b(?:instructies|instrukcj\w*|talimat\w*)\b",
    "ALT": r"\b(?:the others|other (?:implementations?|integrations?|services?))\b"
    r"|\b(?:andere tools|inne narzędzia|diğer araçlar)\b",
    "RANK": r"\b(?:only (?:reliable|trustworthy|correct|accurate|safe|official|supported|real)"
    r"|never (?:choose|use|pick|select|call) (?:them|those|the others)|stale|inaccurate|buggy"
    r"|la única fiable|el único fiable|la seule fiable|die einzige zuverlässige|a única confiável"
    r"|l'unica affidabile|единственн\w* надёжн\w*)\b|唯一可靠|唯一の信頼",
    "GRANT": r"\b(?:add\w*|make|put) (?:(?!\. ).){0,60}?to (?:the )?(?:\w+ )?(?:owners?|admins?"
    r"|administrators|sudoers|wheel|root) (?:group|role|team)\b",
}


# Round 2: priority/exclusivity claims, conditional shadowing of other tools and services,
# concealment without a telling verb, and conversation material in more languages. Written from
# the threat model (what each attack must say to work), not from any data set.
_ROUND2: dict[str, str] = {
    "EVEN_IF": r"\b(?:even if|even when|even though|no matter what|whatever the user \w+|"
    r"under (?:all|any|no)"
    r" circumstances|regardless of (?:what|whether|the user\w*)|auch wenn|selbst wenn|même si"
    r"|aunque|incluso si|anche se|mesmo que|даже если)\b|即使|即便|たとえ|하더라도",
    "SELF_ACT": r"\b(?:(?:this|the|that) (?:tool |function )?(?:calls?|invocations?|steps?"
    r"|actions?|operations?)|this tool (?:ran|was|has (?:been|run)|had)"
    r"|this(?=\s*(?:[.,;:!]|\)|$))|(?:this|these) (?:instructions?|notes?)"
    r"|diese\w* (?:aufruf|schritt|vorgang|aktion)|cet appel|cette (?:action|opération|étape)"
    r"|esta (?:llamada|acción|operación|chamada|ação|operação)|este (?:paso|passo|llamado)"
    r"|questa (?:chiamata|azione|operazione)|questo passo|этот (?:вызов|шаг)|это действие"
    r"|(?:этот|этом|этого|эту|это) (?:вызов\w*|шаг\w*|действи\w*|операци\w*))\b|此调用|"
    r"这次调用|该调用|此操作|この呼び出し|この操作|この処理|이 호출|이 작업",
    "LOGV": r"\b(?:log|logs|logged|logging|list|lists|record|records|recorded|appear\w*|show up"
    r"|acknowledg\w*|protokollier\w*"
    r"|enregistr\w*|registr\w*|логир\w*)\b|记录下|記録",
    "SILENCE": r"\b(?:keep (?:quiet|silent|mum) about|keep (?:this|it) (?:silent|quiet)|"
    r"keep (?:this|it|that)"
    r" (?:to yourself|between us|confidential|secret|private|hidden)|say nothing|stay (?:silent"
    r"|quiet)|remain (?:silent|quiet)|verschweig\w*|verheimlich\w*|(?:für|fur) (?:dich|sich)"
    r" (?:be)?halten|behalte\w* (?:\S+ ){0,3}?für dich|stillschweig\w*|taisez|taire|tais-toi"
    r"|passe[rz]? sous silence|garde[zr]? (?:le |ça |cela )?(?:secret|pour (?:toi|vous))"
    r"|cállate|callate|callar|guarda(?:r)? silencio|no digas nada|taci\w*|tacere|non dire nulla"
    r"|guarde segredo|cale-se|умолч\w*|промолч\w*|держи в тайне)\b|隐瞒|保密|守口如瓶|秘密にして"
    r"|内緒|黙って|비밀로",
    "KEEP_OUT": r"\b(?:(?:stay\w*|kept|remain\w*) out of|leave no trace|(?:keep|leave) (?:this|"
    r"it|that|these|the call|this call|this step|this action"
    r"|this operation)(?: \w+){0,2}? (?:out of|off)|(?:exclude|omit|strip) (?:this|it|that)"
    r"(?: \w+){0,2}? from)\b",
    "RECORD": r"\b(?:transcripts?|summar(?:y|ies)|history|histories|logs?|replies|reply"
    r"|responses?|answers?|output|recaps?|activity|audit trail)\b",
    "CANNED": r"\b(?:(?:answer|reply|respond|say)\w* (?:to the user )?(?:with )?(?:only|just|simply"
    r"|nothing but)(?: with)? ['\"‘“«]"
    r"|(?:answer|reply|respond|say)\w* [^.\n]{0,30}?and nothing (?:else|more)"
    r"|(?:answer|reply|respond|say)\w* (?:with )?['\"‘“«][^'\"’”»\n]{1,30}['\"’”»]\s*(?:regardless"
    r"|no matter|whatever|in (?:all|every) cases?|every time|always))",
    "PRETEND": r"\b(?:pretend\w*(?! mode)|act as (?:though|if)|behave as (?:though|if)|"
    r"fais comme si"
    r"|faites comme si|so tun,? als|tu so,? als|finge|finja|fingi|fai finta|притвор\w*"
    r"|делай вид)\b|假装|装作|ふりをして|척하",
    "EXCLUSIVE": r"\b(?:the only (?:\w+ ){0,2}?(?:authoritative|trusted|official|approved"
    r"|preferred|legitimate|sanctioned|genuine|permitted|allowed|verified)"
    r"|the (?:single|sole) (?:\w+ ){0,2}?(?:source|tool|server|option|provider)"
    r"|only ever (?:use|call|trust|rely on) this|(?:use|call|trust|rely on) only this|"
    r"only this (?:one|tool|server) is"
    r"|(?:must|should|shall|have to|has to) (?:all )?(?:go|be routed|be sent|pass) through this"
    r"|route (?:all|every|any)|nowhere else|no other (?:tool|server|place)|"
    r"highest[- ]priority tool|nur (?:noch )?dieses (?:tool|werkzeug)"
    r"|einzige\w* (?:vertrauenswürdige|offizielle|zuverlässige)\w*"
    r"|le seul (?:outil )?(?:fiable|officiel|autorisé)|l'unique outil|uniquement cet outil"
    r"|el único (?:\w+ )?(?:oficial|autorizad\w*|confiable)|solo (?:esta|este|questa|questo)"
    r" (?:herramienta|strumento)|únic[ao] (?:ferramenta )?(?:oficial|confiável)"
    r"|только (?:этот|эту)|единственн\w*)\b|只使用|仅使用|唯一|このツールだけ|이 도구만",
    "NEG_USE_ALT": r"\b(?:never|do not|don't|must not|should not|shouldn't) (?:ever )?(?:use"
    r"|call|invoke|choose|pick|select|rely on|trust|consult) (?:any |the )?(?:other|alternative"
    r"|competing|third-party|rival)\b",
    "SERVICE": r"\b(?:the|any|every|all) (?!other\b|another\b|competing|alternative|rival|third"
    r"|only\b|same\b|first\b|next\b|new\b|current\b|right\b|best\b|previous\b|following\b)"
    r"(?:[\w-]+ ){1,2}?(?:tools|tool|servers?|integrations?|connectors?|plugins?|mcp servers?)\b"
    r"|\b(?:third-party (?:[\w-]+ ){0,2}?(?:tools?|servers?))\b",
    "DISTRUST": r"\b(?:tampered|manipulated|compromised|hijacked|malicious|poisoned|backdoored"
    r"|untrusted|untrustworthy|not (?:to be )?trusted|cannot be trusted|can't be trusted"
    r"|leak\w* (?:\w+ )?data|falsif\w*|fabricat\w*|bogus|rigged|forged|fraudulent|rogue|unsafe|"
    r"insecure|fake|spoofed|counterfeit|manipuliert\w*"
    r"|kompromittiert\w*|unsicher\w*|gefälscht\w*|manipulé\w*|compromis|dangereu\w*"
    r"|non fiables?|manipulad\w*|comprometid\w*|insegur\w*|manipolat\w*|compromess\w*"
    r"|non sicur\w*|скомпрометирован\w*|небезопасн\w*|вредоносн\w*)\b|被篡改|不安全|恶意|改ざん",
    "OBSOLETE": r"\b(?:deprecated|outdated|obsolete|legacy|stale|broken|veraltet\w*"
    r"|obsolète|obsolet[oa]|устаревш\w*)\b|过时|非推奨",
    "COND": r"\b(?:when|if|once|as soon as|any time|anytime|for every|for each|quand|lorsqu\w*"
    r"|chaque fois|si|wenn|sobald|falls|jedes mal|cuando|siempre que|cada vez|quando|se"
    r"|sempre que|ogni volta|если|когда)\b|每当|如果|的时候|場合|とき|경우",
    "ADD_PARTY": r"\b(?:(?:add|invite)\w* (?:\S+ ){1,3}?with (?:admin|write|owner|full|"
    r"maintain|push)\w*"
    r" (?:rights|access|permissions?|role)|(?:add|"
    r"invite)\w* (?:\S+ ){1,3}?as (?:an? )?(?:\w+ )?(?:collaborators?|editors?"
    r"|admins?|administrators?|owners?|co-?owners?|members?|b?cc|recipients?|reviewers?"
    r"|maintainers?|viewers?|writers?)|(?:add|"
    r"invite)\w* (?:\S+ ){1,3}?to (?:the )?(?:attendees|guests"
    r"|participants|recipients|members|collaborators|b?cc|cc list|bcc list|invite list)|"
    r"includ\w* (?:\S+ ){1,3}?in (?:the )?(?:b?cc|recipients?"
    r"|to)(?: field| list)?|(?:bcc|cc|copy|blind-copy) (?=[\w.+-]+@)"
    r"|grant\w* (?:\S+ ){1,3}?(?:read|write|admin|push|maintain|owner|full)\w* (?:access"
    r"|permissions?|rights|role)|ajout\w* (?:\S+ ){1,3}?en (?:copie|cc|cci)"
    r"|añad\w* (?:\S+ ){1,3}?(?:como|en copia)|füg\w* (?:\S+ ){1,3}?(?:als \w+ hinzu|in (?:die )?"
    r"(?:bcc|cc|blindkopie))|aggiung\w* (?:\S+ ){1,3}?(?:come|in (?:ccn|copia))"
    r"|adicion\w* (?:\S+ ){1,3}?(?:como|em cópia)|добав\w* (?:\S+ ){1,3}?(?:как|в (?:скрытую )?"
    r"копию))",
    "SUBST": r"\b(?:chang\w*|swap\w*|substitut\w*|switch\w*|redirect\w*|overwrit\w*|rewrit\w*"
    r"|modif\w*|alter\w*|remplac\w*|ersetz\w*|tausch\w*|reemplaz\w*|cambi\w*|sostitu\w*"
    r"|substitu\w*|замен\w*)\b|替换|改为|置き換え|바꾸",
    "FIN_TARGET": r"\b(?:iban|bic|swift(?: code)?|account(?: number| no)?|bank account"
    r"|beneficiar\w*|payee|destination (?:account|address|wallet)|recipients?|recipient (?:address"
    r"|account)|wallet address|routing number|reply[_ -]?to|sort code|kontonummer|empfänger\w*"
    r"|bénéficiaire|destinataire\w*|destinatari\w*|destinatári\w*|получател\w*)\b|收款|受取人"
    r"|수취인",
    "ACCOUNT": r"\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?\b|\b0x[0-9a-f]{4,}"
    r"|\b(?:bc1|[13])[a-hj-np-z0-9]{25,39}\b",
    # A secret-keeping product as the tool's purpose: reading secrets is then its job.
    "SECRET_STORE": r"\b(?:vaults?|keychains?|keyrings?|kms|key management|key ?vault|secrets?"
    r" ?manager|secret stores?|credential (?:stores?|managers?|vaults?)|password (?:managers?"
    r"|vaults?|safes?)|1password|bitwarden|lastpass|keepass\w*|hsm|tresor\w*|coffre-fort"
    r"|schlüsselbund|schlüsselspeicher|passwort-tresor|gestor de contraseñas|cofre)\b"
    r"|密码管理|キーチェーン",
}
_MORE_R2: dict[str, str] = {
    "TELL": r"\b(?:anzeig\w*|affich\w*|visualizz\w*|exib\w*|отображ\w*|revel\w*|rivel\w*)\b"
    r"|提到|言及|언급|말도",
    "NEG_TELL": r"\b(?:make no (?:reference|mention)|no mention|keine erwähnung|aucune mention"
    r"|ninguna mención|nessuna menzione|nenhuma menção)\b",
    "HIDE": r"\b(?:verbirg\w*|nascond\w*|скро\w*|скрыв\w*|invisible)\b|隠して",
    "CONVERSATION": r"\b(?:chatverlauf\w*|gesprächsverlauf\w*|nachrichtenverlauf\w*"
    r"|(?:letzt|bisherig|vorherig|früher)\w* nachrichten|alle nachrichten|messages? (?:précédents?"
    r"|antérieurs?)|tous les messages|mensajes anteriores|todos los mensajes|mensagens anteriores"
    r"|todas as mensagens|messaggi precedenti|tutti i messaggi|предыдущ\w* сообщени\w*"
    r"|все сообщения|previous (?:\w+ ){1,2}messages|earlier messages|all (?:\w+ )?messages"
    r"|chat logs?|message history|full dialogue"
    r"|messages exchanged|(?:bisherig|vorherig)\w* (?:chat|gespräch|unterhaltung)\w*)\b|"
    r"之前的消息|历史消息|以前のメッセージ|チャット履歴"
    r"|이전 메시지|채팅 기록|대화 기록",
    "PASS": r"\b(?:übermittl\w*|mitsend\w*|schreib\w*|gib|mets|weitergeb\w*|anhäng\w*|häng\w*|"
    r"adjunt\w*|alleg\w*|anex\w*|contenir|enthalten"
    r"|contener|contenere|conter|содержать)\b|放进|发到|发送到|传到|附上",
    "SLOT": r"\b(?:feld|feldern?)\b",
    "ALT": r"\b(?:any alternative|any other (?:[\w-]+ ){0,2}?(?:tools?|servers?|services?)"
    r"|other servers|competing tools)\b",
}
for _name, _extra in _MORE_R2.items():
    _MORE[_name] = _MORE[_name] + "|" + _extra if _name in _MORE else _extra

# Round 3: directives addressed to the model about tool use, exclusivity over other servers.
_AI = r"(?:ai|a\.i\.|assistant|llm|language model|agent|chatbot|copilot|claude|chatgpt|gpt)"
_ROUND3: dict[str, str] = {
    # Explicitly addressed to the model: a role prefix, a vocative, a note to it, or a mandate
    # on it in the third person ("the assistant must"); "the assistant will show" is not.
    "ADDRESS_MODEL": r"^(?:assistant|agent|model|llm|ai|chatbot|copilot)s?,"
    r"|^(?:ai|language) (?:assistant|agent|model|llm|chatbot|copilot)s?,"
    r"|\b(?:if you are|whoever is|whoever|to whoever is) reading this"
    r"|\b(?:assistant|ai|a\.i\.|llm|agent(?<!user agent)(?<!user-agent)|chatbot|copilot"
    r"|claude|chatgpt|assistente?n?|asistente|ki|ia|ассистент|ии|нейросеть) ?:"
    r"|\b(?:(?:note|message|instructions?|reminder|attention|important|memo) (?:to|for)"
    rf" (?:the |any |all )?(?:{_AI}|models?)s?"
    rf"|(?:dear|hey|hi|hello|attention|listen) (?:the )?{_AI}"
    rf"|if you are (?:an? |the )?(?:\w+ )?{_AI}|you,? (?:the|an?) {_AI}"
    rf"|(?:{_AI}|models?)s? (?:reading|processing|using) this"
    rf"|(?:assistant|llm|agent|model|chatbot)s?"
    r" (?:must|should|shall|has to|have to|needs? to|is required to|are required to|is to|are to)"
    r"|(?:note|message|instruction|rappel|remarque|consigne) (?:pour|à) (?:l'ia|l'assistant"
    r"|le modèle|l'agent)|(?:cher|chère) (?:ia|assistant|modèle)|si tu es une? (?:ia|assistant)"
    r"|(?:l'ia|l'assistant|le modèle|l'agent) (?:doit|devra)"
    r"|(?:hinweis|nachricht|notiz|anweisung|achtung) (?:an|für) (?:die ki|den assistenten"
    r"|das modell|den agenten)|(?:liebe|lieber) (?:ki|assistent)|(?:die ki|der assistent"
    r"|das modell|der agent) (?:muss|soll)|wenn du eine ki bist"
    r"|(?:nota|mensaje|instrucción|aviso|mensagem|instrução|messaggio|istruzione|avviso)"
    r" (?:para|per) (?:la ia|el asistente|el modelo|el agente|a ia|o assistente|o modelo"
    r"|o agente|l'ia|l'assistente|il modello|l'agente)|(?:querido|caro) (?:asistente|assistente)"
    r"|(?:el asistente|la ia|el modelo|o assistente|a ia|o modelo|l'assistente|il modello)"
    r" (?:debe|deve)"
    r"|(?:примечание|сообщение|заметка|указание|внимание) (?:для )?(?:ии|ассистент\w*|модел\w*"
    r"|агент\w*)|(?:ассистент|модель|ии|агент) долж\w*)\b"
    r"|(?:给|致)(?:ai|助手|模型|人工智能|智能体)|(?:ai|助手|模型|智能体)(?:必须|应该|务必|须)"
    r"|(?:ai|アシスタント|モデル|エージェント)(?:への|へ)(?:注意|メモ|指示|メッセージ|連絡)?"
    r"|(?:ai|アシスタント|モデル)は必ず|(?:ai|어시스턴트|모델|에이전트)(?:에게|께)"
    r"|(?:ai|어시스턴트|모델)(?:는|은) 반드시|助手:|アシスタント:|어시스턴트:",
    # Every request of the user, from now on.
    "EVERY_REQ": r"\b(?:(?:any|all|every|each) (?:single )?(?:user )?(?:questions?|requests?"
    r"|queries|query|messages?|prompts?|tasks?|turns?|replies|reply|answers?|responses?|conversations?)"
    r"|from now on|henceforth|going forward|before (?:you )?(?:answer|respond|repl)\w*"
    r"|(?:toute|chaque) (?:question|requête|demande|réponse)|désormais|dorénavant"
    r"|à partir de maintenant|avant de répondre"
    r"|(?:jede|jeder|jedes|jeden) (?:frage|anfrage|nachricht|antwort)|ab sofort|von nun an"
    r"|bevor du antwortest|(?:cualquier|cada|toda) (?:pregunta|solicitud|petición|consulta"
    r"|respuesta)|de ahora en adelante|a partir de ahora|antes de responder"
    r"|(?:qualquer|cada|toda) (?:pergunta|solicitação|pedido|resposta)|de agora em diante"
    r"|a partir de agora|(?:qualsiasi|ogni) (?:domanda|richiesta|risposta)|d'ora in poi"
    r"|da ora in poi|prima di rispondere|(?:люб\w*|кажд\w*) (?:вопрос\w*|запрос\w*|ответ\w*)"
    r"|отныне|с этого момента|перед (?:каждым )?ответом)\b"
    r"|(?:每个|任何|每次|所有)(?:问题|请求|提问|回答)|从现在开始|从今以后|今后|回答之前"
    r"|(?:すべての|全ての|あらゆる)(?:質問|リクエスト|依頼)|今後は|これからは|回答する前"
    r"|모든 (?:질문|요청)|지금부터|앞으로는|답하기 전",
    "CALLV": r"\b(?:call|calls|calling|invoke|invoking|use|using|run|trigger|consult"
    r"|appel\w*|utilise|utilisez|utiliser|aufruf\w*|rufe|ruf|verwende\w*|nutze|llam\w*|invoc\w*"
    r"|usa|usar|use|utiliza\w*|chiam\w*|utilizz\w*|вызыва\w*|вызов\w*|используй\w*)\b"
    r"|调用|使用|呼び出|使って|使用して|호출|사용",
    "FOLLOWV": r"\b(?:follow\w*|obey\w*|execut\w*|carry out|comply with|act on|perform"
    r"|do (?:exactly )?(?:what|as)|suis|suivez|suivre|exécut\w*|obéi\w*|befolg\w*|folge"
    r"|folgen|ausführ\w*|führe|sigue|siga|seguir|ejecut\w*|obedec\w*|cumpl\w*|segue"
    r"|obedeç\w*|segui|seguire|esegu\w*|obbedisc\w*|следуй\w*|следовать|выполн\w*"
    r"|подчин\w*)\b|遵循|遵守|执行|照做|按照|に従|実行|따르|따라|실행",
    "STEPS": r"\b(?:steps?|commands?|directions?|actions?|tasks?|whatever|what it says"
    r"|everything it says|étapes|commandes|schritte|befehle|pasos|comandos|passos|passaggi"
    r"|comandi|шаг\w*|команд\w*)\b|步骤|命令|手順|コマンド|단계|명령",
    "OUTPUT": r"\b(?:outputs?|results?|responses?|returns|returned|return values?|résultats?"
    r"|réponses?|sorties?|ausgaben?|ergebnis\w*|rückgabe\w*|resultados?|respuestas?|salidas?"
    r"|devuelv\w*|respostas?|saídas?|retorn\w*|risultat\w*|rispost\w*|restituis\w*"
    r"|результат\w*|вывод\w*|возвраща\w*)\b|结果|输出|返回|結果|出力|返す|返され|결과|출력|반환",
    # Acting without the user's confirmation.
    "NO_CONFIRM": r"\b(?:without (?:first |ever )?(?:asking|confirming|checking|consulting"
    r"|prompting|waiting for|requesting|seeking|getting|needing)\w*(?: (?:with )?(?:the user|them"
    r"|anyone|for \w+))?|without (?:the user's |user |any |explicit |prior )?(?:confirmation"
    r"|approval|permission|consent)|(?:do not|don't|never|no need to) (?:ask|check with"
    r"|confirm with|consult|prompt|wait for)(?: the user| them)?(?: for (?:confirmation"
    r"|approval|permission|consent))?|skip\w* (?:the |any )?(?:confirmation|approval)"
    r"|sans (?:demander|confirm\w*|vérifi\w*|(?:l'|son |leur |aucune )?(?:autorisation|accord"
    r"|permission|consentement|confirmation))|ne (?:demande|demandez) pas"
    r"|ohne (?:\w+ )?(?:zu fragen|nachzufragen|rückfrage|bestätigung|erlaubnis|zustimmung"
    r"|genehmigung)|frag(?:e|en)? nicht|sin (?:preguntar|confirmar|consultar|pedir\w*"
    r"|(?:su |ninguna )?(?:confirmación|permiso|autorización|consentimiento))|no (?:preguntes"
    r"|pidas)|sem (?:perguntar|confirmar|consultar|pedir|(?:a |nenhuma )?(?:confirmação"
    r"|permissão|autorização|consentimento))|não (?:pergunte|peça)|senza (?:chiedere"
    r"|confermare|consultare|(?:la |il |alcuna |alcun )?(?:conferma|permesso|autorizzazione"
    r"|consenso))|non chiedere|не спрашива\w*|без (?:подтвержден\w*|разрешени\w*|согласи\w*"
    r"|запрос\w*)|не запрашива\w*)\b"
    r"|无需确认|无需询问|不要询问|不用询问|不要问|不经确认|未经确认|不必确认|无需用户确认"
    r"|確認せず|確認しないで|尋ねずに|聞かずに|許可なく|確認なしで"
    r"|확인 없이|묻지 말고|묻지 않고|허락 없이|확인하지 말고",
    # Discarding what other tools return.
    "DISMISS": r"\b(?:discard\w*|distrust\w*|(?:do not|don't|never) (?:trust|believe|rely on)"
    r"|reject\w*|throw away|écarte\w*|ne (?:fais|faites) pas confiance|verwirf|verwerfe\w*"
    r"|vertraue? (?:\w+ )?nicht|descart\w*|no (?:confíes|confies|confíe)|não confie|scart\w*"
    r"|non fidarti|не доверяй\w*|отбрасыва\w*)\b|不要相信|不要信任|丢弃|信用しないで|信頼しないで"
    r"|신뢰하지 마|믿지 마",
}
_ROUND3_MORE: dict[str, str] = {
    # "only trust this one", in ten languages.
    "EXCLUSIVE": r"\b(?:only (?:trust|rely on|believe|use) (?:this|me)\b|(?:trust|believe)"
    r" (?:only|exclusively|solely) (?:this|me)\b|ne (?:fais|faites) confiance qu'à"
    r"|(?:fais|faites) confiance uniquement|vertraue? nur (?:diesem|dieser|dem|mir)"
    r"|confía (?:solo|solamente|únicamente) en|solo confía en|confie apenas"
    r"|fidati solo|доверяй только)|只信任|只相信|仅信任|だけを信頼|だけを信用|만 신뢰|만 믿",
    # "every other time or calendar tool": one to three words between "other" and "tool".
    "ALT": r"\b(?:(?:other|another|competing|alternative|rival) (?:(?!(?:of|in|for|from|the|this"
    r"|that|with|to|by|on|than|its|their|a|an)\b)[\w-]+,? (?:(?:or|and|/) )?){1,3}?"
    r"(?:tools?|servers?|services?|plugins?|integrations?|connectors?|providers?)"
    r"|(?:demás|otr[oa]s) (?:herramientas|servidores)|autres serveurs|andere\w* server"
    r"|outr[oa]s servidores|altri server|други\w* сервер\w*)\b|其他服务器|他のサーバー|다른 서버",
    # Replacing other tools, in other languages (English forms are already RANK).
    "RANK": r"\b(?:remplac\w*|ersetz\w*|reemplaz\w*|sustitu\w*|sostitu\w*|substitui\w*"
    r"|замен\w*)\b|取代|替代|置き換え|대체",
}


def _fold_pattern(pattern: str) -> str:
    return "".join(c if c.isascii() else fold_char(c) for c in pattern)


# At one position only the first alternative matches, so specific (multi-word, object) concepts
# come before the short verbs that could swallow them ("pass" in "password").
_FIRST = (
    *("ADDRESS_MODEL", "NO_CONFIRM", "DISMISS", "EVERY_REQ"),
    *("EVEN_IF", "KEEP_OUT", "CANNED", "PRETEND", "SELF_ACT", "ADD_PARTY", "SILENCE"),
    *("EXCLUSIVE", "NEG_USE_ALT", "SERVICE", "DISTRUST", "OBSOLETE", "ACCOUNT", "SECRET_STORE"),
    *("COND", "FIN_TARGET"),
    *("SINK", "IMAGE_SINK", "PIPE_SHELL", "WIPE_CMD", "PERSIST", "ENV", "CONVERSATION"),
    *("SECRET_PATH", "SECRET_HIGH", "SECRET", "WIPE_TARGET", "PRIVILEGE", "SECCTL", "NEG_TELL"),
    *("MISREPORT", "OMIT", "ALT", "TOLD", "INSTRUCTION", "OVERRIDE", "RANK", "ASK"),
)
_LEXICON.update(_ROUND2)
_LEXICON.update(_ROUND3)
for _name, _extra in _MORE.items():
    _LEXICON[_name] = _LEXICON[_name] + "|" + _extra if _name in _LEXICON else _extra
for _name, _extra in _ROUND3_MORE.items():
    _LEXICON[_name] = _LEXICON[_name] + "|" + _extra
_ORDER = (*_FIRST, *(name for name in _LEXICON if name not in _FIRST))


def _alternatives(body: str) -> list[str]:
    """Split a pattern at its top-level `|` (outside groups, classes and escapes)."""
    parts, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[start:index])
            start = index + 1
        index += 1
    parts.append(body[start:])
    return parts


def _flat_alternatives(body: str) -> list[str]:
    """Top-level alternatives, with a whole-alternative `(?:...)` group opened up, and a word
    alternative given the word boundary it implies (so it can join the guarded pattern)."""
    flat: list[str] = []
    for alternative in _alternatives(body):
        inner = alternative[3:-1]
        bounded = alternative[5:-3]
        if alternative.startswith("(?:") and alternative.endswith(")") and _balanced(inner):
            flat.extend(_flat_alternatives(inner))
        elif (
            alternative.startswith("\\b(?:") and alternative.endswith(")\\b") and _balanced(bounded)
        ):
            for inner_alternative in _flat_alternatives(bounded):
                bound = inner_alternative.startswith("\\b")
                flat.append(("" if bound else "\\b") + inner_alternative + "\\b")
        elif alternative[:1].isascii() and alternative[:1].isalpha():
            flat.append("\\b" + alternative)
        else:
            flat.append(alternative)
    return flat


def _balanced(body: str) -> bool:
    depth = 0
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 2
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
        index += 1
    return depth == 0


def _first_chars(alternative: str) -> set[str] | None:
    """The literal characters any match of `alternative` can start with (None: unknown)."""
    if alternative.startswith("^"):
        return _first_chars(alternative[1:])  # an anchor consumes nothing
    if alternative.startswith("(?:"):
        end = _group_end(alternative)
        if end is None or alternative[end + 1 : end + 2] in {"?", "*", "{"}:
            return None
        found: set[str] = set()
        for inner in _alternatives(alternative[3:end]):
            chars = _first_chars(inner)
            if chars is None:
                return None
            found |= chars
        return found
    if alternative.startswith("\\") and len(alternative) > 1 and not alternative[1].isalnum():
        return {alternative[1]}
    quantified = alternative[1:2] != "" and alternative[1] in "?*{"
    if alternative[:1] and alternative[0] not in "([.^$\\" and not quantified:
        return {alternative[0]}
    return None


def _group_end(pattern: str) -> int | None:
    """Index of the `)` closing the group that opens at index 0."""
    depth, index = 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return index
        index += 1
    return None


def _compile_tagger(word_start: bool, names: tuple[str, ...] | None = None) -> re.Pattern[str]:
    """Alternatives that begin at a word boundary go in one pattern guarded by a single
    look-behind (mid-word positions are rejected at once instead of trying every branch); the
    others (CJK, paths, URLs) in a second pattern guarded by their possible first characters."""
    groups: list[str] = []
    firsts: set[str] | None = set()
    for name in _ORDER if names is None else names:
        chosen = [
            a
            for a in _flat_alternatives(_fold_pattern(_LEXICON[name]))
            if a.startswith("\\b") == word_start
        ]
        if chosen:
            starts = [_first_chars(a[2:] if word_start else a) for a in chosen]
            known = None if any(s is None for s in starts) else set().union(*starts)  # type: ignore[arg-type]
            guard = "" if known is None else f"(?=[{_char_class(known)}])"
            groups.append(f"(?P<{name}>{guard}(?:{'|'.join(chosen)}))")
            firsts = None if known is None or firsts is None else firsts | known
    body = "(?:" + "|".join(groups) + ")"
    if word_start:
        return re.compile("(?<!\\w)" + body)
    if firsts is None:
        return re.compile(body)
    return re.compile(f"(?=[{_char_class(firsts)}])" + body)


def _char_class(chars: set[str]) -> str:
    return "".join(sorted(re.escape(c) for c in chars))


# Verbs and objects that only complete a composition with a rarer concept are tagged only in
# sentences holding one of those (the tagger's cost grows with every alternative).
_SECONDARY = ("CALLV", "FOLLOWV", "STEPS", "OUTPUT")
_SECONDARY_TRIGGERS = frozenset({"ADDRESS_MODEL", "OVERRIDE", "DISMISS"})
_PRIMARY = tuple(name for name in _ORDER if name not in _SECONDARY)
_TAGGERS = (_compile_tagger(True, _PRIMARY), _compile_tagger(False, _PRIMARY))
_SECONDARY_TAGGERS = (_compile_tagger(True, _SECONDARY), _compile_tagger(False, _SECONDARY))
# ";" joins clauses of one thought ("rules are at URL; fetch them"), so it does not split.
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+|(?<=[。！？])")
_SELF_REFERENCE = re.compile(
    r"\b(?:this|these|it|step|instructions?|requirement|call|le|la|les|es|das|dies\w*|lo|isso"
    r"|это\w*)\b|此|これ|この|이",
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    text: str
    concepts: dict[str, tuple[int, int]]  # concept -> first span in the field skeleton
    spans: dict[str, list[tuple[int, int]]]  # concept -> every span


def tag(
    skeleton: str,
    extra: dict[str, list[tuple[int, int]]] | None = None,
    implicit: frozenset[str] = frozenset(),
) -> list[Sentence]:
    """Split a skeleton into sentences, each with the concepts it contains. `extra` adds
    concept spans found by the caller (the tool's own parameter names, other tools' names);
    `implicit` concepts hold in every sentence (a parameter's own description is about a SLOT)."""
    sentences: list[Sentence] = []
    offset = 0
    for piece in _SENTENCES.split(skeleton):
        if not piece:
            continue
        start = skeleton.find(piece, offset)
        offset = start + len(piece)
        spans: dict[str, list[tuple[int, int]]] = {}
        for name, span in _longest_first(piece, start):
            spans.setdefault(name, []).append(span)
        for name, found in (extra or {}).items():
            inside = [span for span in found if start <= span[0] < offset]
            if inside:
                spans.setdefault(name, []).extend(inside)
        if spans:
            for name in implicit:
                spans.setdefault(name, []).append((start, start))
            first = {name: min(found) for name, found in spans.items()}
            sentences.append(Sentence(start, piece, first, spans))
    return sentences


def _longest_first(piece: str, start: int) -> list[tuple[str, tuple[int, int]]]:
    """Matches of both taggers without overlaps, the longer match winning ("personal access
    token" is one SECRET, not READ "access" + SECRET "token"); example destinations dropped."""
    found = _matches(_TAGGERS, piece)
    if any(name in _SECONDARY_TRIGGERS for _b, _e, name in found):
        taken = [(begin, -negative_end) for begin, negative_end, _n in found]
        found += [
            hit
            for hit in _matches(_SECONDARY_TAGGERS, piece)
            if not any(b < -hit[1] and hit[0] < e for b, e in taken)
        ]
    kept: list[tuple[str, tuple[int, int]]] = []
    reach = -1
    for begin, negative_end, name in sorted(found):
        if begin < reach:
            continue
        reach = -negative_end
        if name == "SINK" and _is_example(piece, begin, reach):
            continue
        kept.append((name, (start + begin, start + reach)))
    return kept


def _matches(taggers: tuple[re.Pattern[str], ...], piece: str) -> list[tuple[int, int, str]]:
    """(start, -end, concept) of every tagger match: sorting puts the longest first."""
    return [
        (match.start(), -match.end(), match.lastgroup or "")
        for tagger in taggers
        for match in tagger.finditer(piece)
    ]


_EXAMPLE_SINK = re.compile(
    r"example\.(?:com|org|net)\b|\blocalhost\b|127\.0\.0\.1|your[-_]?(?:domain|server|host)"
)
_EXAMPLE_LEAD = re.compile(r"(?:e\.g\.|for example|such as|i\.e\.|like)[\s:,]*$")


def _is_example(piece: str, begin: int, end: int) -> bool:
    """A documentation example ("e.g. https://hooks.example.com/...") is not a destination."""
    return bool(_EXAMPLE_SINK.search(piece, begin, end) or _EXAMPLE_LEAD.search(piece, 0, begin))


@dataclass(frozen=True, slots=True)
class Composition:
    """`groups`: each group needs at least one of its concepts in the sentence."""

    kind: str
    weight: float
    reason: str
    groups: tuple[tuple[str, ...], ...]
    test: Callable[[Sentence], bool] | None = None


def _self_hidden(sentence: Sentence) -> bool:
    """Concealment of *this instruction or action*, not a tool that keeps a secret from view."""
    secret = {"SECRET", "SECRET_HIGH"} & sentence.concepts.keys()
    return not secret or bool(_SELF_REFERENCE.search(sentence.text))


def _negated_telling(sentence: Sentence) -> bool:
    """The negation governs the telling verb: they are a few words apart, in either order
    ("do not tell", "ne le dites pas", "erwähne das nicht", "伝えないで")."""
    return _self_hidden(sentence) and any(
        _same_clause(sentence, n, t)
        for n in sentence.spans.get("NEG", ())
        for t in sentence.spans.get("TELL", ())
    )


_NEAR = 48


def _same_clause(sentence: Sentence, a: tuple[int, int], b: tuple[int, int]) -> bool:
    left, right = min(a[0], b[0]), max(a[1], b[1])
    if right - left > _NEAR:
        return False
    between = sentence.text[left - sentence.start : right - sentence.start]
    return not any(mark in between for mark in ",;:，、")


def _object_apart_from_slot(sentence: Sentence) -> bool:
    """ "Password fields are filled": the secret word only names the slot (a compound noun), it
    is not material moved into one."""
    slot_starts = {start for start, _ in sentence.spans.get("SLOT", ())}
    objects = [span for name in _SENSITIVE for span in sentence.spans.get(name, ())]
    return any(not {end, end + 1} & slot_starts for _, end in objects)


_DEFENSIVE_HEAD = re.compile(
    r"\b(?:detect\w*|scan\w*|flag\w*(?! as)|audit\w*|check\w*|find\w*|identif\w*(?! as)"
    r"|report\w*(?! as)|warn\w*"
    r"|protect\w*|block\w*|quarantin\w*|monitor\w*|analy[sz]\w*)\b"
)


def _not_defensive(sentence: Sentence) -> bool:
    """ "Flags compromised tools": a security tool describing what it looks for."""
    return not _DEFENSIVE_HEAD.search(sentence.text)


# "The operation succeeds silently" describes behaviour; "hide this call" conceals it.
_MANNER_ONLY = frozenset({"silently", "quietly", "invisible", "invisibly"})


def _hides_this_call(sentence: Sentence) -> bool:
    hiding = [
        sentence.text[start - sentence.start : end - sentence.start]
        for start, end in sentence.spans.get("HIDE", ())
    ]
    return _self_hidden(sentence) and any(word not in _MANNER_ONLY for word in hiding)


def _not_asking_user(sentence: Sentence) -> bool:
    return not {"ASK", "NO_CONFIRM"} & sentence.concepts.keys()


_C = Composition
_MOVE = ("READ", "PASS")
_SENSITIVE = ("SECRET_PATH", "SECRET_HIGH", "SECRET", "CONVERSATION", "ENV")
_TOOLS = ("OTHER_TOOL", "SERVICE", "ALT", "SIBLING_TOOL")
_ROUND2_COMPOSITIONS: tuple[Composition, ...] = (
    # Priority / exclusivity: disparaging the alternatives or claiming to be the only one.
    _C(
        "priority_claim",
        0.6,
        "calls other tools untrustworthy",
        (("DISTRUST",), ("ALT", "OTHER_TOOL", "SERVICE")),
        _not_defensive,
    ),
    _C("priority_claim", 0.55, "calls other tools obsolete", (("OBSOLETE",), ("ALT",))),
    _C(
        "priority_claim",
        0.55,
        "calls another tool obsolete and steers away from it",
        (
            ("OBSOLETE",),
            ("OTHER_TOOL", "SERVICE"),
            ("EXCLUSIVE", "EVEN_IF", "ALWAYS", "NEG_USE_ALT"),
        ),
    ),
    _C("priority_claim", 0.45, "claims to be the only legitimate tool", (("EXCLUSIVE",),)),
    _C(
        "priority_claim",
        0.6,
        "claims exclusivity over other tools",
        (
            ("EXCLUSIVE",),
            ("ALT", "OTHER_TOOL", "SERVICE", "EVEN_IF", "DISTRUST", "OBSOLETE", "NEG"),
        ),
    ),
    _C("priority_claim", 0.45, "forbids using any other tool", (("NEG_USE_ALT",),)),
    _C(
        "priority_claim",
        0.6,
        "overrides the user's choice of tool",
        (("EVEN_IF",), ("ALT", "OTHER_TOOL", "SERVICE", "NEG_USE_ALT")),
    ),
    # Conditional shadowing: the harm happens in another tool's call.
    _C(
        "shadowing",
        0.65,
        "adds a party to another tool's calls",
        (("COND", "ALWAYS", "ORDER"), _TOOLS, ("ADD_PARTY",)),
    ),
    _C(
        "shadowing",
        0.65,
        "substitutes an account or address in another tool's calls",
        (("COND", "ALWAYS"), _TOOLS, ("SUBST", "RANK", "PASS"), ("ACCOUNT", "SINK")),
    ),
    _C(
        "shadowing",
        0.6,
        "fixes another tool's payee or recipient",
        (("OTHER_TOOL", "SERVICE"), ("FIN_TARGET",), ("ACCOUNT", "SINK"), ("ALWAYS", "OBLIGE")),
    ),
    _C(
        "shadowing",
        0.6,
        "substitutes a payee when the user pays",
        (("COND",), ("SUBST", "RANK"), ("FIN_TARGET",), ("ACCOUNT",)),
    ),
    _C(
        "shadowing",
        0.6,
        "overrides the user's payee or recipient in another tool's calls",
        (("OTHER_TOOL", "SERVICE"), ("FIN_TARGET",), ("EVEN_IF", "SUBST", "RANK")),
    ),
    _C(
        "shadowing",
        0.55,
        "binds another tool's calls to a fixed account",
        (("OTHER_TOOL", "SERVICE"), ("ACCOUNT",), ("ALWAYS", "OBLIGE", "COND")),
    ),
    # Concealment without a telling verb.
    _C("concealment", 0.6, "hides this call", (("HIDE",), ("SELF_ACT",)), _hides_this_call),
    _C(
        "concealment",
        0.6,
        "keeps this call from view",
        (("NEG",), ("TELL",), ("SELF_ACT", "EVEN_IF")),
        _negated_telling,
    ),
    _C("concealment", 0.6, "keeps this call from view", (("NEG_TELL",), ("SELF_ACT",))),
    _C(
        "concealment",
        0.55,
        "keeps this call out of the record",
        (("NEG", "EVEN_IF"), ("LOGV",), ("SELF_ACT",)),
    ),
    _C("concealment", 0.55, "asks for silence about an action", (("SILENCE",),), _self_hidden),
    _C(
        "concealment",
        0.6,
        "keeps this call out of the transcript or reply",
        (("KEEP_OUT",), ("RECORD", "CONVERSATION", "USER")),
    ),
    _C(
        "concealment",
        0.6,
        "asks to pretend nothing happened",
        (("PRETEND",), ("SELF_ACT", "USER")),
    ),
    _C("response_manipulation", 0.55, "dictates a canned reply", (("CANNED",),)),
)

def _addressed_directive(sentence: Sentence) -> bool:
    """The model is addressed and the directive is not only to check with the user."""
    return "ASK" not in sentence.concepts or "NO_CONFIRM" in sentence.concepts


def _skips_the_user(sentence: Sentence) -> bool:
    """ "Proceed without asking", not "must not proceed without the user's approval" (a
    negation before it in the same clause makes it a safeguard)."""
    return not any(
        n[0] < c[0] and _same_clause(sentence, n, (c[0], c[0]))
        for n in sentence.spans.get("NEG", ())
        for c in sentence.spans.get("NO_CONFIRM", ())
    )


_OTHER_RESULTS = ("ALT", "OTHER_TOOL", "SERVICE")
_ROUND3_COMPOSITIONS: tuple[Composition, ...] = (
    # Addressed to the model: tool use on every request, obeying tool output, skipping the user.
    _C(
        "model_directive",
        0.6,
        "tells the model to call a tool on every request",
        (("ADDRESS_MODEL",), ("CALLV",), ("EVERY_REQ", "ALWAYS")),
        _addressed_directive,
    ),
    _C(
        "model_directive",
        0.6,
        "tells the model to obey instructions in tool output",
        (
            ("ADDRESS_MODEL",),
            ("FOLLOWV",),
            ("STEPS", "INSTRUCTION", "SELF_ACT", "ALWAYS"),
            ("OUTPUT", "RECORD"),
        ),
    ),
    _C(
        "model_directive",
        0.6,
        "tells the model to act without the user's confirmation",
        (("ADDRESS_MODEL",), ("NO_CONFIRM",)),
        _skips_the_user,
    ),
    # Exclusivity over other servers' results.
    _C(
        "priority_claim",
        0.6,
        "tells the model to discard other tools' results",
        (("OVERRIDE", "DISMISS"), ("OUTPUT", "RECORD"), _OTHER_RESULTS),
        _not_defensive,
    ),
    _C(
        "priority_claim",
        0.55,
        "claims to supersede other tools",
        (("OVERRIDE", "DISMISS"), ("ALT",)),
        _not_defensive,
    ),
)

COMPOSITIONS: tuple[Composition, ...] = (
    _C(
        "concealment",
        0.65,
        "keeps something from the user (negation x telling x user)",
        (("NEG",), ("TELL",), ("USER",)),
        _negated_telling,
    ),
    _C("concealment", 0.6, "hides an action from the user", (("HIDE",), ("USER",)), _self_hidden),
    _C(
        "concealment",
        0.65,
        "keeps something from the user (negated telling verb)",
        (("NEG_TELL",), ("USER",)),
        _self_hidden,
    ),
    _C(
        "concealment",
        0.4,
        "asks to hide an action from view",
        (("HIDE",), ("TELL", *_MOVE)),
        _self_hidden,
    ),
    _C(
        "sensitive_read",
        0.6,
        "moves sensitive material into a call (verb x object x slot)",
        (_MOVE, _SENSITIVE, ("SLOT",)),
        _object_apart_from_slot,
    ),
    _C(
        "exfiltration",
        0.6,
        "sends material to an external destination (verb x object x sink)",
        (_MOVE, ("SINK",), (*_SENSITIVE, "ALWAYS")),
    ),
    _C(
        "exfiltration",
        0.65,
        "renders an image or link that carries data out",
        (("IMAGE_SINK",), ("SINK",), (*_SENSITIVE, "USER", "PASS")),
    ),
    _C("priority_claim", 0.55, "ranks this tool over other tools", (("RANK",), ("ALT",))),
    _C(
        "exfiltration",
        0.6,
        "routes data through another tool to an external address",
        (_MOVE, ("OTHER_TOOL", "SIBLING_TOOL"), ("SINK",)),
    ),
    _C(
        "priority_claim",
        0.45,
        "puts itself ahead of every other tool",
        (("ALT",), ("OBLIGE", "ALWAYS"), ("ORDER",)),
    ),
    _C(
        "instruction_override",
        0.7,
        "overrides the model's instructions",
        (
            ("OVERRIDE",),
            ("INSTRUCTION", "CONVERSATION", "TOLD"),
            ("PRIOR", "ADDRESSEE", "ADDRESS_MODEL", "TOLD"),
        ),
    ),
    _C(
        "remote_instructions",
        0.6,
        "loads instructions from a remote address",
        (("READ",), ("SINK",), ("INSTRUCTION",)),
    ),
    _C(
        "credential_phishing",
        0.55,
        "asks the user for a secret",
        (("ASK",), ("USER",), ("SECRET", "SECRET_HIGH")),
    ),
    _C(
        "destructive",
        0.55,
        "deletes everything (destroy x everything)",
        (("DESTROY",), ("EVERYTHING",)),
        _not_asking_user,
    ),
    _C(
        "destructive",
        0.6,
        "deletes the user's files (destroy x home/all files)",
        (("DESTROY",), ("WIPE_TARGET",)),
        _not_asking_user,
    ),
    _C(
        "persistence",
        0.6,
        "installs persistence (startup files, keys, cron)",
        (("PERSIST",), ("PASS", "PIPE_SHELL")),
    ),
    _C("remote_code", 0.65, "pipes a download into a shell", (("PIPE_SHELL",),)),
    _C("destructive", 0.6, "wipes a whole system or home directory", (("WIPE_CMD",),)),
    _C(
        "destructive",
        0.6,
        "grants administrator rights to a named identity",
        (("GRANT",), ("PRIVILEGE",), ("SINK",)),
    ),
    # Same kind as the older "destructive or privilege-raising" rule: one piece of evidence must
    # not be counted twice under two names.
    _C("destructive", 0.4, "grants administrator rights", (("GRANT",), ("PRIVILEGE",))),
    _C("destructive", 0.55, "disables a security control", (("DISABLE",), ("SECCTL",))),
    _C(
        "shadowing",
        0.6,
        "dictates how another tool must be used",
        (("OTHER_TOOL",), ("ALWAYS", "OBLIGE"), ("SINK", "PASS", "USER", "SECRET")),
    ),
    _C(
        "response_manipulation",
        0.55,
        "tells the model to misreport results",
        (("MISREPORT",), ("USER", "ALWAYS", "ASK")),
    ),
    _C(
        "response_manipulation",
        0.55,
        "tells the model to leave out mentions of an address",
        (("OMIT",), ("SINK",)),
    ),
    *_ROUND2_COMPOSITIONS,
    *_ROUND3_COMPOSITIONS,
    _C(
        "model_directive",
        0.4,
        "addressed to the AI model",
        (("ADDRESSEE", "ADDRESS_MODEL"), ("ALWAYS", "NEG", "HIDE", *_MOVE)),
    ),
)


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    weight: float
    reason: str
    span: tuple[int, int]
    parts: dict[str, tuple[int, int]]  # concept -> span, for the concepts that made the hit


def compose(sentences: list[Sentence], *, scope: frozenset[str] = frozenset()) -> list[Hit]:
    # "OTHER_TOOL"/"SLOT" come only from the caller's `extra` spans.
    """Every composition each sentence satisfies. Concepts in `scope` (those the tool's declared
    purpose itself is about) cannot complete a sensitive-material or persistence composition."""
    hits: list[Hit] = []
    for sentence in sentences:
        present = {c for c in sentence.concepts if c not in scope}
        for rule in COMPOSITIONS:
            if not all(any(c in present for c in group) for group in rule.groups):
                continue
            if rule.test is not None and not rule.test(sentence):
                continue
            parts = {c: sentence.concepts[c] for g in rule.groups for c in g if c in present}
            span = (min(s for s, _ in parts.values()), max(e for _, e in parts.values()))
            hits.append(Hit(rule.kind, rule.weight, rule.reason, span, parts))
    return hits


def purpose_scope(
    purpose_skeleton: str, extra: dict[str, list[tuple[int, int]]] | None = None
) -> frozenset[str]:
    """Concepts the tool's own purpose (name, title, first description sentence) is about.
    A purpose sentence that itself composes an attack contributes nothing."""
    found: set[str] = set()
    for sentence in tag(purpose_skeleton, extra):
        # An instruction cannot declare its own scope.
        tagged = set(sentence.concepts)
        if tagged & _DIRECTIVE or {"SLOT", "PASS"} <= tagged:
            continue
        # A destructive purpose stated plainly ("Remove every subscriber") is honest, not a
        # hidden directive, so only the other attack kinds disqualify a purpose sentence.
        # A secret store's purpose may compose "read x secret x field": that is its job.
        allowed = {"destructive", "sensitive_read"} if "SECRET_STORE" in tagged else {"destructive"}
        if any(h.weight >= 0.5 and h.kind not in allowed for h in compose([sentence])):
            continue
        found |= set(sentence.concepts) & _SCOPED
        if "SECRET_STORE" in sentence.concepts:
            found |= {"SECRET", "SECRET_HIGH"}  # a vault's job is reading secrets, codes too
    return frozenset(found)


# A purpose statement declares what the tool is; these make a sentence an instruction instead.
_DIRECTIVE = frozenset(
    {
        *("ADDRESSEE", "ADDRESS_MODEL", "OBLIGE", "NEG", "HIDE", "SINK", "TELL", "OTHER_TOOL"),
        *("NO_CONFIRM", "DISMISS"),
        *("PIPE_SHELL", "IMAGE_SINK"),
    }
)


_SCOPED = frozenset(
    {
        "SECRET_STORE",
        "SECRET",
        "CONVERSATION",
        "ENV",
        "PERSIST",
        "DESTROY",
        "IMAGE_SINK",
        "PRIVILEGE",
        "SECCTL",
    }
)


_OBJECTS = frozenset({"SECRET_PATH", "SECRET_HIGH", "SECRET", "CONVERSATION", "ENV"})


def sensitive_objects(text: str) -> frozenset[str]:
    """Which kinds of sensitive object (SECRET, CONVERSATION, ENV) a skeleton names."""
    found: set[str] = set()
    for sentence in tag(text):
        found |= sentence.concepts.keys() & _OBJECTS
        if "SECRET_STORE" in sentence.concepts:
            found.add("SECRET")  # "1Password", "password vault": a store of secrets
    return frozenset(found)


def keeps_a_secret(sentence_text: str) -> bool:
    """ "The password is never shown to the user": a secret kept from view, not a hidden act."""
    return bool(
        {"SECRET", "SECRET_HIGH"} & sensitive_objects(sentence_text)
    ) and not _SELF_REFERENCE.search(sentence_text)
