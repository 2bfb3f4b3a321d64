// <accords-chart>: tooltips, highlight and keyboard movement for the accord-counts figure.
import { defineFigure } from './chart';

defineFigure('accords-chart');
