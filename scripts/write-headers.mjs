// Writes public/_headers from src/lib/security.ts (run: npm run headers).
import { writeFileSync } from 'node:fs';
import { headersFile } from '../src/lib/security.ts';

writeFileSync('public/_headers', headersFile());
console.log('public/_headers written');
