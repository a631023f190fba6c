import { Badge, Group, Text, type MantineStyleProp } from '@mantine/core';
import { formatDate } from '../../components/format';
import { CONFIDENTIALITY_LABELS, type Confidentiality, type Evidence } from './evidence-model';

/** Light badges with a darkened shade of their colour as text: the default light text fails WCAG AA contrast for some colours. */
function badgeStyle(color: string): MantineStyleProp {
  return { '--badge-color': `color-mix(in srgb, var(--mantine-color-${color}-9), black 30%)`, flexShrink: 0, minWidth: 'max-content' } as MantineStyleProp;
}

const FRESHNESS: Record<string, { label: string; color: string }> = {
  current: { label: 'Valid', color: 'green' },
  expiring: { label: 'Expiring', color: 'orange' },
  expired: { label: 'Expired', color: 'red' },
  no_expiry: { label: 'No expiry', color: 'gray' },
};

export function FreshnessBadge({ freshness }: { freshness: string }) {
  const f = FRESHNESS[freshness] ?? { label: freshness, color: 'gray' };
  return (
    <Badge variant="light" color={f.color} data-freshness={freshness} style={badgeStyle(f.color)}>
      {f.label}
    </Badge>
  );
}

/** "until 31 Aug 2027" with the freshness badge beside it. */
export function Validity({ evidence }: { evidence: Pick<Evidence, 'validUntil' | 'freshness'> }) {
  return (
    <Group gap={6}>
      <FreshnessBadge freshness={evidence.freshness} />
      {evidence.validUntil ? (
        <Text size="sm" span style={{ whiteSpace: 'nowrap' }}>
          until {formatDate(evidence.validUntil)}
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
  return (
    <Badge variant="light" color={CONFIDENTIALITY_COLORS[value]} style={badgeStyle(CONFIDENTIALITY_COLORS[value])}>
      {CONFIDENTIALITY_LABELS[value]}
    </Badge>
  );
}
