//! A private PostgreSQL cluster for the tests: Debian's server, made with initdb in a temporary folder and run as the `postgres` user on its own port.
//!
//! PostgreSQL refuses to run as root; as root the cluster is made and run as `postgres`.
//! The server is started by a small shell that holds a pipe from the test process: when the
//! test process ends, however it ends, the pipe closes and the shell stops the server and
//! removes the cluster; a line on the pipe ([`PgCluster::stop`]) only stops it.

use std::io::Write;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The directory of Debian's PostgreSQL programs (`/usr/lib/postgresql/15/bin`).
fn bindir() -> PathBuf {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL is not installed: apt-get install postgresql")
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|p| p.join("postgres").exists())
        .collect();
    found.sort();
    found
        .pop()
        .expect("PostgreSQL is not installed: apt-get install postgresql")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The user and group the server runs as: `postgres` under root, else ourselves.
fn server_user() -> Option<(u32, u32)> {
    if !super::is_root() {
        return None;
    }
    let out = Command::new("id").args(["-u", "postgres"]).output().ok()?;
    let uid = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
    let out = Command::new("id").args(["-g", "postgres"]).output().ok()?;
    let gid = String::from_utf8_lossy(&out.stdout).trim().parse().ok()?;
    Some((uid, gid))
}

fn as_server_user(command: &mut Command) -> &mut Command {
    if let Some((uid, gid)) = server_user() {
        command.uid(uid).gid(gid);
    }
    command
}

pub struct PgCluster {
    pub dir: tempfile::TempDir,
    pub port: u16,
    /// fsync on, as a production server runs (benchmarks); tests run without it.
    durable: bool,
    /// More `-c name=value` settings for the server (TLS, replication).
    settings: Vec<String>,
    /// The shell that runs the server; its stdin is the pipe whose end stops it.
    keeper: Mutex<Option<Child>>,
}

impl PgCluster {
    /// One cluster for the whole test binary: initdb once, each test its own office or
    /// database.
    pub fn shared() -> &'static PgCluster {
        static SHARED: OnceLock<PgCluster> = OnceLock::new();
        SHARED.get_or_init(PgCluster::new)
    }

    /// A cluster of its own, for tests that stop or kill the server. Without fsync: a
    /// committed transaction still survives the server being killed (the kernel has it),
    /// only not the machine losing power, which no test does.
    pub fn new() -> PgCluster {
        PgCluster::made(false)
    }

    /// A cluster that syncs every commit to disk, as production does: for benchmarks.
    pub fn durable() -> PgCluster {
        PgCluster::made(true)
    }

    /// A cluster of its own with more server settings (`name=value`).
    pub fn with_settings(settings: &[&str]) -> PgCluster {
        let cluster = PgCluster::unstarted(false, settings);
        cluster.init();
        cluster.start();
        cluster
    }

    /// A cluster of its own that serves TLS only, with `cert` and `key` (PEM), as the
    /// PostgreSQL `hostssl` lines of a city's server would.
    pub fn with_tls(cert: &str, key: &str) -> PgCluster {
        PgCluster::serving_tls(cert, key, false, true)
    }

    /// TLS with `cert` and `key`; `durable` as [`PgCluster::durable`]; `only_tls` refuses
    /// plain connections (else both are taken, to compare them on one server).
    pub fn serving_tls(cert: &str, key: &str, durable: bool, only_tls: bool) -> PgCluster {
        let cluster = PgCluster::unstarted(
            durable,
            &[
                "ssl=on",
                "ssl_cert_file=server.crt",
                "ssl_key_file=server.key",
            ],
        );
        cluster.init();
        let data = cluster.data();
        std::fs::write(data.join("server.crt"), cert).unwrap();
        std::fs::write(data.join("server.key"), key).unwrap();
        std::fs::write(
            data.join("pg_hba.conf"),
            if only_tls {
                "local all all trust\nhostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n"
            } else {
                "local all all trust\nhost all all 127.0.0.1/32 trust\n"
            },
        )
        .unwrap();
        cluster.own(&data);
        cluster.start();
        cluster
    }

    /// A streaming standby of `primary`: `pg_basebackup -R` from it, started on a port of
    /// its own, read-only until [`PgCluster::promote`].
    pub fn standby_of(primary: &PgCluster) -> PgCluster {
        let cluster = PgCluster::unstarted(false, &[]);
        let out = as_server_user(&mut Command::new(bindir().join("pg_basebackup")))
            .args(["-h", "127.0.0.1", "-p", &primary.port.to_string()])
            .args(["-U", "postgres", "-X", "stream", "-R", "-c", "fast", "-D"])
            .arg(cluster.data())
            .output()
            .expect("pg_basebackup cannot run");
        assert!(
            out.status.success(),
            "pg_basebackup failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        cluster.start();
        cluster
    }

    /// Ends recovery: the standby takes writes (`pg_ctl promote`, which waits for it).
    pub fn promote(&self) {
        let out = as_server_user(&mut Command::new(bindir().join("pg_ctl")))
            .args(["promote", "-w", "-D"])
            .arg(self.data())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "pg_ctl promote failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn made(durable: bool) -> PgCluster {
        let cluster = PgCluster::unstarted(durable, &[]);
        cluster.init();
        cluster.start();
        cluster
    }

    /// A folder and a port; no data yet.
    fn unstarted(durable: bool, settings: &[&str]) -> PgCluster {
        let dir = tempfile::Builder::new()
            .prefix("madoguchi-pg")
            .tempdir()
            .unwrap();
        if let Some((uid, gid)) = server_user() {
            std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid)).unwrap();
        }
        PgCluster {
            dir,
            port: free_port(),
            durable,
            settings: settings.iter().map(|s| (*s).to_owned()).collect(),
            keeper: Mutex::new(None),
        }
    }

    /// Files written by the tests, handed to the server's user (which refuses a key others
    /// can read).
    fn own(&self, data: &Path) {
        for name in ["server.crt", "server.key", "pg_hba.conf"] {
            let file = data.join(name);
            if !file.exists() {
                continue;
            }
            if let Some((uid, gid)) = server_user() {
                std::os::unix::fs::chown(&file, Some(uid), Some(gid)).unwrap();
            }
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
    }

    fn init(&self) {
        let data = self.data();
        let out = as_server_user(&mut Command::new(bindir().join("initdb")))
            .args([
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "-N",
                "-D",
            ])
            .arg(&data)
            .output()
            .expect("initdb cannot run");
        assert!(
            out.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Starts the server and waits until it takes connections.
    pub fn start(&self) {
        let log = self.dir.path().join("server.log");
        let script = format!(
            "{postgres} -D {data} -p {port} -k {dir} -c listen_addresses=127.0.0.1 \
             -c fsync={fsync} -c max_connections=200 {settings} >>{log} 2>&1 & pid=$!; \
             if read _; then kill -INT $pid; wait $pid; \
             else kill -INT $pid; wait $pid; rm -rf {dir}; fi",
            postgres = bindir().join("postgres").display(),
            data = self.data().display(),
            port = self.port,
            dir = self.dir.path().display(),
            log = log.display(),
            fsync = if self.durable { "on" } else { "off" },
            settings = self
                .settings
                .iter()
                .map(|s| format!("-c {s}"))
                .collect::<Vec<_>>()
                .join(" "),
        );
        let child = as_server_user(Command::new("sh").args(["-c", &script]))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        *self.keeper.lock().unwrap() = Some(child);
        self.wait_ready(Duration::from_secs(20));
    }

    /// Stops the server cleanly (a fast shutdown) and waits for it to end.
    pub fn stop(&self) {
        if let Some(mut child) = self.keeper.lock().unwrap().take() {
            if let Some(mut stdin) = child.stdin.take() {
                let _ = stdin.write_all(b"\n");
            }
            let _ = child.wait();
        }
    }

    /// The postmaster's process id, for tests that signal it.
    pub fn postmaster_pid(&self) -> i32 {
        let text = std::fs::read_to_string(self.data().join("postmaster.pid")).unwrap();
        text.lines().next().unwrap().trim().parse().unwrap()
    }

    /// Every server process: the postmaster and its children (backends, writers).
    pub fn server_pids(&self) -> Vec<i32> {
        let postmaster = self.postmaster_pid();
        let children = Command::new("pgrep")
            .args(["-P", &postmaster.to_string()])
            .output()
            .unwrap();
        std::iter::once(postmaster)
            .chain(
                String::from_utf8_lossy(&children.stdout)
                    .lines()
                    .filter_map(|l| l.trim().parse().ok()),
            )
            .collect()
    }

    fn wait_ready(&self, within: Duration) {
        let deadline = Instant::now() + within;
        loop {
            let ok = Command::new(bindir().join("pg_isready"))
                .args(["-q", "-h", "127.0.0.1", "-p", &self.port.to_string()])
                .status()
                .is_ok_and(|s| s.success());
            if ok {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "PostgreSQL did not start: {}",
                std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Runs SQL as the superuser on `database`.
    pub fn psql(&self, database: &str, sql: &str) -> String {
        let out = Command::new(bindir().join("psql"))
            .args(["-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1"])
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
            ])
            .args(["-d", database, "-c", sql])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "psql {sql:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// A psql session on `database` reading statements from its stdin as they come: a
    /// transaction a test holds open.
    pub fn psql_session(&self, database: &str) -> Child {
        Command::new(bindir().join("psql"))
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1"])
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
            ])
            .args(["-d", database])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    }

    /// A new, empty database.
    pub fn create_database(&self, name: &str) -> String {
        self.psql("postgres", &format!("CREATE DATABASE {name}"));
        self.url(name)
    }

    pub fn url(&self, database: &str) -> String {
        format!(
            "postgresql://postgres@127.0.0.1:{}/{database}?sslmode=disable",
            self.port
        )
    }

    pub fn socket_dir(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for PgCluster {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A primary with synchronous replication to a streaming standby: a commit is acknowledged
/// only once the standby has it.
pub struct Pair {
    pub primary: PgCluster,
    pub standby: PgCluster,
}

impl Pair {
    pub fn start(database: &str) -> Pair {
        let pair = Pair::unsynchronised(database);
        pair.synchronise();
        pair
    }

    /// Streaming, but a commit does not wait for the standby: a primary that comes back
    /// alone takes tickets at once.
    pub fn unsynchronised(database: &str) -> Pair {
        let primary = PgCluster::new();
        primary.create_database(database);
        let standby = PgCluster::standby_of(&primary);
        Pair { primary, standby }
    }

    pub fn synchronise(&self) {
        let primary = &self.primary;
        // Set only now: with no standby connected, every commit would wait.
        primary.psql(
            "postgres",
            "ALTER SYSTEM SET synchronous_standby_names = '*'",
        );
        primary.psql("postgres", "SELECT pg_reload_conf()");
        let deadline = Instant::now() + Duration::from_secs(20);
        while primary.psql(
            "postgres",
            "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'",
        ) != "1"
        {
            assert!(
                Instant::now() < deadline,
                "the standby never became synchronous"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// libpq's multi-host URL: whichever of the two takes writes.
    pub fn url(&self, database: &str) -> String {
        format!(
            "postgresql://postgres@127.0.0.1:{},127.0.0.1:{}/{database}?target_session_attrs=read-write&sslmode=disable",
            self.primary.port, self.standby.port
        )
    }
}

/// A test CA, a server certificate for 127.0.0.1 signed by it, and another CA.
pub struct TestPki {
    pub ca_pem: String,
    pub other_ca_pem: String,
    pub cert_pem: String,
    pub key_pem: String,
}

pub fn test_pki() -> TestPki {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
    let ca = |name: &str| {
        let key = KeyPair::generate().unwrap();
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, name);
        let cert = params.self_signed(&key).unwrap();
        (cert.pem(), Issuer::new(params, key))
    };
    let (ca_pem, issuer) = ca("madoguchi test CA");
    let (other_ca_pem, _) = ca("another CA");
    let key = KeyPair::generate().unwrap();
    // The certificate holds the address only: reaching the same server as "localhost" is
    // a wrong host name.
    let mut params = CertificateParams::new(vec!["127.0.0.1".to_owned()]).unwrap();
    params
        .distinguished_name
        .push(DnType::CommonName, "db.test");
    let cert = params.signed_by(&key, &issuer).unwrap();
    TestPki {
        ca_pem,
        other_ca_pem,
        cert_pem: cert.pem(),
        key_pem: key.serialize_pem(),
    }
}

/// A name no other test of this run uses (an office id or a database name).
pub fn unique(prefix: &str) -> String {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{prefix}_{}_{n}", std::process::id())
}
