// The figures' behaviour in one small file: three custom elements sharing chart.ts. Each wires
// itself up only when its figure comes near the viewport.
import './arms-chart';
import './accords-chart';
import './timeline-chart';
