//! Where the equipment list's figure falls: the same engine the result uses,
//! run on the answers given so far with the connected load as the capacity.
//! No rule is restated here: the caps, ranges and citations are the engine's.

use super::load::Totals;
use super::load_strings::L;
use crate::assessment::{Citation, ZeroInvestmentView};
use crate::calendar::Calendar;
use crate::capacity::Capacity;
use crate::explain::words;
use crate::model::{Application, Draft, Field, Voltage};
use crate::policy::PolicyPack;
use crate::text::Lang;
use chrono::NaiveDate;

/// The figure against the place's low-voltage range, as the engine infers the voltage.
#[derive(Clone, Debug, PartialEq)]
pub struct LvPlacement {
    /// The top of the low-voltage range the engine used.
    pub max: Capacity,
    pub within: bool,
    /// The figure in the range's unit, when that is not kW (at the power factor in use).
    pub converted: Option<Capacity>,
    pub citation: Option<Citation>,
}

/// The figure against the place's rules.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    /// The place compared with, in the page's language.
    pub place: String,
    /// False when no place was answered and the national baseline is used.
    pub place_given: bool,
    /// The zero-investment verdict for the figure, its sentences in the page's language.
    pub zero: ZeroInvestmentView,
    /// `None` when no rule sets a low-voltage range.
    pub lv: Option<LvPlacement>,
    /// The power factor the conversions use ("0.9").
    pub power_factor: String,
}

/// The application the form would make with the figure as its capacity. The
/// voltage is left open so that the engine infers it from the capacity; an
/// answer that does not parse is left out (the form shows its own message),
/// and without a place the national baseline is used.
fn application(pack: &PolicyPack, draft: &Draft, totals: &Totals) -> Option<(Application, bool)> {
    let ids = pack.ids();
    let mut d = draft.clone();
    d.set(Field::Capacity, totals.capacity_answer());
    d.set(Field::Voltage, "");
    let mut place_given = !d.get(Field::Jurisdiction).trim().is_empty();
    for _ in 0..2 {
        match Application::parse(&d, &ids) {
            Ok(app) => return Some((app, place_given)),
            Err(problems) => {
                for p in problems {
                    if p.field == Field::Jurisdiction {
                        place_given = false;
                        d.set(Field::Jurisdiction, "national");
                    } else {
                        d.set(p.field, "");
                    }
                }
            }
        }
    }
    None
}

/// Where the connected load falls, or `None` when there is no usable figure.
pub fn placement(
    pack: &PolicyPack,
    draft: &Draft,
    totals: &Totals,
    today: NaiveDate,
    lang: Lang,
) -> Option<Placement> {
    if !totals.usable() {
        return None;
    }
    let (app, place_given) = application(pack, draft, totals)?;
    let decision = crate::decide(pack, &app, Calendar::shared(), today);
    let a = crate::explain::assessment(&decision, crate::explain::Langs::only(lang));
    let lv = decision.main.voltage_rule.map(|r| {
        let max = r.lv_max.capacity();
        LvPlacement {
            max,
            within: decision.main.facts.voltage == Voltage::Lv,
            converted: (max.unit != app.capacity.unit)
                .then(|| app.capacity.in_unit(max.unit, app.power_factor)),
            citation: a.voltage_citation.clone(),
        }
    });
    Some(Placement {
        place: a.jurisdiction_name.get(lang).to_string(),
        place_given,
        zero: a.zero_investment,
        lv,
        power_factor: app.power_factor.to_string(),
    })
}

impl Placement {
    /// "36 kW: within the low-voltage range (up to 160 kVA)." and, when the
    /// range is in kVA, the conversion at the power factor in use.
    pub fn lv_text(&self, totals: &Totals, lang: Lang) -> String {
        let Some(lv) = &self.lv else {
            return L::LvNone.get(lang).to_string();
        };
        let figure = format!("{} kW", totals.kw());
        let max = words::capacity(&lv.max);
        let key = if lv.within { L::LvWithin } else { L::LvAbove };
        let mut out = key.fill(lang, &[&figure, &max]);
        if let Some(c) = &lv.converted {
            let sep = if lang.here() == Lang::En { " " } else { "" };
            let conv = L::LvConverted.fill(
                lang,
                &[
                    c.unit.symbol(),
                    &self.power_factor,
                    &figure,
                    &words::capacity(c),
                ],
            );
            out = format!("{out}{sep}{conv}");
        }
        out
    }

    /// "Compared with the rules of Liuzhou." (or the national baseline, said so).
    pub fn place_text(&self, lang: Lang) -> String {
        if self.place_given {
            L::PlaceUsed.fill(lang, &[&self.place])
        } else {
            L::PlaceNational.get(lang).to_string()
        }
    }
}
