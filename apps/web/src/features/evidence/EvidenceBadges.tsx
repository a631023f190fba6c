import { Badge, Group, Text, type MantineStyleProp } from '@mantine/core';
import { formatDate } from '../../components/format';
import { useT, type MessageId } from '../../i18n';
import { CONFIDENTIALITY_LABELS, type Confidentiality, type Evidence } from './evidence-model';

/** Light badges with a darkened shade of their colour as text: the default light text fails WCAG AA contrast for some colours. */
function badgeStyle(color: string): MantineStyleProp {
  return { '--badge-color': `color-mix(in srgb, var(--mantine-color-${color}-9), black 30%)`, flexShrink: 0, minWidth: 'max-content' } as MantineStyleProp;
}

const FRESHNESS: Record<string, { label: MessageId; color: string }> = {
  current: { label: 'evidence.freshness.current', color: 'green' },
  expiring: { label: 'evidence.freshness.expiring', color: 'orange' },
  expired: { label: 'evidence.freshness.expired', color: 'red' },
  no_expiry: { label: 'evidence.freshness.no_expiry', color: 'gray' },
};

export function FreshnessBadge({ freshness }: { freshness: string }) {
  const t = useT();
  const f = FRESHNESS[freshness];
  const color = f?.color ?? 'gray';
  return (
    <Badge variant="light" color={color} data-freshness={freshness} style={badgeStyle(color)}>
      {f ? t(f.label) : freshness}
    </Badge>
  );
}

/** "until 31 Aug 2027" with the freshness badge beside it. */
export function Validity({ evidence }: { evidence: Pick<Evidence, 'validUntil' | 'freshness'> }) {
  const t = useT();
  return (
    <Group gap={6}>
      <FreshnessBadge freshness={evidence.freshness} />
      {evidence.validUntil ? (
        <Text size="sm" span>
          {t('evidence.validity.until', { date: formatDate(evidence.validUntil) })}
        </Text>
      ) : null}
    </Group>
  );
}

const CONFIDENTIALITY_COLORS: Record<Confidentiality, string> = {
  public: 'teal',
  internal: 'blue',
  confidential: 'violet',
  restricted: 'red',
};

export function ConfidentialityBadge({ value }: { value: Confidentiality }) {
  const t = useT();
  return (
    <Badge variant="light" color={CONFIDENTIALITY_COLORS[value]} style={badgeStyle(CONFIDENTIALITY_COLORS[value])} data-confidentiality={value}>
      {t(CONFIDENTIALITY_LABELS[value])}
    </Badge>
  );
}
