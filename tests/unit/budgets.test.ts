// Which size budget a built page is held to, by its path.
import { describe, expect, it } from 'vitest';
import { BUDGETS, htmlBudgetFor, isPrintView, limitOf, NOT_YET_MET } from '../../src/lib/budgets';

describe('budgets', () => {
  it('gives the one-page explainer the larger HTML budget', () => {
    expect(htmlBudgetFor('/')).toBe(limitOf('explainerHtml'));
    expect(htmlBudgetFor('/fr/')).toBe(limitOf('explainerHtml'));
    expect(htmlBudgetFor('/us-response/')).toBe(BUDGETS.pageHtml);
  });
  it('knows the print view in every language', () => {
    expect(isPrintView('/print/')).toBe(true);
    expect(isPrintView('/fr/print/')).toBe(true);
    expect(isPrintView('/printing-press/')).toBe(false);
    expect(htmlBudgetFor('/print/')).toBe(BUDGETS.printHtml);
  });
});

describe('budgets not met yet', () => {
  it('hold a measure to a ceiling above its budget, never below it, and only where one is set', () => {
    for (const [budget, ceiling] of Object.entries(NOT_YET_MET))
      expect(ceiling, budget).toBeGreaterThan(BUDGETS[budget as keyof typeof BUDGETS]);
    expect(limitOf('pageHtml')).toBe(BUDGETS.pageHtml);
    expect(limitOf('explainerHtml')).toBe(NOT_YET_MET.explainerHtml);
  });
});
