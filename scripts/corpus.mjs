#!/usr/bin/env node
// Writes N generated applications as JSON Lines (deterministic for a seed), to
// check that `estimate` answers the same before and after a change
// (scripts/estimate-corpus.sh) and to measure the batch formats.
//
//   node scripts/corpus.mjs [N=500] [SEED=1] [--valid] > apps.jsonl
//
// Every field is sometimes missing, capacities come in kVA and kW (with spaces,
// decimals, full-width digits), start dates run from 2017 to 2028 (years with
// and without a holiday schedule); about one in twenty is invalid (a unit, a
// date, a value or a field nobody uses) unless --valid is given. Every valid
// one has a start date, so the answer does not depend on the day it runs.

const args = process.argv.slice(2);
const valid = args.includes("--valid");
const [n = 500, seed = 1] = args.filter((a) => !a.startsWith("--")).map(Number);

// mulberry32: a small deterministic generator.
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const maybe = (list) => (random() < 0.25 ? undefined : pick(list));

const JURISDICTIONS = ["national", "yangjiang", "shandong", "wanzhou", "liuzhou", "district-x"];
const FULL_WIDTH = "０１２３４５６７８９";

function capacity() {
  const r = random();
  const kva = r < 0.6 ? 1 + Math.floor(random() * 250) : r < 0.9 ? 100 + Math.floor(random() * 2000) : 2000 + Math.floor(random() * 30000);
  let number = random() < 0.1 ? `${kva}.${Math.floor(random() * 10)}` : `${kva}`;
  if (random() < 0.03) number = [...number].map((c) => FULL_WIDTH[c] ?? c).join("");
  const unit = pick(["kVA", "kVA", "kW", "kva", "KW"]);
  return `${number}${random() < 0.2 ? " " : ""}${unit}`;
}

function date() {
  const year = 2017 + Math.floor(random() * 12);
  const day = new Date(Date.UTC(year, 0, 1 + Math.floor(random() * 365)));
  return day.toISOString().slice(0, 10);
}

function application() {
  const app = { jurisdiction: pick(JURISDICTIONS) };
  const fields = {
    area: ["urban", "rural"],
    customer: ["resident", "small_micro", "business", "park_project"],
    applicant: ["individual", "company", "organisation", "government"],
    voltage: ["lv", "10kv", "35kv"],
    supply: ["single", "dual"],
    external_works: ["yes", "no"],
    kind: ["new", "increase"],
    temporary: ["yes", "no"],
    proxy: ["yes", "no"],
  };
  for (const [key, values] of Object.entries(fields)) {
    const v = maybe(values);
    if (v !== undefined) app[key] = v;
  }
  app.capacity = capacity();
  if (random() < 0.1) app.power_factor = pick([0.5, 0.8, 0.85, 0.9, 0.95, 1]);
  app.start = date();
  return app;
}

function invalid(app) {
  const r = random();
  if (r < 0.25) app.capacity = `${Math.floor(random() * 500)} horsepower`;
  else if (r < 0.5) app.start = pick(["2026-02-30", "yesterday", "2026/06/01"]);
  else if (r < 0.75) app.customer = pick(["farmer", "factory", ""]) || "x";
  else app.colour = "blue";
  return app;
}

const lines = [];
for (let i = 0; i < n; i++) {
  const app = application();
  lines.push(JSON.stringify(!valid && random() < 0.05 ? invalid(app) : app));
}
process.stdout.write(lines.join("\n") + "\n");
