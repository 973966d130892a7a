import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agency, figure, metric, planFrontmatter, programme, regionFile, region, targetFile, taskFile } from './schemas/index.ts';
import { readJsonArrays } from './lib/content/readJsonArrays.ts';
import { CONTENT_LAYOUT, planFileGlob } from './lib/content/layout.ts';
import { planLoader } from './lib/content/planLoader.ts';

const root = './content';
const plansBase = `${root}/${CONTENT_LAYOUT.plans}`;
const planId = ({ entry }: { entry: string }): string => entry.split('/')[0]!;

// The collections only wire files to schemas; `npm run check` (src/cli/check.ts) validates the
// same files with the same schemas first and reports every problem at once.
const plans = defineCollection({
  loader: planLoader(plansBase),
  schema: planFrontmatter,
});
const tasks = defineCollection({
  loader: glob({ pattern: planFileGlob('tasks'), base: plansBase, generateId: planId }),
  schema: taskFile,
});
const targets = defineCollection({
  loader: glob({ pattern: planFileGlob('targets'), base: plansBase, generateId: planId }),
  schema: targetFile,
});
const regions = defineCollection({
  loader: () => readJsonArrays(`${root}/${CONTENT_LAYOUT.regions}`, regionFile),
  schema: region,
});
const agencies = defineCollection({ loader: glob({ pattern: '*.json', base: `${root}/agencies` }), schema: agency });
const metrics = defineCollection({ loader: glob({ pattern: '*.json', base: `${root}/metrics` }), schema: metric });
const programmes = defineCollection({ loader: glob({ pattern: '*.json', base: `${root}/programmes` }), schema: programme });

const figures = defineCollection({ loader: glob({ pattern: '*.json', base: './content/figures' }), schema: figure });

export const collections = { plans, tasks, targets, regions, agencies, metrics, programmes, figures };
