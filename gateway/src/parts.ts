import { ErrorCode, userError } from '@malmokraften/shared';

/**
 * The parts a composed field requires (`@requires`), as the gateway handed
 * them over in the entity's representation. A part that is there but null
 * is an agency the gateway asked and could not reach; a part that is not
 * there at all was never asked for. The second is the gateway's fault (a
 * query planner that does not fetch what a field requires): it is refused
 * with PARTS_NOT_FETCHED, never shown as agencies that could not be reached.
 */
export function fetchedParts<A extends string, T>(
  representation: object,
  keys: Readonly<Partial<Record<A, string>>>,
  field: string,
): Partial<Record<A, T | null>> {
  const ref = representation as Record<string, unknown>;
  const missing = Object.values<string | undefined>(keys).filter((key): key is string => !!key && !(key in ref));
  if (missing.length > 0) {
    throw userError(
      ErrorCode.PARTS_NOT_FETCHED,
      `${field} could not be composed: the gateway did not fetch ${missing.join(', ')}, which it is composed from. This is a fault of the gateway, not of any agency.`,
    );
  }
  return Object.fromEntries(
    Object.entries<string | undefined>(keys).map(([agency, key]) => [agency, (ref[key!] ?? null) as T | null]),
  ) as Partial<Record<A, T | null>>;
}
