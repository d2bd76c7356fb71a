/**
 * The registry of the programme's agencies: one entry each, and everything
 * that lists the agencies is derived from it (the Agency and Party types
 * and GraphQL enums, the roles, ports, names, the subgraph list of the
 * start-up, the tests' system, the gateway and the compose file check).
 * An agency is its folder under subgraphs/ and its line here.
 *
 * This module imports nothing, so that tooling (codegen.ts, the checks)
 * can read it without loading the services.
 */

export interface AgencyEntry {
  /** The agency's name as people know it. */
  readonly name: string;
  /** Its folder under subgraphs/: schema.graphql, src/index.ts (its AgencyModule) and src/main.ts. */
  readonly folder: string;
  /** Its subgraph's port on a developer's machine. */
  readonly port: number;
  /** The roles that belong to it: a token's roles must belong to the token's organisation. */
  readonly roles: readonly string[];
  /**
   * Its independent parts (OSL 8 kap. 2 §), with what each is, when it has
   * several; otherwise it is one part, named as the agency.
   */
  readonly parties?: Readonly<Record<string, string>>;
}

export const AGENCY_REGISTRY = {
  AF: {
    name: 'Arbetsförmedlingen',
    folder: 'af',
    port: 4001,
    roles: ['ARBETSFORMEDLARE', 'SAMORDNARE', 'SIUS_KONSULENT', 'AF_SEKTIONSCHEF'],
  },
  MALMO: {
    name: 'Malmö stad',
    folder: 'malmo',
    port: 4002,
    roles: ['SOCIALSEKRETERARE', 'ARBETSMARKNADSSEKRETERARE', 'STUDIE_OCH_YRKESVAGLEDARE', 'MALMO_SEKTIONSCHEF'],
    parties: {
      MALMO_SOCIAL_SERVICES: 'Malmö stad, social services (socialtjänsten / ekonomiskt bistånd)',
      MALMO_LABOUR_MARKET: 'Malmö stad, labour-market unit (arbetsmarknadsavdelningen)',
      MALMO_ADULT_EDUCATION: 'Malmö stad, adult education (vuxenutbildningen, SYV)',
    },
  },
  FK: { name: 'Försäkringskassan', folder: 'fk', port: 4003, roles: ['FORSAKRINGSUTREDARE'] },
  REGION: { name: 'Region Skåne', folder: 'region', port: 4004, roles: ['VARDSAMORDNARE'] },
} as const satisfies Record<string, AgencyEntry>;

type Registry = typeof AGENCY_REGISTRY;
export type Agency = keyof Registry;

/** The agencies in the registry's order: the order of every list of them (the plan's notices, the enum). */
export const AGENCIES = Object.keys(AGENCY_REGISTRY) as readonly Agency[];

const entry = (agency: Agency): AgencyEntry => AGENCY_REGISTRY[agency];

/** A role that belongs to an agency. */
export type AgencyRole = { [A in Agency]: Registry[A]['roles'][number] }[Agency];

/** Independent parts (OSL 8 kap. 2 §): secrecy applies between them even inside one municipality. */
export type Party = { [A in Agency]: Registry[A] extends { parties: infer P } ? keyof P & string : A }[Agency];

/** The independent parts of one agency. */
export function partiesOf(agency: Agency): readonly Party[] {
  const parties = entry(agency).parties;
  return (parties ? Object.keys(parties) : [agency]) as Party[];
}

/** Consent names its recipients by party. */
export const PARTIES: readonly Party[] = AGENCIES.flatMap(partiesOf);

/** What a party is, where its agency says more than its name (null otherwise). */
export function partyDescription(party: Party): string | null {
  for (const agency of AGENCIES) {
    const description = entry(agency).parties?.[party];
    if (description !== undefined) return description;
  }
  return null;
}

/** The independent parts of each organisation that owns records (vocabulary, not a rule: who acts for which part is each agency's register). */
export const ORGANISATION_PARTIES: Readonly<Record<Agency, readonly Party[]>> = Object.fromEntries(
  AGENCIES.map((a) => [a, partiesOf(a)]),
) as Record<Agency, readonly Party[]>;

/** Each agency's name as people know it. */
export const AGENCY_NAMES: Readonly<Record<Agency, string>> = Object.fromEntries(
  AGENCIES.map((a) => [a, entry(a).name]),
) as Record<Agency, string>;

/** Each agency's roles, by role. */
export const AGENCY_ROLES = Object.fromEntries(
  AGENCIES.flatMap((a) => entry(a).roles.map((role) => [role, a])),
) as Readonly<Record<AgencyRole, Agency>>;

/** Each agency's subgraph port on a developer's machine. */
export const AGENCY_PORTS = Object.fromEntries(AGENCIES.map((a) => [a, entry(a).port])) as Readonly<
  Record<Agency, number>
>;

/** The agency's folder under subgraphs/ (`subgraphs/<folder>/schema.graphql`, `…/src/main.ts`). */
export function agencyFolder(agency: Agency): string {
  return entry(agency).folder;
}

/**
 * The agency's lower-case key: its subgraph's name in the supergraph, the
 * prefix of the fields it serves for the plan (`afPlanPart`), its database
 * (`mk_af`).
 */
export function agencyKey(agency: Agency): string {
  return agency.toLowerCase();
}

/** A key with its first letter in capitals (`af` → `Af`), for names that put it in the middle (`recordAfStaff`). */
export const capitalised = <K extends string>(key: K) => (key.charAt(0).toUpperCase() + key.slice(1)) as Capitalize<K>;

/** The agency whose lower-case key or folder this is, if any. */
export function agencyNamed(name: string): Agency | undefined {
  return AGENCIES.find((a) => agencyKey(a) === name.toLowerCase() || agencyFolder(a) === name);
}
