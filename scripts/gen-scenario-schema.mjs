// Regenerates scenarios/scenario.schema.json from the Zod schema (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../dist/core/scenarios/schema.js';

const file = new URL('../scenarios/scenario.schema.json', import.meta.url);
writeFileSync(file, scenarioJsonSchema());
console.log(`wrote ${file.pathname}`);
