//! The price table's sentence and lines: an indicative range, whose table it is,
//! and what it leaves out.

use super::words::{self, pick_format};
use super::Explainer;
use crate::assessment::{PriceLineView, PricesView};
use crate::engine::prices::Quote;
use crate::policy::Per;
use crate::text::Lang;

/// "按某门户的价格表（2026-03）估算，您需出资约 X–Y 元…".
fn summary(q: &Quote, lang: Lang) -> String {
    let who = q.table.publisher.get(lang);
    let date = &q.table.date;
    let (lo, hi) = (words::yuan(q.total.0), words::yuan(q.total.1));
    let metres = q
        .lines
        .iter()
        .any(|l| l.customer_pays && l.item.per == Per::Metre);
    let tail = match (metres, lang.here()) {
        (true, Lang::En) => ", plus the per-metre parts below (the length is not known yet). An indication only: the utility's supply plan sets what you pay.",
        (false, Lang::En) => ". An indication only: the utility's supply plan sets what you pay.",
        (true, Lang::ZhHant) => "，另加下列按米計價的部分（長度尚不確定）。僅供參考，實際以供電企業的供電方案為準。",
        (false, Lang::ZhHant) => "。僅供參考，實際以供電企業的供電方案為準。",
        (true, _) => "，另加下列按米计价的部分（长度尚不确定）。仅供参考，实际以供电企业的供电方案为准。",
        (false, _) => "。仅供参考，实际以供电企业的供电方案为准。",
    };
    pick_format!(
        lang,
        "按{who}的价格表（{date}）估算，您需出资的部分约为 {lo}–{hi} 元",
        "按{who}的價格表（{date}）估算，您需出資的部分約為 {lo}–{hi} 元",
        "From {who}'s price table ({date}), your share comes to about {lo}–{hi} yuan"
    ) + tail
}

impl Explainer<'_, '_> {
    /// The price table's view, when the pack in use has one for the case.
    pub(super) fn prices(&self) -> Option<PricesView> {
        let q = self.d.quote.as_ref()?;
        let t = q.table;
        Some(PricesView {
            id: t.id.clone(),
            title: t.title.clone(),
            publisher: t.publisher.clone(),
            date: t.date.clone(),
            lines: q
                .lines
                .iter()
                .map(|l| PriceLineView {
                    id: l.item.id.clone(),
                    name: l.item.name.clone(),
                    per: l.item.per,
                    unit_min_yuan: words::yuan(l.item.min_fen),
                    unit_max_yuan: words::yuan(l.item.max_fen),
                    quantity: l.quantity.map(|n| match l.item.per {
                        Per::Kva => crate::capacity::thousandths_str(n),
                        _ => n.to_string(),
                    }),
                    min_yuan: l.range.map(|r| words::yuan(r.0)),
                    max_yuan: l.range.map(|r| words::yuan(r.1)),
                    customer_pays: l.customer_pays,
                    note: l.item.note.clone(),
                })
                .collect(),
            total_min_yuan: words::yuan(q.total.0),
            total_max_yuan: words::yuan(q.total.1),
            summary: self.text(|l| summary(q, l)),
            note: t.note.clone(),
            citation: self.cite(&t.cite),
        })
    }
}
