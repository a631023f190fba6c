import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Dense business UI: compact sizes, a blue primary with AA contrast on white. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  components: {
    Table: { defaultProps: { striped: true, highlightOnHover: true, verticalSpacing: 'xs' } },
  },
});

/** Secondary ("dimmed") text darker than Mantine's default, for WCAG AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
});
