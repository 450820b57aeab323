"""Templates of real-looking secrets in context for leakage_dev6.

A template holds ``<<V>>`` where the secret value goes, and may hold companion tokens
(``<<AKID>>``, ``<<HOST>>`` ...) that are filled with fresh random values of their own.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from dev_sets import leakage_dev6_gen as g

Gen = Callable[[random.Random], str]

COMPANIONS: dict[str, Gen] = {
    "<<AKID>>": lambda r: g.aws_key_id(r),
    "<<ACCT>>": lambda r: r.choice(g.WORDS) + r.choice(("prod", "data", "logs", "sa"))
    + g.hexs(r, 4),
    "<<HOST>>": lambda r: r.choice(("db", "pg", "mysql", "mq")) + f"-{r.randint(1, 9)}."
    + r.choice(("internal.acme-corp.net", "prod.northwind.io", "eu.contoso-app.com")),
    "<<USER>>": lambda r: r.choice(("app", "svc_billing", "admin", "etl", "deploy", "reporting")),
    "<<UUID>>": lambda r: g.uuid4(r),
    "<<UUID2>>": lambda r: g.uuid4(r),
    "<<SID>>": lambda r: g.twilio_sid(r),
    "<<PROJ>>": lambda r: r.choice(g.WORDS) + "-" + r.choice(("prod", "staging", "ml")) + "-"
    + str(r.randint(100000, 999999)),
    "<<HEX40>>": lambda r: g.hexs(r, 40),
    "<<DOMAIN>>": lambda r: "mg." + r.choice(("northwind.io", "contoso-app.com", "tailspin.dev")),
}

AWS_SECRET = [
    "[default]\naws_access_key_id = <<AKID>>\naws_secret_access_key = <<V>>\nregion = us-east-1",
    "[profile deploy]\naws_access_key_id=<<AKID>>\naws_secret_access_key=<<V>>",
    "export AWS_ACCESS_KEY_ID=<<AKID>>\nexport AWS_SECRET_ACCESS_KEY=<<V>>",
    "AWS_SECRET_ACCESS_KEY=<<V>>",
    'provider "aws" {\n  region     = "eu-west-1"\n  access_key = "<<AKID>>"\n'
    '  secret_key = "<<V>>"\n}',
    'import boto3\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="<<AKID>>",\n'
    '    aws_secret_access_key="<<V>>",\n)',
    'session = boto3.Session(aws_access_key_id="<<AKID>>", aws_secret_access_key="<<V>>")',
    'AWSCredentials creds = new BasicAWSCredentials("<<AKID>>", "<<V>>");',
    'const client = new S3Client({ region: "us-west-2", credentials: { accessKeyId: "<<AKID>>",'
    ' secretAccessKey: "<<V>>" } });',
    'cfg.Credentials = credentials.NewStaticCredentialsProvider("<<AKID>>", "<<V>>", "")',
    "aws configure set aws_secret_access_key <<V>> --profile ci",
    "env:\n  AWS_ACCESS_KEY_ID: <<AKID>>\n  AWS_SECRET_ACCESS_KEY: <<V>>\n  AWS_REGION: us-east-1",
    '{"accessKeyId": "<<AKID>>", "secretAccessKey": "<<V>>", "region": "ap-southeast-2"}',
    "2024-05-02T10:11:12Z DEBUG botocore.credentials Using key <<AKID>> secret=<<V>>",
    "hey can you check why the upload fails? I'm using key <<AKID>> and secret <<V>>",
    "$aws = new Aws\\S3\\S3Client(['credentials' => ['key' => '<<AKID>>', 'secret' => '<<V>>']]);",
    "Aws.config.update(credentials: Aws::Credentials.new('<<AKID>>', '<<V>>'))",
    'var creds = new BasicAWSCredentials("<<AKID>>", "<<V>>"); // C#',
    "docker run -e AWS_ACCESS_KEY_ID=<<AKID>> -e AWS_SECRET_ACCESS_KEY=<<V>> app:latest",
    "spring.cloud.aws.credentials.secret-key=<<V>>",
    "secret_access_key: <<V>>",
    '<add key="AWSSecretKey" value="<<V>>" />',
    "Access key ID,Secret access key\n<<AKID>>,<<V>>",
    "- name: AWS_SECRET_ACCESS_KEY\n  value: \"<<V>>\"",
    "[s3]\nkey = <<AKID>>\nsecret = <<V>>",
    "rclone config: type = s3, access_key_id = <<AKID>>, secret_access_key = <<V>>",
    "s3cmd --access_key=<<AKID>> --secret_key=<<V>> ls s3://reports",
    "aws_secret = '<<V>>'  # TODO move to vault",
]

AWS_KEY_ID = [
    "aws_access_key_id = <<V>>",
    "export AWS_ACCESS_KEY_ID=<<V>>",
    '"AccessKeyId": "<<V>>",',
    "AWS_ACCESS_KEY_ID: <<V>>",
    'access_key = "<<V>>"',
    "User-facing error: The AWS Access Key Id <<V>> you provided does not exist in our records.",
    "Credential=<<V>>/20240502/us-east-1/s3/aws4_request",
    "curl 'https://bucket.s3.amazonaws.com/f.csv?AWSAccessKeyId=<<V>>&Expires=1700000000'",
    'aws_access_key_id="<<V>>",',
    "the key that leaked in the PR was <<V>>, please rotate",
    "-Daws.accessKeyId=<<V>>",
    "<AccessKeyId><<V>></AccessKeyId>",
]

AZURE_STORAGE = [
    "DefaultEndpointsProtocol=https;AccountName=<<ACCT>>;AccountKey=<<V>>;"
    "EndpointSuffix=core.windows.net",
    'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=<<ACCT>>;'
    'AccountKey=<<V>>;EndpointSuffix=core.windows.net"',
    "export AZURE_STORAGE_KEY=<<V>>",
    "az storage blob upload --account-name <<ACCT>> --account-key <<V>> -c logs -f a.log",
    '{"Values": {"AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=<<ACCT>>;'
    'AccountKey=<<V>>;EndpointSuffix=core.windows.net"}}',
    'resource "azurerm_storage_account" exported key:\n  primary_access_key = "<<V>>"',
    'credential = StorageSharedKeyCredential("<<ACCT>>", "<<V>>")',
    "storage:\n  account: <<ACCT>>\n  key: <<V>>",
    '<add name="Storage" connectionString="DefaultEndpointsProtocol=https;AccountName=<<ACCT>>;'
    'AccountKey=<<V>>" />',
    "azure.storage.account-key=<<V>>",
    "[azure]\naccount_name = <<ACCT>>\naccount_key = <<V>>",
    "AccountName=<<ACCT>>;AccountKey=<<V>>",
]

AZURE_CLIENT_SECRET = [
    "AZURE_CLIENT_SECRET=<<V>>",
    "export AZURE_TENANT_ID=<<UUID>>\nexport AZURE_CLIENT_ID=<<UUID2>>\n"
    "export AZURE_CLIENT_SECRET=<<V>>",
    'credential = ClientSecretCredential("<<UUID>>", "<<UUID2>>", "<<V>>")',
    '"AzureAd": { "TenantId": "<<UUID>>", "ClientId": "<<UUID2>>", "ClientSecret": "<<V>>" }',
    "az login --service-principal -u <<UUID2>> -p <<V>> --tenant <<UUID>>",
    'provider "azurerm" {\n  features {}\n  client_id     = "<<UUID2>>"\n'
    '  client_secret = "<<V>>"\n  tenant_id     = "<<UUID>>"\n}',
    "spring.cloud.azure.credential.client-secret=<<V>>",
    "client_secret: <<V>>",
    "ARM_CLIENT_SECRET: <<V>>",
    'new ClientSecretCredential(tenantId, clientId, "<<V>>");',
    "data = {'grant_type': 'client_credentials', 'client_id': '<<UUID2>>', "
    "'client_secret': '<<V>>'}",
    "The new secret value is <<V>> (copy it now, it won't be shown again)",
]

GCP = [
    "GOOGLE_API_KEY=<<V>>",
    "https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=<<V>>",
    '<script src="https://maps.googleapis.com/maps/api/js?key=<<V>>&callback=init"></script>',
    'const firebaseConfig = {\n  apiKey: "<<V>>",\n  authDomain: "<<PROJ>>.firebaseapp.com",\n};',
    "youtube = build('youtube', 'v3', developerKey='<<V>>')",
    '<string name="google_api_key"><<V>></string>',
    "gcloud key created: keyString: <<V>>",
    "curl -H 'X-goog-api-key: <<V>>' https://generativelanguage.googleapis.com/v1/models",
    "GEMINI_API_KEY: <<V>>",
    'genai.configure(api_key="<<V>>")',
]

GCP_SA = [
    '{\n  "type": "service_account",\n  "project_id": "<<PROJ>>",\n  "private_key_id": '
    '"<<HEX40>>",\n  "private_key": "<<V>>",\n  "client_email": '
    '"ci-deployer@<<PROJ>>.iam.gserviceaccount.com"\n}',
    'GOOGLE_CREDENTIALS=\'{"type":"service_account","private_key":"<<V>>"}\'',
    'gcp:\n  credentials_json: |\n    {"type": "service_account", "private_key": "<<V>>"}',
]

TWILIO_TOKEN = [
    "TWILIO_ACCOUNT_SID=<<SID>>\nTWILIO_AUTH_TOKEN=<<V>>",
    "client = Client('<<SID>>', '<<V>>')",
    "auth_token = '<<V>>'",
    "curl -X POST https://api.twilio.com/2010-04-01/Accounts/<<SID>>/Messages.json "
    "-u <<SID>>:<<V>>",
    'const client = require("twilio")("<<SID>>", "<<V>>");',
    "twilio:\n  account_sid: <<SID>>\n  auth_token: <<V>>",
    'Twilio.init("<<SID>>", "<<V>>");',
    "twilio.auth-token=<<V>>",
    '{"accountSid": "<<SID>>", "authToken": "<<V>>"}',
    "TwilioClient::Init('<<SID>>', '<<V>>'); # Twilio auth token",
]

TWILIO_KEY = [
    "TWILIO_API_KEY=<<V>>",
    "client = Client('<<V>>', api_secret, '<<SID>>')",
    'twilio api key sid: "<<V>>"',
]

DATADOG_API = [
    "DD_API_KEY=<<V>>",
    "datadog:\n  apiKey: <<V>>\n  site: datadoghq.eu",
    "api_key: <<V>>",
    "docker run -d -e DD_API_KEY=<<V>> -e DD_SITE=datadoghq.com gcr.io/datadoghq/agent:7",
    "curl -X POST https://api.datadoghq.com/api/v1/series -H 'DD-API-KEY: <<V>>' -d @m.json",
    'provider "datadog" {\n  api_key = "<<V>>"\n  app_key = var.dd_app_key\n}',
    "helm install datadog-agent datadog/datadog --set datadog.apiKey=<<V>>",
    "options = {'api_key': '<<V>>', 'app_key': os.environ['DD_APP_KEY']}",
]

DATADOG_APP = [
    "DD_APP_KEY=<<V>>",
    "DD-APPLICATION-KEY: <<V>>",
    'app_key = "<<V>>"',
    "datadog:\n  appKey: <<V>>",
    "curl https://api.datadoghq.com/api/v1/monitor -H 'DD-APPLICATION-KEY: <<V>>'",
]

SENDGRID = [
    "SENDGRID_API_KEY=<<V>>",
    "sg = SendGridAPIClient('<<V>>')",
    "sgMail.setApiKey('<<V>>');",
    "curl https://api.sendgrid.com/v3/mail/send -H 'Authorization: Bearer <<V>>'",
    "spring.sendgrid.api-key=<<V>>",
    "smtp:\n  host: smtp.sendgrid.net\n  user: apikey\n  password: <<V>>",
    "EMAIL_HOST_PASSWORD = '<<V>>'",
    '{"sendgrid": {"apiKey": "<<V>>"}}',
    "config.action_mailer.smtp_settings = { user_name: 'apikey', password: '<<V>>' }",
]

MAILGUN = [
    "MAILGUN_API_KEY=<<V>>",
    "curl -s --user 'api:<<V>>' https://api.mailgun.net/v3/<<DOMAIN>>/messages",
    "requests.post(url, auth=('api', '<<V>>'), data=msg)",
    "mailgun:\n  domain: <<DOMAIN>>\n  secret: <<V>>",
    "'mailgun' => ['domain' => '<<DOMAIN>>', 'secret' => '<<V>>'],",
    'const mg = mailgun.client({ username: "api", key: "<<V>>" });',
    "MAILGUN_SECRET=<<V>>",
    "ANYMAIL = {'MAILGUN_API_KEY': '<<V>>', 'MAILGUN_SENDER_DOMAIN': '<<DOMAIN>>'}",
]

GENERIC = [
    "api_key=<<V>>",
    "API_KEY=<<V>>",
    'apiKey: "<<V>>"',
    '{"api_key": "<<V>>", "timeout": 30}',
    "curl -H 'x-api-key: <<V>>' https://api.partner-weather.io/v2/forecast",
    "X-API-Key: <<V>>",
    "token: <<V>>",
    "Authorization: Bearer <<V>>",
    "Authorization: Token <<V>>",
    "secret = '<<V>>'",
    "client_secret=<<V>>",
    "ACCESS_TOKEN=<<V>>",
    'access_token: "<<V>>"',
    "https://api.vendor-geo.com/v1/lookup?ip=8.8.8.8&api_key=<<V>>",
    "https://hooks.partner.io/ingest?access_token=<<V>>&source=web",
    '<apiKey><<V>></apiKey>',
    '<add key="ApiKey" value="<<V>>" />',
    "[service]\napi_key = <<V>>",
    'api_key = "<<V>>"  # toml',
    "payments.api.key=<<V>>",
    'variable "api_key" {\n  default = "<<V>>"\n}',
    "const API_KEY = '<<V>>';",
    'headers = {"X-API-Key": "<<V>>"}',
    "requests.get(url, params={'apikey': '<<V>>'})",
    "http GET api.example-crm.com/contacts 'Authorization:Bearer <<V>>'",
    "my api key is <<V>> can you see why it returns 401?",
    "client_secret: <<V>>",
    "env:\n  - name: SERVICE_TOKEN\n    value: <<V>>",
    "define('API_SECRET', '<<V>>');",
    "export SECRET_TOKEN=\"<<V>>\"",
    "kubectl create secret generic api --from-literal=api-key=<<V>>",
    "INFO request headers={'x-api-key': '<<V>>', 'accept': 'application/json'}",
]

PASSWORD = [
    "database:\n  host: <<HOST>>\n  username: <<USER>>\n  password: <<V>>",
    "[database]\nuser = \"<<USER>>\"\npassword = \"<<V>>\"",
    "[mysqld]\nuser=<<USER>>\npassword=<<V>>",
    "DB_PASSWORD=<<V>>",
    "POSTGRES_PASSWORD=<<V>>",
    "spring.datasource.password=<<V>>",
    "spring.datasource.url=jdbc:postgresql://<<HOST>>:5432/app\nspring.datasource.username="
    "<<USER>>\nspring.datasource.password=<<V>>",
    "jdbc:mysql://<<HOST>>:3306/shop?user=<<USER>>&password=<<V>>",
    "Server=<<HOST>>;Database=Orders;User Id=<<USER>>;Password=<<V>>;",
    "Driver={ODBC Driver 18 for SQL Server};Server=<<HOST>>;UID=<<USER>>;PWD=<<V>>",
    '<property name="password"><<V>></property>',
    '<connectionStrings><add name="Db" connectionString="Data Source=<<HOST>>;User ID=<<USER>>;'
    'Password=<<V>>" /></connectionStrings>',
    '{"db": {"user": "<<USER>>", "password": "<<V>>"}}',
    'resource "aws_db_instance" "main" {\n  username = "<<USER>>"\n  password = "<<V>>"\n}',
    "services:\n  db:\n    image: postgres:16\n    environment:\n"
    "      POSTGRES_PASSWORD: <<V>>",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: <<V>>",
    "mysql -u <<USER>> -p<<V>> -h <<HOST>> shop",
    "mysqldump -u<<USER>> -p<<V>> shop > dump.sql",
    "psql postgresql://<<USER>>:<<U>>@<<HOST>>:5432/app",
    "redis-cli -h <<HOST>> -a <<V>> ping",
    "ansible_become_password: <<V>>",
    "ansible_ssh_pass: <<V>>",
    "'DATABASES': {'default': {'ENGINE': 'django.db.backends.postgresql', 'USER': '<<USER>>', "
    "'PASSWORD': '<<V>>'}}",
    "DATABASES = {\n    'default': {\n        'NAME': 'app',\n"
    "        'PASSWORD': '<<V>>',\n    }\n}",
    "production:\n  adapter: postgresql\n  username: <<USER>>\n  password: <<V>>",
    "$db_password = '<<V>>';",
    "define('DB_PASSWORD', '<<V>>');",
    "'password' => env('DB_PASSWORD', '<<V>>'),",
    "mongodb://<<USER>>:<<U>>@<<HOST>>:27017/admin",
    "amqp://<<USER>>:<<U>>@<<HOST>>:5672/",
    "sshpass -p '<<V>>' ssh <<USER>>@<<HOST>>",
    "smtp_password = <<V>>",
    "ldap.bind.password=<<V>>",
    "MYSQL_ROOT_PASSWORD: <<V>>",
    "--db-password=<<V>>",
    "keystore.password=<<V>>",
    "<password><<V>></password>",
    "admin password: <<V>>",
    "the wifi password is <<V>>",
    "net use Z: \\\\fileserver\\share /user:CORP\\<<USER>> <<V>>",
    "docker login -u <<USER>> -p <<V>> registry.northwind.io",
    "requirepass <<V>>",
    "auth:\n  basic:\n    user: <<USER>>\n    pass: <<V>>",
    "git clone https://<<USER>>:<<U>>@git.northwind.io/team/app.git",
]

GITHUB = [
    "GITHUB_TOKEN=<<V>>",
    "git remote set-url origin https://x-access-token:<<V>>@github.com/acme/app.git",
    "curl -H 'Authorization: token <<V>>' https://api.github.com/user/repos",
    "//npm.pkg.github.com/:_authToken=<<V>>",
    "gh auth login --with-token <<< <<V>>",
    'g = Github("<<V>>")',
]
GITLAB = [
    "GITLAB_TOKEN=<<V>>",
    "curl --header 'PRIVATE-TOKEN: <<V>>' https://gitlab.com/api/v4/projects",
    "git clone https://oauth2:<<V>>@gitlab.com/group/proj.git",
    "gitlab:\n  token: <<V>>",
]
SLACK = [
    "SLACK_BOT_TOKEN=<<V>>",
    "client = WebClient(token='<<V>>')",
    "curl -H 'Authorization: Bearer <<V>>' https://slack.com/api/chat.postMessage",
    "slack:\n  webhook_url: <<V>>",
    "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"hi\"}' <<V>>",
    "SLACK_WEBHOOK=<<V>>",
]
STRIPE = [
    "STRIPE_SECRET_KEY=<<V>>",
    "stripe.api_key = '<<V>>'",
    "const stripe = require('stripe')('<<V>>');",
    "curl https://api.stripe.com/v1/charges -u <<V>>:",
    "Stripe.apiKey = \"<<V>>\";",
]
OPENAI = [
    "OPENAI_API_KEY=<<V>>",
    "client = OpenAI(api_key=\"<<V>>\")",
    "curl https://api.openai.com/v1/models -H 'Authorization: Bearer <<V>>'",
    "openai.api_key = '<<V>>'",
]
ANTHROPIC = [
    "ANTHROPIC_API_KEY=<<V>>",
    "client = anthropic.Anthropic(api_key=\"<<V>>\")",
    "curl https://api.anthropic.com/v1/messages -H 'x-api-key: <<V>>'",
    '{"env": {"ANTHROPIC_API_KEY": "<<V>>"}}',
]
NPM = [
    "//registry.npmjs.org/:_authToken=<<V>>",
    "NPM_TOKEN=<<V>>",
    "npmAuthToken: <<V>>",
]
PYPI = [
    "[pypi]\n  username = __token__\n  password = <<V>>",
    "TWINE_PASSWORD=<<V>>",
    "uv publish --token <<V>>",
    "poetry config pypi-token.pypi <<V>>",
]
SHOPIFY = [
    "SHOPIFY_ACCESS_TOKEN=<<V>>",
    "X-Shopify-Access-Token: <<V>>",
    "shopify:\n  api_secret: <<V>>",
]
VAULT = [
    "VAULT_TOKEN=<<V>>",
    "vault login <<V>>",
    "curl -H 'X-Vault-Token: <<V>>' https://vault.internal:8200/v1/secret/data/app",
    "token = \"<<V>>\"  # vault",
]
HEROKU = [
    "HEROKU_API_KEY=<<V>>",
    "machine api.heroku.com\n  login ops@northwind.io\n  password <<V>>",
    "heroku_api_key: <<V>>",
]
DIGITALOCEAN = [
    "DIGITALOCEAN_TOKEN=<<V>>",
    "doctl auth init -t <<V>>",
    'provider "digitalocean" {\n  token = "<<V>>"\n}',
]
JWT = [
    "Authorization: Bearer <<V>>",
    "Cookie: session=<<V>>; Path=/",
    "localStorage.setItem('id_token', '<<V>>')",
    '{"access_token": "<<V>>", "token_type": "Bearer", "expires_in": 3600}',
    "curl -H 'Authorization: Bearer <<V>>' https://api.northwind.io/v1/me",
]
PEM_KEY = [
    "<<V>>",
    "cat ~/.ssh/id_ed25519\n<<V>>",
    "ssh_private_key = <<EOT\n<<V>>\nEOT",
    "here's the key from the server, can you tell me why nginx rejects it?\n<<V>>",
]
