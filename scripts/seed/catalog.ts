/** Fixed vocabulary of the demo data: organizations, reps and their selling patterns, names, places, properties. */
import type { ActivityType } from "@revgraph/db/schema";

/** What drives a rep's wins; each maps to a logistic model over a lead's first-week activities. */
export type RepPattern = "property-views" | "email-engagement" | "fast-follow-up" | "team";

export interface RepDefinition {
  id: string;
  /** Leads assigned to this rep (about 5,000 across both orgs). */
  leads: number;
  pattern: RepPattern;
  /** Share of this rep's leads that are won among those that eventually close (stale leads never do); the share among leads closed by now is a little lower, since wins take longer. */
  winRate: number;
}

export interface OrgDefinition {
  id: string;
  name: string;
  /** Domain of the organization's own staff emails. */
  staffDomain: string;
  /** Localities by region: the `region` attribute and profile locations. */
  regions: Record<string, readonly string[]>;
  /** Projects (properties) its leads view, reject and get interested in. */
  projects: readonly string[];
  reps: readonly RepDefinition[];
  /** User ids of the org's manager and admin. */
  managerId: string;
  adminId: string;
  /** Leads nobody has been assigned yet (all still NEW). */
  unassignedLeads: number;
}

export const ORGANIZATIONS: readonly OrgDefinition[] = [
  {
    id: "org-acme-realty",
    name: "Acme Realty",
    staffDomain: "acme-realty.example",
    regions: {
      East: ["Whitefield", "Marathahalli", "KR Puram"],
      South: ["Sarjapur Road", "Electronic City", "HSR Layout"],
      North: ["Hebbal", "Yelahanka", "Devanahalli"],
      Central: ["Indiranagar", "Koramangala"],
    },
    projects: [
      "Maple Heights",
      "Lakeview Residences",
      "Cedar Grove",
      "Skyline Towers",
      "Orchid Enclave",
      "Palm Meadows",
      "Riverbend Villas",
      "Sunrise Court",
      "Silver Oak Residency",
      "Emerald Park",
      "Horizon One",
      "Banyan Crest",
    ],
    reps: [
      { id: "rep-alice", leads: 700, pattern: "property-views", winRate: 0.45 },
      { id: "rep-bob", leads: 650, pattern: "email-engagement", winRate: 0.4 },
      { id: "rep-carol", leads: 600, pattern: "fast-follow-up", winRate: 0.45 },
      { id: "rep-dave", leads: 25, pattern: "team", winRate: 0.4 },
      { id: "rep-erin", leads: 500, pattern: "team", winRate: 0.38 },
      { id: "rep-frank", leads: 300, pattern: "team", winRate: 0.35 },
    ],
    managerId: "manager-oscar",
    adminId: "admin-peggy",
    unassignedLeads: 12,
  },
  {
    id: "org-summit-homes",
    name: "Summit Homes",
    staffDomain: "summit-homes.example",
    regions: {
      West: ["Hinjewadi", "Wakad", "Baner"],
      East: ["Kharadi", "Viman Nagar", "Wagholi"],
      South: ["Hadapsar", "Undri", "Kondhwa"],
      Central: ["Shivajinagar", "Koregaon Park"],
    },
    projects: [
      "Summit Vista",
      "Alpine Residences",
      "Greenfield Towers",
      "Crescent Bay",
      "Willow Springs",
      "Ivory Heights",
      "Monsoon Gardens",
      "Pinecrest",
      "Aurora Habitat",
      "Blue Ridge Homes",
      "The Terraces",
      "Harmony Nest",
    ],
    reps: [
      { id: "rep-grace", leads: 650, pattern: "team", winRate: 0.42 },
      { id: "rep-heidi", leads: 22, pattern: "team", winRate: 0.45 },
      { id: "rep-ivan", leads: 500, pattern: "team", winRate: 0.36 },
      { id: "rep-judy", leads: 550, pattern: "team", winRate: 0.4 },
      { id: "rep-mallory", leads: 400, pattern: "team", winRate: 0.33 },
      { id: "rep-nick", leads: 83, pattern: "team", winRate: 0.4 },
    ],
    managerId: "manager-trent",
    adminId: "admin-victor",
    unassignedLeads: 8,
  },
];

/** Mean count of each activity type over a fully worked lead (before per-lead variation). */
export const ACTIVITY_BASE_RATES: Record<ActivityType, number> = {
  EMAIL_OPEN: 5.2,
  EMAIL_CLICK: 1.9,
  WEBSITE_VISIT: 3.8,
  PROPERTY_VIEW: 3.4,
  FORM_SUBMIT: 0.7,
  BROCHURE_DOWNLOAD: 0.8,
  CALL: 2.0,
  MEETING: 0.55,
  SITE_VISIT: 0.4,
  CALLBACK_REQUEST: 0.4,
};

/** Activities a rep performs (recorded by the rep); the rest are tracked automatically. */
export const REP_ACTIVITY_TYPES: ReadonlySet<ActivityType> = new Set(["CALL", "MEETING", "SITE_VISIT"]);

export const LEAD_SOURCES = [
  ["Website", 30],
  ["Referral", 18],
  ["Email Campaign", 15],
  ["Open House", 12],
  ["Paid Search", 17],
  ["Partner", 8],
] as const;

export const PROPERTY_TYPES = [
  ["Apartment", 55],
  ["Villa", 15],
  ["Row House", 12],
  ["Plot", 10],
  ["Penthouse", 8],
] as const;

export const CONFIGURATIONS = ["1BHK", "2BHK", "3BHK", "4BHK"] as const;

export const AMENITIES = [
  "Swimming Pool",
  "Gym",
  "Clubhouse",
  "Power Backup",
  "Covered Parking",
  "Children's Play Area",
  "Jogging Track",
  "24x7 Security",
  "Rainwater Harvesting",
  "EV Charging",
  "Co-working Space",
  "Pet Park",
] as const;

export const OBJECTION_TYPES = ["PRICE", "LOCATION", "POSSESSION_TIMELINE", "LOAN_ELIGIBILITY", "BUILDER_TRUST", "CARPET_AREA"] as const;

export const REJECTION_REASONS = ["Over budget", "Too far from work", "Carpet area too small", "Possession too late", "Poor ventilation", "No covered parking"] as const;

export const FIRST_NAMES = [
  "Aarav",
  "Priya",
  "Rohan",
  "Ananya",
  "Vikram",
  "Sneha",
  "Arjun",
  "Kavya",
  "Rahul",
  "Meera",
  "Aditya",
  "Isha",
  "Karan",
  "Neha",
  "Siddharth",
  "Pooja",
  "Nikhil",
  "Divya",
  "Amit",
  "Riya",
  "Sanjay",
  "Tanvi",
  "Manish",
  "Shreya",
  "Varun",
  "Nisha",
  "Deepak",
  "Aishwarya",
  "Harsh",
  "Lakshmi",
  "James",
  "Emily",
  "Daniel",
  "Sarah",
  "Michael",
  "Olivia",
  "David",
  "Sophia",
  "Ethan",
  "Grace",
] as const;

export const LAST_NAMES = [
  "Sharma",
  "Patel",
  "Iyer",
  "Reddy",
  "Nair",
  "Gupta",
  "Menon",
  "Rao",
  "Kulkarni",
  "Joshi",
  "Desai",
  "Mehta",
  "Shetty",
  "Pillai",
  "Banerjee",
  "Chatterjee",
  "Kapoor",
  "Malhotra",
  "Singh",
  "Verma",
  "Fernandes",
  "D'Souza",
  "Thomas",
  "Mathew",
  "Khan",
  "Hegde",
  "Kamath",
  "Bhat",
  "Smith",
  "Brown",
] as const;

const COMPANY_STEMS = [
  "Northwind",
  "Bluepeak",
  "Brightline",
  "Cobalt",
  "Evergreen",
  "Ironbridge",
  "Lumen",
  "Meridian",
  "Nimbus",
  "Oakridge",
  "Pinnacle",
  "Quantum",
  "Redwood",
  "Sapphire",
  "Tidewater",
  "Vertex",
  "Zephyr",
  "Arcadia",
  "Beacon",
  "Crestview",
  "Driftwood",
  "Everstone",
  "Falcon",
  "Granite",
  "Helix",
  "Indigo",
  "Juniper",
  "Keystone",
  "Lighthouse",
  "Monarch",
] as const;

const COMPANY_KINDS = ["Systems", "Analytics", "Labs", "Technologies", "Consulting", "Logistics", "Health", "Finance", "Software", "Networks"] as const;

export interface Company {
  name: string;
  domain: string;
}

/** Every company name the generator can use, with a reserved-TLD web domain. */
export function companyUniverse(): Company[] {
  const out: Company[] = [];
  for (const stem of COMPANY_STEMS) {
    for (const kind of COMPANY_KINDS) {
      out.push({ name: `${stem} ${kind}`, domain: `${stem}-${kind}.example`.toLowerCase() });
    }
  }
  return out;
}

/** Lower-case slug of a display name, for ids and email local parts. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
