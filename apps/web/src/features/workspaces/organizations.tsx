import { DirectoryAccreditationBadge, type DirectoryAccreditation } from '../accreditation/accreditation-parts';
import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useOrganizationNames, type OrganizationProfile } from '../../api/organization-names';
import { ORGANIZATION_KIND_LABEL, useLabels } from './labels';

export type OrganizationKind = 'manufacturer' | 'service_vendor' | 'assessor' | 'procurer';

/**
 * Picks an organization from the public directory, searching by name on the server.
 * `kinds` narrows the choice (e.g. only assessors for the assessor role).
 */
export function OrganizationPicker({
  label,
  description,
  value,
  onChange,
  kinds,
  exclude = [],
  error,
  required,
  clearable = true,
}: {
  label: string;
  description?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  kinds?: string[];
  exclude?: string[];
  error?: string;
  required?: boolean;
  clearable?: boolean;
}) {
  const { t, label: labelOf } = useLabels();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<OrganizationProfile | null>(null);
  const [q] = useDebouncedValue(search, 250);
  const single = kinds?.length === 1 ? (kinds[0] as OrganizationKind) : undefined;
  // Once chosen, the search box shows the chosen name: do not search for it again.
  const term = selected && q === selected.name ? '' : q.trim();
  const results = useQuery({
    queryKey: ['organization-directory', 'search', term, single ?? null],
    queryFn: () => unwrap(api.GET('/v1/organizations/directory', { params: { query: { q: term || undefined, kind: single, limit: 50 } } })),
    placeholderData: keepPreviousData,
  });
  const { nameOf, kindOf } = useOrganizationNames();
  const options: { id: string; name: string; kind?: string; accreditations?: DirectoryAccreditation[] }[] = (results.data?.data ?? []).filter(
    (o) => (!kinds || kinds.includes(o.kind)) && !exclude.includes(o.id),
  );
  // The chosen organization stays an option while the search shows others.
  if (value && !options.some((o) => o.id === value)) {
    options.unshift(selected?.id === value ? selected : { id: value, name: nameOf(value), kind: kindOf(value) });
  }

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('workspaces.organizationPicker.placeholder')}
      searchable
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('workspaces.organizationPicker.clear', { label }) }}
      required={required}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={options.map((o) => ({ value: o.id, label: o.name }))}
      renderOption={({ option }) => {
        const o = options.find((x) => x.id === option.value);
        return (
          <Group gap="xs" justify="space-between" wrap="nowrap" w="100%">
            <Text size="sm">{option.label}</Text>
            <Group gap="xs" wrap="nowrap">
              <Text size="xs" c="gray.7">
                {o?.kind ? labelOf(ORGANIZATION_KIND_LABEL, o.kind) : ''}
              </Text>
              {/* Verified or only declared: what the assessor typed about itself never reads as accredited. */}
              <DirectoryAccreditationBadge accreditations={o?.accreditations} />
            </Group>
          </Group>
        );
      }}
      value={value}
      onChange={(v) => {
        const o = results.data?.data.find((x) => x.id === v);
        setSelected(o ?? null);
        onChange(v);
      }}
      nothingFoundMessage={results.isFetching ? t('workspaces.organizationPicker.searching') : t('workspaces.organizationPicker.nothingFound')}
      error={error ?? (results.error ? t('workspaces.organizationPicker.searchFailed') : undefined)}
    />
  );
}
