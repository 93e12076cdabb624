import { OutputLoss, outputError, type LossSpec } from './loss.js';
import type { Net } from './net.js';
import { backward, forward } from './passes.js';
import type { PackedPatterns } from './patterns.js';
import { configRanges, requireNumber } from './validate-config.js';
import { createWorkspace, type Workspace } from './workspace.js';

export interface GradientCheckResult {
  /** Largest |analytic − numeric| / max(|analytic| + |numeric|, floor) over all parameters. */
  maxRelativeError: number;
  worstIndex: number;
  analytic: Float64Array;
  numeric: Float64Array;
}

/** E over all patterns for the given parameters. */
export function totalError(net: Net, params: Float64Array, ws: Workspace, loss: OutputLoss, spec: LossSpec): number {
  forward(net, params, ws, 0, ws.count);
  let e = 0;
  for (const gi of net.outputGroups) e += outputError(loss, spec, ws.act[gi]!, ws.targets[gi]!);
  return e;
}

/**
 * Compares the backward pass with central differences (E(w + h) − E(w − h)) / 2h for every
 * parameter. The analytic gradient of a tied block is the sum over its copies, as ∂E/∂w is.
 */
export function gradientCheck(net: Net, params: Float64Array, patterns: PackedPatterns, spec: LossSpec, h = 1e-6, floor = 1e-8): GradientCheckResult {
  // h = 0 would divide by zero and call every gradient wrong.
  requireNumber(h, 'gradientCheck: h', configRanges.positive);
  requireNumber(floor, 'gradientCheck: floor', configRanges.positive);
  const ws = createWorkspace(net, patterns);
  const loss = new OutputLoss(spec, patterns.count, ws.outputUnits);
  const analytic = new Float64Array(net.parameterCount);
  forward(net, params, ws, 0, patterns.count);
  backward(net, params, analytic, ws, loss, 0, patterns.count);

  const numeric = new Float64Array(net.parameterCount);
  const probe = Float64Array.from(params);
  let maxRelativeError = 0;
  let worstIndex = -1;
  for (let k = 0; k < probe.length; k++) {
    const w = probe[k]!;
    probe[k] = w + h;
    const up = totalError(net, probe, ws, loss, spec);
    probe[k] = w - h;
    const down = totalError(net, probe, ws, loss, spec);
    probe[k] = w;
    numeric[k] = (up - down) / (2 * h);
    const rel = Math.abs(analytic[k]! - numeric[k]!) / Math.max(Math.abs(analytic[k]!) + Math.abs(numeric[k]!), floor);
    if (rel > maxRelativeError) {
      maxRelativeError = rel;
      worstIndex = k;
    }
  }
  return { maxRelativeError, worstIndex, analytic, numeric };
}
