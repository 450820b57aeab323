"""TLS termination at the edge: TLS 1.3 by default, a bad certificate is a config error."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from support import PYTHON, free_port, stop


def self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return cert_path, key_path


def client_context(ca: Path, max_version: ssl.TLSVersion | None = None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(ca))
    if max_version is not None:
        context.maximum_version = max_version
    return context


def write_config(directory: Path, port: int, tls: dict[str, str]) -> Path:
    path = directory / "tls.yaml"
    path.write_text(yaml.safe_dump({
        "listen": f"127.0.0.1:{port}", "auth": "none", "tls": tls,
        "upstreams": {"a": {"url": "http://127.0.0.1:9/mcp"}},
    }))
    return path


@pytest.fixture
def tls_gateway(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    cert, key = self_signed(tmp_path)
    port = free_port()
    config = write_config(tmp_path, port, {"cert": str(cert), "key": str(key)})
    process = subprocess.Popen([PYTHON, "-m", "mcpwarden", "serve", "-c", str(config)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"https://127.0.0.1:{port}/healthz"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url, context=client_context(cert), timeout=1)
                break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.05)
        yield url, cert
    finally:
        stop(process)


def test_serves_https_with_tls_13(tls_gateway: tuple[str, Path]) -> None:
    url, cert = tls_gateway
    with urllib.request.urlopen(url, context=client_context(cert), timeout=5) as resp:
        assert resp.status == 200


def test_refuses_tls_12_clients_by_default(tls_gateway: tuple[str, Path]) -> None:
    url, cert = tls_gateway
    old_client = client_context(cert, max_version=ssl.TLSVersion.TLSv1_2)
    with pytest.raises(urllib.error.URLError) as caught:
        urllib.request.urlopen(url, context=old_client, timeout=5)
    assert isinstance(caught.value.reason, ssl.SSLError)


def test_unusable_certificate_is_a_config_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.pem"
    bogus.write_text("not a certificate")
    config = write_config(tmp_path, free_port(), {"cert": str(bogus), "key": str(bogus)})
    done = subprocess.run([PYTHON, "-m", "mcpwarden", "check", "-c", str(config)],
                          capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 2
    assert "tls: cannot load the certificate and key" in done.stderr
