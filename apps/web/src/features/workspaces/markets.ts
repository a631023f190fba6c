import { localeState } from '../../i18n/runtime';
import { formatMarket } from '../../components/format';

/**
 * ISO 3166-1 alpha-2 markets for pickers, named in the reader's language (Intl.DisplayNames).
 * Intl also knows regions and withdrawn codes that are not countries; the API refuses
 * them, so they are left out here.
 */
const NOT_COUNTRIES = new Set('AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '));

const cached = new Map<string, { value: string; label: string }[]>();

export function marketOptions(): { value: string; label: string }[] {
  const { locale, pseudo } = localeState();
  const key = `${locale}:${pseudo}`;
  const hit = cached.get(key);
  if (hit) return hit;
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  const options: { value: string; label: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        continue;
      }
      if (name && name !== code) options.push({ value: code, label: `${formatMarket(code)} (${code})` });
    }
  }
  const sorted = options.sort((x, y) => x.label.localeCompare(y.label, locale));
  cached.set(key, sorted);
  return sorted;
}

/** "Việt Nam" for `VN` in Vietnamese; the code alone when the browser has no name for it. */
export function marketName(code: string): string {
  return formatMarket(code);
}
