//! The hand-written string table in zh-Hans, zh-Hant and English.

use crate::text::Lang;

// ---------------------------------------------------------------------------
// The string table.
// ---------------------------------------------------------------------------

/// A string table: an enum with one variant per string, and its rows. `S` is the
/// applicant's pages' table; `@table Name, ROWS;` makes another one. A row
/// marked `form` is shown only on the form's pages (see `form_wording!`).
macro_rules! strings {
    (@table $name:ident, $table:ident; $($key:ident => $($form:ident)? [$hans:literal, $hant:literal, $en:literal],)*) => {
        /// Fixed pieces of UI text, in zh-Hans, zh-Hant and English.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }
        /// One wording per variant, in declaration order.
        const $table: &[$crate::text::Wording] = &[$(strings!(@row $($form)? $hans, $hant, $en)),*];
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
            pub fn get(self, lang: Lang) -> &'static str {
                $table[self as usize].get(lang)
            }
        }
    };
    (@row $hans:literal, $hant:literal, $en:literal) => {
        $crate::wording!($hans, $hant, $en)
    };
    (@row form $hans:literal, $hant:literal, $en:literal) => {
        $crate::form_wording!($hans, $hant, $en)
    };
    ($($key:ident => $($form:ident)? [$hans:literal, $hant:literal, $en:literal],)*) => {
        strings! { @table S, TABLE; $($key => $($form)? [$hans, $hant, $en],)* }
    };
}
pub(crate) use strings;

strings! {
    AppName => ["电力接入自助评估", "電力接入自助評估", "Electricity connection self-assessment"],
    AppTagline => form ["按当地政策估算办电环节、时限、材料和费用", "按當地政策估算辦電環節、時限、材料和費用", "Stages, time limits, documents and costs under your local policy"],
    SkipToContent => ["跳到主要内容", "跳到主要內容", "Skip to main content"],
    LanguageNav => ["选择语言", "選擇語言", "Choose a language"],
    Loading => ["正在加载…", "正在載入…", "Loading…"],
    DataUnavailable => [
        "无法加载本工具的政策数据。请检查网络连接，然后刷新本页。",
        "無法載入本工具的政策資料。請檢查網路連線，然後重新整理本頁。",
        "The tool's policy data could not be loaded. Check your connection, then reload this page."
    ],
    // The officials' pages as the applicant's pages name them (their own
    // strings are in wb_strings.rs, which only their bundle carries).
    NavLabel => ["供政府部门和供电企业使用", "供政府部門和供電企業使用", "For officials and utility staff"],
    CompareTitle => ["各地规定对比", "各地規定對比", "Compare the places"],
    RulesTitle => ["各地规则", "各地規則", "Rules of a place"],
    CheckPackTitle => ["检查政策数据包", "檢查政策資料包", "Check a policy pack"],
    ScenariosTitle => ["情景表", "情景表", "Scenario grid"],
    SeeRule => ["查看规则", "查看規則", "See the rule"],
    RulesOf => ["{0}的规则", "{0}的規則", "Rules of {0}"],
    TitlePlace => ["{0}：{1}", "{0}：{1}", "{0}: {1}"],
    NoOfficialsBundle => ["这个版本没有包含管理人员页面。请使用完整构建（./run build）。", "這個版本沒有包含管理人員頁面。請使用完整建置（./run build）。", "This build does not include the officials' pages. Use the full build (./run build)."],
    CareMode => ["关怀模式", "關懷模式", "Large text"],
    StartOver => ["重新开始", "重新開始", "Start over"],
    FooterPrivacy => [
        "本工具完全在您的浏览器中运行：不使用 Cookie，不保存、不上传您的答案。答案只在网址中，便于您保存和分享。",
        "本工具完全在您的瀏覽器中運行：不使用 Cookie，不儲存、不上傳您的答案。答案只在網址中，便於您保存和分享。",
        "This tool runs entirely in your browser: no cookies, and your answers are never stored or sent anywhere. They live only in the page address, so you can keep and share them."
    ],
    FooterDisclaimer => [
        "结果依据公开的政策文件估算，仅供参考，以供电企业的正式答复为准。",
        "結果依據公開的政策文件估算，僅供參考，以供電企業的正式答覆為準。",
        "The result is an estimate from published policy documents. The utility's formal reply is what counts."
    ],

    // Start page.
    StartLead => form [
        "回答几个简单的问题，我们会按您所在地的政策文件告诉您：",
        "回答幾個簡單的問題，我們會按您所在地的政策文件告訴您：",
        "Answer a few questions and we will tell you, from your local policy documents:"
    ],
    StartBullet1 => form ["办电要经过几个环节，每个环节最迟哪天办完", "辦電要經過幾個環節，每個環節最遲哪天辦完", "how many stages getting connected takes, and the latest date for each"],
    StartBullet2 => form ["申请时要带哪些材料，哪些材料可以互相替代", "申請時要帶哪些材料，哪些材料可以互相替代", "which documents to bring, and which ones can replace each other"],
    StartBullet3 => form ["是否享受“零投资”，哪部分费用由谁承担", "是否享受「零投資」，哪部分費用由誰承擔", "whether “zero investment” applies, and who pays for which part"],
    StartBullet4 => form ["可能需要办理哪些政府审批", "可能需要辦理哪些政府審批", "which government permits may be needed"],
    StartNeedTitle => form ["开始前请准备", "開始前請準備", "Before you start"],
    StartNeed1 => form ["用电地址在哪个地区，是城区还是农村", "用電地址在哪個地區，是城區還是農村", "where the premises are, and whether the area is urban or rural"],
    StartNeed2 => form ["需要的用电容量（kVA 千伏安或 kW 千瓦），可查看变压器铭牌或设备清单", "需要的用電容量（kVA 千伏安或 kW 千瓦），可查看變壓器銘牌或設備清單", "the capacity you need, in kVA or kW (see the transformer nameplate or your equipment list)"],
    StartNeed3 => form ["您属于哪类用户：居民、小微企业或其他", "您屬於哪類用戶：居民、小微企業或其他", "what kind of customer you are: a household, a small or micro enterprise, or another"],
    StartTime => form ["大约需要 3 分钟。不确定的问题可以选“不确定”。", "大約需要 3 分鐘。不確定的問題可以選「不確定」。", "It takes about 3 minutes. You can answer “Not sure” where you do not know."],
    StartButton => form ["开始", "開始", "Start now"],
    StartCoverage => form ["目前收录的地区", "目前收錄的地區", "Places covered"],
    StartSources => form [
        "每一项结果都注明所依据的政策文件、条款和原文。",
        "每一項結果都註明所依據的政策文件、條款和原文。",
        "Every figure in the result names the policy document, clause and original text it comes from."
    ],
    StartPresetLead => form ["已为您选择的地区：", "已為您選擇的地區：", "Place already chosen for you: "],

    // Form.
    Back => ["返回", "返回", "Back"],
    Continue => ["继续", "繼續", "Continue"],
    SaveAndCheck => form ["保存并返回核对", "儲存並返回核對", "Save and go back to your answers"],
    ErrorSummaryTitle => ["请修改以下内容", "請修改以下內容", "There is a problem"],
    ErrorPrefix => ["错误：", "錯誤：", "Error: "],
    Optional => form ["（可选）", "（可選）", " (optional)"],
    NotSure => ["不确定", "不確定", "Not sure"],
    Or => form ["或", "或", "or"],
    PortalPolicyTitle => ["使用门户提供的政策数据", "使用入口網站提供的政策資料", "Policy data from the portal"],
    PortalPolicyRefusedTitle => ["链接指定的政策数据未获本网站允许，未被采用", "連結指定的政策資料未獲本網站允許，未被採用", "The link's policy data is not from a source this site allows, so it was not used"],
    PortalPolicyFailedTitle => ["门户提供的政策数据无法使用", "入口網站提供的政策資料無法使用", "The portal's policy data could not be used"],
    LinkNoticeTitle => ["链接中的部分内容无法识别", "連結中的部分內容無法識別", "Part of the link was not understood"],
    BadRouteNotice => ["链接里的页面地址无法识别，已为您打开首页。", "連結裡的頁面地址無法識別，已為您打開首頁。", "The page in the link was not recognised, so the start page is shown."],
    LinkProblemsLead => ["您打开的链接中有些答案需要修改，其他答案已保留。", "您打開的連結中有些答案需要修改，其他答案已保留。", "Some answers in the link you opened need correcting; the others have been kept."],

    LUnit => form ["单位", "單位", "Unit"],
    UnitKva => form ["kVA（千伏安）", "kVA（千伏安）", "kVA (kilovolt-amperes)"],
    UnitKw => form ["kW（千瓦）", "kW（千瓦）", "kW (kilowatts)"],
    UnitHint => form [
        "变压器容量一般以 kVA 标注，设备功率一般以 kW 标注。",
        "變壓器容量一般以 kVA 標註，設備功率一般以 kW 標註。",
        "Transformers are usually rated in kVA, equipment in kW."
    ],
    PfSummary => form ["功率因数（可选，用于 kW 与 kVA 换算）", "功率因數（可選，用於 kW 與 kVA 換算）", "Power factor (optional, for converting kW and kVA)"],

    // Check answers.
    CheckTitle => ["核对您的答案", "核對您的答案", "Check your answers"],
    CheckLead => form ["如需修改，请点“修改”。", "如需修改，請點「修改」。", "Use “Change” to correct an answer."],
    Change => ["修改", "修改", "Change"],
    NotAnswered => ["未回答", "未回答", "Not answered"],
    SeeResult => form ["查看评估结果", "查看評估結果", "See the result"],
    PfDefault => ["未填写（按 0.9 计算）", "未填寫（按 0.9 計算）", "Not given (0.9 is used)"],
    TodayWord => ["今天", "今天", "today"],

    // Result.
    ResultTitle => ["评估结果", "評估結果", "Your result"],
    ResultEstimate => [
        "这是依据政策文件的估算，以供电企业的答复为准。",
        "這是依據政策文件的估算，以供電企業的答覆為準。",
        "This is an estimate from the policy documents; the utility's reply is what counts."
    ],
    VerdictHeading => ["零投资（电网侧工程由供电企业出资）", "零投資（電網側工程由供電企業出資）", "Zero investment (the utility pays for the grid-side works)"],
    VerdictCovers => ["包括：", "包括：", "What it covers: "],
    VerdictCondition => ["前提条件：", "前提條件：", "Condition: "],
    VerdictNote => ["说明：", "說明：", "Note: "],
    NationalRuleLabel => ["国家规定：", "國家規定：", "National rule: "],
    NationalLimitLabel => ["国家规定的时限", "國家規定的時限", "National time limit"],
    StagesNone => ["所依据的文件没有规定这种情形的办理环节，请向供电企业咨询。", "所依據的文件沒有規定這種情形的辦理環節，請向供電企業諮詢。", "The sources set no stages for this case; ask the utility."],
    StagesNoneShort => ["文件未规定", "文件未規定", "Not set by the sources"],
    FromNationalBaseline => ["当地文件没有规定这一项，以下是国家规定的基准。", "當地文件沒有規定這一項，以下是國家規定的基準。", "The local documents do not set this; the national baseline is shown."],
    CommitmentsTitle => ["您可以要求的服务", "您可以要求的服務", "What you are entitled to"],
    CommitmentsLead => ["政策文件对申请人作出的承诺（只列出与您的情况相关的）：", "政策文件對申請人作出的承諾（只列出與您的情況相關的）：", "What the policy documents promise applicants (only those that apply to you):"],
    TopicService => ["服务", "服務", "Service"],
    TopicDocuments => ["材料", "材料", "Documents"],
    TopicApprovals => ["审批", "審批", "Approvals"],
    TopicCosts => ["费用", "費用", "Costs"],
    TopicTime => ["时限", "時限", "Time"],
    DependsTitle => ["不同答案下的结论：", "不同答案下的結論：", "With other answers:"],
    Applies => ["适用", "適用", "applies"],
    DoesNotApply => ["不适用", "不適用", "does not apply"],
    TimeTitle => ["办电时限", "辦電時限", "Time limit"],
    ConnectedBy => ["最迟接电日期", "最遲接電日期", "Connected by"],
    TotalLimit => ["总时限", "總時限", "Total time limit"],
    WithWorksBy => ["外线工程和审批另计时，用足各自时限则到", "外線工程和審批另計時，用足各自時限則到", "With permits and external works timed separately, at their full time"],
    NationalCap => ["国家规定的上限", "國家規定的上限", "The national ceiling"],
    SummaryTitle => ["结果摘要", "結果摘要", "In short"],
    NextStep => ["下一步", "下一步", "Next step"],
    NextStepApply => ["向当地供电企业提出申请，第一个环节是“{0}”。", "向當地供電企業提出申請，第一個環節是「{0}」。", "Apply to the local electricity company; the first stage is \u{201c}{0}\u{201d}."],
    MoreTitle => ["依据、换算和出处", "依據、換算和出處", "Reasons, conversions and sources"],
    MoreCommitments => ["其余 {0} 项承诺", "其餘 {0} 項承諾", "{0} more promises"],
    NoTotalLimit => ["所依据的政策没有规定这种情形的总时限。", "所依據的政策沒有規定這種情形的總時限。", "The policy sets no total time limit for this case."],
    StartsOn => ["申请日期", "申請日期", "Application date"],
    KindStage => ["环节", "環節", "Stage"],
    KindApproval => ["政府审批 · 单独计时", "政府審批 · 單獨計時", "Government permits · timed separately"],
    KindApprovalWithin => ["政府审批 · 计入总时限", "政府審批 · 計入總時限", "Government permits · within the total time limit"],
    KindConstruction => ["工程施工 · 单独计时", "工程施工 · 單獨計時", "Construction · timed separately"],
    NotInTotal => ["不计入总时限", "不計入總時限", "Not counted in the total time limit"],
    SameDay => ["当日办结", "當日辦結", "Done the same day"],
    SharedLimit => ["与其他环节共用总时限", "與其他環節共用總時限", "Shares the total time limit with other stages"],
    NoEnd => ["政策没有规定这一段的时限", "政策沒有規定這一段的時限", "The policy sets no time limit for this period"],
    HolidaysInside => ["期间的节假日：", "期間的節假日：", "Holidays in this period: "],
    ForThisStage => ["此环节需要：", "此環節需要：", "For this stage you need:"],
    TimelineTitle => ["办理步骤和日期", "辦理步驟和日期", "Steps and dates"],
    DocumentsNone => ["所依据的文件没有列出申请材料，请向供电企业确认。", "所依據的文件沒有列出申請材料，請向供電企業確認。", "The sources list no application documents for this case; ask the utility."],
    AnyOneOf => ["以下任一种即可：", "以下任一種即可：", "Any one of these:"],
    ConditionalTitle => ["特定情况下还需要", "特定情況下還需要", "Only in some cases"],
    LaterDocsTitle => ["后续环节需要的材料", "後續環節需要的材料", "Documents for later stages"],
    CostsTitle => ["费用：谁出哪部分钱", "費用：誰出哪部分錢", "Costs: who pays for what"],
    PartCol => form ["项目", "項目", "Part of the work"],
    PayerCol => form ["由谁承担", "由誰承擔", "Who pays"],
    PayerUtility => ["供电企业", "供電企業", "The utility"],
    PayerCustomer => ["您自己", "您自己", "You"],
    FeesTitle => ["收费项目", "收費項目", "Fees"],
    MustNotCharge => ["不应收取", "不應收取", "Must not be charged"],
    MayCharge => ["可能收取", "可能收取", "May be charged"],
    ApprovalsTitle => ["政府审批", "政府審批", "Government permits"],
    ApprovalsYes => ["需要办理以下审批。", "需要辦理以下審批。", "These permits are needed."],
    ApprovalsNo => ["不需要办理政府审批。", "不需要辦理政府審批。", "No government permits are needed."],
    ApprovalsDepends => ["只有需要外线工程时，才要办理以下审批。", "只有需要外線工程時，才要辦理以下審批。", "These permits are needed only if there are external works."],
    Parallel => ["各项审批并联办理（同时进行）。", "各項審批並聯辦理（同時進行）。", "The permits are processed in parallel."],
    Authority => ["办理部门：", "辦理部門：", "Authority: "],
    WarningsTitle => ["请注意", "請注意", "Things to know"],
    WarningConflict => ["政策原文前后不一致", "政策原文前後不一致", "The policy contradicts itself"],
    WarningInterpretation => ["我们对原文的理解", "我們對原文的理解", "How we read the text"],
    WarningCaution => ["请核实", "請核實", "Check this"],
    WarningInfo => ["须知", "須知", "Good to know"],
    AssumptionsTitle => ["我们替您假设的答案", "我們替您假設的答案", "Answers we assumed"],
    VariationsTitle => ["如果答案不同", "如果答案不同", "If an answer is different"],
    ShowThis => ["按此答案查看", "按此答案查看", "Show this result"],
    Source => ["依据", "依據", "Source"],
    Sources => ["依据的政策文件", "依據的政策文件", "Policy documents cited"],
    Clause => form ["条款：", "條款：", "Clause: "],
    Issued => ["发布：", "發布：", "Issued: "],
    Effective => ["施行：", "施行：", "In force from: "],
    Issuer => ["发布机关：", "發布機關：", "Issued by: "],
    Secondary => ["二手资料（政策解读或报道，不是原文）", "二手資料（政策解讀或報道，不是原文）", "Secondary source (a report about the policy, not the policy itself)"],
    SecondaryShort => ["二手资料", "二手資料", "Secondary source"],
    QuoteLabel => ["原文", "原文", "Original text"],
    YourAnswers => ["您的答案", "您的答案", "Your answers"],
    ShareTitle => ["保存或分享结果", "保存或分享結果", "Keep or share this result"],
    ShareHint => [
        "这个链接包含您的全部答案，打开即可看到同样的结果。链接只在您的设备上生成，我们不保存任何信息。",
        "這個連結包含您的全部答案，打開即可看到同樣的結果。連結只在您的裝置上產生，我們不儲存任何資訊。",
        "This link holds all your answers; opening it shows the same result. It is made on your device and nothing is stored anywhere."
    ],
    LinkLabel => ["结果链接", "結果連結", "Link to this result"],
    PricesTitle => ["参考价格：", "參考價格：", "Indicative prices: "],
    PricePart => ["项目", "項目", "Part"],
    PriceUnit => ["单价（元）", "單價（元）", "Unit price (yuan)"],
    PriceQuantity => ["数量", "數量", "Quantity"],
    PriceCost => ["您需出资（元）", "您需出資（元）", "Your cost (yuan)"],
    PerEach => ["个", "個", "each"],
    PerKva => ["千伏安", "千伏安", "kVA"],
    PerMetre => ["米", "米", "metre"],
    PriceNotYours => ["0（零投资：由供电企业出资）", "0（零投資：由供電企業出資）", "0 (zero investment: the utility pays)"],
    PricePerMetreOnly => ["按实际长度计", "按實際長度計", "by the actual length"],
    QrLabel => ["用手机扫码带走结果", "用手機掃碼帶走結果", "Scan with your phone to take the result with you"],
    AddToCalendar => ["加入日历", "加入日曆", "Add to calendar"],
    CopyLink => ["复制链接", "複製連結", "Copy link"],
    ShareLink => ["分享链接", "分享連結", "Share link"],
    Copied => ["链接已复制。", "連結已複製。", "Link copied."],
    CopyFailed => ["无法自动复制：链接已选中，请手动复制。", "無法自動複製：連結已選取，請手動複製。", "Could not copy automatically: the link is selected, copy it by hand."],
    Print => ["打印清单", "列印清單", "Print checklist"],
    StartAgain => ["重新评估", "重新評估", "Start again"],
    PrintedFrom => ["打印自电力接入自助评估，结果仅供参考。重新打开：", "列印自電力接入自助評估，結果僅供參考。重新打開：", "Printed from the electricity connection self-assessment; an estimate only. Open again at: "],
    VoltageInferredTag => ["（按容量推断）", "（按容量推斷）", " (inferred from the capacity)"],
    Capacity => ["容量", "容量", "Capacity"],
    Voltage => ["电压", "電壓", "Voltage"],
    Place => ["地区", "地區", "Place"],

    // Kiosk.
    IdleTitle => form ["您还在使用吗？", "您還在使用嗎？", "Are you still there?"],
    IdleContinue => form ["继续使用", "繼續使用", "Keep going"],

    // The equipment list (its own strings are in load_strings.rs).
    LoadTitle => ["按设备估算用电容量", "按設備估算用電容量", "Estimate the capacity from your equipment"],

    // Water, gas and telecom beside electricity (the utilities question and section).
    ElectricityOnly => ["只申请用电", "只申請用電", "Electricity only"],
    DnUnit => form ["毫米", "毫米", "mm"],
    UtilitiesTitle => ["同时申请的用水、用气和通信", "同時申請的用水、用氣和通信", "Water, gas and telecom applied for with it"],
    UtilitiesLead => ["每一项按所在地区的文件单独评估，与上面的用电结果互不影响。", "每一項按所在地區的文件單獨評估，與上面的用電結果互不影響。", "Each one is assessed on its own under the place's sources; it does not change the electricity result above."],
    UtilityNotCovered => form ["文件未覆盖", "文件未覆蓋", "Not covered by the sources"],
    UtilityLatest => form ["最迟办结", "最遲辦結", "Done by"],
    UtilityOtherAnswers => ["不同答案下的时限", "不同答案下的時限", "The time limit with other answers"],
    UtilityNoLimit => ["文件未规定时限", "文件未規定時限", "No time limit set"],
    UtilityStagesCount => ["办理阶段（文件规定 {0} 个）", "辦理階段（文件規定 {0} 個）", "Stages (the source counts {0})"],
    UtilityDocuments => ["申请材料", "申請材料", "What to bring"],
    UtilityCosts => ["费用", "費用", "Costs"],
    MeterFee => ["水表安装费", "水表安裝費", "Meter installation fee"],
    MeterFeeWaived => ["免收", "免收", "Waived"],
    MeterFeeNotWaived => ["不在免收范围内", "不在免收範圍內", "Not waived"],
    MeterFeeDepends => ["视情况而定", "視情況而定", "It depends"],
    UtilityPromises => ["您可以要求的服务（{0} 项）", "您可以要求的服務（{0} 項）", "What you are entitled to ({0})"],
}

impl Lang {
    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::ZhHans => "简体中文",
            Lang::ZhHant => "繁體中文",
            Lang::En => "English",
        }
    }
}

pub use crate::text::pick;
