import { Card, Stack, Text, Title } from '@mantine/core';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n';
import { ComponentServiceLevels } from './ComponentServiceLevels';

/** The offering's service components, each with its service-level profile and measured attainment (the owner's view). */
export function ServiceLevelsSection({ offeringId, components }: { offeringId: string; components: Schemas['ComponentDto'][] }) {
  const t = useT();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="service-levels-heading" mt="md">
      <Title order={2} size="h4" id="service-levels-heading" mb="xs">
        {t('serviceLevels.section.title')}
      </Title>
      {components.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('serviceLevels.section.noComponents')}
        </Text>
      ) : (
        <Stack gap="md">
          {components.map((c) => (
            <ComponentServiceLevels key={c.id} offeringId={offeringId} component={c} editable />
          ))}
        </Stack>
      )}
    </Card>
  );
}
