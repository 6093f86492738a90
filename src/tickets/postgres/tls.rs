//! TLS to PostgreSQL: the URL's `sslmode` and `sslrootcert` read as libpq reads them, and rustls checking each host's certificate, with refusals that name the host and the problem.

use std::path::{Path, PathBuf};

pub use crate::domain::{TlsMode, TlsSettings};
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, OtherError, RootCertStore, SignatureScheme};
use tokio_postgres_rustls::MakeRustlsConnect;

/// The connector for `settings`. With `sslmode=disable` tokio-postgres never calls it.
pub fn connector(settings: &TlsSettings) -> Result<MakeRustlsConnect, String> {
    // ring is built already (rcgen); rustls deprecates its provider for lacking
    // post-quantum key exchange, which Debian 12's PostgreSQL (OpenSSL 3.0) does not offer.
    #[expect(
        deprecated,
        reason = "the server's OpenSSL 3.0 has no post-quantum key exchange"
    )]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mode = settings.mode;
    let roots = match (&settings.root, mode) {
        (Some(file), _) => Some(Arc::new(roots(file)?)),
        (None, _) => None,
    };
    let verifier: Arc<dyn ServerCertVerifier> = match roots {
        Some(roots) => Arc::new(Checked {
            inner: WebPkiServerVerifier::builder_with_provider(roots, provider.clone())
                .build()
                .map_err(|e| format!("the CA certificates cannot be used: {e}"))?,
            names: mode != TlsMode::VerifyCa && mode != TlsMode::Require,
            root: settings.root.clone().unwrap_or_default(),
        }),
        None => Arc::new(Unchecked(provider.clone())),
    };
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS cannot be set up: {e}"))?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

/// What went wrong with TLS in a failed connection, in words for IT staff, or None when the
/// failure was something else (the server not there).
pub fn failure(e: &tokio_postgres::Error, mode: TlsMode) -> Option<String> {
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>()
            && let Some(inner) = io.get_ref()
            && let Some(tls) = inner.downcast_ref::<rustls::Error>()
        {
            return Some(match tls {
                rustls::Error::InvalidCertificate(CertificateError::Other(OtherError(words))) => {
                    words.to_string()
                }
                other => format!("TLS with the database server failed: {other}"),
            });
        }
        source = s.source();
    }
    // tokio-postgres's own words when the server answered "no TLS here".
    super::describe(e).contains("does not support TLS").then(|| {
        format!(
            "the database server does not offer TLS, and the URL asks for it (sslmode={}); \
             turn on ssl in the server's postgresql.conf, or write sslmode=disable to send in plain text",
            mode.name()
        )
    })
}

/// Every certificate in the PEM file `file`.
fn roots(file: &Path) -> Result<RootCertStore, String> {
    let text = std::fs::read(file).map_err(|e| {
        format!(
            "sslrootcert={} cannot be read ({e}); give the CA certificate (PEM) that signed the database server's",
            file.display()
        )
    })?;
    let blocks = pem::parse_many(&text).map_err(|e| {
        format!(
            "sslrootcert={} is not a PEM file ({e}); give the CA certificate, -----BEGIN CERTIFICATE-----",
            file.display()
        )
    })?;
    let mut store = RootCertStore::empty();
    for block in blocks.iter().filter(|b| b.tag() == "CERTIFICATE") {
        store
            .add(CertificateDer::from(block.contents().to_vec()))
            .map_err(|e| {
                format!(
                    "sslrootcert={} holds a certificate that cannot be used as a CA ({e})",
                    file.display()
                )
            })?;
    }
    if store.is_empty() {
        return Err(format!(
            "sslrootcert={} holds no certificate; give the CA certificate, -----BEGIN CERTIFICATE-----",
            file.display()
        ));
    }
    Ok(store)
}

/// The web PKI's check against the given CA, with its refusals put in words that name the
/// host; `verify-ca` (and `require` with a CA) leave out the name check.
#[derive(Debug)]
struct Checked {
    inner: Arc<WebPkiServerVerifier>,
    names: bool,
    root: PathBuf,
}

impl ServerCertVerifier for Checked {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let refusal = match self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        ) {
            Ok(verified) => return Ok(verified),
            Err(rustls::Error::InvalidCertificate(refusal)) => refusal,
            Err(other) => return Err(other),
        };
        let host = server_name.to_str();
        let words = match refusal {
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. }
                if !self.names =>
            {
                return Ok(ServerCertVerified::assertion());
            }
            CertificateError::NotValidForNameContext { presented, .. } => format!(
                "the database server {host}'s certificate is for {}, not for {host}; \
                 connect by a name the certificate holds, or give the server a certificate for {host}",
                if presented.is_empty() {
                    "no host name".to_owned()
                } else {
                    presented
                        .iter()
                        .map(|name| plain_name(name))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            ),
            CertificateError::NotValidForName => format!(
                "the database server {host}'s certificate is not for {host}; \
                 connect by a name the certificate holds, or give the server a certificate for {host}"
            ),
            CertificateError::UnknownIssuer => format!(
                "the database server {host}'s certificate is not signed by the CA in sslrootcert={}; \
                 give the CA that signed it",
                self.root.display()
            ),
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                format!("the database server {host}'s certificate has expired; renew it")
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => format!(
                "the database server {host}'s certificate is not valid yet; check the clocks of both machines"
            ),
            other => format!("the database server {host}'s certificate is refused ({other:?})"),
        };
        Err(rustls::Error::InvalidCertificate(CertificateError::Other(
            OtherError(Arc::new(Refusal(words))),
        )))
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// rustls gives the certificate's names as `DnsName("db1")` or `IpAddress(10.0.0.5)`.
fn plain_name(name: &str) -> &str {
    let inner = ["DnsName(", "IpAddress("]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .and_then(|rest| rest.strip_suffix(')'))
        .unwrap_or(name);
    inner.trim_matches('"')
}

/// A certificate refusal in words, shown as the reason a connection failed.
#[derive(Debug)]
struct Refusal(String);

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refusal {}

/// `sslmode=require` without a CA, as libpq: encrypted, the certificate not checked (the
/// handshake's signatures still are).
#[derive(Debug)]
struct Unchecked(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verifying_needs_a_ca_file_that_holds_a_certificate() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("ca.pem");
        std::fs::write(&empty, "not a certificate\n").unwrap();
        let e = connector(&TlsSettings {
            mode: TlsMode::VerifyCa,
            root: Some(empty),
        })
        .err()
        .unwrap();
        assert!(e.contains("holds no certificate"), "{e}");
    }
}
