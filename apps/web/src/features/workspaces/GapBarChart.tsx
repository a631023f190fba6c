import { Group, Text, VisuallyHidden } from '@mantine/core';
import { formatNumber } from '../../components/format';
import type { GapChart, GapSeries } from './gap-analysis';
import classes from './GapBarChart.module.css';

/** `teal.7` → the theme's CSS variable for that shade. */
const colorOf = (series: GapSeries) => `var(--mantine-color-${series.color.replace('.', '-')})`;

/**
 * A framework's gap analysis as horizontal stacked bars over its applicable requirements,
 * drawn with plain elements (no chart library). The drawing is for the eye only: it is hidden
 * from assistive technology and holds nothing focusable; screen readers get the same numbers
 * from a visually hidden table (and the summary the card describes itself with). Bars keep
 * their height at any width; the legend wraps below them.
 */
export function GapBarChart({ chart, max, axisLabel }: { chart: GapChart; max: number; axisLabel: string }) {
  const scale = Math.max(1, max);
  const seriesOf = (bucket: GapChart['data'][number]) => chart.series.filter((s) => typeof bucket[s.name] === 'number');
  return (
    <>
      <div aria-hidden="true" className={classes.chart}>
        <div className={classes.bars}>
          {chart.data.map((bucket) => (
            <div key={String(bucket.bucket)} className={classes.row}>
              <Text size="xs" className={classes.bucket}>
                {bucket.bucket}
              </Text>
              <div className={classes.track}>
                {seriesOf(bucket).map((s) => {
                  const value = bucket[s.name] as number;
                  return value > 0 ? (
                    <div key={s.name} className={classes.segment} style={{ width: `${(Math.min(value, scale) / scale) * 100}%`, background: colorOf(s) }} />
                  ) : null;
                })}
              </div>
            </div>
          ))}
          <div className={classes.row}>
            <span />
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="xs" c="gray.7">
                {formatNumber(0)}
              </Text>
              <Text size="xs" c="gray.7" ta="center">
                {axisLabel}
              </Text>
              <Text size="xs" c="gray.7">
                {formatNumber(scale)}
              </Text>
            </Group>
          </div>
        </div>
        <Group gap="xs" mt={6} className={classes.legend}>
          {chart.series.map((s) => (
            <Group key={s.name} gap={4} wrap="nowrap">
              <span className={classes.swatch} style={{ background: colorOf(s) }} />
              <Text size="xs">{s.label}</Text>
            </Group>
          ))}
        </Group>
      </div>
      <VisuallyHidden>
        <table className={classes.table}>
          <caption>{axisLabel}</caption>
          {chart.data.map((bucket) => (
            <tbody key={String(bucket.bucket)}>
              <tr>
                <th scope="rowgroup" colSpan={2}>
                  {bucket.bucket}
                </th>
              </tr>
              {seriesOf(bucket).map((s) => (
                <tr key={s.name}>
                  <th scope="row">{s.label}</th>
                  <td>{formatNumber(bucket[s.name] as number)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </VisuallyHidden>
    </>
  );
}
