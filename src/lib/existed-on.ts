/** True when a dated thing (a region, a name) existed on the day: bounds are inclusive, empty means open. */
export function existedOn(
  validFrom: string | null | undefined,
  validTo: string | null | undefined,
  day: string,
): boolean {
  return (!validFrom || validFrom <= day) && (!validTo || day <= validTo);
}
