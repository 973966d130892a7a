import { resolve } from 'node:path';
import { readPlanBody } from './readFrontmatter.ts';
import { PlanTextError, renderPlanText, type RenderedText } from './renderPlanText.ts';

/**
 * The rendered full text of the plan whose `plan.mdx` is at `filePath` (relative to the project
 * root, as the plans collection records it). A full text that is not plain prose stops the build
 * with the file named.
 */
export function planFullText(filePath: string, root = process.cwd()): RenderedText {
  const body = readPlanBody(resolve(root, filePath));
  try {
    return renderPlanText(body);
  } catch (error) {
    if (error instanceof PlanTextError) throw new Error(`${filePath}: ${error.message}`, { cause: error });
    throw error;
  }
}
