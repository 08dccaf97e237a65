/** Exit statuses of the command line (README lists them). */
export const EXIT = {
  /** Every submission passed its mandatory conditions. */
  passed: 0,
  /** At least one submission failed, needs review or could not be checked. */
  problems: 1,
  /** Bad usage: unknown pack, missing path, bad option. */
  usage: 2,
  /** The outputs could not be written (`--out` is a file, read-only, on a full disk, …). */
  output: 3,
  /** An internal error of the program (a bug): one line, the stack with `--debug`. */
  internal: 4,
} as const;
