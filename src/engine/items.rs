//! The lists a result carries as they are: application documents, who pays
//! for what, fees, and the policy's notes.

use crate::model::Applicant;
use crate::policy::{
    Alternative, CommitmentRule, CostRule, Document, Facts, FeeRule, Jurisdiction, NoteRule, Payer,
    When,
};

/// The application documents: those every applicant brings, and those needed
/// only in a stated situation (listed apart, not counted).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Documents<'a> {
    /// The level the rule comes from (the place, or the national baseline).
    pub from: Option<&'a Jurisdiction>,
    /// What every applicant brings (the count the policy gives).
    pub main: Vec<&'a Document>,
    /// What is needed only in a stated situation.
    pub conditional: Vec<&'a Document>,
    /// Whom the documents (and their alternatives) are read for: the
    /// applicant, but see [`read_as`].
    pub read_as: Option<Applicant>,
}

impl Documents<'_> {
    /// The facts the documents are read with.
    pub fn facts(&self, f: &Facts) -> Facts {
        Facts {
            applicant: self.read_as,
            ..*f
        }
    }
}

/// The first matching document rule's documents; a proxy's papers are left
/// out when the applicant applies for themselves.
pub fn documents<'a>(chain: &[&'a Jurisdiction], f: &Facts, proxy: Option<bool>) -> Documents<'a> {
    let read_as = f.applicant.map(|a| read_as(chain, a));
    let f = &Facts {
        applicant: read_as,
        ..*f
    };
    let Some((from, rule)) = super::found(chain, |j| &j.documents, |r| &r.when, f) else {
        return Documents {
            read_as,
            ..Documents::default()
        };
    };
    let mut out = Documents {
        from: Some(from),
        read_as,
        ..Documents::default()
    };
    for d in &rule.documents {
        if d.only_if.is_none() {
            out.main.push(d);
        } else if !(d.proxy && proxy == Some(false)) {
            out.conditional.push(d);
        }
    }
    out
}

/// The applicant the documents are read for. No source names individual
/// businesses (个体工商户): they bring a company's documents, unless a
/// document rule of the place or the national level names them.
pub fn read_as(chain: &[&Jurisdiction], who: Applicant) -> Applicant {
    if who == Applicant::SoleProprietor && !names(chain, who) {
        Applicant::Company
    } else {
        who
    }
}

/// Whether a document rule (its conditions or an alternative) names this applicant.
fn names(chain: &[&Jurisdiction], who: Applicant) -> bool {
    let in_when = |w: &When| w.applicant.as_ref().is_some_and(|l| l.contains(&who));
    let in_doc = |d: &Document| {
        d.alternatives
            .iter()
            .any(|a| in_when(&a.when) || a.applicant.as_ref().is_some_and(|l| l.contains(&who)))
    };
    chain.iter().any(|j| {
        let staged = j.stage_plans.iter().flat_map(|p| &p.stages);
        j.documents
            .iter()
            .any(|r| in_when(&r.when) || r.documents.iter().any(in_doc))
            || staged.flat_map(|s| &s.documents).any(in_doc)
    })
}

/// The alternatives of a document this applicant may bring.
pub fn alternatives<'a>(
    d: &'a Document,
    f: &Facts,
    applicant: Option<Applicant>,
) -> impl Iterator<Item = &'a Alternative> + use<'a> {
    let f = *f;
    d.alternatives.iter().filter(move |a| {
        a.when.matches(&f)
            && match (&a.applicant, applicant) {
                (Some(list), Some(who)) => list.contains(&who),
                _ => true,
            }
    })
}

/// Who pays for which part, and the fees, nearest level first; an id set
/// nearer hides the same id further up. The utility's parts come first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Costs<'a> {
    /// Who pays for which part.
    pub parts: Vec<&'a CostRule>,
    /// Fees that must not or may be charged.
    pub fees: Vec<&'a FeeRule>,
}

/// The cost parts and fees matching the case.
/// A part that depends on zero investment (`when.zero_investment`) comes only
/// from the level whose rule decided it (`zero_from`).
pub fn costs<'a>(
    chain: &[&'a Jurisdiction],
    f: &Facts,
    zero_from: Option<&Jurisdiction>,
) -> Costs<'a> {
    let mut out = Costs::default();
    for j in chain {
        let decided_here = zero_from.is_none_or(|z| z.id == j.id);
        for c in j
            .costs
            .iter()
            .filter(|c| c.when.matches(f) && (c.when.zero_investment.is_none() || decided_here))
        {
            if !out.parts.iter().any(|p| p.id == c.id) {
                out.parts.push(c);
            }
        }
        for x in j.fees.iter().filter(|x| x.when.matches(f)) {
            if !out.fees.iter().any(|p| p.id == x.id) {
                out.fees.push(x);
            }
        }
    }
    crate::sort::sort_by_key(&mut out.parts, |p| p.payer != Payer::Utility);
    out
}

/// Every matching note, nearest level first, once per id.
pub fn notes<'a>(chain: &[&'a Jurisdiction], f: &Facts) -> Vec<&'a NoteRule> {
    let mut out: Vec<&NoteRule> = Vec::new();
    for j in chain {
        for n in j.notes.iter().filter(|n| n.when.matches(f)) {
            if !out.iter().any(|x| x.id == n.id) {
                out.push(n);
            }
        }
    }
    out
}

/// What the policy promises the applicant in this case, nearest level first,
/// once per id.
pub fn commitments<'a>(chain: &[&'a Jurisdiction], f: &Facts) -> Vec<&'a CommitmentRule> {
    let mut out: Vec<&CommitmentRule> = Vec::new();
    for j in chain {
        for c in j.commitments.iter().filter(|c| c.when.matches(f)) {
            if !out.iter().any(|x| x.id == c.id) {
                out.push(c);
            }
        }
    }
    out
}
