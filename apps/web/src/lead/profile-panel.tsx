/** What we remember about the customer behind a lead: temperature, engagement and intent, interests and objections. */
import { getFragmentData, graphql, type FragmentType } from "@revgraph/client";
import { TemperatureBadge } from "../ui/badges";
import { formatDateTime } from "../ui/format";

export const ProfilePanelFragment = graphql(`
  fragment ProfilePanel_lead on Lead {
    profile {
      id
      temperature
      engagementScore
      intentScore
      currentStage
      lastActiveAt
      welcomeBackMessage
      interests {
        itemId
        name
        level
      }
      objections {
        type
        count
      }
    }
  }
`);

export function ProfilePanel(props: { lead: FragmentType<typeof ProfilePanelFragment> }) {
  const { profile } = getFragmentData(ProfilePanelFragment, props.lead);
  return (
    <section className="panel" aria-labelledby="profile-title">
      <h2 id="profile-title">Customer profile</h2>
      {!profile ? (
        <p className="muted">Nothing recorded about this customer yet.</p>
      ) : (
        <>
          <p>
            <TemperatureBadge temperature={profile.temperature} />
          </p>
          <dl className="facts">
            <dt>Engagement</dt>
            <dd>{profile.engagementScore.toFixed(1)} / 10</dd>
            <dt>Intent</dt>
            <dd>{profile.intentScore.toFixed(1)} / 10</dd>
            <dt>Stage</dt>
            <dd>{profile.currentStage ?? "—"}</dd>
            <dt>Last active</dt>
            <dd>{formatDateTime(profile.lastActiveAt)}</dd>
            <dt>Interests</dt>
            <dd>{profile.interests.map((i) => `${i.name} (${i.level.toLowerCase()})`).join(", ") || "—"}</dd>
            <dt>Objections</dt>
            <dd>{profile.objections.map((o) => `${o.type} ×${o.count}`).join(", ") || "—"}</dd>
          </dl>
          {profile.welcomeBackMessage ? <blockquote>{profile.welcomeBackMessage}</blockquote> : null}
        </>
      )}
    </section>
  );
}
