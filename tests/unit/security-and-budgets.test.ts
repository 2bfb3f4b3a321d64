import { describe, expect, it } from 'vitest';
import { BUDGETS, htmlBudgetFor } from '../../src/lib/budgets';
import { cspHeader, cspMeta, headersFile } from '../../src/lib/security';

describe('security policy', () => {
  it('the header form has every directive, the meta form drops frame-ancestors', () => {
    expect(cspHeader().split('; ')).toContain("frame-ancestors 'none'");
    expect(cspMeta().split('; ')).not.toContain("frame-ancestors 'none'");
    expect(cspMeta().split('; ').length).toBe(cspHeader().split('; ').length - 1);
  });
  it('the _headers file applies the policy to every path', () => {
    const lines = headersFile().split('\n');
    expect(lines).toContain('/*');
    expect(lines).toContain(`  Content-Security-Policy: ${cspHeader()}`);
  });
});

describe('budgets', () => {
  it('gives the one-page explainer the larger HTML budget', () => {
    expect(htmlBudgetFor('/')).toBe(BUDGETS.explainerHtml);
    expect(htmlBudgetFor('/fr/')).toBe(BUDGETS.explainerHtml);
    expect(htmlBudgetFor('/us-response/')).toBe(BUDGETS.pageHtml);
  });
});
