//! Measures `assess` (and parsing + assessing) in ns per call over representative cases.
//! Run with `cargo run --release --bin bench_assess`. Reports; asserts nothing.

use dianli::{assess_on, decide, explain, Application, Calendar, Lang, PolicyPack};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// Counts heap allocations, to report how many one `assess` makes.
struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const CASES: &[&str] = &[
    r#"{"jurisdiction":"yangjiang","area":"urban","customer":"small_micro","capacity":"50kVA","voltage":"lv","external_works":"no","kind":"new","temporary":"no","start":"2026-06-01"}"#,
    r#"{"jurisdiction":"liuzhou","area":"urban","customer":"business","capacity":"2000kVA","voltage":"10kv","supply":"dual","kind":"new","start":"2026-06-10"}"#,
    r#"{"jurisdiction":"district-x","area":"urban","customer":"business","capacity":"30kVA","voltage":"lv","external_works":"yes","kind":"new","start":"2026-04-30"}"#,
    r#"{"jurisdiction":"shandong","area":"urban","customer":"small_micro","capacity":"200kVA","start":"2026-06-01"}"#,
    r#"{"jurisdiction":"wanzhou","customer":"small_micro","capacity":"180kVA","voltage":"lv","start":"2026-06-01"}"#,
    r#"{"jurisdiction":"national","capacity":"100kW","start":"2026-06-01"}"#,
    r#"{"jurisdiction":"district-x","customer":"business","capacity":"800kVA","voltage":"10kv","external_works":"yes","start":"2026-06-01"}"#,
    r#"{"jurisdiction":"liuzhou","customer":"resident","applicant":"individual","capacity":"8kW","voltage":"lv","start":"2026-09-28"}"#,
];

fn time<F: FnMut()>(label: &str, iters: u32, mut f: F) -> f64 {
    let iters = std::env::var("BENCH_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(iters);
    let mut samples = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        for _ in 0..iters {
            f();
        }
        samples.push(t.elapsed().as_nanos() as f64 / iters as f64);
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    let median = samples[samples.len() / 2];
    println!(
        "{label:<72} {median:>10.0} ns/call (median of 7, min {:.0})",
        samples[0]
    );
    median
}

fn main() {
    let t = Instant::now();
    let pack = PolicyPack::embedded();
    println!(
        "load embedded policy pack: {:.2} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let cal = Calendar::embedded();
    println!(
        "load holiday calendar:     {:.3} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let ids = pack.ids();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let apps: Vec<Application> = CASES
        .iter()
        .map(|c| Application::from_json(&serde_json::from_str(c).unwrap(), &ids).unwrap())
        .collect();
    let allocations = |f: &dyn Fn()| {
        let before = ALLOCATIONS.load(Ordering::Relaxed);
        f();
        ALLOCATIONS.load(Ordering::Relaxed) - before
    };
    let (mut all, mut decided, mut one_lang) = (0.0, 0.0, 0.0);
    for (i, app) in apps.iter().enumerate() {
        let label = format!("#{i} {} {}", app.jurisdiction, app.capacity);
        let a = allocations(&|| {
            black_box(assess_on(&pack, app, &cal, today));
        });
        all += time(&format!("assess {label} ({a} allocations)"), 20_000, || {
            black_box(assess_on(black_box(&pack), black_box(app), &cal, today));
        });
        let a = allocations(&|| {
            black_box(decide(&pack, app, &cal, today));
        });
        decided += time(&format!("  decide only ({a} allocations)"), 20_000, || {
            black_box(decide(black_box(&pack), black_box(app), &cal, today));
        });
        let one = |app: &Application| {
            let d = decide(&pack, app, &cal, today);
            explain::assessment(&d, explain::Langs::only(Lang::ZhHans))
        };
        let a = allocations(&|| {
            black_box(one(app));
        });
        one_lang += time(
            &format!("  decide + explain in one language ({a} allocations)"),
            20_000,
            || {
                black_box(one(black_box(app)));
            },
        );
    }
    let n = apps.len() as f64;
    for (label, total) in [
        ("assess (three languages), mean over the cases", all),
        ("decide only, mean", decided),
        ("decide + explain in one language (the app), mean", one_lang),
    ] {
        println!("{label:<72} {:>10.0} ns/call", total / n);
    }
    let values: Vec<serde_json::Value> = CASES
        .iter()
        .map(|c| serde_json::from_str(c).unwrap())
        .collect();
    time("parse answers + assess (case #0)", 20_000, || {
        let app = Application::from_json(black_box(&values[0]), &ids).unwrap();
        black_box(assess_on(&pack, &app, &cal, today));
    });
    time("assess + serialise to JSON (case #1)", 5_000, || {
        black_box(serde_json::to_string(&assess_on(&pack, &apps[1], &cal, today)).unwrap());
    });
    load_list(today);
}

/// The equipment list (`#/load`): reading `items=`, adding it up, and where the
/// figure falls, for lists of 200 and 500 rows and for hostile links.
fn load_list(today: chrono::NaiveDate) {
    use dianli::client::{placement, LoadList, State};
    let rows = |n: usize| -> String {
        (0..n)
            .map(|i| format!("ac:{}.{}x{}", i % 9 + 1, i % 10, i % 4 + 1))
            .collect::<Vec<_>>()
            .join(",")
    };
    let (r200, r1500) = (rows(200), rows(1_500));
    time("load list: read items= of 200 rows", 2_000, || {
        black_box(LoadList::parse(black_box(&r200)));
    });
    time(
        "load list: read items= of 1,500 rows (500 kept)",
        1_000,
        || {
            black_box(LoadList::parse(black_box(&r1500)));
        },
    );
    let list = LoadList::parse(&r200);
    time("load list: check and add up 200 rows", 2_000, || {
        black_box(black_box(&list).totals());
    });
    time("load list: write items= of 200 rows", 2_000, || {
        black_box(black_box(&list).to_param());
    });
    let s = State::new(&format!("#/load?jurisdiction=liuzhou&items={r200}"), today);
    let totals = s.equipment.totals();
    time(
        "load list: where 200 rows' figure falls (decide + explain)",
        2_000,
        || {
            black_box(placement(
                s.policy.pack(),
                &s.draft,
                black_box(&totals),
                today,
                Lang::ZhHans,
            ));
        },
    );
    for (label, hostile) in [
        ("one 2 MB cell", "9".repeat(2_000_000)),
        ("2 MB of commas", ",".repeat(2_000_000)),
        ("2 MB of escapes", "%2C".repeat(700_000)),
        ("2 MB of x", "x".repeat(2_000_000)),
    ] {
        time(
            &format!("load list: read a hostile link ({label})"),
            10,
            || {
                black_box(LoadList::parse(black_box(&hostile)));
            },
        );
    }
}
