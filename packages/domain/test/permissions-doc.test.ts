import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS_DOC, renderPermissionsDoc } from '../scripts/permissions-doc.js';
import { PERMISSION_NAMES } from '../src/access/index.js';

describe('docs/permissions.md', () => {
  it('is generated from the current table (run `npm run docs:permissions`)', () => {
    expect(readFileSync(PERMISSIONS_DOC, 'utf8')).toBe(renderPermissionsDoc());
  });

  it('has one matrix row and one description line per permission', () => {
    const doc = renderPermissionsDoc();
    for (const name of PERMISSION_NAMES) {
      expect(doc).toContain(`| \`${name}\` |`);
      expect(doc).toContain(`- \`${name}\`: `);
    }
  });
});
