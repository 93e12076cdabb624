import { experiments } from '../../reproductions/registry.js';

/** The registered experiments' ids, in the registry's order. */
export const EXPERIMENT_IDS = experiments.map((e) => e.id);

/**
 * An id no experiment has: it is longer than every registered id, so it cannot be one of them,
 * and made of the characters an id may use, so that it reaches the "unknown experiment" checks.
 */
export const UNKNOWN_EXPERIMENT = `not-${EXPERIMENT_IDS.join('-')}`;
