// Unit tests: the shared record encoder (domain features + custom attributes) and its JSON round trip.
import { describe, expect, it } from "vitest";
import { encodeRecords, fitRecordEncoder, rawRecordVector, type EncodableRow } from "./record-encoder";

function rows(): EncodableRow[] {
  return Array.from({ length: 40 }, (_, i) => ({
    core: [i, i % 2, 7],
    attributes: { plan: i < 30 ? (i % 3 === 0 ? "gold" : "silver") : i === 39 ? "rare" : "bronze", seats: i < 35 ? i * 10 : null, annual: i % 4 === 0 },
  }));
}

const CORE = ["usage", "flag", "constant"];

describe("fitRecordEncoder", () => {
  const encoder = fitRecordEncoder(rows(), { core: CORE, indicators: ["flag"], minCategoryCount: 5 });

  it("drops constant columns, one-hots categories with rare ones grouped, bins numbers and flags missing values", () => {
    expect(encoder.features).not.toContain("constant");
    expect(encoder.features).toEqual(
      expect.arrayContaining([
        "usage",
        "flag",
        "attr.plan=gold",
        "attr.plan=silver",
        "attr.plan=bronze",
        "attr.plan=__other__",
        "attr.seats",
        "attr.seats.missing",
        "attr.seats.bin0",
        "attr.annual",
      ]),
    );
    expect(encoder.features).not.toContain("attr.plan=rare");
  });

  it("standardizes numbers only: indicators keep mean 0 and std 1", () => {
    const j = (name: string): number => encoder.features.indexOf(name);
    expect(encoder.means[j("usage")]).toBeCloseTo(19.5, 10);
    expect(encoder.stds[j("usage")]).toBeGreaterThan(1);
    for (const name of ["flag", "attr.plan=gold", "attr.seats.missing", "attr.seats.bin0"]) {
      expect([encoder.means[j(name)], encoder.stds[j(name)]]).toEqual([0, 1]);
    }
  });

  it("imputes a missing number with the training mean and sets its flag; an unseen category goes to other", () => {
    const raw = rawRecordVector(encoder, { core: [3, 1, 7], attributes: { plan: "platinum", seats: null } });
    const at = (name: string): number => raw[encoder.features.indexOf(name)];
    expect(at("attr.seats")).toBeCloseTo(170, 10);
    expect(at("attr.seats.missing")).toBe(1);
    expect(at("attr.plan=__other__")).toBe(1);
    expect(at("attr.plan=gold")).toBe(0);
    expect(at("usage")).toBe(3);
  });

  it("encodes the same after a JSON round trip", () => {
    const reloaded = JSON.parse(JSON.stringify(encoder));
    expect(Array.from(encodeRecords(reloaded, rows()))).toEqual(Array.from(encodeRecords(encoder, rows())));
  });
});
