import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../../../src/data/errors';
import { mutate } from './mutate';
import { Prng, inputSeed } from './prng';
import type { FuzzTarget } from './targets';

/** What a fuzz run found: inputs tried, how many a reader accepted, and the first input that broke the rules. */
export interface FuzzReport {
  target: string;
  inputs: number;
  accepted: number;
  rejected: number;
  slowestMs: number;
  failure: string | null;
}

const DIR = join(tmpdir(), 'civic-fuzz');

/** The input a failure reproduces from, kept where the failure message says. */
function keep(target: string, index: number, bytes: Uint8Array): string {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, `${target}-${index}.bin`);
  writeFileSync(path, bytes);
  return path;
}

/**
 * Feed `count` mutated samples to a target: each must return or throw a DataError, within `limitMs`. The first
 * other outcome stops the run and is reported with its seed, index and the path of the input that caused it.
 */
export async function fuzz(target: FuzzTarget, seed: number, count: number, limitMs: number): Promise<FuzzReport> {
  const samples = target.samples();
  const report: FuzzReport = { target: target.name, inputs: 0, accepted: 0, rejected: 0, slowestMs: 0, failure: null };
  for (let i = 0; i < count; i++) {
    const r = new Prng(inputSeed(seed, target.name, i));
    const input = mutate(r.pick(samples), target.structure, r, samples);
    const started = performance.now();
    let problem: string | null = null;
    try {
      await target.run(input, r);
      report.accepted++;
    } catch (e) {
      if (e instanceof DataError) report.rejected++;
      else problem = `threw ${e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e)}`;
    }
    const ms = performance.now() - started;
    report.inputs++;
    report.slowestMs = Math.max(report.slowestMs, ms);
    if (!problem && ms > limitMs) problem = `took ${Math.round(ms)} ms (limit ${limitMs} ms)`;
    if (problem) {
      const path = keep(target.name, i, input);
      report.failure = `${target.name} input #${i} ${problem}; RELIABILITY_SEED=${seed}; input kept at ${path}`;
      return report;
    }
  }
  return report;
}
