//! Printing a self-contained HTML page to PDF with the real Chromium (`HIROBA_CHROMIUM`): flyers
//! and certificates. Chromium lays out every script the platform serves (Burmese shaping
//! included) with the system's fonts and embeds the subsets it uses in the PDF.

use std::time::Duration;

/// Print a self-contained HTML page to PDF with headless Chromium, in a temporary folder that is
/// removed afterwards; no network, no JavaScript needed by the page, 30 seconds at most.
pub async fn print_html(chromium: &std::path::Path, html: &str) -> Result<Vec<u8>, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let page = dir.path().join("flyer.html");
    let out = dir.path().join("flyer.pdf");
    std::fs::write(&page, html).map_err(|e| e.to_string())?;
    let mut cmd = tokio::process::Command::new(chromium);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-pdf-header-footer",
    ])
    .arg(format!("--user-data-dir={}", dir.path().join("profile").display()))
    .arg(format!("--print-to-pdf={}", out.display()))
    .arg(format!("file://{}", page.display()))
    .stdout(std::process::Stdio::null())
    .stderr(std::process::Stdio::null())
    .kill_on_drop(true);
    let status = tokio::time::timeout(Duration::from_secs(30), cmd.status())
        .await
        .map_err(|_| "chromium did not finish printing within 30 s".to_string())?
        .map_err(|e| format!("starting {}: {e}", chromium.display()))?;
    if !status.success() {
        return Err(format!("chromium exited with {status}"));
    }
    std::fs::read(&out).map_err(|e| format!("reading the PDF: {e}"))
}
