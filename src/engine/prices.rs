//! An indicative range for the customer's share of the works, from a pack's
//! price table (portal packs only: no seed publishes prices). Money is whole
//! fen, never a float.

use crate::capacity::{Capacity, PowerFactor, Unit};
use crate::policy::{Facts, Jurisdiction, Per, PriceItem, PriceTable, Side};

/// One priced part for this case.
#[derive(Clone, Debug, PartialEq)]
pub struct Line<'a> {
    /// The part.
    pub item: &'a PriceItem,
    /// How many: items, or kVA in thousandths (`None` per metre: the length is not known).
    pub quantity: Option<u64>,
    /// The part's lowest and highest cost in fen (`None` per metre).
    pub range: Option<(u64, u64)>,
    /// Whether the customer pays for it here (grid-side parts are free under zero investment).
    pub customer_pays: bool,
}

/// The customer's share under a price table.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote<'a> {
    /// The table.
    pub table: &'a PriceTable,
    /// Every part, in the table's order.
    pub lines: Vec<Line<'a>>,
    /// The sum of the parts the customer pays that have a total, in fen.
    pub total: (u64, u64),
}

/// `price × quantity / scale`, rounded up to a whole fen.
fn times(price: u64, quantity: u64, scale: u64) -> u64 {
    let p = u128::from(price) * u128::from(quantity);
    u64::try_from(p.div_ceil(u128::from(scale))).unwrap_or(u64::MAX)
}

/// The first price table matching the case, nearest level first.
pub fn table<'a>(chain: &[&'a Jurisdiction], f: &Facts) -> Option<&'a PriceTable> {
    super::first(chain, |j| &j.prices, |t| &t.when, f)
}

/// The customer's share: every part with its quantity and cost; grid-side parts
/// cost the customer nothing when zero investment applies.
pub fn quote<'a>(
    table: &'a PriceTable,
    capacity: &Capacity,
    pf: PowerFactor,
    zero_investment: bool,
) -> Quote<'a> {
    let kva_milli = capacity.in_unit(Unit::Kva, pf).amount; // VA: thousandths of a kVA
    let mut total = (0, 0);
    let lines = table
        .items
        .iter()
        .map(|item| {
            let customer_pays = item.side == Side::Customer || !zero_investment;
            let (quantity, range) = match item.per {
                Per::Each => {
                    let n = u64::from(item.quantity.unwrap_or(1));
                    (
                        Some(n),
                        Some((times(item.min_fen, n, 1), times(item.max_fen, n, 1))),
                    )
                }
                Per::Kva => (
                    Some(kva_milli),
                    Some((
                        times(item.min_fen, kva_milli, 1000),
                        times(item.max_fen, kva_milli, 1000),
                    )),
                ),
                Per::Metre => (None, None),
            };
            if let (true, Some((lo, hi))) = (customer_pays, range) {
                total = (total.0 + lo, total.1 + hi);
            }
            Line {
                item,
                quantity,
                range,
                customer_pays,
            }
        })
        .collect();
    Quote {
        table,
        lines,
        total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capacity::parse_capacity;

    fn item(id: &str, per: Per, min: u64, max: u64, side: Side) -> PriceItem {
        PriceItem {
            id: id.into(),
            per,
            min_fen: min,
            max_fen: max,
            side,
            ..PriceItem::default()
        }
    }

    fn table() -> PriceTable {
        PriceTable {
            items: vec![
                item("transformer", Per::Kva, 15_000, 20_000, Side::Grid),
                item("meter_box", Per::Each, 80_000, 120_000, Side::Grid),
                item("cable", Per::Metre, 9_000, 15_000, Side::Grid),
                item("switchgear", Per::Each, 200_000, 300_000, Side::Customer),
            ],
            ..PriceTable::default()
        }
    }

    #[test]
    fn a_per_kva_price_counts_the_capacity_in_kva_and_metres_are_a_rate_only() {
        let t = table();
        let q = quote(
            &t,
            &parse_capacity("100kVA").unwrap(),
            PowerFactor(900),
            false,
        );
        assert_eq!(q.lines[0].range, Some((1_500_000, 2_000_000)));
        assert_eq!(q.lines[1].range, Some((80_000, 120_000)));
        assert_eq!(q.lines[2].range, None);
        assert_eq!(
            q.total,
            (1_500_000 + 80_000 + 200_000, 2_000_000 + 120_000 + 300_000)
        );
    }

    #[test]
    fn under_zero_investment_only_the_customers_own_side_is_theirs() {
        let t = table();
        let q = quote(
            &t,
            &parse_capacity("100kVA").unwrap(),
            PowerFactor(900),
            true,
        );
        assert_eq!(q.total, (200_000, 300_000));
        assert!(!q.lines[0].customer_pays);
        assert!(q.lines[3].customer_pays);
    }

    #[test]
    fn kw_is_converted_to_kva_and_fractions_round_up_to_a_fen() {
        let t = table();
        // 90 kW at pf 0.9 = 100 kVA.
        let q = quote(
            &t,
            &parse_capacity("90kW").unwrap(),
            PowerFactor(900),
            false,
        );
        assert_eq!(q.lines[0].range, Some((1_500_000, 2_000_000)));
        assert_eq!(times(1, 1, 1000), 1);
        assert_eq!(times(15_000, 100_001, 1000), 1_500_015);
    }
}
