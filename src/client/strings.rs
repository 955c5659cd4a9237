//! The hand-written string table in zh-Hans, zh-Hant and English.

use crate::text::Lang;

// ---------------------------------------------------------------------------
// The string table.
// ---------------------------------------------------------------------------

/// A string table: an enum with one variant per string, and its rows. `S` is the
/// applicant's pages' table; `@table Name, ROWS;` makes another one.
macro_rules! strings {
    (@table $name:ident, $table:ident; $($key:ident => [$hans:literal, $hant:literal, $en:literal],)*) => {
        /// Fixed pieces of UI text, in zh-Hans, zh-Hant and English.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }
        /// One row per variant, in declaration order: [zh-Hans, zh-Hant, en].
        const $table: &[[&str; 3]] = &[$([$hans, $hant, $en]),*];
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
            pub fn get(self, lang: Lang) -> &'static str {
                let column = match lang { Lang::ZhHans => 0, Lang::ZhHant => 1, Lang::En => 2 };
                $table[self as usize][column]
            }
        }
    };
    ($($key:ident => [$hans:literal, $hant:literal, $en:literal],)*) => {
        strings! { @table S, TABLE; $($key => [$hans, $hant, $en],)* }
    };
}
pub(crate) use strings;

strings! {
    AppName => ["电力接入自助评估", "電力接入自助評估", "Electricity connection self-assessment"],
    AppTagline => ["按当地政策估算办电环节、时限、材料和费用", "按當地政策估算辦電環節、時限、材料和費用", "Stages, time limits, documents and costs under your local policy"],
    SkipToContent => ["跳到主要内容", "跳到主要內容", "Skip to main content"],
    LanguageNav => ["选择语言", "選擇語言", "Choose a language"],
    Loading => ["正在加载…", "正在載入…", "Loading…"],
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
    StartLead => [
        "回答几个简单的问题，我们会按您所在地的政策文件告诉您：",
        "回答幾個簡單的問題，我們會按您所在地的政策文件告訴您：",
        "Answer a few questions and we will tell you, from your local policy documents:"
    ],
    StartBullet1 => ["办电要经过几个环节，每个环节最迟哪天办完", "辦電要經過幾個環節，每個環節最遲哪天辦完", "how many stages getting connected takes, and the latest date for each"],
    StartBullet2 => ["申请时要带哪些材料，哪些材料可以互相替代", "申請時要帶哪些材料，哪些材料可以互相替代", "which documents to bring, and which ones can replace each other"],
    StartBullet3 => ["是否享受“零投资”，哪部分费用由谁承担", "是否享受「零投資」，哪部分費用由誰承擔", "whether “zero investment” applies, and who pays for which part"],
    StartBullet4 => ["可能需要办理哪些政府审批", "可能需要辦理哪些政府審批", "which government permits may be needed"],
    StartNeedTitle => ["开始前请准备", "開始前請準備", "Before you start"],
    StartNeed1 => ["用电地址在哪个地区，是城区还是农村", "用電地址在哪個地區，是城區還是農村", "where the premises are, and whether the area is urban or rural"],
    StartNeed2 => ["需要的用电容量（kVA 千伏安或 kW 千瓦），可查看变压器铭牌或设备清单", "需要的用電容量（kVA 千伏安或 kW 千瓦），可查看變壓器銘牌或設備清單", "the capacity you need, in kVA or kW (see the transformer nameplate or your equipment list)"],
    StartNeed3 => ["您属于哪类用户：居民、小微企业或其他", "您屬於哪類用戶：居民、小微企業或其他", "what kind of customer you are: a household, a small or micro enterprise, or another"],
    StartTime => ["大约需要 3 分钟。不确定的问题可以选“不确定”。", "大約需要 3 分鐘。不確定的問題可以選「不確定」。", "It takes about 3 minutes. You can answer “Not sure” where you do not know."],
    StartButton => ["开始", "開始", "Start now"],
    StartCoverage => ["目前收录的地区", "目前收錄的地區", "Places covered"],
    StartSources => [
        "每一项结果都注明所依据的政策文件、条款和原文。",
        "每一項結果都註明所依據的政策文件、條款和原文。",
        "Every figure in the result names the policy document, clause and original text it comes from."
    ],
    StartPresetLead => ["已为您选择的地区：", "已為您選擇的地區：", "Place already chosen for you: "],

    // Form.
    Back => ["返回", "返回", "Back"],
    Continue => ["继续", "繼續", "Continue"],
    SaveAndCheck => ["保存并返回核对", "儲存並返回核對", "Save and go back to your answers"],
    ErrorSummaryTitle => ["请修改以下内容", "請修改以下內容", "There is a problem"],
    ErrorPrefix => ["错误：", "錯誤：", "Error: "],
    Optional => ["（可选）", "（可選）", " (optional)"],
    NotSure => ["不确定", "不確定", "Not sure"],
    Or => ["或", "或", "or"],
    PortalPolicyTitle => ["使用门户提供的政策数据", "使用入口網站提供的政策資料", "Policy data from the portal"],
    PortalPolicyRefusedTitle => ["链接指定的政策数据未获本网站允许，未被采用", "連結指定的政策資料未獲本網站允許，未被採用", "The link's policy data is not from a source this site allows, so it was not used"],
    PortalPolicyFailedTitle => ["门户提供的政策数据无法使用", "入口網站提供的政策資料無法使用", "The portal's policy data could not be used"],
    LinkNoticeTitle => ["链接中的部分内容无法识别", "連結中的部分內容無法識別", "Part of the link was not understood"],
    BadRouteNotice => ["链接里的页面地址无法识别，已为您打开首页。", "連結裡的頁面地址無法識別，已為您打開首頁。", "The page in the link was not recognised, so the start page is shown."],
    LinkProblemsLead => ["您打开的链接中有些答案需要修改，其他答案已保留。", "您打開的連結中有些答案需要修改，其他答案已保留。", "Some answers in the link you opened need correcting; the others have been kept."],

    StepWhere => ["用电地点", "用電地點", "Where the connection is"],
    StepWho => ["申请人", "申請人", "Who is applying"],
    StepCapacity => ["用电容量和电压", "用電容量和電壓", "Capacity and voltage"],
    StepDetails => ["用电情况", "用電情況", "About the connection"],
    StepWhen => ["申请日期", "申請日期", "When you apply"],

    QJurisdiction => ["用电地址在哪个地区？", "用電地址在哪個地區？", "Where are the premises?"],
    HJurisdiction => [
        "各地的办电时限、材料和“零投资”标准不同，我们按当地的政策文件计算。地区不在列表中时，请选“全国基准”。",
        "各地的辦電時限、材料和「零投資」標準不同，我們按當地的政策文件計算。地區不在列表中時，請選「全國基準」。",
        "Time limits, documents and the zero-investment cap differ from place to place, so we use the local policy. If your place is not listed, choose the national baseline."
    ],
    QArea => ["用电地址在城区还是农村？", "用電地址在城區還是農村？", "Is it in an urban or a rural area?"],
    HArea => [
        "有些地方城区和农村的“零投资”容量上限不同。",
        "有些地方城區和農村的「零投資」容量上限不同。",
        "Some places set different zero-investment caps for urban and rural areas."
    ],
    AreaUrban => ["城区（城市规划区内）", "城區（城市規劃區內）", "Urban (within a city or town planning area)"],
    AreaUrbanHint => ["城市、县城、城镇的规划建设区域", "城市、縣城、城鎮的規劃建設區域", "Cities, county seats and towns: their planned built-up areas"],
    AreaRural => ["其他地区（农村）", "其他地區（農村）", "Other areas (rural)"],
    AreaRuralHint => ["城市规划区以外的乡村地区", "城市規劃區以外的鄉村地區", "Villages and countryside outside the planning areas"],
    NotSureCompare => ["不确定（结果会说明不同答案的区别）", "不確定（結果會說明不同答案的區別）", "Not sure (the result shows how the answer matters)"],

    QCustomer => ["您属于哪类用户？", "您屬於哪類用戶？", "What kind of customer are you?"],
    HCustomer => [
        "居民和小微企业通常环节更少，也更可能享受“零投资”。",
        "居民和小微企業通常環節更少，也更可能享受「零投資」。",
        "Households and small or micro enterprises usually have fewer stages and are more likely to get zero investment."
    ],
    CustomerResident => ["居民（家庭生活用电）", "居民（家庭生活用電）", "Household (home use)"],
    CustomerSmallMicro => ["小微企业", "小微企業", "Small or micro enterprise"],
    CustomerSmallMicroHint => ["按国家中小企业划型标准属于小型、微型的企业", "按國家中小企業劃型標準屬於小型、微型的企業", "Small or micro under the national enterprise size criteria"],
    CustomerBusiness => ["其他非居民用户", "其他非居民用戶", "Other business or organisation"],
    CustomerBusinessHint => ["大中型企业、机关、学校等", "大中型企業、機關、學校等", "Larger companies, public bodies, schools and others"],
    CustomerPark => ["工业园区或重点项目", "工業園區或重點項目", "Industrial-park or key project"],
    CustomerParkHint => ["位于工业园区内，或列入政府重点项目清单", "位於工業園區內，或列入政府重點項目清單", "In an industrial park, or on a government key-project list"],

    QApplicant => ["由谁作为申请主体？", "由誰作為申請主體？", "Who is the applicant?"],
    HApplicant => [
        "不同申请主体可用的身份证明材料不同。",
        "不同申請主體可用的身份證明材料不同。",
        "The proof of identity you can use depends on who applies."
    ],
    ApplicantIndividual => ["个人", "個人", "An individual"],
    ApplicantCompany => ["企业（公司）", "企業（公司）", "A company"],
    ApplicantOrganisation => ["社会团体或其他组织", "社會團體或其他組織", "An association or other organisation"],
    ApplicantGovernment => ["政府机关或事业单位", "政府機關或事業單位", "A government body or public institution"],

    QProxy => ["是否委托他人代办？", "是否委託他人代辦？", "Is someone else applying on your behalf?"],
    HProxy => [
        "委托他人办理时，通常还需要授权委托书和经办人的身份证明。",
        "委託他人辦理時，通常還需要授權委託書和經辦人的身份證明。",
        "If someone applies for you, a letter of authorisation and their proof of identity are usually needed as well."
    ],
    ProxyYes => ["是，委托他人代办", "是，委託他人代辦", "Yes, someone applies for me"],
    ProxyNo => ["否，自己（本单位）办理", "否，自己（本單位）辦理", "No, I (we) apply ourselves"],

    QCapacity => ["需要多大的用电容量？", "需要多大的用電容量？", "What capacity do you need?"],
    HCapacity => [
        "容量决定供电电压、办电环节和是否适用“零投资”。请填写数字并选择单位，例如 120 kVA。",
        "容量決定供電電壓、辦電環節和是否適用「零投資」。請填寫數字並選擇單位，例如 120 kVA。",
        "The capacity decides the voltage, the stages and whether zero investment applies. Enter a number and choose the unit, for example 120 kVA."
    ],
    LUnit => ["单位", "單位", "Unit"],
    UnitKva => ["kVA（千伏安）", "kVA（千伏安）", "kVA (kilovolt-amperes)"],
    UnitKw => ["kW（千瓦）", "kW（千瓦）", "kW (kilowatts)"],
    UnitHint => [
        "变压器容量一般以 kVA 标注，设备功率一般以 kW 标注。",
        "變壓器容量一般以 kVA 標註，設備功率一般以 kW 標註。",
        "Transformers are usually rated in kVA, equipment in kW."
    ],
    PfSummary => ["功率因数（可选，用于 kW 与 kVA 换算）", "功率因數（可選，用於 kW 與 kVA 換算）", "Power factor (optional, for converting kW and kVA)"],
    QPowerFactor => ["功率因数", "功率因數", "Power factor"],
    HPowerFactor => [
        "有的规定以 kW 计，有的以 kVA 计，换算需要功率因数（kW = kVA × 功率因数）。填写 0.5 到 1 之间的数；不知道就留空，按 0.9 计算。",
        "有的規定以 kW 計，有的以 kVA 計，換算需要功率因數（kW = kVA × 功率因數）。填寫 0.5 到 1 之間的數；不知道就留空，按 0.9 計算。",
        "Some rules use kW and some kVA; converting needs the power factor (kW = kVA × power factor). Enter a number from 0.5 to 1, or leave it empty to use 0.9."
    ],

    QVoltage => ["供电电压是多少？", "供電電壓是多少？", "What is the supply voltage?"],
    HVoltage => [
        "电压决定办电环节的多少。不确定时我们按容量和当地规定推断，并在结果中说明。",
        "電壓決定辦電環節的多少。不確定時我們按容量和當地規定推斷，並在結果中說明。",
        "The voltage decides how many stages there are. If you are not sure, we infer it from the capacity and the local rules and say so in the result."
    ],
    VoltageLv => ["低压（380 伏 / 220 伏）", "低壓（380 伏 / 220 伏）", "Low voltage (380 V / 220 V)"],
    Voltage10 => ["10 千伏（高压）", "10 千伏（高壓）", "10 kV (high voltage)"],
    Voltage35 => ["35 千伏及以上", "35 千伏及以上", "35 kV or above"],
    NotSureInfer => ["不确定（按容量推断）", "不確定（按容量推斷）", "Not sure (infer it from the capacity)"],

    QKind => ["新装还是增容？", "新裝還是增容？", "A new connection or more capacity?"],
    HKind => ["增容是在已有用电的基础上增加容量。", "增容是在已有用電的基礎上增加容量。", "An increase adds capacity to a connection you already have."],
    KindNew => ["新装（第一次接电）", "新裝（第一次接電）", "New connection"],
    KindIncrease => ["增容（已有用电，增加容量）", "增容（已有用電，增加容量）", "Increase of an existing connection"],

    QTemporary => ["永久用电还是临时用电？", "永久用電還是臨時用電？", "Permanent or temporary supply?"],
    HTemporary => ["临时用电（如建筑工地）的材料和收费规定不同。", "臨時用電（如建築工地）的材料和收費規定不同。", "Temporary supply (for example a building site) has different documents and fees."],
    TemporaryNo => ["永久用电", "永久用電", "Permanent"],
    TemporaryYes => ["临时用电（如施工、临时活动）", "臨時用電（如施工、臨時活動）", "Temporary (for example a building site or an event)"],

    QSupply => ["需要一路电源还是两路电源？", "需要一路電源還是兩路電源？", "One power source or two?"],
    HSupply => [
        "双电源（两路供电，用于对供电可靠性要求高的用户）的时限和费用不同。大多数用户是单电源。",
        "雙電源（兩路供電，用於對供電可靠性要求高的用戶）的時限和費用不同。大多數用戶是單電源。",
        "Dual supply (two feeds, for customers who need high reliability) has different limits and fees. Most customers have a single supply."
    ],
    SupplySingle => ["单电源（一路供电）", "單電源（一路供電）", "Single supply (one feed)"],
    SupplyDual => ["双电源（两路供电）", "雙電源（兩路供電）", "Dual supply (two feeds)"],

    QExternal => ["是否需要外线工程？", "是否需要外線工程？", "Are external works needed?"],
    HExternal => [
        "外线工程指在您的用地范围以外、由电网新建或改造线路的工程，如敷设电缆、立杆。它影响时限，也决定是否要办政府审批。",
        "外線工程指在您的用地範圍以外、由電網新建或改造線路的工程，如敷設電纜、立桿。它影響時限，也決定是否要辦政府審批。",
        "External works are grid works outside your land, such as laying a cable or putting up poles. They affect the time limits and whether government permits are needed."
    ],
    ExternalYes => ["需要", "需要", "Yes"],
    ExternalNo => ["不需要（附近已有可接入的线路）", "不需要（附近已有可接入的線路）", "No (there is a line nearby to connect to)"],
    ExternalUnknown => ["不知道（按需要计算，并说明不需要时的结果）", "不知道（按需要計算，並說明不需要時的結果）", "Don't know (we show the longer case, and the result without works)"],

    QStart => ["哪天提交申请？", "哪天提交申請？", "When will you apply?"],
    HStart => [
        "各环节的截止日期从这一天起按工作日推算：当天不计入，周末和法定节假日不算，调休上班日照算。默认为今天。",
        "各環節的截止日期從這一天起按工作日推算：當天不計入，週末和法定節假日不算，調休上班日照算。預設為今天。",
        "Deadlines are counted in working days from this date: the day itself does not count, weekends and public holidays are skipped, make-up working days count. Today by default."
    ],

    // Check answers.
    CheckTitle => ["核对您的答案", "核對您的答案", "Check your answers"],
    CheckLead => ["如需修改，请点“修改”。", "如需修改，請點「修改」。", "Use “Change” to correct an answer."],
    Change => ["修改", "修改", "Change"],
    NotAnswered => ["未回答", "未回答", "Not answered"],
    SeeResult => ["查看评估结果", "查看評估結果", "See the result"],
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
    WithWorksBy => ["如审批和外线工程用足各自时限，最迟", "如審批和外線工程用足各自時限，最遲", "If permits and external works use their full time, by"],
    NoTotalLimit => ["所依据的政策没有规定这种情形的总时限。", "所依據的政策沒有規定這種情形的總時限。", "The policy sets no total time limit for this case."],
    StartsOn => ["申请日期", "申請日期", "Application date"],
    KindStage => ["环节", "環節", "Stage"],
    KindApproval => ["政府审批 · 单独计时", "政府審批 · 單獨計時", "Government permits · timed separately"],
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
    PartCol => ["项目", "項目", "Part of the work"],
    PayerCol => ["由谁承担", "由誰承擔", "Who pays"],
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
    Clause => ["条款：", "條款：", "Clause: "],
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
    IdleTitle => ["您还在使用吗？", "您還在使用嗎？", "Are you still there?"],
    IdleContinue => ["继续使用", "繼續使用", "Keep going"],

    // The equipment list (its own strings are in load_strings.rs).
    LoadTitle => ["按设备估算用电容量", "按設備估算用電容量", "Estimate the capacity from your equipment"],
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
