// House-rule checks a grep can do (see DESIGN.md "House rules"); exits 1 listing every finding.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const files = (dir) =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
const findings = [];
const report = (file, line, message) => findings.push(`${relative(root, join(root, file))}${line ? `:${line}` : ''}  ${message}`);

const NONDETERMINISM = /Date\.now\(\)|Math\.random\(\)|new Date\(\)|\bulid\(\)|@faker-js\/faker/;
const OWNS_TIME = new Set(['src/core/clock.ts', 'src/core/random.ts']);
const LIMITS = [
  [/\.(handlers|routes)\.ts$/, 150],
  [/\.service\.ts$/, 250],
  [/\.ts$/, 400],
];

for (const file of files('src')) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!OWNS_TIME.has(file) && NONDETERMINISM.test(line)) report(file, i + 1, 'clock or randomness outside core/clock and core/random');
    if (file.startsWith('src/core/') && /from ['"](\.\.\/)+(providers|admin|app|sandbox)/.test(line)) report(file, i + 1, 'core/ must not import providers, admin or the app');
  });
  const limit = LIMITS.find(([pattern]) => pattern.test(file))[1];
  if (lines.length > limit) report(file, 0, `${lines.length} lines (limit ${limit}): split by resource or role`);
}
for (const file of files('test')) {
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (/\b(it|test|describe)\.(skip|only|todo)\b|\bxit\(/.test(line)) report(file, i + 1, 'skipped or focused test');
    });
}

if (findings.length > 0) {
  console.error(`lint: ${findings.length} finding(s)\n${findings.join('\n')}`);
  process.exit(1);
}
console.log(`lint: ${files('src').length + files('test').length} files clean`);
