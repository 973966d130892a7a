/**
 * A worker of the dist checks: reads each HTML page it is given once, extracts its ids and links with
 * htmlparser2 and validates it with html-validate when asked (the slow part, hence the workers), and posts one
 * result per page. Started by `checkDist.ts`; never imported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { extractPageLinks } from '../lib/site/linkCheck.ts';

/** What the worker is given. */
export interface PageWorkerInput {
  dist: string;
  files: string[];
  /** Which of `files` html-validate reads (all of them are parsed for links and ids). */
  validate: boolean[];
  rules: ConfigData;
}

/** What the worker reports for one page. */
export interface PageWorkerResult {
  file: string;
  ids: string[];
  links: string[];
  /** Ids defined more than once. */
  duplicateIds: string[];
  /** html-validate's messages as "line:column rule: message". */
  invalid: string[];
}

const { dist, files, validate, rules } = workerData as PageWorkerInput;
const validator = new HtmlValidate(new StaticConfigLoader(rules));
const BATCH = 50;
let batch: PageWorkerResult[] = [];
for (const [i, file] of files.entries()) {
  const html = readFileSync(join(dist, file), 'utf8');
  const { ids, links, duplicateIds = [] } = extractPageLinks(html);
  const invalid: string[] = [];
  if (validate[i]) {
    const report = await validator.validateString(html, file);
    for (const r of report.results) for (const m of r.messages) invalid.push(`${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  batch.push({ file, ids: [...ids], links, duplicateIds, invalid });
  if (batch.length >= BATCH) {
    parentPort!.postMessage(batch);
    batch = [];
  }
}
parentPort!.postMessage(batch);
