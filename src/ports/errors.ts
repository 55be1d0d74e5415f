/**
 * The errors that end a run as a usage or configuration error (exit 2, one line, no stack): both entry points catch
 * `InputError` and print its message. Every other error is a bug (exit 3).
 */

/** Bad input from the person running the tool: the message names the bad value and what is expected. */
export class InputError extends Error {}

/** A flag, action input or configuration value that is not valid. */
export class SettingsError extends InputError {}

/** A path to scan that does not exist or lies outside the workspace. */
export class DiscoveryError extends InputError {}

/** Reports of a sharded scan that cannot be merged. */
export class MergeError extends InputError {}

/** A configuration file that does not validate; `problems` lists each as `FILE:LINE: PATH: what is wrong`. */
export class ConfigError extends InputError {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(message);
  }
}
