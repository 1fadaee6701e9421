//! `cargo xtask serve`: a small static file server for `target/site/`.
//!
//! Good enough for trying the widget locally: GET and HEAD, the right content types
//! (`application/wasm` matters for streaming compilation), no directory listings, no
//! way out of the site folder. One thread per connection.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::util::Failure;

/// Serves `site` on 127.0.0.1:`port` until the process is stopped.
pub fn serve(site: &Path, port: u16) -> Result<(), Failure> {
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
        Failure::new(format!(
            "cannot listen on 127.0.0.1:{port}: {e} (is another server running? try --port)"
        ))
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Failure::new(format!("cannot read the server address: {e}")))?;
    println!("\nDatalots is served on http://{addr}/  (Ctrl-C stops it)");
    accept_loop(listener, site.to_path_buf());
    Ok(())
}

/// Answers connections on `listener` forever.
pub fn accept_loop(listener: TcpListener, site: PathBuf) {
    let site = Arc::new(site);
    for stream in listener.incoming().flatten() {
        let site = Arc::clone(&site);
        std::thread::spawn(move || {
            // A client that hangs up mid-request is not our problem.
            let _ = handle(stream, &site);
        });
    }
}

fn handle(mut stream: TcpStream, site: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; nothing in them changes the answer.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let (status, content_type, body) = if method != "GET" && method != "HEAD" {
        (
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            b"405 method not allowed\n".to_vec(),
        )
    } else {
        match resolve(site, target).and_then(|p| fs::read(&p).ok().map(|b| (p, b))) {
            Some((path, bytes)) => ("200 OK", content_type(&path), bytes),
            None => (
                "404 Not Found",
                "text/plain; charset=utf-8",
                b"404 not found\n".to_vec(),
            ),
        }
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Access-Control-Allow-Origin: *\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// Maps a request target such as `/pkg/a.wasm?v=1` to a file inside `site`, or `None`
/// when it would leave the folder or is not valid percent-encoded UTF-8.
pub fn resolve(site: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next()?;
    let decoded = percent_decode(path)?;
    let mut out = site.to_path_buf();
    for part in decoded.split('/') {
        if part.contains('\\') || part.contains('\0') {
            return None;
        }
        match Path::new(part).components().next() {
            None | Some(Component::CurDir) => {}
            Some(Component::Normal(p)) => out.push(p),
            Some(_) => return None,
        }
    }
    if out.is_dir() {
        out.push("index.html");
    }
    Some(out)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("csv") => "text/csv; charset=utf-8",
        Some("ttl") => "text/turtle; charset=utf-8",
        Some("rdf") => "application/rdf+xml",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn temp_site() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-serve-{}", std::process::id()));
        fs::create_dir_all(dir.join("pkg")).unwrap();
        fs::write(dir.join("index.html"), "<!doctype html><title>t</title>").unwrap();
        fs::write(dir.join("pkg/w.wasm"), b"\0asm\x01\0\0\0").unwrap();
        fs::write(dir.join("pkg/a b.js"), "export {}").unwrap();
        dir
    }

    fn get(addr: std::net::SocketAddr, target: &str) -> String {
        let mut s = TcpStream::connect(addr).unwrap();
        write!(s, "GET {target} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).unwrap();
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn paths_stay_inside_the_site() {
        let site = temp_site();
        assert_eq!(resolve(&site, "/"), Some(site.join("index.html")));
        assert_eq!(
            resolve(&site, "/pkg/w.wasm?x=1"),
            Some(site.join("pkg/w.wasm"))
        );
        assert_eq!(
            resolve(&site, "/pkg/a%20b.js"),
            Some(site.join("pkg/a b.js"))
        );
        assert_eq!(resolve(&site, "/../etc/passwd"), None);
        assert_eq!(resolve(&site, "/pkg/%2e%2e/%2e%2e/secret"), None);
        assert_eq!(resolve(&site, "/a%zz"), None);
        assert_eq!(resolve(&site, "/a%ff"), None);
    }

    #[test]
    fn serves_files_with_their_content_types() {
        let site = temp_site();
        let listener = TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || accept_loop(listener, site));

        let index = get(addr, "/");
        assert!(index.starts_with("HTTP/1.1 200 OK\r\n"), "{index}");
        assert!(index.contains("Content-Type: text/html; charset=utf-8\r\n"));
        assert!(index.ends_with("<!doctype html><title>t</title>"));

        let wasm = get(addr, "/pkg/w.wasm");
        assert!(
            wasm.contains("Content-Type: application/wasm\r\n"),
            "{wasm}"
        );
        assert!(wasm.contains("Content-Length: 8\r\n"));

        assert!(get(addr, "/missing.js").starts_with("HTTP/1.1 404"));
        assert!(get(addr, "/../Cargo.toml").starts_with("HTTP/1.1 404"));
    }
}
