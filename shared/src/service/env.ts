/**
 * A whole-number setting from the environment: the fallback when unset or
 * empty, else digits only (no sign, spaces, fractions or exponents) within
 * `min`–`max`. Anything else stops the service at start with the setting's
 * name, its range and what was given, rather than running on a guess.
 */
export function wholeNumberSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw new Error(`${name} must be a whole number from ${min} to ${max}; got "${raw}".`);
  return n;
}
