//! The officials' pages' string table (compare, rules, check a pack, scenario
//! grid), in zh-Hans, zh-Hant and English; a second table beside `S`.

use super::strings::strings;
pub use crate::text::fill;
use crate::text::Lang;

strings! { @table Wb, WB_TABLE;
    // Navigation.

    // Compare.
    CompareLead => ["典型情形在各地的结果，由规则引擎计算，与申请人看到的结果相同。点击一格查看完整结果。", "典型情形在各地的結果，由規則引擎計算，與申請人看到的結果相同。點擊一格查看完整結果。", "Representative cases in every place, computed by the rules engine as the applicant's result is. Select a cell for the full result."],
    MeasureCol => ["项目", "項目", "Measure"],
    CsvWords => ["{0}（说明）", "{0}（說明）", "{0} (in words)"],
    CaseCol => ["情形", "情形", "Case"],
    MeasureStages => ["办电环节", "辦電環節", "Stages"],
    MeasureDocuments => ["申请材料", "申請材料", "Application documents"],
    MeasureTimeLimit => ["总时限", "總時限", "Total time limit"],
    MeasureZero => ["零投资", "零投資", "Zero investment"],
    MeasurePermits => ["政府审批", "政府審批", "Government permits"],
    MeasureUtilityLimit => ["其他接入的总时限", "其他接入的總時限", "Other connections' time limit"],
    WithCondition => ["（附条件）", "（附條件）", " (with a condition)"],
    NotSet => ["未规定", "未規定", "Not set"],
    ZeroNo => ["不适用", "不適用", "Does not apply"],
    ZeroNoCap => ["适用，不设容量上限", "適用，不設容量上限", "Applies, no cap"],
    PermitsExempt => ["免于审批", "免於審批", "No permits needed"],
    PermitsNoLimit => ["未规定时限", "未規定時限", "No time limit set"],
    Best => ["本行最优", "本行最優", "best in the row"],
    BestLegend => ["★ 每行最优（含国家基准）：环节、材料最少；工作日时限最短（平均、“至少”不比较）；零投资上限最高（kW 与 kVA 按功率因数 0.9 换算，无上限最优）。", "★ 每行最優（含國家基準）：環節、材料最少；工作日時限最短（平均、「至少」不比較）；零投資上限最高（kW 與 kVA 按功率因數 0.9 換算，無上限最優）。", "★ best in the row (national baseline included): fewest stages and documents; shortest working-day limit (not averages or minimums); highest zero-investment cap (kW and kVA at power factor 0.9; no cap first)."],
    FromLegend => ["小字：规定来自上一级（如全国基准）。“平均”是目标，不是上限。", "小字：規定來自上一級（如全國基準）。「平均」是目標，不是上限。", "Small print: set by the level above (such as the national baseline). “On average” is a target, not a limit."],
    SetBy => ["规定来自：", "規定來自：", "Set by: "],
    DownloadCsv => ["下载 CSV（可用 Excel 打开）", "下載 CSV（可用 Excel 開啟）", "Download CSV (opens in Excel)"],
    PrintPage => ["打印", "列印", "Print"],
    ScrollHint => ["表格较宽，可以左右滑动。", "表格較寬，可以左右滑動。", "The table is wide: scroll sideways."],
    DateUsed => ["申请日期：", "申請日期：", "Application date: "],
    DateHint => ["按这一天有效的规定计算。", "按這一天有效的規定計算。", "The rules in force on this date."],

    // Case words.
    Lv => ["低压", "低壓", "low voltage"],
    SupplySingle => ["单电源", "單電源", "single supply"],
    SupplyDual => ["双电源", "雙電源", "dual supply"],
    WithWorks => ["有外线工程", "有外線工程", "with external works"],
    NoWorks => ["无外线工程", "無外線工程", "no external works"],
    KindNew => ["新装", "新裝", "new connection"],
    KindIncrease => ["增容", "增容", "capacity increase"],
    Temporary => ["临时用电", "臨時用電", "temporary supply"],
    Permanent => ["永久用电", "永久用電", "permanent supply"],
    WhenZeroYes => ["适用零投资时", "適用零投資時", "when zero investment applies"],
    WhenZeroNo => ["不适用零投资时", "不適用零投資時", "when zero investment does not apply"],
    EveryCase => ["所有情形", "所有情形", "every case"],

    // Rules of a place.
    RulesLead => ["这一地区的每条规则，按事项分组，附条款原文、文件、发布机关和日期。", "這一地區的每條規則，按事項分組，附條款原文、文件、發布機關和日期。", "Every rule of this place, grouped by what it sets, with its clauses, documents, issuers and dates."],
    InheritsFrom => ["没有规定的事项沿用：", "沒有規定的事項沿用：", "What it does not set comes from: "],
    OtherPlaces => ["其他地区：", "其他地區：", "Other places: "],
    FilterTitle => ["筛选规则", "篩選規則", "Filter the rules"],
    FilterVoltage => ["电压", "電壓", "Voltage"],
    FilterCustomer => ["用户类别", "用戶類別", "Customer"],
    FilterTopic => ["事项", "事項", "Topic"],
    FilterAll => ["全部", "全部", "All"],
    FilterHint => ["未限定该条件的规则也显示。", "未限定該條件的規則也顯示。", "Rules without that condition are shown too."],
    RulesNone => ["没有符合筛选条件的规则。", "沒有符合篩選條件的規則。", "No rule fits the filter."],
    AppliesTo => ["适用于：", "適用於：", "Applies to: "],
    RuleLink => ["本条规则的链接", "本條規則的連結", "Link to this rule"],
    GroupVoltage => ["低压供电范围", "低壓供電範圍", "Low-voltage range"],
    GroupStages => ["办电环节和各环节时限", "辦電環節和各環節時限", "Stages and their limits"],
    GroupDocuments => ["申请材料", "申請材料", "Application documents"],
    GroupTimeLimits => ["总时限", "總時限", "Total time limits"],
    GroupPeriods => ["单独计时的期间", "單獨計時的期間", "Periods timed separately"],
    GroupZero => ["零投资", "零投資", "Zero investment"],
    GroupApprovals => ["政府审批", "政府審批", "Government permits"],
    GroupCosts => ["费用分担", "費用分擔", "Who pays"],
    GroupFees => ["收费项目", "收費項目", "Fees"],
    GroupCommitments => ["服务承诺", "服務承諾", "Commitments"],
    GroupNotes => ["说明和解读", "說明和解讀", "Notes and readings"],
    GroupReferences => ["计算方法的法律依据", "計算方法的法律依據", "Legal basis of the arithmetic"],
    GroupPrices => ["价格表", "價格表", "Price tables"],
    GroupUtilities => ["用水、用气、通信接入", "用水、用氣、通信接入", "Water, gas and telecom connections"],
    RegionalLimit => ["省级（区域）时限：", "省級（區域）時限：", "Regional limit: "],
    Scope => ["计算范围：", "計算範圍：", "What it counts: "],
    OnlyIf => ["仅在以下情况需要：", "僅在以下情況需要：", "Only if: "],
    Exempt => ["免于审批：", "免於審批：", "Exempt: "],
    Amount => ["金额：", "金額：", "Amount: "],
    PayerCustomer => ["用户", "用戶", "the customer"],
    RefPeriods => ["期间的计算（当日不计入，次日起算）", "期間的計算（當日不計入，次日起算）", "Counting periods (from the next day)"],
    RefBounds => ["“以下”包括本数", "「以下」包括本數", "“Up to” includes the figure"],
    RefHours => ["按小时计算的期间（从受理时起连续计算）", "按小時計算的期間（從受理時起連續計算）", "Counting hours (around the clock, from the moment of acceptance)"],
    ReferenceLabel => ["本工具的计算：", "本工具的計算：", "This tool's arithmetic: "],
    UnknownPlace => ["数据中没有这个地区。请从下面选择：", "資料中沒有這個地區。請從下面選擇：", "There is no such place in the data. Choose one:"],

    // Check a pack.
    CheckLead => ["粘贴政策数据包（JSON）或打开文件。检查在浏览器中进行，不会上传；其中的地区替换或补充内置地区。", "貼上政策資料包（JSON）或開啟檔案。檢查在瀏覽器中進行，不會上傳；其中的地區替換或補充內建地區。", "Paste a policy pack (JSON) or open a file. It is checked in your browser, never uploaded; its places replace or add to the built-in ones."],
    PasteLabel => ["政策数据包（JSON）", "政策資料包（JSON）", "Policy pack (JSON)"],
    OpenFile => ["或打开文件", "或開啟檔案", "Or open a file"],
    PackExample => ["一个地区的文件（如 policy/wanzhou.json）可以直接检查，视为只含这一个地区的数据包。数据包的最简形式：", "一個地區的檔案（如 policy/wanzhou.json）可以直接檢查，視為只含這一個地區的資料包。資料包的最簡形式：", "A single place's file (such as policy/wanzhou.json) can be checked as it is, as a pack of that one place. The smallest pack:"],
    OpenFileHint => ["文件内容会放进上面的文本框并检查。", "檔案內容會放進上面的文字框並檢查。", "Its text goes into the box above and is checked."],
    SourceFile => ["来源原文（可选）", "來源原文（可選）", "The source's text (optional)"],
    SourceFileHint => [
        "打开文件的原文（.txt），核对数据包中没有 text 的来源的引文和数值。",
        "開啟文件的原文（.txt），核對資料包中沒有 text 的來源的引文和數值。",
        "Open the document's text (.txt) to check the quotes and figures of the pack's sources that carry no text."
    ],
    WarningsFound => ["{0} 条警告（数据包仍可使用）", "{0} 條警告（資料包仍可使用）", "Warnings: {0} (the pack can still be used)"],
    CheckButton => ["检查数据包", "檢查資料包", "Check the pack"],
    EmptyText => ["请先粘贴或打开一个数据包。", "請先貼上或開啟一個資料包。", "Paste or open a pack first."],
    ReadFailed => ["无法读取这个文件。", "無法讀取這個檔案。", "The file could not be read."],
    ProblemsLead => ["每个问题都注明它在数据包中的位置（路径）：", "每個問題都註明它在資料包中的位置（路徑）：", "Each problem names where it is in the pack (its path):"],
    Valid => ["数据包有效", "資料包有效", "The pack is valid"],
    DiffTitle => ["与内置数据的区别", "與內建資料的區別", "What differs from the built-in data"],
    DiffNone => ["与内置数据完全相同。", "與內建資料完全相同。", "It is the same as the built-in data."],
    DiffNewPlace => ["新地区", "新地區", "New place"],
    DiffAdded => ["新增", "新增", "Added"],
    DiffRemoved => ["删除", "刪除", "Removed"],
    DiffChanged => ["修改", "修改", "Changed"],
    DiffBefore => ["原来：", "原來：", "Before: "],
    DiffAfter => ["现在：", "現在：", "Now: "],
    DiffPlaceMeta => [
        "名称、继承关系或文件列表有改动。",
        "名稱、繼承關係或文件列表有改動。",
        "Its name, parent or documents changed."
    ],
    TryButton => ["在申请人页面试用", "在申請人頁面試用", "Try it on the applicant's pages"],
    TryHint => [
        "试用只在这个标签页有效，直到重新加载；别人看到的数据不变。",
        "試用只在這個分頁有效，直到重新載入；別人看到的資料不變。",
        "The trial lasts in this tab until it is reloaded; nobody else's data changes."
    ],
    TrialTitle => ["正在试用未发布的政策数据", "正在試用未發布的政策資料", "Trying an unpublished policy pack"],
    TrialText => [
        "结果依据试用的数据包，不是内置数据。链接不含试用数据：别人打开分享的链接看到的是内置数据的结果。",
        "結果依據試用的資料包，不是內建資料。連結不含試用資料：別人打開分享的連結看到的是內建資料的結果。",
        "Results use the pack being tried, not the built-in data. Links do not carry it: a shared link shows the built-in data's result."
    ],
    StopTrial => ["结束试用", "結束試用", "Stop the trial"],
    BackToPack => ["返回数据包", "返回資料包", "Back to the pack"],
    PackAbout => ["数据包：", "資料包：", "Pack: "],

    // Scenario grid.
    ScenariosLead => ["一个地区按容量、区域和用户类别的结果：零投资在哪里停止、电压在哪里改变、总时限多长。电压按容量推断；点击一格查看完整结果。", "一個地區按容量、區域和用戶類別的結果：零投資在哪裡停止、電壓在哪裡改變、總時限多長。電壓按容量推斷；點擊一格查看完整結果。", "One place by capacity, area and customer: where zero investment stops, where the voltage changes, the total limit. The voltage is inferred; select a cell for the full result."],
    ZeroYesShort => ["零投资", "零投資", "zero investment"],
    ZeroNoShort => ["非零投资", "非零投資", "not zero investment"],
    NoLimitShort => ["无总时限", "無總時限", "no total limit"],
    LegendZero => [
        "✓ 适用零投资（绿色），✕ 不适用。",
        "✓ 適用零投資（綠色），✕ 不適用。",
        "✓ zero investment applies (green), ✕ it does not."
    ],
    LegendChanges => [
        "粗线：与上一行相比电压或零投资结论改变。",
        "粗線：與上一行相比電壓或零投資結論改變。",
        "Thick line: the voltage or zero-investment verdict changes from the row above."
    ],
    VoltageChanges => ["电压改变", "電壓改變", "voltage changes"],
    ZeroStops => ["零投资结论改变", "零投資結論改變", "zero investment changes"],
    ChoosePlace => ["选择地区", "選擇地區", "Choose a place"],

    // Templates for [`fill`]: `{0}`, `{1}` are replaced.
    Colon => ["：", "：", ": "],
    VoltageUpTo => ["低压供电：{0} 及以下", "低壓供電：{0} 及以下", "Low voltage up to {0}"],
    StagesList => ["{0} 个环节：{1}", "{0} 個環節：{1}", "Stages ({0}): {1}"],
    DocumentsList => ["{0} 项申请材料：{1}", "{0} 項申請材料：{1}", "Application documents ({0}): {1}"],
    DocumentsMore => ["（另有 {0} 项视情况需要）", "（另有 {0} 項視情況需要）", " (and {0} in some cases)"],
    ZeroUpTo => ["零投资：{0} 及以下", "零投資：{0} 及以下", "Zero investment up to {0}"],
    PermitsCount => ["政府审批：{0} 项", "政府審批：{0} 項", "Government permits: {0}"],
    PermitsTotal => ["，共不超过 {0}", "，共不超過 {0}", ", up to {0} in all"],
    PermitsAtLeast => ["至少 {0}", "至少 {0}", "at least {0}"],
    PermitsWithCount => ["{0}（{1} 项）", "{0}（{1} 項）", "{0} (permits: {1})"],
    ComplexDays => ["情况复杂的 {0}", "情況複雜的 {0}", "{0} if complex"],
    CapInKva => ["约 {0} kVA（原文 {1}，按功率因数 {2} 换算）", "約 {0} kVA（原文 {1}，按功率因數 {2} 換算）", "about {0} kVA ({1} in the source, at power factor {2})"],
    CapUpTo => ["适用，{0} 及以下", "適用，{0} 及以下", "Applies up to {0}"],
    CapUpToArea => ["适用，{0} 及以下（{1}）", "適用，{0} 及以下（{1}）", "Applies up to {0} ({1})"],
    CapBelow => ["适用，不满 {0}", "適用，不滿 {0}", "Applies below {0}"],
    CapBelowArea => ["适用，不满 {0}（{1}）", "適用，不滿 {0}（{1}）", "Applies below {0} ({1})"],
    FromDate => ["{0} 起", "{0} 起", "from {0}"],
    UntilDate => ["至 {0}", "至 {0}", "until {0}"],
    RulesShown => ["显示 {0} 条规则，共 {1} 条。", "顯示 {0} 條規則，共 {1} 條。", "Showing {0} of {1} rules."],
    ProblemsFound => ["发现 {0} 个问题", "發現 {0} 個問題", "Problems found: {0}"],
    MoreProblems => ["另有 {0} 个问题未列出：先改正以上问题，再检查一次。", "另有 {0} 個問題未列出：先改正以上問題，再檢查一次。", "{0} more problems are not listed: correct the ones above and check again."],
    PriceTableOf => ["价格表：{0}（{1}，{2}）", "價格表：{0}（{1}，{2}）", "Price table: {0} ({1}, {2})"],
    PriceLine => ["{0}：{1}–{2} 元{3}", "{0}：{1}–{2} 元{3}", "{0}: {1}–{2} yuan{3}"],
    PerKva => [" / kVA", " / kVA", " per kVA"],
    PerMetre => [" / 米", " / 米", " per metre"],
    RulesInPlace => ["共 {0} 条规则。", "共 {0} 條規則。", "Rules: {0}."],
    UtilityStages => ["{0} 个阶段", "{0} 個階段", "{0} stages"],
    UtilityLimits => ["时限：{0}", "時限：{0}", "time limits: {0}"],
    UtilityNoStagesOrLimits => ["共同的服务承诺、费用和说明，不含环节和时限", "共同的服務承諾、費用和說明，不含環節和時限", "shared promises, costs and notes; no stages or time limits"],
    UpToDn => ["DN{0}及以下 {1}", "DN{0}及以下 {1}", "DN{0} or smaller: {1}"],
    MeterFeeWaived => ["免收水表安装费：", "免收水表安裝費：", "Meter installation fee waived: "],
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::S;

    #[test]
    fn templates_are_filled_in_order() {
        assert_eq!(
            fill(Wb::RulesShown.get(Lang::En), &["3", "40"]),
            "Showing 3 of 40 rules."
        );
        assert_eq!(fill("{1}{0}{x}{", &["a", "b"]), "ba{x}{");
        assert_eq!(
            fill(S::RulesOf.get(Lang::ZhHant), &["柳州市"]),
            "柳州市的規則"
        );
    }

    #[test]
    fn day_counts_in_templates_agree_with_their_number() {
        let working = |n, lang| crate::client::days(n, crate::policy::DaysKind::Working, lang);
        assert_eq!(
            fill(Wb::ComplexDays.get(Lang::En), &[&working(1, Lang::En)]),
            "1 working day if complex"
        );
        assert_eq!(
            fill(Wb::PermitsTotal.get(Lang::En), &[&working(20, Lang::En)]),
            ", up to 20 working days in all"
        );
        assert_eq!(
            fill(
                Wb::PermitsAtLeast.get(Lang::ZhHant),
                &[&working(5, Lang::ZhHant)]
            ),
            "至少 5 個工作日"
        );
        assert_eq!(
            fill(
                Wb::ComplexDays.get(Lang::ZhHans),
                &[&working(20, Lang::ZhHans)]
            ),
            "情况复杂的 20 个工作日"
        );
    }

    #[test]
    fn every_workbench_string_is_translated() {
        crate::client::tests::assert_translated(Wb::ALL, Wb::get);
    }
}
