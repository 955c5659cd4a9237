//! The equipment page's strings (`#/load`), in zh-Hans, zh-Hant and English: a
//! table of its own beside `S`, and the sentences with figures.

use super::load::{LoadCell, RowProblem, MAX_COUNT, MAX_ROWS};
use super::strings::strings;
use crate::text::{echo, fill, Lang};

strings! { @table L, LOAD_TABLE;
    Lead => form [
        "列出要用电的设备：每种设备的类型、铭牌上的额定功率和数量。我们把它们相加，得到连接负荷。",
        "列出要用電的設備：每種設備的類型、銘牌上的額定功率和數量。我們把它們相加，得到連接負荷。",
        "List the equipment you will run: for each kind, its type, the rated power on its nameplate and how many. We add them up to give the connected load."
    ],
    RatingHint => form [
        "额定功率见设备铭牌或说明书上的“额定输入功率”，单位 kW（千瓦）或 W（瓦），例如 3.5 或 800W。空调的“匹”不是耗电功率，请看铭牌上的输入功率。",
        "額定功率見設備銘牌或說明書上的「額定輸入功率」，單位 kW（千瓦）或 W（瓦），例如 3.5 或 800W。空調的「匹」不是耗電功率，請看銘牌上的輸入功率。",
        "The rated power is the “rated input power” on the nameplate or in the manual, in kW or W, for example 3.5 or 800W. An air conditioner's “匹” (horsepower) is not the power it draws: read the input power on its nameplate."
    ],
    ListTitle => form ["设备清单", "設備清單", "Your equipment"],
    RowLegend => form ["第 {0} 行", "第 {0} 行", "Row {0}"],
    KindLabel => form ["类型", "類型", "Type"],
    KindNone => form ["选择类型（可选）", "選擇類型（可選）", "Choose a type (optional)"],
    KindAc => ["空调", "空調", "Air conditioner"],
    KindCooking => ["烤箱、灶具", "烤箱、爐具", "Oven or stove"],
    KindWaterHeater => ["热水器", "熱水器", "Water heater"],
    KindRefrigeration => ["冷藏冷冻设备", "冷藏冷凍設備", "Refrigeration"],
    KindLighting => ["照明", "照明", "Lighting"],
    KindMotor => ["电机、水泵", "電機、水泵", "Motor or pump"],
    KindEv => ["电动汽车充电桩", "電動汽車充電樁", "EV charger"],
    KindOther => ["其他", "其他", "Other"],
    PowerLabel => form ["额定功率（kW）", "額定功率（kW）", "Rated power (kW)"],
    CountLabel => form ["数量", "數量", "How many"],
    RowSubtotal => form ["小计 {0} kW", "小計 {0} kW", "Subtotal {0} kW"],
    RowPending => form ["还没有填写额定功率，这一行未计入合计。", "還沒有填寫額定功率，這一行未計入合計。", "No rated power yet: this row is not in the total."],
    Remove => form ["删除", "刪除", "Remove"],
    RemoveRow => form ["第 {0} 行", "第 {0} 行", "row {0}"],
    Add => form ["添加一行", "添加一行", "Add a row"],
    AddFull => form ["已达到 {0} 行的上限。", "已達到 {0} 行的上限。", "The list is full ({0} rows)."],
    Empty => form ["清单还是空的。点“添加一行”开始。", "清單還是空的。點「添加一行」開始。", "The list is empty. Select “Add a row” to start."],
    Dropped => form [
        "链接中的设备超过 {0} 行，只读取了前 {0} 行，另有 {1} 行没有读取。",
        "連結中的設備超過 {0} 行，只讀取了前 {0} 行，另有 {1} 行沒有讀取。",
        "The link had more than {0} rows: the first {0} were read. Rows left out: {1}."
    ],
    TotalsTitle => form ["合计", "合計", "Total"],
    Connected => form ["连接负荷（额定功率之和）", "連接負荷（額定功率之和）", "Connected load (the sum of the rated powers)"],
    CountedRows => form ["{0} 行，共 {1} 台设备", "{0} 行，共 {1} 台設備", "Rows: {0} · items: {1}"],
    AtPf => form ["按功率因数 {0} 折算", "按功率因數 {0} 折算", "At power factor {0}"],
    About => form ["约 ", "約 ", "about "],
    ErrorRows => form [
        "{0} 行有需要修改的内容，没有计入合计。",
        "{0} 行有需要修改的內容，沒有計入合計。",
        "Rows to correct, not in the total: {0}."
    ],
    PendingRows => form [
        "{0} 行还没有填写额定功率，没有计入合计。",
        "{0} 行還沒有填寫額定功率，沒有計入合計。",
        "Rows without a rated power yet, not in the total: {0}."
    ],
    TooLarge => form [
        "合计超过 1,000,000 kW，本工具无法使用这个数字。请检查各行的数字和单位。",
        "合計超過 1,000,000 kW，本工具無法使用這個數字。請檢查各行的數字和單位。",
        "The total is over 1,000,000 kW, more than this tool can use. Check each row's number and unit."
    ],
    NoDemandFactor => form [
        "这是所有设备同时满负荷运行时的功率。设备一般不会同时满负荷运行，但我们没有找到能够引用原文的需要系数（同时系数）标准，所以没有打折扣。实际报装容量由供电企业在供电方案中确定。",
        "這是所有設備同時滿負荷運行時的功率。設備一般不會同時滿負荷運行，但我們沒有找到能夠引用原文的需要係數（同時係數）標準，所以沒有打折扣。實際報裝容量由供電企業在供電方案中確定。",
        "This is the power if everything ran at its full rating at once. Equipment seldom does, but we found no standard whose text we could quote for a demand (diversity) factor, so nothing is taken off. The utility decides the capacity in its supply plan."
    ],
    UseFigure => form ["用 {0} kW 作为报装容量", "用 {0} kW 作為報裝容量", "Use {0} kW as the capacity"],
    UseBlocked => form [
        "请先修改有问题的行，再把合计带入申请表。",
        "請先修改有問題的行，再把合計帶入申請表。",
        "Correct the rows with a problem first; then the total can go into your answers."
    ],
    BackToQuestion => form ["返回容量问题，不使用这个数字", "返回容量問題，不使用這個數字", "Back to the capacity question without this figure"],
    PlaceTitle => form ["这个数字在当地规定中的位置", "這個數字在當地規定中的位置", "Where this figure falls under the rules"],
    PlaceUsed => ["按{0}的规定比较。", "按{0}的規定比較。", "Compared with the rules of {0}."],
    PlaceNational => [
        "您还没有选择地区，这里按全国基准比较；在问题中选择地区后，按当地规定比较。",
        "您還沒有選擇地區，這裡按全國基準比較；在問題中選擇地區後，按當地規定比較。",
        "You have not chosen a place yet, so this compares with the national baseline; once you choose your place, its own rules are used."
    ],
    ZeroTitle => form ["零投资", "零投資", "Zero investment"],
    VoltageTitle => form ["低压供电范围", "低壓供電範圍", "Low-voltage range"],
    LvWithin => ["{0}：在低压供电范围以内（不超过 {1}）。", "{0}：在低壓供電範圍以內（不超過 {1}）。", "{0}: within the low-voltage range (up to {1})."],
    LvAbove => [
        "{0}：超过低压供电范围（不超过 {1}），按规定推算为 10 千伏供电，实际电压由供电方案确定。",
        "{0}：超過低壓供電範圍（不超過 {1}），按規定推算為 10 千伏供電，實際電壓由供電方案確定。",
        "{0}: above the low-voltage range (up to {1}), so 10 kV supply is inferred; the supply plan decides the actual voltage."
    ],
    LvConverted => [
        "该范围以 {0} 计：按功率因数 {1}，{2} 约为 {3}。",
        "該範圍以 {0} 計：按功率因數 {1}，{2} 約為 {3}。",
        "The range is in {0}: at power factor {1}, {2} is about {3}."
    ],
    LvNone => [
        "所依据的文件没有规定低压供电的容量范围，供电电压由供电方案确定。",
        "所依據的文件沒有規定低壓供電的容量範圍，供電電壓由供電方案確定。",
        "The sources set no capacity range for low-voltage supply; the supply plan decides the voltage."
    ],
    PrintList => form ["打印设备清单", "列印設備清單", "Print the list"],
    QrLabel => form ["用手机扫码带走这份清单", "用手機掃碼帶走這份清單", "Scan with your phone to take this list with you"],
    QrTooLong => form [
        "清单太长，无法放进二维码；打印或复制链接即可带走。",
        "清單太長，無法放進二維碼；列印或複製連結即可帶走。",
        "The list is too long for a QR code; print it or copy the link instead."
    ],
    PrintedFrom => form ["打印自电力接入自助评估。重新打开这份清单：", "列印自電力接入自助評估。重新打開這份清單：", "Printed from the electricity connection self-assessment. Open this list again at: "],
    FromList => [
        "容量 {0} kW 是按您的设备清单估算的连接负荷（{1} 台设备的额定功率之和）。实际报装容量由供电企业在供电方案中确定。",
        "容量 {0} kW 是按您的設備清單估算的連接負荷（{1} 台設備的額定功率之和）。實際報裝容量由供電企業在供電方案中確定。",
        "The capacity of {0} kW was estimated from your equipment list (items: {1}): the connected load, the sum of their rated powers. The utility decides the capacity in its supply plan."
    ],
    SeeList => ["查看或修改设备清单", "查看或修改設備清單", "See or change the equipment list"],
    ColType => form ["类型", "類型", "Type"],
    ColPower => form ["额定功率", "額定功率", "Rated power"],
    ColCount => form ["数量", "數量", "How many"],
    ColSubtotal => form ["小计", "小計", "Subtotal"],
    ErrorSummaryMore => form ["还有 {0} 处需要修改。", "還有 {0} 處需要修改。", "{0} more to correct."],
    CapacityHelp => form ["不清楚容量？按设备估算", "不清楚容量？按設備估算", "Not sure of the capacity? Estimate it from your equipment"],
    // Row messages.
    UnknownKind => form ["类型“{0}”不在列表中，请从列表中选择。", "類型「{0}」不在列表中，請從列表中選擇。", "The type “{0}” is not on the list: choose one from it."],
    NotANumber => form ["“{0}”不是有效的数字。请填写额定功率，例如 3.5（kW）或 800W。", "「{0}」不是有效的數字。請填寫額定功率，例如 3.5（kW）或 800W。", "“{0}” is not a number we can read. Enter the rated power, for example 3.5 (kW) or 800W."],
    Scientific => form ["“{0}”用了科学计数法，请直接写出数字，例如 1500 而不是 1.5e3。", "「{0}」用了科學記數法，請直接寫出數字，例如 1500 而不是 1.5e3。", "“{0}” is in scientific notation: write the number out, for example 1500 rather than 1.5e3."],
    Negative => form ["额定功率不能是负数。", "額定功率不能是負數。", "The rated power cannot be negative."],
    Zero => form ["额定功率必须大于 0。", "額定功率必須大於 0。", "The rated power must be more than 0."],
    PowerTooLarge => form ["额定功率过大：每台最多 1,000,000 kW。请检查数字和单位。", "額定功率過大：每台最多 1,000,000 kW。請檢查數字和單位。", "That rated power is too large: at most 1,000,000 kW per item. Check the number and the unit."],
    TooPrecise => form ["小数位过多：kW 最多 3 位小数（精确到 1 W），W 只能是整数。", "小數位過多：kW 最多 3 位小數（精確到 1 W），W 只能是整數。", "Too many decimal places: kW takes at most 3 (down to 1 W), and W whole numbers only."],
    ApparentPower => form ["设备请填写有功功率 kW 或 W；kVA 是视在功率（变压器的单位）。", "設備請填寫有功功率 kW 或 W；kVA 是視在功率（變壓器的單位）。", "Enter equipment in kW or W (active power); kVA is apparent power, the unit of transformers."],
    Horsepower => form ["“{0}”不是耗电功率：空调的“匹”说的是制冷能力。请填写铭牌上的额定输入功率（kW 或 W）。", "「{0}」不是耗電功率：空調的「匹」說的是製冷能力。請填寫銘牌上的額定輸入功率（kW 或 W）。", "“{0}” is not the power drawn: an air conditioner's “匹” describes its cooling. Enter the rated input power on the nameplate (kW or W)."],
    UnknownUnit => form ["“{0}”不是功率单位，请使用 kW（千瓦）或 W（瓦）。", "「{0}」不是功率單位，請使用 kW（千瓦）或 W（瓦）。", "“{0}” is not a unit of power: use kW or W."],
    CountNotWhole => form ["数量“{0}”不是整数：请填写 1 到 {1} 之间的整数。", "數量「{0}」不是整數：請填寫 1 到 {1} 之間的整數。", "The count “{0}” is not a whole number: enter a whole number from 1 to {1}."],
    CountTooSmall => form ["数量至少为 1；不用的设备请删除这一行。", "數量至少為 1；不用的設備請刪除這一行。", "The count must be at least 1; remove the row for equipment you will not use."],
    CountTooLarge => form ["数量过大：一行最多 {0} 台。", "數量過大：一行最多 {0} 台。", "That count is too large: at most {0} on one row."],
}

/// `n` with thousands separated by commas: 100000 → "100,000".
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl L {
    /// The string with `{0}`, `{1}`, … filled in.
    pub fn fill(self, lang: Lang, args: &[&str]) -> String {
        fill(self.get(lang), args)
    }
}

impl RowProblem {
    /// The message shown on the row, in the page's language.
    pub fn message(&self, lang: Lang) -> String {
        let max = grouped(MAX_COUNT);
        match self {
            RowProblem::UnknownKind(k) => L::UnknownKind.fill(lang, &[&echo(k)]),
            RowProblem::PowerMissing => L::RowPending.get(lang).to_string(),
            RowProblem::NotANumber(t) => L::NotANumber.fill(lang, &[&echo(t)]),
            RowProblem::Scientific(t) => L::Scientific.fill(lang, &[&echo(t)]),
            RowProblem::Negative => L::Negative.get(lang).to_string(),
            RowProblem::Zero => L::Zero.get(lang).to_string(),
            RowProblem::TooLarge => L::PowerTooLarge.get(lang).to_string(),
            RowProblem::TooPrecise => L::TooPrecise.get(lang).to_string(),
            RowProblem::ApparentPower => L::ApparentPower.get(lang).to_string(),
            RowProblem::Horsepower(u) => L::Horsepower.fill(lang, &[&echo(u)]),
            RowProblem::UnknownUnit(u) => L::UnknownUnit.fill(lang, &[&echo(u)]),
            RowProblem::CountNotWhole(t) => L::CountNotWhole.fill(lang, &[&echo(t), &max]),
            RowProblem::CountTooSmall => L::CountTooSmall.get(lang).to_string(),
            RowProblem::CountTooLarge => L::CountTooLarge.fill(lang, &[&max]),
        }
    }
}

/// "第 3 行：类型" — a cell named for the error summary.
pub fn cell_name(cell: LoadCell, row: usize, lang: Lang) -> String {
    let label = match cell {
        LoadCell::Kind => L::KindLabel,
        LoadCell::Power => L::PowerLabel,
        LoadCell::Count => L::CountLabel,
    };
    let row = L::RowLegend.fill(lang, &[&(row + 1).to_string()]);
    let sep = crate::text::pick(lang, "，", "，", ", ");
    format!("{row}{sep}{}", label.get(lang))
}

/// "The list is full (500 rows)."
pub fn add_full(lang: Lang) -> String {
    L::AddFull.fill(lang, &[&grouped(MAX_ROWS as u64)])
}

/// "The link had more than 500 rows: … 3 were left out."
pub fn dropped(n: usize, lang: Lang) -> String {
    L::Dropped.fill(lang, &[&MAX_ROWS.to_string(), &n.to_string()])
}

/// Thousands grouped, for counts shown on the page.
pub fn count_text(n: u64) -> String {
    grouped(n)
}
