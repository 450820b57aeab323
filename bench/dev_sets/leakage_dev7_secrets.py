"""Secret samples for leakage development set 7: (kind, text, value)."""

from __future__ import annotations

import random
from collections.abc import Callable
from urllib.parse import quote

from dev_sets import leakage_dev7_gen as g

# Generic contexts: {K} = UPPER_SNAKE name, {k} = lower_snake name, {c} = camelCase name,
# {v} = the value. Every template shows the value verbatim.
CONTEXTS: list[str] = [
    "# .env for staging\nAPP_ENV=staging\n{K}={v}\nLOG_LEVEL=info\n",
    '{K}="{v}"\n',
    "service:\n  name: billing-api\n  {k}: \"{v}\"\n  port: 8080\n",
    "app:\n  settings:\n    {k}: {v}\n",
    '[service]\nname = "billing"\n{k} = "{v}"\nretries = 3\n',
    "[default]\nregion = eu-west-1\n{k} = {v}\n",
    '{"service": "billing", "{k}": "{v}", "timeout": 30}',
    '{\n  "config": {\n    "{c}": "{v}",\n    "debug": false\n  }\n}',
    '<configuration>\n  <appSettings>\n    <add key="{k}" value="{v}" />\n  </appSettings>\n'
    "</configuration>",
    "<settings><{c}>{v}</{c}></settings>",
    'resource "app_config" "main" {\n  name = "billing"\n  {k} = "{v}"\n}\n',
    '{k} = "{v}"  # terraform.tfvars\n',
    "app.{k}={v}\napp.timeout=30\n",
    "spring.datasource.{c}={v}\n",
    "services:\n  api:\n    image: acme/api:1.4.2\n    environment:\n      - {K}={v}\n",
    "services:\n  worker:\n    environment:\n      {K}: \"{v}\"\n",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\n"
    "stringData:\n  {K}: \"{v}\"\n",
    "env:\n  - name: {K}\n    value: \"{v}\"\n",
    "export {K}='{v}'\n",
    "$ export {K}={v} && ./run.sh\n",
    "ENV {K}={v}\n",
    '[Service]\nEnvironment="{K}={v}"\nExecStart=/usr/bin/app\n',
    'import os\n\n{K} = "{v}"\nclient = Client({k}={K})\n',
    'os.environ.setdefault("{K}", "{v}")\n',
    "const {c} = '{v}';\nmodule.exports = {{ {c} }};\n",
    "const config = {\n  {c}: process.env.X || '{v}',\n};\n",
    '{c} := "{v}"\ncfg := NewConfig({c})\n',
    'private static final String {K} = "{v}";\n',
    "config.{k} = '{v}'\n",
    'var {c} = "{v}";\n',
    "'{k}' => '{v}',\n",
    '$config["{k}"] = "{v}";\n',
    'let {k} = "{v}";\n',
    '{K}: str = "{v}"\n',
    "2026-03-04T10:22:01.331Z DEBUG config.loader loaded settings {k}={v} region=eu-west-1\n",
    "[2026-05-11 08:14:55,120] INFO app.boot: using {k}='{v}'\n",
    "hey, try with {k} {v} -- the old one got rotated this morning\n",
    "@sam here's the {k} for the sandbox: {v}\n",
    "Hi team,\n\nThe new {k} for staging is {v}\nPlease update your local config.\n\n"
    "Thanks,\nMarta\n",
    "OPS-1423 Rotate {k}\n\nNew value: {v}\nOld value revoked at 14:00 UTC.\n",
    'Traceback (most recent call last):\n  File "app/settings.py", line 42, in <module>\n'
    "    validate({k})\nValueError: rejected {k} '{v}'\n",
    "Exception in thread \"main\" java.lang.IllegalStateException: bad {c}={v}\n"
    "\tat com.acme.Config.load(Config.java:88)\n",
    "Run ./scripts/deploy.sh\n  env:\n    {K}: {v}\n+ ./deploy --env prod\n",
    "##[debug]Evaluating: env.{K}\n##[debug]Result: '{v}'\n",
    "jobs:\n  test:\n    env:\n      {K}: {v}\n",
    "{k}: {v}\n",
    "| {k} | {v} |\n",
]


def _names(snake: str) -> tuple[str, str, str]:
    parts = snake.replace("-", "_").split("_")
    camel = parts[0].lower() + "".join(p.capitalize() for p in parts[1:])
    return snake.replace("-", "_").upper(), snake.lower(), camel


def _fill(tpl: str, name: str, value: str) -> str:
    up, low, camel = _names(name)
    return (
        tpl.replace("{{", "{").replace("}}", "}")
        .replace("{K}", up).replace("{k}", low).replace("{c}", camel).replace("{v}", value)
    )


Item = tuple[str, str, str]


def _generic(
    rng: random.Random, kind: str, names: list[str], gen: Callable[[random.Random], str], n: int
) -> list[Item]:
    out: list[Item] = []
    order = list(range(len(CONTEXTS)))
    rng.shuffle(order)
    for i in range(n):
        tpl = CONTEXTS[order[i % len(order)]]
        v = gen(rng)
        out.append((kind, _fill(tpl, names[i % len(names)], v), v))
    return out


def _special(
    rng: random.Random, kind: str, templates: list[str], gen: Callable[[random.Random], str]
) -> list[Item]:
    out: list[Item] = []
    for tpl in templates:
        v = gen(rng)
        text = tpl.replace("{v}", v)
        if "{h}" in text:
            text = text.replace("{h}", g.hexs(rng, 32))
        if "{sid}" in text:
            text = text.replace("{sid}", g.twilio_sid(rng))
        if "{sec}" in text:
            text = text.replace("{sec}", g.twilio_secret(rng))
        if "{akid}" in text:
            text = text.replace("{akid}", g.aws_key_id(rng))
        if "{app}" in text:
            text = text.replace("{app}", g.datadog_app(rng))
        if "{api}" in text:
            text = text.replace("{api}", g.datadog_api(rng))
        out.append((kind, text, v))
    return out


PASSWORD_NAMES = [
    "password", "passwd", "pwd", "pass", "secret", "db_password", "pgpassword",
    "mysql_root_password", "admin_password", "smtp_password", "redis_password", "db_pass",
    "postgres_password", "ldap_bind_password", "keystore_password", "user_password",
]

PASSWORD_SPECIAL = [
    "$ mysql -h db.internal -u root -p{v} shop\n",
    "mysql -uadmin -p'{v}' -e 'SHOW DATABASES;'\n",
    "$ ./manage.py createsuperuser --username admin --password={v}\n",
    "ldapsearch -x -D cn=admin,dc=acme,dc=io -w '{v}' -b dc=acme,dc=io\n",
    "PGPASSWORD={v} psql -h 10.0.4.12 -U app -d orders -c 'select 1'\n",
    "docker run -d -e MYSQL_ROOT_PASSWORD={v} -p 3306:3306 mysql:8.0\n",
    "sshpass -p '{v}' ssh deploy@bastion.acme.io\n",
    "curl -u admin:{v} https://jenkins.acme.io/api/json\n",
    "Server=tcp:sql-prod.database.windows.net,1433;Database=crm;User ID=crm_app;"
    "Password={v};Encrypt=True;\n",
    "Host=pg01;Port=5432;Username=reporting;Password={v};SSL Mode=Require\n",
    "Data Source=SQL01;Initial Catalog=Payroll;User Id=sa;Pwd={v};\n",
    "the password is {v} (don't share it outside the team)\n",
    "Pass for the wifi in room 3: {v}\n",
    "ok I reset it, your temporary password is {v} and you'll be asked to change it\n",
    "Login: jkowalski / {v}\n",
    "username: svc_backup\npassword: {v}\n",
    "redis-cli -h cache.internal -a {v} ping\n",
    "net use Z: \\\\fs01\\share /user:ACME\\svc_scan {v}\n",
    "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{v}\n",
    "keytool -importkeystore -srckeystore old.jks -srcstorepass {v} -destkeystore new.jks\n",
    "mongosh \"mongodb://db01:27017\" --username admin --password {v}\n",
    "rabbitmqctl add_user orders {v}\n",
    "htpasswd -b -c /etc/nginx/.htpasswd admin {v}\n",
    "ALTER USER app_rw WITH PASSWORD '{v}';\n",
    "CREATE USER 'reporter'@'%' IDENTIFIED BY '{v}';\n",
    "<Credentials><UserName>svc_ftp</UserName><Password>{v}</Password></Credentials>\n",
    "sa_password: {v}  # TODO move to vault\n",
    "Hallo Jan, het wachtwoord is {v}\n",
    "Cześć, hasło do panelu: {v}\n",
]

PASSWORD_URL = [
    "git clone https://deploy:{v}@git.acme.io/platform/infra.git\n",
    "proxy=http://jdoe:{v}@proxy.acme.corp:3128\n",
    "pip install --index-url https://ci:{v}@pypi.acme.io/simple/ acme-core\n",
    "ftp://backup:{v}@files.acme.lan/nightly/\n",
    "registry=https://npm:{v}@npm.acme.io/\n",
]

TWILIO_TEMPLATES = [
    "TWILIO_API_KEY={v}\nTWILIO_API_SECRET={sec}\n",
    "twilio:\n  api_key: {v}\n  api_secret: {sec}\n",
    'client = Client("{v}", "{sec}", "AC{h}")\n',
    "const client = require('twilio')('{v}', '{sec}', {{ accountSid: 'AC{h}' }});\n",
    'TwilioClient.Init("{v}", "{sec}", "AC{h}");\n',
    "curl -X GET 'https://api.twilio.com/2010-04-01/Accounts/AC{h}/Messages.json' "
    "-u {v}:{sec}\n",
    'export TWILIO_API_KEY_SID="{v}"\nexport TWILIO_API_KEY_SECRET="{sec}"\n',
    '{"sid": "{v}", "friendly_name": "ci-sms", "secret": "{sec}"}',
    "[twilio]\nkey_sid = {v}\nkey_secret = {sec}\n",
    'twilio.api_key = "{v}"\ntwilio.api_secret = "{sec}"\n',
    "Created API key {v} with secret {sec} (store it now, it will not be shown again)\n",
    "can you plug these into the sms service? SID {v} secret {sec}\n",
    'client := twilio.NewRestClientWithParams(twilio.ClientParams{{Username: "{v}", '
    'Password: "{sec}", AccountSid: "AC{h}"}})\n',
    "Twilio.init('{v}', '{sec}', 'AC{h}')\n",
    "<twilio apiKey=\"{v}\" apiSecret=\"{sec}\" />\n",
    "TWILIO_KEY={v}:{sec}\n",
]


def _twilio(rng: random.Random) -> list[Item]:
    out = _special(rng, "twilio_api_key", TWILIO_TEMPLATES, g.twilio_sid)
    names = ["twilio_api_key", "twilio_api_key_sid", "twilio_key_sid", "twilio_sid"]
    for i, (kind, text, v) in enumerate(_generic(rng, "twilio_api_key", names, g.twilio_sid, 20)):
        sec_line = ["\nTWILIO_API_SECRET=", "\n# secret: ", "\napi_secret: "][i % 3]
        out.append((kind, text.rstrip("\n") + sec_line + g.twilio_secret(rng) + "\n", v))
    return out


DISCORD_TEMPLATES = [
    "DISCORD_TOKEN={v}\n",
    "client.run('{v}')\n",
    'bot.run("{v}")\n',
    "client.login('{v}');\n",
    'dg, err := discordgo.New("Bot {v}")\n',
    "curl -H 'Authorization: Bot {v}' https://discord.com/api/v10/users/@me\n",
    "Authorization: Bot {v}\n",
    '{"token": "{v}", "prefix": "!", "owner_id": "209384756102938475"}',
    "var client = new DiscordSocketClient();\nawait client.LoginAsync(TokenType.Bot, \"{v}\");\n",
    'JDABuilder.createDefault("{v}").build();\n',
    "bot:\n  token: {v}\n  guild: 901234567890123456\n",
    "here's the bot token, don't leak it lol: {v}\n",
    "discord.errors.LoginFailure: Improper token has been passed. token={v}\n",
    "let client = Client::builder(\"{v}\", intents).await?;\n",
]


AWS_TEMPLATES = [
    "[default]\naws_access_key_id = {akid}\naws_secret_access_key = {v}\nregion = eu-central-1\n",
    "[profile deploy]\naws_access_key_id={akid}\naws_secret_access_key={v}\n",
    "export AWS_ACCESS_KEY_ID={akid}\nexport AWS_SECRET_ACCESS_KEY={v}\n",
    's3 = boto3.client("s3", aws_access_key_id="{akid}", aws_secret_access_key="{v}")\n',
    "const s3 = new S3Client({{ credentials: {{ accessKeyId: '{akid}', "
    "secretAccessKey: '{v}' }} }});\n",
    '{"Credentials": {"AccessKeyId": "{akid}", "SecretAccessKey": "{v}", '
    '"SessionToken": "FwoGZXIvYXdzEJr...", "Expiration": "2026-06-01T12:00:00Z"}}',
    "$ aws configure set aws_secret_access_key {v}\n",
    "AWS_ACCESS_KEY_ID={akid} AWS_SECRET_ACCESS_KEY={v} terraform apply\n",
    'provider "aws" {\n  access_key = "{akid}"\n  secret_key = "{v}"\n}\n',
    "cloud.aws.credentials.access-key={akid}\ncloud.aws.credentials.secret-key={v}\n",
    "new BasicAWSCredentials(\"{akid}\", \"{v}\");\n",
    "aws:\n  accessKeyId: {akid}\n  secretAccessKey: {v}\n",
    "User name,Password,Access key ID,Secret access key\nci-bot,,{akid},{v}\n",
    "access key {akid} secret {v} -- that's the ci user, rotate after the demo\n",
]


AZURE_TEMPLATES = [
    "DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey={v};"
    "EndpointSuffix=core.windows.net\n",
    'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=stgdata01;'
    'AccountKey={v};EndpointSuffix=core.windows.net"\n',
    "AZURE_STORAGE_ACCOUNT=acmebackups\nAZURE_STORAGE_KEY={v}\n",
    "az storage blob upload --account-name acmeweb --account-key {v} -c $web -f index.html\n",
    '{"ConnectionStrings": {"Blob": "DefaultEndpointsProtocol=https;AccountName=invoicesst;'
    'AccountKey={v};EndpointSuffix=core.windows.net"}}',
    'resource "azurerm_storage_account" "x" {}\n# primary_access_key = "{v}"\n',
    "storage:\n  account: mediastore\n  accessKey: {v}\n",
    'var cred = new StorageSharedKeyCredential("acmearchive", "{v}");\n',
    "$ az storage account keys list -n acmelake -o table\nKeyName    Permissions    Value\n"
    "key1       FULL           {v}\n",
    "azcopy env AZCOPY_ACCOUNT_KEY={v}\n",
    "<add name=\"Storage\" connectionString=\"DefaultEndpointsProtocol=https;"
    "AccountName=legacyfiles;AccountKey={v}\" />\n",
    "Here is the storage key for the export bucket: {v}\n",
    "BlobServiceClient(account_url=\"https://acmeml.blob.core.windows.net\", "
    "credential=\"{v}\")\n",
    "[azure]\nstorage_account_key = {v}\n",
]


DATADOG_TEMPLATES = [
    "DD_API_KEY={api}\nDD_APP_KEY={app}\nDD_SITE=datadoghq.eu\n",
    "curl -X GET 'https://api.datadoghq.com/api/v1/monitor' -H 'DD-API-KEY: {api}' "
    "-H 'DD-APPLICATION-KEY: {app}'\n",
    "api_key: {api}\nsite: datadoghq.com\nlogs_enabled: true\n",
    'provider "datadog" {\n  api_key = "{api}"\n  app_key = "{app}"\n}\n',
    "docker run -d -e DD_API_KEY={api} -e DD_SITE=datadoghq.com gcr.io/datadoghq/agent:7\n",
    "initialize(api_key='{api}', app_key='{app}')\n",
    "helm install datadog-agent datadog/datadog --set datadog.apiKey={api}\n",
    "datadog:\n  apiKey: {api}\n  appKey: {app}\n",
]


def _datadog(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for i, tpl in enumerate(DATADOG_TEMPLATES):
        api, app = g.datadog_api(rng), g.datadog_app(rng)
        text = tpl.replace("{api}", api).replace("{app}", app)
        out.append(("datadog_api_key", text, app if (i % 2 == 1 and app in text) else api))
    api_names = ["dd_api_key", "datadog_api_key", "datadog_api_key"]
    app_names = ["dd_app_key", "dd_application_key", "datadog_app_key"]
    out += _generic(rng, "datadog_api_key", api_names, g.datadog_api, 16)
    out += _generic(rng, "datadog_api_key", app_names, g.datadog_app, 16)
    return out


GENERIC_NAMES = [
    "api_key", "apikey", "api_token", "token", "secret", "client_secret", "access_token",
    "auth_token", "auth", "key", "secret_key", "private_token", "service_key", "app_secret",
]

GENERIC_SPECIAL = [
    "curl -H 'x-api-key: {v}' https://api.partner.io/v2/orders\n",
    "curl -H \"Authorization: Bearer {v}\" https://internal.acme.io/admin/users\n",
    "curl 'https://api.weather.example.net/v1/forecast?lat=52.2&lon=21.0&apiKey={v}'\n",
    "GET /v1/search?q=shoes&api_key={v} HTTP/1.1\nHost: api.shop.io\n",
    "X-API-Key: {v}\n",
    "requests.get(url, headers={{\"X-Api-Key\": \"{v}\"}})\n",
    "fetch(url, {{ headers: {{ 'x-api-key': '{v}' }} }});\n",
    "req.Header.Set(\"X-API-KEY\", \"{v}\")\n",
    "http --auth-type bearer --auth {v} GET https://api.acme.io/me\n",
    "oauth:\n  client_id: web-portal\n  client_secret: {v}\n",
    '{"access_token": "{v}", "token_type": "Bearer", "expires_in": 3600}',
    "mycli login --token {v}\n",
    "$ deployctl --api-key={v} release v2.3.1\n",
    "10.2.3.4 - - [12/Mar/2026:10:00:01 +0000] \"GET /export?token={v} HTTP/1.1\" 200 5120\n",
]


DB_NAMES = ["database_url", "db_url", "sqlalchemy_database_uri", "dsn", "connection_string"]
_FAMILY_NAMES = {
    "sql": DB_NAMES,
    "redis": ["redis_url", "cache_url", "celery_result_backend", "redis_dsn"],
    "amqp": ["broker_url", "amqp_url", "rabbitmq_url", "celery_broker_url"],
    "mongo": ["mongo_uri", "mongodb_url", "mongo_dsn", "database_url"],
    "clickhouse": ["clickhouse_url", "clickhouse_dsn", "analytics_db_url"],
}
_HOSTS = {
    "sql": ["db.internal", "10.0.3.17", "pg-prod.c9xk2.eu-west-1.rds.amazonaws.com",
            "mysql-01.acme.lan", "sql01.acme.corp", "orders-db.svc.cluster.local"],
    "redis": ["cache.acme.io", "redis-master.redis.svc", "10.0.5.9",
              "clustercfg.sessions.abc123.euw1.cache.amazonaws.com"],
    "amqp": ["mq.acme.internal", "rabbitmq.default.svc", "b-1a2b.mq.eu-west-1.amazonaws.com"],
    "mongo": ["cluster0.ab12c.mongodb.net", "mongo-0.mongo.svc", "10.0.7.21"],
    "clickhouse": ["ch-01.analytics.local", "clickhouse.acme.io"],
}


def _family(url_or_scheme: str) -> str:
    s = url_or_scheme.split("://", 1)[0]
    if s.startswith("redis"):
        return "redis"
    if s.startswith("amqp"):
        return "amqp"
    if s.startswith("mongodb"):
        return "mongo"
    if s == "clickhouse":
        return "clickhouse"
    return "sql"


def _db_generic(rng: random.Random, n: int) -> list[Item]:
    out: list[Item] = []
    order = list(range(len(CONTEXTS)))
    rng.shuffle(order)
    for i in range(n):
        v = db_url(rng, (DB_SCHEMES[i % len(DB_SCHEMES)],))
        names = _FAMILY_NAMES[_family(v)]
        out.append(("database_url", _fill(CONTEXTS[order[i % len(order)]], rng.choice(names), v),
                    v))
    return out


DB_SCHEMES = (
    "mysql", "mariadb", "postgres", "postgresql", "postgresql+psycopg", "postgresql+asyncpg",
    "mysql+pymysql", "redis", "rediss", "amqp", "amqps", "mongodb+srv", "mongodb",
    "mssql+pyodbc", "sqlserver", "clickhouse",
)


def db_url(rng: random.Random, schemes: tuple[str, ...] = ()) -> str:
    user = rng.choice(["app", "admin", "svc_orders", "root", "analytics", "reader", "etl"])
    pw = g.url_password(rng) if rng.random() < 0.7 else g.rand_str(rng, g.ALNUM, 32)
    db = rng.choice(["orders", "app", "crm", "analytics", "billing"])
    scheme = rng.choice(schemes or DB_SCHEMES)
    host = rng.choice(_HOSTS[_family(scheme)])
    port = {
        "redis": 6379, "rediss": 6380, "amqp": 5672, "amqps": 5671, "clickhouse": 9000,
        "sqlserver": 1433, "mssql+pyodbc": 1433,
    }.get(scheme, 5432 if scheme.startswith("postgres") else 3306)
    if scheme in ("redis", "rediss"):
        u = "" if rng.random() < 0.5 else "default"
        return f"{scheme}://{u}:{pw}@{host}:{port}/{rng.randrange(16)}"
    if scheme.startswith("amqp"):
        return f"{scheme}://{user}:{pw}@{host}:{port}/{quote('/', safe='')}"
    if scheme == "mongodb+srv":
        return f"mongodb+srv://{user}:{pw}@{host}/{db}?retryWrites=true"
    if scheme == "mongodb":
        return f"mongodb://{user}:{pw}@{host}:27017/{db}?authSource=admin"
    if scheme == "mssql+pyodbc":
        return f"mssql+pyodbc://{user}:{pw}@{host}:{port}/{db}?driver=ODBC+Driver+18+for+SQL+Server"
    if scheme == "sqlserver":
        return f"sqlserver://{user}:{pw}@{host}:{port}?database={db}"
    return f"{scheme}://{user}:{pw}@{host}:{port}/{db}"


_PG = ("postgres", "postgresql")
DB_SPECIAL: list[tuple[tuple[str, ...], str]] = [
    (("postgresql+psycopg", "mysql+pymysql", "mssql+pyodbc", "postgresql+asyncpg"),
     'engine = create_engine("{v}", pool_pre_ping=True)\n'),
    (_PG, "psql '{v}' -c '\\dt'\n"),
    (("amqp", "amqps", "redis", "rediss"), "celery -A tasks worker --broker={v}\n"),
    (("postgresql+psycopg",),
     "sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed\n"
     "[SQL: SELECT 1]\n(Background on this error at: https://sqlalche.me/e/20/e3q8) url={v}\n"),
    ((), "2026-04-02 11:03:22 ERROR worker: could not connect to {v}: timeout\n"),
    (("redis", "rediss"), "spring:\n  data:\n    redis:\n      url: {v}\n"),
    (("mongodb+srv", "mongodb"), 'mongosh "{v}"\n'),
    ((), "the prod db is at {v} but please use the read replica\n"),
    (("mysql", "mariadb", "postgres"), "new Sequelize('{v}', {{ logging: false }});\n"),
    (_PG, 'db, err := sql.Open("pgx", "{v}")\n'),
    (_PG, "heroku config:set DATABASE_URL={v}\n"),
    (("postgres", "mysql", "mariadb"),
     "DATABASES = {{'default': dj_database_url.parse('{v}')}}\n"),
    (("amqps", "amqp"), "spring.rabbitmq.addresses={v}\n"),
    (("mongodb+srv",), "const client = new MongoClient('{v}');\n"),
    (("clickhouse",), "clickhouse_connect.get_client(dsn='{v}')\n"),
    (("sqlserver",), 'db, err := sql.Open("sqlserver", "{v}")\n'),
    (("redis", "rediss"), "r = redis.from_url('{v}')\n"),
]


SESSION_TEMPLATES: list[tuple[str, str]] = [
    ("flask", "app.secret_key = '{v}'\n"),
    ("flask", "app.config['SECRET_KEY'] = \"{v}\"\n"),
    ("flask", "SECRET_KEY={v}\nFLASK_APP=app.py\n"),
    ("flask", "class Config:\n    SECRET_KEY = '{v}'\n    SESSION_COOKIE_SECURE = True\n"),
    ("django", "SECRET_KEY = '{v}'\nDEBUG = False\n"),
    ("django", "DJANGO_SECRET_KEY={v}\n"),
    ("django", "env:\n  - name: DJANGO_SECRET_KEY\n    value: \"{v}\"\n"),
    ("django", "# settings/prod.py\nSECRET_KEY = os.environ.get('SECRET_KEY', '{v}')\n"),
    ("rails", "SECRET_KEY_BASE={v}\nRAILS_ENV=production\n"),
    ("rails", "production:\n  secret_key_base: {v}\n"),
    ("rails", "config.secret_key_base = '{v}'\n"),
    ("rails", "$ bin/rails secret\n{v}\n"),
    ("express", "app.use(session({{ secret: '{v}', resave: false, saveUninitialized: false }}));"
     "\n"),
    ("express", "app.use(cookieParser('{v}'));\n"),
    ("express", "SESSION_SECRET={v}\n"),
    ("express", "COOKIE_SECRET=\"{v}\"\n"),
    ("express", '{"session": {"secret": "{v}", "maxAge": 86400}}'),
    ("nextauth", "NEXTAUTH_URL=https://app.acme.io\nNEXTAUTH_SECRET={v}\n"),
    ("nextauth", "AUTH_SECRET=\"{v}\"\n"),
    ("nextauth", "$ openssl rand -base64 32\n{v}\n"),
    ("nextauth", "export default NextAuth({{ secret: '{v}', providers: [] }});\n"),
    ("jwt", "JWT_SECRET={v}\n"),
    ("jwt", "jwt.sign(payload, '{v}', {{ expiresIn: '1h' }});\n"),
    ("jwt", "token = jwt.encode(claims, \"{v}\", algorithm=\"HS256\")\n"),
    ("jwt", "jwt:\n  secret: {v}\n  expiration: 3600\n"),
    ("jwt", "security.jwt.signing-key={v}\n"),
    ("jwt", 'var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("{v}"));\n'),
    ("jwt", 'signed, _ := token.SignedString([]byte("{v}"))\n'),
    ("express", "server.register(require('@fastify/cookie'), {{ secret: '{v}' }})\n"),
    ("flask", "[app]\nsecret_key = {v}\n"),
    ("rails", "<add key=\"SecretKeyBase\" value=\"{v}\" />\n"),
    ("django", "config.toml:\n[django]\nsecret_key = \"{v}\"\n"),
    ("jwt", "hey the HS256 signing secret for staging is {v}, put it in vault pls\n"),
    ("express", "services:\n  web:\n    environment:\n      - SESSION_SECRET={v}\n"),
    ("flask", "ValueError: invalid session signature with SECRET_KEY='{v}'\n"),
    ("nextauth", "apiVersion: v1\nkind: Secret\nstringData:\n  NEXTAUTH_SECRET: \"{v}\"\n"),
]


def _sessions(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for flavour, tpl in SESSION_TEMPLATES:
        v = g.session_secret(rng, flavour)
        out.append(("session_secret", tpl.replace("{{", "{").replace("}}", "}").replace("{v}", v),
                    v))
    return out


def _unbrace(items: list[Item]) -> list[Item]:
    return [(k, t.replace("{{", "{").replace("}}", "}"), v) for k, t, v in items]


def build() -> list[Item]:
    rng = random.Random(70707)
    out: list[Item] = []
    out += _unbrace(_special(rng, "password", PASSWORD_SPECIAL, g.password))
    out += _generic(rng, "password", PASSWORD_NAMES, g.password, 46)
    out += _special(rng, "password", PASSWORD_URL, g.url_password)
    out += _unbrace(_twilio(rng))
    out += _unbrace(_special(rng, "discord_bot_token", DISCORD_TEMPLATES, g.discord_token))
    out += _generic(
        rng, "discord_bot_token", ["discord_token", "discord_bot_token", "bot_token"],
        g.discord_token, 22,
    )
    out += _unbrace(_special(rng, "generic_api_key", GENERIC_SPECIAL, g.generic_key))
    out += _generic(rng, "generic_api_key", GENERIC_NAMES, g.generic_key, 46)
    for schemes, tpl in DB_SPECIAL:
        v = db_url(rng, schemes)
        out.append(("database_url", tpl.replace("{{", "{").replace("}}", "}").replace("{v}", v), v))
    out += _db_generic(rng, 31)
    out += _datadog(rng)
    out += _unbrace(_special(rng, "aws_secret_access_key", AWS_TEMPLATES, g.aws_secret))
    out += _generic(
        rng, "aws_secret_access_key",
        ["aws_secret_access_key", "aws_secret_key", "secret_access_key"], g.aws_secret, 26,
    )
    out += _unbrace(_special(rng, "azure_storage_key", AZURE_TEMPLATES, g.azure_key))
    out += _generic(
        rng, "azure_storage_key",
        ["azure_storage_key", "azure_storage_account_key", "account_key"], g.azure_key, 26,
    )
    out += _sessions(rng)
    out += _generic(
        rng, "session_secret",
        ["session_secret", "cookie_secret", "secret_key_base", "jwt_secret", "nextauth_secret"],
        lambda r: g.session_secret(r, r.choice(["flask", "jwt", "express", "rails"])), 16,
    )
    return out
