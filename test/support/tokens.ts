export { SHOWCASE, signToken } from '@malmokraften/dev';
import { PERSONAS } from '@malmokraften/dev';

/** The claims a persona's token carries, for building odd tokens in tests. */
export function personaClaimsFor(persona: string) {
  const p = PERSONAS[persona];
  if (!p) throw new Error(`unknown persona ${persona}`);
  return { sub: p.sub, name: p.name, org: p.org, roles: p.roles, teams: p.teams };
}
