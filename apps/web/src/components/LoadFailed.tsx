import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from './PageHeader';
import { ProblemAlert } from './ProblemAlert';

/** A detail page whose record could not be loaded: its title, the problem and, if given, the way back to the list. */
export function LoadFailed({ title, error, back }: { title: string; error: unknown; back?: { to: string; label: string } }) {
  return (
    <>
      <PageHeader title={title} />
      <ProblemAlert error={error} />
      {back ? (
        <Anchor component={Link} to={back.to} mt="md" display="inline-block">
          {back.label}
        </Anchor>
      ) : null}
    </>
  );
}
