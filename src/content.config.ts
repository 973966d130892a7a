import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agency, figure, metric, planFrontmatter, programme, regionFile, region, targetFile, taskFile } from './schemas/index.ts';
import { readJsonArrays } from './lib/content/readJsonArrays.ts';

// The collections only wire files to schemas; `npm run check` (src/cli/check.ts) validates the
// same files with the same schemas first and reports every problem at once.
const plans = defineCollection({
  loader: glob({ pattern: '*/plan.mdx', base: './content/plans', generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: planFrontmatter,
});
const tasks = defineCollection({
  loader: glob({ pattern: '*/tasks.json', base: './content/plans', generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: taskFile,
});
const targets = defineCollection({
  loader: glob({ pattern: '*/targets.json', base: './content/plans', generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: targetFile,
});
const regions = defineCollection({
  loader: () => readJsonArrays('./content/regions', regionFile),
  schema: region,
});
const agencies = defineCollection({ loader: glob({ pattern: '*.json', base: './content/agencies' }), schema: agency });
const metrics = defineCollection({ loader: glob({ pattern: '*.json', base: './content/metrics' }), schema: metric });
const programmes = defineCollection({ loader: glob({ pattern: '*.json', base: './content/programmes' }), schema: programme });

const figures = defineCollection({ loader: glob({ pattern: '*.json', base: './content/figures' }), schema: figure });

export const collections = { plans, tasks, targets, regions, agencies, metrics, programmes, figures };
