// Unit tests: stored model JSON is served only when it is in today's format and complete.
import { describe, expect, it } from "vitest";
import { simulatePipeline } from "../model/pipeline-simulation";
import { trainOrgModel } from "../model/train";
import { parseStoredModel } from "./stored-model";

const NOW = new Date("2026-06-01T00:00:00Z");
const stored = () => JSON.parse(JSON.stringify(trainOrgModel({ orgFacts: simulatePipeline({ seed: 3, leads: 200, days: 200, now: NOW }).map((l) => l.facts), now: NOW }).model));

describe("parseStoredModel", () => {
  it("returns a trained model read back from JSON unchanged", () => {
    const json = stored();
    expect(parseStoredModel(json)).toEqual(json);
  });

  it("refuses a model from the earlier feature format, whose weights today's features would misread", () => {
    const json = stored();
    json.encoder.format = 1;
    expect(parseStoredModel(json)).toBeNull();
  });

  it("refuses malformed JSON instead of serving it", () => {
    const withoutWeights = stored();
    delete withoutWeights.weights;
    expect(parseStoredModel(withoutWeights)).toBeNull();
    const uneven = stored();
    uneven.encoder.means.pop();
    expect(parseStoredModel(uneven)).toBeNull();
    expect(parseStoredModel(null)).toBeNull();
    expect(parseStoredModel("model")).toBeNull();
  });
});
