// <arms-chart>: tooltips, highlight and keyboard movement for the arms-transfers figure.
import { define, FigureChart } from './chart';

define('arms-chart', class ArmsChart extends FigureChart {});
