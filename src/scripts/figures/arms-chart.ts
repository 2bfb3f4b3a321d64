// <arms-chart>: tooltips, highlight and keyboard movement for the arms-transfers figure.
import { defineFigure } from './chart';

defineFigure('arms-chart');
