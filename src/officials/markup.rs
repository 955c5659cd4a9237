//! HTML written as text, for the officials' read-only tables and lists (the
//! app shows it with `Html::from_html_unchecked`): far less code in the
//! browser bundle than a virtual-DOM node per cell. Every text and attribute
//! value goes through [`escape`], so a pasted pack cannot inject markup.

/// Appends `s` with `&`, `<`, `>`, `"` and `'` escaped.
pub fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A piece of HTML being written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup(pub String);

impl Markup {
    pub fn new() -> Markup {
        Markup(String::with_capacity(4096))
    }

    /// `<tag name="value" …>`; attributes with an empty value are left out.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            if !value.is_empty() {
                self.0.push(' ');
                self.0.push_str(name);
                self.0.push_str("=\"");
                escape(&mut self.0, value);
                self.0.push('"');
            }
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Markup {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    pub fn text(&mut self, t: &str) -> &mut Markup {
        escape(&mut self.0, t);
        self
    }

    /// `<tag …>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Markup {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// `<a href="…">text</a>`.
    pub fn link(&mut self, href: &str, text: &str) -> &mut Markup {
        self.el("a", &[("href", href)], text)
    }

    /// `<option value="…" selected>text</option>` (the value written even when empty).
    pub fn option(&mut self, value: &str, text: &str, selected: bool) -> &mut Markup {
        self.0.push_str("<option value=\"");
        escape(&mut self.0, value);
        self.0
            .push_str(if selected { "\" selected>" } else { "\">" });
        self.text(text).close("option")
    }

    pub fn finish(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_cannot_make_markup() {
        let mut m = Markup::new();
        m.open("p", &[("title", "a\"b<c>"), ("id", "")])
            .text("<script>alert('x') & </script>")
            .close("p");
        assert_eq!(
            m.finish(),
            "<p title=\"a&quot;b&lt;c&gt;\">&lt;script&gt;alert(&#39;x&#39;) &amp; &lt;/script&gt;</p>"
        );
    }

    #[test]
    fn elements_and_links() {
        let mut m = Markup::new();
        m.el("td", &[("data-key", "4 working")], "不超过 4 个工作日")
            .link("#/rules/liuzhou#time_limits-0", "柳州")
            .option("", "All", true);
        assert_eq!(
            m.finish(),
            "<td data-key=\"4 working\">不超过 4 个工作日</td><a href=\"#/rules/liuzhou#time_limits-0\">柳州</a><option value=\"\" selected>All</option>"
        );
    }
}
