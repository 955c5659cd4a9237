//! Pure UI logic of the web app, testable natively: the page state and its
//! reducer (`State::apply`), the questions and how they are grouped into pages,
//! the hand-written string table in zh-Hans / zh-Hant / English, and date and
//! number formatting. The Yew components in `app` (wasm only) render a `State`
//! and dispatch `Action`s; nothing here touches the browser.

use crate::assessment::{Assessment, TimelineKind, Verdict, WarningKind};
use crate::calendar::{Calendar, CalendarEvent};
use crate::capacity::{to_halfwidth, Unit};
use crate::engine::assess_on;
use crate::model::{
    parse_date, Applicant, Application, Area, Customer, Draft, Field, Kind, Problem, Supply,
    Voltage,
};
use crate::policy::{DaysKind, Payer, PolicyPack};
use crate::share::{self, Mode, Route};
use crate::text::{Lang, Text};
use crate::tr;
use chrono::{Datelike, NaiveDate};
use std::sync::OnceLock;

// ---------------------------------------------------------------------------
// Policy data, parsed once.
// ---------------------------------------------------------------------------

static PACK: OnceLock<PolicyPack> = OnceLock::new();
static ORIGIN: OnceLock<PolicyOrigin> = OnceLock::new();

/// The policy pack in use: the embedded one unless a portal's pack was installed first.
pub fn pack() -> &'static PolicyPack {
    PACK.get_or_init(PolicyPack::embedded)
}

/// Where the policy data in use came from.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum PolicyOrigin {
    #[default]
    BuiltIn,
    /// A portal's pack (`policy=<url>`), over the built-in one.
    Portal { url: String },
    /// The portal's pack could not be used, so the built-in one is.
    PortalFailed { url: String, problems: Vec<String> },
}

impl PolicyOrigin {
    /// The pack address the page was loaded with, if any.
    pub fn url(&self) -> Option<&str> {
        match self {
            PolicyOrigin::BuiltIn => None,
            PolicyOrigin::Portal { url } | PolicyOrigin::PortalFailed { url, .. } => Some(url),
        }
    }
}

pub fn policy_origin() -> &'static PolicyOrigin {
    ORIGIN.get_or_init(PolicyOrigin::default)
}

/// At most this many pack problems are listed on the page (the `estimate` command lists all).
pub const MAX_SHOWN_PACK_PROBLEMS: usize = 8;

/// Decides the pack from what fetching a portal's `policy=<url>` gave: its text, or
/// why it could not be fetched. Call once, before the first [`pack`].
pub fn install_portal_pack(url: &str, fetched: Result<String, String>) {
    let (pack, origin) = portal_pack(url, fetched);
    if let Some(p) = pack {
        let _ = PACK.set(p);
    }
    let _ = ORIGIN.set(origin);
}

/// The pack to use (none: the built-in one) and what to tell the user about it.
pub fn portal_pack(
    url: &str,
    fetched: Result<String, String>,
) -> (Option<PolicyPack>, PolicyOrigin) {
    let url = url.to_string();
    match fetched.map(|text| PolicyPack::from_json_over_embedded(&text)) {
        Ok(Ok(p)) => (Some(p), PolicyOrigin::Portal { url }),
        Ok(Err(errors)) => (
            None,
            PolicyOrigin::PortalFailed {
                url,
                problems: errors.iter().map(|e| e.to_string()).collect(),
            },
        ),
        Err(why) => (
            None,
            PolicyOrigin::PortalFailed {
                url,
                problems: vec![why],
            },
        ),
    }
}

/// The `policy=<url>` a page address names, if any.
pub fn policy_url(hash: &str) -> Option<String> {
    share::parse_fragment(&split_step(hash).1).portal.policy
}

/// The jurisdiction ids, in the order the form lists them.
pub fn jurisdiction_ids() -> Vec<&'static str> {
    pack().ids()
}

/// The places the form lists: local ones first, the national baseline last.
pub fn jurisdiction_choices() -> Vec<&'static str> {
    let ids = jurisdiction_ids();
    let (national, local): (Vec<&str>, Vec<&str>) =
        ids.into_iter().partition(|id| *id == "national");
    local.into_iter().chain(national).collect()
}

/// A jurisdiction's name, or the id itself when unknown.
pub fn jurisdiction_name(id: &str, lang: Lang) -> String {
    match pack().get(&normalize_jurisdiction(id)) {
        Some(j) => j.name.get(lang).to_string(),
        None => id.to_string(),
    }
}

/// The spelling the engine accepts for a jurisdiction id.
pub fn normalize_jurisdiction(raw: &str) -> String {
    let j = raw.trim().to_lowercase().replace('_', "-");
    if j == "districtx" {
        "district-x".to_string()
    } else {
        j
    }
}

// ---------------------------------------------------------------------------
// The string table.
// ---------------------------------------------------------------------------

macro_rules! strings {
    ($($key:ident => [$hans:literal, $hant:literal, $en:literal],)*) => {
        /// Every fixed piece of UI text, in zh-Hans, zh-Hant and English.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum S { $($key),* }
        /// One row per `S` variant, in declaration order: [zh-Hans, zh-Hant, en].
        const TABLE: &[[&str; 3]] = &[$([$hans, $hant, $en]),*];
        impl S {
            pub const ALL: &'static [S] = &[$(S::$key),*];
            pub fn get(self, lang: Lang) -> &'static str {
                let column = match lang { Lang::ZhHans => 0, Lang::ZhHant => 1, Lang::En => 2 };
                TABLE[self as usize][column]
            }
        }
    };
}

strings! {
    AppName => ["电力接入自助评估", "電力接入自助評估", "Electricity connection self-assessment"],
    AppTagline => ["按当地政策估算办电环节、时限、材料和费用", "按當地政策估算辦電環節、時限、材料和費用", "Stages, time limits, documents and costs under your local policy"],
    SkipToContent => ["跳到主要内容", "跳到主要內容", "Skip to main content"],
    LanguageNav => ["选择语言", "選擇語言", "Choose a language"],
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
    VerdictYes => ["适用零投资", "適用零投資", "Zero investment applies"],
    VerdictNo => ["不适用零投资", "不適用零投資", "Zero investment does not apply"],
    VerdictDepends => ["零投资：视情况而定", "零投資：視情況而定", "Zero investment: it depends"],
    VerdictCovers => ["包括：", "包括：", "What it covers: "],
    VerdictCondition => ["前提条件：", "前提條件：", "Condition: "],
    VerdictNote => ["说明：", "說明：", "Note: "],
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

    pub fn is_zh(self) -> bool {
        self != Lang::En
    }
}

/// Picks one of three strings by language.
pub fn pick<T>(lang: Lang, hans: T, hant: T, en: T) -> T {
    match lang {
        Lang::ZhHans => hans,
        Lang::ZhHant => hant,
        Lang::En => en,
    }
}

// ---------------------------------------------------------------------------
// Formatting.
// ---------------------------------------------------------------------------

const WEEKDAYS_ZH: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];
const WEEKDAYS_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday_index(d: NaiveDate) -> usize {
    d.weekday().num_days_from_monday() as usize
}

/// "2026年6月4日（星期四）" / "Thu 4 June 2026".
pub fn date_long(d: NaiveDate, lang: Lang) -> String {
    let w = weekday_index(d);
    match lang {
        Lang::En => format!(
            "{} {} {} {}",
            WEEKDAYS_EN[w],
            d.day(),
            MONTHS_EN[d.month0() as usize],
            d.year()
        ),
        _ => format!(
            "{}年{}月{}日（星期{}）",
            d.year(),
            d.month(),
            d.day(),
            WEEKDAYS_ZH[w]
        ),
    }
}

/// "6月4日（周四）" / "Thu 4 Jun" (for lists of days inside one period).
pub fn date_short(d: NaiveDate, lang: Lang) -> String {
    let w = weekday_index(d);
    match lang {
        Lang::En => format!(
            "{} {} {}",
            WEEKDAYS_EN[w],
            d.day(),
            &MONTHS_EN[d.month0() as usize][..3]
        ),
        Lang::ZhHans => format!("{}月{}日（周{}）", d.month(), d.day(), WEEKDAYS_ZH[w]),
        Lang::ZhHant => format!("{}月{}日（週{}）", d.month(), d.day(), WEEKDAYS_ZH[w]),
    }
}

/// "2026-06-04" (the link and date-picker format).
pub fn iso_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// "6月4日" / "4 Jun".
fn day_month(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {}", d.day(), &MONTHS_EN[d.month0() as usize][..3]),
        _ => format!("{}月{}日", d.month(), d.day()),
    }
}

/// "4 个工作日" / "1 working day" / "30 天" / "30 days".
pub fn days(n: u32, kind: DaysKind, lang: Lang) -> String {
    match (kind, lang) {
        (DaysKind::Working, Lang::ZhHans) => format!("{n} 个工作日"),
        (DaysKind::Working, Lang::ZhHant) => format!("{n} 個工作日"),
        (DaysKind::Working, Lang::En) if n == 1 => "1 working day".to_string(),
        (DaysKind::Working, Lang::En) => format!("{n} working days"),
        (DaysKind::Calendar, Lang::En) if n == 1 => "1 day".to_string(),
        (DaysKind::Calendar, Lang::En) => format!("{n} days"),
        (DaysKind::Calendar, _) => format!("{n} 天"),
    }
}

/// "不超过 4 个工作日" / "up to 4 working days"; "平均 …" / "… on average" for averages; 0 = same day.
pub fn limit_text(n: u32, kind: DaysKind, average: bool, lang: Lang) -> String {
    if n == 0 {
        return S::SameDay.get(lang).to_string();
    }
    let d = days(n, kind, lang);
    match (average, lang) {
        (true, Lang::En) => format!("{d} on average"),
        (true, _) => format!("平均 {d}"),
        (false, Lang::ZhHans) => format!("不超过 {d}"),
        (false, Lang::ZhHant) => format!("不超過 {d}"),
        (false, Lang::En) => format!("Up to {d}"),
    }
}

/// "自 2026年9月30日（星期三）申请起算" under the completion date.
pub fn applied_on(d: NaiveDate, lang: Lang) -> String {
    let d = date_long(d, lang);
    pick(
        lang,
        format!("自 {d} 申请起算"),
        format!("自 {d} 申請起算"),
        format!("counted from your application on {d}"),
    )
}

/// The verdict's reason without a lead that repeats the verdict heading
/// ("适用零投资：120 kVA…" under the heading "适用零投资" reads "120 kVA…").
pub fn reason_without_heading<'a>(reason: &'a str, heading: &str) -> &'a str {
    match reason.strip_prefix(heading) {
        Some(rest) => {
            let rest = rest.trim_start_matches(['：', ':', ' ', '。', '.']);
            if rest.is_empty() {
                reason
            } else {
                rest
            }
        }
        None => reason,
    }
}

/// "共 3 个" / "3 in all".
pub fn stage_count(n: usize, lang: Lang) -> String {
    pick(
        lang,
        format!("共 {n} 个"),
        format!("共 {n} 個"),
        format!("{n} in all"),
    )
}

pub fn portal_policy_text(url: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("以下评估依据门户提供的政策数据（{url}），而不是本工具内置的数据。"),
        format!("以下評估依據入口網站提供的政策資料（{url}），而不是本工具內建的資料。"),
        format!("This assessment uses policy data supplied by the portal ({url}) instead of the data built into this tool."),
    )
}

pub fn portal_policy_failed_text(url: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("门户指定的政策数据（{url}）无法使用，以下评估依据本工具内置的数据。请告知嵌入本工具的网站。问题如下："),
        format!("入口網站指定的政策資料（{url}）無法使用，以下評估依據本工具內建的資料。請告知嵌入本工具的網站。問題如下："),
        format!("The policy data the portal named ({url}) could not be used, so this assessment uses the data built into this tool. Please tell the site that embeds it. The problems:"),
    )
}

pub fn more_problems_text(n: usize, lang: Lang) -> String {
    pick(
        lang,
        format!("……另有 {n} 个问题。"),
        format!("……另有 {n} 個問題。"),
        format!("…and {n} more."),
    )
}

pub fn accent_problem_text(raw: &str, problem: share::AccentProblem, lang: Lang) -> String {
    match problem {
        share::AccentProblem::NotAColour => pick(
            lang,
            format!("“{raw}”不是颜色代码（应为六位十六进制数，如 0b4f7c），已使用默认颜色。"),
            format!("「{raw}」不是顏色代碼（應為六位十六進位數，如 0b4f7c），已使用預設顏色。"),
            format!("“{raw}” is not a colour code (six hexadecimal digits, like 0b4f7c); the default colour is used."),
        ),
        share::AccentProblem::TooLight => pick(
            lang,
            format!("颜色“{raw}”太浅，白色文字在上面难以看清（对比度低于 4.5:1），已使用默认颜色。"),
            format!("顏色「{raw}」太淺，白色文字在上面難以看清（對比度低於 4.5:1），已使用預設顏色。"),
            format!("The colour “{raw}” is too light for white text to be read on it (contrast below 4.5:1); the default colour is used."),
        ),
    }
}

/// "链接中有本工具不认识的参数（已忽略）：colour".
pub fn unknown_params_text(params: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("链接中有本工具不认识的参数，已忽略：{params}"),
        format!("連結中有本工具不認識的參數，已忽略：{params}"),
        format!("The link has parameters this tool does not know; they were ignored: {params}"),
    )
}

/// "如为“其他地区（农村）”" — one scenario of an unanswered question.
pub fn scenario_label(field: Field, value: &str, lang: Lang) -> String {
    let answer = choice_label(field, value, lang);
    let q = field.label();
    pick(
        lang,
        format!("{}为“{answer}”时", q.get(lang)),
        format!("{}為「{answer}」時", q.get(lang)),
        format!("{}: “{answer}”", q.get(lang)),
    )
}

/// "第 2 步，共 5 步" / "Step 2 of 5".
pub fn step_of(n: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Step {n} of {total}"),
        _ => format!("第 {n} 步，共 {total} 步"),
    }
}

/// "办电环节（共 3 个）" / "Stages (3)".
pub fn stages_title(n: usize, lang: Lang) -> String {
    pick(
        lang,
        format!("办电环节：共 {n} 个"),
        format!("辦電環節：共 {n} 個"),
        format!("Stages: {n} in all"),
    )
}

/// "申请时要带的材料（2 项）".
pub fn documents_title(n: usize, lang: Lang) -> String {
    pick(
        lang,
        format!("申请时要带的材料（{n} 项）"),
        format!("申請時要帶的材料（{n} 項）"),
        if n == 1 {
            "Documents to bring when you apply (1)".to_string()
        } else {
            format!("Documents to bring when you apply ({n})")
        },
    )
}

/// "从 2026年6月1日（星期一）起，最迟 2026年6月4日（星期四）".
pub fn period_text(start: NaiveDate, end: Option<NaiveDate>, lang: Lang) -> String {
    match end {
        Some(e) if e == start => date_long(e, lang),
        Some(e) => pick(
            lang,
            format!("{} 起，最迟 {}", date_long(start, lang), date_long(e, lang)),
            format!("{} 起，最遲 {}", date_long(start, lang), date_long(e, lang)),
            format!(
                "From {} to {} at the latest",
                date_long(start, lang),
                date_long(e, lang)
            ),
        ),
        None => pick(
            lang,
            format!("{} 起", date_long(start, lang)),
            format!("{} 起", date_long(start, lang)),
            format!("From {}", date_long(start, lang)),
        ),
    }
}

/// "审批合计不超过 7 个工作日" (or "至少" when some permit has no limit).
pub fn approvals_total(n: u32, minimum: bool, lang: Lang) -> String {
    let d = days(n, DaysKind::Working, lang);
    match (minimum, lang) {
        (false, Lang::ZhHans) => format!("审批合计不超过 {d}。"),
        (false, Lang::ZhHant) => format!("審批合計不超過 {d}。"),
        (false, Lang::En) => format!("All permits within {d}."),
        (true, Lang::ZhHans) => format!("审批至少需要 {d}（部分审批没有规定时限）。"),
        (true, Lang::ZhHant) => format!("審批至少需要 {d}（部分審批沒有規定時限）。"),
        (true, Lang::En) => format!("At least {d} for the permits (some have no stated limit)."),
    }
}

/// "复杂情形不超过 20 个工作日".
pub fn complex_limit(n: u32, lang: Lang) -> String {
    let d = days(n, DaysKind::Working, lang);
    pick(
        lang,
        format!("复杂情形不超过 {d}"),
        format!("複雜情形不超過 {d}"),
        format!("complex cases: up to {d}"),
    )
}

/// "上级规定：不超过 7 个工作日".
pub fn regional_limit(n: u32, lang: Lang) -> String {
    let d = days(n, DaysKind::Working, lang);
    pick(
        lang,
        format!("上级规定：不超过 {d}"),
        format!("上級規定：不超過 {d}"),
        format!("Regional limit: up to {d}"),
    )
}

/// "120 秒后…" countdown text for the kiosk warning.
pub fn idle_text(secs: u32, lang: Lang) -> String {
    pick(
        lang,
        format!("{secs} 秒后将清除您的答案并回到首页，以保护您的隐私。"),
        format!("{secs} 秒後將清除您的答案並回到首頁，以保護您的私隱。"),
        format!("In {secs} seconds your answers will be cleared and the tool goes back to the start, to protect your privacy."),
    )
}

/// A variation in one line: "2 个环节，不超过 2 个工作日，最迟 2026年10月9日（星期五）；零投资：适用".
pub fn variation_text(
    stages: usize,
    limit: Option<u32>,
    completion: Option<NaiveDate>,
    zero: bool,
    lang: Lang,
) -> String {
    let mut parts = vec![pick(
        lang,
        format!("{stages} 个环节"),
        format!("{stages} 個環節"),
        format!("{stages} stages"),
    )];
    if let Some(n) = limit {
        let l = limit_text(n, DaysKind::Working, false, lang);
        parts.push(if lang == Lang::En {
            l.replacen("Up to", "up to", 1)
        } else {
            l
        });
    }
    if let Some(d) = completion {
        parts.push(pick(
            lang,
            format!("最迟 {}", date_long(d, lang)),
            format!("最遲 {}", date_long(d, lang)),
            format!("by {}", date_long(d, lang)),
        ));
    }
    let zi = if zero { S::Applies } else { S::DoesNotApply }.get(lang);
    let sep = pick(lang, "，", "，", ", ");
    let zi_part = pick(
        lang,
        format!("；零投资{zi}"),
        format!("；零投資{zi}"),
        format!("; zero investment {zi}"),
    );
    format!("{}{}", parts.join(sep), zi_part)
}

/// Holidays and make-up working days inside a period, as readable lines:
/// consecutive days of one holiday become a range.
pub fn calendar_notes(events: &[CalendarEvent], lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            CalendarEvent::Holiday { date, name } => {
                let mut last = *date;
                let mut j = i + 1;
                while let Some(CalendarEvent::Holiday { date: d, name: n }) = events.get(j) {
                    if n == name && last.succ_opt() == Some(*d) {
                        last = *d;
                        j += 1;
                    } else {
                        break;
                    }
                }
                let when = if last == *date {
                    date_short(*date, lang)
                } else {
                    format!("{}–{}", day_month(*date, lang), day_month(last, lang))
                };
                let n = name.get(lang);
                out.push(match lang {
                    Lang::En => format!("{n} ({when})"),
                    _ => format!("{n}（{when}）"),
                });
                i = j;
            }
            CalendarEvent::MakeupWorkday { date } => {
                let d = date_short(*date, lang);
                out.push(pick(
                    lang,
                    format!("{d}调休上班"),
                    format!("{d}調休上班"),
                    format!("{d} is a make-up working day"),
                ));
                i += 1;
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Questions and pages.
// ---------------------------------------------------------------------------

/// The question pages, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Where,
    Who,
    Capacity,
    Details,
    When,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Where,
        Step::Who,
        Step::Capacity,
        Step::Details,
        Step::When,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Where => "where",
            Step::Who => "who",
            Step::Capacity => "capacity",
            Step::Details => "details",
            Step::When => "date",
        }
    }

    pub fn from_slug(s: &str) -> Option<Step> {
        Step::ALL.iter().copied().find(|st| st.slug() == s)
    }

    /// The questions on this page, in order.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Step::Where => &[Field::Jurisdiction, Field::Area],
            Step::Who => &[Field::Customer, Field::Applicant, Field::Proxy],
            Step::Capacity => &[Field::Capacity, Field::PowerFactor, Field::Voltage],
            Step::Details => &[
                Field::Kind,
                Field::Temporary,
                Field::Supply,
                Field::ExternalWorks,
            ],
            Step::When => &[Field::Start],
        }
    }

    pub fn of(field: Field) -> Step {
        Step::ALL
            .iter()
            .copied()
            .find(|s| s.fields().contains(&field))
            .unwrap_or(Step::Where)
    }

    /// 0-based position.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn prev(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }

    pub fn title(self) -> S {
        match self {
            Step::Where => S::StepWhere,
            Step::Who => S::StepWho,
            Step::Capacity => S::StepCapacity,
            Step::Details => S::StepDetails,
            Step::When => S::StepWhen,
        }
    }
}

/// Every question in the order of the pages (for "check answers").
pub fn fields_in_order() -> Vec<Field> {
    Step::ALL
        .iter()
        .flat_map(|s| s.fields().iter().copied())
        .collect()
}

/// The question and the "why we ask" hint of a field.
pub fn question(field: Field) -> (S, S) {
    match field {
        Field::Jurisdiction => (S::QJurisdiction, S::HJurisdiction),
        Field::Area => (S::QArea, S::HArea),
        Field::Customer => (S::QCustomer, S::HCustomer),
        Field::Applicant => (S::QApplicant, S::HApplicant),
        Field::Proxy => (S::QProxy, S::HProxy),
        Field::Capacity => (S::QCapacity, S::HCapacity),
        Field::PowerFactor => (S::QPowerFactor, S::HPowerFactor),
        Field::Voltage => (S::QVoltage, S::HVoltage),
        Field::Kind => (S::QKind, S::HKind),
        Field::Temporary => (S::QTemporary, S::HTemporary),
        Field::Supply => (S::QSupply, S::HSupply),
        Field::ExternalWorks => (S::QExternal, S::HExternal),
        Field::Start => (S::QStart, S::HStart),
    }
}

/// One answer a radio group offers: the value stored in the link, its label and hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: S,
    pub hint: Option<S>,
}

const fn c(value: &'static str, label: S, hint: Option<S>) -> Choice {
    Choice { value, label, hint }
}

/// The value stored for "not sure".
pub const UNKNOWN: &str = "unknown";

/// The fixed answers of a radio question (jurisdiction is listed from the policy pack),
/// and the "not sure" answer if the question has one.
pub fn choices(field: Field) -> (Vec<Choice>, Option<Choice>) {
    match field {
        Field::Area => (
            vec![
                c("urban", S::AreaUrban, Some(S::AreaUrbanHint)),
                c("rural", S::AreaRural, Some(S::AreaRuralHint)),
            ],
            Some(c(UNKNOWN, S::NotSureCompare, None)),
        ),
        Field::Customer => (
            vec![
                c("resident", S::CustomerResident, None),
                c(
                    "small_micro",
                    S::CustomerSmallMicro,
                    Some(S::CustomerSmallMicroHint),
                ),
                c(
                    "business",
                    S::CustomerBusiness,
                    Some(S::CustomerBusinessHint),
                ),
                c("park_project", S::CustomerPark, Some(S::CustomerParkHint)),
            ],
            Some(c(UNKNOWN, S::NotSureCompare, None)),
        ),
        Field::Applicant => (
            vec![
                c("individual", S::ApplicantIndividual, None),
                c("company", S::ApplicantCompany, None),
                c("organisation", S::ApplicantOrganisation, None),
                c("government", S::ApplicantGovernment, None),
            ],
            None,
        ),
        Field::Proxy => (
            vec![c("no", S::ProxyNo, None), c("yes", S::ProxyYes, None)],
            None,
        ),
        Field::Voltage => (
            vec![
                c("lv", S::VoltageLv, None),
                c("10kv", S::Voltage10, None),
                c("35kv", S::Voltage35, None),
            ],
            Some(c(UNKNOWN, S::NotSureInfer, None)),
        ),
        Field::Kind => (
            vec![
                c("new", S::KindNew, None),
                c("increase", S::KindIncrease, None),
            ],
            None,
        ),
        Field::Temporary => (
            vec![
                c("no", S::TemporaryNo, None),
                c("yes", S::TemporaryYes, None),
            ],
            None,
        ),
        Field::Supply => (
            vec![
                c("single", S::SupplySingle, None),
                c("dual", S::SupplyDual, None),
            ],
            None,
        ),
        Field::ExternalWorks => (
            vec![c("yes", S::ExternalYes, None), c("no", S::ExternalNo, None)],
            Some(c(UNKNOWN, S::ExternalUnknown, None)),
        ),
        Field::Jurisdiction | Field::Capacity | Field::PowerFactor | Field::Start => (vec![], None),
    }
}

fn token(raw: &str) -> String {
    to_halfwidth(raw)
        .trim()
        .to_lowercase()
        .replace([' ', '_', '-', '\''], "")
}

/// True for the spellings of "not sure" (but not for an empty answer).
pub fn is_not_sure(raw: &str) -> bool {
    matches!(
        token(raw).as_str(),
        "unknown" | "notsure" | "dontknow" | "unsure" | "不确定" | "不確定" | "不知道"
    )
}

fn yes_no(raw: &str) -> Option<bool> {
    match token(raw).as_str() {
        "yes" | "y" | "true" | "1" | "是" | "有" => Some(true),
        "no" | "n" | "false" | "0" | "否" | "无" | "無" => Some(false),
        _ => None,
    }
}

/// Which choice of a radio question the raw answer selects (its link value), if any.
pub fn selected(field: Field, raw: &str) -> Option<&'static str> {
    if raw.trim().is_empty() {
        return None;
    }
    if is_not_sure(raw) {
        return choices(field).1.map(|c| c.value);
    }
    let yn = |b: Option<bool>| b.map(|b| if b { "yes" } else { "no" });
    match field {
        Field::Jurisdiction => {
            let j = normalize_jurisdiction(raw);
            jurisdiction_ids().into_iter().find(|id| *id == j)
        }
        Field::Area => Area::parse(raw).map(Area::key),
        Field::Customer => Customer::parse(raw).map(Customer::key),
        Field::Applicant => Applicant::parse(raw).map(Applicant::key),
        Field::Voltage => Voltage::parse(raw).map(Voltage::key),
        Field::Supply => Supply::parse(raw).map(Supply::key),
        Field::Kind => Kind::parse(raw).map(Kind::key),
        Field::ExternalWorks | Field::Temporary | Field::Proxy => yn(yes_no(raw)),
        Field::Capacity | Field::PowerFactor | Field::Start => None,
    }
}

/// The label of a choice value of a radio question.
pub fn choice_label(field: Field, value: &str, lang: Lang) -> String {
    if field == Field::Jurisdiction {
        return jurisdiction_name(value, lang);
    }
    let (list, not_sure) = choices(field);
    if not_sure.is_some_and(|c| c.value == value) || is_not_sure(value) {
        return S::NotSure.get(lang).to_string();
    }
    let key = selected(field, value).unwrap_or(value);
    list.iter()
        .find(|c| c.value == key)
        .map_or_else(|| value.to_string(), |c| c.label.get(lang).to_string())
}

/// The answer as "check your answers" shows it.
pub fn answer_text(field: Field, draft: &Draft, today: NaiveDate, lang: Lang) -> String {
    let raw = draft.get(field).trim();
    match field {
        Field::Capacity => {
            if raw.is_empty() {
                S::NotAnswered.get(lang).to_string()
            } else {
                crate::capacity::parse_capacity(raw)
                    .map_or_else(|_| raw.to_string(), |c| c.to_string())
            }
        }
        Field::PowerFactor if raw.is_empty() => S::PfDefault.get(lang).to_string(),
        Field::PowerFactor => raw.to_string(),
        Field::Start => match parse_date(raw) {
            Some(d) if d == today => format!(
                "{}{}",
                date_long(d, lang),
                pick(lang, "（今天）", "（今天）", " (today)")
            ),
            Some(d) => date_long(d, lang),
            None if raw.is_empty() => match lang {
                Lang::En => format!("{} ({})", S::TodayWord.get(lang), date_long(today, lang)),
                _ => format!("{}（{}）", S::TodayWord.get(lang), date_long(today, lang)),
            },
            None => raw.to_string(),
        },
        _ if raw.is_empty() => S::NotAnswered.get(lang).to_string(),
        _ => choice_label(field, raw, lang),
    }
}

// ---------------------------------------------------------------------------
// Capacity box + unit selector <-> the capacity answer.
// ---------------------------------------------------------------------------

/// Splits a capacity answer into the text box and the unit selector:
/// "160kVA" -> ("160", kVA); "150 kW" -> ("150", kW); anything else stays in the box as typed.
pub fn split_capacity(raw: &str) -> (String, Unit) {
    let half = to_halfwidth(raw);
    let t = half.trim();
    let lower = t.to_lowercase();
    let suffixes: [(&str, Unit); 4] = [
        ("kva", Unit::Kva),
        ("千伏安", Unit::Kva),
        ("kw", Unit::Kw),
        ("千瓦", Unit::Kw),
    ];
    for (suffix, unit) in suffixes {
        if let Some(num) = lower.strip_suffix(suffix) {
            let num = num.trim();
            if !num.is_empty()
                && num
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || matches!(ch, '.' | ','))
            {
                return (num.to_string(), unit);
            }
        }
    }
    (raw.trim().to_string(), Unit::Kva)
}

/// Joins the text box and unit selector into the capacity answer: a bare number gets
/// the selected unit; text that names a unit itself ("160kVA", "0.5 MVA", "160 horsepower")
/// is kept as typed.
pub fn compose_capacity(text: &str, unit: Unit) -> String {
    let t = text.trim();
    if t.is_empty() {
        String::new()
    } else if to_halfwidth(t).chars().any(char::is_alphabetic) {
        t.to_string()
    } else {
        format!("{t}{}", unit.symbol())
    }
}

// ---------------------------------------------------------------------------
// Validation.
// ---------------------------------------------------------------------------

fn is_choice_field(field: Field) -> bool {
    !matches!(field, Field::Capacity | Field::PowerFactor | Field::Start)
}

/// The problem for a radio question's value that is not one of its answers.
fn choice_problem(field: Field, raw: &str) -> Problem {
    let raw = raw.trim();
    let message = if field == Field::Jurisdiction {
        tr!(
            "本工具没有收录“{raw}”，请从下面的地区中选择。",
            "本工具沒有收錄「{raw}」，請從下面的地區中選擇。",
            "“{raw}” is not a place this tool covers. Choose one of the places below.",
            raw = raw
        )
    } else {
        tr!(
            "“{raw}”不是这个问题的答案，请从下面的选项中选择。",
            "「{raw}」不是這個問題的答案，請從下面的選項中選擇。",
            "“{raw}” is not one of the answers to this question. Choose one of the answers below.",
            raw = raw
        )
    };
    Problem { field, message }
}

/// Every problem with the answers, one per field, in question order. Radio questions
/// get a message that points at the choices; the others keep the engine's message.
pub fn validate(draft: &Draft) -> Vec<Problem> {
    let problems = match Application::parse(draft, &jurisdiction_ids()) {
        Ok(_) => return Vec::new(),
        Err(p) => p,
    };
    let mut out: Vec<Problem> = Vec::new();
    for field in fields_in_order() {
        if let Some(p) = problems.iter().find(|p| p.field == field) {
            let raw = draft.get(field);
            if is_choice_field(field) && !raw.trim().is_empty() {
                out.push(choice_problem(field, raw));
            } else {
                out.push(p.clone());
            }
        }
    }
    out
}

/// Problems with answers that were given (not with answers still missing).
pub fn bad_values(draft: &Draft) -> Vec<Problem> {
    validate(draft)
        .into_iter()
        .filter(|p| !draft.get(p.field).trim().is_empty())
        .collect()
}

/// The assessment for valid answers, or the problems.
pub fn evaluate(draft: &Draft, today: NaiveDate) -> Result<Assessment, Vec<Problem>> {
    match Application::parse(draft, &jurisdiction_ids()) {
        Ok(app) => Ok(assess_on(pack(), &app, Calendar::shared(), today)),
        Err(_) => Err(validate(draft)),
    }
}

// ---------------------------------------------------------------------------
// Page state and reducer.
// ---------------------------------------------------------------------------

/// What is on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Page {
    #[default]
    Start,
    Form(Step),
    Check,
    Result,
}

impl Page {
    pub fn route(self) -> Route {
        match self {
            Page::Start => Route::Start,
            Page::Form(_) => Route::Form,
            Page::Check => Route::Check,
            Page::Result => Route::Result,
        }
    }

    /// The page title (document title and h1).
    pub fn title(self) -> S {
        match self {
            Page::Start => S::AppName,
            Page::Form(step) => step.title(),
            Page::Check => S::CheckTitle,
            Page::Result => S::ResultTitle,
        }
    }
}

/// What the browser should do with the address after an action.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum HistoryOp {
    #[default]
    Keep,
    /// A new page: a new history entry (the back button returns).
    Push,
    /// Same page, changed answers or language: rewrite the current entry.
    Replace,
    /// An address was just loaded: rewrite it in the app's own form, but only
    /// while the browser is still there (two quick "back"s must not rewrite
    /// the earlier entry with the later page).
    Tidy(String),
}

/// Where the keyboard focus goes after an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Keep,
    /// The page's h1 (after a page change).
    Heading,
    /// The error summary (after a failed "Continue").
    ErrorSummary,
    /// One question's input.
    Field(Field),
}

/// Everything the user does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address changed (first load, back button, a pasted link).
    Load(String),
    /// "Start now".
    Begin,
    /// An answer changed.
    Set(Field, String),
    /// The capacity text box changed.
    SetCapacityText(String),
    /// The capacity unit changed.
    SetUnit(Unit),
    /// "Continue" on a question page.
    Continue,
    /// The back link.
    Back,
    /// "Change" next to an answer.
    Change(Field),
    /// An error-summary link to a question on another page.
    GoToField(Field),
    /// "See the result" on the check page.
    ShowResult,
    SetLang(Lang),
    /// "Start over" / kiosk idle reset: clear the answers (keep the portal's presets).
    Restart,
    /// "Show this result" next to a variation.
    TryAnswer(Field, String),
}

/// The whole UI state.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub page: Page,
    pub draft: Draft,
    pub lang: Lang,
    pub mode: Mode,
    /// A portal's policy pack address and colour.
    pub portal: share::Portal,
    /// Problems shown in the error summary and next to the questions.
    pub problems: Vec<Problem>,
    /// The problems came from an opened link (not from the user's own "Continue").
    pub problems_from_link: bool,
    /// The capacity text box, as typed.
    pub capacity_text: String,
    pub capacity_unit: Unit,
    /// After "Change" on the check page, "Continue" goes back there.
    pub return_to_check: bool,
    /// Link parameters that are not answers.
    pub unknown_params: Vec<String>,
    pub bad_route: bool,
    /// Answers preset by the first link (a portal's region), restored by "start over".
    pub preset: Draft,
    pub preset_lang: Lang,
    pub today: NaiveDate,
    pub history: HistoryOp,
    pub focus: Focus,
    /// Bumped by every action, so effects run once per action.
    pub seq: u64,
}

/// Splits `#/form/<step>?…` into the step and a fragment `share::parse_fragment` understands.
fn split_step(hash: &str) -> (Option<Step>, String) {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = match h.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (h, None),
    };
    let path = path.trim_end_matches('/');
    if let Some(slug) = path
        .strip_prefix("/form/")
        .or_else(|| path.strip_prefix("/questions/"))
    {
        let step = Step::from_slug(slug);
        let rest = match query {
            Some(q) => format!("#/form?{q}"),
            None => "#/form".to_string(),
        };
        (step.or(Some(Step::Where)), rest)
    } else {
        (None, format!("#{h}"))
    }
}

/// True for fragments the app owns (`#/…`, `#?…`, empty); other fragments are in-page anchors.
pub fn is_app_fragment(hash: &str) -> bool {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    h.is_empty() || h.starts_with('/') || h.starts_with('?')
}

impl State {
    /// The state for the address the page was opened with.
    pub fn new(hash: &str, today: NaiveDate) -> State {
        let blank = State {
            page: Page::Start,
            draft: Draft::default(),
            lang: Lang::default(),
            mode: Mode::default(),
            portal: share::Portal::default(),
            problems: Vec::new(),
            problems_from_link: false,
            capacity_text: String::new(),
            capacity_unit: Unit::Kva,
            return_to_check: false,
            unknown_params: Vec::new(),
            bad_route: false,
            preset: Draft::default(),
            preset_lang: Lang::default(),
            today,
            history: HistoryOp::Keep,
            focus: Focus::Keep,
            seq: 0,
        };
        let mut s = blank.load(hash);
        if s.page == Page::Start {
            s.preset = s.draft.clone();
        }
        s.preset_lang = s.lang;
        s.focus = Focus::Keep;
        s
    }

    /// The address fragment for this state.
    pub fn fragment(&self) -> String {
        let f = share::to_fragment_with(
            self.page.route(),
            &self.draft,
            self.lang,
            self.mode,
            &self.portal,
        );
        match self.page {
            Page::Form(step) => f.replacen("#/form", &format!("#/form/{}", step.slug()), 1),
            _ => f,
        }
    }

    /// The link to share: the answers, language and any portal pack; no mode or colour.
    pub fn share_fragment(&self) -> String {
        share::to_fragment_with(
            Route::Result,
            &self.draft,
            self.lang,
            Mode::Web,
            &self.portal.for_sharing(),
        )
    }

    /// The fragment of another page with the same answers (for link `href`s).
    pub fn fragment_for(&self, page: Page) -> String {
        State {
            page,
            ..self.clone_light()
        }
        .fragment()
    }

    /// The fragment with another language (for the language switcher's `href`s).
    pub fn fragment_with_lang(&self, lang: Lang) -> String {
        State {
            lang,
            ..self.clone_light()
        }
        .fragment()
    }

    fn clone_light(&self) -> State {
        State {
            problems: Vec::new(),
            ..self.clone()
        }
    }

    pub fn problem(&self, field: Field) -> Option<&Problem> {
        self.problems.iter().find(|p| p.field == field)
    }

    /// Nothing to lose: on the start page with only the presets.
    pub fn is_pristine(&self) -> bool {
        self.page == Page::Start && self.draft == self.preset
    }

    /// The document title: "错误：…" first when errors are shown (GOV.UK pattern).
    pub fn document_title(&self) -> String {
        let app = S::AppName.get(self.lang);
        let page = self.page.title().get(self.lang);
        let base = if self.page == Page::Start {
            app.to_string()
        } else {
            format!("{page} – {app}")
        };
        if self.problems.is_empty() {
            base
        } else {
            format!("{}{base}", S::ErrorPrefix.get(self.lang))
        }
    }

    fn set_draft(&mut self, draft: Draft) {
        let (text, unit) = split_capacity(draft.get(Field::Capacity));
        self.capacity_text = text;
        self.capacity_unit = unit;
        self.draft = draft;
    }

    fn go(&mut self, page: Page) {
        if page == Page::Form(Step::When) && self.draft.get(Field::Start).trim().is_empty() {
            self.draft.set(Field::Start, iso_date(self.today));
        }
        if page != Page::Check && !matches!(page, Page::Form(_)) {
            self.return_to_check = false;
        }
        self.page = page;
        self.history = HistoryOp::Push;
        self.focus = Focus::Heading;
    }

    /// The first page with a problem.
    fn first_problem_page(problems: &[Problem]) -> Page {
        problems
            .first()
            .map_or(Page::Form(Step::Where), |p| Page::Form(Step::of(p.field)))
    }

    fn load(&self, address: &str) -> State {
        let (step, hash) = split_step(address);
        let link = share::parse_fragment(&hash);
        let mut s = State {
            lang: link.lang.unwrap_or(self.preset_lang),
            mode: link.mode,
            portal: link.portal.clone(),
            unknown_params: link.unknown.clone(),
            bad_route: link.bad_route,
            problems: Vec::new(),
            problems_from_link: false,
            return_to_check: false,
            history: HistoryOp::Tidy(address.to_string()),
            focus: Focus::Heading,
            ..self.clone()
        };
        s.set_draft(link.draft);
        s.page = match link.route {
            Route::Start => Page::Start,
            Route::Form => {
                s.problems = bad_values(&s.draft);
                Page::Form(step.unwrap_or(Step::Where))
            }
            Route::Check | Route::Result => {
                let problems = validate(&s.draft);
                if problems.is_empty() {
                    if link.route == Route::Check {
                        Page::Check
                    } else {
                        Page::Result
                    }
                } else {
                    let page = State::first_problem_page(&problems);
                    s.problems = problems;
                    page
                }
            }
        };
        s.problems_from_link = !s.problems.is_empty();
        s
    }

    /// The reducer: the state after an action. Pure: `today` is the date the caller
    /// read from the clock (a kiosk runs for days, so it is refreshed on every action).
    pub fn apply_on(&self, action: Action, today: NaiveDate) -> State {
        if today == self.today {
            return self.apply(action);
        }
        State {
            today,
            ..self.clone()
        }
        .apply(action)
    }

    /// The reducer with the state's own `today`.
    pub fn apply(&self, action: Action) -> State {
        let mut s = self.clone();
        s.seq = self.seq.wrapping_add(1);
        s.history = HistoryOp::Keep;
        s.focus = Focus::Keep;
        match action {
            Action::Load(hash) => {
                if !is_app_fragment(&hash) || hash == self.fragment() {
                    return s;
                }
                let mut loaded = self.load(&hash);
                loaded.seq = s.seq;
                loaded.preset = self.preset.clone();
                loaded.preset_lang = self.preset_lang;
                return loaded;
            }
            Action::Begin => {
                s.problems.clear();
                s.unknown_params.clear();
                s.bad_route = false;
                s.go(Page::Form(Step::Where));
            }
            Action::Set(field, value) => {
                s.draft.set(field, value);
                s.history = HistoryOp::Replace;
            }
            Action::SetCapacityText(text) => {
                s.draft
                    .set(Field::Capacity, compose_capacity(&text, s.capacity_unit));
                s.capacity_text = text;
                s.history = HistoryOp::Replace;
            }
            Action::SetUnit(unit) => {
                s.capacity_unit = unit;
                s.draft
                    .set(Field::Capacity, compose_capacity(&s.capacity_text, unit));
                s.history = HistoryOp::Replace;
            }
            Action::Continue => {
                let Page::Form(step) = s.page else { return s };
                let all = validate(&s.draft);
                let here: Vec<Problem> = all
                    .iter()
                    .filter(|p| step.fields().contains(&p.field))
                    .cloned()
                    .collect();
                s.problems_from_link = false;
                if !here.is_empty() {
                    s.problems = here;
                    s.focus = Focus::ErrorSummary;
                    return s;
                }
                s.problems.clear();
                let next = if s.return_to_check {
                    if all.is_empty() {
                        Page::Check
                    } else {
                        s.problems = all.clone();
                        s.problems_from_link = false;
                        State::first_problem_page(&all)
                    }
                } else {
                    step.next().map_or(Page::Check, Page::Form)
                };
                s.go(next);
                if !s.problems.is_empty() {
                    s.focus = Focus::ErrorSummary;
                }
            }
            Action::Back => {
                let prev = match s.page {
                    Page::Start => Page::Start,
                    Page::Form(_) if s.return_to_check => Page::Check,
                    Page::Form(step) => step.prev().map_or(Page::Start, Page::Form),
                    Page::Check => Page::Form(Step::When),
                    Page::Result => Page::Check,
                };
                s.problems.clear();
                s.go(prev);
            }
            Action::Change(field) => {
                s.problems.clear();
                s.go(Page::Form(Step::of(field)));
                s.return_to_check = true;
                s.focus = Focus::Field(field);
            }
            Action::GoToField(field) => {
                let keep = s.return_to_check;
                s.go(Page::Form(Step::of(field)));
                s.return_to_check = keep;
                s.focus = Focus::Field(field);
            }
            Action::ShowResult => {
                let problems = validate(&s.draft);
                if problems.is_empty() {
                    s.problems.clear();
                    s.go(Page::Result);
                } else {
                    let page = State::first_problem_page(&problems);
                    s.problems = problems;
                    s.problems_from_link = false;
                    s.go(page);
                    s.return_to_check = true;
                    s.focus = Focus::ErrorSummary;
                }
            }
            Action::SetLang(lang) => {
                s.lang = lang;
                s.history = HistoryOp::Replace;
            }
            Action::Restart => {
                s.set_draft(self.preset.clone());
                s.lang = self.preset_lang;
                s.problems.clear();
                s.problems_from_link = false;
                s.unknown_params.clear();
                s.bad_route = false;
                s.go(Page::Start);
            }
            Action::TryAnswer(field, value) => {
                let mut draft = s.draft.clone();
                draft.set(field, value);
                s.set_draft(draft);
                s.problems.clear();
                s.go(Page::Result);
            }
        }
        s
    }
}

// ---------------------------------------------------------------------------
// Result helpers.
// ---------------------------------------------------------------------------

/// Verdict heading and CSS modifier.
pub fn verdict(v: Verdict) -> (S, &'static str) {
    match v {
        Verdict::Yes => (S::VerdictYes, "yes"),
        Verdict::No => (S::VerdictNo, "no"),
        Verdict::Depends => (S::VerdictDepends, "depends"),
    }
}

pub fn timeline_kind(k: TimelineKind) -> S {
    match k {
        TimelineKind::Stage => S::KindStage,
        TimelineKind::Approval => S::KindApproval,
        TimelineKind::Construction => S::KindConstruction,
    }
}

pub fn warning_kind(k: WarningKind) -> S {
    match k {
        WarningKind::Conflict => S::WarningConflict,
        WarningKind::Interpretation => S::WarningInterpretation,
        WarningKind::Caution => S::WarningCaution,
        WarningKind::Info => S::WarningInfo,
    }
}

pub fn payer(p: Payer) -> S {
    match p {
        Payer::Utility => S::PayerUtility,
        Payer::Customer => S::PayerCustomer,
    }
}

pub fn voltage_name(v: Voltage, lang: Lang) -> &'static str {
    match v {
        Voltage::Lv => S::VoltageLv,
        Voltage::Kv10 => S::Voltage10,
        Voltage::Kv35 => S::Voltage35,
    }
    .get(lang)
}

/// "In Liuzhou, Guangxi · 120 kVA · low voltage" line under the result heading.
pub fn result_summary(a: &Assessment, lang: Lang) -> String {
    let mut v = voltage_name(a.voltage, lang).to_string();
    if a.voltage_inferred {
        v.push_str(S::VoltageInferredTag.get(lang));
    }
    format!(
        "{} · {} · {}",
        a.jurisdiction_name.get(lang),
        a.capacity.input,
        v
    )
}

/// A text in the language, or empty.
pub fn text(t: &Option<Text>, lang: Lang) -> String {
    t.as_ref()
        .map(|t| t.get(lang).to_string())
        .unwrap_or_default()
}

/// The element id of a question's input (the first radio of a group).
pub fn field_id(field: Field) -> String {
    format!("f-{}", field.key())
}

/// Kiosk idle reset: seconds without input before the answers are cleared, and
/// how long the on-screen warning shows before that.
pub const IDLE_RESET_SECS: u32 = 120;
pub const IDLE_WARN_SECS: u32 = 20;

/// What the kiosk should do after `idle` seconds without input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// Show the warning with this many seconds left.
    Warning(u32),
    Reset,
}

pub fn idle_phase(idle_secs: u32) -> Idle {
    if idle_secs >= IDLE_RESET_SECS {
        Idle::Reset
    } else if idle_secs >= IDLE_RESET_SECS - IDLE_WARN_SECS {
        Idle::Warning(IDLE_RESET_SECS - idle_secs)
    } else {
        Idle::Active
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const TODAY: (i32, u32, u32) = (2026, 6, 1);

    fn today() -> NaiveDate {
        d(TODAY.0, TODAY.1, TODAY.2)
    }

    fn state(hash: &str) -> State {
        State::new(hash, today())
    }

    #[test]
    fn every_string_is_translated() {
        for s in S::ALL {
            for lang in Lang::ALL {
                assert!(!s.get(lang).trim().is_empty(), "{s:?} is empty in {lang:?}");
            }
            // English text must not be a copy of the Chinese.
            assert_ne!(
                s.get(Lang::En),
                s.get(Lang::ZhHans),
                "{s:?} is not translated to English"
            );
        }
    }

    #[test]
    fn dates_in_three_languages() {
        let day = d(2026, 6, 4);
        assert_eq!(date_long(day, Lang::ZhHans), "2026年6月4日（星期四）");
        assert_eq!(date_long(day, Lang::ZhHant), "2026年6月4日（星期四）");
        assert_eq!(date_long(day, Lang::En), "Thu 4 June 2026");
        assert_eq!(date_short(day, Lang::ZhHans), "6月4日（周四）");
        assert_eq!(date_short(day, Lang::ZhHant), "6月4日（週四）");
        assert_eq!(date_short(day, Lang::En), "Thu 4 Jun");
        assert_eq!(
            date_long(d(2026, 10, 11), Lang::ZhHans),
            "2026年10月11日（星期日）"
        );
    }

    #[test]
    fn day_counts_and_limits() {
        assert_eq!(days(1, DaysKind::Working, Lang::En), "1 working day");
        assert_eq!(days(4, DaysKind::Working, Lang::En), "4 working days");
        assert_eq!(days(4, DaysKind::Working, Lang::ZhHans), "4 个工作日");
        assert_eq!(days(4, DaysKind::Working, Lang::ZhHant), "4 個工作日");
        assert_eq!(days(30, DaysKind::Calendar, Lang::ZhHans), "30 天");
        assert_eq!(
            limit_text(0, DaysKind::Working, false, Lang::ZhHans),
            "当日办结"
        );
        assert_eq!(
            limit_text(15, DaysKind::Working, false, Lang::ZhHans),
            "不超过 15 个工作日"
        );
        assert_eq!(
            limit_text(15, DaysKind::Working, true, Lang::En),
            "15 working days on average"
        );
        assert_eq!(step_of(2, 5, Lang::ZhHans), "第 2 步，共 5 步");
        assert_eq!(step_of(2, 5, Lang::En), "Step 2 of 5");
    }

    #[test]
    fn holidays_are_grouped_into_ranges() {
        let name = tr!("国庆节", "國慶節", "National Day");
        let mut events: Vec<CalendarEvent> = (1..=7)
            .map(|day| CalendarEvent::Holiday {
                date: d(2026, 10, day),
                name: name.clone(),
            })
            .collect();
        events.push(CalendarEvent::MakeupWorkday {
            date: d(2026, 10, 10),
        });
        assert_eq!(
            calendar_notes(&events, Lang::ZhHans),
            vec!["国庆节（10月1日–10月7日）", "10月10日（周六）调休上班"]
        );
        assert_eq!(
            calendar_notes(&events, Lang::En),
            vec![
                "National Day (1 Oct–7 Oct)",
                "Sat 10 Oct is a make-up working day"
            ]
        );
        let one = [CalendarEvent::Holiday {
            date: d(2026, 1, 1),
            name: tr!("元旦", "元旦", "New Year"),
        }];
        assert_eq!(
            calendar_notes(&one, Lang::ZhHant),
            vec!["元旦（1月1日（週四））"]
        );
    }

    #[test]
    fn capacity_box_and_unit_round_trip() {
        assert_eq!(split_capacity("160kVA"), ("160".to_string(), Unit::Kva));
        assert_eq!(split_capacity("150 kW"), ("150".to_string(), Unit::Kw));
        assert_eq!(
            split_capacity("１２０ｋＶＡ"),
            ("120".to_string(), Unit::Kva)
        );
        assert_eq!(
            split_capacity("2000千伏安"),
            ("2000".to_string(), Unit::Kva)
        );
        assert_eq!(
            split_capacity("160 horsepower"),
            ("160 horsepower".to_string(), Unit::Kva)
        );
        assert_eq!(split_capacity("abc"), ("abc".to_string(), Unit::Kva));
        assert_eq!(split_capacity("0.5MVA"), ("0.5MVA".to_string(), Unit::Kva));
        assert_eq!(compose_capacity("160", Unit::Kw), "160kW");
        assert_eq!(compose_capacity(" １６０ ", Unit::Kva), "１６０kVA");
        assert_eq!(compose_capacity("160kVA", Unit::Kw), "160kVA");
        assert_eq!(
            compose_capacity("160 horsepower", Unit::Kva),
            "160 horsepower"
        );
        assert_eq!(compose_capacity("  ", Unit::Kva), "");
        assert_eq!(compose_capacity("-5", Unit::Kva), "-5kVA");
    }

    #[test]
    fn radio_answers_are_recognised_in_any_spelling() {
        assert_eq!(selected(Field::Area, "城区"), Some("urban"));
        assert_eq!(selected(Field::Area, "moon"), None);
        assert_eq!(selected(Field::Area, "unknown"), Some(UNKNOWN));
        assert_eq!(
            selected(Field::Customer, "small-micro"),
            Some("small_micro")
        );
        assert_eq!(selected(Field::ExternalWorks, "是"), Some("yes"));
        assert_eq!(selected(Field::ExternalWorks, "不知道"), Some(UNKNOWN));
        assert_eq!(selected(Field::Proxy, "no"), Some("no"));
        assert_eq!(
            selected(Field::Jurisdiction, "District_X"),
            Some("district-x")
        );
        assert_eq!(selected(Field::Jurisdiction, "beijing"), None);
        assert_eq!(selected(Field::Supply, ""), None);
    }

    #[test]
    fn every_field_has_a_question_on_exactly_one_page() {
        let all = fields_in_order();
        assert_eq!(all.len(), Field::ALL.len());
        for f in Field::ALL {
            assert_eq!(all.iter().filter(|x| **x == f).count(), 1, "{f:?}");
            assert!(Step::of(f).fields().contains(&f));
            let (q, h) = question(f);
            assert_ne!(q, h);
        }
    }

    #[test]
    fn link_with_bad_values_opens_the_form_with_messages_and_keeps_the_rest() {
        let s = state("#/result?jurisdiction=liuzhou&capacity=abc&area=moon&customer=small_micro");
        assert_eq!(s.page, Page::Form(Step::Where), "first page with a problem");
        let fields: Vec<Field> = s.problems.iter().map(|p| p.field).collect();
        assert_eq!(fields, vec![Field::Area, Field::Capacity]);
        assert!(s.problems_from_link);
        assert_eq!(s.draft.get(Field::Jurisdiction), "liuzhou");
        assert_eq!(s.draft.get(Field::Customer), "small_micro");
        assert_eq!(
            s.draft.get(Field::Area),
            "moon",
            "the bad value is kept for the message"
        );
        assert_eq!(s.capacity_text, "abc");
        assert!(s
            .problem(Field::Area)
            .unwrap()
            .message
            .zh_hans
            .contains("moon"));
        assert!(s
            .problem(Field::Capacity)
            .unwrap()
            .message
            .en
            .contains("abc"));
        assert!(s.document_title().starts_with("错误："));
    }

    #[test]
    fn valid_result_link_shows_the_result() {
        let s = state("#/result?jurisdiction=yangjiang&area=rural&customer=small_micro&capacity=100kVA&voltage=lv&start=2026-09-30&lang=en");
        assert_eq!(s.page, Page::Result);
        assert_eq!(s.lang, Lang::En);
        assert!(s.problems.is_empty());
        let a = evaluate(&s.draft, s.today).unwrap();
        assert_eq!(a.jurisdiction, "yangjiang");
    }

    #[test]
    fn portal_preset_is_kept_on_the_start_page_and_after_restart() {
        let s = state("#/?jurisdiction=liuzhou&mode=embed");
        assert_eq!(s.page, Page::Start);
        assert_eq!(s.mode, Mode::Embed);
        assert_eq!(s.preset.get(Field::Jurisdiction), "liuzhou");
        let s = s.apply(Action::Begin);
        assert_eq!(s.page, Page::Form(Step::Where));
        assert_eq!(s.draft.get(Field::Jurisdiction), "liuzhou");
        assert_eq!(s.fragment(), "#/form/where?jurisdiction=liuzhou&mode=embed");
        let s = s
            .apply(Action::Set(Field::Area, "urban".into()))
            .apply(Action::Restart);
        assert_eq!(s.page, Page::Start);
        assert_eq!(s.draft.get(Field::Jurisdiction), "liuzhou");
        assert_eq!(s.draft.get(Field::Area), "");
        assert!(s.is_pristine());
    }

    #[test]
    fn a_newcomer_walks_through_every_page() {
        let mut s = state("");
        assert_eq!(s.page, Page::Start);
        s = s.apply(Action::Begin);
        assert_eq!(
            (s.page, s.history.clone(), s.focus),
            (Page::Form(Step::Where), HistoryOp::Push, Focus::Heading)
        );

        // Nothing chosen: the error is shown, the page stays.
        s = s.apply(Action::Continue);
        assert_eq!(s.page, Page::Form(Step::Where));
        assert_eq!(s.focus, Focus::ErrorSummary);
        assert_eq!(s.problems.len(), 1);
        assert_eq!(s.problems[0].field, Field::Jurisdiction);

        s = s.apply(Action::Set(Field::Jurisdiction, "liuzhou".into()));
        assert_eq!(s.history, HistoryOp::Replace);
        s = s
            .apply(Action::Set(Field::Area, "urban".into()))
            .apply(Action::Continue);
        assert_eq!(s.page, Page::Form(Step::Who));
        assert!(s.problems.is_empty());
        s = s
            .apply(Action::Set(Field::Customer, "small_micro".into()))
            .apply(Action::Continue);
        assert_eq!(s.page, Page::Form(Step::Capacity));

        // Capacity missing, then bad, then fine.
        s = s.apply(Action::Continue);
        assert_eq!(
            s.problems.iter().map(|p| p.field).collect::<Vec<_>>(),
            vec![Field::Capacity]
        );
        s = s
            .apply(Action::SetCapacityText("-5".into()))
            .apply(Action::Continue);
        assert!(s.problem(Field::Capacity).is_some());
        assert_eq!(s.draft.get(Field::Capacity), "-5kVA");
        s = s
            .apply(Action::SetCapacityText("１２０".into()))
            .apply(Action::SetUnit(Unit::Kw))
            .apply(Action::Continue);
        assert_eq!(s.draft.get(Field::Capacity), "１２０kW");
        assert_eq!(s.page, Page::Form(Step::Details));
        s = s.apply(Action::Continue);
        assert_eq!(s.page, Page::Form(Step::When));
        assert_eq!(
            s.draft.get(Field::Start),
            "2026-06-01",
            "the date defaults to today"
        );
        s = s.apply(Action::Continue);
        assert_eq!(s.page, Page::Check);

        // Change an answer from the check page and come back.
        s = s.apply(Action::Change(Field::Customer));
        assert_eq!(
            (s.page, s.focus),
            (Page::Form(Step::Who), Focus::Field(Field::Customer))
        );
        s = s
            .apply(Action::Set(Field::Customer, "business".into()))
            .apply(Action::Continue);
        assert_eq!(s.page, Page::Check);

        s = s.apply(Action::ShowResult);
        assert_eq!(s.page, Page::Result);
        assert_eq!(
            s.fragment(),
            "#/result?jurisdiction=liuzhou&area=urban&customer=business&capacity=%EF%BC%91%EF%BC%92%EF%BC%90kW&start=2026-06-01"
        );
        // The link opens the same result.
        let again = state(&s.fragment());
        assert_eq!(again.page, Page::Result);
        assert_eq!(again.draft, s.draft);

        s = s.apply(Action::Back);
        assert_eq!(s.page, Page::Check);
    }

    #[test]
    fn language_is_kept_in_the_link() {
        let s = state("#/form/capacity?jurisdiction=wanzhou");
        assert_eq!(s.page, Page::Form(Step::Capacity));
        let s = s.apply(Action::SetLang(Lang::ZhHant));
        assert_eq!(s.history, HistoryOp::Replace);
        assert_eq!(
            s.fragment(),
            "#/form/capacity?jurisdiction=wanzhou&lang=zh-Hant"
        );
        assert_eq!(
            s.fragment_with_lang(Lang::En),
            "#/form/capacity?jurisdiction=wanzhou&lang=en"
        );
        let s = s.apply(Action::Load(
            "#/check?jurisdiction=wanzhou&capacity=10kVA&lang=en".into(),
        ));
        assert_eq!((s.page, s.lang), (Page::Check, Lang::En));
    }

    #[test]
    fn form_link_shows_only_bad_values_not_missing_ones() {
        let s = state("#/form?jurisdiction=yangjiang&voltage=99kv");
        assert_eq!(s.page, Page::Form(Step::Where));
        assert_eq!(
            s.problems.iter().map(|p| p.field).collect::<Vec<_>>(),
            vec![Field::Voltage]
        );
        let s = s.apply(Action::GoToField(Field::Voltage));
        assert_eq!(
            (s.page, s.focus),
            (Page::Form(Step::Capacity), Focus::Field(Field::Voltage))
        );
        assert_eq!(
            s.problems.len(),
            1,
            "problems stay visible on the other page"
        );
    }

    #[test]
    fn a_portal_pack_is_used_or_the_reason_it_is_not_is_kept() {
        let url = "https://portal.example/pack.json";
        let good = r#"{"jurisdictions": {}}"#;
        let (pack, origin) = portal_pack(url, Ok(good.into()));
        assert_eq!(pack.unwrap().ids(), PolicyPack::embedded().ids());
        assert_eq!(origin, PolicyOrigin::Portal { url: url.into() });
        assert_eq!(origin.url(), Some(url));

        let (pack, origin) = portal_pack(url, Ok(r#"{"jurisdictions": 3}"#.into()));
        assert!(pack.is_none());
        let PolicyOrigin::PortalFailed { problems, .. } = origin else {
            panic!("{origin:?}")
        };
        assert!(problems[0].starts_with("jurisdictions:"), "{problems:?}");

        let (pack, origin) = portal_pack(url, Err("HTTP 404".into()));
        assert!(pack.is_none());
        assert_eq!(
            origin,
            PolicyOrigin::PortalFailed {
                url: url.into(),
                problems: vec!["HTTP 404".into()]
            }
        );
    }

    #[test]
    fn the_policy_address_stays_in_every_link_and_the_colour_only_in_the_page() {
        let s = state(
            "#/form/who?jurisdiction=liuzhou&mode=embed&policy=packs%2Fcity.json&accent=0b4f7c",
        );
        assert_eq!(
            policy_url(&s.fragment()).as_deref(),
            Some("packs/city.json")
        );
        assert!(s.fragment().contains("accent=0b4f7c"));
        let shared = s.share_fragment();
        assert!(shared.contains("policy=packs%2Fcity.json"), "{shared}");
        assert!(
            !shared.contains("accent") && !shared.contains("mode"),
            "{shared}"
        );
        let s = s.apply(Action::Restart);
        assert_eq!(s.portal.policy.as_deref(), Some("packs/city.json"));
        assert_eq!(policy_url("#/form/who?jurisdiction=liuzhou"), None);
    }

    #[test]
    fn a_loaded_address_is_tidied_only_where_it_was_loaded() {
        let s = state("#/form/who?jurisdiction=liuzhou");
        let back = "#/form?jurisdiction=liuzhou&lang=zh-Hans";
        let s = s.apply(Action::Load(back.into()));
        assert_eq!(s.page, Page::Form(Step::Where));
        assert_eq!(s.history, HistoryOp::Tidy(back.into()));
        assert_ne!(
            s.fragment(),
            back,
            "the tidy form drops the default language"
        );
    }

    #[test]
    fn in_page_anchors_and_own_fragments_do_not_reload() {
        let s = state("#/form/who?jurisdiction=liuzhou");
        let same = s.apply(Action::Load(s.fragment()));
        assert_eq!(same.page, s.page);
        assert_eq!(same.history, HistoryOp::Keep);
        let anchor = s.apply(Action::Load("#f-capacity".into()));
        assert_eq!(anchor.page, s.page);
        assert!(is_app_fragment(""));
        assert!(!is_app_fragment("#main"));
    }

    #[test]
    fn unknown_parameters_and_routes_are_reported() {
        let s = state("#/nowhere?jurisdiction=liuzhou&colour=red");
        assert!(s.bad_route);
        assert_eq!(s.page, Page::Start);
        assert_eq!(s.unknown_params, vec!["colour".to_string()]);
        assert_eq!(s.apply(Action::Begin).unknown_params, Vec::<String>::new());
    }

    #[test]
    fn check_answers_shows_readable_values() {
        let mut draft = Draft::default();
        draft.set(Field::Jurisdiction, "liuzhou");
        draft.set(Field::Capacity, "１２０kVA");
        draft.set(Field::ExternalWorks, "unknown");
        draft.set(Field::Start, "2026-06-04");
        let t = today();
        assert_eq!(
            answer_text(Field::Jurisdiction, &draft, t, Lang::En),
            "Liuzhou, Guangxi"
        );
        assert_eq!(answer_text(Field::Capacity, &draft, t, Lang::En), "120 kVA");
        assert_eq!(
            answer_text(Field::ExternalWorks, &draft, t, Lang::ZhHans),
            "不确定"
        );
        assert_eq!(answer_text(Field::Area, &draft, t, Lang::ZhHant), "未回答");
        assert_eq!(
            answer_text(Field::Start, &draft, t, Lang::ZhHans),
            "2026年6月4日（星期四）"
        );
        assert_eq!(
            answer_text(Field::PowerFactor, &draft, t, Lang::En),
            "Not given (0.9 is used)"
        );
        draft.set(Field::Start, "");
        assert_eq!(
            answer_text(Field::Start, &draft, t, Lang::En),
            "today (Mon 1 June 2026)"
        );
    }

    #[test]
    fn variations_read_as_one_sentence() {
        let day = Some(d(2026, 10, 9));
        assert_eq!(
            variation_text(2, Some(2), day, true, Lang::ZhHans),
            "2 个环节，不超过 2 个工作日，最迟 2026年10月9日（星期五）；零投资适用"
        );
        assert_eq!(
            variation_text(2, Some(2), day, false, Lang::En),
            "2 stages, up to 2 working days, by Fri 9 October 2026; zero investment does not apply"
        );
    }

    #[test]
    fn verdict_reason_does_not_repeat_the_heading() {
        assert_eq!(
            reason_without_heading("适用零投资：120 kVA不超过上限。", "适用零投资"),
            "120 kVA不超过上限。"
        );
        assert_eq!(
            reason_without_heading(
                "Zero investment applies: 27 kW is within the cap.",
                "Zero investment applies"
            ),
            "27 kW is within the cap."
        );
        assert_eq!(
            reason_without_heading("是否适用零投资取决于…", "零投资：视情况而定"),
            "是否适用零投资取决于…"
        );
        assert_eq!(
            reason_without_heading("适用零投资。", "适用零投资"),
            "适用零投资。"
        );
    }

    #[test]
    fn a_kiosk_running_past_midnight_uses_the_new_day() {
        let s = state("#/?mode=kiosk").apply_on(Action::Begin, d(2026, 6, 2));
        assert_eq!(s.today, d(2026, 6, 2));
        let s = s.apply_on(
            Action::Set(Field::Jurisdiction, "liuzhou".into()),
            d(2026, 6, 3),
        );
        let s = s.apply_on(Action::Continue, d(2026, 6, 3));
        let s = s.apply_on(Action::SetCapacityText("10".into()), d(2026, 6, 3));
        let s = s
            .apply_on(Action::Continue, d(2026, 6, 3))
            .apply_on(Action::Continue, d(2026, 6, 3));
        let s = s.apply_on(Action::Continue, d(2026, 6, 3));
        assert_eq!(s.page, Page::Form(Step::When));
        assert_eq!(s.draft.get(Field::Start), "2026-06-03");
    }

    #[test]
    fn kiosk_idle_phases() {
        assert_eq!(idle_phase(0), Idle::Active);
        assert_eq!(idle_phase(99), Idle::Active);
        assert_eq!(idle_phase(100), Idle::Warning(20));
        assert_eq!(idle_phase(119), Idle::Warning(1));
        assert_eq!(idle_phase(120), Idle::Reset);
    }

    #[test]
    fn contract_examples_open_from_links() {
        let text = include_str!("../tests/data/examples.jsonl");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let (draft, _) = crate::model::draft_from_json(&v["app"]).unwrap();
            let hash = share::to_fragment(Route::Result, &draft, Lang::ZhHans, Mode::Web);
            let s = state(&hash);
            if v["expect"]["exit"] == 2 {
                assert_eq!(s.page, Page::Form(Step::Capacity), "{}", v["name"]);
                assert!(s.problem(Field::Capacity).is_some());
            } else {
                assert_eq!(s.page, Page::Result, "{}", v["name"]);
                let a = evaluate(&s.draft, today()).unwrap();
                if let Some(n) = v["expect"]["stages.len"].as_u64() {
                    assert_eq!(a.stages.len() as u64, n, "{}", v["name"]);
                }
                if let Some(c) = v["expect"]["completion_date"].as_str() {
                    assert_eq!(a.completion_date.unwrap().format("%Y-%m-%d").to_string(), c);
                }
            }
        }
    }
}
