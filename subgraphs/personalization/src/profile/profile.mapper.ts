import type { ProfileState } from "./profile-merge";
import type { ProfileRow, ProfileSummaryRow } from "./profile.repository";
import { scoreCounts, scoreProfile } from "./profile-scoring";
import { CustomerProfile, type InterestLevel, type Temperature } from "./profile.type";

/** Row → GraphQL object, with the seed's scores computed from the row's own data. */
export function toCustomerProfile(row: ProfileRow): CustomerProfile {
  const scores = scoreProfile(row);
  return Object.assign(new CustomerProfile(), {
    id: row.id,
    leadId: row.leadId,
    lead: { id: row.leadId },
    phone: row.phone,
    preferences: {
      budgetMin: row.preferences.budgetMin ?? null,
      budgetMax: row.preferences.budgetMax ?? null,
      configurations: row.preferences.configurations ?? [],
      locations: row.preferences.locations ?? [],
      mustHaveAmenities: row.preferences.mustHaveAmenities ?? [],
      avoidedAmenities: row.preferences.avoidedAmenities ?? [],
    },
    viewedItems: row.viewedItems.map((item) => ({ ...item, lastViewedAt: new Date(item.lastViewedAt) })),
    rejectedItems: row.rejectedItems.map((item) => ({ ...item, reason: item.reason ?? null, rejectedAt: new Date(item.rejectedAt) })),
    interests: row.interests.map((item) => ({ ...item, level: item.level as InterestLevel })),
    objections: row.objections.map((o) => ({ ...o, lastRaisedAt: new Date(o.lastRaisedAt) })),
    sentiment: scores.sentiment,
    sentimentHistory: row.sentimentHistory.map((point) => ({ score: point.score, recordedAt: new Date(point.at) })),
    frustrationLevel: row.frustrationLevel,
    frustrationRecordedAt: row.frustrationRecordedAt,
    totalSessions: row.totalSessions,
    siteVisitsScheduled: row.siteVisitsScheduled,
    callbacksRequested: row.callbacksRequested,
    brochuresDownloaded: row.brochuresDownloaded,
    currentStage: row.currentStage,
    stageHistory: row.stageHistory.map((change) => ({ stage: change.stage, enteredAt: new Date(change.at) })),
    stageChangedAt: row.stageChangedAt,
    lastActiveAt: row.lastActiveAt,
    engagementScore: scores.engagementScore,
    intentScore: scores.intentScore,
    temperature: scores.temperature as Temperature,
    createdAt: row.createdAt,
  });
}

/**
 * A summary row → a GraphQL object with only the fields in SUMMARY_FIELDS set: for selections that
 * ask for nothing else (the work list's temperature and scores).
 */
export function toProfileSummary(row: ProfileSummaryRow): CustomerProfile {
  const scores = scoreCounts(row);
  return Object.assign(new CustomerProfile(), {
    id: row.id,
    leadId: row.leadId,
    lead: { id: row.leadId },
    totalSessions: row.totalSessions,
    siteVisitsScheduled: row.siteVisitsScheduled,
    callbacksRequested: row.callbacksRequested,
    sentiment: scores.sentiment,
    engagementScore: scores.engagementScore,
    intentScore: scores.intentScore,
    temperature: scores.temperature as Temperature,
  });
}

/** The CustomerProfile fields toProfileSummary sets. */
export const SUMMARY_FIELDS: ReadonlySet<string> = new Set([
  "__typename",
  "id",
  "leadId",
  "lead",
  "totalSessions",
  "siteVisitsScheduled",
  "callbacksRequested",
  "sentiment",
  "engagementScore",
  "intentScore",
  "temperature",
]);

/** The parts of a stored profile that interactions merge into. */
export function toProfileState(row: ProfileRow): ProfileState {
  return {
    phone: row.phone,
    preferences: {
      ...row.preferences,
      configurations: row.preferences.configurations ?? [],
      locations: row.preferences.locations ?? [],
      mustHaveAmenities: row.preferences.mustHaveAmenities ?? [],
      avoidedAmenities: row.preferences.avoidedAmenities ?? [],
    },
    viewedItems: row.viewedItems,
    rejectedItems: row.rejectedItems,
    interests: row.interests,
    objections: row.objections,
    sentimentHistory: row.sentimentHistory,
    frustrationLevel: row.frustrationLevel,
    frustrationRecordedAt: row.frustrationRecordedAt,
    totalSessions: row.totalSessions,
    siteVisitsScheduled: row.siteVisitsScheduled,
    callbacksRequested: row.callbacksRequested,
    brochuresDownloaded: row.brochuresDownloaded,
    currentStage: row.currentStage,
    stageHistory: row.stageHistory,
    stageChangedAt: row.stageChangedAt,
    lastActiveAt: row.lastActiveAt,
  };
}
