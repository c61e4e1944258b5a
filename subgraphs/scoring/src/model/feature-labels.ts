// Human labels for model feature names ("activity.PROPERTY_VIEW" → "property views").

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
  recency: "recent activity",
  funnelTime: "days in funnel",
  firstCall: "days to first call",
  "firstCall.missing": "no call yet",
};

/** "propertyType" / "property_type" → "property type". */
export function humanizeKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
}

function categoryLabel(value: string): string {
  if (value === "__other__") return "other";
  return value;
}

/** A short human label for a feature name, for factors and explanations. */
export function describeFeature(name: string): string {
  if (name.startsWith("activity.")) {
    const type = name.slice("activity.".length);
    return ACTIVITY_LABELS[type] ?? humanizeKey(type);
  }
  if (name in CORE_LABELS) return CORE_LABELS[name];
  if (name.startsWith("source.")) return `source: ${categoryLabel(name.slice("source.".length))}`;
  if (name.startsWith("attr.")) {
    const rest = name.slice("attr.".length);
    const eq = rest.indexOf("=");
    if (eq >= 0) return `${humanizeKey(rest.slice(0, eq))}: ${categoryLabel(rest.slice(eq + 1))}`;
    if (rest.endsWith(".missing")) return `${humanizeKey(rest.slice(0, -".missing".length))} missing`;
    return humanizeKey(rest);
  }
  return humanizeKey(name);
}
