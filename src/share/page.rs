//! The phone page, compiled in: the server reads nothing from disk, and a
//! page needs no framework, no build step and no other host.

use axum::body::Body;
use axum::http::{HeaderValue, header};
use axum::response::Response;

/// One embedded file and the type it is served as.
pub struct Asset {
    /// Its bytes.
    pub body: &'static str,
    /// Its `Content-Type`.
    pub content_type: &'static str,
}

/// `GET /`.
pub const PAGE: Asset = Asset {
    body: include_str!("../../assets/phone/index.html"),
    content_type: "text/html; charset=utf-8",
};

/// `GET /phone.js`.
pub const SCRIPT: Asset = Asset {
    body: include_str!("../../assets/phone/phone.js"),
    content_type: "text/javascript; charset=utf-8",
};

/// `GET /phone.css`.
pub const STYLE: Asset = Asset {
    body: include_str!("../../assets/phone/phone.css"),
    content_type: "text/css; charset=utf-8",
};

/// `GET /worksheet.js`: the participant's own worksheet, kept in the
/// browser, loaded beside the live page.
pub const WORKSHEET: Asset = Asset {
    body: include_str!("../../assets/phone/worksheet.js"),
    content_type: "text/javascript; charset=utf-8",
};

/// The live page's whole weight: page, script and style.
pub fn total_bytes() -> usize {
    PAGE.body.len() + SCRIPT.body.len() + STYLE.body.len()
}

/// The asset as a response, with a policy that keeps the page to this
/// server: no other host for scripts, styles, fonts, images or requests.
pub fn respond(asset: Asset) -> Response {
    let mut response = Response::new(Body::from(asset.body));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; \
             connect-src 'self'; img-src 'self' data:; media-src 'self'; \
             base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    // The page changes with the app, never while it runs.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// The worksheet script's weight.
pub fn worksheet_bytes() -> usize {
    WORKSHEET.body.len()
}
