/**
 * Issue 14, item 14: every API method of the contract, called over HTTP on the built host with
 * random and malformed arguments (fast-check), answers with a valid result or a typed 4xx error
 * with a message, never a 500; the host stays up and its database passes integrity_check.
 *
 * BRIEFING_FUZZ_SEED replays a run, BRIEFING_FUZZ_RUNS sets its number of calls
 * (`npm run soak:fuzz` makes many more). What is bounded so that each call is quick: paths to
 * import are kept inside a small folder of the test's (a path of the fuzz's is made a name in
 * it), packs are exported as Markdown or Word instead of printed to PDF by Chromium, and
 * generated values stay small unless a mutation makes them huge (1 MB strings at most, bodies
 * past the host's 256 MB limit are declared rather than sent, save one).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import * as fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { operations, type Operation } from '../../electron/common/schemas';
import { anyArguments, mutatedArguments } from './support/apiFuzz/mutations';
import { copyLibrary, IdPools, integrityOf, seedFuzzLibrary } from './support/apiFuzz/fuzzLibrary';
import { addressMistakes, apiCall, judge, send, spoiledCall, spoilings, type RawRequest, type Spoiling, type Verdict } from './support/apiFuzz/rawRequests';
import { jsonSchemaOf, validArguments } from './support/apiFuzz/schemaArbitrary';
import { startBuiltHost, type RunningHost } from './support/hostProcess';

/** 42 unless given; "random" (the soak run) takes one from the clock, printed with the counts for a replay. */
const seed = process.env.BRIEFING_FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.BRIEFING_FUZZ_SEED ?? 42);
const totalCalls = Number(process.env.BRIEFING_FUZZ_RUNS ?? 10_400);
/** The test's own budget: 15 minutes for the CI run (about 2 on a quiet 2-core machine), more for a soak. */
const testTimeoutMs = Math.max(15 * 60_000, totalCalls * 100);
/** Calls between two checks that the host is up, its ids read again, and the library re-seeded when emptied. */
const batchSize = 250;

type Kind = 'random' | 'mutated' | 'valid' | 'spoiled' | 'address';
interface Plan {
  operation: string;
  kind: Kind;
  args?: unknown;
  spoiling?: Spoiling;
  request?: RawRequest;
}

interface Failure {
  verdict: Verdict | 'crash' | 'no-answer';
  plan: string;
  answer: string;
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-fuzz-'));
/** The host the fuzz is calling, stopped here too should the test fail half-way. */
let host: RunningHost | undefined;
afterAll(async () => {
  await host?.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** The calls for one method: random JSON, valid shapes changed in one place, valid shapes, spoiled bodies. */
function plansFor(operation: Operation, count: number, runSeed: number): Plan[] {
  const valid = validArguments(operation, jsonSchemaOf(operation));
  const plan = fc.oneof(
    { weight: 3, arbitrary: anyArguments.map((args): Plan => ({ operation: operation.name, kind: 'random', args })) },
    { weight: 5, arbitrary: mutatedArguments(valid).map((args): Plan => ({ operation: operation.name, kind: 'mutated', args })) },
    { weight: 2, arbitrary: valid.map((args): Plan => ({ operation: operation.name, kind: 'valid', args })) },
    { weight: 1, arbitrary: fc.tuple(valid, spoilings).map(([args, spoiling]): Plan => ({ operation: operation.name, kind: 'spoiled', args, spoiling })) },
  );
  return fc.sample(plan, { seed: runSeed, numRuns: count });
}

/** Keeps a call quick and on this machine (see the file's comment). */
function bounded(operation: string, args: unknown, inbox: string): unknown {
  if (args === null || typeof args !== 'object' || Array.isArray(args)) return args;
  const record = args as Record<string, unknown>;
  if (operation === 'imports.start' && Array.isArray(record.paths)) {
    return { ...record, paths: record.paths.map((item) => (typeof item === 'string' ? path.join(inbox, item.replaceAll(/[/\\]/gu, '_')) : item)) };
  }
  if (operation === 'packs.startExport' && record.format === 'pdf') return { ...record, format: 'md' };
  return args;
}

const number = (value: number) => value.toLocaleString('en');
const inSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** CPU seconds a process and the children it waited for have used (Linux /proc; 0 elsewhere): the figure that holds on a busy machine. */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime, stime, cutime, cstime: fields 14 to 17 of proc(5), counted here from the state (field 3).
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
  } catch {
    return 0;
  }
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} characters)` : text;
}

/** One call with a body past the host's limit, really sent (chunked, so the host must count it). */
function oversizedBody(target: RunningHost): Promise<{ status: number; body: Buffer }> {
  const url = new URL(target.origin);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, path: '/api/imports.start', method: 'POST', agent: false, headers: { Authorization: `Bearer ${target.token}`, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < 257) {
        sent += 1;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      request.end();
    };
    pump();
  });
}

describe('the API under fuzzing', () => {
  it(
    'answers every call to every method with a valid result or a typed 4xx error, never a 500, stays up and keeps its database whole',
    async () => {
      const seeded = path.join(workDir, 'seeded');
      const implemented = await seedFuzzLibrary(seeded);
      // Every method the services implement has a schema at the door, and no schema lacks a method.
      expect(implemented.toSorted()).toEqual(operations.map((operation) => operation.name).toSorted());

      const inbox = path.join(workDir, 'inbox');
      fs.mkdirSync(path.join(inbox, 'folder'), { recursive: true });
      fs.writeFileSync(path.join(inbox, 'a.txt'), 'Article 1\nEach State shall cooperate.\n');
      fs.writeFileSync(path.join(inbox, 'folder', 'b.md'), '# Statement\n\nFrance supports article 2.\n');

      const perOperation = Math.ceil((totalCalls * 0.96) / operations.length);
      const perMethodPlans = operations.map((operation, index) => plansFor(operation, perOperation, seed + index));
      const plans: Plan[] = [];
      for (let round = 0; round < perOperation; round += 1) for (const list of perMethodPlans) plans.push(list[round]);
      const mistakes = fc.sample(addressMistakes(operations.map((operation) => operation.name)), { seed, numRuns: totalCalls - plans.length });
      // The address mistakes are spread among the calls, one every so often.
      const every = Math.max(1, Math.floor(plans.length / Math.max(mistakes.length, 1)));
      mistakes.forEach((request, index) => plans.splice(Math.min(plans.length, (index + 1) * every + index), 0, { operation: request.path, kind: 'address', request }));

      const counts = { calls: 0, ok: 0, clientError: 0, status500: 0, wrongAnswer: 0, crashes: 0, noAnswer: 0, reseeds: 0 };
      const failures: Failure[] = [];
      const timeByOperation = new Map<string, number>();
      const answeredOk = new Set<string>();
      const integrity: string[] = [];
      let generation = 0;
      let pools: IdPools;
      let restartMs = 0;
      let refreshMs = 0;
      const startOnCopy = async () => {
        const at = performance.now();
        generation += 1;
        const dataDir = path.join(workDir, `library-${generation}`);
        copyLibrary(seeded, dataDir);
        host = await startBuiltHost(dataDir);
        pools = new IdPools(host.origin, host.token);
        await pools.refresh();
        await pools.topUp();
        restartMs += performance.now() - at;
      };
      let hostCpuSeconds = 0;
      const testCpuAtStart = process.cpuUsage();
      const retire = async (running: RunningHost, crashed: boolean) => {
        hostCpuSeconds += cpuSecondsOf(running.pid);
        if (!crashed) await running.stop();
        integrity.push(integrityOf(running.dataDir));
      };
      await startOnCopy();
      const started = Date.now();

      for (let first = 0; first < plans.length; first += batchSize) {
        const running = host!;
        for (const plan of plans.slice(first, first + batchSize)) {
          let request: RawRequest;
          let sentArgs: unknown;
          if (plan.request) request = plan.request;
          else {
            sentArgs = bounded(plan.operation, pools!.resolve(plan.args, plan.operation), inbox);
            request = plan.spoiling ? spoiledCall(plan.operation, sentArgs, plan.spoiling) : apiCall(plan.operation, sentArgs);
          }
          counts.calls += 1;
          const described = `${plan.kind} ${plan.operation} ${preview(request.body?.toString('utf8') ?? '')}`;
          const sentAt = performance.now();
          try {
            const answer = await send(running.origin, running.token, request);
            timeByOperation.set(plan.operation, (timeByOperation.get(plan.operation) ?? 0) + performance.now() - sentAt);
            const verdict = judge(answer, request.method);
            if (verdict === 'ok') {
              counts.ok += 1;
              answeredOk.add(plan.operation);
            }
            else if (verdict === 'client-error') counts.clientError += 1;
            else {
              if (verdict === 'status-500') counts.status500 += 1;
              else counts.wrongAnswer += 1;
              // The host logs a 500's cause (console.error in dispatch): its stack goes with the report.
              if (verdict === 'status-500') await new Promise((resolve) => setTimeout(resolve, 300)); // the log line trails the answer
              const logged = verdict === 'status-500' ? `\n${running.output().slice(-3_000)}` : '';
              failures.push({ verdict, plan: described, answer: `${answer.status} ${preview(answer.body.toString('utf8'))}${logged}` });
            }
            if (verdict === 'ok' && !plan.request && answer.contentType.startsWith('application/json')) pools!.noteResult(plan.operation, sentArgs, (JSON.parse(answer.body.toString('utf8')) as { value?: unknown }).value);
          } catch (error) {
            const crashed = !running.isRunning();
            if (crashed) counts.crashes += 1;
            else counts.noAnswer += 1;
            failures.push({ verdict: crashed ? 'crash' : 'no-answer', plan: described, answer: `${(error as Error).message}\n${running.output().slice(-2_000)}` });
            if (crashed) break;
          }
        }
        // After each batch: the host is up and answers, and the library still has things to work on.
        if (!running.isRunning()) {
          if (!failures.some((failure) => failure.verdict === 'crash')) counts.crashes += 1;
          await retire(running, true);
          await startOnCopy();
          continue;
        }
        const status = judge(await send(running.origin, running.token, apiCall('library.getStatus', {})));
        expect(status, 'the host answers library.getStatus after a batch').toBe('ok');
        const refreshAt = performance.now();
        await pools!.refresh();
        await pools!.topUp();
        refreshMs += performance.now() - refreshAt;
        const shortOf = pools!.depleted();
        if (shortOf) {
          console.log(`re-seeding after call ${counts.calls}: short of ${shortOf}`);
          counts.reseeds += 1;
          await retire(running, false);
          await startOnCopy();
        }
      }

      // Once per run, a body past the host's 256 MB limit, really sent.
      const oversizedAt = performance.now();
      const oversized = await oversizedBody(host!);
      console.log(`Time: calls ${inSeconds([...timeByOperation.values()].reduce((sum, ms) => sum + ms, 0))}, host starts ${inSeconds(restartMs)}, checks between batches ${inSeconds(refreshMs)}, the 257 MB body ${inSeconds(performance.now() - oversizedAt)}`);
      counts.calls += 1;
      if (judge({ status: oversized.status, contentType: 'application/json', body: oversized.body }) === 'client-error') counts.clientError += 1;
      else failures.push({ verdict: 'wrong-answer', plan: 'a 257 MB body', answer: `${oversized.status} ${preview(oversized.body.toString('utf8'))}` });
      const seconds = (Date.now() - started) / 1000;
      await retire(host!, !host!.isRunning());

      const integrityOk = integrity.every((result) => result === 'ok');
      console.log(
        `API fuzz (seed ${seed}): ${number(counts.calls)} calls over ${operations.length} methods in ${seconds.toFixed(0)} s, ` +
          `${number(counts.clientError)} 4xx, ${number(counts.ok)} ok, ${counts.status500} status 500, ${counts.wrongAnswer} other wrong answers, ` +
          `${counts.crashes} crashes, ${counts.noAnswer} unanswered, ${counts.reseeds} re-seeds, integrity ${integrityOk ? 'ok' : 'FAILED'} (${integrity.length} libraries)`,
      );
      const testCpu = process.cpuUsage(testCpuAtStart);
      console.log(`CPU: host ${hostCpuSeconds.toFixed(0)} s, test ${((testCpu.user + testCpu.system) / 1e6).toFixed(0)} s (seeding and generating the calls included)`);
      const neverOk = operations.map((operation) => operation.name).filter((name) => !answeredOk.has(name));
      console.log(`Methods never answered with a result (only refusals): ${neverOk.length > 0 ? neverOk.join(', ') : 'none'}`);
      const slowest = [...timeByOperation].toSorted((a, b) => b[1] - a[1]).slice(0, 8);
      console.log(`Slowest methods (total seconds): ${slowest.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}`).join(', ')}`);
      for (const failure of failures.slice(0, 30)) console.log(`${failure.verdict}: ${failure.plan}\n  → ${failure.answer}`);

      expect(counts.calls).toBeGreaterThanOrEqual(Math.min(totalCalls, 10_000));
      expect(failures.slice(0, 10)).toEqual([]);
      expect({ status500: counts.status500, wrongAnswer: counts.wrongAnswer, crashes: counts.crashes, noAnswer: counts.noAnswer }).toEqual({ status500: 0, wrongAnswer: 0, crashes: 0, noAnswer: 0 });
      expect(integrity.filter((result) => result !== 'ok')).toEqual([]);
    },
    testTimeoutMs,
  );
});
