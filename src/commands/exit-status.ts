/** Exit statuses of the command line (CONTRACT.md; the README lists them). */
export const EXIT = {
  /** Every submission passed its mandatory conditions. */
  passed: 0,
  /** At least one submission failed, needs review or could not be checked. */
  problems: 1,
  /** Bad usage: unknown pack or budget, missing path, empty format list, an `--out` that cannot be written (a file, read-only, a full disk), or a `--queue` whose Redis does not answer. */
  usage: 2,
  /** An internal error of the program (a bug): one line, the stack with `--debug`. */
  internal: 3,
} as const;
