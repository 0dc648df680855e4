//! `refresh-request serve`: the desk's check as a small HTTP service, for a
//! help desk's automation (a web request step, a webhook). It keeps no state
//! between requests, so it scales by running more copies.
//!
//! axum routes and extracts; the connection loop is hyper-util's, as in
//! axum's own "serve with hyper" example, because it exposes what
//! `axum::serve` does not: a time limit on reading a request's headers.

mod access_log;
mod app;
mod check;
mod policy_dir;
mod refusal;
mod token;

use crate::{Failure, Outcome};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use refresh_request_core::catalog::Catalog;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

/// How long requests in flight may take to finish after SIGTERM.
const GRACE: Duration = Duration::from_secs(30);

/// What `serve` was given on the command line.
pub struct Options {
    pub listen: SocketAddr,
    pub policy_dir: Option<PathBuf>,
    pub token_env: Option<String>,
    /// How long a client has to send a request's headers, then the whole request.
    pub timeout: Duration,
}

/// Serves until SIGTERM (or Ctrl-C), then finishes what is in flight.
pub fn run(options: Options) -> Result<Outcome, Failure> {
    let catalog = match &options.policy_dir {
        Some(dir) => policy_dir::load(dir)?,
        None => Catalog::default(),
    };
    let token = options
        .token_env
        .as_deref()
        .map(token::from_env)
        .transpose()?;
    let state = app::AppState {
        catalog: Arc::new(catalog),
        token,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure(format!("cannot start the service: {e}")))?;
    runtime.block_on(serve(
        options.listen,
        app::router(state, options.timeout),
        options.timeout,
    ))?;
    Ok(Outcome::Fine)
}

async fn serve(
    listen: SocketAddr,
    router: axum::Router,
    header_timeout: Duration,
) -> Result<(), Failure> {
    let listener = TcpListener::bind(listen)
        .await
        .map_err(|e| Failure(format!("cannot listen on {listen}: {e}")))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Failure(format!("cannot listen on {listen}: {e}")))?;
    // With --listen …:0 this line is how a caller learns the port.
    eprintln!("refresh-request: listening on http://{bound}");

    let mut http = hyper::server::conn::http1::Builder::new();
    // A client that dribbles its headers is cut off; the body has the
    // request timeout (a tower layer, app.rs).
    http.timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let graceful = GracefulShutdown::new();
    let mut stop = pin!(stop_signal());
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _peer)) => stream,
                    Err(e) => {
                        // Out of file descriptors, say: wait rather than spin.
                        eprintln!("refresh-request: accept: {e}");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let service = TowerToHyperService::new(router.clone());
                let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
                tokio::spawn(async move {
                    // A client that hangs up or times out is no error of ours.
                    let _ = connection.await;
                });
            }
            () = &mut stop => break,
        }
    }
    drop(listener);
    eprintln!("refresh-request: stopping: no new connections, finishing the requests in flight");
    tokio::select! {
        () = graceful.shutdown() => eprintln!("refresh-request: stopped"),
        () = tokio::time::sleep(GRACE) => eprintln!("refresh-request: stopped after {} s with requests still in flight", GRACE.as_secs()),
    }
    Ok(())
}

/// SIGTERM (what a service manager or a container platform sends) or Ctrl-C.
async fn stop_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
