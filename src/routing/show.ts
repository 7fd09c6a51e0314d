/**
 * A value quoted for an error message. Never throws: BigInts, cycles and odd objects would make JSON.stringify
 * throw a TypeError where a ValidationError belongs. (Kept this small because `provider()` alone has a 1 KiB budget;
 * `undefined` and functions print as "undefined".)
 * @internal
 */
export const show = (value: unknown): string => {
  try {
    return String(JSON.stringify(value));
  } catch {
    return "(?)";
  }
};
