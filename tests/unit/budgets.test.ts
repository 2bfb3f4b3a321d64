// Which size budget a built page is held to, by its path.
import { describe, expect, it } from 'vitest';
import { BUDGETS, htmlBudgetFor, isPrintView } from '../../src/lib/budgets';

describe('budgets', () => {
  it('gives the one-page explainer the larger HTML budget', () => {
    expect(htmlBudgetFor('/')).toBe(BUDGETS.explainerHtml);
    expect(htmlBudgetFor('/fr/')).toBe(BUDGETS.explainerHtml);
    expect(htmlBudgetFor('/us-response/')).toBe(BUDGETS.pageHtml);
  });
  it('knows the print view in every language', () => {
    expect(isPrintView('/print/')).toBe(true);
    expect(isPrintView('/fr/print/')).toBe(true);
    expect(isPrintView('/printing-press/')).toBe(false);
    expect(htmlBudgetFor('/print/')).toBe(BUDGETS.printHtml);
  });
});
