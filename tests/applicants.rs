//! Who applies: the applicant answer and the documents it decides, named
//! after the clauses they check. No seed names individual businesses
//! (个体工商户): they are shown a company's documents, and the result says so.

mod common;

use common::{has_warning, pack, run, run_in, warning};
use dianli::assessment::{Assessment, WarningKind};
use dianli::model::{Applicant, Draft, Field};
use dianli::{Application, Lang, PolicyPack};
use serde_json::json;

fn alternatives(a: &Assessment, id: &str) -> Vec<String> {
    let d = a.documents.iter().find(|d| d.id.as_ref() == id).unwrap();
    d.alternatives.iter().map(|x| x.name.en.clone()).collect()
}

fn liuzhou_lv(applicant: &str) -> Assessment {
    run(
        json!({"jurisdiction":"liuzhou","customer":"business","applicant":applicant,"capacity":"80kW","voltage":"lv","start":"2026-06-01"}),
    )
}

#[test]
fn liuzhou_annex_1_4_1_an_individual_business_brings_a_companys_proof_of_identity() {
    // 附件1 四、(一): the proofs of identity per applicant type (individual,
    // company, social organisation, government body); none for 个体工商户.
    let company = liuzhou_lv("company");
    let business = liuzhou_lv("sole_proprietor");
    let ids = |a: &Assessment| {
        a.documents
            .iter()
            .map(|d| d.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&business), ids(&company));
    assert_eq!(
        alternatives(&business, "identity"),
        alternatives(&company, "identity")
    );
    assert!(alternatives(&business, "identity").contains(&"Business licence".to_string()));
    assert_ne!(
        alternatives(&business, "identity"),
        alternatives(&liuzhou_lv("individual"), "identity")
    );
    // The result says so, in three languages, as a reading of the text.
    let w = warning(&business, "documents_as_company");
    assert_eq!(w.kind, WarningKind::Interpretation);
    assert!(w.text.is_complete());
    assert!(w.text.zh_hans.contains("个体工商户") && w.text.zh_hant.contains("個體工商戶"));
    assert!(w.text.en.contains("individual business"));
    assert!(!has_warning(&company, "documents_as_company"));
}

#[test]
fn yangjiang_two_documents_for_every_applicant_an_individual_business_included() {
    // 阳江: 2 documents for all; an individual business brings the same two.
    let app = |who: &str| {
        run(
            json!({"jurisdiction":"yangjiang","area":"urban","customer":"small_micro","applicant":who,"capacity":"50kVA","voltage":"lv","start":"2026-06-01"}),
        )
    };
    let (company, business) = (app("company"), app("个体工商户"));
    assert_eq!(business.documents.len(), 2);
    assert_eq!(business.documents, company.documents);
    assert!(has_warning(&business, "documents_as_company"));
    // Everything but the documents' note is the company's result.
    assert_eq!(business.stages, company.stages);
    assert_eq!(business.zero_investment, company.zero_investment);
    assert_eq!(business.completion_date, company.completion_date);
}

#[test]
fn every_spelling_of_an_individual_business_is_one_answer_kept_as_its_key() {
    for raw in [
        "sole_proprietor",
        "Sole Proprietor",
        "sole-proprietor",
        "soleproprietor",
        "个体工商户",
        "個體工商戶",
        "个体户",
        "個體戶",
    ] {
        let mut d = Draft::default();
        d.set(Field::Jurisdiction, "national");
        d.set(Field::Capacity, "20kW");
        d.set(Field::Applicant, raw);
        let app = Application::parse(&d, &pack().ids()).unwrap_or_else(|p| panic!("{raw}: {p:?}"));
        assert_eq!(app.applicant, Some(Applicant::SoleProprietor), "{raw}");
        assert_eq!(app.to_draft().get(Field::Applicant), "sole_proprietor");
    }
}

#[test]
fn a_bad_applicant_names_every_answer_in_three_languages() {
    let v = json!({"jurisdiction":"national","capacity":"20kW","applicant":"shop"});
    let problems = Application::from_json(&v, &pack().ids()).unwrap_err();
    let m = &problems[0].message;
    for lang in Lang::ALL {
        assert!(m.get(lang).contains("sole_proprietor"), "{lang:?}: {m:?}");
        assert!(m.get(lang).contains("“shop”") || m.get(lang).contains("「shop」"));
    }
}

/// A pack whose own document rule names individual businesses.
fn pack_naming_individual_businesses() -> PolicyPack {
    let text = json!({"jurisdictions": {"newtown": {
        "id": "newtown", "inherits": "national",
        "name": {"zh-Hans": "新城", "zh-Hant": "新城", "en": "Newtown"},
        "sources": {"nt": {
            "file": "nt.pdf", "issued": "2026-01", "effective": "2026-01", "kind": "primary",
            "title": {"zh-Hans": "新城办电指南", "zh-Hant": "新城辦電指南", "en": "Newtown connection guide"},
            "issuer": {"zh-Hans": "新城供电公司", "zh-Hant": "新城供電公司", "en": "Newtown utility"}
        }},
        "documents": [{
            "cite": {"source": "nt", "clause": "一", "quote": "申请材料：身份证明。"},
            "documents": [{
                "id": "identity", "name": {"zh-Hans": "身份证明", "zh-Hant": "身份證明", "en": "Proof of identity"},
                "cite": {"source": "nt", "clause": "一", "quote": "申请材料：身份证明。"},
                "alternatives": [
                    {"name": {"zh-Hans": "营业执照", "zh-Hant": "營業執照", "en": "Business licence"}, "applicant": ["company"]},
                    {"name": {"zh-Hans": "个体工商户营业执照", "zh-Hant": "個體工商戶營業執照", "en": "Individual business licence"}, "applicant": ["sole_proprietor"]}
                ]
            }]
        }]
    }}});
    PolicyPack::from_json_over_embedded(&text.to_string()).expect("a pack may name sole_proprietor")
}

#[test]
fn a_pack_that_names_individual_businesses_is_read_as_it_says() {
    let p = pack_naming_individual_businesses();
    let app = |who: &str| {
        run_in(
            &p,
            json!({"jurisdiction":"newtown","applicant":who,"capacity":"20kW","start":"2026-06-01"}),
        )
    };
    let business = app("sole_proprietor");
    assert_eq!(
        alternatives(&business, "identity"),
        ["Individual business licence"]
    );
    assert!(!has_warning(&business, "documents_as_company"));
    assert_eq!(
        alternatives(&app("company"), "identity"),
        ["Business licence"]
    );
}

#[test]
fn no_built_in_source_names_individual_businesses() {
    // The seeds and national documents list no documents for 个体工商户, so
    // every built-in place reads them as companies.
    for id in pack().ids() {
        let chain = pack().chain(id);
        assert_eq!(
            dianli::engine::items::read_as(&chain, Applicant::SoleProprietor),
            Applicant::Company,
            "{id}"
        );
    }
}
