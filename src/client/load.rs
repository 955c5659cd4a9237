//! "How much capacity do I need?" (`#/load`): an equipment list — type, rated
//! power, count — summed into the connected load, every bad cell named on its
//! row. Browser-free; the page is `views::load`.
//!
//! The list lives in the address as `items=3.5x4,12x1` (kW × count), with an
//! optional type (`ac:3.5x4`). Power is summed in whole watts, never floats.

use super::load_strings::L;
use super::questions::Step;
use super::state::{Focus, HistoryOp, Page, State};
use crate::capacity::{
    parse_capacity, thousandths_str, to_halfwidth, CapacityError, PowerFactor, Unit, MAX_AMOUNT,
};
use crate::model::Field;
use crate::share::decode;

/// Most rows a list holds (a link with more keeps the first ones and says so).
pub const MAX_ROWS: usize = 500;
/// Most items of one kind on one row.
pub const MAX_COUNT: u64 = 100_000;
/// Longest text kept in one cell: nothing longer is a number, and a hostile
/// link cannot make one row expensive.
pub const MAX_CELL_CHARS: usize = 40;

/// The type of equipment on a row. It labels the row; it changes no figure
/// (no demand factor per type is applied: see `docs/load.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EquipmentKind {
    AirConditioner,
    Cooking,
    WaterHeater,
    Refrigeration,
    Lighting,
    Motor,
    EvCharger,
    Other,
}

impl EquipmentKind {
    pub const ALL: [EquipmentKind; 8] = [
        EquipmentKind::AirConditioner,
        EquipmentKind::Cooking,
        EquipmentKind::WaterHeater,
        EquipmentKind::Refrigeration,
        EquipmentKind::Lighting,
        EquipmentKind::Motor,
        EquipmentKind::EvCharger,
        EquipmentKind::Other,
    ];

    /// The type as the address writes it.
    pub fn key(self) -> &'static str {
        match self {
            EquipmentKind::AirConditioner => "ac",
            EquipmentKind::Cooking => "cooking",
            EquipmentKind::WaterHeater => "water_heater",
            EquipmentKind::Refrigeration => "refrigeration",
            EquipmentKind::Lighting => "lighting",
            EquipmentKind::Motor => "motor",
            EquipmentKind::EvCharger => "ev",
            EquipmentKind::Other => "other",
        }
    }

    pub fn label(self) -> L {
        match self {
            EquipmentKind::AirConditioner => L::KindAc,
            EquipmentKind::Cooking => L::KindCooking,
            EquipmentKind::WaterHeater => L::KindWaterHeater,
            EquipmentKind::Refrigeration => L::KindRefrigeration,
            EquipmentKind::Lighting => L::KindLighting,
            EquipmentKind::Motor => L::KindMotor,
            EquipmentKind::EvCharger => L::KindEv,
            EquipmentKind::Other => L::KindOther,
        }
    }

    /// A type from its key or its name in any of the three languages.
    pub fn parse(raw: &str) -> Option<EquipmentKind> {
        let t = raw.trim();
        let lower = t.to_ascii_lowercase().replace(['-', ' '], "_");
        EquipmentKind::ALL.into_iter().find(|k| {
            lower == k.key()
                || crate::text::Lang::ALL
                    .iter()
                    .any(|&l| k.label().get(l) == t)
        })
    }
}

/// One row as typed (or as the link carried it): kept as text so that nothing
/// entered is lost while it is wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// Stable within the page (the view's key), not part of the address.
    pub id: u32,
    pub kind: Option<EquipmentKind>,
    /// A type the link named that is not on the list (shown in its message).
    pub unknown_kind: String,
    pub power: String,
    pub count: String,
}

impl Row {
    /// Nothing on it yet (a row just added): neither counted nor faulted.
    pub fn is_blank(&self) -> bool {
        self.kind.is_none()
            && self.unknown_kind.is_empty()
            && self.power.trim().is_empty()
            && self.count.trim().is_empty()
    }
}

/// What is wrong with one cell of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// The type is not one of the list (from a link).
    UnknownKind(String),
    /// A count or type but no rated power yet: not counted, not an error.
    PowerMissing,
    NotANumber(String),
    Scientific(String),
    Negative,
    Zero,
    TooLarge,
    TooPrecise,
    /// kVA or VA: a row takes active power (kW or W).
    ApparentPower,
    /// 匹 / P / hp: not the power an appliance draws.
    Horsepower(String),
    UnknownUnit(String),
    CountNotWhole(String),
    CountTooSmall,
    CountTooLarge,
}

impl RowProblem {
    /// An error to correct (a missing power is only "not counted yet").
    pub fn is_error(&self) -> bool {
        *self != RowProblem::PowerMissing
    }
}

/// True for "1e9", "2E+3": scientific notation.
fn scientific(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(3).any(|w| {
        w[0].is_ascii_digit()
            && matches!(w[1], b'e' | b'E')
            && (w[2].is_ascii_digit() || matches!(w[2], b'+' | b'-'))
    })
}

/// 匹 (and the "P" on air-conditioner labels) and horsepower.
fn is_horsepower(unit: &str) -> bool {
    let u: String = to_halfwidth(unit)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(
        u.as_str(),
        "匹" | "p" | "hp" | "马力" | "馬力" | "horsepower" | "ps"
    )
}

/// The rated power of one item, in watts: "3.5" and "3.5kW" are kW, "800W" W.
pub fn parse_power(text: &str) -> Result<u64, RowProblem> {
    let t = to_halfwidth(text);
    let t = t.trim();
    if scientific(t) {
        return Err(RowProblem::Scientific(t.to_string()));
    }
    match parse_capacity(t) {
        // A bare number is kW: parse_capacity scales it to thousandths (W).
        Ok(c) if !c.unit_given || c.unit == Unit::Kw => Ok(c.amount),
        Ok(_) => Err(RowProblem::ApparentPower),
        Err(CapacityError::UnknownUnit(u)) if is_horsepower(&u) => Err(RowProblem::Horsepower(u)),
        Err(CapacityError::UnknownUnit(u)) => Err(RowProblem::UnknownUnit(u)),
        Err(CapacityError::Negative) => Err(RowProblem::Negative),
        Err(CapacityError::Zero) => Err(RowProblem::Zero),
        Err(CapacityError::TooLarge) => Err(RowProblem::TooLarge),
        Err(CapacityError::TooPrecise) => Err(RowProblem::TooPrecise),
        Err(_) => Err(RowProblem::NotANumber(t.to_string())),
    }
}

/// Words people put after a count ("4台", "10 pcs").
const COUNT_WORDS: [&str; 12] = [
    "台", "个", "個", "只", "套", "盏", "盞", "组", "組", "pcs", "pc", "units",
];

/// The count text without its word ("4台" → "4").
fn count_digits(text: &str) -> String {
    let t = to_halfwidth(text);
    let mut t = t.trim();
    for w in COUNT_WORDS {
        if let Some(rest) = t.strip_suffix(w) {
            t = rest.trim_end();
            break;
        }
    }
    t.to_string()
}

/// How many of the item: a whole number from 1 to [`MAX_COUNT`]; empty is 1.
pub fn parse_count(text: &str) -> Result<u64, RowProblem> {
    let t = count_digits(text);
    if t.is_empty() {
        return Ok(1);
    }
    let (negative, digits) = match t.strip_prefix('-') {
        Some(d) => (true, d.trim_start()),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(RowProblem::CountNotWhole(text.trim().to_string()));
    }
    let significant = digits.trim_start_matches('0');
    if negative || significant.is_empty() {
        return Err(RowProblem::CountTooSmall);
    }
    match significant.parse::<u64>() {
        Ok(n) if significant.len() <= 9 && n <= MAX_COUNT => Ok(n),
        _ => Err(RowProblem::CountTooLarge),
    }
}

/// One row's verdict: each cell's problem, and what the row adds to the total.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowCheck {
    pub kind: Option<RowProblem>,
    pub power: Option<RowProblem>,
    pub count: Option<RowProblem>,
    /// Watts (power × count) when the row counts.
    pub watts: Option<u64>,
    /// How many items the row counts.
    pub items: u64,
}

impl RowCheck {
    pub fn has_error(&self) -> bool {
        [&self.kind, &self.power, &self.count]
            .into_iter()
            .flatten()
            .any(RowProblem::is_error)
    }

    /// The row's problems, kind first.
    pub fn problems(&self) -> impl Iterator<Item = (LoadCell, &RowProblem)> {
        [
            (LoadCell::Kind, &self.kind),
            (LoadCell::Power, &self.power),
            (LoadCell::Count, &self.count),
        ]
        .into_iter()
        .filter_map(|(c, p)| p.as_ref().map(|p| (c, p)))
    }
}

/// A cell of a row (for element ids and messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoadCell {
    Kind,
    Power,
    Count,
}

impl LoadCell {
    /// The id of the cell's control on row `index`.
    pub fn id(self, index: usize) -> String {
        let name = match self {
            LoadCell::Kind => "kind",
            LoadCell::Power => "power",
            LoadCell::Count => "count",
        };
        format!("load-{name}-{index}")
    }
}

/// Checks one row.
pub fn check_row(row: &Row) -> RowCheck {
    let mut c = RowCheck::default();
    if row.is_blank() {
        return c;
    }
    if !row.unknown_kind.is_empty() && row.kind.is_none() {
        c.kind = Some(RowProblem::UnknownKind(row.unknown_kind.clone()));
    }
    let count = parse_count(&row.count);
    c.count = count.as_ref().err().cloned();
    let power = if row.power.trim().is_empty() {
        Err(RowProblem::PowerMissing)
    } else {
        parse_power(&row.power)
    };
    c.power = power.as_ref().err().cloned();
    if let (Ok(w), Ok(n), None) = (power, count, &c.kind) {
        c.watts = Some(w.saturating_mul(n));
        c.items = n;
    }
    c
}

/// The whole list checked: every row, and the connected load.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub rows: Vec<RowCheck>,
    /// The connected load: the sum of the counted rows, in watts.
    pub watts: u64,
    /// Rows that count, and the items on them.
    pub counted_rows: usize,
    pub items: u64,
    /// Rows with an error (left out of the total).
    pub error_rows: usize,
    /// Rows without a rated power yet (left out of the total).
    pub pending_rows: usize,
}

impl Totals {
    /// Above the largest capacity the tool accepts: no figure to carry.
    pub fn too_large(&self) -> bool {
        self.watts > MAX_AMOUNT
    }

    /// The figure the form can take: every row fine, something counted, not too large.
    pub fn usable(&self) -> bool {
        self.error_rows == 0 && self.watts > 0 && !self.too_large()
    }

    /// "26", "3.5": the connected load in kW.
    pub fn kw(&self) -> String {
        thousandths_str(self.watts)
    }

    /// The capacity answer the form takes: "26kW".
    pub fn capacity_answer(&self) -> String {
        format!("{}kW", self.kw())
    }

    /// The connected load in kVA at `pf`, to 0.1 kVA ("28.9"), and whether it
    /// is exact at that precision.
    pub fn kva(&self, pf: PowerFactor) -> (String, bool) {
        let (w, p) = (u128::from(self.watts), u128::from(pf.0.max(1)));
        // kVA × 10 = W × 10 / (pf × 1000) = W × 10 / milli-pf, rounded half up.
        let tenths = (w * 20 + p) / (2 * p);
        let exact = (w * 10) % p == 0;
        let s = if tenths % 10 == 0 {
            (tenths / 10).to_string()
        } else {
            format!("{}.{}", tenths / 10, tenths % 10)
        };
        (s, exact)
    }
}

/// An equipment list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadList {
    pub rows: Vec<Row>,
    /// Rows a link carried beyond [`MAX_ROWS`] (not read).
    pub dropped: usize,
    next_id: u32,
}

/// `s` cut to [`MAX_CELL_CHARS`] characters.
fn cell(s: &str) -> String {
    match s.char_indices().nth(MAX_CELL_CHARS) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

/// Characters a count may hold in a link (digits, signs, and the escapes of
/// a cell written by [`escape_cell`]).
fn count_char(c: char) -> bool {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    c.is_ascii_hexdigit() || matches!(c, '+' | '-' | '.' | ',' | '%' | ' ')
}

/// Where a count starts: the first `x`, `×` or `*` after which only count-like
/// text follows ("3.5kW×4台"), so that "text" stays one piece. Linear: the
/// count-like tail is found once, from the end.
fn count_split(s: &str) -> Option<(usize, usize)> {
    let t = s.trim_end();
    let core = COUNT_WORDS
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .unwrap_or(t);
    // The tail core[tail..] is all count characters.
    let tail = core
        .char_indices()
        .rev()
        .take_while(|&(_, c)| count_char(c))
        .last()
        .map_or(core.len(), |(i, _)| i);
    s.char_indices()
        .filter(|(_, c)| matches!(c, 'x' | 'X' | '×' | '*' | '＊' | 'ｘ' | 'Ｘ'))
        .map(|(i, c)| (i, i + c.len_utf8()))
        .find(|&(_, after)| after >= tail)
}

/// One piece of `items=` (already decoded once) as a row.
fn parse_row(piece: &str, id: u32) -> Row {
    let mut row = Row {
        id,
        ..Row::default()
    };
    let mut rest = piece.trim();
    if let Some((head, tail)) = rest.split_once([':', '：']) {
        // "ac:3.5x4"; a colon after a digit is not a type ("3:4").
        if !head.chars().any(|c| c.is_ascii_digit()) {
            let head = decode(head.trim());
            match EquipmentKind::parse(&head) {
                Some(k) => row.kind = Some(k),
                None => row.unknown_kind = cell(&head),
            }
            rest = tail.trim();
        }
    }
    let (power, count) = match count_split(rest) {
        Some((at, after)) => (&rest[..at], &rest[after..]),
        None => (rest, ""),
    };
    row.power = cell(decode(power).trim());
    row.count = cell(decode(count).trim());
    row
}

/// Percent-encodes a cell so that it holds no separator (`,` `:` `x` `*`):
/// only letters other than x, digits and `.-_~` stay (in a count, only digits
/// and `.-`, so that it always reads as a count); `%` is written as `%25` so
/// that the address's own decoding leaves the cell's escapes for ours.
fn escape_cell(s: &str, count: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        let keep = if count {
            b.is_ascii_digit() || matches!(b, b'.' | b'-')
        } else {
            (b.is_ascii_alphanumeric() && !matches!(b, b'x' | b'X'))
                || matches!(b, b'.' | b'-' | b'_' | b'~')
        };
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%25{b:02X}"));
        }
    }
    out
}

impl LoadList {
    /// The list in `items=` (as the address has it, not yet decoded). Linear in
    /// the length; at most [`MAX_ROWS`] rows are read.
    pub fn parse(raw: &str) -> LoadList {
        let mut list = LoadList::default();
        // Rows are split before decoding, so a cell's escaped comma stays in
        // it; a value with no comma at all (one row, or a link whose commas
        // were escaped, or full-width ones) is decoded first.
        let decoded_whole;
        let pieces: Box<dyn Iterator<Item = String>> = if raw.contains([',', ';']) {
            Box::new(
                raw.split([',', ';'])
                    .filter(|p| !p.trim().is_empty())
                    .map(decode),
            )
        } else {
            decoded_whole = decode(raw);
            Box::new(
                decoded_whole
                    .split([',', '，', ';', '；', '、'])
                    .map(str::to_string),
            )
        };
        for piece in pieces.filter(|p| !p.trim().is_empty()) {
            if list.rows.len() == MAX_ROWS {
                list.dropped += 1;
                continue;
            }
            let id = list.take_id();
            list.rows.push(parse_row(&piece, id));
        }
        list
    }

    /// The list as `items=` writes it ("" when there is nothing on it).
    pub fn to_param(&self) -> String {
        let mut out = String::new();
        for row in self.rows.iter().filter(|r| !r.is_blank()) {
            if !out.is_empty() {
                out.push(',');
            }
            match (row.kind, row.unknown_kind.as_str()) {
                (Some(k), _) => {
                    out.push_str(k.key());
                    out.push(':');
                }
                (None, "") => {}
                (None, unknown) => {
                    out.push_str(&escape_cell(unknown, false));
                    out.push(':');
                }
            }
            out.push_str(&escape_cell(row.power.trim(), false));
            if !row.count.trim().is_empty() {
                out.push('x');
                out.push_str(&escape_cell(row.count.trim(), true));
            }
        }
        out
    }

    fn take_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id = self.next_id.wrapping_add(1);
        id
    }

    /// Every row checked, and the sum of those that count.
    pub fn totals(&self) -> Totals {
        let mut t = Totals::default();
        for row in &self.rows {
            let c = check_row(row);
            if c.has_error() {
                t.error_rows += 1;
            } else if c.power == Some(RowProblem::PowerMissing) {
                t.pending_rows += 1;
            }
            if let Some(w) = c.watts {
                t.watts = t.watts.saturating_add(w);
                t.items = t.items.saturating_add(c.items);
                t.counted_rows += 1;
            }
            t.rows.push(c);
        }
        t
    }

    /// Whether another row may be added.
    pub fn can_add(&self) -> bool {
        self.rows.len() < MAX_ROWS
    }

    fn add(&mut self) -> usize {
        let id = self.take_id();
        self.rows.push(Row {
            id,
            ..Row::default()
        });
        self.rows.len() - 1
    }
}

/// What the applicant does on `#/load`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EquipmentAction {
    /// "Not sure of the capacity?" under the capacity question.
    Open,
    /// "Add a row".
    Add,
    /// A row's type (its key; "" for none).
    SetKind(usize, String),
    SetPower(usize, String),
    SetCount(usize, String),
    Remove(usize),
    /// Carry the connected load into the form as the capacity.
    Use,
}

/// The capacity the list gives, when the answers' capacity is that figure: the
/// result then says it was estimated from the list.
pub fn capacity_from_list(state: &State) -> Option<Totals> {
    let t = state.equipment.totals();
    let answer = parse_capacity(state.draft.get(Field::Capacity)).ok()?;
    let same =
        t.usable() && answer.unit == Unit::Kw && answer.unit_given && answer.amount == t.watts;
    same.then_some(t)
}

impl State {
    /// The reducer's part for the equipment list.
    pub(super) fn equipment(&mut self, action: EquipmentAction) {
        let list = &mut self.equipment;
        match action {
            EquipmentAction::Open => {
                self.problems.clear();
                self.go(Page::Load);
            }
            EquipmentAction::Add => {
                if list.can_add() {
                    let i = list.add();
                    self.focus = Focus::Load(LoadFocus::Row(i));
                    self.history = HistoryOp::Replace;
                }
            }
            EquipmentAction::SetKind(i, key) => {
                if let Some(row) = list.rows.get_mut(i) {
                    row.kind = EquipmentKind::parse(&key);
                    row.unknown_kind.clear();
                    self.history = HistoryOp::Replace;
                }
            }
            EquipmentAction::SetPower(i, text) => {
                if let Some(row) = list.rows.get_mut(i) {
                    row.power = cell(&text);
                    self.history = HistoryOp::Replace;
                }
            }
            EquipmentAction::SetCount(i, text) => {
                if let Some(row) = list.rows.get_mut(i) {
                    row.count = cell(&text);
                    self.history = HistoryOp::Replace;
                }
            }
            EquipmentAction::Remove(i) => {
                if i < list.rows.len() {
                    list.rows.remove(i);
                    // The row that took its place, else the one before, else "add".
                    self.focus = Focus::Load(match list.rows.len() {
                        0 => LoadFocus::Add,
                        n => LoadFocus::Remove(i.min(n - 1)),
                    });
                    self.history = HistoryOp::Replace;
                }
            }
            EquipmentAction::Use => self.use_load(),
        }
    }

    /// The connected load as the capacity answer, back on the capacity question.
    fn use_load(&mut self) {
        let t = self.equipment.totals();
        if !t.usable() {
            return;
        }
        let mut draft = self.draft.clone();
        draft.set(Field::Capacity, t.capacity_answer());
        self.set_draft(draft);
        self.problems.retain(|p| p.field != Field::Capacity);
        self.go(Page::Form(Step::Capacity));
        self.focus = Focus::Field(Field::Capacity);
    }

    /// The link that carries the connected load into the form, keeping every
    /// other answer and the list.
    pub fn use_load_link(&self, totals: &Totals) -> String {
        let mut s = self.clone();
        s.draft.set(Field::Capacity, totals.capacity_answer());
        s.page = Page::Form(Step::Capacity);
        s.fragment()
    }

    /// The link to share or scan: the list and the answers, without the
    /// kiosk's mode or display settings.
    pub fn load_share_fragment(&self) -> String {
        let mut f = crate::share::to_fragment_with(
            crate::share::Route::Load,
            &self.draft,
            self.lang,
            crate::share::Mode::Web,
            &self.portal.for_sharing(),
        );
        push_items(&mut f, &self.equipment);
        f
    }
}

/// Appends the list to a fragment as `items=…` (nothing for an empty list).
pub fn push_items(fragment: &mut String, list: &LoadList) {
    let param = list.to_param();
    if !param.is_empty() {
        fragment.push(if fragment.contains('?') { '&' } else { '?' });
        fragment.push_str("items=");
        fragment.push_str(&param);
    }
}

/// Where the keyboard focus goes on `#/load` after adding or removing a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadFocus {
    /// A row's first control (its type), after "add a row".
    Row(usize),
    /// A row's remove button: the row that took the removed one's place.
    Remove(usize),
    /// "Add a row", when no row is left.
    Add,
}

/// The id of the "add a row" button.
pub const ADD_ID: &str = "load-add";

impl LoadFocus {
    /// The element to focus.
    pub fn id(self) -> String {
        match self {
            LoadFocus::Row(i) => LoadCell::Kind.id(i),
            LoadFocus::Remove(i) => remove_id(i),
            LoadFocus::Add => ADD_ID.to_string(),
        }
    }
}

/// The element id of a row's remove button.
pub fn remove_id(index: usize) -> String {
    format!("load-remove-{index}")
}
