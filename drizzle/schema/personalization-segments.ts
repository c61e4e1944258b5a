import { doublePrecision, integer, jsonb, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, organizationId, personalizationSchema, updatedAt } from "./_helpers";

/** A condition on one of the lead's custom attributes: equal to one of `values`, or within [min, max]. */
export interface SegmentAttributeCondition {
  key: string;
  values?: string[];
  min?: number;
  max?: number;
}

/** A saved segment's definition: every condition given must hold (AND); lists match any of their values (OR). */
export interface SegmentFilter {
  temperatures?: ("HOT" | "WARM" | "COLD")[];
  minEngagement?: number;
  maxEngagement?: number;
  minIntent?: number;
  maxIntent?: number;
  sources?: string[];
  statuses?: string[];
  stages?: string[];
  attributes?: SegmentAttributeCondition[];
  minRevenue?: number;
  maxRevenue?: number;
  minLifetimeValue?: number;
  maxLifetimeValue?: number;
  activeWithinDays?: number;
  inactiveForDays?: number;
}

/** Saved dynamic segments: a named filter whose members are computed when asked. */
export const segments = personalizationSchema.table(
  "segments",
  {
    id: id(),
    organizationId: organizationId(),
    name: text().notNull(),
    description: text(),
    filter: jsonb().$type<SegmentFilter>().notNull(),
    createdById: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("segments_org_name_idx").on(t.organizationId, t.name)],
);

/** A fitted persona model (k-means over behavioural features), as stored: everything needed to assign a profile. */
export interface PersonaModelData {
  format: 1;
  features: string[];
  means: number[];
  scales: number[];
  centroids: number[][];
  sizes: number[];
  /** Per persona, then overall: each feature's average in its own units (for names and descriptions). */
  averages: number[][];
  overall: number[];
  silhouettes: { k: number; silhouette: number }[];
}

/** The organization's persona model: one row per organization, refitted when its profiles change in number or the fit is a day old. */
export const personaModels = personalizationSchema.table("persona_models", {
  organizationId: text().primaryKey(),
  model: jsonb().$type<PersonaModelData>().notNull(),
  k: integer().notNull(),
  silhouette: doublePrecision().notNull(),
  profiles: integer().notNull(),
  fittedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
});

/** A fitted purchase-timing model (two per-period hazards, won and lost), as stored. */
export interface PurchaseTimingModelData {
  format: 1;
  sources: string[];
  lastPeriod: number;
  baseline: { won: number[]; lost: number[] };
  won: { weights: number[]; intercept: number; lambda: number };
  lost: { weights: number[]; intercept: number; lambda: number };
}

/** The organization's purchase-timing model: one row per organization, refitted when its number of closed leads changes or the fit is a day old. */
export const purchaseTimingModels = personalizationSchema.table("purchase_timing_models", {
  organizationId: text().primaryKey(),
  model: jsonb().$type<PurchaseTimingModelData>().notNull(),
  closedLeads: integer().notNull(),
  fittedAt: timestamp({ withTimezone: true, mode: "date", precision: 3 }).notNull(),
});
