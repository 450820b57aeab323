"""Names and natural homes for look-alike values. Several names are deliberately the names
secrets usually carry (a placeholder under API_KEY, a masked value under token)."""

from __future__ import annotations

from blind_sets2.native_contexts import Native, line_in

MULTILINE_LOOKALIKES = {"public_key_pem", "certificate_pem", "jwks_public"}

LOOKALIKE_NAMES: dict[str, list[str]] = {
    "git_sha": ["GIT_COMMIT", "revision", "build_ref", "source_version"],
    "sha256_digest": ["checksum", "image_digest", "sha256", "artifact_hash"],
    "md5_checksum": ["md5", "etag", "content_md5", "file_hash"],
    "uuid": ["request_id", "tenant_id", "AZURE_CLIENT_ID", "correlation_id", "installation_id"],
    "base64_data": ["favicon", "integrity", "config_b64", "font_data"],
    "version_string": ["VERSION", "app_version", "image_tag", "min_client"],
    "ssh_public_key": ["deploy_pubkey", "SSH_PUBLIC_KEY", "authorized_key"],
    "placeholder": ["API_KEY", "OPENAI_API_KEY", "token", "STRIPE_SECRET_KEY", "password",
                    "GITHUB_TOKEN", "client_secret"],
    "env_reference": ["DB_PASSWORD", "api_token", "SECRET_KEY", "aws_secret_access_key"],
    "docs_example_key": ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "aws_access_key_id",
                         "aws_secret_access_key"],
    "masked_secret": ["api_key", "token", "SECRET", "password"],
    "stripe_publishable_key": ["STRIPE_PUBLISHABLE_KEY", "stripePublicKey", "pk"],
    "oauth_client_id": ["GOOGLE_CLIENT_ID", "client_id", "GITHUB_APP_CLIENT_ID"],
    "aws_arn": ["role_arn", "bucket_arn", "AWS_ROLE_ARN"],
    "stripe_object_id": ["customer_id", "payment_intent", "price_id"],
    "eth_address": ["wallet", "contract_address", "donation_address"],
    "trace_id": ["traceparent", "trace", "otel_parent"],
    "document_id": ["sheet_id", "SPREADSHEET_ID", "doc_id"],
    "db_url_without_password": ["DATABASE_URL", "REDIS_URL", "MONGO_URI", "sqlalchemy_url"],
    "password_setting": [],
    "dummy_value": [],
}

LOOKALIKE_NATIVE: dict[str, list[Native]] = {
    "git_sha": [line_in("commit {value}\nAuthor: {person}\n\n    Fix flaky retry test\n"),
                line_in("Run actions/checkout@v4\nSyncing repository: acme/web\n"
                        "Checking out the ref\n/usr/bin/git checkout --progress --force {value}\n"),
                line_in("This was fixed in {value}, released in 2.{n}.0. Please upgrade.\n")],
    "sha256_digest": [line_in("$ sha256sum app-2.{n}.0.tar.gz\n{value}  app-2.{n}.0.tar.gz\n"),
                      line_in("2.{n}: Pulling from library/app\nDigest: sha256:{value}\n"
                              "Status: Downloaded newer image\n")],
    "md5_checksum": [line_in("HTTP/1.1 200 OK\nContent-Type: image/png\nETag: \"{value}\"\n"
                             "Cache-Control: max-age=3600\n"),
                     line_in("$ md5 debian-12.iso\nMD5 (debian-12.iso) = {value}\n")],
    "uuid": [line_in("level=info msg=\"request finished\" request_id={value} status=200 "
                     "duration={n}ms\n"),
             line_in("GET https://api.{domain}/v1/tenants/{value}/users?page={n}\n")],
    "base64_data": [line_in("<link rel=\"stylesheet\" href=\"https://cdn.{domain}/ui.css\" "
                            "integrity=\"{value}\" crossorigin=\"anonymous\">\n"),
                    line_in("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n"
                            "binaryData:\n  settings.yaml: {value}\n")],
    "version_string": [line_in("Successfully installed httpx-{value} idna-3.7 sniffio-1.3.1\n"),
                       line_in("services:\n  web:\n    image: ghcr.io/acme/web:{value}\n")],
    "ssh_public_key": [line_in("$ cat ~/.ssh/authorized_keys\n{value}\n"),
                       line_in("Add this key to the server, then try again:\n\n    {value}\n")],
    "placeholder": [line_in("## Configuration\n\nCopy `.env.example` to `.env` and replace "
                            "{value} with the key from your dashboard.\n"),
                    line_in("client = OpenAI(api_key=\"{value}\")  # replace before running\n")],
    "env_reference": [line_in("    env:\n      TOKEN: {value}\n    run: ./release.sh\n"),
                      line_in("password = {value}\nhost = db.{domain}\n")],
    "docs_example_key": [line_in("The following example uses the access key {value}. "
                                 "Replace it with your own credentials.\n")],
    "masked_secret": [line_in("API keys\n  Name: ci-deploy   Key: {value}   Created: {n} days "
                              "ago   Last used: today\n"),
                      line_in("config loaded: token={value} endpoint=https://api.{domain}\n")],
    "stripe_publishable_key": [line_in("<script>\n  const stripe = Stripe('{value}');\n"
                                       "  const elements = stripe.elements();\n</script>\n")],
    "oauth_client_id": [line_in("<meta name=\"google-signin-client_id\" content=\"{value}\">\n"
                                "<script src=\"https://accounts.google.com/gsi/client\" async>"
                                "</script>\n")],
    "aws_arn": [line_in("{{\n  \"Effect\": \"Allow\",\n  \"Action\": \"sts:AssumeRole\",\n"
                        "  \"Resource\": \"{value}\"\n}}\n")],
    "stripe_object_id": [line_in("{{\n  \"id\": \"{value}\",\n  \"object\": \"customer\",\n"
                                 "  \"email\": \"jenny@{domain}\",\n  \"livemode\": true\n}}\n")],
    "eth_address": [line_in("Support the project! Donations: {value} (Ethereum mainnet).\n")],
    "trace_id": [line_in("POST /checkout HTTP/1.1\nHost: shop.{domain}\ntraceparent: {value}\n"
                         "Content-Length: {n}4\n")],
    "document_id": [line_in("Budget sheet: https://docs.google.com/spreadsheets/d/{value}/edit"
                            "#gid=0 (view only)\n")],
    "password_setting": [line_in("# /etc/ssh/sshd_config\nPort 22\nPermitRootLogin no\n"
                                 "{value}\nMaxSessions {n}\n"),
                         line_in("security:\n  {value}\n  session_timeout_minutes: {n}\n"),
                         line_in("# /etc/nsswitch.conf\n{value}\ngroup:          files\n"
                                 "hosts:          files dns\n")],
    "dummy_value": [line_in("describe('login', () => {{\n  it('rejects a wrong password', "
                            "async () => {{\n    await expect(login('qa-user', '{value}'))"
                            ".rejects.toThrow();"
                            "\n  }});\n}});\n"),
                    line_in("# .env.example - copy to .env and fill in real values\n"
                            "API_KEY={value}\nDEBUG=true\n"),
                    line_in("@pytest.fixture\ndef fake_credentials():\n    return {{\"key\": "
                            "\"{value}\", \"region\": \"test-{n}\"}}\n"),
                    line_in("def test_rejects_expired_token():\n    client = Client(token="
                            "\"{value}\", clock=FrozenClock())\n    assert not client."
                            "is_valid()\n")],
}
