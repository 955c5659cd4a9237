//! The web app fetches the built-in data as files: a share link's page gets
//! only its place, the national rules and the calendar. These tests hold the
//! app to that: what a page asks for, and that a place read beside only its
//! ancestors gives exactly the result it gives beside every place.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::today;
use dianli::cases::{self, Case};
use dianli::client::files_for;
use dianli::policy::{built_in_name, built_in_text, BUILT_IN, CALENDAR};
use dianli::Lang;
use dianli::{assess_on, Calendar, PolicyPack};

fn place_and_national(id: &str) -> PolicyPack {
    let mut files = vec![("national", built_in_text("national").unwrap())];
    if id != "national" {
        files.push((id, built_in_text(id).unwrap()));
    }
    PolicyPack::from_files(&files)
}

fn cases_of(id: &str) -> Vec<Case> {
    let path = format!("{}/tests/cases/{id}.jsonl", env!("CARGO_MANIFEST_DIR"));
    cases::parse_lines(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn a_share_link_needs_only_its_place_the_national_rules_and_the_calendar() {
    let link = "#/result?jurisdiction=yangjiang&area=rural&customer=small_micro&capacity=100kVA&voltage=lv&start=2026-09-30";
    assert_eq!(files_for(link), [CALENDAR, "national", "yangjiang"]);
    // Spelt as the engine accepts it, in any mode and language.
    assert_eq!(
        files_for("#/result?jurisdiction=District_X&mode=kiosk&lang=en"),
        [CALENDAR, "national", "district-x"]
    );
    assert_eq!(
        files_for("#/result?jurisdiction=national"),
        [CALENDAR, "national"]
    );
}

#[test]
fn the_start_page_needs_no_place_only_their_names() {
    for hash in ["", "#/", "#/?lang=en", "#/?jurisdiction=yangjiang&care=1"] {
        assert_eq!(files_for(hash), Vec::<&str>::new(), "{hash}");
    }
    for id in BUILT_IN {
        let pack = PolicyPack::embedded();
        let name = &pack.get(id).unwrap().name;
        for lang in [Lang::ZhHans, Lang::ZhHant, Lang::En] {
            assert_eq!(built_in_name(id, lang), Some(name.get(lang)), "{id}");
        }
    }
}

#[test]
fn every_other_page_and_a_portals_pack_need_every_file() {
    let all: Vec<&str> = BUILT_IN.iter().copied().chain([CALENDAR]).collect();
    for hash in [
        "#/?policy=https%3A%2F%2Fportal.example%2Fpack.json",
        "#/form/where?jurisdiction=yangjiang",
        "#/check?jurisdiction=liuzhou",
        "#/compare",
        "#/rules/liuzhou",
        // A place the tool does not have: the page lists the ones it has.
        "#/result?jurisdiction=newtown",
        // A portal's pack is read over every built-in place.
        "#/result?jurisdiction=yangjiang&policy=https%3A%2F%2Fportal.example%2Fpack.json",
    ] {
        assert_eq!(files_for(hash), all, "{hash}");
    }
}

#[test]
fn a_place_beside_only_its_ancestors_gives_the_result_it_gives_beside_every_place() {
    let all = PolicyPack::embedded();
    let cal = Calendar::shared();
    let mut compared = 0;
    for id in BUILT_IN {
        let some = place_and_national(id);
        for case in cases_of(id) {
            let outcomes = cases::run(std::slice::from_ref(&case), &some, cal, today());
            assert!(outcomes[0].passed(), "{id}: {}", case.name);
            let Ok(app) = cases::application_from(&case.app, &some.ids()) else {
                continue;
            };
            let a = serde_json::to_string(&assess_on(&all, &app, cal, today())).unwrap();
            let b = serde_json::to_string(&assess_on(&some, &app, cal, today())).unwrap();
            assert_eq!(a, b, "{id}: {}", case.name);
            compared += 1;
        }
    }
    assert!(compared >= 100, "{compared} assessments compared");
}
