// The errors the engine throws when it is handed a configuration it cannot run. They live in a
// file of their own so that every engine file (net.ts included) can throw them without an import cycle.

/** A net spec, training config or other setting handed to the engine is missing, malformed or out of range. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A net spec (layered or iterative) that cannot be compiled; a ConfigError, so one catch covers both. */
export class NetSpecError extends ConfigError {
  override name = 'NetSpecError';
}
