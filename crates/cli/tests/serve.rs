//! `refresh-request serve` as a help desk's automation meets it: the real
//! binary on a free loopback port, spoken to over plain HTTP/1.1 sockets
//! (raw, so a test can also send what no well-behaved client sends).

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_refresh-request");

/// A running service: killed when dropped, unless a test stopped it.
struct Service {
    child: Child,
    addr: SocketAddr,
    stderr: Arc<Mutex<Vec<String>>>,
}

impl Service {
    fn start(args: &[&str], env: &[(&str, &str)]) -> Service {
        Self::try_start(args, env).unwrap_or_else(|(code, err)| panic!("exit {code}: {err}"))
    }

    /// The service, or its exit status and stderr when it does not start.
    fn try_start(args: &[&str], env: &[(&str, &str)]) -> Result<Service, (i32, String)> {
        let mut child = Command::new(BIN)
            .arg("serve")
            .args(["--listen", "127.0.0.1:0"])
            .args(args)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
        let mut before = String::new();
        let addr = loop {
            match lines.next() {
                Some(Ok(line)) => {
                    if let Some(a) = line.strip_prefix("refresh-request: listening on http://") {
                        break a.parse().expect("an address");
                    }
                    before.push_str(&line);
                    before.push('\n');
                }
                _ => {
                    let code = child.wait().expect("it ends").code().unwrap_or(-1);
                    return Err((code, before));
                }
            }
        };
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock().expect("log").push(line);
            }
        });
        Ok(Service {
            child,
            addr,
            stderr,
        })
    }

    fn log(&self) -> Vec<String> {
        self.stderr.lock().expect("log").clone()
    }

    /// SIGTERM, as a service manager stops it.
    fn terminate(&self) {
        let ok = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(ok.success());
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An answer: status, headers (lower-case names) and body.
#[derive(Debug)]
struct Answer {
    status: u16,
    headers: String,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    fn error(&self) -> String {
        self.json()["error"]
            .as_str()
            .expect("an error message")
            .to_string()
    }
}

fn connect(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect(addr).expect("connects");
    // Bounded: a test never waits forever on the service.
    s.set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    s
}

/// The answer on `stream` up to the service closing it.
fn read_answer(stream: &mut TcpStream) -> Answer {
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("an answer");
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {raw:?}"));
    Answer {
        status,
        headers: head.to_ascii_lowercase(),
        body: body.to_string(),
    }
}

/// One request on its own connection; `headers` are extra header lines.
fn send(addr: SocketAddr, method: &str, path: &str, headers: &[&str], body: &[u8]) -> Answer {
    let mut s = connect(addr);
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for h in headers {
        head.push_str(h);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).expect("writes");
    // A service that answers early (413) may close before reading it all.
    let _ = s.write_all(body);
    read_answer(&mut s)
}

fn get(addr: SocketAddr, path: &str) -> Answer {
    send(addr, "GET", path, &[], b"")
}

fn post_text(addr: SocketAddr, body: &str) -> Answer {
    send(
        addr,
        "POST",
        "/v1/check",
        &["Content-Type: text/plain"],
        body.as_bytes(),
    )
}

fn post_json(addr: SocketAddr, body: &Value) -> Answer {
    send(
        addr,
        "POST",
        "/v1/check",
        &["Content-Type: application/json"],
        body.to_string().as_bytes(),
    )
}

/// Written Monday 7 Oct 2024 02:00 UTC for Wednesday 02:00 (just on time).
const MONDAY: &str = r#"{"policy": "veson-imos", "submitted_at": "2024-10-07T02:00Z",
  "source": "ABCD_prod", "target": "ABCD_test", "holiday_region": "GB",
  "windows": ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]}"#;

/// The command's own run: stdout and exit status.
fn command(args: &[&str], stdin: &str) -> (String, i32) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("writes");
    let out = child.wait_with_output().expect("it ends");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn ticket() -> String {
    command(&["ticket", "-", "--format", "markdown"], MONDAY).0
}

#[test]
fn a_check_answers_what_check_json_prints() {
    let service = Service::start(&[], &[]);
    let ticket = ticket();
    for received in ["2024-10-07T02:00Z", "2024-10-08T09:00Z"] {
        let answer = post_json(
            service.addr,
            &serde_json::json!({"body": ticket, "received_at": received}),
        );
        // 200 whether ready or not: the automation branches on `ready`.
        assert_eq!(answer.status, 200, "{}", answer.body);
        assert!(answer.headers.contains("content-type: application/json"));
        let (printed, _) = command(&["check", "-", "--json", "--received", received], &ticket);
        let printed: Value = serde_json::from_str(&printed).expect("JSON");
        assert_eq!(answer.json(), printed);
    }
    let on_time = post_json(
        service.addr,
        &serde_json::json!({"body": ticket, "received_at": "2024-10-07T02:00Z"}),
    );
    assert_eq!(on_time.json()["ready"], true);

    // As text/plain, received now: long after its windows.
    let late = post_text(service.addr, &ticket);
    assert_eq!(late.status, 200);
    assert_eq!(late.json()["ready"], false);
    assert!(late.json()["summary"]
        .as_str()
        .is_some_and(|s| s.starts_with("Not ready")));

    // `policy` chooses the policy, as --policy does.
    let other = post_json(
        service.addr,
        &serde_json::json!({"body": ticket, "policy": "clarity-saas"}),
    );
    assert_eq!(other.status, 200, "{}", other.body);
    assert_eq!(other.json()["policy"]["id"], "clarity-saas");
}

#[test]
fn healthz_and_the_policies_it_knows() {
    let service = Service::start(&[], &[]);
    let health = get(service.addr, "/healthz");
    assert_eq!((health.status, health.body.as_str()), (200, "ok\n"));
    let policies = get(service.addr, "/v1/policies");
    assert_eq!(policies.status, 200);
    let ids: Vec<_> = policies
        .json()
        .as_array()
        .expect("a list")
        .iter()
        .map(|p| {
            assert!(p["name"].is_string() && p["version"].is_string());
            assert_eq!(p["desk_language"], "en");
            assert_eq!(p["languages"][0], "en");
            assert_eq!(p["languages"].as_array().map(Vec::len), Some(10));
            p["id"].as_str().expect("an id").to_string()
        })
        .collect();
    assert_eq!(ids, ["veson-imos", "clarity-saas"]);
}

#[test]
fn each_error_answers_its_status_and_says_why() {
    let service = Service::start(&[], &[]);
    let a = service.addr;
    let cases: Vec<(Answer, u16, &str)> = vec![
        (get(a, "/v2/check"), 404, "No such path"),
        (get(a, "/v1/check"), 405, "does not take that method"),
        (
            send(a, "PUT", "/healthz", &[], b""),
            405,
            "does not take that method",
        ),
        (
            post_text(a, &"x".repeat(256 * 1024 + 1)),
            413,
            "over 256 KB",
        ),
        (
            send(
                a,
                "POST",
                "/v1/check",
                &["Content-Type: application/json"],
                b"{\"body\": ",
            ),
            400,
            "not valid JSON",
        ),
        (
            post_json(a, &serde_json::json!({"ticket": "…"})),
            400,
            "missing field `body`",
        ),
        (
            post_json(a, &serde_json::json!({"body": 42})),
            400,
            "must be an object with \"body\"",
        ),
        (
            post_json(
                a,
                &serde_json::json!({"body": ticket(), "received_at": "next Tuesday"}),
            ),
            400,
            "received_at",
        ),
        (
            post_text(a, "Hello, please refresh our test system."),
            422,
            "No request found",
        ),
        (
            post_json(a, &serde_json::json!({"body": ticket(), "policy": "acme"})),
            422,
            "Unknown policy “acme”: this service knows veson-imos, clarity-saas",
        ),
        (
            send(
                a,
                "POST",
                "/v1/check",
                &["Content-Type: multipart/form-data"],
                b"x",
            ),
            415,
            "text/plain",
        ),
    ];
    for (answer, status, says) in cases {
        assert_eq!(answer.status, status, "{answer:?}");
        assert!(
            answer.error().contains(says),
            "{status}: {}",
            answer.error()
        );
    }
    // Just under the limit is read (and holds no request).
    let at_limit = post_text(a, &"x".repeat(256 * 1024));
    assert_eq!(at_limit.status, 422);
    // The 405 names the method it takes.
    assert!(get(a, "/v1/check").headers.contains("allow: post"));
    // A body over the limit sent without announcing its length.
    let mut s = connect(a);
    let chunk = "y".repeat(64 * 1024);
    let _ = write!(
        s,
        "POST /v1/check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    for _ in 0..5 {
        let _ = write!(s, "{:x}\r\n{chunk}\r\n", chunk.len());
    }
    let _ = write!(s, "0\r\n\r\n");
    let chunked = read_answer(&mut s);
    assert_eq!(chunked.status, 413, "{chunked:?}");
}

#[test]
fn one_log_line_per_request_on_stderr() {
    let service = Service::start(&[], &[]);
    get(service.addr, "/healthz");
    get(service.addr, "/nowhere");
    service.terminate();
    let mut child = service;
    assert_eq!(child.child.wait().expect("it ends").code(), Some(0));
    // The reader thread has the lines once stderr closes.
    std::thread::sleep(Duration::from_millis(100));
    let log = child.log();
    let requests: Vec<_> = log
        .iter()
        .filter(|l| !l.starts_with("refresh-request:"))
        .collect();
    assert_eq!(requests.len(), 2, "{log:?}");
    for (line, (method, path, status)) in requests
        .iter()
        .zip([("GET", "/healthz", "200"), ("GET", "/nowhere", "404")])
    {
        let words: Vec<_> = line.split(' ').collect();
        assert_eq!(&words[..3], [method, path, status], "{line}");
        assert!(words[3].ends_with("ms"), "{line}");
    }
}

#[test]
fn a_token_is_needed_when_one_is_set() {
    let env = [("H33_TEST_TOKEN", "s3cret-of-the-desk")];
    let service = Service::start(&["--token-env", "H33_TEST_TOKEN"], &env);
    let a = service.addr;
    let ticket = ticket();
    let without = post_text(a, &ticket);
    assert_eq!(without.status, 401);
    assert!(without.error().contains("Authorization: Bearer"));
    assert!(without.headers.contains("www-authenticate: bearer"));
    let wrong = send(
        a,
        "POST",
        "/v1/check",
        &["Authorization: Bearer s3cret-of-the-dusk"],
        ticket.as_bytes(),
    );
    assert_eq!(
        (wrong.status, wrong.error().as_str()),
        (401, "The bearer token is wrong.")
    );
    assert_eq!(get(a, "/v1/policies").status, 401);
    let german = send(a, "GET", "/v1/policies", &["Accept-Language: de"], b"");
    assert_eq!(
        (german.status, german.error().as_str()),
        (
            401,
            "Dieser Dienst braucht den Header Authorization: Bearer <token>."
        )
    );
    let right = send(
        a,
        "POST",
        "/v1/check",
        &["Authorization: Bearer s3cret-of-the-desk"],
        ticket.as_bytes(),
    );
    assert_eq!(right.status, 200, "{}", right.body);
    // Load balancers probe without it.
    assert_eq!(get(a, "/healthz").status, 200);

    // The secret never comes from the command line: an unset variable stops the start.
    let (code, err) = Service::try_start(&["--token-env", "H33_UNSET_TOKEN"], &[])
        .err()
        .expect("no start");
    assert_eq!(code, 2);
    assert!(err.contains("H33_UNSET_TOKEN is not set"), "{err}");
}

fn policy_dir(name: &str, files: &[(&str, &str)]) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder");
    for (file, text) in files {
        std::fs::write(dir.join(file), text).expect("a file");
    }
    dir.display().to_string()
}

#[test]
fn a_policy_folder_adds_its_policies() {
    let northwind = include_str!("../../../examples/policies/northwind-erp.json");
    let dir = policy_dir(
        "serve-good-policies",
        &[("northwind.json", northwind), ("notes.txt", "not a policy")],
    );
    let service = Service::start(&["--policy-dir", &dir], &[]);
    let ids: Vec<_> = get(service.addr, "/v1/policies")
        .json()
        .as_array()
        .expect("a list")
        .iter()
        .map(|p| p["id"].as_str().expect("id").to_string())
        .collect();
    assert_eq!(ids, ["veson-imos", "clarity-saas", "northwind-erp"]);
    let request = serde_json::json!({"policy": "northwind-erp", "source": "x"});
    let answer = post_json(
        service.addr,
        &serde_json::json!({"body": request.to_string()}),
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.json()["policy"]["id"], "northwind-erp");
}

#[test]
fn a_broken_policy_stops_the_start_with_every_problem_and_its_path() {
    let northwind = include_str!("../../../examples/policies/northwind-erp.json");
    let dir = policy_dir(
        "serve-broken-policies",
        &[
            ("a-good.json", northwind),
            (
                "b-broken.json",
                &northwind
                    .replace("\"name\": \"Northwind ERP Cloud\"", "\"name\": 7")
                    .replace("\"id\": \"northwind-erp\"", "\"id\": \"b\""),
            ),
            ("c-not-json.json", "{ nope"),
        ],
    );
    let (code, err) = Service::try_start(&["--policy-dir", &dir], &[])
        .err()
        .expect("no start");
    assert_eq!(code, 2);
    assert!(err.contains("problems, not started"), "{err}");
    assert!(err.contains("b-broken.json: name: expected"), "{err}");
    assert!(err.contains("c-not-json.json: "), "{err}");
    assert!(!err.contains("a-good.json"), "{err}");
}

#[test]
fn sigterm_finishes_the_request_in_flight_then_exits_0() {
    let mut service = Service::start(&[], &[]);
    let body = ticket();
    let (first, rest) = body.split_at(body.len() / 2);
    let mut s = connect(service.addr);
    write!(
        s,
        "POST /v1/check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{first}",
        body.len()
    )
    .expect("writes");
    // Let the service read the headers: the request is then in flight.
    std::thread::sleep(Duration::from_millis(300));
    service.terminate();
    std::thread::sleep(Duration::from_millis(300));
    // It takes no new connection...
    assert!(TcpStream::connect(service.addr).is_err(), "still accepting");
    // ...and answers the one in flight in full.
    s.write_all(rest.as_bytes()).expect("the rest");
    let answer = read_answer(&mut s);
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.json()["ready"], false);
    assert_eq!(service.child.wait().expect("it ends").code(), Some(0));
}

#[test]
fn slow_clients_are_cut_off_without_holding_up_others() {
    let service = Service::start(&["--timeout", "1"], &[]);
    // Headers dribbled: the connection is closed.
    let mut headers = connect(service.addr);
    headers
        .write_all(b"POST /v1/check HTTP/1.1\r\nHost: loc")
        .expect("writes");
    // A body dribbled: 408, in JSON.
    let mut body = connect(service.addr);
    body.write_all(b"POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nsome").expect("writes");
    // Meanwhile others are answered.
    for _ in 0..3 {
        assert_eq!(get(service.addr, "/healthz").status, 200);
    }
    let mut rest = Vec::new();
    match headers.read_to_end(&mut rest) {
        Ok(_) => assert!(
            rest.is_empty() || rest.starts_with(b"HTTP/1.1 408"),
            "{}",
            String::from_utf8_lossy(&rest)
        ),
        Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::ConnectionReset, "{e}"),
    }
    let late = read_answer(&mut body);
    assert_eq!(late.status, 408, "{late:?}");
    assert!(late.error().contains("did not arrive in time"));
    assert_eq!(get(service.addr, "/healthz").status, 200);
}

/// Bodies a desk might send: bytes, text, a real ticket damaged, JSON.
fn body_strategy(ticket: String) -> impl Strategy<Value = (Vec<u8>, &'static str)> {
    let content_type = prop::sample::select(vec![
        "text/plain",
        "application/json",
        "text/markdown; charset=utf-8",
        "",
        "application/octet-stream",
    ]);
    let damaged = (prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8))
        .prop_map(move |edits| {
            let mut bytes = ticket.clone().into_bytes();
            for (at, b) in edits {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
            bytes
        });
    let body = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2000),
        any::<String>().prop_map(String::into_bytes),
        damaged,
        (
            any::<String>(),
            prop::option::of(any::<String>()),
            prop::option::of(any::<String>())
        )
            .prop_map(|(body, received_at, policy)| {
                serde_json::json!({"body": body, "received_at": received_at, "policy": policy})
                    .to_string()
                    .into_bytes()
            }),
        "[\\[\\]{}\":,0-9a-z ]{0,200}".prop_map(String::into_bytes),
    ];
    (body, content_type)
}

#[test]
fn a_thousand_fuzzed_bodies_get_no_5xx_and_the_service_goes_on() {
    let service = Service::start(&[], &[]);
    let ticket = ticket();
    let mut runner = TestRunner::new(Config {
        cases: 1000,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&body_strategy(ticket.clone()), |(body, content_type)| {
            let header = format!("Content-Type: {content_type}");
            let headers: &[&str] = if content_type.is_empty() {
                &[]
            } else {
                &[&header]
            };
            let answer = send(service.addr, "POST", "/v1/check", headers, &body);
            prop_assert!(answer.status < 500, "{answer:?}");
            prop_assert!(answer.json().is_object());
            Ok(())
        })
        .expect("no 5xx");
    assert_eq!(get(service.addr, "/healthz").status, 200);
    assert_eq!(post_text(service.addr, &ticket).status, 200);
}

#[test]
fn the_findings_are_in_the_language_asked_for() {
    let service = Service::start(&[], &[]);
    let ticket = ticket();
    let message = |answer: &Answer| {
        assert_eq!(answer.status, 200, "{}", answer.body);
        answer.json()["findings"][0]["message"]
            .as_str()
            .expect("a finding")
            .to_string()
    };
    let late = serde_json::json!({"body": ticket, "received_at": "2024-10-08T09:00Z"});
    assert!(message(&post_json(service.addr, &late)).starts_with("Window 1 ("));
    let mut german = late.clone();
    german["lang"] = "de".into();
    assert!(message(&post_json(service.addr, &german)).starts_with("Zeitfenster 1 ("));
    // Without "lang", Accept-Language chooses; a language the service does
    // not speak falls back to English.
    let accepted = |header: &str| {
        message(&send(
            service.addr,
            "POST",
            "/v1/check",
            &["Content-Type: application/json", header],
            late.to_string().as_bytes(),
        ))
    };
    assert!(accepted("Accept-Language: xx, fr-CH;q=0.9, en;q=0.5").starts_with("Le créneau 1 ("));
    assert!(accepted("Accept-Language: ko").starts_with("Window 1 ("));
    // "lang" wins over the header.
    let answer = send(
        service.addr,
        "POST",
        "/v1/check",
        &["Content-Type: application/json", "Accept-Language: fr"],
        german.to_string().as_bytes(),
    );
    assert!(message(&answer).starts_with("Zeitfenster 1 ("));
    let mut unknown = late.clone();
    unknown["lang"] = "xx".into();
    let answer = post_json(service.addr, &unknown);
    assert_eq!(answer.status, 400);
    assert_eq!(
        answer.error(),
        "lang: the service does not speak “xx”: use one of en, de, fr, es, pt-BR, nl, da, ja, zh-Hans, ar."
    );
}

#[test]
fn the_summary_and_the_errors_are_in_the_language_asked_for() {
    let service = Service::start(&[], &[]);
    let a = service.addr;
    let late = serde_json::json!({"body": ticket(), "received_at": "2024-10-08T09:00Z"});
    let summary = |answer: Answer| {
        assert_eq!(answer.status, 200, "{}", answer.body);
        answer.json()["summary"]
            .as_str()
            .expect("a summary")
            .to_string()
    };
    let german = "Nicht bereit: Beim Eingang am 2024-10-08 09:00 UTC hat die Anfrage gemessen an Veson IMOS Platform (Version 2024-10-04) 2 Fehler. Laut Ticket wurde es am 2024-10-07 02:00 UTC geprüft. Seit der Prüfung durch den Kunden sind 2 Prüfergebnisse hinzugekommen.";
    let mut by_key = late.clone();
    by_key["lang"] = "de".into();
    assert_eq!(summary(post_json(a, &by_key)), german);
    let by_header = send(
        a,
        "POST",
        "/v1/check",
        &[
            "Content-Type: application/json",
            "Accept-Language: de-AT, en;q=0.5",
        ],
        late.to_string().as_bytes(),
    );
    assert_eq!(summary(by_header), german);
    // What the service says itself when it cannot check, in German too.
    let de = |content_type: &str, body: &[u8]| {
        let answer = send(
            a,
            "POST",
            "/v1/check",
            &[content_type, "Accept-Language: de"],
            body,
        );
        format!("{} {}", answer.status, answer.error())
    };
    let json = |v: Value| de("Content-Type: application/json", v.to_string().as_bytes());
    let answers = [
        de(
            "Content-Type: text/plain",
            b"Hello, please refresh our test system.",
        ),
        json(serde_json::json!({"body": ticket(), "policy": "acme"})),
        json(serde_json::json!({"body": "x", "received_at": "tomorrow"})),
        json(serde_json::json!({"body": "x", "lang": "xx"})),
        de("Content-Type: application/json", b"{\"body\": "),
        de("Content-Type: application/xml", b"<ticket/>"),
        de("Content-Type: text/plain", &vec![b'x'; 300 * 1024]),
    ]
    .join("\n");
    // The answers of the router and its layers too.
    let layer = |method: &str, path: &str| {
        let answer = send(a, method, path, &["Accept-Language: de"], b"");
        format!("{} {}", answer.status, answer.error())
    };
    assert_eq!(
        [layer("GET", "/v2/check"), layer("GET", "/v1/check")].join("\n"),
        "404 Diesen Pfad gibt es nicht: Der Dienst beantwortet POST /v1/check, GET /v1/policies und GET /healthz.\n\
         405 Dieser Pfad nimmt diese Methode nicht an: Der Allow-Header nennt die erlaubten (POST für /v1/check, GET für /v1/policies und /healthz)."
    );
    // The JSON parser's own detail stays as serde_json words it.
    insta::assert_snapshot!(answers, @r#"
    422 Keine Anfrage gefunden: Der Text enthält keine refresh-request-Daten (-----BEGIN REFRESH-REQUEST DATA v1-----) und ist kein JSON-Objekt einer Anfrage.
    422 Unbekannte Richtlinie „acme“: Dieser Dienst kennt veson-imos, clarity-saas (legen Sie eine Richtliniendatei in sein --policy-dir).
    400 received_at: Datum und Uhrzeit in UTC erwartet, etwa 2024-10-09 02:00 (oder 2024-10-09T02:00Z), gefunden: „tomorrow“
    400 lang: Der Dienst spricht „xx“ nicht: Verwenden Sie eine von en, de, fr, es, pt-BR, nl, da, ja, zh-Hans, ar.
    400 Der Body ist kein gültiges JSON: EOF while parsing a value at line 1 column 9.
    415 Content-Type application/xml wird nicht gelesen: Senden Sie das Ticket als text/plain oder JSON {"body": "…"} als application/json.
    413 Der Body ist größer als 256 KB: Senden Sie nur den Body des Tickets.
    "#);
}

/// A long ticket is checked on a blocking thread under the time limit, a
/// short one where it was read: the answers are the command's either way.
#[test]
fn a_long_ticket_answers_what_check_json_prints_too() {
    let service = Service::start(&[], &[]);
    // A help center's quoted thread above the ticket: 400 more lines.
    let long = format!("{}{}", "> earlier message\n".repeat(400), ticket());
    let received = "2024-10-08T09:00Z";
    let answer = post_json(
        service.addr,
        &serde_json::json!({"body": long, "received_at": received}),
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    let (printed, _) = command(&["check", "-", "--json", "--received", received], &long);
    let printed: Value = serde_json::from_str(&printed).expect("JSON");
    assert_eq!(answer.json(), printed);
    assert_eq!(answer.json()["ticket"]["edits"], serde_json::json!([]));
}
