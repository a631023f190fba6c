import { createTheme, darken, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';

/**
 * Light variants (badges, alerts, light buttons) print their text in the colour's darkest
 * shade, darkened further, so it keeps WCAG AA contrast on the tinted background.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return resolved;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !parsed.color) return resolved;
  return { ...resolved, color: darken(input.theme.colors[parsed.color]![9], 0.3) };
};

/**
 * Dense business UI: compact sizes, a blue primary with AA contrast on white. Close buttons
 * of dialogs and messages carry a name for screen readers, in the reader's language.
 */
export function themeWith(closeLabel: string) {
  const close = { closeButtonProps: { 'aria-label': closeLabel } };
  return createTheme({
    primaryColor: 'blue',
    primaryShade: 8,
    defaultRadius: 'sm',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
    variantColorResolver,
    components: {
      Table: { defaultProps: { striped: true, highlightOnHover: true, verticalSpacing: 'xs' } },
      // A squeezed table column must not cut a status short ("WITHDRA…").
      Badge: { defaultProps: { miw: 'max-content' } },
      Modal: { defaultProps: close },
      Drawer: { defaultProps: close },
      Notification: { defaultProps: close },
    },
  });
}

export const theme = themeWith('Close');

/** Secondary ("dimmed") text darker than Mantine's default, for WCAG AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
});
