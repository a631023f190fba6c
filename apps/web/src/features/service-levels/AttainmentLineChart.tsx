import '@mantine/charts/styles.css';
import { LineChart, type LineChartProps } from '@mantine/charts';

/** The chart library with its styles, loaded only where an attainment chart is drawn. */
export default function AttainmentLineChart(props: LineChartProps) {
  return <LineChart {...props} />;
}
