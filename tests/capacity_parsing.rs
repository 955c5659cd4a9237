use std::cmp::Ordering;

use dianli::capacity::*;

fn kva(amount_va: u64) -> Capacity {
    Capacity {
        amount: amount_va,
        unit: Unit::Kva,
        unit_given: true,
    }
}

fn kw(amount_w: u64) -> Capacity {
    Capacity {
        amount: amount_w,
        unit: Unit::Kw,
        unit_given: true,
    }
}

fn ok(input: &str) -> Capacity {
    parse_capacity(input).unwrap_or_else(|e| panic!("{input:?} should parse, got {e}"))
}

fn err(input: &str) -> CapacityError {
    match parse_capacity(input) {
        Ok(c) => panic!("{input:?} should be rejected, got {c:?}"),
        Err(e) => e,
    }
}

const PF09: PowerFactor = PowerFactor(900);

// ---------- accepted forms ----------

#[test]
fn bare_number_is_kva_without_unit_given() {
    let c = ok("160");
    assert_eq!(
        c,
        Capacity {
            amount: 160_000,
            unit: Unit::Kva,
            unit_given: false
        }
    );
}

#[test]
fn kva_spellings_are_accepted() {
    for input in [
        "160kVA",
        "160 kVA",
        "160KVA",
        "160 kva",
        "160千伏安",
        "  160 kVA  ",
        "160 kV·A",
        "160kV.A",
        "+160 kVA",
    ] {
        assert_eq!(ok(input), kva(160_000), "{input:?}");
    }
}

#[test]
fn full_width_digits_and_unit_are_accepted() {
    assert_eq!(ok("１６０ｋＶＡ"), kva(160_000));
    assert_eq!(ok("１６０　ｋＶＡ"), kva(160_000));
    assert_eq!(ok("１２．５ｋＷ"), kw(12_500));
    assert_eq!(ok("１，６００ｋＶＡ"), kva(1_600_000));
}

#[test]
fn kw_spellings_are_accepted() {
    for input in ["150kW", "150 KW", "150千瓦", "150 kw"] {
        assert_eq!(ok(input), kw(150_000), "{input:?}");
    }
}

#[test]
fn mega_units_are_accepted() {
    assert_eq!(ok("0.5MVA"), kva(500_000));
    assert_eq!(ok("2兆伏安"), kva(2_000_000));
    assert_eq!(ok("1.2MW"), kw(1_200_000));
    assert_eq!(ok("1.2兆瓦"), kw(1_200_000));
    assert_eq!(ok("0.000001 MVA"), kva(1));
}

#[test]
fn base_units_are_accepted() {
    assert_eq!(ok("500VA"), kva(500));
    assert_eq!(ok("800W"), kw(800));
    assert_eq!(ok("800瓦"), kw(800));
    assert_eq!(ok("500伏安"), kva(500));
}

#[test]
fn decimals_are_exact() {
    assert_eq!(ok("12.5kVA"), kva(12_500));
    assert_eq!(ok("0.001 kVA"), kva(1));
    assert_eq!(ok("12.5000 kW"), kw(12_500));
    assert_eq!(ok(".5 kVA"), kva(500));
}

#[test]
fn thousands_separators_are_accepted_in_groups_of_three() {
    assert_eq!(ok("1,600 kVA"), kva(1_600_000));
    assert_eq!(ok("1,000,000 kVA"), kva(1_000_000_000));
    assert_eq!(ok("1,600.5 kW"), kw(1_600_500));
}

#[test]
fn largest_capacity_is_accepted() {
    assert_eq!(ok("1000000 kVA"), kva(MAX_AMOUNT));
    assert_eq!(ok("1000 MW"), kw(MAX_AMOUNT));
}

// ---------- rejected forms ----------

#[test]
fn empty_input_is_rejected() {
    assert_eq!(err(""), CapacityError::Empty);
    assert_eq!(err("   "), CapacityError::Empty);
    assert_eq!(err("\u{3000}"), CapacityError::Empty);
}

#[test]
fn zero_is_rejected() {
    assert_eq!(err("0"), CapacityError::Zero);
    assert_eq!(err("0.0kVA"), CapacityError::Zero);
    assert_eq!(err("0 kW"), CapacityError::Zero);
}

#[test]
fn negative_is_rejected() {
    for input in ["-5", "-5kVA", "\u{2212}5", "－５ ｋＷ", "- 5 kVA"] {
        assert_eq!(err(input), CapacityError::Negative, "{input:?}");
    }
    assert!(CapacityError::Negative
        .message()
        .en
        .contains("cannot be negative"));
}

#[test]
fn not_finite_is_rejected() {
    for input in ["NaN", "nan", "inf", "infinity", "Infinity kVA", "-inf", "∞"] {
        assert_eq!(err(input), CapacityError::NotFinite, "{input:?}");
    }
}

#[test]
fn non_numbers_are_rejected() {
    for input in [
        "abc",
        "1.2.3",
        "kVA",
        ".",
        "1,6",
        "1,6000 kVA",
        "16,00",
        "1 600kVA",
        "1e3",
        "1E3kVA",
        "1e-3",
    ] {
        assert!(
            matches!(err(input), CapacityError::NotANumber(_)),
            "{input:?}"
        );
    }
}

#[test]
fn scientific_notation_gets_a_hint() {
    let e = err("1e3");
    assert_eq!(e, CapacityError::NotANumber("1e3".into()));
    assert!(e.message().en.contains("Scientific notation"), "{}", e);
    assert!(e.message().zh_hans.contains("科学计数法"));
}

#[test]
fn spaces_and_commas_inside_numbers_get_hints() {
    assert!(err("1 600kVA").message().en.contains("spaces"));
    assert!(err("1,6").message().en.contains("comma"));
    assert!(err("1.2.3").message().en.contains("one decimal point"));
}

#[test]
fn too_large_is_rejected() {
    for input in [
        "1000001 kVA",
        "1,000,001 kW",
        "1000.000001 MVA",
        "1001MW",
        "99999999999999999999999999999 kVA",
    ] {
        assert_eq!(err(input), CapacityError::TooLarge, "{input:?}");
    }
    assert!(CapacityError::TooLarge
        .message()
        .en
        .contains("1,000,000 kVA"));
}

#[test]
fn too_precise_is_rejected() {
    for input in [
        "12.5001 kVA",
        "0.0001",
        "1.5 VA",
        "0.5 W",
        "0.0000001 MVA",
        "1.0000005MW",
    ] {
        assert_eq!(err(input), CapacityError::TooPrecise, "{input:?}");
    }
}

#[test]
fn unknown_units_are_rejected() {
    for (input, unit) in [
        ("160 horsepower", "horsepower"),
        ("160 hp", "hp"),
        ("160A", "A"),
        ("160kV", "kV"),
        ("160 kWh", "kWh"),
    ] {
        assert_eq!(
            err(input),
            CapacityError::UnknownUnit(unit.into()),
            "{input:?}"
        );
    }
    let m = err("160 horsepower").message();
    assert!(
        m.en.contains("“horsepower” is not a unit for capacity"),
        "{}",
        m.en
    );
}

#[test]
fn kilovolts_are_explained_as_a_voltage() {
    let m = err("160kV").message();
    assert!(
        m.en.contains("kV is a voltage; capacity is in kVA or kW"),
        "{}",
        m.en
    );
    assert!(m.zh_hans.contains("电压"));
    assert!(m.zh_hant.contains("電壓"));
}

#[test]
fn every_error_message_has_three_languages() {
    let errors = [
        CapacityError::Empty,
        CapacityError::NotANumber("abc".into()),
        CapacityError::NotANumber("1e3".into()),
        CapacityError::Zero,
        CapacityError::Negative,
        CapacityError::NotFinite,
        CapacityError::TooLarge,
        CapacityError::TooPrecise,
        CapacityError::UnknownUnit("horsepower".into()),
        CapacityError::UnknownUnit("kV".into()),
        CapacityError::UnknownUnit("A".into()),
        CapacityError::PowerFactorOutOfRange("2".into()),
        CapacityError::PowerFactorTooPrecise("0.8555".into()),
    ];
    for e in errors {
        let m = e.message();
        assert!(m.is_complete(), "{e:?}");
        assert_ne!(m.zh_hans, m.en, "{e:?}");
        assert_eq!(e.to_string(), &*m.en);
    }
}

// ---------- display ----------

#[test]
fn display_round_trips() {
    for input in [
        "160 kVA",
        "12.5kW",
        "0.5MVA",
        "500VA",
        "800 W",
        "1,600 kVA",
        "0.001 kW",
        "1000 MW",
        "160",
    ] {
        let c = ok(input);
        assert_eq!(ok(&c.to_string()), c, "{input:?} -> {c}");
    }
}

#[test]
fn display_shows_kilo_units() {
    assert_eq!(ok("160kVA").to_string(), "160 kVA");
    assert_eq!(ok("12.5 kW").to_string(), "12.5 kW");
    assert_eq!(ok("0.5MVA").to_string(), "500 kVA");
    assert_eq!(ok("800W").to_string(), "0.8 kW");
    assert_eq!(ok("1 VA").to_string(), "0.001 kVA");
    assert_eq!(ok("160").kilo_str(), "160");
}

#[test]
fn kilo_builds_whole_kilo_units() {
    assert_eq!(Capacity::kilo(160, Unit::Kva), kva(160_000));
    assert_eq!(Capacity::kilo(150, Unit::Kw).to_string(), "150 kW");
}

#[test]
fn unit_symbols_and_names() {
    assert_eq!(Unit::Kva.symbol(), "kVA");
    assert_eq!(Unit::Kw.symbol(), "kW");
    assert_eq!(Unit::Kva.name().zh_hans.as_str(), "千伏安");
    assert_eq!(Unit::Kw.name().zh_hant.as_str(), "千瓦");
    assert!(Unit::Kva.name().en.contains("apparent"));
}

#[test]
fn serde_uses_unit_symbols() {
    let json = serde_json::to_string(&Capacity::kilo(160, Unit::Kva)).unwrap();
    assert_eq!(json, r#"{"amount":160000,"unit":"kVA","unit_given":true}"#);
    let back: Capacity = serde_json::from_str(&json).unwrap();
    assert_eq!(back, Capacity::kilo(160, Unit::Kva));
}

// ---------- comparison and conversion ----------

#[test]
fn cmp_to_same_unit_is_plain() {
    assert_eq!(
        ok("160 kVA").cmp_to(&Capacity::kilo(160, Unit::Kva), PF09),
        Ordering::Equal
    );
    assert_eq!(
        ok("160.001 kVA").cmp_to(&Capacity::kilo(160, Unit::Kva), PF09),
        Ordering::Greater
    );
    assert_eq!(
        ok("159.999 kVA").cmp_to(&Capacity::kilo(160, Unit::Kva), PF09),
        Ordering::Less
    );
}

#[test]
fn cmp_to_converts_kw_against_a_kva_cap_exactly() {
    let cap = Capacity::kilo(160, Unit::Kva);
    assert_eq!(ok("144 kW").cmp_to(&cap, PF09), Ordering::Equal);
    assert_eq!(ok("144.001 kW").cmp_to(&cap, PF09), Ordering::Greater);
    assert_eq!(ok("143.999 kW").cmp_to(&cap, PF09), Ordering::Less);
}

#[test]
fn cmp_to_converts_kva_against_a_kw_cap_exactly() {
    let cap = Capacity::kilo(160, Unit::Kw);
    assert_eq!(ok("160 kVA").cmp_to(&cap, PF09), Ordering::Less);
    assert_eq!(ok("180 kVA").cmp_to(&cap, PF09), Ordering::Greater);
    // 160 kW / 0.9 = 177.777… kVA: no kVA amount is exactly equal
    assert_eq!(ok("177.777 kVA").cmp_to(&cap, PF09), Ordering::Less);
    assert_eq!(ok("177.778 kVA").cmp_to(&cap, PF09), Ordering::Greater);
    assert_eq!(
        ok("160 kVA").cmp_to(&cap, PowerFactor(1000)),
        Ordering::Equal
    );
}

#[test]
fn in_unit_converts_and_rounds_to_the_nearest() {
    assert_eq!(ok("180 kVA").in_unit(Unit::Kw, PF09), kw(162_000));
    assert_eq!(ok("144 kW").in_unit(Unit::Kva, PF09), kva(160_000));
    assert_eq!(ok("160 kW").in_unit(Unit::Kva, PF09), kva(177_778));
    assert_eq!(ok("160 kVA").in_unit(Unit::Kva, PF09), kva(160_000));
    let bare = ok("160");
    assert_eq!(bare.in_unit(Unit::Kva, PF09), bare);
}

#[test]
fn excess_over_is_in_the_limits_unit() {
    let kw_cap = Capacity::kilo(160, Unit::Kw);
    assert_eq!(ok("180 kVA").excess_over(&kw_cap, PF09), kw(2_000));
    assert_eq!(ok("160 kVA").excess_over(&kw_cap, PF09), kw(0));
    let kva_cap = Capacity::kilo(160, Unit::Kva);
    assert_eq!(ok("168 kVA").excess_over(&kva_cap, PF09), kva(8_000));
    assert_eq!(ok("144 kW").excess_over(&kva_cap, PF09), kva(0));
    assert_eq!(
        ok("150 kW").excess_over(&kva_cap, PF09).to_string(),
        "6.667 kVA"
    );
}

#[test]
fn excess_is_nonzero_exactly_when_above() {
    let cap = Capacity::kilo(160, Unit::Kw);
    for input in [
        "177.777 kVA",
        "177.778 kVA",
        "177.7778 MVA",
        "160 kW",
        "160.001 kW",
        "1 VA",
        "1000 MVA",
    ] {
        let Ok(c) = parse_capacity(input) else {
            continue;
        };
        for pf in [500u16, 850, 900, 999, 1000] {
            let pf = PowerFactor(pf);
            let above = c.cmp_to(&cap, pf) == Ordering::Greater;
            assert_eq!(c.excess_over(&cap, pf).amount > 0, above, "{input} at {pf}");
        }
    }
}

// ---------- power factor ----------

#[test]
fn power_factor_forms_are_accepted() {
    let cases = [
        ("0.9", 900),
        ("０.８５", 850),
        ("０．８５", 850),
        ("90%", 900),
        ("９０％", 900),
        ("85.5 %", 855),
        ("1", 1000),
        ("1.0", 1000),
        ("0.5", 500),
        (" 0.875 ", 875),
        (".9", 900),
    ];
    for (input, milli) in cases {
        assert_eq!(
            parse_power_factor(input),
            Ok(PowerFactor(milli)),
            "{input:?}"
        );
    }
}

#[test]
fn power_factor_out_of_range_is_rejected() {
    for input in ["0.49", "1.01", "90", "0", "-0.9", "120%", "40%"] {
        assert!(
            matches!(
                parse_power_factor(input),
                Err(CapacityError::PowerFactorOutOfRange(_))
            ),
            "{input:?}"
        );
    }
    let m = parse_power_factor("90").unwrap_err().message();
    assert!(m.en.contains("between 0.5 and 1"), "{}", m.en);
}

#[test]
fn power_factor_with_too_many_decimals_is_rejected() {
    assert_eq!(
        parse_power_factor("0.8555"),
        Err(CapacityError::PowerFactorTooPrecise("0.8555".into()))
    );
    assert!(matches!(
        parse_power_factor("85.55%"),
        Err(CapacityError::PowerFactorTooPrecise(_))
    ));
    assert_eq!(parse_power_factor("0.9000"), Ok(PowerFactor(900)));
}

#[test]
fn power_factor_garbage_is_rejected() {
    assert_eq!(parse_power_factor(""), Err(CapacityError::Empty));
    assert_eq!(parse_power_factor("NaN"), Err(CapacityError::NotFinite));
    for input in ["abc", "0.9x", "0,9", "9e-1", "0.9.1"] {
        assert!(
            matches!(parse_power_factor(input), Err(CapacityError::NotANumber(_))),
            "{input:?}"
        );
    }
}

#[test]
fn power_factor_display_round_trips() {
    assert_eq!(PowerFactor::DEFAULT.to_string(), "0.9");
    assert_eq!(PowerFactor(850).to_string(), "0.85");
    assert_eq!(PowerFactor(1000).to_string(), "1");
    assert_eq!(PowerFactor(875).to_string(), "0.875");
    for milli in 500..=1000u16 {
        let pf = PowerFactor(milli);
        assert_eq!(parse_power_factor(&pf.to_string()), Ok(pf));
    }
}

#[test]
fn to_halfwidth_maps_full_width_ascii_and_ideographic_space() {
    assert_eq!(to_halfwidth("１６０　ｋＶＡ！～"), "160 kVA!~");
    assert_eq!(to_halfwidth("千伏安·kV"), "千伏安·kV");
}
