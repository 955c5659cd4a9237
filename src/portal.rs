//! Where a portal's policy pack (`policy=<url>`) may come from. The page
//! belongs to its deployer: a link must not be able to put someone else's
//! words on it. The deployer lists the allowed origins in the page's
//! Content-Security-Policy (`connect-src`, written from policy-origins.txt by
//! the release build and editable in dist/index.html without rebuilding); the
//! page's own origin is always allowed, and nothing else.

use crate::text::Lang;

/// The most a pack may weigh, in bytes (the built-in data is ~250 KB).
pub const MAX_PACK_BYTES: usize = 2 * 1024 * 1024;

/// Why a pack address is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not an http(s) address (`javascript:`, `data:`, `file:`…).
    NotHttp { scheme: String },
    /// An origin the deployer has not allowed.
    OtherOrigin { origin: String },
    /// The server redirected the request (the pack must be where the link says).
    Redirected,
    /// Larger than [`MAX_PACK_BYTES`].
    TooLarge,
    /// Not a usable address at all.
    BadAddress,
}

/// Origins packs may come from: the page's own, and every full origin
/// (`https://host[:port]`) in the CSP's `connect-src`. Scheme-only or wildcard
/// sources allow connections but not packs.
pub fn allowed_origins(csp: Option<&str>, page_origin: &str) -> Vec<String> {
    let mut out = vec![page_origin.to_string()];
    let Some(csp) = csp else {
        return out;
    };
    for directive in csp.split(';') {
        let mut words = directive.split_whitespace();
        if !words
            .next()
            .is_some_and(|d| d.eq_ignore_ascii_case("connect-src"))
        {
            continue;
        }
        for w in words {
            if let Some(o) = full_origin(w) {
                if !out.contains(&o) {
                    out.push(o);
                }
            }
        }
    }
    out
}

/// `https://Portal.Example:443/` → `https://portal.example`; `None` for
/// anything that is not exactly one http(s) origin.
fn full_origin(source: &str) -> Option<String> {
    let (scheme, rest) = source.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let host_port = rest.strip_suffix('/').unwrap_or(rest);
    let ok = !host_port.is_empty()
        && host_port
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    if !ok {
        return None;
    }
    let host_port = host_port.to_ascii_lowercase();
    let default = if scheme == "https" { ":443" } else { ":80" };
    let host_port = host_port.strip_suffix(default).unwrap_or(&host_port);
    Some(format!("{scheme}://{host_port}"))
}

/// Checks a pack address the browser has resolved against the page: its
/// scheme (`https:`) and origin (`https://host`, as `URL.origin` gives it).
pub fn check(protocol: &str, origin: &str, allowed: &[String]) -> Result<(), Refusal> {
    let scheme = protocol.trim_end_matches(':').to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(Refusal::NotHttp { scheme });
    }
    if allowed.iter().any(|a| a == origin) {
        Ok(())
    } else {
        Err(Refusal::OtherOrigin {
            origin: origin.to_string(),
        })
    }
}

impl Refusal {
    /// Why, in the page's language.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang.here()) {
            (Refusal::NotHttp { scheme }, Lang::En) => format!("“{scheme}:” addresses cannot supply policy data; only web addresses (https) of allowed sites can."),
            (Refusal::NotHttp { scheme }, Lang::ZhHant) => format!("「{scheme}:」位址不能提供政策資料，只接受獲准網站的網址（https）。"),
            (Refusal::NotHttp { scheme }, Lang::ZhHans) => format!("“{scheme}:”地址不能提供政策数据，只接受获准网站的网址（https）。"),
            (Refusal::OtherOrigin { origin }, Lang::En) => format!("{origin} is not one of the sites this page's owner allows to supply policy data."),
            (Refusal::OtherOrigin { origin }, Lang::ZhHant) => format!("{origin} 不在本頁網站允許提供政策資料的網站之列。"),
            (Refusal::OtherOrigin { origin }, Lang::ZhHans) => format!("{origin} 不在本页网站允许提供政策数据的网站之列。"),
            (Refusal::Redirected, Lang::En) => "The address redirects elsewhere; policy data must come from the address itself.".into(),
            (Refusal::Redirected, Lang::ZhHant) => "該位址轉址到其他位置；政策資料必須來自該位址本身。".into(),
            (Refusal::Redirected, Lang::ZhHans) => "该地址重定向到其他位置；政策数据必须来自该地址本身。".into(),
            (Refusal::TooLarge, Lang::En) => format!("The file is larger than {} MB.", MAX_PACK_BYTES / (1024 * 1024)),
            (Refusal::TooLarge, Lang::ZhHant) => format!("檔案超過 {} MB。", MAX_PACK_BYTES / (1024 * 1024)),
            (Refusal::TooLarge, Lang::ZhHans) => format!("文件超过 {} MB。", MAX_PACK_BYTES / (1024 * 1024)),
            (Refusal::BadAddress, Lang::En) => "The address is not a web address.".into(),
            (Refusal::BadAddress, Lang::ZhHant) => "該位址不是網址。".into(),
            (Refusal::BadAddress, Lang::ZhHans) => "该地址不是网址。".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://gov.example";

    #[test]
    fn by_default_only_the_page_s_own_origin_is_allowed() {
        assert_eq!(allowed_origins(None, PAGE), [PAGE]);
        let csp = "default-src 'self'; connect-src 'self'; script-src 'self'";
        assert_eq!(allowed_origins(Some(csp), PAGE), [PAGE]);
    }

    #[test]
    fn full_origins_in_connect_src_are_allowed_and_wildcards_are_not() {
        let csp = "script-src 'self' https://cdn.example; CONNECT-SRC 'self' https://Portal.Example:443/ http://10.0.0.2:8080 https: *.example.org https://a.example/path";
        assert_eq!(
            allowed_origins(Some(csp), PAGE),
            [PAGE, "https://portal.example", "http://10.0.0.2:8080"]
        );
    }

    #[test]
    fn hostile_addresses_are_refused() {
        let allowed = allowed_origins(Some("connect-src 'self' https://portal.example"), PAGE);
        assert_eq!(check("https:", PAGE, &allowed), Ok(()));
        assert_eq!(check("https:", "https://portal.example", &allowed), Ok(()));
        assert_eq!(
            check("https:", "https://other.example", &allowed),
            Err(Refusal::OtherOrigin {
                origin: "https://other.example".into()
            })
        );
        // A look-alike: userinfo makes the browser's origin the attacker's host.
        assert!(check("https:", "https://evil.example", &allowed).is_err());
        for scheme in ["javascript:", "data:", "file:", "blob:"] {
            assert!(matches!(
                check(scheme, "null", &allowed),
                Err(Refusal::NotHttp { .. })
            ));
        }
        // Same host, other port or scheme: another origin.
        assert!(check("http:", "http://gov.example", &allowed).is_err());
        assert!(check("https:", "https://gov.example:8443", &allowed).is_err());
    }

    #[test]
    fn every_refusal_is_explained_in_three_languages() {
        let all = [
            Refusal::NotHttp {
                scheme: "javascript".into(),
            },
            Refusal::OtherOrigin {
                origin: "https://other.example".into(),
            },
            Refusal::Redirected,
            Refusal::TooLarge,
            Refusal::BadAddress,
        ];
        for r in all {
            for lang in Lang::ALL {
                assert!(!r.message(lang).is_empty());
            }
            assert_ne!(r.message(Lang::En), r.message(Lang::ZhHans));
        }
    }
}

/// Why a portal's pack is not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackProblem {
    /// The address is not allowed (never fetched, or a redirect refused).
    Refused(Refusal),
    /// The server gave an HTTP error status.
    Status(u16),
    /// The request failed (network, CORS); the browser's words.
    Network(String),
    /// No answer within this many seconds.
    TimedOut(u32),
    /// The pack is not valid: one problem with its path.
    Invalid(crate::policy::PolicyError),
}

impl PackProblem {
    /// The problem in the page's language (a pack problem with its path).
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang.here()) {
            (PackProblem::Refused(r), _) => r.message(lang),
            (PackProblem::Invalid(e), Lang::En) => {
                format!("{}: {}", e.path_in(lang), e.message_in(lang))
            }
            (PackProblem::Invalid(e), _) => format!("{}：{}", e.path_in(lang), e.message_in(lang)),
            (PackProblem::Status(s), Lang::En) => format!("The server answered HTTP {s}."),
            (PackProblem::Status(s), Lang::ZhHant) => format!("伺服器回應 HTTP {s}。"),
            (PackProblem::Status(s), Lang::ZhHans) => format!("服务器返回 HTTP {s}。"),
            (PackProblem::Network(m), Lang::En) => format!("It could not be fetched ({m})."),
            (PackProblem::Network(m), Lang::ZhHant) => format!("無法取得（{m}）。"),
            (PackProblem::Network(m), Lang::ZhHans) => format!("无法获取（{m}）。"),
            (PackProblem::TimedOut(n), Lang::En) => format!("No answer within {n} seconds."),
            (PackProblem::TimedOut(n), Lang::ZhHant) => format!("{n} 秒內沒有回應。"),
            (PackProblem::TimedOut(n), Lang::ZhHans) => format!("{n} 秒内没有响应。"),
        }
    }
}
