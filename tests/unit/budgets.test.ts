// Which size budget a built page is held to, by its path.
import { describe, expect, it } from 'vitest';
import { BUDGETS, htmlBudgetFor, isPrintView, limitOf, NOT_YET_MET } from '../../src/lib/budgets';

describe('budgets', () => {
  it('gives the one-page explainer the larger HTML budget', () => {
    expect(htmlBudgetFor('/')).toBe(limitOf('explainerHtml', '/'));
    expect(htmlBudgetFor('/fr/')).toBe(limitOf('explainerHtml', '/fr/'));
    expect(htmlBudgetFor('/fr/')).toBeGreaterThan(BUDGETS.pageHtml);
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
  it('hold a page to a ceiling above its budget, never below it, and only the pages named', () => {
    for (const [budget, pages] of Object.entries(NOT_YET_MET))
      for (const [path, ceiling] of Object.entries(pages!)) {
        expect(ceiling, `${budget} ${path}`).toBeGreaterThan(BUDGETS[budget as keyof typeof BUDGETS]);
        expect(limitOf(budget as keyof typeof BUDGETS, path)).toBe(ceiling);
      }
    expect(limitOf('pageHtml', '/fr/')).toBe(BUDGETS.pageHtml);
    expect(limitOf('explainerHtml', '/')).toBe(BUDGETS.explainerHtml);
    // Both explainers meet their HTML budget (5 December 2026): the budget itself holds them.
    expect(limitOf('explainerHtml', '/fr/')).toBe(BUDGETS.explainerHtml);
    expect(limitOf('firstVisitExplainer', '/fr/')).toBe(NOT_YET_MET.firstVisitExplainer!['/fr/']);
    expect(limitOf('firstVisit', '/arms-and-oil/')).toBe(BUDGETS.firstVisit);
  });
});
