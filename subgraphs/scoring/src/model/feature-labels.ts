// Human labels for model feature names ("activity.PROPERTY_VIEW" → "property views").
import { describeAttributeColumn, describeCategoryColumn, humanizeKey } from "@revgraph/learning";

export { humanizeKey };

const ACTIVITY_LABELS: Readonly<Record<string, string>> = {
  EMAIL_OPEN: "email opens",
  EMAIL_CLICK: "email clicks",
  WEBSITE_VISIT: "website visits",
  PROPERTY_VIEW: "property views",
  FORM_SUBMIT: "form submissions",
  BROCHURE_DOWNLOAD: "brochure downloads",
  CALL: "calls",
  MEETING: "meetings",
  SITE_VISIT: "site visits",
  CALLBACK_REQUEST: "callback requests",
};

const CORE_LABELS: Readonly<Record<string, string>> = {
  engagement: "engagement score",
  recent: "activity in the last 7 days",
  recent30: "activity in the last 30 days",
  recency: "days since the last activity",
  "recency.none": "no activity yet",
  funnelTime: "days in funnel",
  firstCall: "days to first call",
  "firstCall.missing": "no call yet",
};

const AGE_EDGES = [0, 1, 3, 7, 14, 21, 30, 45, 60, 90, 180];

/** "open 14 to 30 days", "open under a day", "open 180 days or more". */
function ageLabel(from: number): string {
  const next = AGE_EDGES[AGE_EDGES.indexOf(from) + 1];
  if (from === 0) return "open under a day";
  return next === undefined ? `open ${from} days or more` : `open ${from} to ${next} days`;
}

/** A short human label for a feature name, for factors and explanations. */
export function describeFeature(name: string): string {
  const age = /^age\.(\d+)$/.exec(name);
  if (age) return ageLabel(Number(age[1]));
  if (name.startsWith("early.")) {
    const type = name.slice("early.".length);
    return `${ACTIVITY_LABELS[type] ?? humanizeKey(type)} in the first week`;
  }
  if (name.startsWith("activity.")) {
    const type = name.slice("activity.".length);
    return ACTIVITY_LABELS[type] ?? humanizeKey(type);
  }
  if (name in CORE_LABELS) return CORE_LABELS[name];
  if (name.startsWith("source.")) return describeCategoryColumn("source", name);
  return describeAttributeColumn(name) ?? humanizeKey(name);
}
