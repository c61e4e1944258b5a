-- Every lead's statuses, kept by the database itself so no write path can forget: a lead's first
-- status when it is inserted (at its creation time, which imports may set in the past), and each
-- change after (at its close time for WON/LOST, else now).
CREATE FUNCTION sales.record_lead_status_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO sales.lead_status_changes (organization_id, lead_id, from_status, to_status, changed_at)
    VALUES (NEW.organization_id, NEW.id, NULL, NEW.status, NEW.created_at);
  ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO sales.lead_status_changes (organization_id, lead_id, from_status, to_status, changed_at)
    VALUES (NEW.organization_id, NEW.id, OLD.status, NEW.status,
            CASE WHEN NEW.status IN ('WON', 'LOST') THEN coalesce(NEW.closed_at, now()) ELSE now() END);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER leads_status_trail AFTER INSERT OR UPDATE OF status ON sales.leads
FOR EACH ROW EXECUTE FUNCTION sales.record_lead_status_change();
--> statement-breakpoint
-- Leads that existed before the trail: their creation, and their close when they are closed.
INSERT INTO sales.lead_status_changes (organization_id, lead_id, from_status, to_status, changed_at)
SELECT organization_id, id, NULL, CASE WHEN status IN ('WON', 'LOST') THEN 'NEW' ELSE status END, created_at FROM sales.leads;
--> statement-breakpoint
INSERT INTO sales.lead_status_changes (organization_id, lead_id, from_status, to_status, changed_at)
SELECT organization_id, id, 'NEW', status, coalesce(closed_at, updated_at) FROM sales.leads WHERE status IN ('WON', 'LOST');
