//! The declarations, in the order the form asks them.

use super::*;

/// Where the connection is: one of the policy pack's places.
pub static JURISDICTION: Question = Question {
    field: Field::Jurisdiction,
    key: "jurisdiction",
    step: Step::Where,
    label: w!("所在地区", "所在地區", "Where"),
    ask: form_w!("用电地址在哪个地区？", "用電地址在哪個地區？", "Where are the premises?"),
    why: form_w!(
        "各地的办电时限、材料和“零投资”标准不同，我们按当地的政策文件计算。地区不在列表中时，请选“全国基准”。",
        "各地的辦電時限、材料和「零投資」標準不同，我們按當地的政策文件計算。地區不在列表中時，請選「全國基準」。",
        "Time limits, documents and the zero-investment cap differ from place to place, so we use the local policy. If your place is not listed, choose the national baseline."
    ),
    answers: Answers::Place,
};

choice_question! {
    /// 城区/城市规划区 vs other (rural) areas.
    AREA: Area = "area" on Where {
        label: ["城区还是农村", "城區還是農村", "Urban or rural"],
        ask: ["用电地址在城区还是农村？", "用電地址在城區還是農村？", "Is it in an urban or a rural area?"],
        why: [
            "有些地方城区和农村的“零投资”容量上限不同。",
            "有些地方城區和農村的「零投資」容量上限不同。",
            "Some places set different zero-investment caps for urban and rural areas."
        ],
        not_sure: NOT_SURE_COMPARE,
        unanswered: Urban, tried [Rural], assume: [
            "未回答城区/农村：按城区计算。",
            "未回答城區/農村：按城區計算。",
            "Urban or rural not answered: urban is assumed."
        ],
        answers: {
            // No "城镇": whether a town counts as urban differs from place to
            // place (Yangjiang's plan contrasts 城區范圍 with 其他區域).
            Urban = "urban" ["城区", "城市", "city"] {
                label: ["城区（城市规划区内）", "城區（城市規劃區內）", "Urban (within a city planning area)"],
                hint: ["城市的城区或城市规划区。镇、乡是否算作城区，各地文件说法不同；不确定请选“不确定”。", "城市的城區或城市規劃區。鎮、鄉是否算作城區，各地文件說法不同；不確定請選「不確定」。", "A city's urban districts or planning area. Whether a town counts as urban differs from place to place; if you are not sure, choose “Not sure”."],
                word: ["城区", "城區", "urban areas"],
                if_so: ["如在城区", "如在城區", "If the site is urban"],
            }
            Rural = "rural" ["农村", "農村", "乡村", "country", "other"] {
                label: ["其他地区（农村）", "其他地區（農村）", "Other areas (rural)"],
                hint: ["城区以外的其他区域，如乡村", "城區以外的其他區域，如鄉村", "Other areas outside the urban districts, such as the countryside"],
                word: ["其他区域（农村）", "其他區域（農村）", "other (rural) areas"],
                if_so: ["如在农村/其他区域", "如在農村/其他區域", "If the site is rural"],
            }
        }
    }
}

choice_question! {
    /// Customer class the rules distinguish.
    CUSTOMER: Customer = "customer" on Who {
        label: ["用户类别", "用戶類別", "Type of customer"],
        ask: ["您属于哪类用户？", "您屬於哪類用戶？", "What kind of customer are you?"],
        why: [
            "居民和小微企业通常环节更少，也更可能享受“零投资”。",
            "居民和小微企業通常環節更少，也更可能享受「零投資」。",
            "Households and small or micro enterprises usually have fewer stages and are more likely to get zero investment."
        ],
        not_sure: NOT_SURE_COMPARE,
        unanswered: Business, tried [Resident, SmallMicro, ParkProject], assume: [
            "未回答用户类别：按一般非居民用户计算。",
            "未回答用戶類別：按一般非居民用戶計算。",
            "Customer type not answered: a general non-resident customer is assumed."
        ],
        answers: {
            Resident = "resident" ["居民", "household"] {
                label: ["居民（家庭生活用电）", "居民（家庭生活用電）", "Household (home use)"],
                word: ["居民用户", "居民用戶", "residents"],
                if_so: ["如为居民用户", "如為居民用戶", "If you are a resident"],
            }
            SmallMicro = "small_micro" ["小微企业", "小微企業", "sme"] {
                label: ["小微企业", "小微企業", "Small or micro enterprise"],
                hint: ["按国家中小企业划型标准属于小型、微型的企业", "按國家中小企業劃型標準屬於小型、微型的企業", "Small or micro under the national enterprise size criteria"],
                word: ["小微企业", "小微企業", "small/micro enterprises"],
                if_so: ["如为小微企业", "如為小微企業", "If you are a small/micro enterprise"],
            }
            Business = "business" ["非居民", "enterprise", "other"] {
                label: ["其他非居民用户", "其他非居民用戶", "Other business or organisation"],
                hint: ["大中型企业、机关、学校等", "大中型企業、機關、學校等", "Larger companies, public bodies, schools and others"],
                word: ["其他非居民用户", "其他非居民用戶", "other non-resident customers"],
                if_so: ["如为其他非居民用户", "如為其他非居民用戶", "If you are another non-resident customer"],
            }
            ParkProject = "park_project" ["park", "园区", "園區"] {
                label: ["工业园区或重点项目", "工業園區或重點項目", "Industrial-park or key project"],
                hint: ["位于工业园区内，或列入政府重点项目清单", "位於工業園區內，或列入政府重點項目清單", "In an industrial park, or on a government key-project list"],
                word: ["园区/重点项目", "園區/重點項目", "industrial-park or key projects"],
                if_so: ["如为园区/重点项目", "如為園區/重點項目", "If it is a park or key project"],
            }
        }
    }
}

choice_question! {
    /// Who signs the application. No source names individual businesses
    /// (个体工商户): for documents they are read as companies
    /// (`engine::items::documents`).
    APPLICANT: Applicant = "applicant" on Who {
        label: ["申请主体", "申請主體", "Who applies"],
        ask: ["由谁作为申请主体？", "由誰作為申請主體？", "Who is the applicant?"],
        why: [
            "不同申请主体可用的身份证明材料不同。",
            "不同申請主體可用的身份證明材料不同。",
            "The proof of identity you can use depends on who applies."
        ],
        answers: {
            Individual = "individual" ["个人", "個人", "person"] {
                label: ["个人", "個人", "An individual"],
            }
            Company = "company" ["公司", "企业", "企業"] {
                label: ["企业（公司）", "企業（公司）", "A company"],
            }
            SoleProprietor = "sole_proprietor" ["个体工商户", "個體工商戶", "个体户", "個體戶"] {
                label: ["个体工商户", "個體工商戶", "An individual business (个体工商户)"],
                hint: ["持有营业执照的个体经营者", "持有營業執照的個體經營者", "A self-employed business with a business licence"],
            }
            Organisation = "organisation" ["organization", "社会团体", "社會團體"] {
                label: ["社会团体或其他组织", "社會團體或其他組織", "An association or other organisation"],
            }
            Government = "government" ["机关", "機關", "public_body"] {
                label: ["政府机关或事业单位", "政府機關或事業單位", "A government body or public institution"],
            }
        }
    }
}

/// Whether someone else applies on the customer's behalf.
pub static PROXY: Question = Question {
    field: Field::Proxy,
    key: "proxy",
    step: Step::Who,
    label: w!("委托他人办理", "委託他人辦理", "Applying for someone else"),
    ask: form_w!("是否委托他人代办？", "是否委託他人代辦？", "Is someone else applying on your behalf?"),
    why: form_w!(
        "委托他人办理时，通常还需要授权委托书和经办人的身份证明。",
        "委託他人辦理時，通常還需要授權委託書和經辦人的身份證明。",
        "If someone applies for you, a letter of authorisation and their proof of identity are usually needed as well."
    ),
    answers: Answers::Choice(Choices {
        list: &[
            no(w!("否，自己（本单位）办理", "否，自己（本單位）辦理", "No, I (we) apply ourselves"), None),
            yes(w!("是，委托他人代办", "是，委託他人代辦", "Yes, someone applies for me"), None),
        ],
        not_sure: None,
        unanswered: None,
    }),
};

/// The capacity asked for, with its unit.
pub static CAPACITY: Question = Question {
    field: Field::Capacity,
    key: "capacity",
    step: Step::Capacity,
    label: w!("报装容量", "報裝容量", "Capacity"),
    ask: form_w!("需要多大的用电容量？", "需要多大的用電容量？", "What capacity do you need?"),
    why: form_w!(
        "容量决定供电电压、办电环节和是否适用“零投资”。请填写数字并选择单位，例如 120 kVA。",
        "容量決定供電電壓、辦電環節和是否適用「零投資」。請填寫數字並選擇單位，例如 120 kVA。",
        "The capacity decides the voltage, the stages and whether zero investment applies. Enter a number and choose the unit, for example 120 kVA."
    ),
    answers: Answers::Capacity,
};

/// The power factor for converting kW and kVA.
pub static POWER_FACTOR: Question = Question {
    field: Field::PowerFactor,
    key: "power_factor",
    step: Step::Capacity,
    label: w!("功率因数", "功率因數", "Power factor"),
    ask: form_w!("功率因数", "功率因數", "Power factor"),
    why: form_w!(
        "有的规定以 kW 计，有的以 kVA 计，换算需要功率因数（kW = kVA × 功率因数）。填写 0.5 到 1 之间的数；不知道就留空，按 0.9 计算。",
        "有的規定以 kW 計，有的以 kVA 計，換算需要功率因數（kW = kVA × 功率因數）。填寫 0.5 到 1 之間的數；不知道就留空，按 0.9 計算。",
        "Some rules use kW and some kVA; converting needs the power factor (kW = kVA × power factor). Enter a number from 0.5 to 1, or leave it empty to use 0.9."
    ),
    answers: Answers::PowerFactor,
};

choice_question! {
    /// Supply voltage class. Left open, it is inferred from the capacity; the
    /// engine tries the other voltage only where no rule infers it.
    VOLTAGE: Voltage = "voltage" on Capacity {
        label: ["供电电压", "供電電壓", "Supply voltage"],
        ask: ["供电电压是多少？", "供電電壓是多少？", "What is the supply voltage?"],
        why: [
            "电压决定办电环节的多少。不确定时我们按容量和当地规定推断，并在结果中说明。",
            "電壓決定辦電環節的多少。不確定時我們按容量和當地規定推斷，並在結果中說明。",
            "The voltage decides how many stages there are. If you are not sure, we infer it from the capacity and the local rules and say so in the result."
        ],
        not_sure: w!("不确定（按容量推断）", "不確定（按容量推斷）", "Not sure (infer it from the capacity)"),
        answers: {
            Lv = "lv" ["低压", "低壓", "0.4kv", "380v", "220v"] {
                label: ["低压（380 伏 / 220 伏）", "低壓（380 伏 / 220 伏）", "Low voltage (380 V / 220 V)"],
                if_so: ["如按低压（0.4千伏）供电", "如按低壓（0.4千伏）供電", "If it is supplied at low voltage (0.4 kV)"],
            }
            Kv10 = "10kv" ["10", "中压", "中壓"] {
                label: ["10 千伏（高压）", "10 千伏（高壓）", "10 kV (high voltage)"],
                if_so: ["如按10千伏供电", "如按10千伏供電", "If it is supplied at 10 kV"],
            }
            Kv35 = "35kv" ["35", "35kv+"] {
                label: ["35 千伏及以上", "35 千伏及以上", "35 kV or above"],
                if_so: ["如按35千伏供电", "如按35千伏供電", "If it is supplied at 35 kV"],
            }
        }
    }
}

choice_question! {
    /// New connection or capacity increase.
    KIND: Kind = "kind" on Details {
        label: ["新装还是增容", "新裝還是增容", "New or increase"],
        ask: ["新装还是增容？", "新裝還是增容？", "A new connection or more capacity?"],
        why: ["增容是在已有用电的基础上增加容量。", "增容是在已有用電的基礎上增加容量。", "An increase adds capacity to a connection you already have."],
        unanswered: New, tried [Increase], assume: [
            "未回答新装/增容：按新装计算。",
            "未回答新裝/增容：按新裝計算。",
            "New or increase not answered: a new connection is assumed."
        ],
        answers: {
            New = "new" ["新装", "新裝"] {
                label: ["新装（第一次接电）", "新裝（第一次接電）", "New connection"],
                if_so: ["如为新装", "如為新裝", "If it is a new connection"],
            }
            Increase = "increase" ["增容"] {
                label: ["增容（已有用电，增加容量）", "增容（已有用電，增加容量）", "Increase of an existing connection"],
                if_so: ["如为增容", "如為增容", "If it is a capacity increase"],
            }
        }
    }
}

/// Temporary supply (a building site, an event).
pub static TEMPORARY: Question = Question {
    field: Field::Temporary,
    key: "temporary",
    step: Step::Details,
    label: w!("临时用电", "臨時用電", "Temporary supply"),
    ask: form_w!(
        "永久用电还是临时用电？",
        "永久用電還是臨時用電？",
        "Permanent or temporary supply?"
    ),
    why: form_w!(
        "临时用电（如建筑工地）的材料和收费规定不同。",
        "臨時用電（如建築工地）的材料和收費規定不同。",
        "Temporary supply (for example a building site) has different documents and fees."
    ),
    answers: Answers::Choice(Choices {
        list: &[
            no(
                w!("永久用电", "永久用電", "Permanent"),
                Some(w!(
                    "如为永久用电",
                    "如為永久用電",
                    "If the supply is permanent"
                )),
            ),
            yes(
                w!(
                    "临时用电（如施工、临时活动）",
                    "臨時用電（如施工、臨時活動）",
                    "Temporary (for example a building site or an event)"
                ),
                Some(w!(
                    "如为临时用电",
                    "如為臨時用電",
                    "If the supply is temporary"
                )),
            ),
        ],
        not_sure: None,
        unanswered: Some(Unanswered {
            default: "no",
            tried: &["yes"],
            assume: w!(
                "未回答是否临时用电：按永久用电计算。",
                "未回答是否臨時用電：按永久用電計算。",
                "Temporary supply not answered: permanent supply is assumed."
            ),
        }),
    }),
};

choice_question! {
    /// Single or dual power source.
    SUPPLY: Supply = "supply" on Details {
        label: ["电源数量", "電源數量", "Power sources"],
        ask: ["需要一路电源还是两路电源？", "需要一路電源還是兩路電源？", "One power source or two?"],
        why: [
            "双电源（两路供电，用于对供电可靠性要求高的用户）的时限和费用不同。大多数用户是单电源。",
            "雙電源（兩路供電，用於對供電可靠性要求高的用戶）的時限和費用不同。大多數用戶是單電源。",
            "Dual supply (two feeds, for customers who need high reliability) has different limits and fees. Most customers have a single supply."
        ],
        unanswered: Single, tried [Dual], assume: [
            "未回答电源数量：按单电源计算。",
            "未回答電源數量：按單電源計算。",
            "Number of sources not answered: single supply is assumed."
        ],
        answers: {
            Single = "single" ["单电源", "單電源"] {
                label: ["单电源（一路供电）", "單電源（一路供電）", "Single supply (one feed)"],
                if_so: ["如为单电源", "如為單電源", "If you need single supply"],
            }
            Dual = "dual" ["双电源", "雙電源"] {
                label: ["双电源（两路供电）", "雙電源（兩路供電）", "Dual supply (two feeds)"],
                if_so: ["如为双电源", "如為雙電源", "If you need dual supply"],
            }
        }
    }
}

/// Whether grid-side works outside the customer's land are needed.
pub static EXTERNAL_WORKS: Question = Question {
    field: Field::ExternalWorks,
    key: "external_works",
    step: Step::Details,
    label: w!("外线工程", "外線工程", "External works"),
    ask: form_w!("是否需要外线工程？", "是否需要外線工程？", "Are external works needed?"),
    why: form_w!(
        "外线工程指在您的用地范围以外、由电网新建或改造线路的工程，如敷设电缆、立杆。它影响时限，也决定是否要办政府审批。",
        "外線工程指在您的用地範圍以外、由電網新建或改造線路的工程，如敷設電纜、立桿。它影響時限，也決定是否要辦政府審批。",
        "External works are grid works outside your land, such as laying a cable or putting up poles. They affect the time limits and whether government permits are needed."
    ),
    answers: Answers::Choice(Choices {
        list: &[
            yes(
                w!("需要", "需要", "Yes"),
                Some(w!("如有外线工程", "如有外線工程", "If there are external works")),
            ),
            no(
                w!("不需要（附近已有可接入的线路）", "不需要（附近已有可接入的線路）", "No (there is a line nearby to connect to)"),
                Some(w!("如无外线工程", "如無外線工程", "If there are no external works")),
            ),
        ],
        not_sure: Some(w!(
            "不知道（按需要计算，并说明不需要时的结果）",
            "不知道（按需要計算，並說明不需要時的結果）",
            "Don't know (we show the longer case, and the result without works)"
        )),
        // The longer case is assumed.
        unanswered: Some(Unanswered {
            default: "yes",
            tried: &["no"],
            assume: w!(
                "不确定是否有外线工程：按有外线工程（时间较长的情形）计算。",
                "不確定是否有外線工程：按有外線工程（時間較長的情形）計算。",
                "Not sure about external works: the case with external works (the longer one) is shown."
            ),
        }),
    }),
};

choice_question! {
    /// The other utilities applied for with electricity (联合报装): any of
    /// them, as check boxes; a link lists them comma-separated.
    UTILITIES: Utility as Utilities = "utilities" on Details many {
        label: ["同时申请的其他接入", "同時申請的其他接入", "Other connections applied for"],
        ask: ["也要申请用水、用气或通信吗？", "也要申請用水、用氣或通信嗎？", "Are you also applying for water, gas or telecom?"],
        why: [
            "有的地方的文件把用水、用气、通信接入和用电一起规定。勾选的每一项，结果会单独说明它的环节、时限和费用；都不勾选只评估用电。",
            "有的地方的文件把用水、用氣、通信接入和用電一起規定。勾選的每一項，結果會單獨說明它的環節、時限和費用；都不勾選只評估用電。",
            "Some places set rules for water, gas and telecom connections together with electricity. For each one you tick, the result shows its stages, time limit and costs; tick none to assess electricity only."
        ],
        answers: {
            Water = "water" ["水", "用水", "供水", "自来水", "自來水"] {
                label: ["用水接入", "用水接入", "Water connection"],
                word: ["用水接入", "用水接入", "water connection"],
            }
            Gas = "gas" ["气", "氣", "用气", "用氣", "燃气", "燃氣", "天然气", "天然氣"] {
                label: ["用气（燃气）接入", "用氣（燃氣）接入", "Gas connection"],
                word: ["用气接入", "用氣接入", "gas connection"],
            }
            Telecom = "telecom" ["通信", "通讯", "通訊", "电信", "電信", "宽带", "寬帶", "broadband", "internet"] {
                label: ["通信接入（宽带、电话等）", "通信接入（寬帶、電話等）", "Telecom connection (broadband, phone and the like)"],
                word: ["通信接入", "通信接入", "telecom connection"],
            }
        }
    }
}

/// Water, where a policy rule names a utility and has to name one.
impl Default for Utility {
    fn default() -> Self {
        Utility::Water
    }
}

/// The water meter's nominal diameter (DN), asked only when water is chosen.
pub static WATER_METER_DN: Question = Question {
    field: Field::WaterMeterDn,
    key: "water_meter_dn",
    step: Step::Details,
    label: w!("水表口径", "水表口徑", "Water meter size"),
    ask: form_w!(
        "水表口径（DN）是多少毫米？",
        "水表口徑（DN）是多少毫米？",
        "What size is the water meter (DN, in millimetres)?"
    ),
    why: form_w!(
        "有的地方的用水时限和水表安装费减免按水表口径区分。请填写整数毫米数，例如 25、40、100；不知道可以留空，结果会说明不同口径的区别。",
        "有的地方的用水時限和水表安裝費減免按水表口徑區分。請填寫整數毫米數，例如 25、40、100；不知道可以留空，結果會說明不同口徑的區別。",
        "Some places set water time limits and the meter fee waiver by meter size. Enter whole millimetres, for example 25, 40 or 100; leave it empty if you do not know, and the result shows how the size matters."
    ),
    answers: Answers::MeterSize,
};

/// The date the application is submitted.
pub static START: Question = Question {
    field: Field::Start,
    key: "start",
    step: Step::When,
    label: w!("申请日期", "申請日期", "Application date"),
    ask: form_w!("哪天提交申请？", "哪天提交申請？", "When will you apply?"),
    why: form_w!(
        "各环节的截止日期从这一天起按工作日推算：当天不计入，周末和法定节假日不算，调休上班日照算。默认为今天。",
        "各環節的截止日期從這一天起按工作日推算：當天不計入，週末和法定節假日不算，調休上班日照算。預設為今天。",
        "Deadlines are counted in working days from this date: the day itself does not count, weekends and public holidays are skipped, make-up working days count. Today by default."
    ),
    answers: Answers::Date {
        assume: w!(
            "未填申请日期：按今天计算。",
            "未填申請日期：按今天計算。",
            "No application date: today is used."
        ),
    },
};
