// <accords-chart>: tooltips, highlight and keyboard movement for the accord-counts figure.
import { define, FigureChart } from './chart';

define('accords-chart', class AccordsChart extends FigureChart {});
