//! The app's model, exercised without a browser.

use super::*;
use crate::calendar::CalendarEvent;
use crate::capacity::Unit;
use crate::model::{Draft, Field};
use crate::policy::{DaysKind, PolicyPack};
use crate::share::{self, Mode, Route};
use crate::text::Lang;
use crate::tr;
use chrono::NaiveDate;

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

/// Every string of a table (`all`, read with `get`) is there in every
/// language, and its English is not a copy of the Chinese.
pub(super) fn assert_translated<T: Copy + std::fmt::Debug>(
    all: &[T],
    get: impl Fn(T, Lang) -> &'static str,
) {
    for &s in all {
        for lang in Lang::ALL {
            assert!(
                !get(s, lang).trim().is_empty(),
                "{s:?} is empty in {lang:?}"
            );
        }
        // English text must not be a copy of the Chinese.
        assert_ne!(
            get(s, Lang::En),
            get(s, Lang::ZhHans),
            "{s:?} is not translated to English"
        );
    }
}

#[test]
fn every_string_is_translated() {
    assert_translated(S::ALL, S::get);
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
    let places = Policy::default();
    assert_eq!(selected_place(&places, "District_X"), Some("district-x"));
    assert_eq!(selected_place(&places, "beijing"), None);
    assert_eq!(
        selected(Field::Applicant, "个体户"),
        Some("sole_proprietor")
    );
    assert_eq!(
        selected(Field::Applicant, "Sole Proprietor"),
        Some("sole_proprietor")
    );
    // What the form selects is what the answers are read as.
    assert_eq!(
        selected(Field::Temporary, "not sure"),
        None,
        "no such answer"
    );
    assert_eq!(selected(Field::Supply, ""), None);
}

#[test]
fn every_field_has_a_question_on_exactly_one_page() {
    let all = fields_in_order();
    assert_eq!(all.len(), Field::ALL.len());
    for f in Field::ALL {
        assert_eq!(all.iter().filter(|x| **x == f).count(), 1, "{f:?}");
        assert!(Step::of(f).fields().any(|x| x == f));
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
    let a = evaluate(s.policy.pack(), &s.draft, s.today, s.lang).unwrap();
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
    let PolicyOrigin::PortalFailed { problems, .. } = &origin else {
        panic!("{origin:?}")
    };
    assert!(
        problems[0].message(Lang::En).starts_with("jurisdictions:"),
        "{problems:?}"
    );
    assert!(!origin.refused());

    let (pack, origin) = portal_pack(url, Err(PackProblem::Status(404)));
    assert!(pack.is_none());
    assert_eq!(
        origin,
        PolicyOrigin::PortalFailed {
            url: url.into(),
            problems: vec![PackProblem::Status(404)]
        }
    );
    let refused = PackProblem::Refused(crate::portal::Refusal::Redirected);
    let (_, origin) = portal_pack(url, Err(refused));
    assert!(origin.refused());
}

#[test]
fn the_policy_address_stays_in_every_link_and_the_colour_only_in_the_page() {
    let s =
        state("#/form/who?jurisdiction=liuzhou&mode=embed&policy=packs%2Fcity.json&accent=0b4f7c");
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
        answer_text(&Policy::default(), Field::Jurisdiction, &draft, t, Lang::En),
        "Liuzhou, Guangxi"
    );
    assert_eq!(
        answer_text(&Policy::default(), Field::Capacity, &draft, t, Lang::En),
        "120 kVA"
    );
    assert_eq!(
        answer_text(
            &Policy::default(),
            Field::ExternalWorks,
            &draft,
            t,
            Lang::ZhHans
        ),
        "不确定"
    );
    assert_eq!(
        answer_text(&Policy::default(), Field::Area, &draft, t, Lang::ZhHant),
        "未回答"
    );
    assert_eq!(
        answer_text(&Policy::default(), Field::Start, &draft, t, Lang::ZhHans),
        "2026年6月4日（星期四）"
    );
    assert_eq!(
        answer_text(&Policy::default(), Field::PowerFactor, &draft, t, Lang::En),
        "Not given (0.9 is used)"
    );
    draft.set(Field::Start, "");
    assert_eq!(
        answer_text(&Policy::default(), Field::Start, &draft, t, Lang::En),
        "today (Mon 1 June 2026)"
    );
}

#[test]
fn variations_read_as_one_sentence() {
    let day = Some(d(2026, 10, 9));
    assert_eq!(
        variation_text(2, Some(2), day, true, Lang::ZhHans),
        "2 个环节，不超过 2 个工作日，接电日期 2026年10月9日（星期五）；零投资适用"
    );
    assert_eq!(
        variation_text(2, Some(2), day, false, Lang::En),
        "2 stages, up to 2 working days, by Fri 9 October 2026; zero investment does not apply"
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
    assert_eq!(idle_phase_for(0, false), Idle::Active);
    assert_eq!(idle_phase_for(99, false), Idle::Active);
    assert_eq!(idle_phase_for(100, false), Idle::Warning(20));
    assert_eq!(idle_phase_for(119, false), Idle::Warning(1));
    assert_eq!(idle_phase_for(120, false), Idle::Reset);
}

#[test]
fn contract_examples_open_from_links() {
    let text = include_str!("../../tests/cases/contract.jsonl");
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
            let a = evaluate(s.policy.pack(), &s.draft, today(), s.lang).unwrap();
            if let Some(n) = v["expect"]["stages.len"].as_u64() {
                assert_eq!(a.stages.len() as u64, n, "{}", v["name"]);
            }
            if let Some(c) = v["expect"]["completion_date"].as_str() {
                assert_eq!(a.completion_date.unwrap().format("%Y-%m-%d").to_string(), c);
            }
        }
    }
}

#[test]
fn care_mode_is_kept_in_the_page_address_and_in_shared_links_and_start_over_restores_the_deployers_choice(
) {
    let s = state("#/?jurisdiction=liuzhou&mode=kiosk&care=1");
    assert!(s.portal.care);
    assert!(s.fragment().contains("care=1"));
    let shared = s.share_fragment();
    assert!(shared.contains("care=1"), "{shared}");
    assert!(!shared.contains("mode=kiosk"), "{shared}");
    let off = s.apply(Action::SetCare(false));
    assert!(!off.portal.care);
    assert!(!off.fragment().contains("care"));
    let restarted = off.apply(Action::Restart);
    assert!(restarted.portal.care);
    let plain = state("#/?jurisdiction=liuzhou");
    assert!(!plain.portal.care);
    assert!(plain
        .apply(Action::SetCare(true))
        .fragment()
        .contains("care=1"));
}

#[test]
fn care_mode_gives_a_kiosk_more_time_before_the_warning_and_the_reset() {
    assert_eq!(idle_phase_for(100, false), Idle::Warning(20));
    assert_eq!(idle_phase_for(100, true), Idle::Active);
    assert_eq!(idle_phase_for(240, true), Idle::Warning(60));
    assert_eq!(idle_phase_for(300, true), Idle::Reset);
    assert_eq!(idle_phase_for(120, false), Idle::Reset);
}

#[test]
fn rules_links_keep_the_pages_settings_and_follow_its_care_mode() {
    let s = state("#/result?jurisdiction=liuzhou&lang=en&mode=kiosk");
    assert_eq!(
        s.rules_link("yangjiang", Some("stage_plans-0")),
        "#/rules/yangjiang?lang=en&mode=kiosk#stage_plans-0"
    );
    // Turned on after load: the links say so at once.
    let care = s.apply(Action::SetCare(true));
    assert_eq!(
        care.rules_link("yangjiang", None),
        "#/rules/yangjiang?lang=en&mode=kiosk&care=1"
    );
    let rules = state("#/rules/liuzhou?topic=time_limits#time_limits-4");
    assert_eq!(
        rules.fragment(),
        "#/rules/liuzhou?topic=time_limits#time_limits-4"
    );
    assert_eq!(
        Page::OFFICIALS.map(|p| p.workbench_title().is_some()),
        [true; 4]
    );
}

const NEWTOWN: &str = r#"{"jurisdictions": {"newtown": {"id": "newtown", "inherits": "national",
    "name": {"zh-Hans": "新城", "zh-Hant": "新城", "en": "Newtown"}, "sources": {}}}}"#;

#[cfg(any(feature = "workbench", debug_assertions))]
#[test]
fn a_pack_is_checked_and_tried_in_the_page_state_and_never_linked() {
    let s = state("#/check-pack?lang=en");
    let s = s.apply(Action::SetPackText(NEWTOWN.into()));
    assert_eq!(s.pack_check.report, None);
    let s = s.apply(Action::CheckPack);
    assert!(matches!(s.pack_check.report, Some(PackReport::Valid(..))));
    // The report stays while the language changes.
    let s = s.apply(Action::Load(s.fragment_with_lang(Lang::ZhHant)));
    assert!(matches!(s.pack_check.report, Some(PackReport::Valid(..))));
    let s = s.apply(Action::TryPack(Some("newtown".into())));
    assert_eq!(s.page, Page::Start);
    assert!(s.policy.trial().is_some());
    assert_eq!(s.selected(Field::Jurisdiction), Some("newtown"));
    assert_eq!(s.place_name("newtown"), "新城");
    let link = "#/result?jurisdiction=newtown&capacity=20kW&start=2026-06-01";
    let s = s.apply(Action::Load(link.into()));
    assert_eq!(s.page, Page::Result, "{:?}", s.problems);
    assert!(!s.share_fragment().contains("policy"));
    // Stopping: the page's own data again, as if the link were opened anew.
    let s = s.apply(Action::EndTrial);
    assert!(s.policy.trial().is_none());
    assert_eq!(s.page, Page::Form(Step::Where));
    assert_eq!(s.problems[0].field, Field::Jurisdiction);
    assert_eq!(s.draft.get(Field::Jurisdiction), "newtown", "nothing lost");
    assert_eq!(s.pack_check.text, NEWTOWN, "the checked text stays");
}

#[cfg(any(feature = "workbench", debug_assertions))]
#[test]
fn a_bare_place_file_is_checked_as_a_pack_of_that_one_place() {
    for text in [
        include_str!("../../policy/wanzhou.json"),
        include_str!("../../policy/liuzhou.json"),
    ] {
        let s = state("#/check-pack").apply(Action::OpenPack(Some(text.into())));
        assert!(
            matches!(s.pack_check.report, Some(PackReport::Valid(..))),
            "{:?}",
            s.pack_check.report
        );
    }
    // A place without `jurisdictions` still gets its own problems, by path.
    let s = state("#/check-pack").apply(Action::OpenPack(Some(r#"{"id": "x", "name": 3}"#.into())));
    let Some(PackReport::Problems(p)) = &s.pack_check.report else {
        panic!("{:?}", s.pack_check.report)
    };
    assert!(
        p.iter().all(|e| e.path.starts_with("jurisdictions.x")),
        "{p:?}"
    );
}

#[cfg(any(feature = "workbench", debug_assertions))]
#[test]
fn editing_the_pack_drops_the_report_of_the_old_text_and_files_are_checked_when_opened() {
    let s = state("#/check-pack").apply(Action::CheckPack);
    assert_eq!(s.pack_check.report, Some(PackReport::Empty));
    let s = s.apply(Action::OpenPack(Some(r#"{"jurisdictions": 3}"#.into())));
    let Some(PackReport::Problems(p)) = &s.pack_check.report else {
        panic!("{:?}", s.pack_check.report)
    };
    assert_eq!(p[0].path, "jurisdictions");
    let same = s.apply(Action::SetPackText(s.pack_check.text.clone()));
    assert_eq!(
        same.pack_check.report, s.pack_check.report,
        "unchanged text"
    );
    let edited = s.apply(Action::SetPackText(NEWTOWN.into()));
    assert_eq!(edited.pack_check.report, None);
    let unreadable = edited.apply(Action::OpenPack(None));
    assert_eq!(unreadable.pack_check.report, Some(PackReport::ReadFailed));
    assert_eq!(
        unreadable.pack_check.text, NEWTOWN,
        "the box keeps its text"
    );
    // Nothing to try without a valid report.
    assert_eq!(
        unreadable.apply(Action::TryPack(None)).policy,
        unreadable.policy
    );
}

#[test]
fn a_portals_pack_is_the_pages_data_and_refused_ones_are_not_passed_on() {
    let url = "https://portal.example/pack.json";
    let policy = Policy::from_portal(url, Ok(NEWTOWN.into()));
    let s = State::with_policy("#/?jurisdiction=newtown", today(), policy);
    assert_eq!(s.selected(Field::Jurisdiction), Some("newtown"));
    assert_eq!(s.policy.origin().url(), Some(url));
    let refused = PackProblem::Refused(crate::portal::Refusal::Redirected);
    let policy = Policy::from_portal(url, Err(refused));
    let hash = "#/result?jurisdiction=liuzhou&capacity=8kW&policy=https%3A%2F%2Fportal.example%2Fpack.json";
    let s = State::with_policy(hash, today(), policy);
    assert_eq!(s.page, Page::Result);
    assert!(
        !s.share_fragment().contains("policy"),
        "{}",
        s.share_fragment()
    );
}

#[test]
fn the_applicant_question_offers_an_individual_business() {
    let (list, not_sure) = choices(Field::Applicant);
    assert!(not_sure.is_none());
    let c = list.iter().find(|c| c.key == "sole_proprietor").unwrap();
    assert_eq!(c.label.get(Lang::ZhHans), "个体工商户");
    assert!(c.hint.is_some());
    let s = state("#/check?jurisdiction=liuzhou&capacity=8kW&applicant=个体户");
    assert_eq!(s.page, Page::Check);
    assert_eq!(s.answer_text(Field::Applicant), "个体工商户");
    assert_eq!(s.selected(Field::Applicant), Some("sole_proprietor"));
}

#[cfg(any(feature = "workbench", debug_assertions))]
#[test]
fn a_sources_text_opened_apart_checks_the_quotes_of_a_pack_that_carries_none() {
    // A place whose one rule quotes its notice; the notice's text is not in the pack.
    let tri = |s: &str| serde_json::json!({"zh-Hans": s, "zh-Hant": s, "en": s});
    let pack = serde_json::json!({"jurisdictions": {"newtown": {
        "id": "newtown", "inherits": "national", "name": tri("新城"),
        "sources": {"notice": {"file": "n.txt", "title": tri("通知"), "issuer": tri("新城"),
                               "issued": null, "effective": null}},
        "fees": [{"id": "meter", "fee": tri("计量装置费"), "status": "abolished",
                  "cite": {"source": "notice", "clause": "一", "quote": "不得收取计量装置费用"}}]
    }}})
    .to_string();
    let s = state("#/check-pack?lang=en").apply(Action::OpenPack(Some(pack)));
    assert!(matches!(s.pack_check.report, Some(PackReport::Valid(..))));
    let paths: Vec<&str> = s
        .pack_check
        .warnings
        .iter()
        .map(|w| w.path.as_str())
        .collect();
    assert_eq!(paths, ["jurisdictions.newtown.sources.notice"]);
    // With a text that has the quote: valid, and no warning.
    let s = s.apply(Action::OpenSourceText(Some(
        "一、供电企业不得收取计量装置费用。".into(),
    )));
    assert!(matches!(s.pack_check.report, Some(PackReport::Valid(..))));
    assert!(s.pack_check.warnings.is_empty());
    // With a text that lacks it: the quote is named by its path.
    let s = s.apply(Action::OpenSourceText(Some("一、另行规定。".into())));
    let Some(PackReport::Problems(p)) = &s.pack_check.report else {
        panic!("{:?}", s.pack_check.report)
    };
    assert_eq!(p[0].path, "jurisdictions.newtown.fees[0].cite.quote");
}
