//! Connection capacity (报装容量) and power factor: parsing what people type,
//! exact integer arithmetic, and comparison across kVA and kW.
//!
//! A capacity is stored as a whole number of VA (for kVA) or W (for kW); no
//! floating point is used anywhere, so comparisons against a cap are exact.
//! Converting between kVA and kW needs a power factor: kVA × pf = kW.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::text::Text;
use crate::tr;

/// Largest accepted capacity, in VA or W: 1,000,000 kVA (1,000 MVA) or 1,000,000 kW.
pub const MAX_AMOUNT: u64 = 1_000_000_000;

/// Full-width ASCII (U+FF01..U+FF5E) -> ASCII, U+3000 ideographic space -> ' '. Leaves other chars.
pub fn to_halfwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// The unit a capacity is stated in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Unit {
    /// Apparent power (transformer rating).
    #[default]
    #[serde(rename = "kVA")]
    Kva,
    /// Active power.
    #[serde(rename = "kW")]
    Kw,
}

impl Unit {
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Kva => "kVA",
            Unit::Kw => "kW",
        }
    }

    pub fn name(self) -> Text {
        match self {
            Unit::Kva => tr!("千伏安", "千伏安", "kVA (apparent power)"),
            Unit::Kw => tr!("千瓦", "千瓦", "kW (active power)"),
        }
    }
}

/// Power factor in thousandths: 900 = 0.9. Valid 0.5..=1.0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PowerFactor(pub u16);

impl PowerFactor {
    /// The common planning value for low-voltage business loads.
    pub const DEFAULT: PowerFactor = PowerFactor(900);
    pub const MIN: PowerFactor = PowerFactor(500);
    pub const MAX: PowerFactor = PowerFactor(1000);

    pub fn is_valid(self) -> bool {
        (Self::MIN.0..=Self::MAX.0).contains(&self.0)
    }

    /// Thousandths as u128, never 0 (guards against a deserialized invalid value).
    fn milli(self) -> u128 {
        u128::from(self.0.max(1))
    }
}

impl Default for PowerFactor {
    fn default() -> Self {
        PowerFactor::DEFAULT
    }
}

impl fmt::Display for PowerFactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&thousandths_str(u64::from(self.0)))
    }
}

/// `n / 1000` written with at most 3 decimals, trailing zeros trimmed.
pub fn thousandths_str(n: u64) -> String {
    let (whole, frac) = (n / 1000, n % 1000);
    if frac == 0 {
        whole.to_string()
    } else {
        let mut s = format!("{whole}.{frac:03}");
        s.truncate(s.trim_end_matches('0').len());
        s
    }
}

/// A capacity as an exact integer amount: VA when unit is Kva, W when unit is Kw. Never a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Capacity {
    pub amount: u64,
    pub unit: Unit,
    /// False when the applicant typed a bare number and kVA was assumed.
    pub unit_given: bool,
}

/// `num / den` rounded to the nearest integer (halves up).
fn div_round(num: u128, den: u128) -> u128 {
    (num + den / 2) / den
}

fn saturate(v: u128) -> u64 {
    u64::try_from(v).unwrap_or(u64::MAX)
}

impl Capacity {
    /// `kilo(160, Unit::Kva)` is 160 kVA (160,000 VA), with the unit given.
    pub const fn kilo(value_kilo: u64, unit: Unit) -> Capacity {
        Capacity {
            amount: value_kilo.saturating_mul(1000),
            unit,
            unit_given: true,
        }
    }

    /// "160", "12.5", "0.5": the amount in kilo-units, trailing zeros trimmed, at most 3 decimals.
    pub fn kilo_str(&self) -> String {
        thousandths_str(self.amount)
    }

    /// Exact comparison of `self` against `limit`, in the limit's unit. When the units
    /// differ, converts with `pf` (kVA × pf = kW) by integer cross-multiplication.
    pub fn cmp_to(&self, limit: &Capacity, pf: PowerFactor) -> Ordering {
        let (a, b, p) = (
            u128::from(self.amount),
            u128::from(limit.amount),
            pf.milli(),
        );
        match (self.unit, limit.unit) {
            (x, y) if x == y => a.cmp(&b),
            // self in kW = a × p / 1000
            (Unit::Kva, Unit::Kw) => (a * p).cmp(&(b * 1000)),
            // self in kVA = a × 1000 / p
            (Unit::Kw, Unit::Kva) => (a * 1000).cmp(&(b * p)),
            _ => unreachable!(),
        }
    }

    /// `self` expressed in `unit` (rounded to the nearest VA/W), for display. Same unit returns self.
    pub fn in_unit(&self, unit: Unit, pf: PowerFactor) -> Capacity {
        if unit == self.unit {
            return *self;
        }
        let (a, p) = (u128::from(self.amount), pf.milli());
        let amount = match unit {
            Unit::Kw => div_round(a * p, 1000),
            Unit::Kva => div_round(a * 1000, p),
        };
        Capacity {
            amount: saturate(amount),
            unit,
            unit_given: true,
        }
    }

    /// How far `self` is above `limit`, in the limit's unit (0 when not above).
    /// The difference is rounded up to the next VA/W, so the result is non-zero
    /// exactly when [`Capacity::cmp_to`] says `Greater`.
    pub fn excess_over(&self, limit: &Capacity, pf: PowerFactor) -> Capacity {
        let (a, b, p) = (
            u128::from(self.amount),
            u128::from(limit.amount),
            pf.milli(),
        );
        // self in the limit's unit as the fraction num / den
        let (num, den) = match (self.unit, limit.unit) {
            (x, y) if x == y => (a, 1),
            (Unit::Kva, Unit::Kw) => (a * p, 1000),
            (Unit::Kw, Unit::Kva) => (a * 1000, p),
            _ => unreachable!(),
        };
        let over = num.saturating_sub(b * den);
        let amount = over.div_ceil(den);
        Capacity {
            amount: saturate(amount),
            unit: limit.unit,
            unit_given: true,
        }
    }
}

/// "160 kVA", "12.5 kW". A capacity whose unit was not given (a bare number that
/// was taken as kVA) prints as the bare number, so that it parses back unchanged,
/// `unit_given` included; use [`Capacity::kilo_str`] and [`Unit::symbol`] to always show the unit.
impl fmt::Display for Capacity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.unit_given {
            write!(f, "{} {}", self.kilo_str(), self.unit.symbol())
        } else {
            f.write_str(&self.kilo_str())
        }
    }
}

/// Why a capacity or power factor could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CapacityError {
    /// Nothing was typed.
    Empty,
    /// Not a number (the text as typed).
    NotANumber(String),
    /// The capacity is zero.
    Zero,
    /// The capacity is below zero.
    Negative,
    /// NaN or infinity.
    NotFinite,
    /// Above [`MAX_AMOUNT`].
    TooLarge,
    /// More decimals than the unit's resolution (1 VA / 1 W).
    TooPrecise,
    /// A unit that is not kVA/kW/MVA/MW/VA/W (the unit as typed).
    UnknownUnit(String),
    /// A power factor outside 0.5..=1 (the text as typed).
    PowerFactorOutOfRange(String),
    /// A power factor with more than 3 decimals (the text as typed).
    PowerFactorTooPrecise(String),
}

/// What kind of thing a wrongly used unit measures.
enum Quantity {
    Voltage,
    Current,
    Energy,
    Reactive,
    Mechanical,
    Other,
}

fn classify_unit(unit: &str) -> Quantity {
    let u = normalize_unit(unit);
    match u.as_str() {
        "kv" | "v" | "mv" | "千伏" | "伏" | "伏特" | "千伏特" | "kilovolt" | "kilovolts"
        | "volt" | "volts" => Quantity::Voltage,
        "a" | "ka" | "amp" | "amps" | "ampere" | "amperes" | "安" | "安培" | "千安" => {
            Quantity::Current
        }
        "kwh" | "mwh" | "wh" | "度" | "千瓦时" | "千瓦時" | "kw/h" => Quantity::Energy,
        "kvar" | "mvar" | "var" | "千乏" | "乏" => Quantity::Reactive,
        "hp" | "horsepower" | "马力" | "馬力" | "匹" | "ps" => Quantity::Mechanical,
        _ => Quantity::Other,
    }
}

/// Gives a hint for text that is not a number, based on what it looks like.
fn number_hint(s: &str) -> Option<Text> {
    let s = to_halfwidth(s);
    let chars: Vec<char> = s.chars().collect();
    let scientific = chars.windows(2).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit()
            && (w[1] == 'e' || w[1] == 'E')
            && chars
                .get(i + 2)
                .is_some_and(|c| c.is_ascii_digit() || *c == '-' || *c == '+')
    });
    if scientific {
        return Some(tr!(
            "请不要使用科学计数法，直接写出数字，例如 1000 而不是 1e3。",
            "請不要使用科學記數法，直接寫出數字，例如 1000 而不是 1e3。",
            "Scientific notation is not accepted: write the number out, for example 1000 instead of 1e3."
        ));
    }
    let spaced = chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1].is_whitespace() && w[2].is_ascii_digit());
    if spaced {
        return Some(tr!(
            "数字中间请不要加空格，例如写 1600 或 1,600。",
            "數字中間請不要加空格，例如寫 1600 或 1,600。",
            "Do not put spaces inside a number: write 1600 or 1,600."
        ));
    }
    if s.contains(',') {
        return Some(tr!(
            "逗号只能用作千位分隔符（如 1,600）；小数请用小数点（如 1.6）。",
            "逗號只能用作千位分隔符（如 1,600）；小數請用小數點（如 1.6）。",
            "A comma may only separate thousands (1,600); for decimals use a point (1.6)."
        ));
    }
    if s.matches('.').count() > 1 {
        return Some(tr!(
            "数字中只能有一个小数点。",
            "數字中只能有一個小數點。",
            "A number can have only one decimal point."
        ));
    }
    None
}

/// Why a unit is not a capacity unit, and what to use instead.
fn unknown_unit_message(unit: &str) -> Text {
    let head = tr!(
        "“{unit}”不是容量单位。",
        "「{unit}」不是容量單位。",
        "“{unit}” is not a unit for capacity.",
        unit = crate::text::echo(unit)
    );
    let why = match classify_unit(unit) {
        Quantity::Voltage => Some(tr!(
            "kV（千伏）是电压；容量以 kVA（千伏安）或 kW（千瓦）计。",
            "kV（千伏）是電壓；容量以 kVA（千伏安）或 kW（千瓦）計。",
            "kV is a voltage; capacity is in kVA or kW."
        )),
        Quantity::Current => Some(tr!(
            "A（安培）是电流；容量以 kVA（千伏安）或 kW（千瓦）计。",
            "A（安培）是電流；容量以 kVA（千伏安）或 kW（千瓦）計。",
            "A (amperes) is a current; capacity is in kVA or kW."
        )),
        Quantity::Energy => Some(tr!(
            "kWh（度）是电量；容量以 kVA（千伏安）或 kW（千瓦）计。",
            "kWh（度）是電量；容量以 kVA（千伏安）或 kW（千瓦）計。",
            "kWh is energy used; capacity is in kVA or kW."
        )),
        Quantity::Reactive => Some(tr!(
            "kvar（千乏）是无功功率；容量以 kVA（千伏安）或 kW（千瓦）计。",
            "kvar（千乏）是無功功率；容量以 kVA（千伏安）或 kW（千瓦）計。",
            "kvar is reactive power; capacity is in kVA or kW."
        )),
        Quantity::Mechanical => Some(tr!(
            "马力是机械功率：1 马力约 0.75 kW，请换算为 kW（千瓦）填写。",
            "馬力是機械功率：1 馬力約 0.75 kW，請換算為 kW（千瓦）填寫。",
            "Horsepower is mechanical power: 1 hp is about 0.75 kW, so convert it and enter kW."
        )),
        Quantity::Other => None,
    };
    let tail = tr!(
        "请使用 kVA（千伏安）或 kW（千瓦）。",
        "請使用 kVA（千伏安）或 kW（千瓦）。",
        "Use kVA (千伏安) or kW (千瓦)."
    );
    match why {
        Some(why) => Text::join(&[head, why], "", " "),
        None => Text::join(&[head, tail], "", " "),
    }
}

impl CapacityError {
    /// A friendly explanation in the three languages.
    pub fn message(&self) -> Text {
        match self {
            CapacityError::Empty => tr!(
                "请填写报装容量，例如 160 kVA 或 150 kW。",
                "請填寫報裝容量，例如 160 kVA 或 150 kW。",
                "Enter the capacity, for example 160 kVA or 150 kW."
            ),
            CapacityError::NotANumber(raw) => {
                let raw = raw.trim();
                let base = tr!(
                    "“{raw}”不是有效的数字。",
                    "「{raw}」不是有效的數字。",
                    "“{raw}” is not a number we can read.",
                    raw = crate::text::echo(raw)
                );
                match number_hint(raw) {
                    Some(hint) => Text::join(&[base, hint], "", " "),
                    None => Text::join(
                        &[
                            base,
                            tr!(
                                "请填写数字和单位，例如 160 kVA 或 150 kW。",
                                "請填寫數字和單位，例如 160 kVA 或 150 kW。",
                                "Write a number and a unit, for example 160 kVA or 150 kW."
                            ),
                        ],
                        "",
                        " ",
                    ),
                }
            }
            CapacityError::Zero => tr!(
                "报装容量必须大于零。",
                "報裝容量必須大於零。",
                "The capacity must be more than zero."
            ),
            CapacityError::Negative => tr!(
                "报装容量不能为负数。",
                "報裝容量不能為負數。",
                "The capacity cannot be negative."
            ),
            CapacityError::NotFinite => tr!(
                "请填写一个具体的数字（不能是无穷大或 NaN）。",
                "請填寫一個具體的數字（不能是無窮大或 NaN）。",
                "Enter an actual number (not infinity or NaN)."
            ),
            CapacityError::TooLarge => tr!(
                "容量过大：本工具最多接受 1,000,000 kVA（1,000 MVA）或 1,000,000 kW（1,000 MW）。请检查数字和单位。",
                "容量過大：本工具最多接受 1,000,000 kVA（1,000 MVA）或 1,000,000 kW（1,000 MW）。請檢查數字和單位。",
                "That is too large: the largest capacity accepted is 1,000,000 kVA (1,000 MVA) or 1,000,000 kW (1,000 MW). Check the number and the unit."
            ),
            CapacityError::TooPrecise => tr!(
                "小数位过多：kVA 和 kW 最多 3 位小数（精确到 1 VA 或 1 W），MVA 和 MW 最多 6 位，VA 和 W 只能是整数。",
                "小數位過多：kVA 和 kW 最多 3 位小數（精確到 1 VA 或 1 W），MVA 和 MW 最多 6 位，VA 和 W 只能是整數。",
                "Too many decimal places: kVA and kW take at most 3 (down to 1 VA or 1 W), MVA and MW at most 6, and VA and W whole numbers only."
            ),
            CapacityError::UnknownUnit(unit) => unknown_unit_message(unit.trim()),
            CapacityError::PowerFactorOutOfRange(raw) => tr!(
                "功率因数“{raw}”超出范围：须在 0.5 到 1 之间，例如 0.9 或 90%。",
                "功率因數「{raw}」超出範圍：須在 0.5 到 1 之間，例如 0.9 或 90%。",
                "The power factor “{raw}” is out of range: it must be between 0.5 and 1, for example 0.9 or 90%.",
                raw = crate::text::echo(raw)
            ),
            CapacityError::PowerFactorTooPrecise(raw) => tr!(
                "功率因数“{raw}”小数位过多：最多 3 位小数，例如 0.855。",
                "功率因數「{raw}」小數位過多：最多 3 位小數，例如 0.855。",
                "The power factor “{raw}” has too many decimal places: use at most 3, for example 0.855.",
                raw = crate::text::echo(raw)
            ),
        }
    }
}

impl fmt::Display for CapacityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().en)
    }
}

impl std::error::Error for CapacityError {}

/// Half-width, with the other minus signs mapped to '-', trimmed.
fn normalize_input(input: &str) -> String {
    to_halfwidth(input)
        .chars()
        .map(|c| match c {
            '\u{2212}' | '\u{FE63}' | '\u{2012}' | '\u{2013}' => '-',
            _ => c,
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Lower-cased, with spaces and the dots people put in "kV·A" removed.
fn normalize_unit(unit: &str) -> String {
    to_halfwidth(unit)
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '·' | '.' | '•' | '・' | '･' | '⋅' | '*' | '∙')
        })
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Unit for a (normalized) unit text and the power of ten from the unit to VA/W.
fn lookup_unit(unit: &str) -> Option<(Unit, u32)> {
    Some(match unit {
        "kva" | "千伏安" => (Unit::Kva, 3),
        "kw" | "千瓦" => (Unit::Kw, 3),
        "mva" | "兆伏安" => (Unit::Kva, 6),
        "mw" | "兆瓦" => (Unit::Kw, 6),
        "va" | "伏安" => (Unit::Kva, 0),
        "w" | "瓦" => (Unit::Kw, 0),
        _ => return None,
    })
}

/// A decimal number split into digit strings.
struct Decimal<'a> {
    negative: bool,
    int: String,
    frac: &'a str,
}

fn is_not_finite(rest: &str) -> bool {
    let lower = rest.to_ascii_lowercase();
    lower.starts_with("nan") || lower.starts_with("inf") || lower.starts_with('∞')
}

/// Splits `s` into sign, number and the rest. Errors are `NotANumber(raw)` / `NotFinite`.
fn split_number<'a>(s: &'a str, raw: &str) -> Result<(Decimal<'a>, &'a str), CapacityError> {
    let nan = || CapacityError::NotANumber(raw.trim().to_string());
    let (negative, body) = match s.strip_prefix('-') {
        Some(b) => (true, b.trim_start()),
        None => (false, s.strip_prefix('+').map_or(s, str::trim_start)),
    };
    if is_not_finite(body) {
        return Err(CapacityError::NotFinite);
    }
    let end = body
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(body.len());
    let (number, rest) = body.split_at(end);
    if number.is_empty() {
        return Err(nan());
    }
    // "1 600" or "1e3"
    if rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nan());
    }
    if rest.starts_with(['e', 'E'])
        && rest
            .chars()
            .nth(1)
            .is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '+')
    {
        return Err(nan());
    }
    let mut parts = number.split('.');
    let int_part = parts.next().unwrap_or("");
    let frac = parts.next().unwrap_or("");
    if parts.next().is_some() || frac.contains(',') || (int_part.is_empty() && frac.is_empty()) {
        return Err(nan());
    }
    let int = if int_part.contains(',') {
        let groups: Vec<&str> = int_part.split(',').collect();
        let first_ok = (1..=3).contains(&groups[0].len());
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return Err(nan());
        }
        groups.concat()
    } else {
        int_part.to_string()
    };
    Ok((
        Decimal {
            negative,
            int,
            frac,
        },
        rest,
    ))
}

impl Decimal<'_> {
    fn is_zero(&self) -> bool {
        self.int.bytes().chain(self.frac.bytes()).all(|b| b == b'0')
    }

    /// Significant fraction digits (trailing zeros dropped).
    fn frac_digits(&self) -> &str {
        self.frac.trim_end_matches('0')
    }

    /// The value × 10^scale, or None when it is beyond any sensible bound.
    /// The caller must have checked that `frac_digits().len() <= scale`.
    fn scaled(&self, scale: u32) -> Option<u128> {
        let int = self.int.trim_start_matches('0');
        if int.len() > 20 {
            return None;
        }
        let mut v: u128 = 0;
        for b in int.bytes() {
            v = v * 10 + u128::from(b - b'0');
        }
        v *= 10u128.pow(scale);
        let frac = self.frac_digits();
        let mut f: u128 = 0;
        for b in frac.bytes() {
            f = f * 10 + u128::from(b - b'0');
        }
        let frac_len = u32::try_from(frac.len()).ok()?;
        f *= 10u128.pow(scale.checked_sub(frac_len)?);
        Some(v + f)
    }
}

/// Parses a capacity as typed: "160", "160 kVA", "１６０ｋＶＡ", "150千瓦", "0.5MVA",
/// "1,600 kVA", "800W", "160 kV·A". A bare number is kVA with `unit_given: false`.
pub fn parse_capacity(input: &str) -> Result<Capacity, CapacityError> {
    let s = normalize_input(input);
    if s.is_empty() {
        return Err(CapacityError::Empty);
    }
    let (number, rest) = split_number(&s, input)?;
    let unit_text = rest.trim();
    let (unit, scale, unit_given) = if unit_text.is_empty() {
        (Unit::Kva, 3, false)
    } else {
        match lookup_unit(&normalize_unit(unit_text)) {
            Some((unit, scale)) => (unit, scale, true),
            None => return Err(CapacityError::UnknownUnit(unit_text.to_string())),
        }
    };
    if number.negative && !number.is_zero() {
        return Err(CapacityError::Negative);
    }
    if number.frac_digits().len() > scale as usize {
        return Err(CapacityError::TooPrecise);
    }
    let amount = number.scaled(scale).ok_or(CapacityError::TooLarge)?;
    if amount == 0 {
        return Err(CapacityError::Zero);
    }
    if amount > u128::from(MAX_AMOUNT) {
        return Err(CapacityError::TooLarge);
    }
    Ok(Capacity {
        amount: saturate(amount),
        unit,
        unit_given,
    })
}

/// Parses a power factor: "0.9", "０.８５", "1", "90%". Must be within 0.5..=1 with at
/// most 3 decimals (at most 1 decimal for a percentage).
pub fn parse_power_factor(input: &str) -> Result<PowerFactor, CapacityError> {
    let s = normalize_input(input);
    if s.is_empty() {
        return Err(CapacityError::Empty);
    }
    let out_of_range = || CapacityError::PowerFactorOutOfRange(input.trim().to_string());
    let (body, scale) = match s.strip_suffix('%') {
        Some(b) => (b.trim_end(), 1),
        None => (s.as_str(), 3),
    };
    let (number, rest) = split_number(body, input)?;
    if !rest.trim().is_empty() || body.contains(',') {
        return Err(CapacityError::NotANumber(input.trim().to_string()));
    }
    if number.frac_digits().len() > scale as usize {
        return Err(CapacityError::PowerFactorTooPrecise(
            input.trim().to_string(),
        ));
    }
    if number.negative && !number.is_zero() {
        return Err(out_of_range());
    }
    let milli = number.scaled(scale).ok_or_else(out_of_range)?;
    if !(500..=1000).contains(&milli) {
        return Err(out_of_range());
    }
    Ok(PowerFactor(
        u16::try_from(milli).map_err(|_| out_of_range())?,
    ))
}
