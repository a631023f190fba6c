/**
 * ISO 3166-1 alpha-2 markets for pickers, named by the browser (Intl.DisplayNames).
 * Intl also knows regions and withdrawn codes that are not countries; the API refuses
 * them, so they are left out here.
 */
const NOT_COUNTRIES = new Set('AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '));

let cached: { value: string; label: string }[] | null = null;

export function marketOptions(): { value: string; label: string }[] {
  if (cached) return cached;
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
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
      if (name && name !== code) options.push({ value: code, label: `${name} (${code})` });
    }
  }
  cached = options.sort((x, y) => x.label.localeCompare(y.label));
  return cached;
}

/** "Viet Nam (VN)" for a code; the code alone when the browser has no name for it. */
export function marketName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}
