/** A mistake in the command line itself (exit code 2). */
export class UsageError extends Error {}

/** A failure the command has already worded, line by line (printed as it is; exit code 1). */
export class CommandFailure extends Error {}
