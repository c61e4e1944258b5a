/** Prints a development token: pnpm token --user <id> --org <id> [--role rep|manager|admin] [--email ...] [--expires 12h]. */
import { parseArgs } from "node:util";
import { ROLES, developmentSecret, signToken, type Role } from "@revgraph/auth";
import { loadConfig } from "@revgraph/config";

const config = loadConfig();
if (config.env === "production") {
  console.error("pnpm token signs development tokens only; in production, tokens come from your identity provider.");
  process.exit(1);
}
const { values } = parseArgs({
  options: {
    user: { type: "string", default: "rep-alice" },
    org: { type: "string", default: "org-acme-realty" },
    role: { type: "string", default: "rep" },
    email: { type: "string" },
    expires: { type: "string", default: "12h" },
  },
});
if (!(ROLES as readonly string[]).includes(values.role!)) {
  console.error(`--role must be one of ${ROLES.join(", ")}`);
  process.exit(1);
}
const secret = config.jwt.secret ?? developmentSecret(config.dataDir);
const token = await signToken(
  secret,
  { userId: values.user!, organizationId: values.org!, role: values.role as Role, email: values.email },
  { expiresIn: values.expires, issuer: config.jwt.issuer, audience: config.jwt.audience },
);
process.stdout.write(`${token}\n`);
